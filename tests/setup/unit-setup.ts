import { afterEach, beforeEach, vi } from "vitest";

// The PostgreSQL pass (CHIPWATCH_TEST_DATABASE_URL): code that reads the engine from the app's
// environment (lib/env, e.g. lib/queries/shared.ts's dbProvider) must see PostgreSQL too. Tests
// that use the app's own client set DATABASE_URL to their test database before importing it.
if (process.env.CHIPWATCH_TEST_DATABASE_URL && !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  process.env.DATABASE_URL = process.env.CHIPWATCH_TEST_DATABASE_URL;
}

// A test fails on any console.error: an unexpected error must not pass silently.
let errorSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (calls.length > 0) {
    throw new Error(`console.error was called: ${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`);
  }
});
