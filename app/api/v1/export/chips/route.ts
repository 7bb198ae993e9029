import { handleApiRequest, parseQuery, unknownFilterValue } from "@/lib/api";
import { SPEC_METRIC_KEYS } from "@/lib/constants";
import { MAX_EXPORT_ROWS, downloadHeaders, toCsv, type CsvValue } from "@/lib/csv";
import { listChipsForExport, type ChipTableRow } from "@/lib/queries/chip-table";
import { companyExists } from "@/lib/queries/companies";
import { DEFAULT_CHIP_SORT, TFLOPS_PER_WATT, defaultSortDirection, specSourceHref } from "@/lib/specs";
import { ChipExportQuerySchema } from "@/lib/validation/chips-page";

export const dynamic = "force-dynamic";

/** The most rows one chip export returns. */
const EXPORT_LIMIT = MAX_EXPORT_ROWS;

const IDENTITY_COLUMNS = [
  "slug",
  "name",
  "name_zh",
  "family",
  "vendor",
  "vendor_slug",
  "kind",
  "status",
  "date",
  "date_kind",
  "date_precision",
  "date_source",
  "date_source_url",
  "process_node",
  "foundry",
] as const;
const SPEC_COLUMNS = SPEC_METRIC_KEYS.flatMap((metric) => [
  metric,
  `${metric}_source`,
  `${metric}_source_url`,
  `${metric}_licence`,
]);
const COLUMNS = [...IDENTITY_COLUMNS, ...SPEC_COLUMNS, `${TFLOPS_PER_WATT}_derived`];

/** A date only as precise as its source: 2024, 2024-03 or 2024-03-17. */
function preciseDate(date: string | null, precision: string | null): string | null {
  if (!date) return null;
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date.slice(0, 10);
}

function toRecord(chip: ChipTableRow, origin: string): Record<string, CsvValue> {
  const record: Record<string, CsvValue> = {
    slug: chip.slug,
    name: chip.name,
    name_zh: chip.nameZh,
    family: chip.family,
    vendor: chip.vendor.name,
    vendor_slug: chip.vendor.slug,
    kind: chip.kind,
    status: chip.status,
    date: preciseDate(chip.date, chip.datePrecision),
    date_kind: chip.date ? (chip.dateIsAnnouncement ? "announced" : "released") : null,
    date_precision: chip.datePrecision,
    date_source: chip.dateSource?.name ?? null,
    date_source_url: chip.dateSource?.url ?? null,
    process_node: chip.processNode,
    foundry: chip.foundry,
  };
  for (const metric of SPEC_METRIC_KEYS) {
    const spec = chip.specs[metric];
    const href = spec ? specSourceHref(metric, spec.source) : null;
    record[metric] = spec?.value ?? null;
    record[`${metric}_source`] = spec?.source.name ?? null;
    record[`${metric}_source_url`] = href ? new URL(href, origin).toString() : null;
    record[`${metric}_licence`] = spec?.source.licence ?? null;
  }
  // a ratio of two sourced values, never of a missing one; rounded as the table shows it
  record[`${TFLOPS_PER_WATT}_derived`] = chip.tflopsPerWatt === null ? null : Number(chip.tflopsPerWatt.toFixed(4));
  return record;
}

/**
 * GET /api/v1/export/chips?format=csv|json&vendor=&status=&kind=&q=&sort=&dir=
 * The chips of the /chips table for exactly these filters and this order, every spec with its
 * source, bounded by EXPORT_LIMIT; X-Total-Count gives how many chips match in all.
 */
export async function GET(request: Request) {
  return handleApiRequest(request, async () => {
    const { format, sort = DEFAULT_CHIP_SORT.sort, dir, ...filters } = parseQuery(ChipExportQuerySchema, request);
    if (filters.vendor && !(await companyExists(filters.vendor))) {
      unknownFilterValue("vendor", "company", filters.vendor);
    }
    const { rows, total } = await listChipsForExport(
      { filters, sort, dir: dir ?? defaultSortDirection(sort) },
      EXPORT_LIMIT,
    );
    const origin = new URL(request.url).origin;
    const records = rows.map((chip) => toRecord(chip, origin));
    const [filename, contentType, body] =
      format === "json"
        ? [
            "chipwatch-chips.json",
            "application/json; charset=utf-8",
            JSON.stringify({ data: records, total, returned: records.length, limit: EXPORT_LIMIT }),
          ]
        : [
            "chipwatch-chips.csv",
            "text/csv; charset=utf-8",
            toCsv(COLUMNS, records.map((record) => COLUMNS.map((column) => record[column]))),
          ];
    const headers = new Headers(downloadHeaders(filename, contentType));
    headers.set("X-Total-Count", String(total));
    return new Response(body, { status: 200, headers });
  });
}
