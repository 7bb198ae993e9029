// lib/queries/vendors.ts against a throwaway seeded database (plus fixture rows "fx-…"), and the
// pure helpers the vendor pages use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName, safeWebsite } from "@/components/vendors/format";
import { clampPage } from "@/components/vendors/paging";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let vendors: typeof import("@/lib/queries/vendors");
let chips: typeof import("@/lib/queries/chips");
/** Huawei's company id: the vendor profile's reads are keyed by it. */
let huaweiId: string;
const idOf = async (slug: string) => (await t.db.company.findUniqueOrThrow({ where: { slug } })).id;

/** A fixture claim "fx-…" about `subjectId`, naming one chip, quoting the first 20 characters of `source`. */
function fixtureClaim(claim: {
  slug: string;
  kind: string;
  status: string;
  claimDate: Date | null;
  subjectId: string;
  chipId: string;
  source: { id: string; text: string };
}) {
  return t.db.claim.create({
    data: {
      slug: claim.slug,
      kind: claim.kind,
      status: claim.status,
      claimDate: claim.claimDate,
      subjectCompanyId: claim.subjectId,
      sourceId: claim.source.id,
      summary: `Fixture ${claim.slug}`,
      quote: claim.source.text.slice(0, 20),
      quoteStart: 0,
      quoteEnd: 20,
      chips: { create: [{ chipId: claim.chipId }] },
    },
  });
}

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  vendors = await import("@/lib/queries/vendors");
  chips = await import("@/lib/queries/chips");
  huaweiId = await idOf("huawei");
});
afterAll(async () => {
  await t?.cleanup();
});

describe("summariseClaimKinds", () => {
  it("counts by kind in the house order and plots nothing over time when no claim is dated", async () => {
    const summary = vendors.summariseClaimKinds([
      { kind: "other", year: null, count: 2 },
      { kind: "adoption", year: null, count: 3 },
      { kind: "other", year: null, count: 1 },
    ]);
    expect(summary.total).toBe(6);
    expect(summary.byKind).toEqual([
      { kind: "adoption", label: "Adoption", count: 3 },
      { kind: "other", label: "Other", count: 3 },
    ]);
    expect(summary.byYear).toBeNull();
  });

  it("buckets dated claims by year, oldest first, with the undated ones last", () => {
    const summary = vendors.summariseClaimKinds([
      { kind: "order", year: 2025, count: 1 },
      { kind: "order", year: 2024, count: 2 },
      { kind: "testing", year: 2025, count: 1 },
      { kind: "testing", year: null, count: 4 },
    ]);
    expect(summary.byYear).toEqual([
      { bucket: "2024", counts: { order: 2 }, total: 2 },
      { bucket: "2025", counts: { order: 1, testing: 1 }, total: 2 },
      { bucket: "Undated", counts: { testing: 4 }, total: 4 },
    ]);
  });
});

describe("vendor reads on the seeded knowledge base", () => {
  it("lists only chip vendors, by name, with chip counts and claims naming their chips", async () => {
    const total = await vendors.countVendors();
    expect(total).toBe(12);
    const list = await vendors.listVendors({ pageSize: 50 });
    expect(list.map((v) => v.slug)).toHaveLength(12);
    expect(list.map((v) => v.name)).toEqual([...list.map((v) => v.name)].sort((a, b) => a.localeCompare(b)));
    expect(list.some((v) => v.slug === "tencent")).toBe(false);
    const huawei = list.find((v) => v.slug === "huawei")!;
    expect(huawei).toMatchObject({ nameZh: "华为", country: "CN", chipCount: 13 });
    expect(huawei.chipClaimCount).toBe(
      await t.db.claim.count({
        where: { status: { in: ["published", "disputed"] }, chips: { some: { chip: { vendor: { slug: "huawei" } } } } },
      }),
    );
    expect(huawei.chipClaimCount).toBeGreaterThan(10);
    expect(list.find((v) => v.slug === "nvidia")!.nameZh).toBeNull();
    // paging
    const second = await vendors.listVendors({ page: 2, pageSize: 5 });
    expect(second.map((v) => v.slug)).toEqual(list.slice(5, 10).map((v) => v.slug));
  });

  it("counts every claim about a vendor: as subject, linked, or about one of its chips; public ones only", async () => {
    const before = await vendors.countVendorClaims(huaweiId);
    const tencent = await t.db.company.findUniqueOrThrow({ where: { slug: "tencent" } });
    const chip = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-910c" } });
    const source = await t.db.source.findFirstOrThrow({ select: { id: true, text: true } });
    const make = (slug: string, status: string, claimDate: Date | null) =>
      fixtureClaim({ slug, kind: "testing", status, claimDate, subjectId: tencent.id, chipId: chip.id, source });
    // names the Ascend 910C only: neither subject nor linked company is Huawei
    const dated = await make("fx-tencent-tests-910c", "published", new Date("2025-06-02T00:00:00Z"));
    const draft = await make("fx-draft-910c", "draft", null);
    try {
      expect(await vendors.countVendorClaims(huaweiId)).toBe(before + 1);
      const first = await vendors.listVendorClaims(huaweiId, { pageSize: 3 });
      // the only dated claim comes first
      expect(first[0].slug).toBe("fx-tencent-tests-910c");
      expect(first[0].chips).toEqual([{ slug: "ascend-910c", name: "Ascend 910C" }]);
      expect(first[0].source.id).toBe(source.id);
      const all = await vendors.listVendorClaims(huaweiId, { pageSize: 500 });
      expect(all).toHaveLength(before + 1);
      expect(all.some((c) => c.slug === "fx-draft-910c")).toBe(false);
      const pages = [
        ...(await vendors.listVendorClaims(huaweiId, { page: 1, pageSize: 10 })),
        ...(await vendors.listVendorClaims(huaweiId, { page: 2, pageSize: 10 })),
      ];
      expect(pages.map((c) => c.id)).toEqual(all.slice(0, 20).map((c) => c.id));

      const summary = await vendors.getVendorClaimKindSummary(huaweiId);
      expect(summary.total).toBe(before + 1);
      expect(summary.byYear?.map((b) => b.bucket)).toEqual(["2025", "Undated"]);
      expect(summary.byYear?.[0].counts).toEqual({ testing: 1 });
    } finally {
      await t.db.claim.deleteMany({ where: { id: { in: [dated.id, draft.id] } } });
    }
  });

  it("summarises the seeded (undated) claims about Huawei by kind only", async () => {
    const summary = await vendors.getVendorClaimKindSummary(huaweiId);
    expect(summary.byYear).toBeNull();
    expect(summary.total).toBe(await vendors.countVendorClaims(huaweiId));
    const kinds = Object.fromEntries(summary.byKind.map((k) => [k.kind, k.count]));
    expect(kinds.performance_issue).toBe(12);
    expect(kinds.non_adoption).toBe(7);
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(summary.total);
  });

  it("lists the export-control events naming a vendor, dated ones first", async () => {
    const events = await vendors.listVendorEvents(huaweiId);
    expect(events.map((e) => e.slug)).toContain("us-commerce-warning-on-huawei-ascend-chips");
    expect(events[0].slug).toBe("us-commerce-warning-on-huawei-ascend-chips");
    expect(events.slice(1).every((e) => e.date === null)).toBe(true);
    expect(events.some((e) => e.slug === "beijing-asks-buyers-to-avoid-h20")).toBe(false);
    const nvidia = await vendors.listVendorEvents(await idOf("nvidia"));
    expect(nvidia.map((e) => e.slug)).toContain("beijing-asks-buyers-to-avoid-h20");
    expect(await vendors.listVendorEvents(await idOf("sophgo"))).toEqual([]);
  });

  it("reads each vendor's chips with the same values and sources as listChips gives, for the table's metrics only", async () => {
    const { COMPANY_CHIPS_LIMIT } = await import("@/lib/queries/companies");
    const vendorSlugs = (await vendors.listVendors({ pageSize: 50 })).map((v) => v.slug);
    let quoted = 0;
    for (const slug of vendorSlugs) {
      const full = await chips.listChips({ vendor: slug, pageSize: COMPANY_CHIPS_LIMIT });
      const expected = full.map((chip) => ({
        slug: chip.slug,
        name: chip.name,
        nameZh: chip.nameZh,
        kind: chip.kind,
        status: chip.status,
        announcedOn: chip.announcedOn,
        releasedOn: chip.releasedOn,
        datePrecision: chip.datePrecision,
        dateSource: chip.dateSource,
        specs: Object.fromEntries(
          vendors.VENDOR_SPEC_METRICS.flatMap((metric) => {
            const spec = chip.specs[metric];
            if (!spec) return [];
            const { value, source, note, quote } = spec;
            return [
              [
                metric,
                {
                  value,
                  source,
                  note,
                  ...(quote ? { quote: { text: quote.text, source: { id: quote.source.id, title: quote.source.title } } } : {}),
                },
              ],
            ];
          }),
        ),
      }));
      const listed = await vendors.listVendorChips(await idOf(slug));
      expect(listed, slug).toEqual(expected);
      quoted += listed.filter((chip) => Object.values(chip.specs).some((spec) => spec.quote)).length;
    }
    // the seed quotes an article for some of these values (CloudMatrix 384's chip count): that path is covered
    expect(quoted).toBeGreaterThan(0);
    const cloudMatrix = (await vendors.listVendorChips(huaweiId)).find((chip) => chip.slug === "cloudmatrix-384");
    expect(cloudMatrix?.specs.chip_count?.quote?.source.title).toMatch(/Huawei peine/);
    // bounded, by name
    const two = await vendors.listVendorChips(huaweiId, 2);
    expect(two.map((chip) => chip.slug)).toEqual((await vendors.listVendorChips(huaweiId)).slice(0, 2).map((c) => c.slug));
    expect(await vendors.listVendorChips("no-such-company-id")).toEqual([]);
    // the count the profile gives beside its first VENDOR_PROFILE_CHIPS chips
    expect(await vendors.countVendorChips(huaweiId)).toBe((await vendors.listVendorChips(huaweiId)).length);
    expect(await vendors.countVendorChips(huaweiId)).toBe(await t.db.chip.count({ where: { vendor: { slug: "huawei" } } }));
    expect(await vendors.countVendorChips("no-such-company-id")).toBe(0);
  });

  it("counts claims by kind and year as grouping the claim index by day would, whatever the time of day", async () => {
    const subject = await t.db.company.findUniqueOrThrow({ where: { slug: "tencent" } });
    const chip = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-910c" } });
    const source = await t.db.source.findFirstOrThrow({ select: { id: true, text: true } });
    const dates: [string, string, string | null][] = [
      ["fx-y-1", "published", "2024-12-31T23:59:59.999Z"],
      ["fx-y-2", "published", "2025-01-01T00:00:00.000Z"],
      ["fx-y-3", "disputed", "2023-05-05T12:30:00.000Z"],
      ["fx-y-4", "draft", "2022-02-02T00:00:00.000Z"],
      ["fx-y-5", "published", null],
    ];
    const made = await Promise.all(
      dates.map(([slug, status, date], index) =>
        fixtureClaim({
          slug,
          kind: index % 2 ? "order" : "testing",
          status,
          claimDate: date ? new Date(date) : null,
          subjectId: subject.id,
          chipId: chip.id,
          source,
        }),
      ),
    );
    // the former read: ClaimAbout grouped by kind and day through Prisma, each day's UTC year in JavaScript
    const byDay = async (statuses: string[]) => {
      const groups = await t.db.claimAbout.groupBy({
        by: ["kind", "claimDate"],
        where: { companyId: huaweiId, status: { in: statuses } },
        _count: { _all: true },
      });
      return vendors.summariseClaimKinds(
        groups.map((g) => ({
          kind: g.kind,
          year: g.claimDate ? g.claimDate.getUTCFullYear() : null,
          count: g._count._all,
        })),
      );
    };
    try {
      const summary = await vendors.getVendorClaimKindSummary(huaweiId);
      expect(summary).toEqual(await byDay(["published", "disputed"]));
      expect(summary.byYear?.map((b) => b.bucket)).toEqual(["2023", "2024", "2025", "Undated"]);
      expect(summary.byYear?.find((b) => b.bucket === "2024")?.counts).toEqual({ testing: 1 });
      expect(summary.total).toBe(await vendors.countVendorClaims(huaweiId));
      // an editor's view, by status
      const withDrafts = await vendors.getVendorClaimKindSummary(huaweiId, { statuses: ["draft", "published"] });
      expect(withDrafts).toEqual(await byDay(["draft", "published"]));
      expect(withDrafts.byYear?.[0]).toEqual({ bucket: "2022", counts: { order: 1 }, total: 1 });
      // a status named twice is counted once
      expect(
        await vendors.getVendorClaimKindSummary(huaweiId, { statuses: ["published", "disputed", "published"] }),
      ).toEqual(summary);
      expect(await vendors.getVendorClaimKindSummary(huaweiId, { statuses: [] })).toEqual({
        total: 0,
        byKind: [],
        byYear: null,
      });
    } finally {
      await t.db.claim.deleteMany({ where: { id: { in: made.map((claim) => claim.id) } } });
    }
  });

  it("counts a vendor's claims exactly, or stops past a cap", async () => {
    const exact = await vendors.countVendorClaims(huaweiId);
    expect(exact).toBe(
      await t.db.claimAbout.count({ where: { companyId: huaweiId, status: { in: ["published", "disputed"] } } }),
    );
    expect(exact).toBeGreaterThan(4);
    expect(await vendors.countVendorClaims(huaweiId, { cap: 3 })).toBe(4);
    expect(await vendors.countVendorClaims(huaweiId, { cap: exact })).toBe(exact);
    expect(await vendors.countVendorClaims(huaweiId, { statuses: [] })).toBe(0);
    expect(await vendors.countVendorClaims("no-such-company-id")).toBe(0);
  });
});

describe("page helpers", () => {
  it("links a website only when it is http(s)", () => {
    expect(safeWebsite("https://www.birentech.com/")?.host).toBe("www.birentech.com");
    expect(safeWebsite("javascript:alert(1)")).toBeNull();
    expect(safeWebsite("www.example.com")).toBeNull();
    expect(safeWebsite(null)).toBeNull();
  });

  it("names countries and says nothing when there is none", () => {
    expect(countryName("CN")).toBe("China");
    expect(countryName("US")).toBe("United States");
    expect(countryName(null)).toBeNull();
  });

  it("falls back to page 1 past the last page, and says so", () => {
    expect(clampPage(2, 30, 25)).toEqual({ page: 2, problem: null });
    expect(clampPage(3, 30, 25)).toEqual({
      page: 1,
      problem: { parameter: "page", message: "page 3 is past the last page (2)" },
    });
    expect(clampPage(1, 0, 25)).toEqual({ page: 1, problem: null });
  });
});
