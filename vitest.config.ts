import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // `server-only` throws outside React Server Components; in unit tests it is a no-op.
      "server-only": path.resolve(__dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup/unit-setup.ts"],
    // with CHIPWATCH_TEST_DATABASE_URL: the PostgreSQL templates each test database is copied from
    globalSetup: ["tests/setup/pg-global-setup.ts"],
    // each test file gets its own database (see tests/setup/test-db.ts)
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
