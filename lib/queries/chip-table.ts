import "server-only";
import { SPEC_METRICS, SPEC_METRIC_KEYS, type SpecMetric } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chipWhere, type ChipFilters } from "@/lib/queries/chips";
import { iso, pageArgs, type PageRequest } from "@/lib/queries/shared";
import {
  TABLE_METRICS,
  TFLOPS_PER_WATT,
  sortChips,
  tflopsPerWatt,
  type ChipSortKey,
  type DerivedMetric,
  type SortableChip,
  type SortDirection,
} from "@/lib/specs";

// Reads for the chip spec table (/chips) and its export. Specs are rows of ChipSpec, so a sort
// on a spec cannot be an ORDER BY on the chip table: one query reads the matching chips with
// their spec rows (only the metrics asked for), bounded by CHIP_TABLE_LIMIT, and lib/specs sorts
// them (unknown values last) before the page is cut. At 40 chips this is one small query.
//
// How it scales: past a few thousand chips, push the sort into SQL instead, e.g. a raw query
// ordering by (SELECT valueNum FROM ChipSpec WHERE chipId = Chip.id AND metric = ?) with NULLs
// last and LIMIT/OFFSET (the metric comes from the sort whitelist; ChipSpec's unique
// (chipId, metric) index serves the lookup), then load that page's specs; or keep denormalised
// sort columns on Chip. Until then a filter matching more than CHIP_TABLE_LIMIT chips is sorted
// within the first CHIP_TABLE_LIMIT by name, and the page says so.

/** The most chips one table read (a page, or an export) considers. */
export const CHIP_TABLE_LIMIT = 1000;
/** The most vendors the table's vendor filter lists. */
export const CHIP_VENDORS_LIMIT = 500;

const specFields = {
  metric: true,
  valueNum: true,
  valueText: true,
  valueBool: true,
  unit: true,
  sourceName: true,
  sourceUrl: true,
  licence: true,
  sourceId: true,
} satisfies Prisma.ChipSpecSelect;

function tableSelect(metrics: readonly SpecMetric[]) {
  return {
    slug: true,
    name: true,
    nameZh: true,
    family: true,
    kind: true,
    status: true,
    releasedOn: true,
    announcedOn: true,
    datePrecision: true,
    dateSourceName: true,
    dateSourceUrl: true,
    processNode: true,
    foundry: true,
    vendor: { select: { slug: true, name: true } },
    specs: { where: { metric: { in: [...metrics] } }, select: specFields },
  } satisfies Prisma.ChipSelect;
}

type TableRow = Prisma.ChipGetPayload<{ select: ReturnType<typeof tableSelect> }>;

export type ChipTableSpec = {
  value: number | string | boolean;
  unit: string | null;
  source: { name: string; url: string | null; licence: string | null; articleId: string | null };
};

export type ChipTableRow = SortableChip & {
  vendor: { slug: string; name: string };
  nameZh: string | null;
  family: string | null;
  datePrecision: string | null;
  /** true when `date` is the announcement date (no release date is known) */
  dateIsAnnouncement: boolean;
  dateSource: { name: string; url: string | null } | null;
  processNode: string | null;
  foundry: string | null;
  specs: Partial<Record<SpecMetric, ChipTableSpec>>;
  /** derived: BF16/FP16 TFLOPS ÷ TDP, null unless both are known */
  tflopsPerWatt: number | null;
};

function toTableRow(row: TableRow): ChipTableRow {
  const specs: Partial<Record<SpecMetric, ChipTableSpec>> = {};
  const numbers: Partial<Record<SpecMetric | DerivedMetric, number>> = {};
  for (const spec of row.specs) {
    const metric = spec.metric as SpecMetric;
    const value = spec.valueNum ?? spec.valueText ?? spec.valueBool;
    if (!(metric in SPEC_METRICS) || value === null) continue;
    specs[metric] = {
      value,
      unit: SPEC_METRICS[metric].unit ?? spec.unit,
      source: { name: spec.sourceName, url: spec.sourceUrl, licence: spec.licence, articleId: spec.sourceId },
    };
    if (typeof value === "number") numbers[metric] = value;
  }
  const ratio = tflopsPerWatt(numbers.bf16_tflops, numbers.tdp_w);
  if (ratio !== null) numbers[TFLOPS_PER_WATT] = ratio;
  const date = row.releasedOn ?? row.announcedOn;
  return {
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    family: row.family,
    vendor: row.vendor,
    kind: row.kind,
    status: row.status,
    date: iso(date),
    datePrecision: date ? row.datePrecision : null,
    dateIsAnnouncement: !row.releasedOn && !!row.announcedOn,
    dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
    processNode: row.processNode,
    foundry: row.foundry,
    specs,
    numbers,
    tflopsPerWatt: ratio,
  };
}

export type ChipTableRequest = {
  filters: ChipFilters;
  sort: ChipSortKey;
  dir: SortDirection;
};

/** Every chip matching the filters (at most `limit`), sorted; and how many match in all. */
async function readChipTable(
  { filters, sort, dir }: ChipTableRequest,
  metrics: readonly SpecMetric[],
  limit: number,
): Promise<{ rows: ChipTableRow[]; total: number }> {
  const where = chipWhere(filters);
  const [rows, total] = await Promise.all([
    db.chip.findMany({
      where,
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      take: limit,
      select: tableSelect(metrics),
    }),
    db.chip.count({ where }),
  ]);
  return { rows: sortChips(rows.map(toTableRow), sort, dir), total };
}

export type ChipTablePage = {
  rows: ChipTableRow[];
  /** chips matching the filters, in all */
  total: number;
  /** true when more chips match than CHIP_TABLE_LIMIT: the sort covered only the first ones by name */
  capped: boolean;
};

/** One page of the /chips table: the chips matching the filters, sorted, with the table's spec columns. */
export async function listChipTable(request: ChipTableRequest & PageRequest): Promise<ChipTablePage> {
  const { rows, total } = await readChipTable(request, TABLE_METRICS, CHIP_TABLE_LIMIT);
  const { skip, take } = pageArgs(request);
  return { rows: rows.slice(skip, skip + take), total, capped: total > CHIP_TABLE_LIMIT };
}

/** Every chip matching the filters with every spec, sorted, for an export (at most `limit`). */
export async function listChipsForExport(
  request: ChipTableRequest,
  limit: number,
): Promise<{ rows: ChipTableRow[]; total: number }> {
  return readChipTable(request, SPEC_METRIC_KEYS, Math.min(limit, CHIP_TABLE_LIMIT));
}

export type ChipVendor = { slug: string; name: string };

/** The companies that make at least one chip, by name: the table's vendor filter. */
export async function listChipVendors(): Promise<ChipVendor[]> {
  return db.company.findMany({
    where: { chips: { some: {} } },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true },
    take: CHIP_VENDORS_LIMIT,
  });
}
