import Link from "next/link";

export type ActiveFilter = {
  /** e.g. "Chip" */
  label: string;
  /** e.g. "Ascend 910C" */
  value: string;
  /** the explorer without this filter; absent for one that cannot be removed (the default status) */
  removeHref?: string;
};

/** The filters in force, in words, each with a link that removes it. */
export function ActiveFilters({ filters }: { filters: ActiveFilter[] }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-zinc-700 dark:text-zinc-300">Filters:</span>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.label}>
            {filter.removeHref ? (
              <Link
                href={filter.removeHref}
                className="inline-flex items-center gap-1.5 rounded-full bg-sky-50 px-3 py-1 text-sky-950 ring-1 ring-sky-300 ring-inset hover:bg-sky-100 dark:bg-sky-950 dark:text-sky-50 dark:ring-sky-700 dark:hover:bg-sky-900"
              >
                <span>
                  {filter.label}: <span className="font-semibold">{filter.value}</span>
                </span>
                <span aria-hidden="true">×</span>
                <span className="sr-only">(remove this filter)</span>
              </Link>
            ) : (
              <span className="inline-flex items-center rounded-full bg-zinc-100 px-3 py-1 text-zinc-900 ring-1 ring-zinc-300 ring-inset dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-700">
                {filter.label}: <span className="ml-1 font-semibold">{filter.value}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
