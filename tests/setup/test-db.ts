// A throwaway, migrated (and optionally seeded) database per test file: a SQLite file by default,
// or, when CHIPWATCH_TEST_DATABASE_URL names a PostgreSQL database, a new database on that server
// copied from the run's templates (tests/setup/pg-global-setup.ts), dropped again on cleanup.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDatabase, dropDatabase, pgUrlWithDatabase, withPgClient } from "../../lib/pg-admin";
import { createPrismaClient, type Db } from "../../lib/prisma-client";
import { seed } from "../../prisma/seed";

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

/** True when this run's tests use PostgreSQL (CHIPWATCH_TEST_DATABASE_URL), for the few SQLite-only tests to skip. */
export const onPostgres = Boolean(process.env.CHIPWATCH_TEST_DATABASE_URL);

let created = 0;

export async function createTestDb(options: { seeded?: boolean } = {}): Promise<TestDb> {
  const run = inject("pgTestRun");
  if (run) {
    const name = `${run.prefix}${process.pid}_${++created}`;
    await withPgClient(run.serverUrl, (client) =>
      createDatabase(client, name, options.seeded ? run.seededTemplate : run.template),
    );
    const url = pgUrlWithDatabase(run.serverUrl, name);
    const db = createPrismaClient(url);
    return {
      db,
      url,
      cleanup: async () => {
        await db.$disconnect();
        await withPgClient(run.serverUrl, (client) => dropDatabase(client, name));
      },
    };
  }

  const dir = mkdtempSync(path.join(tmpdir(), "chipwatch-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const db = createPrismaClient(url);
  if (options.seeded) await seed(db);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
