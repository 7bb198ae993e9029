// The claims explorer's reads and export against a throwaway seeded database, plus fixture rows
// of our own (slugs "fx-…"): a disputed claim, a draft, and a quote a spreadsheet would run as a formula.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let exportRoute: typeof import("@/app/api/v1/export/claims/route");
let claims: typeof import("@/lib/queries/claims");

const FIXTURE_TEXT =
  'Le tableur dit =HYPERLINK("http://x","clic") sans rire. Fx Corp a refusé les puces Ascend de Huawei. ' +
  "Un brouillon dit que Tencent a adopté la Fx-A.";
const FORMULA_QUOTE = '=HYPERLINK("http://x","clic") sans rire.';

const TENCENT_NO_ORDERS = "bytedance-alibaba-tencent-no-significant-ascend-orders";
const TENCENT_ENGINEERS = "huawei-engineers-at-baidu-iflytek-tencent";

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

async function exportClaims(query: string) {
  const response = await exportRoute.GET(new Request(`http://x/api/v1/export/claims?${query}`));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function csvExport(query: string) {
  const { status, headers, text } = await exportClaims(`format=csv&${query}`);
  expect(status, text).toBe(200);
  const [header, ...rows] = parseCsv(text);
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  return { headers, header, records, total: Number(headers.get("x-total-count")) };
}

const idOf = async (slug: string) => (await t.db.claim.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  exportRoute = await import("@/app/api/v1/export/claims/route");
  claims = await import("@/lib/queries/claims");

  const db = t.db;
  const fxCorp = await db.company.create({ data: { slug: "fx-corp", name: "Fx Corp" } });
  const tencent = await db.company.findUniqueOrThrow({ where: { slug: "tencent" } });
  const huawei = await db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
  const ascend = await db.chip.findUniqueOrThrow({ where: { slug: "ascend" } });
  const fxChip = await db.chip.create({ data: { slug: "fx-chip-a", name: "Fx-A", kind: "accelerator", vendorId: huawei.id } });
  const source = await db.source.create({
    data: {
      slug: "fx-source",
      title: "Fixture article",
      publisher: "=cmd|' /C calc'!A0",
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: FIXTURE_TEXT,
      contentHash: "fx-hash",
    },
  });
  const claim = async (
    slug: string,
    quote: string,
    data: { kind: string; subjectCompanyId: string; status: string; summary?: string },
    links: { companies?: { companyId: string; role: string }[]; chips?: string[] } = {},
  ) => {
    const quoteStart = FIXTURE_TEXT.indexOf(quote);
    if (quoteStart < 0) throw new Error(`fixture quote not in text: ${quote}`);
    await db.claim.create({
      data: {
        slug,
        sourceId: source.id,
        summary: data.summary ?? `Summary of ${slug}`,
        quote,
        quoteStart,
        quoteEnd: quoteStart + quote.length,
        kind: data.kind,
        subjectCompanyId: data.subjectCompanyId,
        status: data.status,
        companies: { create: links.companies ?? [] },
        chips: { create: (links.chips ?? []).map((chipId) => ({ chipId })) },
      },
    });
  };
  await claim("fx-formula", FORMULA_QUOTE, {
    kind: "other",
    subjectCompanyId: fxCorp.id,
    status: "published",
    summary: "+Fx Corp's spreadsheet, said to run formulas",
  });
  // Disputed: Fx Corp declined Huawei's Ascend chips (public, but not shown by default).
  await claim(
    "fx-disputed-refusal",
    "Fx Corp a refusé les puces Ascend de Huawei.",
    { kind: "non_adoption", subjectCompanyId: fxCorp.id, status: "disputed" },
    { companies: [{ companyId: huawei.id, role: "vendor" }], chips: [ascend.id] },
  );
  // A draft that would contradict the "no significant orders" claim about Tencent if it were public.
  await claim(
    "fx-draft-adoption",
    "Un brouillon dit que Tencent a adopté la Fx-A.",
    { kind: "adoption", subjectCompanyId: tencent.id, status: "draft" },
    { chips: [fxChip.id] },
  );
});

afterAll(async () => {
  await t?.cleanup();
});

describe("GET /api/v1/export/claims", () => {
  it("exports exactly the filtered claims as a CSV download, with the total in X-Total-Count", async () => {
    const { headers, header, records, total } = await csvExport("chip=ascend-910c");
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toBe('attachment; filename="chipwatch-claims.csv"');
    expect(header).toEqual([
      "id",
      "slug",
      "kind",
      "summary",
      "quote",
      "quote_start",
      "quote_end",
      "translation",
      "claim_date",
      "confidence",
      "status",
      "company",
      "companies",
      "chips",
      "source_id",
      "source_title",
      "source_publisher",
      "source_url",
    ]);
    expect(records.map((r) => r.slug).sort()).toEqual([
      "ascend-910c-overheating-and-cann-limits",
      "bytedance-alibaba-tested-ascend-910c",
    ]);
    expect(total).toBe(2);
    const tested = records.find((r) => r.slug === "bytedance-alibaba-tested-ascend-910c")!;
    expect(tested).toMatchObject({ kind: "testing", status: "published", claim_date: "", source_publisher: "Investing.com" });
    expect(tested.chips).toBe("ascend-910c");
    expect(tested.companies.split("; ")).toEqual(expect.arrayContaining(["huawei (vendor)", "alibaba (customer)"]));
  });

  it("has as many rows as the filter matches, for every filter combination tried", async () => {
    for (const [query, filters] of [
      ["", {}],
      ["q=Kunlun", { q: "Kunlun" }],
      ["company=tencent&kind=non_adoption", { company: "tencent", kind: "non_adoption" as const }],
      ["company=huawei", { company: "huawei" }],
      ["status=all", { statuses: ["published", "disputed"] as const }],
    ] as const) {
      const { records, total } = await csvExport(query);
      const expected = await claims.countClaims({ statuses: ["published"], ...filters });
      expect(records.length, query).toBe(expected);
      expect(total, query).toBe(expected);
    }
    expect((await csvExport("q=Kunlun")).records.map((r) => r.company)).toEqual(["baidu", "baidu"]);
  });

  it("keeps quotes intact through a CSV round trip: quotation marks, commas, line breaks, accents", async () => {
    const { records } = await csvExport("status=all");
    const stored = new Map(
      (await t.db.claim.findMany({ select: { slug: true, quote: true, translation: true } })).map((c) => [c.slug, c]),
    );
    expect(records.some((r) => r.quote.includes("\n"))).toBe(true);
    expect(records.some((r) => r.quote.includes('"'))).toBe(true);
    for (const record of records) {
      if (record.slug === "fx-formula") continue;
      expect(record.quote, record.slug).toBe(stored.get(record.slug)!.quote);
      expect(record.translation, record.slug).toBe(stored.get(record.slug)!.translation ?? "");
    }
  });

  it("neutralises cells a spreadsheet would run as a formula", async () => {
    const { records, total } = await csvExport("company=fx-corp");
    expect(total).toBe(1);
    const [formula] = records;
    expect(formula.quote).toBe(`'${FORMULA_QUOTE}`);
    expect(formula.summary).toBe("'+Fx Corp's spreadsheet, said to run formulas");
    expect(formula.source_publisher).toBe("'=cmd|' /C calc'!A0");
  });

  it("follows the explorer's status choice: published by default, disputed, or all", async () => {
    const slugs = async (query: string) => (await csvExport(query)).records.map((r) => r.slug);
    expect(await slugs("")).not.toContain("fx-disputed-refusal");
    expect(await slugs("status=disputed")).toEqual(["fx-disputed-refusal"]);
    expect(await slugs("status=all")).toContain("fx-disputed-refusal");
    expect(await slugs("status=all")).not.toContain("fx-draft-adoption");
  });

  it("exports the same claims as JSON, with the total", async () => {
    const { status, headers, text } = await exportClaims("format=json&chip=ascend-910c");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(headers.get("content-disposition")).toBe('attachment; filename="chipwatch-claims.json"');
    expect(headers.get("x-total-count")).toBe("2");
    const body = JSON.parse(text);
    expect(body.total).toBe(2);
    expect(body.truncated).toBe(false);
    const csv = await csvExport("chip=ascend-910c");
    expect(body.data.map((c: { id: string }) => c.id)).toEqual(csv.records.map((r) => r.id));
    expect(body.data[0]).toMatchObject({ quote: expect.any(String), source: { id: expect.any(String) } });
  });

  it("treats empty parameters as no filter, as the filter form sends them", async () => {
    const { total } = await csvExport("company=&chip=&kind=&status=&q=&from=&to=");
    expect(total).toBe(await claims.countClaims({ statuses: ["published"] }));
  });

  it.each([
    ["format=xml", "format"],
    ["format=csv&kind=bogus", "kind"],
    ["format=csv&from=2025-02-30", "from"],
    ["format=csv&from=2025-04-01&to=2025-03-01", "from"],
    ["format=csv&status=bogus", "status"],
    ["format=csv&page=2", "page"],
    ["format=csv&colour=red", "colour"],
    ["format=csv&chip=ascend-910c&chip=h20", "chip"],
    ["format=csv&company=no-such-company", "company"],
    ["format=csv&chip=no-such-chip", "chip"],
  ])("refuses %s with a 400 naming %s", async (query, parameter) => {
    const { status, headers, text } = await exportClaims(query);
    expect(status).toBe(400);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = JSON.parse(text);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toEqual(expect.stringContaining(parameter));
  });

  it.each(["draft", "retracted"])("keeps status=%s for editors: 403", async (status) => {
    const response = await exportClaims(`format=csv&status=${status}`);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error).toEqual({ parameter: "status", message: expect.stringMatching(/editors only/) });
  });
});

describe("findClaimContradictions", () => {
  it("flags Tencent's 'no significant Ascend orders' and 'Huawei's engineers at Tencent' on both sides", async () => {
    const noOrders = await idOf(TENCENT_NO_ORDERS);
    const engineers = await idOf(TENCENT_ENGINEERS);
    // Checked one at a time, as a page of results or one claim's page would.
    const a = await claims.findClaimContradictions([noOrders]);
    expect(a.get(noOrders)?.claims).toEqual([{ id: engineers, slug: TENCENT_ENGINEERS, summary: expect.stringContaining("Tencent") }]);
    // how many (for the marker's count)
    expect(a.get(noOrders)?.total).toBe(1);
    const b = await claims.findClaimContradictions([engineers]);
    expect(b.get(engineers)?.claims.map((c) => c.slug)).toEqual([TENCENT_NO_ORDERS]);
  });

  it("flags nothing else on a page of results, and never flags a public claim for a draft", async () => {
    const page = await claims.listClaims({ statuses: ["published"], pageSize: 100 });
    const flags = await claims.findClaimContradictions(page.map((c) => c.id));
    expect([...flags.keys()].sort()).toEqual([await idOf(TENCENT_NO_ORDERS), await idOf(TENCENT_ENGINEERS)].sort());
    // fx-draft-adoption (Tencent adopted a Huawei chip) is not public: no public claim is flagged for it
    // (above), though checked itself, as an editor would, it meets the public claim it contradicts.
    const draftId = await idOf("fx-draft-adoption");
    const drafts = await claims.findClaimContradictions([draftId]);
    expect(drafts.get(draftId)?.claims.map((c) => c.slug)).toEqual([TENCENT_NO_ORDERS]);
  });

  it("compares against every public claim, including disputed ones", async () => {
    // fx-disputed-refusal: Fx Corp declined Huawei's Ascend; no claim says Fx Corp adopted it.
    expect((await claims.findClaimContradictions([await idOf("fx-disputed-refusal")])).size).toBe(0);
    const tencent = await t.db.company.findUniqueOrThrow({ where: { slug: "tencent" } });
    const ascend = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend" } });
    const source = await t.db.source.findUniqueOrThrow({ where: { slug: "fx-source" } });
    const quote = "Un brouillon dit que Tencent a adopté la Fx-A.";
    const disputed = await t.db.claim.create({
      data: {
        slug: "fx-disputed-tencent-order",
        sourceId: source.id,
        summary: "Tencent ordered Ascend chips (disputed)",
        quote,
        quoteStart: FIXTURE_TEXT.indexOf(quote),
        quoteEnd: FIXTURE_TEXT.indexOf(quote) + quote.length,
        kind: "order",
        subjectCompanyId: tencent.id,
        status: "disputed",
        chips: { create: [{ chipId: ascend.id }] },
      },
    });
    try {
      const noOrders = await idOf(TENCENT_NO_ORDERS);
      const flags = await claims.findClaimContradictions([noOrders]);
      expect(flags.get(noOrders)?.claims.map((c) => c.slug).sort()).toEqual([TENCENT_ENGINEERS, "fx-disputed-tencent-order"].sort());
    } finally {
      await t.db.claim.delete({ where: { id: disputed.id } });
    }
  });

  it("reads nothing for no claims", async () => {
    expect((await claims.findClaimContradictions([])).size).toBe(0);
  });
});

describe("claim records", () => {
  it("knows which companies are chip vendors", async () => {
    const vendors = await claims.chipVendorSlugs(["huawei", "tencent", "baidu", "bytedance"]);
    expect([...vendors].sort()).toEqual(["baidu", "huawei"]);
  });

  it("reads one public claim with its editorial fields, by id or slug, and no draft", async () => {
    const record = await claims.getClaimRecordById(TENCENT_ENGINEERS);
    expect(record).toMatchObject({
      slug: TENCENT_ENGINEERS,
      note: expect.stringContaining("Tencent"),
      version: 1,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      claimDate: null,
    });
    expect(await claims.getClaimRecordById(record!.id)).toEqual(record);
    expect(await claims.getClaimRecordById("fx-draft-adoption")).toBeNull();
    expect(await claims.getClaimRecordById("no-such-claim")).toBeNull();
  });

  it("exports at most the limit asked for", async () => {
    expect(await claims.listClaimsForExport({}, 3)).toHaveLength(3);
  });
});
