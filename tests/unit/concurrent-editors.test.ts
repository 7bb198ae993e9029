// Concurrent editors (issue 7): many saves of the same claim at once produce exactly one success
// per version and a clear conflict for every other; many new claims at once all land, each with
// its revision. Counted in the database, not trusted from the return values alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/editor/claims";
import { createSource } from "@/lib/editor/sources";
import { claimFormInput, claimFormValues, ClaimEditFormSchema, ClaimFormSchema } from "@/lib/validation/claim-form";
import { SourceFormSchema, sourceFormInput } from "@/lib/validation/source-form";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let editor: { id: string };
let sourceId: string;

const TEXT = "Selon une note imaginaire, Huawei aurait livré plusieurs milliers de puces Ascend 910B à un opérateur de Shenzhen.";
const QUOTE = "Huawei aurait livré plusieurs milliers de puces Ascend 910B";

function formData(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
const fields = (summary: string, extra: Record<string, string> = {}) => ({
  sourceId,
  company: "Huawei",
  chips: "Ascend 910B",
  kind: "supply",
  summary,
  quote: QUOTE,
  confidence: "reported",
  ...extra,
});

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  editor = await t.db.user.create({ data: { email: "concurrency@chipwatch.test", role: "editor" } });
  const source = await createSource(
    t.db,
    editor,
    SourceFormSchema.parse(
      sourceFormInput({ url: "", title: "Note imaginaire (concurrence)", publisher: "", author: "", language: "fr", publishedOn: "", notes: "", text: TEXT }),
    ),
  );
  if (!source.ok) throw new Error("source not created");
  sourceId = source.source.id;
});
afterAll(async () => {
  await t?.cleanup();
});

describe("concurrent editors", () => {
  it("20 simultaneous edits of one claim from the same version: exactly one wins, 19 get a conflict, one revision", async () => {
    const created = await createClaim(t.db, editor, ClaimFormSchema.parse(claimFormInput(claimFormValues(formData(fields("Original summary."))))));
    if (!created.ok) throw new Error("claim not created");
    const id = created.claim.id;
    const revisionsBefore = await t.db.revision.count({ where: { entityType: "Claim", entityId: id } });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateClaim(
          t.db,
          editor,
          id,
          ClaimEditFormSchema.parse(claimFormInput(claimFormValues(formData(fields(`Edit number ${i}.`, { version: "1" }))))),
        ),
      ),
    );
    const winners = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok && /^Someone else saved this claim/.test(r.state.message ?? ""));
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);

    const row = await t.db.claim.findUniqueOrThrow({ where: { id }, select: { version: true, summary: true } });
    expect(row.version).toBe(2);
    expect(row.summary).toMatch(/^Edit number \d+\.$/);
    expect(await t.db.revision.count({ where: { entityType: "Claim", entityId: id } })).toBe(revisionsBefore + 1);

    // the next round starts from version 2: again exactly one of them wins
    const next = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        updateClaim(
          t.db,
          editor,
          id,
          ClaimEditFormSchema.parse(claimFormInput(claimFormValues(formData(fields(`Second round ${i}.`, { version: "2" }))))),
        ),
      ),
    );
    expect(next.filter((r) => r.ok)).toHaveLength(1);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(3);
  });

  it("100 new claims saved at once all land, each with its links and its revision", async () => {
    const [claimsBefore, revisionsBefore] = [await t.db.claim.count(), await t.db.revision.count({ where: { entityType: "Claim" } })];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        createClaim(t.db, editor, ClaimFormSchema.parse(claimFormInput(claimFormValues(formData(fields(`Concurrent claim ${i}.`)))))),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(100);
    expect(await t.db.claim.count()).toBe(claimsBefore + 100);
    expect(await t.db.revision.count({ where: { entityType: "Claim" } })).toBe(revisionsBefore + 100);
    const landed = await t.db.claim.findMany({
      where: { summary: { startsWith: "Concurrent claim " } },
      select: { slug: true, quote: true, quoteStart: true, quoteEnd: true, _count: { select: { chips: true } } },
    });
    expect(landed).toHaveLength(100);
    expect(new Set(landed.map((c) => c.slug)).size).toBe(100);
    for (const c of landed) {
      expect(TEXT.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
      expect(c._count.chips).toBe(1);
    }
  });
});
