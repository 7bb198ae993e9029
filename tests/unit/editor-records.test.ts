import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChip, updateChip, findChip, chipFormValues } from "@/lib/editor-records/chips";
import { createCompany, findCompany, updateCompany, companyFormValues } from "@/lib/editor-records/companies";
import { createEvent, findEvent, updateEvent } from "@/lib/editor-records/events";
import { ChipFormSchema, EMPTY_CHIP_VALUES, emptySpecs, type ChipFormValues } from "@/lib/validation/chip-form";
import { CompanyFormSchema, EMPTY_COMPANY_VALUES, type CompanyFormValues } from "@/lib/validation/company-form";
import { EMPTY_EVENT_VALUES, EventFormSchema, type EventFormValues } from "@/lib/validation/event-form";
import { createTestDb, type TestDb } from "../setup/test-db";

// The core writes behind the company, chip and event forms, on a throwaway seeded database: what
// they store, the one revision each writes, and that a refused write (a conflict, a quote that is
// not in its source, an unknown name) leaves the database as it was.

let t: TestDb;
let editor: { id: string };
beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  editor = await t.db.user.create({ data: { email: "records@chipwatch.test", role: "editor" }, select: { id: true } });
});
afterAll(async () => {
  await t?.cleanup();
});

const companyInput = (values: Partial<CompanyFormValues>) =>
  CompanyFormSchema.parse({ ...EMPTY_COMPANY_VALUES, roles: ["customer"], ...values });
const chipInput = (values: Partial<ChipFormValues>) =>
  ChipFormSchema.parse({ ...EMPTY_CHIP_VALUES, kind: "accelerator", ...values, specs: { ...emptySpecs(), ...values.specs } });
const eventInput = (values: Partial<EventFormValues>) =>
  EventFormSchema.parse({ ...EMPTY_EVENT_VALUES, jurisdiction: "US", action: "rule", ...values });

const revisionsOf = (entityType: string, entityId: string) =>
  t.db.revision.findMany({ where: { entityType, entityId }, orderBy: { createdAt: "asc" } });

describe("companies", () => {
  it("creates a company with its aliases normalised (repeats merged), its roles, a derived slug and one revision", async () => {
    const outcome = await createCompany(
      t.db,
      editor,
      companyInput({
        name: "Zhipu AI",
        nameZh: "智谱",
        aliases: "Zhipu\nZHIPU\nZhipu  AI\nZhípu",
        roles: ["ai_lab", "customer"],
        country: "cn",
        website: "https://www.zhipuai.cn",
      }),
    );
    expect(outcome).toMatchObject({ ok: true, record: { slug: "zhipu-ai" } });
    if (!outcome.ok) return;
    const company = await t.db.company.findUniqueOrThrow({
      where: { id: outcome.record.id },
      include: { aliases: { orderBy: { alias: "asc" } }, roles: { orderBy: { role: "asc" } } },
    });
    expect(company).toMatchObject({ name: "Zhipu AI", nameZh: "智谱", country: "CN", version: 1 });
    expect(company.aliases.map((a) => [a.alias, a.normalized])).toEqual([
      ["Zhipu", "zhipu"],
      ["Zhipu AI", "zhipu ai"],
      ["智谱", "智谱"],
    ]);
    expect(company.roles.map((r) => r.role)).toEqual(["ai_lab", "customer"]);

    const revisions = await revisionsOf("Company", company.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", userId: editor.id, before: null });
    expect(JSON.parse(revisions[0].after!)).toMatchObject({ aliases: ["Zhipu", "Zhipu AI", "智谱"], roles: ["ai_lab", "customer"] });

    // the form shows the aliases beyond the name and the Chinese name
    expect(companyFormValues((await findCompany(t.db, { id: company.id }))!).aliases).toBe("Zhipu");
  });

  it("derives a unique slug, and refuses a typed slug another company has", async () => {
    const first = await createCompany(t.db, editor, companyInput({ name: "Kunlunxin Holdings" }));
    // the same name once normalised: refused as a name of another company
    const same = await createCompany(t.db, editor, companyInput({ name: "KUNLUNXIN  holdings" }));
    // another name that makes the same slug: the slug gets a number
    const second = await createCompany(t.db, editor, companyInput({ name: "Kunlunxin Holdings!" }));
    expect(first).toMatchObject({ ok: true, record: { slug: "kunlunxin-holdings" } });
    expect(same).toMatchObject({ ok: false, kind: "invalid", errors: { name: ["“KUNLUNXIN  holdings” already names Kunlunxin Holdings"] } });
    expect(second).toMatchObject({ ok: true, record: { slug: "kunlunxin-holdings-2" } });

    const taken = await createCompany(t.db, editor, companyInput({ name: "Someone Else", slug: "huawei" }));
    expect(taken).toMatchObject({ ok: false, kind: "invalid", errors: { slug: ["This slug is already used by Huawei: choose another"] } });
    expect(await t.db.company.count({ where: { name: "Someone Else" } })).toBe(0);

    const noLatin = await createCompany(t.db, editor, companyInput({ name: "寒武纪二号" }));
    expect(noLatin).toMatchObject({ ok: false, errors: { slug: [expect.stringContaining("enter a slug")] } });
  });

  it("refuses an alias that already names another company, and writes nothing", async () => {
    const before = await t.db.company.count();
    const outcome = await createCompany(t.db, editor, companyInput({ name: "Shenzhen Newco", aliases: "Newco\nHuawei Technologies" }));
    expect(outcome).toMatchObject({ ok: false, errors: { aliases: ["“Huawei Technologies” already names Huawei"] } });
    expect(await t.db.company.count()).toBe(before);
  });

  it("refuses an edit made from an old version: nothing changes and no revision is written", async () => {
    const tencent = (await findCompany(t.db, { slug: "tencent" }))!;
    const values = companyFormValues(tencent);
    const first = await updateCompany(t.db, editor, tencent.id, tencent.version, companyInput({ ...values, description: "First editor" }));
    expect(first).toMatchObject({ ok: true, record: { slug: "tencent" } });

    const second = await updateCompany(
      t.db,
      editor,
      tencent.id,
      tencent.version,
      companyInput({ ...values, name: "Tencent (second editor)", aliases: "", description: "Second editor" }),
    );
    expect(second).toEqual({
      ok: false,
      kind: "conflict",
      entityType: "Company",
      expectedVersion: tencent.version,
      currentVersion: tencent.version + 1,
    });
    const after = (await findCompany(t.db, { id: tencent.id }))!;
    expect(after).toMatchObject({ name: "Tencent", description: "First editor", version: tencent.version + 1 });
    expect(after.aliases.map((a) => a.alias)).toEqual(tencent.aliases.map((a) => a.alias));
    const revisions = await revisionsOf("Company", tencent.id);
    expect(revisions).toHaveLength(1);
    expect(JSON.parse(revisions[0].before!)).toMatchObject({ description: tencent.description, version: tencent.version });
    expect(JSON.parse(revisions[0].after!)).toMatchObject({ description: "First editor", version: tencent.version + 1 });
  });

  it("keeps the chip-vendor role of a company that makes chips", async () => {
    const cambricon = (await findCompany(t.db, { slug: "cambricon" }))!;
    const outcome = await updateCompany(
      t.db,
      editor,
      cambricon.id,
      cambricon.version,
      companyInput({ ...companyFormValues(cambricon), roles: ["customer"] }),
    );
    expect(outcome).toMatchObject({ ok: false, errors: { roles: [expect.stringContaining("keep the “Chip vendor” role")] } });
    expect((await findCompany(t.db, { id: cambricon.id }))!.version).toBe(cambricon.version);
  });
});

describe("chips", () => {
  it("creates a chip for a vendor typed by alias; a company without the vendor role gets it, with its own revision", async () => {
    const tencent = (await findCompany(t.db, { slug: "tencent" }))!;
    expect(tencent.roles.map((r) => r.role)).not.toContain("chip_vendor");
    const outcome = await createChip(
      t.db,
      editor,
      chipInput({
        name: "Zixiao C100",
        nameZh: "紫霄",
        vendor: "tencent holdings ltd",
        aliases: "Zixiao",
        specs: {
          ...emptySpecs(),
          bf16_tflops: { value: "128", sourceName: "Tencent press release", sourceUrl: "https://example.org/zixiao", licence: "", note: "" },
        },
      }),
    );
    expect(outcome).toMatchObject({ ok: true, record: { slug: "zixiao-c100", vendorSlugs: ["tencent"] } });
    if (!outcome.ok) return;
    const chip = (await findChip(t.db, { id: outcome.record.id }))!;
    expect(chip.vendor.slug).toBe("tencent");
    expect(chip.specs).toEqual([
      expect.objectContaining({ metric: "bf16_tflops", valueNum: 128, sourceName: "Tencent press release", quote: null }),
    ]);
    const roles = (await findCompany(t.db, { id: tencent.id }))!.roles.map((r) => r.role);
    expect(roles).toContain("chip_vendor");
    const companyRevisions = await revisionsOf("Company", tencent.id);
    expect(JSON.parse(companyRevisions.at(-1)!.after!).roles).toContain("chip_vendor");
    expect(await revisionsOf("Chip", chip.id)).toHaveLength(1);
  });

  it("refuses a vendor that no company is called, naming it, and writes nothing", async () => {
    const before = await t.db.chip.count();
    const outcome = await createChip(t.db, editor, chipInput({ name: "Ghost X1", vendor: "Nonexistent Semi" }));
    expect(outcome).toMatchObject({ ok: false, errors: { vendor: [expect.stringContaining("No company is called “Nonexistent Semi”")] } });
    expect(await t.db.chip.count()).toBe(before);
  });

  it("edits the spec table: writes the values, deletes emptied ones, keeps an article's quote while its value stays, one revision", async () => {
    const chip = (await findChip(t.db, { slug: "cloudmatrix-384" }))!;
    const values = chipFormValues(chip);
    expect(values.specs.chip_count.value).toBe("384");
    expect(chip.specs.find((s) => s.metric === "chip_count")?.quote).toBeTruthy();
    const revisionsBefore = (await revisionsOf("Chip", chip.id)).length;

    const outcome = await updateChip(
      t.db,
      editor,
      chip.id,
      chip.version,
      chipInput({
        ...values,
        specs: {
          ...values.specs,
          bf16_tflops: { value: "300000", sourceName: "Editor's test source", sourceUrl: "", licence: "CC BY 4.0", note: "test" },
          fp8_support: { ...values.specs.fp8_support, value: "" },
        },
      }),
    );
    expect(outcome).toMatchObject({ ok: true });
    const after = (await findChip(t.db, { id: chip.id }))!;
    expect(after.version).toBe(chip.version + 1);
    const byMetric = Object.fromEntries(after.specs.map((s) => [s.metric, s]));
    expect(byMetric.bf16_tflops).toMatchObject({ valueNum: 300000, sourceName: "Editor's test source", licence: "CC BY 4.0" });
    expect(byMetric.fp8_support).toBeUndefined();
    expect(byMetric.chip_count).toMatchObject({ valueNum: 384, quote: chip.specs.find((s) => s.metric === "chip_count")!.quote });

    const revisions = await revisionsOf("Chip", chip.id);
    expect(revisions).toHaveLength(revisionsBefore + 1);
    const revision = revisions.at(-1)!;
    expect(JSON.parse(revision.before!)["spec.fp8_support"]).toMatchObject({ value: false });
    expect(JSON.parse(revision.after!)["spec.fp8_support"]).toBeUndefined();
    expect(JSON.parse(revision.after!)["spec.bf16_tflops"]).toMatchObject({ value: 300000, sourceName: "Editor's test source" });

    // a changed value drops the article quote that vouched for the old one
    const again = (await findChip(t.db, { id: chip.id }))!;
    const changed = chipFormValues(again);
    await updateChip(
      t.db,
      editor,
      chip.id,
      again.version,
      chipInput({ ...changed, specs: { ...changed.specs, chip_count: { ...changed.specs.chip_count, value: "385" } } }),
    );
    const last = (await findChip(t.db, { id: chip.id }))!.specs.find((s) => s.metric === "chip_count")!;
    expect(last).toMatchObject({ valueNum: 385, quote: null, sourceId: null, quoteStart: null });
  });

  it("refuses a stale chip edit and leaves specs and revisions as they were", async () => {
    const chip = (await findChip(t.db, { slug: "ascend-910c" }))!;
    const values = chipFormValues(chip);
    await updateChip(t.db, editor, chip.id, chip.version, chipInput({ ...values, family: "First editor's family" }));
    const revisions = (await revisionsOf("Chip", chip.id)).length;
    const stale = await updateChip(
      t.db,
      editor,
      chip.id,
      chip.version,
      chipInput({ ...values, specs: { ...values.specs, tdp_w: { value: "999", sourceName: "Second", sourceUrl: "", licence: "", note: "" } } }),
    );
    expect(stale).toMatchObject({ ok: false, kind: "conflict", currentVersion: chip.version + 1 });
    const after = (await findChip(t.db, { id: chip.id }))!;
    expect(after.family).toBe("First editor's family");
    expect(after.specs.find((s) => s.metric === "tdp_w")?.valueNum ?? null).toBe(chip.specs.find((s) => s.metric === "tdp_w")?.valueNum ?? null);
    expect(await revisionsOf("Chip", chip.id)).toHaveLength(revisions);
  });
});

describe("export-control events", () => {
  const sourceId = (slug: string) => t.db.source.findUniqueOrThrow({ where: { slug }, select: { id: true, text: true } });

  it("refuses a quote that is not in its source: the error is on that row's quote, and nothing is written", async () => {
    const source = await sourceId("investing-huawei-peine-a-gagner-du-terrain");
    const [events, revisions] = [await t.db.exportControlEvent.count(), await t.db.revision.count()];
    const outcome = await createEvent(
      t.db,
      editor,
      eventInput({
        title: "An event nobody reported",
        companies: "Huawei",
        quotes: [
          { sourceId: source.id, quote: "Huawei Technologies s’est imposé comme le rival le plus en vue" },
          { sourceId: source.id, quote: "The Commerce Department banned every chip on Mars." },
        ],
      }),
    );
    expect(outcome).toMatchObject({ ok: false, kind: "invalid" });
    if (outcome.ok || outcome.kind !== "invalid") return;
    expect(Object.keys(outcome.errors)).toEqual(["quotes.1.quote"]);
    expect(outcome.errors["quotes.1.quote"][0]).toMatch(/^This quote is not in “Huawei peine à gagner du terrain/);
    expect(await t.db.exportControlEvent.count()).toBe(events);
    expect(await t.db.revision.count()).toBe(revisions);
  });

  it("names the companies and chips it cannot find", async () => {
    const source = await sourceId("investing-huawei-peine-a-gagner-du-terrain");
    const outcome = await createEvent(
      t.db,
      editor,
      eventInput({
        title: "Unknown names",
        companies: "Huawei, Acme Chips",
        chips: "Ascend 910C, Warp Drive 9000",
        quotes: [{ sourceId: source.id, quote: "Huawei Technologies" }],
      }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      errors: {
        companies: [expect.stringContaining("No company is called “Acme Chips”")],
        chips: [expect.stringContaining("No chip is called “Warp Drive 9000”")],
      },
    });
  });

  it("stores the exact slice and offsets of a quote typed with its whitespace collapsed, with links and one revision", async () => {
    const source = await sourceId("huawei-acteur-de-poids-marche-chinois-puces-ia");
    expect(source.text).toContain("Principaux renseignements\n\n  • Huawei se positionne");
    const outcome = await createEvent(
      t.db,
      editor,
      eventInput({
        title: "Test event from a bulleted passage",
        jurisdiction: "CN",
        action: "other",
        date: "2025-06-01",
        datePrecision: "month",
        dateSourceName: "Test",
        companies: "d’Huawei, Commerce Department",
        chips: "ascend-910c",
        quotes: [{ sourceId: source.id, quote: "Principaux renseignements • Huawei se positionne comme un choix de premier ordre" }],
      }),
    );
    expect(outcome).toMatchObject({ ok: true, record: { slug: "test-event-from-a-bulleted-passage" } });
    if (!outcome.ok) return;
    const event = (await findEvent(t.db, { id: outcome.record.id }))!;
    expect(event.companies.map((l) => l.company.slug).sort()).toEqual(["huawei", "us-commerce-department"]);
    expect(event.chips.map((l) => l.chip.slug)).toEqual(["ascend-910c"]);
    expect(event.sources).toHaveLength(1);
    const [quote] = event.sources;
    expect(quote.quote).toBe("Principaux renseignements\n\n  • Huawei se positionne comme un choix de premier ordre");
    expect(source.text.slice(quote.quoteStart, quote.quoteEnd)).toBe(quote.quote);
    expect(quote.quoteStart).toBe(0);

    const revisions = await revisionsOf("ExportControlEvent", event.id);
    expect(revisions).toHaveLength(1);
    expect(JSON.parse(revisions[0].after!)).toMatchObject({
      companies: ["huawei", "us-commerce-department"],
      quotes: [{ source: "huawei-acteur-de-poids-marche-chinois-puces-ia", quoteStart: 0, quote: quote.quote }],
    });

    // an edit from the version it was opened at succeeds; the same edit again is a conflict
    const edit = eventInput({
      title: "Test event, retitled",
      slug: event.slug,
      jurisdiction: "CN",
      action: "other",
      companies: "Huawei",
      quotes: [{ sourceId: source.id, quote: "Principaux renseignements" }],
    });
    expect(await updateEvent(t.db, editor, event.id, event.version, edit)).toMatchObject({ ok: true });
    expect(await updateEvent(t.db, editor, event.id, event.version, edit)).toMatchObject({ ok: false, kind: "conflict" });
    expect(await revisionsOf("ExportControlEvent", event.id)).toHaveLength(2);
    expect((await findEvent(t.db, { id: event.id }))!.companies.map((l) => l.company.slug)).toEqual(["huawei"]);
  });
});
