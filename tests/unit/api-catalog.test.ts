// /api/v1/companies and /api/v1/chips against a throwaway seeded database plus fixture rows ("fx-…").
// Nothing that imports lib/db may be imported statically: DATABASE_URL must be set first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let companiesRoute: typeof import("@/app/api/v1/companies/route");
let companyRoute: typeof import("@/app/api/v1/companies/[slug]/route");
let chipsRoute: typeof import("@/app/api/v1/chips/route");
let chipRoute: typeof import("@/app/api/v1/chips/[slug]/route");
let COMPANY_LATEST_CLAIMS_LIMIT: number;

type Json = { status: number; body: Record<string, unknown> & { data: never } };
type Named = { slug: string; name: string };

async function call(route: { GET: (request: Request) => Promise<Response> }, path: string): Promise<Json> {
  const response = await route.GET(new Request(`http://x${path}`));
  return { status: response.status, body: await response.json() };
}
async function callOne(
  route: { GET: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response> },
  path: string,
  slug: string,
): Promise<Json> {
  const response = await route.GET(new Request(`http://x${path}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json() };
}
async function ok<T>(promise: Promise<Json>): Promise<{ data: T; page: number; pageSize: number; total: number }> {
  const { status, body } = await promise;
  expect(status, JSON.stringify(body)).toBe(200);
  return body as never;
}

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  companiesRoute = await import("@/app/api/v1/companies/route");
  companyRoute = await import("@/app/api/v1/companies/[slug]/route");
  chipsRoute = await import("@/app/api/v1/chips/route");
  chipRoute = await import("@/app/api/v1/chips/[slug]/route");
  ({ COMPANY_LATEST_CLAIMS_LIMIT } = await import("@/lib/queries/companies"));

  const db = t.db;
  const vendor = await db.company.create({
    data: {
      slug: "fx-vendor",
      name: "Fx Vendor",
      country: "CN",
      aliases: { create: [{ alias: "Fx Vendor", normalized: "fx vendor" }, { alias: "Zyxwv Semi", normalized: "zyxwv semi" }] },
      roles: { create: [{ role: "chip_vendor" }, { role: "foundry" }] },
    },
  });
  const buyer = await db.company.create({ data: { slug: "fx-buyer", name: "Fx Buyer", roles: { create: [{ role: "customer" }] } } });
  const chipA = await db.chip.create({
    data: {
      slug: "fx-chip-a",
      name: "Fx-A",
      kind: "accelerator",
      status: "shipping",
      vendorId: vendor.id,
      releasedOn: new Date("2030-05-01T00:00:00Z"),
      datePrecision: "month",
      dateSourceName: "Fixture datasheet",
      processNode: "7 nm",
      aliases: { create: [{ alias: "Fx-A", normalized: "fx a" }, { alias: "Qwerty-9", normalized: "qwerty 9" }] },
      specs: {
        create: [
          { metric: "bf16_tflops", valueNum: 123.5, sourceName: "Fixture dataset", sourceUrl: "https://example.org/d", licence: "CC BY 4.0" },
          { metric: "memory_type", valueText: "HBM2e", sourceName: "Fixture dataset" },
          { metric: "fp8_support", valueBool: false, sourceName: "Fixture dataset", note: "no native FP8" },
        ],
      },
    },
  });
  await db.chip.create({ data: { slug: "fx-chip-b", name: "Fx-B", kind: "system", vendorId: vendor.id } });
  const source = await db.source.create({
    data: { slug: "fx-source", title: "Fixture", language: "en", retrievedAt: new Date(), text: "Buyer ordered Fx-A. Draft.", contentHash: "fx-hash" },
  });
  const claim = (slug: string, status: string, subjectCompanyId: string, quote: string) =>
    db.claim.create({
      data: {
        slug,
        kind: "order",
        status,
        subjectCompanyId,
        sourceId: source.id,
        summary: slug,
        quote,
        quoteStart: 0,
        quoteEnd: quote.length,
        chips: { create: [{ chipId: chipA.id }] },
        companies: { create: [{ companyId: vendor.id, role: "vendor" }] },
      },
    });
  await claim("fx-order", "published", buyer.id, "Buyer ordered Fx-A.");
  await claim("fx-draft", "draft", buyer.id, "Buyer");
  const event = await db.exportControlEvent.create({
    data: { slug: "fx-rule", date: new Date("2030-06-01T00:00:00Z"), jurisdiction: "US", action: "rule", title: "Fx rule" },
  });
  await db.eventChip.create({ data: { eventId: event.id, chipId: chipA.id } });
});

afterAll(async () => {
  await t?.cleanup();
});

type CompanyBody = Named & { nameZh: string | null; aliases: string[]; roles: string[]; country: string | null; chipCount: number; claimCount: number };

describe("GET /api/v1/companies", () => {
  it("lists companies by name, with roles, aliases and counts of chips and public claims", async () => {
    const body = await ok<CompanyBody[]>(call(companiesRoute, "/api/v1/companies?pageSize=500"));
    expect(body.total).toBe(body.data.length);
    const names = body.data.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(body.data.find((c) => c.slug === "fx-vendor")).toEqual({
      slug: "fx-vendor",
      name: "Fx Vendor",
      nameZh: null,
      aliases: ["Zyxwv Semi"],
      roles: ["chip_vendor", "foundry"],
      country: "CN",
      website: null,
      description: null,
      chipCount: 2,
      claimCount: 1,
    });
    expect(body.data.find((c) => c.slug === "fx-buyer")).toMatchObject({ chipCount: 0, claimCount: 1 });
  });

  it("filters by role and by text in the name or an alias", async () => {
    const foundries = await ok<CompanyBody[]>(call(companiesRoute, "/api/v1/companies?role=foundry&pageSize=500"));
    expect(foundries.data.map((c) => c.slug)).toContain("fx-vendor");
    expect(foundries.data.every((c) => c.roles.includes("foundry"))).toBe(true);
    expect((await ok<CompanyBody[]>(call(companiesRoute, "/api/v1/companies?q=zyxwv"))).data.map((c) => c.slug)).toEqual(["fx-vendor"]);
    expect((await ok<CompanyBody[]>(call(companiesRoute, "/api/v1/companies?q=Fx%20Buy"))).data.map((c) => c.slug)).toEqual(["fx-buyer"]);
  });

  it.each([
    ["role=vendor", "role"],
    ["pageSize=10000", "pageSize"],
    ["page=-1", "page"],
    ["country=CN", "country"],
  ])("refuses %s with a 400 naming %s", async (query, parameter) => {
    const { status, body } = await call(companiesRoute, `/api/v1/companies?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { parameter } });
  });

  it("gives one company with its chips and latest public claims; 404 for an unknown slug", async () => {
    const { data } = await ok<CompanyBody & { chips: Named[]; latestClaims: { slug: string }[] }>(
      callOne(companyRoute, "/api/v1/companies/fx-vendor", "fx-vendor"),
    );
    expect(data.chips).toEqual([
      { slug: "fx-chip-a", name: "Fx-A", kind: "accelerator", status: "shipping" },
      { slug: "fx-chip-b", name: "Fx-B", kind: "system", status: null },
    ]);
    expect(data.latestClaims.map((c) => c.slug)).toEqual(["fx-order"]);

    const huawei = await ok<{ latestClaims: unknown[]; claimCount: number }>(
      callOne(companyRoute, "/api/v1/companies/huawei", "huawei"),
    );
    expect(huawei.data.latestClaims.length).toBe(Math.min(huawei.data.claimCount, COMPANY_LATEST_CLAIMS_LIMIT));

    expect(await callOne(companyRoute, "/api/v1/companies/nope", "nope")).toEqual({
      status: 404,
      body: { error: { message: "no company 'nope'" } },
    });
  });
});

type ChipBody = Named & {
  vendor: Named;
  kind: string;
  status: string | null;
  aliases: string[];
  specs: Record<string, { value: unknown; unit: string | null; source: { name: string; url: string | null; licence: string | null }; note: string | null }>;
};

describe("GET /api/v1/chips", () => {
  it("lists chips by name with their vendor and sourced specs, unit from the metric", async () => {
    const body = await ok<ChipBody[]>(call(chipsRoute, "/api/v1/chips?pageSize=500"));
    expect(body.total).toBe(body.data.length);
    const names = body.data.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(body.data.find((c) => c.slug === "fx-chip-a")).toEqual({
      slug: "fx-chip-a",
      name: "Fx-A",
      nameZh: null,
      family: null,
      vendor: { slug: "fx-vendor", name: "Fx Vendor" },
      kind: "accelerator",
      status: "shipping",
      announcedOn: null,
      releasedOn: "2030-05-01T00:00:00.000Z",
      datePrecision: "month",
      dateSource: { name: "Fixture datasheet", url: null },
      processNode: "7 nm",
      foundry: null,
      aliases: ["Qwerty-9"],
      specs: {
        bf16_tflops: {
          value: 123.5,
          unit: "TFLOPS",
          source: { name: "Fixture dataset", url: "https://example.org/d", licence: "CC BY 4.0" },
          note: null,
        },
        fp8_support: { value: false, unit: null, source: { name: "Fixture dataset", url: null, licence: null }, note: "no native FP8" },
        memory_type: { value: "HBM2e", unit: null, source: { name: "Fixture dataset", url: null, licence: null }, note: null },
      },
    });
  });

  it("filters by vendor, status, kind and text", async () => {
    const slugsOf = async (query: string) =>
      (await ok<ChipBody[]>(call(chipsRoute, `/api/v1/chips?${query}`))).data.map((c) => c.slug);
    expect(await slugsOf("vendor=fx-vendor")).toEqual(["fx-chip-a", "fx-chip-b"]);
    expect(await slugsOf("vendor=fx-vendor&kind=system")).toEqual(["fx-chip-b"]);
    expect(await slugsOf("vendor=fx-vendor&status=shipping")).toEqual(["fx-chip-a"]);
    expect(await slugsOf("q=qwerty")).toEqual(["fx-chip-a"]);
    const shipping = await ok<ChipBody[]>(call(chipsRoute, "/api/v1/chips?status=shipping&pageSize=500"));
    expect(shipping.data.every((c) => c.status === "shipping")).toBe(true);
  });

  it.each([
    ["vendor=nope", "vendor", "unknown company 'nope'"],
    ["kind=gpu", "kind", undefined],
    ["status=rumoured", "status", undefined],
    ["pageSize=0", "pageSize", undefined],
    ["q=a&q=b", "q", undefined],
  ])("refuses %s with a 400 naming %s", async (query, parameter, message) => {
    const { status, body } = await call(chipsRoute, `/api/v1/chips?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { parameter, ...(message ? { message } : {}) } });
  });

  it("gives one chip with its count of public claims and its events; 404 for an unknown slug", async () => {
    const { data } = await ok<ChipBody & { claimCount: number; events: { slug: string; date: string | null }[] }>(
      callOne(chipRoute, "/api/v1/chips/fx-chip-a", "fx-chip-a"),
    );
    expect(data.claimCount).toBe(1);
    expect(data.events).toEqual([
      expect.objectContaining({ slug: "fx-rule", title: "Fx rule", date: "2030-06-01T00:00:00.000Z", jurisdiction: "US", action: "rule" }),
    ]);
    expect(await callOne(chipRoute, "/api/v1/chips/nope", "nope")).toEqual({ status: 404, body: { error: { message: "no chip 'nope'" } } });
  });
});
