import Link from "next/link";
import { RecordHeader } from "@/components/editor-records/record-header";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import type { QueryProblem } from "@/lib/validation/api";

// Pieces of the editor's record lists (/editor/companies, /editor/chips, /editor/events): the
// search box, the table's classes and the "New …" link.

export const tableClass = "min-w-full border-collapse text-left text-sm";
export const headCellClass =
  "border-b border-zinc-300 bg-zinc-50 px-3 py-2 text-xs font-semibold text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200";
export const cellClass = "border-b border-zinc-200 px-3 py-2 align-top text-zinc-900 dark:border-zinc-800 dark:text-zinc-100";
export const mutedClass = "text-zinc-600 dark:text-zinc-400";
export const linkClass = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";
/** A link among others in a table cell: at least 24 px each way, so each is easy to hit (WCAG 2.5.8). */
export const cellLinkClass = `${linkClass} inline-flex min-h-6 min-w-6 items-center`;

/** A GET search form: the query lives in the URL (?q=), the list's first page shows the matches. */
export function ListSearch({ path, label, defaultValue }: { path: string; label: string; defaultValue?: string }) {
  return (
    <form action={path} method="get" role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="record-search" className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {label}
        </label>
        <input
          id="record-search"
          name="q"
          type="search"
          defaultValue={defaultValue ?? ""}
          className="w-72 rounded border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        Search
      </button>
      {defaultValue ? (
        <Link href={path} className={`${linkClass} py-2 text-sm`}>
          Clear the search
        </Link>
      ) : null}
    </form>
  );
}

export function NewRecordLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="self-start rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400"
    >
      {label}
    </Link>
  );
}

/** "Companies 26–50 of 64" / "All 26 companies" / "No company matches “x”". */
export function listCaption(noun: { one: string; many: string }, page: number, pageSize: number, shown: number, total: number, q?: string) {
  const matching = q ? ` matching “${q}”` : "";
  if (total === 0) return `No ${noun.one}${matching}`;
  if (total <= pageSize) return `All ${total} ${total === 1 ? noun.one : noun.many}${matching}`;
  const first = (page - 1) * pageSize + 1;
  return `${noun.many[0].toUpperCase()}${noun.many.slice(1)} ${first}–${first + shown - 1} of ${total}${matching}`;
}

/**
 * The frame of an editor record list: header, ignored-parameter notice, search and "New …" link,
 * then either an empty state or the table (caption and column headers from props, rows as
 * children), then pagination. Each list page supplies only its labels, columns and rows.
 */
export function RecordListPage({
  path,
  title,
  description,
  searchLabel,
  newLabel,
  noun,
  order,
  columns,
  shown,
  total,
  pageSize,
  query,
  problems,
  paginationLabel,
  children,
}: {
  path: string;
  title: string;
  description: string;
  searchLabel: string;
  newLabel: string;
  noun: { one: string; many: string };
  /** how the rows are ordered, appended to the caption, e.g. "by name" */
  order: string;
  columns: string[];
  shown: number;
  total: number;
  pageSize: number;
  query: { q?: string; page: number };
  problems: QueryProblem[];
  paginationLabel: string;
  children: React.ReactNode;
}) {
  return (
    <Container className="flex flex-col gap-6 py-10">
      <RecordHeader section={{ href: path, label: title }} title={title} description={description} />
      <IgnoredParamsNotice problems={problems} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ListSearch path={path} label={searchLabel} defaultValue={query.q} />
        <NewRecordLink href={`${path}/new`} label={newLabel} />
      </div>
      {shown === 0 ? (
        <EmptyState title={total === 0 ? listCaption(noun, 1, 1, 0, 0, query.q) : `There is no page ${query.page}`}>
          <Link href={path} className={linkClass}>
            All {noun.many}
          </Link>
        </EmptyState>
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
          role="region"
          aria-label={`${noun.many.charAt(0).toUpperCase()}${noun.many.slice(1)} table`}
          tabIndex={0}
        >
          <table className={tableClass}>
            <caption className="sr-only">
              {listCaption(noun, query.page, pageSize, shown, total, query.q)}, {order}
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={headCellClass}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      <Pagination basePath={path} params={{ q: query.q }} page={query.page} pageSize={pageSize} total={total} label={paginationLabel} />
    </Container>
  );
}
