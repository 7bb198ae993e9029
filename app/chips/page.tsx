import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { ChipFilters } from "@/components/chips/chip-filters";
import { ChipTable } from "@/components/chips/chip-table";
import { DatasetCredits } from "@/components/chips/dataset-credits";
import { Notice } from "@/components/ui/notice";
import { SourceLegend } from "@/components/chips/spec-source";
import { buttonClass, linkClass, mutedClass } from "@/components/chips/styles";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { DEFAULT_PAGE_SIZE } from "@/lib/constants";
import { listChipTable } from "@/lib/queries/chip-table";
import { resolveNameFilters } from "@/lib/queries/filter-names";
import {
  DEFAULT_CHIP_SORT,
  TFLOPS_PER_WATT_INFO,
  defaultSortDirection,
  describeSort,
  type ChipSortKey,
  type SortDirection,
} from "@/lib/specs";
import { ChipTableQuerySchema, MAX_COMPARE_CHIPS, MIN_COMPARE_CHIPS } from "@/lib/validation/chips-page";
import { parsePageSearchParams } from "@/lib/validation/page-params";

export const metadata: Metadata = {
  title: "Chips",
  description: "Every chip with its specs and their sources: sort, filter and pick chips to compare.",
};

type SearchParams = Record<string, string | string[] | undefined>;

/** A query string from the given parameters, leaving out empty ones. */
function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export default async function ChipsPage(props: { searchParams: Promise<SearchParams> }) {
  const searchParams = await props.searchParams;
  const { data, problems } = parsePageSearchParams(ChipTableQuerySchema, searchParams);
  const named = await resolveNameFilters("/chips", searchParams, { vendor: data.vendor });
  // A name typed in the vendor field: the same filters under the vendor's slug, the address to share.
  if (named.redirectTo) redirect(named.redirectTo);
  // One that names no chip vendor (or several) is not applied, and said so on the field and above.
  const ignored = [
    ...problems.map((problem) => problem.message),
    ...named.problems.map((problem) => `${problem.parameter}: ${problem.message}`),
  ];
  const filters = { vendor: named.vendor?.slug, status: data.status, kind: data.kind, q: data.q };
  const sort: ChipSortKey = data.sort ?? DEFAULT_CHIP_SORT.sort;
  const dir: SortDirection = data.dir ?? defaultSortDirection(sort);
  const sortParams = {
    sort: sort === DEFAULT_CHIP_SORT.sort && dir === DEFAULT_CHIP_SORT.dir ? undefined : sort,
    dir: sort === DEFAULT_CHIP_SORT.sort && dir === DEFAULT_CHIP_SORT.dir ? undefined : dir,
  };

  const table = await listChipTable({ filters, sort, dir, page: data.page, pageSize: data.pageSize });
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const sortHref = (key: ChipSortKey, target: SortDirection) =>
    `/chips${query({ ...filters, sort: key, dir: target, pageSize: data.pageSize === DEFAULT_PAGE_SIZE ? undefined : data.pageSize })}`;
  const exportQuery = (format: "csv" | "json") => query({ format, ...filters, ...sortParams });

  return (
    <Container className="flex flex-col gap-6 py-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Chips</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          Every chip, system and product line on Chipwatch with its specs. Each value names its source; a dash means
          no source gives it. Sort by any column, filter by vendor, status or kind, and tick {MIN_COMPARE_CHIPS} to{" "}
          {MAX_COMPARE_CHIPS} chips to compare them side by side.
        </p>
      </header>

      {ignored.length > 0 ? (
        <Notice title="Some of the address’s parameters were ignored; the defaults apply instead." items={ignored} />
      ) : null}

      <ChipFilters
        vendor={{ name: named.names.vendor, error: named.errors.vendor }}
        values={filters}
        hidden={{ q: filters.q, ...sortParams }}
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {table.total} {table.total === 1 ? "chip" : "chips"}
          {filtered ? " match the filters" : ""}
          <span className="font-normal text-zinc-600 dark:text-zinc-400">, sorted by {describeSort(sort, dir)}</span>
        </p>
        <p className="flex gap-4 text-sm">
          {/* Route handlers answering files, not pages: plain links, so the browser downloads them. */}
          <a href={`/api/v1/export/chips${exportQuery("csv")}`} className={linkClass} download>
            Download CSV
          </a>
          <a href={`/api/v1/export/chips${exportQuery("json")}`} className={linkClass} download>
            Download JSON
          </a>
        </p>
      </div>

      {table.rows.length === 0 ? (
        <EmptyState title={table.total === 0 ? "No chips match these filters" : `There is no page ${data.page}`}>
          <Link href="/chips" className={linkClass}>
            Show all chips
          </Link>
        </EmptyState>
      ) : (
        <form method="get" action="/chips/compare" aria-label="Compare chips" className="min-w-0">
          <div
            role="region"
            aria-label="Chip specs table"
            tabIndex={0}
            className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
          >
            <ChipTable
              rows={table.rows}
              sort={sort}
              dir={dir}
              sortHref={sortHref}
              caption={`Chips and their specs, sorted by ${describeSort(sort, dir)}. Tick chips to compare them.`}
            />
          </div>
          <div className="sticky bottom-0 mt-3 flex flex-wrap items-center gap-3 border-t border-zinc-200 bg-white/95 py-3 dark:border-zinc-800 dark:bg-zinc-950/95">
            <button type="submit" className={buttonClass}>
              Compare selected
            </button>
            <p className={`text-sm ${mutedClass}`}>
              Tick {MIN_COMPARE_CHIPS} to {MAX_COMPARE_CHIPS} chips; the charts measure the others against the first in the table&rsquo;s order.
            </p>
          </div>
        </form>
      )}

      <Pagination
        basePath="/chips"
        params={{ ...filters, ...sortParams, pageSize: data.pageSize === DEFAULT_PAGE_SIZE ? undefined : data.pageSize }}
        page={data.page}
        pageSize={data.pageSize}
        total={table.total}
        label="Chip table pages"
      />

      <section aria-labelledby="chips-legend-heading" className="flex flex-col gap-2">
        <h2 id="chips-legend-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
          Sources and derived values
        </h2>
        <SourceLegend />
        <p className={`text-sm ${mutedClass}`}>
          TFLOPS/W is derived here, not sourced: {TFLOPS_PER_WATT_INFO.formula}, shown only when a source gives both.
          Where sources disagree, the chip&rsquo;s page gives the other values in its notes.
        </p>
        <DatasetCredits />
      </section>
    </Container>
  );
}
