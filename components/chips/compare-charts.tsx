import { CompareChart } from "@/components/charts/lazy";
import type { Chip } from "@/lib/queries/chips";
import {
  CHART_METRICS,
  TFLOPS_PER_WATT,
  formatPercent,
  formatSpecWithUnit,
  formatTflopsPerWatt,
  metricLabel,
  metricUnit,
  normaliseToFirst,
} from "@/lib/specs";
import { numericValue, type CompareMetric } from "./compare-data";
import { captionClass, mutedClass, tableClass } from "./styles";

// A bar chart per numeric metric, normalised to the first chip, each with a table of the same
// figures (the chart's text alternative, readable without JavaScript).

function valueText(metric: CompareMetric, value: number): string {
  return metric === TFLOPS_PER_WATT ? `${formatTflopsPerWatt(value)} ${metricUnit(metric)}` : formatSpecWithUnit(value, metricUnit(metric));
}

function MetricFigure({ metric, chips }: { metric: CompareMetric; chips: Chip[] }) {
  const values = chips.map((chip) => numericValue(chip, metric));
  const { percents } = normaliseToFirst(values);
  const label = metricLabel(metric);
  const unit = metricUnit(metric);
  const headingId = `chart-${metric}-heading`;
  const first = chips[0].name;
  return (
    <figure aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id={headingId} className="font-semibold text-zinc-900 dark:text-zinc-50">
        {label}
        {unit ? <span className={`font-normal ${mutedClass}`}> ({unit})</span> : null}
      </h3>
      <CompareChart
        label={`Bar chart of ${label} as a percentage of ${first}. The table below gives the same figures.`}
        bars={chips.map((chip, index) => ({ name: chip.name, percent: percents[index] }))}
      />
      <table className={tableClass}>
        <caption className={captionClass}>
          {label} of each chip as a percentage of {first} ({first} = 100&nbsp;%)
        </caption>
        <thead>
          <tr>
            <th scope="col">
              Chip
            </th>
            <th scope="col" className="text-right">
              Value
            </th>
            <th scope="col" className="text-right">
              Share of {first}
            </th>
          </tr>
        </thead>
        <tbody>
          {chips.map((chip, index) => {
            const value = values[index];
            const percent = percents[index];
            return (
              <tr key={chip.slug}>
                <th scope="row" className="font-medium">
                  {chip.name}
                </th>
                <td className="text-right tabular-nums">
                  {value === null ? "Not known" : valueText(metric, value)}
                </td>
                <td className="text-right tabular-nums">
                  {percent === null ? "Not known" : formatPercent(percent)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

export function CompareCharts({ chips }: { chips: Chip[] }) {
  const first = chips[0];
  const charted: CompareMetric[] = [];
  const noBaseline: CompareMetric[] = [];
  for (const metric of CHART_METRICS) {
    const values = chips.map((chip) => numericValue(chip, metric));
    if (values.every((value) => value === null)) continue;
    if (normaliseToFirst(values).baseline === null) noBaseline.push(metric);
    else charted.push(metric);
  }
  return (
    <div className="flex flex-col gap-4">
      {noBaseline.length > 0 ? (
        <p className={`text-sm ${mutedClass}`}>
          Not charted, because {first.name}&rsquo;s value is not known: {noBaseline.map(metricLabel).join(", ")}. Put a
          chip that has it first to chart it.
        </p>
      ) : null}
      {charted.length === 0 ? (
        <p className="text-sm">No metric can be charted: {first.name} has no known numeric spec to measure the others against.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {charted.map((metric) => (
            <MetricFigure key={metric} metric={metric} chips={chips} />
          ))}
        </div>
      )}
    </div>
  );
}
