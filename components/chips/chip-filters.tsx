import Link from "next/link";
import { CHIP_KINDS, CHIP_KIND_LABELS, CHIP_STATUSES, CHIP_STATUS_LABELS } from "@/lib/constants";
import { NameFilter } from "@/components/ui/name-filter";
import { buttonClass, fieldClass, linkClass } from "./styles";

// The /chips filters: a plain GET form (works without JavaScript). The sort rides along in
// hidden fields so filtering keeps the reader's order; an empty choice means "all".

export function ChipFilters({
  vendor,
  values,
  hidden,
}: {
  /** what the vendor field shows (the vendor's name, or the text that named none) and why it was not applied */
  vendor: { name?: string; error?: string };
  values: { vendor?: string; status?: string; kind?: string; q?: string };
  hidden: Record<string, string | undefined>;
}) {
  return (
    <form
      method="get"
      action="/chips"
      aria-label="Filter chips"
      className="grid gap-4 rounded-lg border border-zinc-200 bg-zinc-50 p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] dark:border-zinc-800 dark:bg-zinc-900"
    >
      <NameFilter
        id="chip-filter-vendor"
        name="vendor"
        label="Vendor"
        source="vendor"
        value={vendor.name}
        error={vendor.error}
        classes={{ label: "text-sm font-medium", field: fieldClass, hint: "mt-1 text-xs text-zinc-600 dark:text-zinc-400" }}
      />
      <div>
        <label htmlFor="chip-filter-status" className="text-sm font-medium">
          Status
        </label>
        <select id="chip-filter-status" name="status" defaultValue={values.status ?? ""} className={fieldClass}>
          <option value="">All statuses</option>
          {CHIP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CHIP_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="chip-filter-kind" className="text-sm font-medium">
          Kind
        </label>
        <select id="chip-filter-kind" name="kind" defaultValue={values.kind ?? ""} className={fieldClass}>
          <option value="">All kinds</option>
          {CHIP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CHIP_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/chips" className={`py-2 text-sm ${linkClass}`}>
          Clear
        </Link>
      </div>
    </form>
  );
}
