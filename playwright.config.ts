import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`next build` + `next start`) on a fresh
// database that `npm start`'s prestart step migrates and seeds: the SQLite file
// prisma/data/e2e.db, or E2E_DATABASE_URL (a file: URL, or a postgres:// URL whose database is
// dropped and created again: scripts/e2e-fresh-db.ts). E2E_SKIP_BUILD=1 reuses the existing build
// (the engine is chosen at run time, so one build serves SQLite and PostgreSQL). Chromium comes
// from the system (Debian's `chromium` package), never from `npx playwright install`.
const PORT = Number(process.env.E2E_PORT ?? 3117);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
const BUILD = process.env.E2E_SKIP_BUILD === "1" ? "" : "npm run build && ";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/e2e-fresh-db.ts && ${BUILD}npm start`,
    url: BASE_URL,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      // A production build with the demo editor, allowed explicitly, and a secret of its own.
      SESSION_SECRET: "e2e-only-session-secret-0123456789abcdef",
      CHIPWATCH_DEMO_ACCOUNTS: "on",
      CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: "true",
      // the journeys change the data behind the server's back (fixtures written and removed directly):
      // no cached aggregates, so every page shows the database as it is
      CHIPWATCH_AGGREGATE_CACHE_SECONDS: "0",
    },
    reuseExistingServer: false,
    timeout: 420_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
