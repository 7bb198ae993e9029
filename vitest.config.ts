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
    // each worker gets its own database file (see tests/setup/test-db.ts)
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
