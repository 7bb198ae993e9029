// Writing claims (lib/editor/claims.ts) on a throwaway seeded database: names resolved through
// aliases, the quote located in the archived text and stored exactly, nothing written when
// anything is refused, inline creation with its own revision, optimistic concurrency, and the
// lifecycle (a retracted claim leaves the reader queries and the API).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveChip, resolveCompany } from "@/lib/editor/aliases";
import { changeClaimStatus, createClaim, QUOTE_NOT_IN_TEXT, updateClaim } from "@/lib/editor/claims";
import { createSource } from "@/lib/editor/sources";
import {
  claimFormInput,
  claimFormValues,
  ClaimEditFormSchema,
  ClaimFormSchema,
  ClaimStatusChangeSchema,
} from "@/lib/validation/claim-form";
import { SourceFormSchema, sourceFormInput } from "@/lib/validation/source-form";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let editor: { id: string };
let sourceId: string;
let claims: typeof import("@/lib/queries/claims");

// Typographic quotes, a no-break space and a line break inside the sentence the claims quote.
const TEXT =
  "Selon une note imaginaire, « le groupe Huawei aurait livré\ncette semaine plusieurs milliers de puces Ascend 910B » à un opérateur de Shenzhen.\n\nL’entreprise n’a pas commenté.";

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  claims = await import("@/lib/queries/claims");
  editor = await t.db.user.create({ data: { email: "claims@chipwatch.test", role: "editor" } });
  const source = await createSource(
    t.db,
    editor,
    SourceFormSchema.parse(
      sourceFormInput({ url: "", title: "Note imaginaire", publisher: "", author: "", language: "fr", publishedOn: "", notes: "", text: TEXT }),
    ),
  );
  if (!source.ok) throw new Error("source not created");
  sourceId = source.source.id;
});
afterAll(async () => {
  await t?.cleanup();
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

function claimForm(fields: Record<string, string | string[]> = {}) {
  return ClaimFormSchema.parse(
    claimFormInput(
      claimFormValues(
        form({
          sourceId,
          company: "华为",
          chips: "Ascend 910B",
          kind: "supply",
          summary: "Huawei reportedly delivered several thousand Ascend 910B chips to a Shenzhen operator.",
          // pasted: line break collapsed to a space, straight quotes instead of « »
          quote: 'le groupe Huawei aurait livré cette semaine plusieurs milliers de puces Ascend 910B',
          confidence: "reported",
          ...fields,
        }),
      ),
    ),
  );
}

async function rowCounts() {
  const [claim, claimCompany, claimChip, revision, company, chip] = await Promise.all([
    t.db.claim.count(),
    t.db.claimCompany.count(),
    t.db.claimChip.count(),
    t.db.revision.count(),
    t.db.company.count(),
    t.db.chip.count(),
  ]);
  return { claim, claimCompany, claimChip, revision, company, chip };
}

describe("alias resolution", () => {
  it("finds a company by any alias, whatever the case, accents or apostrophe", async () => {
    for (const typed of ["Huawei", "HUAWEI", "  huawei technologies ", "华为", "Huáwéi", "d'Huawei", "d’huawei", "huawei"]) {
      const found = await resolveCompany(t.db, typed);
      expect(found.status === "found" ? found.record.slug : found.status, typed).toBe("huawei");
    }
  });

  it("drops a French elision when the whole form matches nothing (l’Alibaba → Alibaba)", async () => {
    const found = await resolveCompany(t.db, "l’Alibaba Group");
    expect(found.status === "found" ? found.record.slug : found.status).toBe("alibaba");
  });

  it("finds a chip by name, Chinese name or slug; an unknown name is unknown", async () => {
    for (const typed of ["Ascend 910B", "ascend-910b", "昇腾910B", "ASCEND 910B"]) {
      const found = await resolveChip(t.db, typed);
      expect(found.status === "found" ? found.record.slug : found.status, typed).toBe("ascend-910b");
    }
    expect((await resolveCompany(t.db, "Nonexistent Semiconductor")).status).toBe("unknown");
    expect((await resolveChip(t.db, "Ascend 999Z")).status).toBe("unknown");
  });
});

describe("createClaim", () => {
  it("finds a pasted quote (spacing and quotation marks differing) and stores the exact slice and its offsets", async () => {
    const before = await rowCounts();
    const result = await createClaim(t.db, editor, claimForm());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { id: result.claim.id },
      include: { chips: { include: { chip: true } }, subject: true },
    });
    const exact = "le groupe Huawei aurait livré\ncette semaine plusieurs milliers de puces Ascend 910B";
    expect(claim.quote).toBe(exact);
    expect(claim.quoteStart).toBe(TEXT.indexOf(exact));
    expect(TEXT.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    expect(claim).toMatchObject({ status: "draft", createdById: editor.id, version: 1 });
    expect(claim.subject.slug).toBe("huawei");
    expect(claim.chips.map((l) => l.chip.slug)).toEqual(["ascend-910b"]);
    expect(result.claim.companySlugs).toContain("huawei");

    const after = await rowCounts();
    expect(after).toMatchObject({ claim: before.claim + 1, claimChip: before.claimChip + 1, revision: before.revision + 1 });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Claim", entityId: claim.id } });
    expect(revision).toMatchObject({ action: "create", userId: editor.id, before: null });
    expect(JSON.parse(revision.after!)).toMatchObject({ status: "draft", subject: "huawei", chips: ["ascend-910b"], quote: exact });
  });

  it("matches typographic quotes and apostrophes pasted straight", async () => {
    const guillemet = await createClaim(
      t.db,
      editor,
      claimForm({ quote: '" le groupe Huawei aurait livré cette semaine', summary: "Quote with its opening guillemet." }),
    );
    expect(guillemet.ok).toBe(true);
    const apostrophes = await createClaim(
      t.db,
      editor,
      claimForm({ quote: "L'entreprise  n'a pas commenté.", summary: "Huawei did not comment.", chips: "" }),
    );
    expect(apostrophes.ok).toBe(true);
    if (!guillemet.ok || !apostrophes.ok) return;
    const quotes = await t.db.claim.findMany({
      where: { id: { in: [guillemet.claim.id, apostrophes.claim.id] } },
      select: { quote: true, quoteStart: true, quoteEnd: true },
      orderBy: { quoteStart: "asc" },
    });
    expect(quotes.map((q) => q.quote)).toEqual(["« le groupe Huawei aurait livré\ncette semaine", "L’entreprise n’a pas commenté."]);
    for (const q of quotes) expect(TEXT.slice(q.quoteStart, q.quoteEnd)).toBe(q.quote);
  });

  it("refuses a quote that is not in the article text, on the Quote field, and writes nothing", async () => {
    const before = await rowCounts();
    const result = await createClaim(
      t.db,
      editor,
      claimForm({ quote: "le groupe Huawei aurait livré dix mille puces", company: "Nouvelle Société", createCompany: "Nouvelle Société" }),
    );
    expect(result).toMatchObject({ ok: false, state: { errors: { quote: [QUOTE_NOT_IN_TEXT] } } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an unknown company, offering to create it; once ticked, creates it with its own revision", async () => {
    const before = await rowCounts();
    const refused = await createClaim(t.db, editor, claimForm({ company: "Shenzhen Compute Co" }));
    expect(refused).toMatchObject({ ok: false, state: { unknownCompanies: ["Shenzhen Compute Co"] } });
    expect(refused.ok ? null : refused.state.errors?.company?.[0]).toMatch(/No company is called “Shenzhen Compute Co”/);
    expect(await rowCounts()).toEqual(before);

    const created = await createClaim(
      t.db,
      editor,
      claimForm({ company: "Shenzhen Compute Co", createCompany: "Shenzhen Compute Co", publishNow: "on" }),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const company = await t.db.company.findUniqueOrThrow({
      where: { slug: "shenzhen-compute-co" },
      include: { roles: true, aliases: true },
    });
    expect(company.roles.map((r) => r.role)).toEqual(["customer"]);
    expect(company.aliases.map((a) => a.normalized)).toEqual(["shenzhen compute co"]);
    expect(await t.db.revision.count({ where: { entityType: "Company", entityId: company.id, action: "create" } })).toBe(1);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: created.claim.id } })).toMatchObject({
      subjectCompanyId: company.id,
      status: "published",
    });
    // typed again, it is now found
    expect((await resolveCompany(t.db, "shenzhen compute co")).status).toBe("found");
  });

  it("creates a missing chip only with the vendor who makes it", async () => {
    const before = await rowCounts();
    const noVendor = await createClaim(t.db, editor, claimForm({ chips: "Ascend 910B, Ascend 960X", createChip: "Ascend 960X" }));
    expect(noVendor.ok ? null : noVendor.state.errors?.chips).toEqual(["Choose the company that makes “Ascend 960X”"]);
    expect(await rowCounts()).toEqual(before);

    const huawei = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
    const result = await createClaim(
      t.db,
      editor,
      claimForm({ chips: "Ascend 910B, Ascend 960X", createChip: "Ascend 960X", "newChipVendor:Ascend 960X": huawei.id }),
    );
    expect(result.ok).toBe(true);
    const chip = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-960x" } });
    expect(chip).toMatchObject({ vendorId: huawei.id, kind: "accelerator", status: null });
    expect(await t.db.revision.count({ where: { entityType: "Chip", entityId: chip.id } })).toBe(1);
    expect(await t.db.claimChip.count({ where: { claimId: result.ok ? result.claim.id : "" } })).toBe(2);
  });

  it("refuses a source that does not exist", async () => {
    const result = await createClaim(t.db, editor, claimForm({ sourceId: "no-such-source" }));
    expect(result.ok ? null : result.state.errors?.sourceId).toEqual(["Choose a source from the list"]);
  });
});

describe("updateClaim", () => {
  it("lets exactly one of two saves from the same version win; the other writes nothing and returns the current values", async () => {
    const created = await createClaim(t.db, editor, claimForm({ summary: "A claim two editors edit at once." }));
    if (!created.ok) throw new Error("not created");
    const id = created.claim.id;
    const edit = (summary: string) =>
      ClaimEditFormSchema.parse(
        claimFormInput(
          claimFormValues(
            form({
              sourceId,
              company: "Huawei",
              otherCompanies: "ByteDance (customer)",
              chips: "Ascend 910B",
              kind: "order",
              summary,
              quote: "plusieurs milliers de puces Ascend 910B",
              confidence: "reported",
              version: "1",
            }),
          ),
        ),
      );

    const first = await updateClaim(t.db, editor, id, edit("First editor's summary."));
    expect(first.ok).toBe(true);
    const second = await updateClaim(t.db, editor, id, edit("Second editor's summary."), { summary: "Second editor's summary." });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.state.message).toMatch(/^Someone else saved this claim/);
    expect(second.state.conflict).toEqual({ version: 2, yours: [{ field: "Summary", value: "Second editor's summary." }] });
    expect(second.state.values).toMatchObject({ summary: "First editor's summary.", otherCompanies: "ByteDance (customer)", version: "2" });

    const row = await t.db.claim.findUniqueOrThrow({ where: { id }, include: { companies: true } });
    expect(row).toMatchObject({ summary: "First editor's summary.", version: 2, kind: "order", quote: "plusieurs milliers de puces Ascend 910B" });
    expect(row.companies).toHaveLength(1);
    const revisions = await t.db.revision.findMany({ where: { entityType: "Claim", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect(JSON.parse(revisions[1].before!)).toMatchObject({ summary: "A claim two editors edit at once.", kind: "supply" });
    expect(JSON.parse(revisions[1].after!)).toMatchObject({ summary: "First editor's summary.", companies: ["bytedance (customer)"] });
  });
});

describe("two saves at the same moment", () => {
  it("lets exactly one of them win, whichever runs first", async () => {
    const created = await createClaim(t.db, editor, claimForm({ summary: "A claim saved twice at once." }));
    if (!created.ok) throw new Error("not created");
    const id = created.claim.id;
    const edit = (summary: string) =>
      updateClaim(
        t.db,
        editor,
        id,
        ClaimEditFormSchema.parse(
          claimFormInput(claimFormValues(form({ sourceId, company: "Huawei", chips: "", kind: "supply", summary, quote: "Ascend 910B", confidence: "reported", version: "1" }))),
        ),
      );
    const results = await Promise.all([edit("Saved by A."), edit("Saved by B.")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const row = await t.db.claim.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect(["Saved by A.", "Saved by B."]).toContain(row.summary);
    expect(await t.db.revision.count({ where: { entityType: "Claim", entityId: id, action: "update" } })).toBe(1);
  });
});

describe("changeClaimStatus", () => {
  const change = (claimId: string, version: number, transition: string, note = "") =>
    ClaimStatusChangeSchema.parse({ claimId, version: String(version), transition, note });

  it("publishes a draft, retracts it with a reason: the reader queries and the API no longer show it", async () => {
    const created = await createClaim(t.db, editor, claimForm({ summary: "A claim to publish, then retract." }));
    if (!created.ok) throw new Error("not created");
    const id = created.claim.id;
    const visible = async () => (await claims.listClaims({ chip: "ascend-910b", pageSize: 500 })).some((c) => c.id === id);
    expect(await visible()).toBe(false); // a draft

    expect(await changeClaimStatus(t.db, editor, change(id, 1, "publish"))).toMatchObject({ ok: true, status: "published" });
    expect(await visible()).toBe(true);
    expect((await claims.listClaims({ company: "huawei", pageSize: 500 })).some((c) => c.id === id)).toBe(true);

    expect(await changeClaimStatus(t.db, editor, change(id, 2, "retract", "The note was made up."))).toMatchObject({
      ok: true,
      status: "retracted",
    });
    expect(await visible()).toBe(false);
    expect(await claims.getClaimById(id)).toBeNull();
    expect(await claims.countClaims({ chip: "ascend-910b" })).toBe(
      await t.db.claim.count({ where: { status: { in: ["published", "disputed"] }, chips: { some: { chip: { slug: "ascend-910b" } } } } }),
    );

    const { GET: list } = await import("@/app/api/v1/claims/route");
    const body = (await (await list(new Request("http://x/api/v1/claims?chip=ascend-910b&pageSize=500"))).json()) as { data: { id: string }[] };
    expect(body.data.some((c) => c.id === id)).toBe(false);
    const { GET: one } = await import("@/app/api/v1/claims/[idOrSlug]/route");
    const response = await one(new Request(`http://x/api/v1/claims/${id}`), { params: Promise.resolve({ idOrSlug: id }) });
    expect(response.status).toBe(404);

    const row = await t.db.claim.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "retracted", note: "The note was made up.", version: 3 });
    const actions = await t.db.revision.findMany({ where: { entityType: "Claim", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((r) => r.action)).toEqual(["create", "publish", "retract"]);
  });

  it("marks a published claim disputed (readers still see it) and restores it", async () => {
    const created = await createClaim(t.db, editor, claimForm({ summary: "A claim someone disputes.", publishNow: "on" }));
    if (!created.ok) throw new Error("not created");
    const id = created.claim.id;
    expect(await changeClaimStatus(t.db, editor, change(id, 1, "dispute", "Another report denies it."))).toMatchObject({ ok: true });
    expect((await claims.getClaimById(id))?.status).toBe("disputed");
    expect(await changeClaimStatus(t.db, editor, change(id, 2, "restore"))).toMatchObject({ ok: true, status: "published" });
  });

  it("refuses moves the lifecycle does not allow, and a change from a stale version, writing nothing", async () => {
    const created = await createClaim(t.db, editor, claimForm({ summary: "A draft that stays a draft." }));
    if (!created.ok) throw new Error("not created");
    const id = created.claim.id;
    const before = await rowCounts();
    expect(await changeClaimStatus(t.db, editor, change(id, 1, "retract", "why not"))).toMatchObject({
      ok: false,
      message: "This claim is draft: it cannot be retracted.",
    });
    expect(await changeClaimStatus(t.db, editor, change(id, 1, "restore"))).toMatchObject({ ok: false });
    expect(await changeClaimStatus(t.db, editor, change(id, 7, "publish"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Someone else saved this claim/),
    });
    expect(await rowCounts()).toEqual(before);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "draft", version: 1 });
  });
});
