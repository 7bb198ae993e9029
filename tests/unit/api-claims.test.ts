// /api/v1/claims against a throwaway seeded database plus fixture rows of our own (slugs "fx-…"),
// so the filter tests do not depend on what the seed's claims happen to be.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIM_KINDS, DEFAULT_PAGE_SIZE, PUBLIC_CLAIM_STATUSES } from "@/lib/constants";
import { createTestDb, type TestDb } from "../setup/test-db";

type ClaimBody = {
  id: string;
  slug: string;
  kind: string;
  summary: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  translation: string | null;
  claimDate: string | null;
  confidence: string;
  status: string;
  company: { slug: string; name: string };
  companies: { slug: string; name: string; role: string }[];
  chips: { slug: string; name: string }[];
  source: { id: string; slug: string; url: string | null; title: string; publisher: string | null; publishedAt: string | null; language: string };
};
type ListBody = { data: ClaimBody[]; page: number; pageSize: number; total: number };

let t: TestDb;
let listRoute: typeof import("@/app/api/v1/claims/route");
let oneRoute: typeof import("@/app/api/v1/claims/[idOrSlug]/route");

const FIXTURE_TEXT =
  "Alpha Corp a commandé 1 000 puces Fx-A en mars. Beta Labs teste la Fx-B depuis avril. " +
  "Gamma refuse les puces Fx. Un brouillon non relu. Une affirmation retirée. Fin du mois de mars.";

async function get(path: string) {
  const response = await listRoute.GET(new Request(`http://x${path}`));
  return { status: response.status, body: await response.json(), response };
}
async function getOne(idOrSlug: string, query = "") {
  const response = await oneRoute.GET(new Request(`http://x/api/v1/claims/${idOrSlug}${query}`), {
    params: Promise.resolve({ idOrSlug }),
  });
  return { status: response.status, body: await response.json() };
}
async function list(query: string): Promise<ListBody> {
  const { status, body } = await get(`/api/v1/claims?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}
const slugs = (body: ListBody) => body.data.map((c) => c.slug);

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  listRoute = await import("@/app/api/v1/claims/route");
  oneRoute = await import("@/app/api/v1/claims/[idOrSlug]/route");

  const db = t.db;
  const company = (slug: string, name: string) => db.company.create({ data: { slug, name } });
  const [alpha, beta, gamma, vendor] = await Promise.all([
    company("fx-alpha", "Fx Alpha Corp"),
    company("fx-beta", "Fx Beta Labs"),
    company("fx-gamma", "Fx Gamma"),
    company("fx-vendor", "Fx Vendor"),
  ]);
  const chipA = await db.chip.create({ data: { slug: "fx-chip-a", name: "Fx-A", kind: "accelerator", vendorId: vendor.id } });
  const chipB = await db.chip.create({ data: { slug: "fx-chip-b", name: "Fx-B", kind: "accelerator", vendorId: vendor.id } });
  const source = await db.source.create({
    data: {
      slug: "fx-source",
      title: "Fixture article",
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: FIXTURE_TEXT,
      contentHash: "fx-hash",
    },
  });
  const claim = async (
    slug: string,
    quote: string,
    data: { kind: string; subjectCompanyId: string; claimDate?: string; status?: string; translation?: string },
    links: { companies?: { companyId: string; role: string }[]; chips?: string[] } = {},
  ) => {
    const quoteStart = FIXTURE_TEXT.indexOf(quote);
    if (quoteStart < 0) throw new Error(`fixture quote not in text: ${quote}`);
    await db.claim.create({
      data: {
        slug,
        sourceId: source.id,
        summary: `Summary of ${slug}`,
        quote,
        quoteStart,
        quoteEnd: quoteStart + quote.length,
        kind: data.kind,
        subjectCompanyId: data.subjectCompanyId,
        claimDate: data.claimDate ? new Date(`${data.claimDate}T00:00:00.000Z`) : null,
        status: data.status ?? "published",
        translation: data.translation ?? null,
        companies: { create: links.companies ?? [] },
        chips: { create: (links.chips ?? []).map((chipId) => ({ chipId })) },
      },
    });
  };
  await claim(
    "fx-order",
    "Alpha Corp a commandé 1 000 puces Fx-A en mars.",
    { kind: "order", subjectCompanyId: alpha.id, claimDate: "2025-03-15" },
    { companies: [{ companyId: vendor.id, role: "vendor" }], chips: [chipA.id] },
  );
  await claim(
    "fx-testing",
    "Beta Labs teste la Fx-B depuis avril.",
    { kind: "testing", subjectCompanyId: beta.id, claimDate: "2025-04-01", translation: "Beta Labs has been testing the Fx-B since April." },
    { companies: [{ companyId: vendor.id, role: "vendor" }], chips: [chipB.id] },
  );
  await claim("fx-refusal", "Gamma refuse les puces Fx.", { kind: "non_adoption", subjectCompanyId: gamma.id, status: "disputed" });
  await claim("fx-month-end", "Fin du mois de mars.", { kind: "other", subjectCompanyId: gamma.id, claimDate: "2025-03-31" });
  await claim(
    "fx-draft",
    "Un brouillon non relu.",
    { kind: "order", subjectCompanyId: alpha.id, claimDate: "2025-03-20", status: "draft" },
    { chips: [chipA.id] },
  );
  await claim("fx-retracted", "Une affirmation retirée.", { kind: "order", subjectCompanyId: alpha.id, status: "retracted" });
});

afterAll(async () => {
  await t?.cleanup();
});

describe("GET /api/v1/claims", () => {
  it("answers JSON in UTF-8 with the first page at the default size", async () => {
    const { status, body, response } = await get("/api/v1/claims");
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(body.data.length).toBe(Math.min(body.total, DEFAULT_PAGE_SIZE));
  });

  it("shows readers only published and disputed claims", async () => {
    const body = await list("pageSize=500");
    expect(body.data.every((c) => PUBLIC_CLAIM_STATUSES.includes(c.status as never))).toBe(true);
    expect(slugs(body)).toEqual(expect.arrayContaining(["fx-order", "fx-testing", "fx-refusal", "fx-month-end"]));
    expect(slugs(body)).not.toContain("fx-draft");
    expect(slugs(body)).not.toContain("fx-retracted");
  });

  it("gives every claim in the shape readers rely on, its quote exactly at its offsets in the source", async () => {
    const body = await list("pageSize=500");
    expect(body.total).toBe(body.data.length);
    // under COUNT_CAP matches the count is exact, and the body says so
    expect((body as ListBody & { totalIsExact?: boolean }).totalIsExact).toBe(true);
    const texts = new Map((await t.db.source.findMany({ select: { id: true, text: true } })).map((s) => [s.id, s.text]));
    for (const claim of body.data) {
      expect(texts.get(claim.source.id)?.slice(claim.quoteStart, claim.quoteEnd), claim.slug).toBe(claim.quote);
      expect(CLAIM_KINDS).toContain(claim.kind);
      expect(claim.company).toEqual({ slug: expect.any(String), name: expect.any(String) });
      expect(Object.keys(claim.source).sort()).toEqual(["id", "language", "publishedAt", "publisher", "slug", "title", "url"]);
      expect(claim).not.toHaveProperty("source.text");
    }
    const order = body.data.find((c) => c.slug === "fx-order")!;
    expect(order).toMatchObject({
      kind: "order",
      claimDate: "2025-03-15T00:00:00.000Z",
      status: "published",
      translation: null,
      company: { slug: "fx-alpha", name: "Fx Alpha Corp" },
      companies: [{ slug: "fx-vendor", name: "Fx Vendor", role: "vendor" }],
      chips: [{ slug: "fx-chip-a", name: "Fx-A" }],
      source: { slug: "fx-source", title: "Fixture article", language: "fr", publishedAt: null, url: null },
    });
  });

  it("orders by claim date, newest first, undated last", async () => {
    const dates = (await list("pageSize=500")).data.map((c) => c.claimDate);
    const firstUndated = dates.indexOf(null);
    if (firstUndated >= 0) expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it("pages through every claim once: the pages add up to the total", async () => {
    const all = await list("pageSize=500");
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2) + 1; page++) {
      const body = await list(`pageSize=2&page=${page}`);
      expect(body).toMatchObject({ page, pageSize: 2, total: all.total });
      seen.push(...body.data.map((c) => c.id));
    }
    expect(seen).toEqual(all.data.map((c) => c.id));
  });

  it("filters by company as subject or as a linked company", async () => {
    const vendor = await list("company=fx-vendor");
    expect(slugs(vendor).sort()).toEqual(["fx-order", "fx-testing"]);
    expect(vendor.total).toBe(2);
    const alpha = await list("company=fx-alpha");
    expect(slugs(alpha)).toEqual(["fx-order"]);
  });

  it("filters by chip", async () => {
    const body = await list("chip=fx-chip-a");
    expect(slugs(body)).toEqual(["fx-order"]);
    expect(body.data.every((c) => c.chips.some((chip) => chip.slug === "fx-chip-a"))).toBe(true);
  });

  it("filters by kind", async () => {
    const body = await list("kind=order&pageSize=500");
    expect(slugs(body)).toContain("fx-order");
    expect(body.data.every((c) => c.kind === "order")).toBe(true);
    expect(body.total).toBe(body.data.length);
  });

  it("filters by status among the public ones", async () => {
    const body = await list("status=disputed&pageSize=500");
    expect(slugs(body)).toContain("fx-refusal");
    expect(body.data.every((c) => c.status === "disputed")).toBe(true);
  });

  it("filters by an inclusive range of claim dates", async () => {
    const march = await list("from=2025-03-15&to=2025-03-31&pageSize=500");
    expect(slugs(march)).toEqual(expect.arrayContaining(["fx-order", "fx-month-end"]));
    expect(slugs(march)).not.toContain("fx-testing");
    for (const c of march.data) {
      expect(c.claimDate! >= "2025-03-15" && c.claimDate! < "2025-04-01", c.slug).toBe(true);
    }
    expect(slugs(await list("from=2025-03-31&to=2025-03-31"))).toContain("fx-month-end");
    const fromApril = await list("from=2025-04-01&pageSize=500");
    expect(slugs(fromApril)).toContain("fx-testing");
    expect(fromApril.data.every((c) => c.claimDate !== null && c.claimDate >= "2025-04-01")).toBe(true);
  });

  it("takes the widest date range without a server fault", async () => {
    const all = await list("pageSize=500");
    const dated = all.data.filter((c) => c.claimDate !== null).map((c) => c.slug);
    expect(slugs(await list("from=0000-01-01&to=9999-12-31&pageSize=500"))).toEqual(dated);
  });

  it("finds text in the summary, the quote or the translation", async () => {
    expect(slugs(await list("q=Beta Labs teste"))).toEqual(["fx-testing"]);
    expect(slugs(await list("q=has been testing the Fx-B"))).toEqual(["fx-testing"]);
    expect(slugs(await list("q=Summary of fx-refusal"))).toEqual(["fx-refusal"]);
    expect((await list("q=brouillon non relu")).total).toBe(0);
  });

  it("combines filters", async () => {
    expect(slugs(await list("company=fx-vendor&kind=testing"))).toEqual(["fx-testing"]);
    expect(slugs(await list("company=fx-vendor&from=2025-04-02"))).toEqual([]);
  });

  it.each([
    ["pageSize=10000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["kind=bogus", "kind"],
    ["from=2025-02-30", "from"],
    ["from=2025-04-01&to=2025-03-01", "from"],
    ["colour=red", "colour"],
    ["kind=order&kind=testing", "kind"],
    ["q=", "q"],
  ])("refuses %s with a 400 naming %s", async (query, parameter) => {
    const { status, body } = await get(`/api/v1/claims?${query}`);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toEqual(expect.stringContaining(parameter));
  });

  it("refuses an unknown company or chip slug with a 400 naming it", async () => {
    expect(await get("/api/v1/claims?company=foo")).toMatchObject({
      status: 400,
      body: { error: { parameter: "company", message: "unknown company 'foo'" } },
    });
    expect(await get("/api/v1/claims?chip=nope")).toMatchObject({
      status: 400,
      body: { error: { parameter: "chip", message: "unknown chip 'nope'" } },
    });
  });

  it.each(["draft", "retracted"])("keeps status=%s for editors: 403 with a reason", async (status) => {
    const response = await get(`/api/v1/claims?status=${status}`);
    expect(response.status).toBe(403);
    expect(response.body.error).toEqual({ parameter: "status", message: expect.stringMatching(/editors only/) });
  });
});

describe("GET /api/v1/claims/<id or slug>", () => {
  it("finds a claim by slug and by id", async () => {
    const bySlug = await getOne("fx-testing");
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toMatchObject({
      slug: "fx-testing",
      translation: "Beta Labs has been testing the Fx-B since April.",
      chips: [{ slug: "fx-chip-b", name: "Fx-B" }],
      note: null,
    });
    const byId = await getOne(bySlug.body.data.id);
    expect(byId).toEqual(bySlug);
  });

  it("answers 404 for an unknown claim, and for one readers may not see", async () => {
    expect(await getOne("no-such-claim")).toEqual({ status: 404, body: { error: { message: "no claim 'no-such-claim'" } } });
    expect((await getOne("fx-draft")).status).toBe(404);
    expect((await getOne("fx-retracted")).status).toBe(404);
  });

  it("refuses query parameters", async () => {
    expect(await getOne("fx-order", "?page=1")).toMatchObject({ status: 400, body: { error: { parameter: "page" } } });
  });
});
