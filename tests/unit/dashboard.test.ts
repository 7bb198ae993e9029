// The claim cards of the home page (lib/queries/dashboard.ts: the latest claims) and of a chip's page
// (lib/queries/chips.ts: listChipClaimCards): the explorer's claims, in its order (ties in date and
// entry time broken by id, undated last), with only public claims. Runs on SQLite, and on PostgreSQL
// with CHIPWATCH_TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let dashboard: typeof import("@/lib/queries/dashboard");
let claims: typeof import("@/lib/queries/claims");
let chipQueries: typeof import("@/lib/queries/chips");
let fixtureChips: { slug: string }[];

const TEXT = "Kestrel a adopté les puces Ascend. Kestrel teste la puce MLU.";
const ADOPTED = "Kestrel a adopté les puces Ascend.";
const TESTING = "Kestrel teste la puce MLU.";

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  dashboard = await import("@/lib/queries/dashboard");
  claims = await import("@/lib/queries/claims");
  chipQueries = await import("@/lib/queries/chips");
  const db = t.db;
  const kestrel = await db.company.create({ data: { slug: "fx-kestrel", name: "Kestrel" } });
  const chips = await db.chip.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" }, take: 3 });
  fixtureChips = chips;
  const source = await db.source.create({
    data: {
      slug: "fx-home-source",
      title: "Fixture for the home page",
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: TEXT,
      contentHash: "fx-home-hash",
    },
  });
  // later than every seeded claim, so the fixtures come first; one instant for many: ties fall to the id
  const claimDate = new Date("2099-01-01T00:00:00Z");
  const createdAt = new Date("2026-03-01T10:00:00Z");
  for (let i = 0; i < 12; i++) {
    const quote = i % 2 === 0 ? ADOPTED : TESTING;
    await db.claim.create({
      data: {
        slug: `fx-home-${String(i).padStart(2, "0")}`,
        sourceId: source.id,
        summary: `Kestrel fixture ${i}`,
        quote,
        quoteStart: TEXT.indexOf(quote),
        quoteEnd: TEXT.indexOf(quote) + quote.length,
        kind: i % 2 === 0 ? "adoption" : "testing",
        status: i === 3 ? "draft" : i === 4 ? "disputed" : "published",
        claimDate,
        createdAt,
        subjectCompanyId: kestrel.id,
        chips: { create: chips.slice(0, 1 + (i % 3)).map((chip) => ({ chipId: chip.id })) },
      },
    });
  }
});

afterAll(async () => {
  await t?.cleanup();
});

type ExplorerClaim = Awaited<ReturnType<typeof claims.listClaims>>[number];

/** The card the explorer's claim makes (the oracle: the explorer's read is the reference). */
function asCard(claim: ExplorerClaim) {
  return {
    id: claim.id,
    slug: claim.slug,
    kind: claim.kind,
    status: claim.status,
    confidence: claim.confidence,
    summary: claim.summary,
    quote: claim.quote,
    translation: claim.translation,
    claimDate: claim.claimDate === null ? null : new Date(claim.claimDate),
    subject: claim.company,
    chips: claim.chips,
    source: {
      id: claim.source.id,
      title: claim.source.title,
      publisher: claim.source.publisher,
      language: claim.source.language,
      url: claim.source.url,
    },
  };
}

describe("listLatestClaims", () => {
  it.each([1, 8, 20])("is the explorer's first %i public claims, in its order", async (limit) => {
    const latest = await dashboard.listLatestClaims(limit);
    const first = await claims.listClaims({ page: 1, pageSize: limit });
    expect(latest.map((claim) => claim.id)).toEqual(first.map((claim) => claim.id));
    expect(latest).toHaveLength(limit);
  });

  it("reads each claim as a claim card: subject, chips by name, source, date, no draft", async () => {
    const latest = await dashboard.listLatestClaims(11);
    const first = await claims.listClaims({ page: 1, pageSize: 11 });
    expect(latest.some((claim) => claim.slug === "fx-home-03")).toBe(false);
    expect(latest.find((claim) => claim.slug === "fx-home-04")?.status).toBe("disputed");
    latest.forEach((card, index) => {
      expect(card).toEqual(asCard(first[index]));
    });
    // the fixtures tie in date and entry time: the id decides
    const fixtures = latest.filter((claim) => claim.slug.startsWith("fx-home-"));
    expect(fixtures.map((claim) => claim.id)).toEqual(fixtures.map((claim) => claim.id).sort());
    expect(fixtures.length).toBe(11);
  });

  it("answers an empty list for no claims asked", async () => {
    expect(await dashboard.listLatestClaims(0)).toEqual([]);
  });
});

describe("listChipClaimCards", () => {
  it("is the explorer's claims naming the chip, page by page, as cards", async () => {
    for (const { slug } of [...fixtureChips, { slug: "ascend-910c" }]) {
      const total = await claims.countClaims({ chip: slug });
      expect(total, slug).toBeGreaterThan(0);
      for (const page of [1, 2, 3]) {
        const cards = await chipQueries.listChipClaimCards(slug, { page, pageSize: 4 });
        const explorer = await claims.listClaims({ chip: slug, page, pageSize: 4 });
        expect(cards, `${slug} page ${page}`).toEqual(explorer.map(asCard));
      }
    }
  });

  it("leaves out drafts, and reads nothing for an unknown chip or no status", async () => {
    const cards = await chipQueries.listChipClaimCards(fixtureChips[0].slug, { pageSize: 50 });
    expect(cards.some((card) => card.slug === "fx-home-03")).toBe(false);
    expect(cards.find((card) => card.slug === "fx-home-04")?.status).toBe("disputed");
    expect(await chipQueries.listChipClaimCards("no-such-chip")).toEqual([]);
    expect(await chipQueries.listChipClaimCards(fixtureChips[0].slug, { statuses: [] })).toEqual([]);
  });
});
