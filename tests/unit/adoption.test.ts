// lib/adoption: the adoption matrix and its rows, from hand-made claims and from the seeded
// knowledge base (through lib/queries/customers.ts on a throwaway database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adoptionCells,
  buildAdoptionMatrix,
  cellKey,
  compareLatestFirst,
  customersOfVendor,
  listCustomerSlugs,
  stancesOfCustomer,
  type AdoptionClaim,
} from "@/lib/adoption";
import { createTestDb, type TestDb } from "../setup/test-db";

let n = 0;
const claim = (
  id: string,
  kind: string,
  subject: string,
  extra: Partial<AdoptionClaim> = {},
): AdoptionClaim => ({
  id,
  kind,
  subject: { slug: subject },
  companies: [],
  chips: [],
  claimDate: null,
  // entered one second apart, in the order written
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n++)),
  ...extra,
});
const ascend = { slug: "ascend", vendorSlug: "huawei" };
const ascend910c = { slug: "ascend-910c", vendorSlug: "huawei" };
const h20 = { slug: "h20", vendorSlug: "nvidia" };

describe("compareLatestFirst", () => {
  it("puts the newest date first, undated claims after every dated one, then the latest entered", () => {
    const old = claim("old", "adoption", "a", { claimDate: "2024-05-01T00:00:00.000Z" });
    const recent = claim("recent", "adoption", "a", { claimDate: new Date("2025-02-01T00:00:00Z") });
    const undatedEarly = claim("undated-early", "adoption", "a");
    const undatedLate = claim("undated-late", "adoption", "a");
    const sorted = [undatedEarly, old, undatedLate, recent].sort(compareLatestFirst).map((c) => c.id);
    expect(sorted).toEqual(["recent", "old", "undated-late", "undated-early"]);
  });
});

describe("adoptionCells and buildAdoptionMatrix", () => {
  const rows = [
    // Tencent: declined, then (entered later) adopted → latest Adopted, conflicting
    claim("t-declined", "non_adoption", "bytedance", {
      companies: [
        { slug: "tencent", role: "customer" },
        { slug: "huawei", role: "vendor" },
      ],
      chips: [ascend],
    }),
    claim("t-adopted", "adoption", "baidu", {
      companies: [
        { slug: "tencent", role: "customer" },
        { slug: "huawei", role: "vendor" },
      ],
      chips: [ascend],
    }),
    // iFlytek: trained on (adopted), no contradiction
    claim("i-trained", "training_on", "iflytek", { companies: [{ slug: "huawei", role: "vendor" }], chips: [ascend] }),
    // ByteDance tests a 910C; a dated order of Nvidia's H20 is its latest Nvidia stance
    claim("b-testing", "testing", "bytedance", { chips: [ascend910c] }),
    claim("b-order", "order", "bytedance", { chips: [h20], claimDate: "2025-01-10T00:00:00.000Z" }),
    claim("b-declined-h20", "non_adoption", "bytedance", { chips: [h20] }),
    // says nothing about buying: ignored
    claim("revenue", "revenue", "huawei", { chips: [ascend] }),
    // a vendor is not its own customer; a claim with no vendor has no cell
    claim("own-chip", "adoption", "huawei", { chips: [ascend] }),
    claim("no-vendor", "adoption", "alibaba"),
  ];

  it("makes one cell per customer and vendor with the latest stance first", () => {
    const cells = adoptionCells(rows);
    const byKey = new Map(cells.map((c) => [cellKey(c.customer, c.vendor), c]));
    expect([...byKey.keys()].sort()).toEqual(
      [
        cellKey("baidu", "huawei"),
        cellKey("bytedance", "huawei"),
        cellKey("bytedance", "nvidia"),
        cellKey("iflytek", "huawei"),
        cellKey("tencent", "huawei"),
      ].sort(),
    );
    const tencent = byKey.get(cellKey("tencent", "huawei"))!;
    expect(tencent.stance).toBe("adopted");
    expect(tencent.claims.map((c) => c.id)).toEqual(["t-adopted", "t-declined"]);
    expect(tencent.conflicting).toBe(true);
    expect(tencent.conflictingIds.sort()).toEqual(["t-adopted", "t-declined"]);
    expect(tencent.sharedChip).toBe("ascend");

    const iflytek = byKey.get(cellKey("iflytek", "huawei"))!;
    expect(iflytek.stance).toBe("adopted");
    expect(iflytek.conflicting).toBe(false);

    // the dated order beats the undated refusal entered later; they contradict
    const nvidia = byKey.get(cellKey("bytedance", "nvidia"))!;
    expect(nvidia.stance).toBe("ordered");
    expect(nvidia.latest.id).toBe("b-order");
    expect(nvidia.conflicting).toBe(true);
  });

  it("does not flag a cell whose claim contradicts a claim about another customer", () => {
    // "t-declined" (ByteDance and Tencent) contradicts "t-adopted" (Baidu and Tencent) only for Tencent.
    const cells = adoptionCells(rows);
    const baidu = cells.find((c) => c.customer === "baidu" && c.vendor === "huawei")!;
    expect(baidu.claims.map((c) => c.id)).toEqual(["t-adopted"]);
    expect(baidu.conflicting).toBe(false);
    const bytedanceHuawei = cells.find((c) => c.customer === "bytedance" && c.vendor === "huawei")!;
    expect(bytedanceHuawei.claims.map((c) => c.id)).toEqual(["b-testing", "t-declined"]);
    expect(bytedanceHuawei.stance).toBe("testing");
    expect(bytedanceHuawei.conflicting).toBe(false);
    // no chip of Huawei's is named by both claims
    expect(bytedanceHuawei.sharedChip).toBeNull();
  });

  it("ranks customers and vendors by claims and bounds the matrix", () => {
    const matrix = buildAdoptionMatrix(rows);
    expect(matrix.customers).toEqual([
      { slug: "bytedance", claimCount: 4 },
      { slug: "tencent", claimCount: 2 },
      { slug: "baidu", claimCount: 1 },
      { slug: "iflytek", claimCount: 1 },
    ]);
    expect(matrix.vendors).toEqual([
      { slug: "huawei", claimCount: 4 },
      { slug: "nvidia", claimCount: 2 },
    ]);
    expect(matrix.cells[cellKey("iflytek", "nvidia")]).toBeUndefined();

    const small = buildAdoptionMatrix(rows, { maxCustomers: 1, maxVendors: 1 });
    expect(small.customers.map((c) => c.slug)).toEqual(["bytedance"]);
    expect(small.vendors.map((v) => v.slug)).toEqual(["huawei"]);
    expect(small.totalCustomers).toBe(4);
    expect(small.totalVendors).toBe(2);
    expect(Object.keys(small.cells)).toEqual([cellKey("bytedance", "huawei")]);
  });

  it("lists a vendor's customers and a customer's stances", () => {
    // all undated: by the latest entered claim, then by slug when two share it
    expect(customersOfVendor(rows, "huawei").map((c) => c.customer)).toEqual(["bytedance", "iflytek", "baidu", "tencent"]);
    const stances = stancesOfCustomer(rows, "bytedance");
    expect(stances.map((r) => [r.claim.id, r.vendor, r.stance, r.conflicting])).toEqual([
      ["b-order", "nvidia", "ordered", true],
      ["b-declined-h20", "nvidia", "declined", true],
      ["b-testing", "huawei", "testing", false],
      ["t-declined", "huawei", "declined", false],
    ]);
    expect(stances[2].chips).toEqual(["ascend-910c"]);
    expect(listCustomerSlugs(rows).map((c) => c.slug)).toEqual(["bytedance", "tencent", "baidu", "iflytek"]);
  });
});

describe("the adoption matrix of the seeded knowledge base", () => {
  let t: TestDb;
  let customers: typeof import("@/lib/queries/customers");

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    customers = await import("@/lib/queries/customers");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("flags Tencent × Huawei as conflicting and shows iFlytek × Huawei as adopted", async () => {
    const claims = await customers.listStanceClaims();
    const matrix = buildAdoptionMatrix(claims);
    const tencent = matrix.cells[cellKey("tencent", "huawei")];
    expect(tencent).toBeDefined();
    expect(tencent.conflicting).toBe(true);
    expect(tencent.claims).toHaveLength(2);
    // The two sides: "has not placed significant Ascend orders" and "Huawei sent engineers to Baidu, iFlytek and Tencent".
    const details = await customers.listStanceClaimDetails({ company: "tencent" });
    const slugsOf = (ids: string[]) => ids.map((id) => details.find((d) => d.id === id)?.slug).sort();
    expect(slugsOf(tencent.conflictingIds)).toEqual([
      "bytedance-alibaba-tencent-no-significant-ascend-orders",
      "huawei-engineers-at-baidu-iflytek-tencent",
    ]);
    expect(tencent.sharedChip).toBe("ascend");

    const iflytek = matrix.cells[cellKey("iflytek", "huawei")];
    expect(iflytek.stance).toBe("adopted");
    expect(iflytek.conflicting).toBe(false);

    // Baidu shares the "engineers" claim with Tencent but has no contradicting claim of its own about Huawei.
    expect(matrix.cells[cellKey("baidu", "huawei")].conflicting).toBe(false);
    expect(matrix.cells[cellKey("deepseek", "huawei")].stance).toBe("declined");
    expect(matrix.cells[cellKey("alibaba", "nvidia")].stance).toBe("adopted");
  });

  it("names the companies that buy, test or refuse chips, and never a vendor as its own customer", async () => {
    const claims = await customers.listStanceClaims();
    const slugs = listCustomerSlugs(claims).map((c) => c.slug).sort();
    expect(slugs).toEqual(["alibaba", "baidu", "bytedance", "deepseek", "iflytek", "tencent"]);
    expect(buildAdoptionMatrix(claims).vendors.map((v) => v.slug)).toEqual(["huawei", "nvidia"]);
  });

  it("reads only claims that carry a stance, and only those readers may see", async () => {
    const claims = await customers.listStanceClaims();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => ["adoption", "training_on", "testing", "order", "non_adoption"].includes(c.kind))).toBe(true);
    const draft = await t.db.claim.update({
      where: { slug: "iflytek-trained-llm-exclusively-on-huawei-chips" },
      data: { status: "draft" },
    });
    try {
      const after = await customers.listStanceClaims();
      expect(after.some((c) => c.id === draft.id)).toBe(false);
      expect(await customers.isClaimCustomer("iflytek")).toBe(true); // still named by the "engineers" claim
    } finally {
      await t.db.claim.update({ where: { id: draft.id }, data: { status: "published" } });
    }
    expect(await customers.isClaimCustomer("huawei")).toBe(false);
    expect(await customers.isClaimCustomer("tencent")).toBe(true);
  });

  it("lists a customer's stances with summaries, chips and sources", async () => {
    const details = await customers.listStanceClaimDetails({ company: "iflytek" });
    const rows = stancesOfCustomer(details, "iflytek");
    expect(rows.map((r) => [r.vendor, r.stance])).toEqual([
      ["huawei", "adopted"],
      ["huawei", "adopted"],
    ]);
    expect(rows.map((r) => r.claim.slug).sort()).toEqual([
      "huawei-engineers-at-baidu-iflytek-tencent",
      "iflytek-trained-llm-exclusively-on-huawei-chips",
    ]);
    expect(rows[0].claim.chipNames.ascend).toBe("Ascend");
    expect(rows[0].claim.source.title).toBeTruthy();
  });

  it("lists a vendor's customers from the claim index as lib/adoption's customersOfVendor derives them from the claims", async () => {
    // read by the vendor's company id, as the vendor's page has it
    const idOf = async (slug: string) => (await t.db.company.findUniqueOrThrow({ where: { slug } })).id;
    for (const vendor of ["huawei", "nvidia"]) {
      const expected = customersOfVendor(await customers.listStanceClaims(), vendor);
      const { customers: listed, more } = await customers.listVendorCustomers(await idOf(vendor));
      expect(more).toBe(false);
      expect(
        listed.map((c) => [c.customer.slug, c.stance, c.conflicting, c.claimCount, c.sharedChip?.slug ?? null, c.latest.id]),
      ).toEqual(expected.map((c) => [c.customer, c.stance, c.conflicting, c.claims.length, c.sharedChip, c.latest.id]));
    }
    const huaweiId = await idOf("huawei");
    const huawei = await customers.listVendorCustomers(huaweiId);
    expect(huawei.customers.find((c) => c.customer.slug === "tencent")?.conflicting).toBe(true);
    // bounded: the most recently reported first, and says that some were cut
    const two = await customers.listVendorCustomers(huaweiId, { limit: 2 });
    expect(two.customers.map((c) => c.customer.slug)).toEqual(huawei.customers.slice(0, 2).map((c) => c.customer.slug));
    expect(two.more).toBe(true);
    expect(await customers.listVendorCustomers("no-such-company-id")).toEqual({ customers: [], more: false });
  });
});
