import { describe, expect, it } from "vitest";
import {
  CHART_METRICS,
  bestIndices,
  betterDirection,
  compareChips,
  compareCodePoints,
  defaultSortDirection,
  describeSort,
  formatPercent,
  formatSpecWithUnit,
  formatTflopsPerWatt,
  naturalSortKey,
  nextSortDirection,
  normaliseToFirst,
  sortChips,
  specSourceHref,
  specSourceKind,
  specSourceShortName,
  tflopsPerWatt,
  type SortableChip,
} from "@/lib/specs";

describe("tflopsPerWatt (derived)", () => {
  it("divides dense BF16/FP16 TFLOPS by TDP", () => {
    expect(tflopsPerWatt(800, 700)).toBeCloseTo(1.142857, 5);
    expect(formatTflopsPerWatt(tflopsPerWatt(989.5, 700)!)).toBe("1.41");
  });

  it("is never computed from a missing or unusable value", () => {
    expect(tflopsPerWatt(undefined, 700)).toBeNull();
    expect(tflopsPerWatt(800, undefined)).toBeNull();
    expect(tflopsPerWatt(null, null)).toBeNull();
    expect(tflopsPerWatt("800", 700)).toBeNull();
    expect(tflopsPerWatt(800, true)).toBeNull();
    expect(tflopsPerWatt(Number.NaN, 700)).toBeNull();
    expect(tflopsPerWatt(800, 0)).toBeNull();
    expect(tflopsPerWatt(800, -5)).toBeNull();
  });
});

describe("formatting", () => {
  it("writes values with their unit, yes/no spelled out", () => {
    expect(formatSpecWithUnit(989.5, "TFLOPS")).toBe("989.5 TFLOPS");
    expect(formatSpecWithUnit(1979, "TOPS")).toBe("1,979 TOPS");
    expect(formatSpecWithUnit(1.228, "TB/s")).toBe("1.228 TB/s");
    expect(formatSpecWithUnit("HBM3", null)).toBe("HBM3");
    expect(formatSpecWithUnit(true, null)).toBe("Yes");
    expect(formatSpecWithUnit(false, null)).toBe("No");
    expect(formatPercent(100)).toBe("100\u00a0%");
    expect(formatPercent(18.5)).toBe("18.5\u00a0%");
  });
});

describe("betterDirection", () => {
  it("knows which way is better, and that text, yes/no and counts have no best", () => {
    expect(betterDirection("bf16_tflops")).toBe("higher");
    expect(betterDirection("memory_bandwidth_tbs")).toBe("higher");
    expect(betterDirection("tdp_w")).toBe("lower");
    expect(betterDirection("tflops_per_watt")).toBe("higher");
    expect(betterDirection("memory_type")).toBeNull();
    expect(betterDirection("interconnect")).toBeNull();
    expect(betterDirection("fp8_support")).toBeNull();
    expect(betterDirection("chip_count")).toBeNull();
    expect(CHART_METRICS).not.toContain("memory_type");
    expect(CHART_METRICS).toContain("tdp_w");
  });
});

describe("bestIndices", () => {
  it("marks the highest when higher is better", () => {
    expect(bestIndices([800, 148, 989.5], "higher")).toEqual([2]);
  });

  it("marks the lowest when lower is better (TDP)", () => {
    expect(bestIndices([700, 400, 700], "lower")).toEqual([1]);
  });

  it("marks every tied best value", () => {
    expect(bestIndices([4500, 100, 4500], "higher")).toEqual([0, 2]);
    expect(bestIndices([700, 400, 400], "lower")).toEqual([1, 2]);
  });

  it("never marks an unknown value, and never reads it as zero", () => {
    expect(bestIndices([null, 400, 700], "lower")).toEqual([1]);
    expect(bestIndices([undefined, 400, 700], "lower")).toEqual([1]);
    expect(bestIndices([null, 5, 3], "higher")).toEqual([1]);
  });

  it("marks nothing with fewer than two known values, when all are equal, or for text rows", () => {
    expect(bestIndices([null, 5, undefined], "higher")).toEqual([]);
    expect(bestIndices([], "higher")).toEqual([]);
    expect(bestIndices([700, 700], "lower")).toEqual([]);
    expect(bestIndices([1, 2, 3], null)).toEqual([]);
  });
});

describe("normaliseToFirst", () => {
  it("gives each value as a percentage of the first (the first is 100)", () => {
    const { baseline, percents } = normaliseToFirst([800, 148, 989.5]);
    expect(baseline).toBe(800);
    expect(percents[0]).toBe(100);
    expect(percents[1]).toBeCloseTo(18.5, 5);
    expect(percents[2]).toBeCloseTo(123.6875, 5);
  });

  it("keeps a missing value missing, never 0", () => {
    expect(normaliseToFirst([800, null, 400, undefined]).percents).toEqual([100, null, 50, null]);
  });

  it("has no baseline when the first value is missing or not positive", () => {
    expect(normaliseToFirst([null, 148, 989.5])).toEqual({ baseline: null, percents: [null, null, null] });
    expect(normaliseToFirst([0, 148])).toEqual({ baseline: null, percents: [null, null] });
    expect(normaliseToFirst([])).toEqual({ baseline: null, percents: [] });
  });
});

describe("specSource helpers", () => {
  it("names the kind of source and where to read it", () => {
    expect(specSourceKind({ name: "Epoch AI, Machine Learning Hardware dataset" })).toBe("epoch");
    expect(specSourceKind({ name: "EvoKernel Spec" })).toBe("evokernel");
    expect(specSourceKind({ name: "Investing.com (seed article)", fromArticle: true })).toBe("article");
    expect(specSourceKind({ name: "Vendor datasheet" })).toBe("other");
    expect(specSourceShortName({ name: "Epoch AI, Machine Learning Hardware dataset" })).toBe("Epoch AI");
    expect(specSourceHref("chip_count", { url: null, articleId: "src1" })).toBe("/sources/src1#spec-chip_count");
    expect(specSourceHref("tdp_w", { url: "https://example.org/x" })).toBe("https://example.org/x");
    expect(specSourceHref("tdp_w", { url: null })).toBeNull();
  });
});

describe("sorting the chip table", () => {
  const chip = (slug: string, name: string, rest: Partial<SortableChip> = {}): SortableChip => ({
    slug,
    name,
    vendor: { name: "Vendor" },
    kind: "accelerator",
    status: null,
    date: null,
    numbers: {},
    ...rest,
  });
  const chips = [
    chip("h100", "H100", { numbers: { int8_tops: 1979 }, status: "shipping", date: "2022-09-20T00:00:00.000Z" }),
    chip("h20", "H20", { numbers: { int8_tops: 296 }, status: "shipping", date: "2023-11-09T00:00:00.000Z" }),
    chip("zhenwu", "Zhenwu"),
    chip("ascend-950", "Ascend 950", { numbers: { int8_tops: 3000 }, status: "announced", date: "2026-01-01T00:00:00.000Z" }),
    chip("ascend", "Ascend"),
    chip("h200", "H200", { numbers: { int8_tops: 1979 }, status: "discontinued" }),
  ];
  const slugs = (list: SortableChip[]) => list.map((c) => c.slug);

  it("puts unknown values last whichever the direction, ties by name", () => {
    expect(slugs(sortChips(chips, "int8_tops", "desc"))).toEqual(["ascend-950", "h100", "h200", "h20", "ascend", "zhenwu"]);
    expect(slugs(sortChips(chips, "int8_tops", "asc"))).toEqual(["h20", "h100", "h200", "ascend-950", "ascend", "zhenwu"]);
  });

  it("sorts names naturally (H20 before H100) and both ways", () => {
    expect(slugs(sortChips(chips, "name", "asc"))).toEqual(["ascend", "ascend-950", "h20", "h100", "h200", "zhenwu"]);
    expect(slugs(sortChips(chips, "name", "desc"))).toEqual(["zhenwu", "h200", "h100", "h20", "ascend-950", "ascend"]);
  });

  it("sorts texts by a natural key the database computes too: digits by value, ASCII case folded", () => {
    const names = ["t1", "T01", "T1", "T100", "t20", "T2b", "T2 b", "T2-b", "X99999999999999999999", "X100000000000000000000", "Éclair", "Zhenwu", "éclair"];
    const order = [...names].sort((a, b) => compareCodePoints(naturalSortKey(a), naturalSortKey(b)));
    expect(order).toEqual(["t1", "T01", "T1", "T2 b", "T2-b", "T2b", "t20", "T100", "X99999999999999999999", "X100000000000000000000", "Zhenwu", "Éclair", "éclair"]);
    expect(naturalSortKey("T01")).toBe(naturalSortKey("t1"));
    expect(naturalSortKey("Éclair")).not.toBe(naturalSortKey("éclair"));
    // by code point, not UTF-16 unit: U+1F600 (a surrogate pair) after U+FF21
    expect(compareCodePoints("\u{1F600}", "\uFF21")).toBeGreaterThan(0);
    // same names: the slug decides
    const twins = [chip("b-twin", "T1"), chip("a-twin", "t1")];
    expect(slugs(sortChips(twins, "name", "desc"))).toEqual(["a-twin", "b-twin"]);
  });

  it("sorts dates newest first and statuses by lifecycle, unknowns last", () => {
    expect(slugs(sortChips(chips, "released", "desc")).slice(0, 3)).toEqual(["ascend-950", "h20", "h100"]);
    expect(slugs(sortChips(chips, "released", "asc")).slice(0, 3)).toEqual(["h100", "h20", "ascend-950"]);
    expect(slugs(sortChips(chips, "status", "asc"))).toEqual(["ascend-950", "h20", "h100", "h200", "ascend", "zhenwu"]);
  });

  it("does not change the input and is a total order", () => {
    const before = slugs(chips);
    sortChips(chips, "int8_tops", "desc");
    expect(slugs(chips)).toEqual(before);
    const cmp = compareChips("int8_tops", "desc");
    expect(cmp(chips[0], chips[0])).toBe(0);
  });

  it("chooses header directions: numbers high to low first, then the other way", () => {
    expect(defaultSortDirection("bf16_tflops")).toBe("desc");
    expect(defaultSortDirection("name")).toBe("asc");
    expect(nextSortDirection("int8_tops", { sort: "name", dir: "asc" })).toBe("desc");
    expect(nextSortDirection("int8_tops", { sort: "int8_tops", dir: "desc" })).toBe("asc");
    expect(nextSortDirection("name", { sort: "name", dir: "asc" })).toBe("desc");
    expect(describeSort("tdp_w", "asc")).toBe("TDP, lowest first");
    expect(describeSort("name", "asc")).toBe("name, A to Z");
  });
});
