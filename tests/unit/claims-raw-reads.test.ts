// The claims explorer's reads in raw SQL (lib/queries/claims.ts, claim-search.ts)
// against the Prisma reads they replaced, kept here as the reference: the same rows, in the same
// order, with the same fields, on fixtures with ties in the order, undated claims, several statuses,
// links to order by name; and the contradictions' count and bounds. Runs on SQLite, and on
// PostgreSQL with CHIPWATCH_TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/constants";
import type { Prisma } from "@/lib/generated/prisma/client";
import { onPostgres, createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let claims: typeof import("@/lib/queries/claims");
let search: typeof import("@/lib/queries/claim-search");

const TEXT = "Gannet a adopté les puces Ascend. Gannet n'a pas commandé de puces Ascend. Un autre article.";
const ADOPTED = "Gannet a adopté les puces Ascend.";
const DECLINED = "Gannet n'a pas commandé de puces Ascend.";
const OTHER = "Un autre article.";
const DECLINERS = 55; // more than CONTRADICTIONS_PER_PAIR_LIMIT

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  claims = await import("@/lib/queries/claims");
  search = await import("@/lib/queries/claim-search");

  const db = t.db;
  const gannet = await db.company.create({ data: { slug: "fx-gannet", name: "Gannet" } });
  // two companies with the same name: their order among a claim's links falls to the slug
  const twinA = await db.company.create({ data: { slug: "fx-twin-b", name: "Twin" } });
  const twinB = await db.company.create({ data: { slug: "fx-twin-a", name: "Twin" } });
  const huawei = await db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
  const ascend = await db.chip.findUniqueOrThrow({ where: { slug: "ascend" } });
  const source = await db.source.create({
    data: {
      slug: "fx-raw-source",
      title: "Fixture for raw reads",
      language: "fr",
      publishedAt: null,
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: TEXT,
      contentHash: "fx-raw-hash",
    },
  });
  const createdAt = new Date("2026-02-01T10:00:00Z"); // one instant for many: ties broken by id
  const make = (slug: string, quote: string, data: Partial<Prisma.ClaimUncheckedCreateInput>, links = true) =>
    db.claim.create({
      data: {
        slug,
        sourceId: source.id,
        summary: `Gannet fixture ${slug}`,
        quote,
        quoteStart: TEXT.indexOf(quote),
        quoteEnd: TEXT.indexOf(quote) + quote.length,
        kind: "other",
        subjectCompanyId: gannet.id,
        createdAt,
        ...data,
        ...(links
          ? {
              companies: {
                create: [
                  { companyId: twinA.id, role: "other" },
                  { companyId: twinB.id, role: "customer" },
                  { companyId: huawei.id, role: "vendor" },
                ],
              },
              chips: { create: [{ chipId: ascend.id }] },
            }
          : {}),
      },
    });
  await make("fx-raw-adopted", ADOPTED, { kind: "adoption", claimDate: new Date("2025-05-01T00:00:00Z"), translation: "Gannet adopted Ascend." });
  for (let i = 0; i < DECLINERS; i++) {
    // same date and entry time for all: the list's order falls to the id
    await make(`fx-raw-declined-${String(i).padStart(2, "0")}`, DECLINED, {
      kind: "non_adoption",
      claimDate: i % 5 === 0 ? null : new Date("2025-04-01T00:00:00Z"),
      status: i % 7 === 0 ? "disputed" : i % 11 === 0 ? "draft" : "published",
      summary: `Gannet declined Ascend (${String((i * 37) % DECLINERS).padStart(2, "0")})`,
    });
  }
  await make("fx-raw-bare", OTHER, { status: "retracted" }, false);
});

afterAll(async () => {
  await t?.cleanup();
});

// ── The reference: the Prisma reads as they were ───────────────────────────────────────────────

const companyRef = { select: { slug: true, name: true } } as const;
const claimSelect = {
  id: true,
  slug: true,
  kind: true,
  summary: true,
  quote: true,
  quoteStart: true,
  quoteEnd: true,
  translation: true,
  claimDate: true,
  confidence: true,
  status: true,
  subject: companyRef,
  companies: { select: { role: true, company: companyRef }, orderBy: { company: { name: "asc" } } },
  chips: { select: { chip: companyRef }, orderBy: { chip: { name: "asc" } } },
  source: { select: { id: true, slug: true, url: true, title: true, publisher: true, publishedAt: true, language: true } },
} satisfies Prisma.ClaimSelect;
type Row = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
function refClaim(row: Row) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    translation: row.translation,
    claimDate: iso(row.claimDate),
    confidence: row.confidence,
    status: row.status,
    company: row.subject,
    // the old read ordered the links by name only; ties (none here but the twins) are compared as sets below
    companies: row.companies.map((link) => ({ ...link.company, role: link.role })),
    chips: row.chips.map((link) => link.chip),
    source: { ...row.source, publishedAt: iso(row.source.publishedAt) },
  };
}
const DESC_NULLS_LAST = onPostgres ? ({ sort: "desc", nulls: "last" } as const) : ("desc" as const);
async function refList(where: Prisma.ClaimWhereInput, skip: number, take: number) {
  const rows = await t.db.claim.findMany({
    where,
    orderBy: [{ claimDate: DESC_NULLS_LAST }, { createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: claimSelect,
  });
  return rows.map(refClaim);
}
/** Links with equal names in the order the new read promises (then by slug), as the old read left them unordered. */
function bySlugWithinName<T extends { companies: { slug: string; name: string }[] }>(claim: T): T {
  return {
    ...claim,
    companies: [...claim.companies].sort((a, b) => (a.name === b.name ? (a.slug < b.slug ? -1 : 1) : 0)),
  };
}

describe("listClaims, getClaimById, listClaimsForExport: the same claims as the Prisma reads", () => {
  const cases: { name: string; filters: import("@/lib/queries/claims").ClaimFilters }[] = [
    { name: "no filter", filters: {} },
    { name: "every status", filters: { statuses: ["published", "disputed", "draft", "retracted"] } },
    { name: "a company", filters: { company: "fx-gannet", statuses: ["published", "disputed", "draft"] } },
    { name: "a linked company", filters: { company: "fx-twin-a" } },
    { name: "a chip and a kind", filters: { chip: "ascend", kind: "non_adoption", statuses: ["published", "disputed"] } },
    { name: "a date range", filters: { company: "fx-gannet", from: "2025-04-01", to: "2025-04-30" } },
    { name: "no status", filters: { statuses: [] } },
  ];

  it.each(cases)("pages of $name", async ({ filters }) => {
    const where = claims.claimWhere(filters);
    for (const [page, pageSize] of [
      [1, 7],
      [2, 7],
      [5, 7],
      [1, 500],
    ]) {
      const got = await claims.listClaims({ ...filters, page, pageSize });
      const want = await refList(where, (page - 1) * pageSize, pageSize);
      expect(got.map(bySlugWithinName)).toEqual(want.map(bySlugWithinName));
    }
    const exported = await claims.listClaimsForExport(filters, 30);
    expect(exported.map(bySlugWithinName)).toEqual((await refList(where, 0, 30)).map(bySlugWithinName));
  });

  it("pages of a text search, as the ids the search finds, read by id", async () => {
    const filters = { q: "gannet declined", statuses: ["published", "disputed"] as ClaimStatus[] };
    const ids = await search.searchClaimIds({ ...filters, page: 2, pageSize: 9 });
    expect(ids.length).toBe(9);
    const rows = await t.db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect });
    const want = ids.map((id) => refClaim(rows.find((row) => row.id === id)!));
    const got = await claims.listClaims({ ...filters, page: 2, pageSize: 9 });
    expect(got.map(bySlugWithinName)).toEqual(want.map(bySlugWithinName));
  });

  it("orders a claim's linked companies by name, then slug, with their roles", async () => {
    const [claim] = await claims.listClaims({ q: "adopté gannet" });
    expect(claim.companies).toEqual([
      { slug: "huawei", name: expect.any(String), role: "vendor" },
      { slug: "fx-twin-a", name: "Twin", role: "customer" },
      { slug: "fx-twin-b", name: "Twin", role: "other" },
    ]);
    expect(claim.chips.map((chip) => chip.slug)).toEqual(["ascend"]);
    expect(claim).toMatchObject({ claimDate: "2025-05-01T00:00:00.000Z", translation: "Gannet adopted Ascend.", quoteStart: 0 });
    expect(claim.source).toMatchObject({ slug: "fx-raw-source", publishedAt: null, publisher: null, url: null });
  });

  it("reads one claim by id or slug, within the statuses asked for", async () => {
    for (const slug of ["fx-raw-adopted", "fx-raw-declined-07", "fx-raw-bare"]) {
      const row = await t.db.claim.findUniqueOrThrow({ where: { slug }, select: { ...claimSelect, note: true } });
      const want = bySlugWithinName({ ...refClaim(row), note: row.note });
      const every = ["published", "disputed", "draft", "retracted"] as ClaimStatus[];
      expect(bySlugWithinName((await claims.getClaimById(slug, { statuses: every }))!)).toEqual(want);
      expect(bySlugWithinName((await claims.getClaimById(row.id, { statuses: every }))!)).toEqual(want);
    }
    expect(await claims.getClaimById("fx-raw-bare")).toBeNull();
    expect(await claims.getClaimRecordById("fx-raw-bare")).toBeNull();
    const record = await claims.getClaimRecordById("fx-raw-adopted");
    const row = await t.db.claim.findUniqueOrThrow({ where: { slug: "fx-raw-adopted" } });
    expect(record).toMatchObject({ version: row.version, createdAt: "2026-02-01T10:00:00.000Z", updatedAt: row.updatedAt.toISOString() });
  });
});

describe("a chip or company with many claims (SQLite walks the explorer's order instead of sorting them)", () => {
  it("reads the same pages as the Prisma reads", async () => {
    const db = t.db;
    const company = await db.company.create({ data: { slug: "fx-broad-co", name: "Broad Co" } });
    const huawei = await db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
    const chip = await db.chip.create({ data: { slug: "fx-broad-chip", name: "Broad-1", kind: "accelerator", vendorId: huawei.id } });
    const source = await db.source.findUniqueOrThrow({ where: { slug: "fx-raw-source" } });
    const statuses = ["published", "disputed", "draft"];
    // more than the 1,000 entries past which a chip or company is "broad" (lib/queries/claim-search.ts)
    await db.claim.createMany({
      data: Array.from({ length: 1100 }, (_, i) => ({
        id: `fxbroad${String(i).padStart(5, "0")}`,
        slug: `fx-broad-${i}`,
        sourceId: source.id,
        summary: `Broad ${i}`,
        quote: OTHER,
        quoteStart: TEXT.indexOf(OTHER),
        quoteEnd: TEXT.indexOf(OTHER) + OTHER.length,
        kind: i % 3 === 0 ? "adoption" : "other",
        subjectCompanyId: company.id,
        status: statuses[i % 3],
        claimDate: i % 4 === 0 ? null : new Date(Date.UTC(2025, i % 12, 1 + (i % 5))),
        createdAt: new Date(Date.UTC(2026, 0, 1 + (i % 3))),
      })),
    });
    await db.claimChip.createMany({
      data: Array.from({ length: 1100 }, (_, i) => ({ claimId: `fxbroad${String(i).padStart(5, "0")}`, chipId: chip.id })),
    });
    for (const filters of [
      { chip: "fx-broad-chip" },
      // a chip alone, or with a kind or dates: read from the claim index ChipClaim
      { chip: "fx-broad-chip", statuses: ["published", "disputed", "draft", "retracted"] as ClaimStatus[] },
      { chip: "fx-broad-chip", kind: "adoption" as const, statuses: ["draft", "published"] as ClaimStatus[] },
      { chip: "fx-broad-chip", from: "2025-03-01", to: "2025-08-31" },
      { company: "fx-broad-co", statuses: ["published", "draft"] as ClaimStatus[] },
      { chip: "fx-broad-chip", company: "fx-broad-co", kind: "adoption" as const },
    ]) {
      const where = claims.claimWhere(filters);
      for (const [page, pageSize] of [
        [1, 20],
        [7, 20],
        [3, 150],
      ]) {
        const got = await claims.listClaims({ ...filters, page, pageSize });
        expect(got.map((c) => c.id)).toEqual((await refList(where, (page - 1) * pageSize, pageSize)).map((c) => c.id));
      }
      expect(await claims.countClaims(filters)).toBe(await t.db.claim.count({ where }));
    }
  });
});

describe("counting a company's claims from the claim index", () => {
  it.each([
    { company: "fx-gannet", statuses: undefined },
    { company: "fx-gannet", statuses: ["published", "disputed", "draft", "retracted"] as ClaimStatus[] },
    { company: "fx-twin-a", statuses: ["draft"] as ClaimStatus[] },
    { company: "huawei", statuses: undefined },
    { company: "no-such-company", statuses: undefined },
    { company: "fx-gannet", statuses: [] as ClaimStatus[] },
  ])("agrees with Prisma's count for $company, $statuses", async (filters) => {
    const want = await t.db.claim.count({ where: claims.claimWhere(filters) });
    expect(await claims.countClaims(filters)).toBe(want);
    expect(await search.countCompanyClaims(filters)).toBe(want);
    // with a cap: the count stops at cap + 1
    expect(await claims.countClaims(filters, { cap: 10 })).toBe(Math.min(want, 11));
  });

  it("counts a claim once for a company that is both subject and linked, and not for a chip's maker alone", async () => {
    // huawei makes Ascend (named by every fixture) and is linked as vendor to all but the bare one
    const named = await t.db.claim.count({
      where: { status: { in: ["published", "disputed"] }, OR: [{ subject: { slug: "huawei" } }, { companies: { some: { company: { slug: "huawei" } } } }] },
    });
    expect(await claims.countClaims({ company: "huawei" })).toBe(named);
  });
});

describe("counting a chip's claims from the claim index", () => {
  const every = ["published", "disputed", "draft", "retracted"] as ClaimStatus[];
  it.each([
    { chip: "ascend", statuses: undefined },
    { chip: "ascend", statuses: every },
    { chip: "ascend", statuses: ["draft"] as ClaimStatus[] },
    { chip: "ascend", statuses: [] as ClaimStatus[] },
    { chip: "ascend", kind: "non_adoption" as const, statuses: every },
    { chip: "ascend", from: "2025-04-01", to: "2025-04-30", statuses: every },
    { chip: "ascend", kind: "adoption" as const, from: "2025-01-01" },
    { chip: "ascend", to: "2024-12-31" },
    { chip: "ascend-910c", statuses: undefined },
    { chip: "no-such-chip", statuses: undefined },
  ])("agrees with Prisma's count for $chip, $statuses, $kind, $from–$to", async (filters) => {
    const want = await t.db.claim.count({ where: claims.claimWhere(filters) });
    expect(await claims.countClaims(filters)).toBe(want);
    expect(await search.countChipClaims(filters)).toBe(want);
    // with a cap: the count stops at cap + 1
    expect(await claims.countClaims(filters, { cap: 10 })).toBe(Math.min(want, 11));
    expect(await claims.countClaims(filters, { cap: want })).toBe(want);
  });

  it("counts every status's claims of a chip, capped or not, as the claims themselves say", async () => {
    const named = await t.db.claim.groupBy({
      by: ["status"],
      where: { chips: { some: { chip: { slug: "ascend" } } } },
      _count: { _all: true },
    });
    expect(named.length).toBeGreaterThan(1);
    for (const { status, _count } of named) {
      const statuses = [status as ClaimStatus];
      expect(await search.countChipClaims({ chip: "ascend", statuses })).toBe(_count._all);
      expect(await search.countChipClaims({ chip: "ascend", statuses }, 2)).toBe(Math.min(_count._all, 2));
    }
  });
});

describe("findClaimContradictions: the count and the bounds", () => {
  const idOf = async (slug: string) => (await t.db.claim.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  it("says 'more than' the bound past it, and lists the first claims of the bound by summary", async () => {
    const adopted = await idOf("fx-raw-adopted");
    const found = (await claims.findClaimContradictions([adopted])).get(adopted)!;
    const publicDecliners = await t.db.claim.findMany({
      where: { slug: { startsWith: "fx-raw-declined-" }, status: { in: ["published", "disputed"] } },
      select: { id: true, slug: true, summary: true },
      orderBy: { id: "asc" },
    });
    expect(publicDecliners.length).toBeGreaterThan(claims.CONTRADICTIONS_PER_PAIR_LIMIT);
    expect(found.total).toBe(claims.CONTRADICTIONS_PER_PAIR_LIMIT + 1);
    // the pair's first CONTRADICTIONS_PER_PAIR_LIMIT by id (as the Prisma read took them), by summary
    const want = publicDecliners
      .slice(0, claims.CONTRADICTIONS_PER_PAIR_LIMIT)
      .sort((a, b) => a.summary.localeCompare(b.summary));
    expect(found.claims).toEqual(want);
  });

  it("counts exactly under the bound, once per claim however many pairs", async () => {
    // every decliner names Gannet and the twin as customers and Huawei as vendor: two pairs, one contradicting claim
    const declined = await idOf("fx-raw-declined-01");
    const found = (await claims.findClaimContradictions([declined])).get(declined)!;
    expect(found.total).toBe(1);
    expect(found.claims.map((c) => c.slug)).toEqual(["fx-raw-adopted"]);
  });

  it("checks a page of claims at once as it checks each alone", async () => {
    const page = await claims.listClaims({ company: "fx-gannet", statuses: ["published", "disputed", "draft"], pageSize: 100 });
    const together = await claims.findClaimContradictions(page.map((claim) => claim.id));
    for (const claim of page.slice(0, 12)) {
      const alone = (await claims.findClaimContradictions([claim.id])).get(claim.id);
      const both = together.get(claim.id);
      expect(both).toEqual(alone);
    }
  });
});

describe("the explorer's lookups", () => {
  it("knows which companies are chip vendors, for any number of repeats", async () => {
    expect([...(await claims.chipVendorSlugs(["huawei", "huawei", "fx-gannet", "no-such"]))]).toEqual(["huawei"]);
    expect((await claims.chipVendorSlugs([])).size).toBe(0);
  });
});
