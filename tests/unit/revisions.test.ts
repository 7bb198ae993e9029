import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpVersion, diffSnapshots, recordRevision, snapshot, VersionConflictError } from "@/lib/revisions";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ seeded: true });
});
afterAll(async () => {
  await t?.cleanup();
});

describe("revisions", () => {
  it("snapshots with sorted keys and ISO dates, and diffs field by field", () => {
    const before = snapshot({ b: 1, a: new Date("2025-05-13T00:00:00Z"), gone: "x" });
    expect(before).toBe('{"a":"2025-05-13T00:00:00.000Z","b":1,"gone":"x"}');
    const after = snapshot({ a: new Date("2025-05-13T00:00:00Z"), b: 2, added: true });
    expect(diffSnapshots(before, after)).toEqual([
      { field: "added", before: null, after: true },
      { field: "b", before: 1, after: 2 },
      { field: "gone", before: "x", after: null },
    ]);
    expect(diffSnapshots(null, snapshot({ a: 1 }))).toEqual([{ field: "a", before: null, after: 1 }]);
  });

  it("lets exactly one of two saves from the same version win, and records its revision", async () => {
    const claim = await t.db.claim.findFirstOrThrow({ select: { id: true, version: true, summary: true } });
    const save = (summary: string) =>
      t.db.$transaction(async (tx) => {
        await bumpVersion(
          (args) => tx.claim.updateMany(args),
          () => tx.claim.findUnique({ where: { id: claim.id }, select: { version: true } }),
          "Claim",
          claim.id,
          claim.version,
        );
        await tx.claim.update({ where: { id: claim.id }, data: { summary } });
        await recordRevision(tx, {
          entityType: "Claim",
          entityId: claim.id,
          action: "update",
          userId: null,
          before: { summary: claim.summary },
          after: { summary },
        });
      });
    await save("first editor's summary");
    await expect(save("second editor's summary")).rejects.toBeInstanceOf(VersionConflictError);
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, summary: true } });
    expect(after).toEqual({ version: claim.version + 1, summary: "first editor's summary" });
    const revisions = await t.db.revision.findMany({ where: { entityType: "Claim", entityId: claim.id } });
    expect(revisions).toHaveLength(1);
  });
});
