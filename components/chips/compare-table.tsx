import Link from "next/link";
import { DateLabel } from "@/components/ui/date-label";
import { CHIP_KIND_LABELS, CHIP_STATUS_LABELS, type ChipKind, type ChipStatus } from "@/lib/constants";
import type { Chip } from "@/lib/queries/chips";
import {
  COMPARE_METRICS,
  TFLOPS_PER_WATT,
  TFLOPS_PER_WATT_INFO,
  bestIndices,
  betterDirection,
  formatSpecWithUnit,
  formatTflopsPerWatt,
  metricLabel,
  metricUnit,
  specSourceKind,
} from "@/lib/specs";
import { metricValue, numericValue, type CompareMetric } from "./compare-data";
import { NotKnown } from "./not-known";
import { SourceLink, sourceOfSpec } from "./spec-source";
import { linkClass, mutedClass, tableClass } from "./styles";

// The side-by-side table of /chips/compare: one column per chip, one row per spec, each value
// with its unit and a link to its source; the best value of a numeric row is marked in words.

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function BestBadge({ direction }: { direction: "higher" | "lower" }) {
  return (
    <span className="ml-2 inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-300 ring-inset dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-700">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
        <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9z" />
      </svg>
      Best
      <span className="sr-only"> ({direction === "higher" ? "highest" : "lowest"} of the chips compared)</span>
    </span>
  );
}

function IdentityRow({ label, chips, render }: { label: string; chips: Chip[]; render: (chip: Chip) => React.ReactNode }) {
  return (
    <tr>
      <th scope="row" className="font-medium">
        {label}
      </th>
      {chips.map((chip) => (
        <td key={chip.slug}>
          {render(chip)}
        </td>
      ))}
    </tr>
  );
}

function MetricRow({ metric, chips }: { metric: CompareMetric; chips: Chip[] }) {
  const direction = betterDirection(metric);
  const best = new Set(bestIndices(chips.map((chip) => numericValue(chip, metric)), direction));
  const unit = metricUnit(metric);
  return (
    <tr>
      <th scope="row" className="font-medium">
        {metricLabel(metric)}
        {unit ? <span className={`block text-xs font-normal ${mutedClass}`}>{unit}</span> : null}
        {direction ? (
          <span className={`block text-xs font-normal ${mutedClass}`}>
            {direction === "higher" ? "higher is better" : "lower is better"}
          </span>
        ) : null}
      </th>
      {chips.map((chip, index) => {
        const value = metricValue(chip, metric);
        const isBest = best.has(index);
        const spec = metric === TFLOPS_PER_WATT ? undefined : chip.specs[metric];
        return (
          <td
            key={chip.slug}
            className={isBest ? "bg-emerald-50/60 dark:bg-emerald-950/40" : undefined}
          >
            {value === null ? (
              <NotKnown />
            ) : (
              <>
                <span className="font-medium tabular-nums">
                  {metric === TFLOPS_PER_WATT && typeof value === "number"
                    ? `${formatTflopsPerWatt(value)} ${unit}`
                    : formatSpecWithUnit(value, unit)}
                </span>
                {isBest && direction ? <BestBadge direction={direction} /> : null}
                <span className={`block text-xs ${mutedClass}`}>
                  {spec ? (
                    <>
                      Source: <SourceLink metric={metric} source={sourceOfSpec(spec)} />
                      {specSourceKind({ name: spec.source.name }) === "evokernel" ? " (vendor-reported)" : null}
                      {spec.note && !spec.note.startsWith("Vendor-reported") ? (
                        <span className="block">Note: {spec.note}</span>
                      ) : null}
                    </>
                  ) : (
                    <>Derived: {TFLOPS_PER_WATT_INFO.formula}</>
                  )}
                </span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}

export function CompareTable({ chips }: { chips: Chip[] }) {
  return (
    <table className={`${tableClass} table-fixed`}>
      <caption className="sr-only">
        Specs of {listNames(chips.map((chip) => chip.name))} side by side. The best value of each numeric row is
        marked &ldquo;Best&rdquo;.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="w-44">
            Spec
          </th>
          {chips.map((chip) => (
            <th key={chip.slug} scope="col">
              <Link href={`/chips/${chip.slug}`} className={linkClass}>
                {chip.name}
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <IdentityRow
          label="Vendor"
          chips={chips}
          render={(chip) => (
            <Link href={`/vendors/${chip.vendor.slug}`} className={linkClass}>
              {chip.vendor.name}
            </Link>
          )}
        />
        <IdentityRow label="Kind" chips={chips} render={(chip) => CHIP_KIND_LABELS[chip.kind as ChipKind] ?? chip.kind} />
        <IdentityRow
          label="Status"
          chips={chips}
          render={(chip) =>
            chip.status ? (CHIP_STATUS_LABELS[chip.status as ChipStatus] ?? chip.status) : <NotKnown label="Not given" />
          }
        />
        <IdentityRow
          label="Released"
          chips={chips}
          render={(chip) => {
            const date = chip.releasedOn ?? chip.announcedOn;
            if (!date) return <NotKnown label="Not given" />;
            return (
              <>
                {chip.releasedOn ? null : "Announced "}
                <DateLabel date={new Date(date)} precision={chip.datePrecision} />
                {chip.dateSource ? (
                  <span className={`block text-xs ${mutedClass}`}>Source: {chip.dateSource.name}</span>
                ) : null}
              </>
            );
          }}
        />
        {COMPARE_METRICS.map((metric) => (
          <MetricRow key={metric} metric={metric} chips={chips} />
        ))}
      </tbody>
    </table>
  );
}
