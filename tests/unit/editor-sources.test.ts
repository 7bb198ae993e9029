// Archiving sources (lib/editor/sources.ts) on a throwaway database: slug, hash and revision;
// duplicates by address or by text point to the existing source and write nothing; editing the
// details is refused, with nothing written, when someone else saved first.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSource, updateSource } from "@/lib/editor/sources";
import { SourceFormSchema, SourceMetadataFormSchema, sourceFormInput } from "@/lib/validation/source-form";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let editor: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = await t.db.user.create({ data: { email: "ed@chipwatch.test", role: "editor" } });
});
afterAll(async () => {
  await t?.cleanup();
});

const TEXT = "Selon un article imaginaire, le groupe Huawei aurait livré des puces Ascend 910B.\r\nDeuxième paragraphe.";

function sourceForm(values: Record<string, string>) {
  return SourceFormSchema.parse(
    sourceFormInput({ url: "", title: "Un article", publisher: "", author: "", language: "fr", publishedOn: "", notes: "", text: TEXT, ...values }),
  );
}

async function counts() {
  return { sources: await t.db.source.count(), revisions: await t.db.revision.count() };
}

describe("createSource", () => {
  it("archives the text as stored with its SHA-256, a slug from the title, retrievedAt now, and a revision", async () => {
    const now = new Date("2026-01-02T03:04:05Z");
    const result = await createSource(t.db, editor, sourceForm({ title: "Huawei livre l’Ascend 910B !", url: "https://example.fr/a" }), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const source = await t.db.source.findUniqueOrThrow({ where: { id: result.source.id } });
    const stored = "Selon un article imaginaire, le groupe Huawei aurait livré des puces Ascend 910B.\nDeuxième paragraphe.";
    expect(source).toMatchObject({
      slug: "huawei-livre-lascend-910b",
      url: "https://example.fr/a",
      text: stored,
      contentHash: createHash("sha256").update(stored, "utf8").digest("hex"),
      retrievedAt: now,
      language: "fr",
      version: 1,
    });
    const revisions = await t.db.revision.findMany({ where: { entityType: "Source", entityId: source.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", userId: editor.id, before: null });
    expect(JSON.parse(revisions[0].after!)).toMatchObject({ title: "Huawei livre l’Ascend 910B !", textLength: stored.length });
  });

  it("does not archive the same address twice: it names the existing source, and writes nothing", async () => {
    const before = await counts();
    const result = await createSource(t.db, editor, sourceForm({ url: "https://example.fr/a", text: "Un tout autre texte." }));
    expect(result).toMatchObject({ ok: false, existing: { reason: "url", title: "Huawei livre l’Ascend 910B !" } });
    expect(result.ok ? null : result.errors?.url?.[0]).toMatch(/already archived/);
    expect(await counts()).toEqual(before);
  });

  it("does not archive the same text twice (whatever its address or line breaks)", async () => {
    const before = await counts();
    const result = await createSource(t.db, editor, sourceForm({ url: "https://example.org/copy", text: TEXT.replace("\r\n", "\n") }));
    expect(result).toMatchObject({ ok: false, existing: { reason: "text" } });
    expect(result.ok ? null : result.errors?.text?.[0]).toMatch(/exact text is already archived/);
    expect(await counts()).toEqual(before);
  });

  it("makes the slug unique", async () => {
    const a = await createSource(t.db, editor, sourceForm({ title: "Même titre", text: "Texte A." }));
    const b = await createSource(t.db, editor, sourceForm({ title: "Même titre", text: "Texte B." }));
    const c = await createSource(t.db, editor, sourceForm({ title: "华为", text: "Texte C." }));
    const slugs = await t.db.source.findMany({
      where: { id: { in: [a, b, c].map((r) => (r.ok ? r.source.id : "")) } },
      select: { slug: true },
      orderBy: { createdAt: "asc" },
    });
    expect(slugs.map((s) => s.slug).sort()).toEqual(["meme-titre", "meme-titre-2", "source"]);
  });
});

describe("updateSource", () => {
  it("lets exactly one of two edits from the same version win; the other changes nothing and shows the current values", async () => {
    const created = await createSource(t.db, editor, sourceForm({ title: "À corriger", text: "Texte à corriger." }));
    if (!created.ok) throw new Error("not created");
    const id = created.source.id;
    const edit = (title: string) =>
      SourceMetadataFormSchema.parse(
        sourceFormInput({ url: "", title, publisher: "", author: "", language: "fr", publishedOn: "2025-05-13", notes: "", version: "1" }),
      );

    const first = await updateSource(t.db, editor, id, edit("Corrigé par A"));
    expect(first.ok).toBe(true);
    const second = await updateSource(t.db, editor, id, edit("Corrigé par B"));
    expect(second).toMatchObject({ ok: false, conflict: { version: 2, values: { title: "Corrigé par A" } } });
    expect(second.ok ? "" : second.message).toMatch(/^Someone else saved this source/);

    const row = await t.db.source.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Corrigé par A", version: 2, text: "Texte à corriger.", publishedAt: new Date("2025-05-13T00:00:00Z") });
    const revisions = await t.db.revision.findMany({ where: { entityType: "Source", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
  });

  it("refuses an address another source already has", async () => {
    const created = await createSource(t.db, editor, sourceForm({ title: "Autre", text: "Encore un texte." }));
    if (!created.ok) throw new Error("not created");
    const result = await updateSource(
      t.db,
      editor,
      created.source.id,
      SourceMetadataFormSchema.parse(
        sourceFormInput({ url: "https://example.fr/a", title: "Autre", publisher: "", author: "", language: "fr", publishedOn: "", notes: "", version: "1" }),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.errors?.url).toHaveLength(1);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: created.source.id } })).version).toBe(1);
  });
});
