import { CHIP_KIND_LABELS, CHIP_STATUSES, SPEC_METRICS, type ChipKind, type SpecMetric } from "@/lib/constants";
import { naturalSortKey } from "@/lib/natural-key";
import { safeHttpUrl } from "@/lib/safe-url";

// Chip specs for readers: formatting, the one derived figure (TFLOPS per watt), which value of a
// comparison row is best, normalisation to the first chip, and the spec table's sort order.
// Pure functions: no database, no React. An unknown value is null or absent, never zero, and
// nothing here ever turns an unknown into a number.

/** The derived figure: dense BF16/FP16 TFLOPS divided by TDP in watts. Not stored: computed. */
export const TFLOPS_PER_WATT = "tflops_per_watt";
export type DerivedMetric = typeof TFLOPS_PER_WATT;
export const TFLOPS_PER_WATT_INFO = {
  label: "TFLOPS per watt",
  unit: "TFLOPS/W",
  formula: "Dense BF16/FP16 TFLOPS ÷ TDP in watts",
} as const;

/** The spec columns of the /chips table (memory type is shown next to memory). */
export const TABLE_METRICS = ["bf16_tflops", "int8_tops", "memory_gb", "memory_type", "memory_bandwidth_tbs", "tdp_w"] as const satisfies readonly SpecMetric[];

/** The rows of the compare table, in order: every stored metric, then the derived one. */
export const COMPARE_METRICS: readonly (SpecMetric | DerivedMetric)[] = [
  "bf16_tflops",
  "fp8_tflops",
  "fp8_support",
  "int8_tops",
  "memory_gb",
  "memory_type",
  "memory_bandwidth_tbs",
  "tdp_w",
  TFLOPS_PER_WATT,
  "interconnect",
  "chip_count",
];

/** Which way is better for a metric: "higher", "lower", or null when "best" means nothing (text, yes/no, counts). */
export type BetterDirection = "higher" | "lower" | null;

export function betterDirection(metric: SpecMetric | DerivedMetric): BetterDirection {
  if (metric === TFLOPS_PER_WATT) return "higher";
  const info = SPEC_METRICS[metric];
  if (info.type !== "number" || info.higherIsBetter === null) return null;
  return info.higherIsBetter ? "higher" : "lower";
}

/** The metrics the compare page charts: numbers with a better direction. */
export const CHART_METRICS = COMPARE_METRICS.filter((metric) => betterDirection(metric) !== null);

export function metricLabel(metric: SpecMetric | DerivedMetric): string {
  return metric === TFLOPS_PER_WATT ? TFLOPS_PER_WATT_INFO.label : SPEC_METRICS[metric].label;
}

export function metricUnit(metric: SpecMetric | DerivedMetric): string | null {
  return metric === TFLOPS_PER_WATT ? TFLOPS_PER_WATT_INFO.unit : SPEC_METRICS[metric].unit;
}

function isKnownNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * TFLOPS per watt from dense BF16/FP16 TFLOPS and TDP, or null when either is unknown, not a
 * number, or the TDP is not positive. Never computed from a missing value.
 */
export function tflopsPerWatt(bf16Tflops: unknown, tdpW: unknown): number | null {
  if (!isKnownNumber(bf16Tflops) || !isKnownNumber(tdpW)) return null;
  if (tdpW <= 0 || bf16Tflops < 0) return null;
  return bf16Tflops / tdpW;
}

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

/** A stored number as readers see it: up to three decimals, thousands grouped (989.5, 1,979, 1.228). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** TFLOPS per watt with two decimals (a derived ratio: more digits would be false precision). */
export function formatTflopsPerWatt(value: number): string {
  return value.toFixed(2);
}

/** A spec value without its unit: numbers formatted, yes/no spelled out, text as given. */
export function formatSpecValue(value: number | string | boolean): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return formatNumber(value);
  return value;
}

/** A spec value with its unit, e.g. "989.5 TFLOPS", "HBM3", "Yes". */
export function formatSpecWithUnit(value: number | string | boolean, unit: string | null | undefined): string {
  const text = formatSpecValue(value);
  return typeof value === "number" && unit ? `${text} ${unit}` : text;
}

/** A share of the first chip's value, e.g. "100 %", "18.5 %" (a no-break space before the sign). */
export function formatPercent(percent: number): string {
  return `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(percent)}\u00a0%`;
}

// ─── Sources ────────────────────────────────────────────────────────────────────────────────

export type SpecSourceKind = "epoch" | "evokernel" | "article" | "other";

/** How the spec tables abbreviate each kind of source; the legend under a table spells them out. */
export const SPEC_SOURCE_LEGEND: Record<SpecSourceKind, { abbreviation: string; name: string; detail: string }> = {
  epoch: { abbreviation: "E", name: "Epoch AI", detail: "Machine Learning Hardware dataset, CC BY 4.0" },
  evokernel: { abbreviation: "K", name: "EvoKernel Spec", detail: "vendor-reported values, CC BY-SA 4.0" },
  article: { abbreviation: "A", name: "Article", detail: "a news article archived on Chipwatch, quoted verbatim" },
  other: { abbreviation: "O", name: "Other source", detail: "named in full on the chip's page" },
};

/** Which kind of source a spec value comes from, by its source name (and whether it quotes an archived article). */
export function specSourceKind(source: { name: string; fromArticle?: boolean }): SpecSourceKind {
  if (source.fromArticle) return "article";
  const name = source.name.trim().toLowerCase();
  if (name.startsWith("epoch ai")) return "epoch";
  if (name.startsWith("evokernel")) return "evokernel";
  return "other";
}

/** A short name for a source, e.g. "Epoch AI" for "Epoch AI, Machine Learning Hardware dataset". */
export function specSourceShortName(source: { name: string; fromArticle?: boolean }): string {
  const kind = specSourceKind(source);
  return kind === "epoch" || kind === "evokernel" ? SPEC_SOURCE_LEGEND[kind].name : source.name;
}

/**
 * Where a spec value's source lives: the archived article's quote, else the source's own URL when
 * it is an http(s) address (see lib/safe-url.ts), else nowhere.
 */
export function specSourceHref(
  metric: string,
  source: { url: string | null; articleId?: string | null },
): string | null {
  if (source.articleId) return `/sources/${encodeURIComponent(source.articleId)}#spec-${metric}`;
  return safeHttpUrl(source.url);
}

// ─── Comparison ─────────────────────────────────────────────────────────────────────────────

/**
 * The positions of the best value in one row of a comparison. Nothing is best when the metric has
 * no better direction, when fewer than two values are known, or when every known value is the
 * same (nothing to tell apart). Tied best values are all best. Unknown values are never best.
 */
export function bestIndices(values: readonly (number | null | undefined)[], direction: BetterDirection): number[] {
  if (direction === null) return [];
  const known = values.filter(isKnownNumber);
  if (known.length < 2) return [];
  const best = direction === "higher" ? Math.max(...known) : Math.min(...known);
  if (known.every((value) => value === best)) return [];
  return values.flatMap((value, index) => (isKnownNumber(value) && value === best ? [index] : []));
}

/**
 * Each value as a percentage of the first one (the first is 100). A value that is unknown stays
 * null (never 0). When the first value is unknown or not positive there is no baseline, and every
 * percentage is null.
 */
export function normaliseToFirst(values: readonly (number | null | undefined)[]): {
  baseline: number | null;
  percents: (number | null)[];
} {
  const [first] = values;
  if (!isKnownNumber(first) || first <= 0) return { baseline: null, percents: values.map(() => null) };
  return { baseline: first, percents: values.map((value) => (isKnownNumber(value) ? (value / first) * 100 : null)) };
}

// ─── Sorting the spec table ─────────────────────────────────────────────────────────────────

/** The whitelisted sort keys of the chip table (and its export). */
export const CHIP_SORT_KEYS = [
  "name",
  "vendor",
  "kind",
  "status",
  "released",
  "bf16_tflops",
  "int8_tops",
  "memory_gb",
  "memory_bandwidth_tbs",
  "tdp_w",
  TFLOPS_PER_WATT,
] as const;
export type ChipSortKey = (typeof CHIP_SORT_KEYS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const DEFAULT_CHIP_SORT: { sort: ChipSortKey; dir: SortDirection } = { sort: "name", dir: "asc" };

/** Numbers and dates first sort from the largest/newest down; names, kinds and statuses A to Z. */
export function defaultSortDirection(key: ChipSortKey): SortDirection {
  return key === "name" || key === "vendor" || key === "kind" || key === "status" ? "asc" : "desc";
}

/** The direction a column header link asks for: the other one when the column is already sorted, else its default. */
export function nextSortDirection(key: ChipSortKey, current: { sort: ChipSortKey; dir: SortDirection }): SortDirection {
  if (current.sort !== key) return defaultSortDirection(key);
  return current.dir === "asc" ? "desc" : "asc";
}

const SORT_LABELS: Record<ChipSortKey, string> = {
  name: "name",
  vendor: "vendor",
  kind: "kind",
  status: "status",
  released: "release date",
  bf16_tflops: "BF16/FP16 TFLOPS",
  int8_tops: "INT8 TOPS",
  memory_gb: "memory",
  memory_bandwidth_tbs: "memory bandwidth",
  tdp_w: "TDP",
  tflops_per_watt: "TFLOPS per watt",
};

/** "BF16/FP16 TFLOPS, highest first", for a table caption. */
export function describeSort(key: ChipSortKey, dir: SortDirection): string {
  const textual = key === "name" || key === "vendor" || key === "kind" || key === "status";
  const order = key === "released" ? (dir === "asc" ? "oldest first" : "newest first") : textual ? (dir === "asc" ? "A to Z" : "Z to A") : dir === "asc" ? "lowest first" : "highest first";
  return `${SORT_LABELS[key]}, ${order}`;
}

/** The fields of a chip the table sorts on. `numbers` holds the known numeric specs (and the derived ratio). */
export type SortableChip = {
  slug: string;
  name: string;
  vendor: { name: string };
  kind: string;
  status: string | null;
  /** ISO date: released, else announced */
  date: string | null;
  numbers: Partial<Record<SpecMetric | DerivedMetric, number>>;
};

// naturalSortKey lives in lib/natural-key.ts (dependency-free, for the Prisma client that stores
// each chip's key); re-exported here with the rest of the table's order.
export { naturalSortKey } from "@/lib/natural-key";

/** Orders two strings by Unicode code point: the byte order of their UTF-8, as SQLite and PostgreSQL's "C" collation compare. */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function compareText(a: string, b: string): number {
  return compareCodePoints(naturalSortKey(a), naturalSortKey(b));
}

function sortValue(chip: SortableChip, key: ChipSortKey): string | number | null {
  switch (key) {
    case "name":
      return chip.name;
    case "vendor":
      return chip.vendor.name;
    case "kind":
      return CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind;
    case "status": {
      // lifecycle order (announced → discontinued), not alphabetical
      const index = chip.status === null ? -1 : (CHIP_STATUSES as readonly string[]).indexOf(chip.status);
      return index === -1 ? null : index;
    }
    case "released":
      return chip.date ? Date.parse(chip.date) : null;
    default: {
      const value = chip.numbers[key];
      return isKnownNumber(value) ? value : null;
    }
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareText(String(a), String(b));
}

/**
 * A comparator for the chip table: by the key in the direction asked, unknown values always last
 * (whatever the direction), then by name and slug A to Z so the order is total and stable. Texts
 * compare by naturalSortKey. lib/queries/chip-table.ts writes the same order in SQL: a change
 * here must be made there too (tests/unit/chip-table.test.ts compares the two).
 */
export function compareChips(key: ChipSortKey, dir: SortDirection) {
  return (a: SortableChip, b: SortableChip): number => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null) {
      const order = compareValues(va, vb);
      if (order !== 0) return dir === "asc" ? order : -order;
    }
    return compareText(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  };
}

/** A sorted copy of the chips (see compareChips). */
export function sortChips<T extends SortableChip>(chips: readonly T[], key: ChipSortKey, dir: SortDirection): T[] {
  return [...chips].sort(compareChips(key, dir));
}
