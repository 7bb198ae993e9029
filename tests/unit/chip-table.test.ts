// The chip table's queries, the compare/profile reads and the chip export, against a throwaway
// seeded database (40 chips from prisma/seed-data/chips.ts), plus the chip pages' URL parsing.
// The last part adds chips of its own, with unknown values and ties, and checks that the order the
// database sorts in is lib/specs' sortChips for every sort key, page after page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHIP_STATUSES, MAX_PAGE_SIZE } from "@/lib/constants";
import type { ChipFilters } from "@/lib/queries/chips";
import { CHIP_SORT_KEYS, SORT_DIRECTIONS, TABLE_METRICS, naturalSortKey, sortChips, type ChipSortKey, type SortDirection } from "@/lib/specs";
import { ChipTableQuerySchema, joinCompareParam, parseCompareSelection, CompareQuerySchema } from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { createTestDb, onPostgres, type TestDb } from "../setup/test-db";

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

// ─── The order the database sorts in ───────────────────────────────────────────────────────

const ORDERS = CHIP_SORT_KEYS.flatMap((sort) => SORT_DIRECTIONS.map((dir) => ({ sort, dir })));
const slugsOf = (rows: readonly { slug: string }[]) => rows.map((row) => row.slug);

type Order = { sort: ChipSortKey; dir: SortDirection };

/** Every chip matching the filters, as the table lists them, read `pageSize` at a time. */
async function readPages(filters: ChipFilters, { sort, dir }: Order, pageSize: number) {
  const rows: Awaited<ReturnType<typeof table.listChipTable>>["rows"] = [];
  for (let page = 1; page <= 1000; page++) {
    const result = await table.listChipTable({ filters, sort, dir, page, pageSize });
    rows.push(...result.rows);
    if (result.rows.length < pageSize) return { rows, total: result.total, pages: page };
  }
  throw new Error("more than 1000 pages");
}

/** The chips matching the filters as Prisma finds them with chipWhere (what the count uses). */
async function matchingSlugs(filters: ChipFilters): Promise<string[]> {
  const rows = await t.db.chip.findMany({ where: chips.chipWhere(filters), select: { slug: true } });
  return rows.map((row) => row.slug).sort();
}

describe("the table's order on the seeded chips", () => {
  it("is sortChips' order for every sort key, both ways", async () => {
    for (const order of ORDERS) {
      const { rows, total } = await table.listChipTable({ filters: {}, ...order, pageSize: MAX_PAGE_SIZE });
      expect(total, `${order.sort} ${order.dir}`).toBe(40);
      expect(slugsOf(rows), `${order.sort} ${order.dir}`).toEqual(slugsOf(sortChips(rows, order.sort, order.dir)));
    }
  });

  it("sorts names naturally: H20 before H100, H200 and H800", async () => {
    const { rows } = await table.listChipTable({ filters: { vendor: "nvidia" }, sort: "name", dir: "asc" });
    const hopper = slugsOf(rows).filter((slug) => ["h20", "h100", "h200", "h800"].includes(slug));
    expect(hopper).toEqual(["h20", "h100", "h200", "h800"]);
  });
});

describe("the table's order on chips with unknown values, ties and more than a page", () => {
  const EXTRA = 150;
  // names that a byte order, a case-sensitive order or a locale's order would each sort differently
  const NAMES = [
    (i: number) => `T${i % 13}`,
    (i: number) => `t${i % 13}`, // the same names but for case: ties, broken by slug
    (i: number) => `T0${i % 7}`, // a leading zero ties with T<n>
    (i: number) => `Test-${i % 5}`,
    (i: number) => `Test_${i % 5}`,
    (i: number) => `Test (${i % 5})`,
    (i: number) => `Test ${i % 5}b`,
    (i: number) => `Ünit ${i % 4}`, // non-ASCII: neither engine folds its case
    (i: number) => `ünit ${i % 4}`,
    (i: number) => `Éclair ${i}`,
    (i: number) => `X${"9".repeat(18)}${i % 3}`, // a run of digits longer than a double holds
    (i: number) => `A${i % 3}b${i % 11}c`,
    (i: number) => `Zz 9 ${i}`,
  ];
  const VENDORS = [
    { slug: "test-vendor-10", name: "Vendor 10" },
    { slug: "test-vendor-9", name: "vendor 9" },
    { slug: "test-eclair", name: "Éclair Silicon" },
    { slug: "test-zeta", name: "Zeta Test Vendor" },
    { slug: "test-alpha", name: "alpha Test Vendor" },
  ];
  const KINDS = ["accelerator", "system", "series", "module"]; // "module" is no kind the app knows: sorted by its own text
  const STATUSES = [null, "announced", "sampling", "shipping", "discontinued", "retired"]; // "retired" is unknown
  const DAYS = ["2021-03-01", "2023-11-09", "2023-11-09", "2025-06-30"].map((day) => new Date(`${day}T00:00:00.000Z`));
  // per metric: a number, "text" (a value that is no number: unknown to the sort), or null (no row)
  const VALUES: Record<"bf16_tflops" | "tdp_w" | "int8_tops" | "memory_gb" | "memory_bandwidth_tbs", (number | "text" | null)[]> = {
    bf16_tflops: [null, 100, 100, 250.5, 0, -5, "text", 1e6, 100],
    tdp_w: [350, null, 350, 0, 700, 0.5, "text"],
    int8_tops: [null, 1, 2, 2, 3.25, 1e-9],
    memory_gb: [16, null, 16, 96, 0],
    memory_bandwidth_tbs: [null, 3.35, 1.2, 3.35],
  };

  beforeAll(async () => {
    await t.db.company.createMany({ data: VENDORS });
    const vendorIds = new Map(
      (await t.db.company.findMany({ where: { slug: { in: VENDORS.map((v) => v.slug) } } })).map((v) => [v.slug, v.id]),
    );
    const extra = Array.from({ length: EXTRA }, (_, i) => {
      const dateKind = i % 5;
      return {
        id: `zz-chip-${i}`,
        // slugs in another order than the names, so that the slug tie-break shows
        slug: `zz-${String((i * 37) % 1000).padStart(3, "0")}-${i}`,
        name: NAMES[i % NAMES.length](i),
        vendorId: vendorIds.get(VENDORS[i % VENDORS.length].slug)!,
        kind: KINDS[i % KINDS.length],
        status: STATUSES[i % STATUSES.length],
        releasedOn: dateKind === 0 || dateKind === 3 || dateKind === 4 ? DAYS[i % DAYS.length] : null,
        announcedOn: dateKind === 0 ? DAYS[0] : dateKind === 1 || dateKind === 4 ? DAYS[i % DAYS.length] : null,
      };
    });
    await t.db.chip.createMany({ data: extra });
    await t.db.chipAlias.createMany({ data: [{ chipId: "zz-chip-7", alias: "Quokka Prime", normalized: "quokka prime" }] });
    const specs = extra.flatMap((chip, i) =>
      Object.entries(VALUES).flatMap(([metric, values], m) => {
        const value = values[(i * (m + 3) + m) % values.length];
        if (value === null) return [];
        return [
          {
            chipId: chip.id,
            metric,
            valueNum: typeof value === "number" ? value : null,
            valueText: value === "text" ? "not published" : null,
            sourceName: "Test source",
          },
        ];
      }),
    );
    await t.db.chipSpec.createMany({ data: specs });
    // values that are no finite number are unknown too: Infinity on both engines, NaN on PostgreSQL
    // (SQLite stores NaN as NULL)
    const infinity = onPostgres ? "'Infinity'::float8" : "9e999";
    await t.db.$executeRawUnsafe(`UPDATE "ChipSpec" SET "valueNum" = ${infinity} WHERE "chipId" = 'zz-chip-1' AND "metric" = 'tdp_w'`);
    await t.db.$executeRawUnsafe(`UPDATE "ChipSpec" SET "valueNum" = ${infinity} WHERE "chipId" = 'zz-chip-2' AND "metric" = 'bf16_tflops'`);
    if (onPostgres) {
      await t.db.$executeRawUnsafe(`UPDATE "ChipSpec" SET "valueNum" = 'NaN'::float8 WHERE "chipId" = 'zz-chip-3' AND "metric" = 'memory_gb'`);
    }
  });

  it("made the cases it means to test", async () => {
    const { rows } = await table.listChipTable({ filters: {}, sort: "name", dir: "asc", pageSize: MAX_PAGE_SIZE });
    expect(rows).toHaveLength(40 + EXTRA);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const one = (i: number) => bySlug.get(`zz-${String((i * 37) % 1000).padStart(3, "0")}-${i}`)!;
    expect(one(1).specs.tdp_w?.value).toBe(Infinity);
    expect(one(1).numbers.tdp_w).toBe(Infinity);
    expect(one(2).tflopsPerWatt).toBeNull();
    const extra = rows.filter((row) => row.slug.startsWith("zz-"));
    for (const metric of Object.keys(VALUES) as (keyof typeof VALUES)[]) {
      const values = extra.map((row) => row.numbers[metric]);
      expect(values.filter((value) => value === undefined).length, metric).toBeGreaterThan(10);
      expect(new Set(values).size, metric).toBeLessThan(values.length); // ties
    }
    expect(extra.filter((row) => row.tflopsPerWatt !== null).length).toBeGreaterThan(10);
    expect(extra.filter((row) => row.date === null).length).toBeGreaterThan(10);
    expect(extra.filter((row) => row.dateIsAnnouncement).length).toBeGreaterThan(10);
  });

  it("is sortChips' order for every sort key, both ways, and pages neither overlap nor skip", async () => {
    const everyChip = await matchingSlugs({});
    for (const order of ORDERS) {
      const label = `${order.sort} ${order.dir}`;
      const whole = await table.listChipTable({ filters: {}, ...order, pageSize: MAX_PAGE_SIZE });
      expect(whole.total, label).toBe(40 + EXTRA);
      expect(slugsOf(whole.rows), label).toEqual(slugsOf(sortChips(whole.rows, order.sort, order.dir)));

      const paged = await readPages({}, order, 13);
      expect(paged.pages, label).toBe(Math.ceil((40 + EXTRA + 1) / 13));
      expect(slugsOf(paged.rows), label).toEqual(slugsOf(whole.rows));
      expect(new Set(slugsOf(paged.rows)).size, label).toBe(40 + EXTRA);
      expect(slugsOf(paged.rows).sort(), label).toEqual(everyChip);
    }
  });

  it("keeps unknown values last in both directions", async () => {
    for (const sort of ["tdp_w", "tflops_per_watt", "status", "released"] as const) {
      for (const dir of SORT_DIRECTIONS) {
        const { rows } = await table.listChipTable({ filters: {}, sort, dir, pageSize: MAX_PAGE_SIZE });
        const known = rows.map((row) =>
          sort === "released"
            ? row.date !== null
            : sort === "status"
              ? (CHIP_STATUSES as readonly (string | null)[]).includes(row.status)
              : Number.isFinite(row.numbers[sort]),
        );
        const firstUnknown = known.indexOf(false);
        expect(firstUnknown, `${sort} ${dir}`).toBeGreaterThan(0);
        expect(known.slice(firstUnknown).every((value) => !value), `${sort} ${dir}`).toBe(true);
      }
    }
  });

  it("applies the filters as chipWhere does, with the count, in the same order", async () => {
    const filterSets: ChipFilters[] = [
      { vendor: "test-zeta" },
      { vendor: "huawei", kind: "accelerator" },
      { vendor: "no-such-vendor" },
      { kind: "system", status: "shipping" },
      { status: "announced" },
      { q: "test" },
      { q: "TEST (" },
      { q: "ünit" },
      { q: "Ünit" },
      { q: "昇腾" },
      { q: "quokka" }, // only an alias has it
      { q: "910b" }, // names and aliases
      { q: "%" }, // Prisma does not escape LIKE's wildcards: neither does the table
      { q: "t_s" },
      { q: "\\" },
      { q: "!!!" }, // nothing left of it once normalised: every chip with an alias
      { q: "T1", vendor: "test-vendor-10", kind: "accelerator" },
    ];
    for (const filters of filterSets) {
      const label = JSON.stringify(filters);
      const expected = await matchingSlugs(filters);
      for (const order of [
        { sort: "name", dir: "asc" },
        { sort: "vendor", dir: "desc" },
        { sort: "bf16_tflops", dir: "desc" },
      ] satisfies Order[]) {
        const { rows, total } = await table.listChipTable({ filters, ...order, pageSize: MAX_PAGE_SIZE });
        expect(total, label).toBe(expected.length);
        expect(slugsOf(rows).sort(), label).toEqual(expected);
        expect(slugsOf(rows), label).toEqual(slugsOf(sortChips(rows, order.sort, order.dir)));
      }
    }
  });

  it("exports the same order, past any former cap, and as many rows as asked", async () => {
    const order: Order = { sort: "tflops_per_watt", dir: "asc" };
    const { rows } = await table.listChipTable({ filters: {}, ...order, pageSize: MAX_PAGE_SIZE });
    const all = await table.listChipsForExport({ filters: {}, ...order }, 10_000);
    expect(all.total).toBe(40 + EXTRA);
    expect(slugsOf(all.rows)).toEqual(slugsOf(rows));
    // the export reads every spec, not only the table's columns
    const h100Metrics = Object.keys(all.rows.find((row) => row.slug === "h100")!.specs);
    expect(h100Metrics.some((metric) => !(TABLE_METRICS as readonly string[]).includes(metric))).toBe(true);
    const first = await table.listChipsForExport({ filters: {}, ...order }, 17);
    expect(first.total).toBe(40 + EXTRA);
    expect(slugsOf(first.rows)).toEqual(slugsOf(rows).slice(0, 17));
  });
});

describe("the chips' stored name keys (Chip.nameKey)", () => {
  const NAMES = ["H100", "Ascend 910B", "a0007x", "X1 2 30", "Éclair 12", "MLU370-X8", "9", "Zz 0", "壁仞 BR104"];

  it("are written with the name by every Prisma write of a chip", async () => {
    const vendor = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" }, select: { id: true } });
    const base = { vendorId: vendor.id, kind: "accelerator" };
    await t.db.chip.create({ data: { ...base, slug: "nk-create", name: "NK 12b" } });
    await t.db.chip.createMany({ data: [{ ...base, slug: "nk-many-1", name: "NK 3" }, { ...base, slug: "nk-many-2", name: "NK 0040" }] });
    await t.db.chip.upsert({ where: { slug: "nk-upsert" }, create: { ...base, slug: "nk-upsert", name: "NK 7" }, update: {} });
    await t.db.$transaction(async (tx) => {
      await tx.chip.update({ where: { slug: "nk-create" }, data: { name: "NK 120b" } });
      await tx.chip.updateMany({ where: { slug: "nk-many-1" }, data: { name: { set: "NK 30" } } });
    });
    await t.db.chip.upsert({ where: { slug: "nk-upsert" }, create: { ...base, slug: "nk-upsert", name: "unused" }, update: { name: "NK 70" } });
    // a write that leaves the name alone leaves the key alone
    await t.db.chip.update({ where: { slug: "nk-many-2" }, data: { family: "NK" } });

    const rows = await t.db.chip.findMany({ where: { slug: { startsWith: "nk-" } }, select: { slug: true, name: true, nameKey: true }, orderBy: { slug: "asc" } });
    expect(rows.map((row) => row.name)).toEqual(["NK 120b", "NK 30", "NK 0040", "NK 70"]);
    for (const row of rows) expect(row.nameKey, row.slug).toBe(naturalSortKey(row.name));
    expect(rows[0].nameKey).toBe("nk 0003120b");
    await t.db.chip.deleteMany({ where: { slug: { startsWith: "nk-" } } });
  });

  it("are filled for existing chips by the migration, as naturalSortKey computes them", async () => {
    const engine = onPostgres ? "prisma/postgres/migrations" : "prisma/migrations";
    const sql = readFileSync(path.join(engine, "20261222000009_chip_name_key", "migration.sql"), "utf8");
    // the migration's backfill: from its WITH RECURSIVE to the end of its UPDATE
    const backfill = /WITH RECURSIVE[\s\S]*?UPDATE "Chip"[^;]*;/.exec(sql)?.[0];
    expect(backfill).toBeDefined();
    const vendor = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" }, select: { id: true } });
    await t.db.chip.createMany({ data: NAMES.map((name, i) => ({ vendorId: vendor.id, kind: "accelerator", slug: `nk-backfill-${i}`, name })) });
    await t.db.$executeRawUnsafe(`UPDATE "Chip" SET "nameKey" = ''`);
    await t.db.$executeRawUnsafe(backfill!);

    const rows = await t.db.chip.findMany({ select: { slug: true, name: true, nameKey: true } });
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(row.nameKey, row.name).toBe(naturalSortKey(row.name));
    await t.db.chip.deleteMany({ where: { slug: { startsWith: "nk-backfill-" } } });
  });
});
