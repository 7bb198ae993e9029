import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`next build` + `next start`) on a fresh
// SQLite database that `npm start`'s prestart step migrates and seeds. Chromium comes from
// the system (Debian's `chromium` package), never from `npx playwright install`.
const PORT = Number(process.env.E2E_PORT ?? 3117);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
const E2E_DB_FILE = E2E_DATABASE_URL.replace(/^file:/, "");

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
    command: `rm -f ${E2E_DB_FILE} ${E2E_DB_FILE}-wal ${E2E_DB_FILE}-shm && npm run build && npm start`,
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
    },
    reuseExistingServer: false,
    timeout: 420_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
