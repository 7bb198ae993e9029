// lib/queries/vendors.ts against a throwaway seeded database (plus fixture rows "fx-…"), and the
// pure helpers the vendor pages use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName, safeWebsite } from "@/components/vendors/format";
import { clampPage } from "@/components/vendors/paging";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let vendors: typeof import("@/lib/queries/vendors");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  vendors = await import("@/lib/queries/vendors");
});
afterAll(async () => {
  await t?.cleanup();
});

describe("summariseClaimKinds", () => {
  it("counts by kind in the house order and plots nothing over time when no claim is dated", async () => {
    const summary = vendors.summariseClaimKinds([
      { kind: "other", claimDate: null, count: 2 },
      { kind: "adoption", claimDate: null, count: 3 },
      { kind: "other", claimDate: null, count: 1 },
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
      { kind: "order", claimDate: new Date("2025-03-01T00:00:00Z"), count: 1 },
      { kind: "order", claimDate: new Date("2024-12-31T00:00:00Z"), count: 2 },
      { kind: "testing", claimDate: new Date("2025-07-01T00:00:00Z"), count: 1 },
      { kind: "testing", claimDate: null, count: 4 },
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
    const before = await vendors.countVendorClaims("huawei");
    const tencent = await t.db.company.findUniqueOrThrow({ where: { slug: "tencent" } });
    const chip = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-910c" } });
    const source = await t.db.source.findFirstOrThrow({ select: { id: true, text: true } });
    const make = (slug: string, status: string, claimDate: Date | null) =>
      t.db.claim.create({
        data: {
          slug,
          kind: "testing",
          status,
          claimDate,
          subjectCompanyId: tencent.id,
          sourceId: source.id,
          summary: `Fixture ${slug}`,
          quote: source.text.slice(0, 20),
          quoteStart: 0,
          quoteEnd: 20,
          chips: { create: [{ chipId: chip.id }] },
        },
      });
    // names the Ascend 910C only: neither subject nor linked company is Huawei
    const dated = await make("fx-tencent-tests-910c", "published", new Date("2025-06-02T00:00:00Z"));
    const draft = await make("fx-draft-910c", "draft", null);
    try {
      expect(await vendors.countVendorClaims("huawei")).toBe(before + 1);
      const first = await vendors.listVendorClaims("huawei", { pageSize: 3 });
      // the only dated claim comes first
      expect(first[0].slug).toBe("fx-tencent-tests-910c");
      expect(first[0].chips).toEqual([{ slug: "ascend-910c", name: "Ascend 910C" }]);
      expect(first[0].source.id).toBe(source.id);
      const all = await vendors.listVendorClaims("huawei", { pageSize: 500 });
      expect(all).toHaveLength(before + 1);
      expect(all.some((c) => c.slug === "fx-draft-910c")).toBe(false);
      const pages = [
        ...(await vendors.listVendorClaims("huawei", { page: 1, pageSize: 10 })),
        ...(await vendors.listVendorClaims("huawei", { page: 2, pageSize: 10 })),
      ];
      expect(pages.map((c) => c.id)).toEqual(all.slice(0, 20).map((c) => c.id));

      const summary = await vendors.getVendorClaimKindSummary("huawei");
      expect(summary.total).toBe(before + 1);
      expect(summary.byYear?.map((b) => b.bucket)).toEqual(["2025", "Undated"]);
      expect(summary.byYear?.[0].counts).toEqual({ testing: 1 });
    } finally {
      await t.db.claim.deleteMany({ where: { id: { in: [dated.id, draft.id] } } });
    }
  });

  it("summarises the seeded (undated) claims about Huawei by kind only", async () => {
    const summary = await vendors.getVendorClaimKindSummary("huawei");
    expect(summary.byYear).toBeNull();
    expect(summary.total).toBe(await vendors.countVendorClaims("huawei"));
    const kinds = Object.fromEntries(summary.byKind.map((k) => [k.kind, k.count]));
    expect(kinds.performance_issue).toBe(12);
    expect(kinds.non_adoption).toBe(7);
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(summary.total);
  });

  it("lists the export-control events naming a vendor, dated ones first", async () => {
    const events = await vendors.listVendorEvents("huawei");
    expect(events.map((e) => e.slug)).toContain("us-commerce-warning-on-huawei-ascend-chips");
    expect(events[0].slug).toBe("us-commerce-warning-on-huawei-ascend-chips");
    expect(events.slice(1).every((e) => e.date === null)).toBe(true);
    expect(events.some((e) => e.slug === "beijing-asks-buyers-to-avoid-h20")).toBe(false);
    const nvidia = await vendors.listVendorEvents("nvidia");
    expect(nvidia.map((e) => e.slug)).toContain("beijing-asks-buyers-to-avoid-h20");
    expect(await vendors.listVendorEvents("sophgo")).toEqual([]);
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
