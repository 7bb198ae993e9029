"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";

// Claims counted by kind, as horizontal bars. Takes plain numbers; the page renders the same
// counts as a table next to it (the chart's text alternative), so the chart itself is hidden
// from assistive technology.

export type ClaimKindBar = { kind: string; label: string; count: number };

/** sky-600: at least 3:1 against both the light and the dark page background. */
const BAR_COLOUR = "#0284c7";
const ROW_HEIGHT = 36;

export function ClaimsByKindChart({ data, title }: { data: ClaimKindBar[]; title: string }) {
  const height = Math.max(120, data.length * ROW_HEIGHT + 48);
  return (
    <div aria-hidden="true" className="text-zinc-700 dark:text-zinc-300">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        title={title}
        margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        style={{ width: "100%", height }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
        <YAxis
          type="category"
          dataKey="label"
          width={140}
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
        />
        <Tooltip
          cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
          contentStyle={{ color: "#18181b", borderRadius: 6 }}
          formatter={(value) => [String(value), "Claims"]}
        />
        <Bar dataKey="count" name="Claims" fill={BAR_COLOUR} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          <LabelList dataKey="count" position="right" fill="currentColor" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
