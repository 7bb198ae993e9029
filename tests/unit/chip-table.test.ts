// The chip table's queries, the compare/profile reads and the chip export, against a throwaway
// seeded database (40 chips from prisma/seed-data/chips.ts), plus the chip pages' URL parsing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChipTableQuerySchema, joinCompareParam, parseCompareSelection, CompareQuerySchema } from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let table: typeof import("@/lib/queries/chip-table");
let chips: typeof import("@/lib/queries/chips");
let exportRoute: typeof import("@/app/api/v1/export/chips/route");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  table = await import("@/lib/queries/chip-table");
  chips = await import("@/lib/queries/chips");
  exportRoute = await import("@/app/api/v1/export/chips/route");
});

afterAll(async () => {
  await t?.cleanup();
});

describe("listChipTable", () => {
  it("sorts by BF16 TFLOPS, highest first, unknown values last", async () => {
    const { rows, total } = await table.listChipTable({ filters: {}, sort: "bf16_tflops", dir: "desc", pageSize: 50 });
    expect(total).toBe(40);
    expect(rows).toHaveLength(40);
    const all = await t.db.chipSpec.findMany({ where: { metric: "bf16_tflops" }, select: { valueNum: true } });
    const highest = Math.max(...all.map((spec) => spec.valueNum ?? -Infinity));
    expect(rows[0].specs.bf16_tflops?.value).toBe(highest);
    // B200 and GB200 NVL72 tie at 2,250: by name
    expect(rows.slice(0, 2).map((row) => row.slug)).toEqual(["b200", "gb200-nvl72"]);

    const values = rows.map((row) => row.numbers.bf16_tflops ?? null);
    const firstUnknown = values.indexOf(null);
    expect(firstUnknown).toBe(all.length);
    expect(values.slice(firstUnknown).every((value) => value === null)).toBe(true);
    const known = values.slice(0, firstUnknown) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it("filters by vendor and returns only that vendor's chips", async () => {
    const { rows, total } = await table.listChipTable({ filters: { vendor: "huawei" }, sort: "name", dir: "asc" });
    const expected = await t.db.chip.count({ where: { vendor: { slug: "huawei" } } });
    expect(total).toBe(expected);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((row) => row.vendor.slug))).toEqual(new Set(["huawei"]));
    expect(rows.map((row) => row.slug)).toContain("ascend-910c");
    expect(rows.map((row) => row.slug)).not.toContain("h100");
  });

  it("combines filters with the sort and cuts pages from the sorted list", async () => {
    const all = await table.listChipTable({ filters: {}, sort: "tdp_w", dir: "asc", pageSize: 50 });
    const second = await table.listChipTable({ filters: {}, sort: "tdp_w", dir: "asc", page: 2, pageSize: 10 });
    expect(second.rows.map((row) => row.slug)).toEqual(all.rows.slice(10, 20).map((row) => row.slug));
    expect(all.rows[0].slug).toBe("mlu220"); // 8 W

    const shipping = await table.listChipTable({ filters: { vendor: "nvidia", status: "shipping", kind: "system" }, sort: "name", dir: "asc" });
    expect(shipping.rows.map((row) => row.slug)).toEqual(["gb200-nvl72"]);
  });

  it("derives TFLOPS per watt only from two known values, and keeps each value's source", async () => {
    const { rows } = await table.listChipTable({ filters: { vendor: "huawei" }, sort: "name", dir: "asc" });
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    expect(bySlug.get("ascend-910c")?.tflopsPerWatt).toBeCloseTo(800 / 700, 6);
    expect(bySlug.get("ascend-910b1-v1")?.tflopsPerWatt).toBeNull(); // BF16 known, TDP not
    expect(bySlug.get("cloudmatrix-384")?.tflopsPerWatt).toBeNull();
    expect(bySlug.get("ascend-910c")?.datePrecision).toBe("year");
    expect(bySlug.get("ascend-910b")?.specs.tdp_w?.source.name).toBe("EvoKernel Spec");
    expect(bySlug.get("ascend-910b")?.specs.bf16_tflops?.source.name).toMatch(/^Epoch AI/);
    // only the table's columns are read
    expect(bySlug.get("ascend-910b")?.specs.interconnect).toBeUndefined();
  });

  it("lists the vendors that make chips, for the filter", async () => {
    const vendors = await table.listChipVendors();
    const slugs = vendors.map((vendor) => vendor.slug);
    expect(slugs).toEqual(expect.arrayContaining(["huawei", "nvidia", "cambricon"]));
    const makers = await t.db.company.count({ where: { chips: { some: {} } } });
    expect(vendors).toHaveLength(makers);
  });
});

describe("compare and profile reads", () => {
  it("lists chips in the order asked, leaving out unknown slugs", async () => {
    const list = await chips.listChipsBySlugs(["h100", "nope", "ascend-910c", "h20"]);
    expect(list.map((chip) => chip.slug)).toEqual(["h100", "ascend-910c", "h20"]);
    expect(list[0].specs.bf16_tflops?.value).toBe(989.5);
    expect(await chips.listChipsBySlugs([])).toEqual([]);
  });

  it("reads a chip's profile with the dataset conflicts in the notes, and its events", async () => {
    const profile = await chips.getChipProfileBySlug("ascend-910b");
    expect(profile?.specs.bf16_tflops?.note).toContain("EvoKernel Spec gives 320 TFLOPS");
    expect(profile?.specs.memory_gb?.note).toBe("EvoKernel Spec gives 64 GB");
    const cloudMatrix = await chips.getChipProfileBySlug("cloudmatrix-384");
    expect(cloudMatrix?.quoteLanguages.chip_count).toBe("fr");
    const h20 = await chips.getChipProfileBySlug("h20");
    expect(h20?.events.map((event) => [event.date?.slice(0, 10), event.datePrecision])).toEqual([
      ["2025-07-15", "day"],
      ["2025-08-12", "day"],
    ]);
    expect(h20?.eventCount).toBe(2);
    expect(await chips.getChipProfileBySlug("no-such-chip")).toBeNull();
  });
});

describe("GET /api/v1/export/chips", () => {
  const get = (query: string) => exportRoute.GET(new Request(`http://x/api/v1/export/chips${query}`));

  it("exports exactly the filter as CSV, every spec with its source", async () => {
    const response = await get("?format=csv&vendor=nvidia&sort=bf16_tflops&dir=desc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain('filename="chipwatch-chips.csv"');
    const nvidia = await t.db.chip.count({ where: { vendor: { slug: "nvidia" } } });
    expect(response.headers.get("x-total-count")).toBe(String(nvidia));
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(nvidia + 1);
    const header = lines[0].split(",");
    for (const column of ["bf16_tflops", "bf16_tflops_source", "tdp_w_source", "interconnect_source", "tflops_per_watt_derived"]) {
      expect(header).toContain(column);
    }
    expect(lines[1].startsWith("b200,")).toBe(true);
  });

  it("exports JSON with the same columns, and empty cells for unknown values", async () => {
    const response = await get("?format=json&vendor=huawei&kind=system");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Record<string, unknown>[]; total: number };
    expect(body.total).toBe(1);
    const [cloudMatrix] = body.data;
    expect(cloudMatrix.slug).toBe("cloudmatrix-384");
    expect(cloudMatrix.chip_count).toBe(384);
    expect(cloudMatrix.chip_count_source_url).toMatch(/^http:\/\/x\/sources\/[^/]+#spec-chip_count$/);
    expect(cloudMatrix.bf16_tflops).toBeNull();
    expect(cloudMatrix.tflops_per_watt_derived).toBeNull();
  });

  it("answers 400 naming the parameter for a bad query", async () => {
    for (const [query, parameter] of [
      ["?format=xml", "format"],
      ["?sort=bogus", "sort"],
      ["?dir=up", "dir"],
      ["?vendor=no-such-vendor", "vendor"],
      ["?page=2", "page"],
      ["?format=csv&format=json", "format"],
    ] as const) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.parameter, query).toBe(parameter);
    }
  });
});

describe("chip page parameters", () => {
  it("falls back to the default sort and says why", () => {
    const { data, problems } = parsePageSearchParams(ChipTableQuerySchema, { sort: "bogus", dir: "desc", vendor: "huawei" });
    expect(data.sort).toBeUndefined();
    expect(data.dir).toBe("desc");
    expect(data.vendor).toBe("huawei");
    expect(problems.map((problem) => problem.parameter)).toEqual(["sort"]);
    expect(problems[0].message).toContain("sort must be one of name, vendor");
    expect(parsePageSearchParams(ChipTableQuerySchema, { colour: "red" }).problems[0].parameter).toBe("colour");
  });

  it("reads the compare list from a comma list, repeated parameters, or both", () => {
    const repeated = parsePageSearchParams(CompareQuerySchema, joinCompareParam({ chips: ["ascend-910c", "h20", "h100"] }));
    expect(parseCompareSelection(repeated.data.chips).slugs).toEqual(["ascend-910c", "h20", "h100"]);
    const params = new URLSearchParams("chips=ascend-910c,h20&chips=H100&chips=h20");
    const mixed = parsePageSearchParams(CompareQuerySchema, joinCompareParam(params));
    expect(mixed.problems).toEqual([]);
    expect(parseCompareSelection(mixed.data.chips).slugs).toEqual(["ascend-910c", "h20", "h100"]);
  });

  it("keeps at most six chips and sets aside what cannot be a slug", () => {
    const selection = parseCompareSelection("a,b,,c,d,e,f,g,h,<script>, b");
    expect(selection.slugs).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(selection.overLimit).toEqual(["g", "h"]);
    expect(selection.malformed).toEqual(["<script>"]);
    expect(parseCompareSelection(undefined)).toEqual({ slugs: [], malformed: [], overLimit: [] });
  });
});
