// A throwaway, migrated (and optionally seeded) SQLite database per test file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../lib/prisma-client";
import { seed } from "../../prisma/seed";

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

export async function createTestDb(options: { seeded?: boolean } = {}): Promise<TestDb> {
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
