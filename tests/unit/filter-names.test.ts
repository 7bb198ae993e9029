// What a reader's company or chip filter field names (lib/queries/filter-names.ts): a slug, a name
// in any case, a Chinese name or an alias; none; or several, which the reader must choose between.
// Runs on SQLite, and on PostgreSQL with CHIPWATCH_TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let names: typeof import("@/lib/queries/filter-names");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  names = await import("@/lib/queries/filter-names");
  // two chips of one name, from two vendors
  const [huawei, baidu] = await Promise.all(
    ["huawei", "baidu"].map((slug) => t.db.company.findUniqueOrThrow({ where: { slug } })),
  );
  await t.db.chip.create({ data: { slug: "fx-twin-huawei", name: "Twin Chip", vendorId: huawei.id, kind: "accelerator" } });
  await t.db.chip.create({ data: { slug: "fx-twin-baidu", name: "Twin Chip", vendorId: baidu.id, kind: "accelerator" } });
});

afterAll(async () => {
  await t?.cleanup();
});

const HUAWEI = { slug: "huawei", name: "Huawei" };

describe("matchCompany", () => {
  it("finds a company by its slug first", async () => {
    expect(await names.matchCompany("huawei")).toEqual({ found: HUAWEI, by: "slug" });
  });

  it("finds it by its name in any case, its Chinese name or an alias, with spaces around or doubled", async () => {
    for (const text of ["Huawei", "HUAWEI", "  huawei ", "华为", "Huawei Technologies", "huawei   technologies"]) {
      const match = await names.matchCompany(text);
      expect(match, text).toEqual(text.trim() === "huawei" ? { found: HUAWEI, by: "slug" } : { found: HUAWEI, by: "name" });
    }
    expect(await names.matchCompany("US Department of Commerce")).toEqual({
      found: { slug: "us-commerce-department", name: "US Department of Commerce" },
      by: "name",
    });
  });

  it("finds only a company that makes chips when asked for a chip vendor", async () => {
    expect(await names.matchCompany("huawei", { makesChips: true })).toEqual({ found: HUAWEI, by: "slug" });
    expect(await names.matchCompany("华为", { makesChips: true })).toEqual({ found: HUAWEI, by: "name" });
    // ByteDance buys and tests chips; no chip names it as vendor
    expect(await names.matchCompany("bytedance", { makesChips: true })).toEqual({ found: null, candidates: [] });
    expect(await names.matchCompany("ByteDance", { makesChips: true })).toEqual({ found: null, candidates: [] });
  });

  it("finds nothing for a name no company has, nor for a part of one", async () => {
    expect(await names.matchCompany("Huaw")).toEqual({ found: null, candidates: [] });
    expect(await names.matchCompany("   ")).toEqual({ found: null, candidates: [] });
  });
});

describe("matchChip", () => {
  const ASCEND_910C = { slug: "ascend-910c", name: "Ascend 910C", vendor: HUAWEI };

  it("finds a chip by slug, name, Chinese name or alias, with its vendor", async () => {
    expect(await names.matchChip("ascend-910c")).toEqual({ found: ASCEND_910C, by: "slug" });
    for (const text of ["Ascend 910C", "ascend 910c", "昇腾910C"]) {
      expect(await names.matchChip(text), text).toEqual({ found: ASCEND_910C, by: "name" });
    }
    // an alias, folded as aliases are (lib/normalize.ts)
    expect(await names.matchChip("Huawei Ascend 910")).toMatchObject({ found: { slug: "ascend-910" }, by: "name" });
  });

  it("names the candidates when a name is more than one chip's, and none when it is nobody's", async () => {
    const twins = await names.matchChip("twin chip");
    expect(twins.found).toBeNull();
    expect(twins).toEqual({
      found: null,
      candidates: [
        { slug: "fx-twin-baidu", name: "Twin Chip", vendor: { slug: "baidu", name: "Baidu" } },
        { slug: "fx-twin-huawei", name: "Twin Chip", vendor: HUAWEI },
      ],
    });
    if (twins.found === null) {
      expect(names.unmatchedMessage("chip", " twin chip ", twins)).toBe(
        "'twin chip' names more than one chip (Twin Chip by Baidu, Twin Chip by Huawei); choose one from the suggestions",
      );
    }
    // its slug still names exactly one
    expect(await names.matchChip("fx-twin-huawei")).toMatchObject({ found: { slug: "fx-twin-huawei" }, by: "slug" });

    const none = await names.matchChip("Ascend 9999");
    expect(none).toEqual({ found: null, candidates: [] });
    if (none.found === null) expect(names.unmatchedMessage("chip", "Ascend 9999", none)).toBe("no chip named 'Ascend 9999'");
  });

  it("lists at most NAME_MATCHES_LIMIT candidates, and says there are more", () => {
    const candidates = Array.from({ length: names.NAME_MATCHES_LIMIT + 1 }, (_, i) => ({ name: `C${i}` }));
    const message = names.unmatchedMessage("company", "C", { candidates });
    expect(message).toBe("'C' names more than one company (C0, C1, C2, C3, C4, …); choose one from the suggestions");
  });
});

describe("sluggedHref", () => {
  it("keeps every other parameter and its repeats, and puts the slugs in place of the typed names", () => {
    expect(
      names.sluggedHref("/claims", { q: "a b", company: "Huawei", kind: ["x", "y"], chip: "Ascend 910C" }, { company: "huawei", chip: undefined }),
    ).toBe("/claims?q=a+b&company=huawei&kind=x&kind=y&chip=Ascend+910C");
    expect(names.sluggedHref("/timeline", {}, {})).toBe("/timeline");
  });
});

describe("resolveNameFilters", () => {
  it("leaves slugs as they are: no redirect, no problem", async () => {
    const named = await names.resolveNameFilters("/claims", { company: "huawei", chip: "ascend-910c" }, { company: "huawei", chip: "ascend-910c" });
    expect(named).toMatchObject({ company: HUAWEI, chip: { slug: "ascend-910c" }, redirectTo: null, problems: [], errors: {} });
    expect(named.names).toEqual({ company: "Huawei", chip: "Ascend 910C" });
  });

  it("sends a typed name to its slug's address, the other parameters kept", async () => {
    const raw = { q: "tested", company: "HUAWEI", chip: "ascend-910c" };
    const named = await names.resolveNameFilters("/timeline", raw, { company: "HUAWEI", chip: "ascend-910c" });
    expect(named.redirectTo).toBe("/timeline?q=tested&company=huawei&chip=ascend-910c");
  });

  it("applies neither of two that name nothing or several, and says why for each", async () => {
    const named = await names.resolveNameFilters("/claims", { company: "Nobody", chip: "Twin Chip" }, { company: "Nobody", chip: "Twin Chip" });
    expect(named.company).toBeNull();
    expect(named.chip).toBeNull();
    expect(named.redirectTo).toBeNull();
    expect(named.names).toEqual({ company: "Nobody", chip: "Twin Chip" });
    expect(named.problems).toEqual([
      { parameter: "company", message: "no company named 'Nobody'" },
      { parameter: "chip", message: expect.stringMatching(/^'Twin Chip' names more than one chip/) },
    ]);
    expect(named.errors.company).toBe("no company named 'Nobody'");
  });

  it("resolves a chip vendor, and says so of a company that makes no chip", async () => {
    const typed = await names.resolveNameFilters("/chips", { vendor: "NVIDIA", sort: "name" }, { vendor: "NVIDIA" });
    expect(typed).toMatchObject({ vendor: { slug: "nvidia" }, redirectTo: "/chips?vendor=nvidia&sort=name" });
    const buyer = await names.resolveNameFilters("/chips", { vendor: "ByteDance" }, { vendor: "ByteDance" });
    expect(buyer.vendor).toBeNull();
    expect(buyer.problems).toEqual([{ parameter: "vendor", message: "no chip vendor named 'ByteDance'" }]);
  });
});
