"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";

// One metric of /chips/compare as horizontal bars, each chip as a percentage of the first chip
// (the first is 100 %). A chip whose value is not known has no bar and says "not known" in its
// label: it is never drawn as 0. The figure around it carries a table with the same numbers.

export type CompareChartBar = {
  /** the chip's name */
  name: string;
  /** share of the first chip's value, or null when the value is not known */
  percent: number | null;
};

const BAR_HEIGHT = 36;

function percentLabel(value: unknown): string {
  return typeof value === "number" ? `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(value)} %` : "";
}

export function CompareChart({ bars, label }: { bars: CompareChartBar[]; label: string }) {
  const data = bars.map((bar) => ({
    ...bar,
    category: bar.percent === null ? `${bar.name} (not known)` : bar.name,
  }));
  const largest = Math.max(100, ...bars.map((bar) => bar.percent ?? 0));
  return (
    <div className="text-zinc-700 dark:text-zinc-300">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height: BAR_HEIGHT * bars.length + 48 }}
        margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
        accessibilityLayer={false}
        role="img"
        aria-label={label}
      >
        <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis
          type="number"
          domain={[0, Math.ceil(largest / 50) * 50]}
          tickFormatter={(value: number) => `${value} %`}
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
        />
        <YAxis
          type="category"
          dataKey="category"
          width={170}
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
        />
        <ReferenceLine x={100} stroke="currentColor" strokeDasharray="4 3" />
        <Bar dataKey="percent" fill="#0284c7" barSize={20} isAnimationActive={false}>
          <LabelList dataKey="percent" position="right" formatter={percentLabel} fill="currentColor" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
