// /api/v1/events against a throwaway seeded database plus fixture events of our own (slugs "fx-…").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JURISDICTIONS } from "@/lib/constants";
import { createTestDb, type TestDb } from "../setup/test-db";

type EventBody = {
  id: string;
  slug: string;
  date: string | null;
  effectiveDate: string | null;
  datePrecision: string | null;
  dateSource: { name: string; url: string | null } | null;
  jurisdiction: string;
  authority: string | null;
  action: string;
  title: string;
  description: string | null;
  companies: { slug: string; name: string }[];
  chips: { slug: string; name: string }[];
  quotes: { quote: string; quoteStart: number; quoteEnd: number; source: { id: string; slug: string; title: string; publisher: string | null; url: string | null } }[];
};
type ListBody = { data: EventBody[]; page: number; pageSize: number; total: number };

let t: TestDb;
let listRoute: typeof import("@/app/api/v1/events/route");
let oneRoute: typeof import("@/app/api/v1/events/[idOrSlug]/route");

const FIXTURE_TEXT = "Le 1er mars, Washington a restreint les exportations de la Fx-A. Pékin a répondu par des conseils d'achat.";

async function get(query: string) {
  const response = await listRoute.GET(new Request(`http://x/api/v1/events${query}`));
  return { status: response.status, body: await response.json() };
}
async function list(query: string): Promise<ListBody> {
  const { status, body } = await get(`?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}
async function getOne(idOrSlug: string) {
  const response = await oneRoute.GET(new Request(`http://x/api/v1/events/${idOrSlug}`), {
    params: Promise.resolve({ idOrSlug }),
  });
  return { status: response.status, body: await response.json() };
}
const slugs = (body: ListBody) => body.data.map((e) => e.slug);

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  listRoute = await import("@/app/api/v1/events/route");
  oneRoute = await import("@/app/api/v1/events/[idOrSlug]/route");

  const db = t.db;
  const vendor = await db.company.create({ data: { slug: "fx-vendor", name: "Fx Vendor" } });
  const chip = await db.chip.create({ data: { slug: "fx-chip-a", name: "Fx-A", kind: "accelerator", vendorId: vendor.id } });
  const source = await db.source.create({
    data: {
      slug: "fx-source",
      title: "Fixture article",
      publisher: "Fixture Press",
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: FIXTURE_TEXT,
      contentHash: "fx-hash",
    },
  });
  const quote = (text: string) => {
    const quoteStart = FIXTURE_TEXT.indexOf(text);
    return { sourceId: source.id, quote: text, quoteStart, quoteEnd: quoteStart + text.length };
  };
  await db.exportControlEvent.create({
    data: {
      slug: "fx-us-rule",
      date: new Date("2031-03-01T00:00:00Z"),
      datePrecision: "day",
      jurisdiction: "US",
      authority: "Fixture Bureau",
      action: "rule",
      title: "Fx rule",
      companies: { create: [{ companyId: vendor.id }] },
      chips: { create: [{ chipId: chip.id }] },
      sources: { create: [quote("Washington a restreint les exportations de la Fx-A.")] },
    },
  });
  await db.exportControlEvent.create({
    data: {
      slug: "fx-cn-guidance",
      date: new Date("2031-03-02T00:00:00Z"),
      dateSourceName: "Fixture calendar",
      dateSourceUrl: "https://example.org/calendar",
      jurisdiction: "CN",
      action: "purchase_guidance",
      title: "Fx guidance",
      sources: { create: [quote("Pékin a répondu par des conseils d'achat.")] },
    },
  });
  await db.exportControlEvent.create({
    data: { slug: "fx-undated", jurisdiction: "other", action: "other", title: "Fx undated" },
  });
  await db.exportControlEvent.create({
    data: { slug: "fx-unpublished", date: new Date("2031-03-01T00:00:00Z"), jurisdiction: "US", action: "rule", title: "Fx draft", status: "draft" },
  });
});

afterAll(async () => {
  await t?.cleanup();
});

describe("GET /api/v1/events", () => {
  it("lists published events oldest first, undated last, each quote exactly at its offsets", async () => {
    const body = await list("pageSize=500");
    expect(body.total).toBe(body.data.length);
    expect(slugs(body)).toEqual(expect.arrayContaining(["fx-us-rule", "fx-cn-guidance", "fx-undated"]));
    expect(slugs(body)).not.toContain("fx-unpublished");

    const dates = body.data.map((e) => e.date);
    const firstUndated = dates.indexOf(null);
    expect(firstUndated).toBeGreaterThanOrEqual(0);
    expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    const dated = dates.slice(0, firstUndated) as string[];
    expect(dated).toEqual([...dated].sort());

    const texts = new Map((await t.db.source.findMany({ select: { id: true, text: true } })).map((s) => [s.id, s.text]));
    for (const event of body.data) {
      expect(JURISDICTIONS).toContain(event.jurisdiction);
      for (const q of event.quotes) expect(texts.get(q.source.id)?.slice(q.quoteStart, q.quoteEnd), event.slug).toBe(q.quote);
    }
    expect(body.data.find((e) => e.slug === "fx-us-rule")).toMatchObject({
      date: "2031-03-01T00:00:00.000Z",
      datePrecision: "day",
      dateSource: null,
      authority: "Fixture Bureau",
      companies: [{ slug: "fx-vendor", name: "Fx Vendor" }],
      chips: [{ slug: "fx-chip-a", name: "Fx-A" }],
      quotes: [
        {
          quote: "Washington a restreint les exportations de la Fx-A.",
          source: { slug: "fx-source", title: "Fixture article", publisher: "Fixture Press", url: null },
        },
      ],
    });
    expect(body.data.find((e) => e.slug === "fx-cn-guidance")?.dateSource).toEqual({
      name: "Fixture calendar",
      url: "https://example.org/calendar",
    });
  });

  it("filters by jurisdiction, company, chip and an inclusive date range", async () => {
    const us = await list("jurisdiction=US&pageSize=500");
    expect(slugs(us)).toContain("fx-us-rule");
    expect(us.data.every((e) => e.jurisdiction === "US")).toBe(true);
    expect(slugs(await list("company=fx-vendor"))).toEqual(["fx-us-rule"]);
    expect(slugs(await list("chip=fx-chip-a"))).toEqual(["fx-us-rule"]);
    expect(slugs(await list("from=2031-03-01&to=2031-03-02"))).toEqual(["fx-us-rule", "fx-cn-guidance"]);
    expect(slugs(await list("from=2031-03-02&to=2031-03-02"))).toEqual(["fx-cn-guidance"]);
    expect(slugs(await list("jurisdiction=CN&from=2031-01-01"))).toEqual(["fx-cn-guidance"]);
  });

  it("pages through every event once", async () => {
    const all = await list("pageSize=500");
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 3); page++) seen.push(...slugs(await list(`pageSize=3&page=${page}`)));
    expect(seen).toEqual(slugs(all));
  });

  it.each([
    ["jurisdiction=EU", "jurisdiction"],
    ["pageSize=10000", "pageSize"],
    ["page=0", "page"],
    ["to=2025-02-30", "to"],
    ["status=draft", "status"],
    ["company=nope", "company"],
    ["chip=nope", "chip"],
  ])("refuses %s with a 400 naming %s", async (query, parameter) => {
    const { status, body } = await get(`?${query}`);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
  });
});

describe("GET /api/v1/events/<slug or id>", () => {
  it("finds an event by slug and by id; 404 otherwise", async () => {
    const bySlug = await getOne("fx-cn-guidance");
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.title).toBe("Fx guidance");
    expect(await getOne(bySlug.body.data.id)).toEqual(bySlug);
    expect(await getOne("nope")).toEqual({ status: 404, body: { error: { message: "no export-control event 'nope'" } } });
    expect((await getOne("fx-unpublished")).status).toBe(404);
  });
});
