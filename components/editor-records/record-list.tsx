import Link from "next/link";

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
