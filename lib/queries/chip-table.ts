import "server-only";
import { CHIP_KIND_LABELS, CHIP_STATUSES, SPEC_METRICS, SPEC_METRIC_KEYS, type SpecMetric } from "@/lib/constants";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";
import { chipWhere, type ChipFilters } from "@/lib/queries/chips";
import { dbProvider, inIdOrder, iso, pageArgs, textContainsSql, type PageRequest } from "@/lib/queries/shared";
import {
  TABLE_METRICS,
  TFLOPS_PER_WATT,
  tflopsPerWatt,
  type ChipSortKey,
  type DerivedMetric,
  type SortableChip,
  type SortDirection,
} from "@/lib/specs";

// Reads for the chip spec table (/chips) and its export. The database sorts and cuts the page:
// one SQL query (orderedChipIds) applies the filters, orders every matching chip by the sort key
// and returns the ids of the page (LIMIT/OFFSET); Prisma then reads those chips with their spec
// rows (only the metrics asked for), and a count gives the total. The order is exactly
// compareChips in lib/specs.ts, which tests/unit/chip-table.test.ts checks on both engines:
// - a spec key is a correlated subquery on ChipSpec (its unique (chipId, metric) index finds the
//   row), TFLOPS per watt one on the two rows it is computed from; a value that is not a finite
//   number is unknown, as in lib/specs;
// - unknown values last in both directions: `("value" IS NULL) ASC, "value" DESC`, which both
//   SQLite and PostgreSQL read the same way (PostgreSQL would otherwise put NULLs first in DESC);
// - names, vendor names and kind labels sort by naturalSortKey (lib/specs), compared byte by byte
//   (PostgreSQL: COLLATE "C"): a chip's is stored (Chip.nameKey, written with the name by
//   lib/prisma-client.ts), so the name order, the table's default, walks the index
//   Chip_nameKey_idx (migration *_chip_name_key) and stops at the page's end; a vendor's name and
//   a kind label's are computed in SQL by a recursive CTE with one step per run of digits; then the
//   slug, so the order is total and pages never overlap.
// Bounded by the number of chips, not of specs or claims. The other sorts compute every matching
// chip's value (nothing indexes them): at the 3,334 chips of the synthetic 1M-claim database,
// a few ms.


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

/** The filters of chipWhere as SQL conditions on chip `c` (the tests check that both find the same chips). */
function filterConditions(filters: ChipFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.vendor) conditions.push(Prisma.sql`c."vendorId" IN (SELECT "id" FROM "Company" WHERE "slug" = ${filters.vendor})`);
  if (filters.status) conditions.push(Prisma.sql`c."status" = ${filters.status}`);
  if (filters.kind) conditions.push(Prisma.sql`c."kind" = ${filters.kind}`);
  if (filters.q) {
    const aliasLike = `%${normalizeName(filters.q)}%`;
    const matches = [
      textContainsSql(Prisma.sql`c."name"`, filters.q),
      textContainsSql(Prisma.sql`c."nameZh"`, filters.q),
      textContainsSql(Prisma.sql`c."family"`, filters.q),
      // chipWhere's plain `contains` on the normalised alias: LIKE on both engines
      Prisma.sql`EXISTS (SELECT 1 FROM "ChipAlias" a WHERE a."chipId" = c."id" AND a."normalized" LIKE ${aliasLike})`,
    ];
    conditions.push(Prisma.sql`(${Prisma.join(matches, " OR ")})`);
  }
  return conditions;
}

/** `x` when it is a finite number, else NULL: `x - x = 0` is false for NULL, ±Infinity and NaN, as isKnownNumber. */
function knownNumber(column: string): string {
  return `CASE WHEN ${column} - ${column} = 0 THEN ${column} END`;
}

/**
 * What the table sorts chip `c` (of vendor `v`) by, as SQL: a text, sorted by its natural key, or a
 * number or date, NULL when unknown. The same values as sortValue in lib/specs.ts.
 */
function sortValueSql(key: ChipSortKey): { value: Prisma.Sql; text: boolean } {
  switch (key) {
    case "name":
      return { value: Prisma.sql`c."name"`, text: true };
    case "vendor":
      return { value: Prisma.sql`v."name"`, text: true };
    case "kind": {
      const labels = Object.entries(CHIP_KIND_LABELS).map(([kind, label]) => Prisma.sql`WHEN ${kind} THEN ${label}`);
      return { value: Prisma.sql`CASE c."kind" ${Prisma.join(labels, " ")} ELSE c."kind" END`, text: true };
    }
    case "status": {
      // lifecycle order; a status outside CHIP_STATUSES is unknown
      const ranks = CHIP_STATUSES.map((status, rank) => Prisma.sql`WHEN ${status} THEN ${Prisma.raw(String(rank))}`);
      return { value: Prisma.sql`CASE c."status" ${Prisma.join(ranks, " ")} END`, text: false };
    }
    case "released":
      return { value: Prisma.sql`COALESCE(c."releasedOn", c."announcedOn")`, text: false };
    case TFLOPS_PER_WATT: {
      // tflopsPerWatt(bf16_tflops, tdp_w): both known, TFLOPS not negative, watts positive
      const ratio = `CASE WHEN b."valueNum" >= 0 AND t."valueNum" > 0 THEN ${knownNumber(`b."valueNum"`)} / ${knownNumber(`t."valueNum"`)} END`;
      return {
        value: Prisma.sql`(SELECT ${Prisma.raw(ratio)} FROM "ChipSpec" b
          JOIN "ChipSpec" t ON t."chipId" = b."chipId" AND t."metric" = ${"tdp_w" satisfies SpecMetric}
          WHERE b."chipId" = c."id" AND b."metric" = ${"bf16_tflops" satisfies SpecMetric})`,
        text: false,
      };
    }
    default:
      return {
        value: Prisma.sql`(SELECT ${Prisma.raw(knownNumber(`s."valueNum"`))} FROM "ChipSpec" s
          WHERE s."chipId" = c."id" AND s."metric" = ${key satisfies SpecMetric})`,
        text: false,
      };
  }
}

/** SQL: where the first digit of `text` (an expression) is, counting from 1; 0 when it has none. */
function firstDigitSql(text: string): string {
  const digitsAsZero = [..."123456789"].reduce((sql, digit) => `replace(${sql}, '${digit}', '0')`, text);
  return dbProvider === "postgresql" ? `strpos(${digitsAsZero}, '0')` : `instr(${digitsAsZero}, '0')`;
}

/**
 * naturalSortKey (lib/specs.ts) in SQL, for every text of the CTE "sort_text"("txt"): the CTE
 * "natural_key"("txt", "key"). "walk" takes one step per run of digits: it keeps the text before
 * the run as it is, writes the run as "0", its length without leading zeros in three digits (the
 * last three of 1000 + length), then those digits, and goes on after the run. ASCII letters are
 * folded first: SQLite's lower() folds only those (it has no ICU here); PostgreSQL's would fold
 * more, so it spells them out.
 */
const NATURAL_KEY_CTES: Prisma.Sql = (() => {
  const folded =
    dbProvider === "postgresql"
      ? `translate("txt", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`
      : `lower("txt")`;
  const fromRun = `substr("rest", "p")`;
  const afterRun = `ltrim(${fromRun}, '0123456789')`;
  const digits = `ltrim(substr(${fromRun}, 1, length(${fromRun}) - length(${afterRun})), '0')`;
  return Prisma.raw(`"walk"("txt", "rest", "p", "done") AS (
      SELECT "txt", ${folded}, ${firstDigitSql(folded)}, CAST('' AS TEXT) FROM "sort_text"
      UNION ALL
      SELECT "txt", ${afterRun}, ${firstDigitSql(afterRun)},
        "done" || substr("rest", 1, "p" - 1) || '0' || substr(CAST(1000 + length(${digits}) AS TEXT), 2) || ${digits}
      FROM "walk" WHERE "p" > 0
    ),
    "natural_key"("txt", "key") AS (SELECT "txt", "done" || "rest" FROM "walk" WHERE "p" = 0)`);
})();

/** Byte order for texts: SQLite compares them so already; PostgreSQL would use the database's locale. */
const BYTE_ORDER = dbProvider === "postgresql" ? Prisma.sql`COLLATE "C"` : Prisma.empty;
const DIRECTION = { asc: Prisma.sql`ASC`, desc: Prisma.sql`DESC` } satisfies Record<SortDirection, Prisma.Sql>;

/**
 * The ids of the chips matching the filters in the table's order (compareChips in lib/specs.ts):
 * the sort value in the direction asked with unknown values last, then the name's natural key and
 * the slug; from the `skip`-th, at most `take`.
 */
async function orderedChipIds({ filters, sort, dir }: ChipTableRequest, skip: number, take: number): Promise<string[]> {
  const conditions = filterConditions(filters);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const nameOrder = Prisma.sql`c."nameKey" ${BYTE_ORDER}`;
  const slugOrder = Prisma.sql`c."slug" ${BYTE_ORDER} ASC`;
  if (sort === "name") {
    // Chip_nameKey_idx holds this order (both directions: a tie of keys, rare, is sorted by slug)
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT c."id" AS "id" FROM "Chip" c ${where}
      ORDER BY ${nameOrder} ${DIRECTION[dir]}, ${slugOrder}
      LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => row.id);
  }
  const { value, text } = sortValueSql(sort);
  const vendor = sort === "vendor" ? Prisma.sql`JOIN "Company" v ON v."id" = c."vendorId"` : Prisma.empty;
  if (!text) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT c."id" AS "id" FROM "Chip" c ${where}
      ORDER BY (${value}) IS NULL ASC, ${value} ${DIRECTION[dir]}, ${nameOrder} ASC, ${slugOrder}
      LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => row.id);
  }
  // a text value (vendor name, kind label): its natural key, each distinct text computed once
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE
      "matching" AS (SELECT c."id", c."slug", c."nameKey", ${value} AS "sv" FROM "Chip" c ${vendor} ${where}),
      "sort_text"("txt") AS (SELECT DISTINCT "sv" FROM "matching"),
      ${NATURAL_KEY_CTES}
    SELECT m."id" AS "id" FROM "matching" m JOIN "natural_key" s ON s."txt" = m."sv"
    ORDER BY s."key" ${BYTE_ORDER} ${DIRECTION[dir]}, m."nameKey" ${BYTE_ORDER} ASC, m."slug" ${BYTE_ORDER} ASC
    LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
}

/** The chips with these ids, in that order, with the spec rows of `metrics`. */
async function readChipRows(ids: readonly string[], metrics: readonly SpecMetric[]): Promise<ChipTableRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.chip.findMany({ where: { id: { in: [...ids] } }, select: { id: true, ...tableSelect(metrics) } });
  return inIdOrder(ids, rows).map(toTableRow);
}

/** `take` chips matching the filters from the `skip`-th, sorted; and how many match in all. */
async function readChipTable(
  request: ChipTableRequest,
  metrics: readonly SpecMetric[],
  { skip, take }: { skip: number; take: number },
): Promise<{ rows: ChipTableRow[]; total: number }> {
  const [ids, total] = await Promise.all([
    orderedChipIds(request, skip, take),
    db.chip.count({ where: chipWhere(request.filters) }),
  ]);
  return { rows: await readChipRows(ids, metrics), total };
}

export type ChipTablePage = {
  rows: ChipTableRow[];
  /** chips matching the filters, in all */
  total: number;
};

/** One page of the /chips table: the chips matching the filters, sorted, with the table's spec columns. */
export async function listChipTable(request: ChipTableRequest & PageRequest): Promise<ChipTablePage> {
  return readChipTable(request, TABLE_METRICS, pageArgs(request));
}

/** The first `limit` chips matching the filters with every spec, sorted, for an export; and how many match in all. */
export async function listChipsForExport(
  request: ChipTableRequest,
  limit: number,
): Promise<{ rows: ChipTableRow[]; total: number }> {
  return readChipTable(request, SPEC_METRIC_KEYS, { skip: 0, take: Math.max(0, Math.trunc(limit)) });
}
