import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../scripts/db-backup";
import { createPrismaClient } from "../../lib/prisma-client";
import { createTestDb, onPostgres, type TestDb } from "../setup/test-db";

let t: TestDb;

// SQLite only: db:backup copies the SQLite file with SQLite's online backup API (on PostgreSQL it
// points to pg_dump), and this test writes through the WAL.
describe.skipIf(onPostgres)("db:backup", () => {
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    await t.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("copies a consistent database while a connection keeps writing, including what is still in the WAL", async () => {
    const claims = await t.db.claim.count();
    // a committed write that lives in the write-ahead log, not yet checkpointed into the file
    await t.db.revision.create({ data: { entityType: "Claim", entityId: "x", action: "update", after: "{}" } });
    const target = path.join(mkdtempSync(path.join(tmpdir(), "chipwatch-backup-")), "copy.db");
    const writes = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.revision.create({ data: { entityType: "Claim", entityId: `w${i}`, action: "update", after: "{}" } }),
      ),
    );
    const out = await backupDatabase(t.url, target);
    await writes;
    expect(out).toBe(target);
    const copy = createPrismaClient(`file:${target}`);
    try {
      expect(await copy.claim.count()).toBe(claims);
      expect(await copy.revision.count({ where: { entityId: "x" } })).toBe(1);
      const quotes = await copy.claim.findMany({ select: { quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true } } } });
      for (const q of quotes) expect(q.source.text.slice(q.quoteStart, q.quoteEnd)).toBe(q.quote);
    } finally {
      await copy.$disconnect();
    }
  });

  it("refuses to overwrite an existing file or to back up a missing database", async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), "chipwatch-backup-")), "copy.db");
    await backupDatabase(t.url, target);
    await expect(backupDatabase(t.url, target)).rejects.toThrow(/refusing to overwrite/);
    await expect(backupDatabase("file:/nonexistent/dir/none.db")).rejects.toThrow(/no database file/);
  });
});
