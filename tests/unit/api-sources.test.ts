// /api/v1/sources against a throwaway seeded database plus a fixture source ("fx-…").
// Nothing that imports lib/db may be imported statically: DATABASE_URL must be set first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let listRoute: typeof import("@/app/api/v1/sources/route");
let oneRoute: typeof import("@/app/api/v1/sources/[idOrSlug]/route");

const TEXT = "Première phrase citée. Deuxième phrase, brouillon. Troisième phrase pour un événement.";
const span = (quote: string) => ({ quote, quoteStart: TEXT.indexOf(quote), quoteEnd: TEXT.indexOf(quote) + quote.length });

async function get(query = "") {
  const response = await listRoute.GET(new Request(`http://x/api/v1/sources${query}`));
  return { status: response.status, body: await response.json() };
}
async function getOne(idOrSlug: string) {
  const response = await oneRoute.GET(new Request(`http://x/api/v1/sources/${idOrSlug}`), {
    params: Promise.resolve({ idOrSlug }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  listRoute = await import("@/app/api/v1/sources/route");
  oneRoute = await import("@/app/api/v1/sources/[idOrSlug]/route");

  const db = t.db;
  const company = await db.company.create({ data: { slug: "fx-co", name: "Fx Co" } });
  const source = await db.source.create({
    data: {
      slug: "fx-source",
      url: "https://example.org/fx",
      title: "Fixture article",
      publisher: "Fixture Press",
      language: "fr",
      publishedAt: new Date("2099-01-02T00:00:00Z"),
      retrievedAt: new Date("2099-01-03T00:00:00Z"),
      text: TEXT,
      contentHash: "fx-hash",
      notes: "fixture",
    },
  });
  const claim = (slug: string, status: string, quote: string) =>
    db.claim.create({
      data: { slug, status, kind: "other", summary: slug, subjectCompanyId: company.id, sourceId: source.id, ...span(quote) },
    });
  await claim("fx-published", "published", "Première phrase citée.");
  await claim("fx-draft", "draft", "Deuxième phrase, brouillon.");
  await db.exportControlEvent.create({
    data: {
      slug: "fx-event",
      jurisdiction: "CN",
      action: "other",
      title: "Fx event",
      sources: { create: [{ sourceId: source.id, ...span("Troisième phrase pour un événement.") }] },
    },
  });
});

afterAll(async () => {
  await t?.cleanup();
});

describe("GET /api/v1/sources", () => {
  it("lists sources without their text, newest publication first, with counts of public claims", async () => {
    const { status, body } = await get("?pageSize=500");
    expect(status).toBe(200);
    expect(body.total).toBe(body.data.length);
    expect(body.data[0]).toEqual({
      id: expect.any(String),
      slug: "fx-source",
      url: "https://example.org/fx",
      title: "Fixture article",
      publisher: "Fixture Press",
      author: null,
      language: "fr",
      publishedAt: "2099-01-02T00:00:00.000Z",
      retrievedAt: "2099-01-03T00:00:00.000Z",
      contentHash: "fx-hash",
      claimCount: 1,
    });
    for (const source of body.data) expect(source).not.toHaveProperty("text");
  });

  it("pages through every source once", async () => {
    const all = (await get("?pageSize=500")).body;
    const seen: string[] = [];
    for (let page = 1; page <= all.total; page++) {
      const { body } = await get(`?pageSize=1&page=${page}`);
      expect(body).toMatchObject({ page, pageSize: 1, total: all.total });
      seen.push(...body.data.map((s: { id: string }) => s.id));
    }
    expect(seen).toEqual(all.data.map((s: { id: string }) => s.id));
  });

  it.each([
    ["?pageSize=10000", "pageSize"],
    ["?page=abc", "page"],
    ["?q=huawei", "q"],
  ])("refuses %s with a 400 naming %s", async (query, parameter) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
  });
});

describe("GET /api/v1/sources/<id or slug>", () => {
  it("gives the text and the spans its public claims and events quote, each exactly in the text", async () => {
    const bySlug = await getOne("fx-source");
    expect(bySlug.status).toBe(200);
    const source = bySlug.body.data;
    expect(source).toMatchObject({ text: TEXT, notes: "fixture", claimCount: 1 });
    expect(source.claims).toEqual([
      { id: expect.any(String), slug: "fx-published", kind: "other", summary: "fx-published", status: "published", ...span("Première phrase citée.") },
    ]);
    expect(source.eventQuotes).toEqual([
      { event: { id: expect.any(String), slug: "fx-event", title: "Fx event" }, ...span("Troisième phrase pour un événement.") },
    ]);
    expect(await getOne(source.id)).toEqual(bySlug);
  });

  it("gives every seeded source's claim spans exactly in its text", async () => {
    const { body } = await get("?pageSize=500");
    for (const { slug } of body.data as { slug: string }[]) {
      const { data } = (await getOne(slug)).body;
      for (const claim of data.claims) expect(data.text.slice(claim.quoteStart, claim.quoteEnd), claim.slug).toBe(claim.quote);
    }
  });

  it("answers 404 for an unknown source", async () => {
    expect(await getOne("nope")).toEqual({ status: 404, body: { error: { message: "no source 'nope'" } } });
  });
});
