import Link from "next/link";
import {
  DEFAULT_READER_STATUS,
  READER_STATUS_CHOICES,
  READER_STATUS_LABELS,
  type ClaimsExplorerFilters,
} from "@/app/claims/claims-query";
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from "@/lib/constants";
import { CompanyAndChipFilters } from "@/components/ui/name-filter";

// Named classes in app/globals.css.
const controlClass = "field";
const labelClass = "field-label";
const hintClass = "hint";
const nameFilterClasses = { label: labelClass, field: controlClass, hint: hintClass };

/**
 * The explorer's filters: a plain GET form, so it works without JavaScript and its result is a
 * URL a reader can share. Empty choices ("All …") are dropped from the URL by the page.
 */
export function ClaimsFilterForm({
  filters,
  names,
  errors,
}: {
  filters: ClaimsExplorerFilters;
  /** what the company and chip fields show: the chosen record's name, or the text that named none */
  names: { company?: string; chip?: string };
  /** why a company or chip given was not applied */
  errors: { company?: string; chip?: string };
}) {
  return (
    <form method="get" action="/claims" role="search" aria-label="Filter claims" className="flex flex-col gap-4">
      <div>
        <label htmlFor="claims-q" className={labelClass}>
          Search
        </label>
        <input
          id="claims-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={200}
          aria-describedby="claims-q-hint"
          className={controlClass}
        />
        <p id="claims-q-hint" className={hintClass}>
          Words in the summary, the quote or its translation.
        </p>
      </div>

      <CompanyAndChipFilters prefix="claims" names={names} errors={errors} classes={nameFilterClasses} />

      <div>
        <label htmlFor="claims-kind" className={labelClass}>
          Claim type
        </label>
        <select id="claims-kind" name="kind" defaultValue={filters.kind ?? ""} className={controlClass}>
          <option value="">All types</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CLAIM_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="claims-status" className={labelClass}>
          Status
        </label>
        <select
          id="claims-status"
          name="status"
          defaultValue={filters.status === DEFAULT_READER_STATUS ? "" : filters.status}
          aria-describedby="claims-status-hint"
          className={controlClass}
        >
          {READER_STATUS_CHOICES.map((choice) => (
            <option key={choice} value={choice === DEFAULT_READER_STATUS ? "" : choice}>
              {READER_STATUS_LABELS[choice]}
            </option>
          ))}
        </select>
        <p id="claims-status-hint" className={hintClass}>
          Disputed: claims an editor has marked as contested. Drafts and retracted claims are not public.
        </p>
      </div>

      <fieldset>
        <legend className={labelClass}>Claim date</legend>
        <div className="mt-1 grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="claims-from" className="block text-sm text-zinc-800 dark:text-zinc-200">
              From
            </label>
            <input
              id="claims-from"
              type="date"
              name="from"
              defaultValue={filters.from ?? ""}
              aria-describedby="claims-dates-hint"
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="claims-to" className="block text-sm text-zinc-800 dark:text-zinc-200">
              To
            </label>
            <input
              id="claims-to"
              type="date"
              name="to"
              defaultValue={filters.to ?? ""}
              aria-describedby="claims-dates-hint"
              className={controlClass}
            />
          </div>
        </div>
        <p id="claims-dates-hint" className={hintClass}>
          Inclusive. Undated claims (most of them: their sources give no date) match no date range.
        </p>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-zinc-950 dark:hover:bg-sky-300"
        >
          Apply filters
        </button>
        <Link
          href="/claims"
          className="link text-sm font-medium"
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
