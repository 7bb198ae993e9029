import Link from "next/link";
import { JURISDICTIONS, JURISDICTION_LABELS } from "@/lib/constants";
import { CompanyAndChipFilters } from "@/components/ui/name-filter";

// The timeline's filter: a plain GET form (works without JavaScript); the URL carries the filter.
const FIELD =
  "mt-1 block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100";
const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";
const HINT = "mt-1 text-xs text-zinc-600 dark:text-zinc-400";
const NAME_FILTER = { label: LABEL, field: FIELD, hint: HINT };

export function TimelineFilters({
  names,
  errors,
  selected,
}: {
  /** what the company and chip fields show: the chosen record's name, or the text that named none */
  names: { company?: string; chip?: string };
  /** why a company or chip given was not applied */
  errors: { company?: string; chip?: string };
  selected: { company?: string; chip?: string; jurisdiction?: string };
}) {
  const active = Boolean(selected.company || selected.chip || selected.jurisdiction);
  return (
    <form
      method="get"
      action="/timeline"
      aria-label="Filter the timeline"
      className="grid gap-4 rounded-lg border border-zinc-200 bg-zinc-50 p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] dark:border-zinc-800 dark:bg-zinc-900"
    >
      <CompanyAndChipFilters prefix="timeline" names={names} errors={errors} classes={NAME_FILTER} />
      <div>
        <label htmlFor="timeline-jurisdiction" className={LABEL}>
          Jurisdiction
        </label>
        <select
          id="timeline-jurisdiction"
          name="jurisdiction"
          defaultValue={selected.jurisdiction ?? ""}
          aria-describedby="timeline-jurisdiction-hint"
          className={FIELD}
        >
          <option value="">All jurisdictions</option>
          {JURISDICTIONS.map((jurisdiction) => (
            <option key={jurisdiction} value={jurisdiction}>
              {JURISDICTION_LABELS[jurisdiction]}
            </option>
          ))}
        </select>
        <p id="timeline-jurisdiction-hint" className={HINT}>
          Applies to export-control events; claims have no jurisdiction.
        </p>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-1 lg:self-start lg:pt-6">
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-600 dark:text-zinc-950 dark:hover:bg-sky-500"
        >
          Apply filters
        </button>
        {active ? (
          <Link
            href="/timeline"
            prefetch={false}
            className="py-2 text-sm font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
