"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

// A vendor's claims over time: one stacked bar per year (and one "Undated" bar for claims no
// source dates), stacked by claim kind. Takes plain arrays; the page renders the same counts as
// a table (the chart's text alternative), so the chart itself is hidden from assistive technology.

export type ClaimYearBucket = { bucket: string; counts: Record<string, number> };

/** One mid-tone per claim kind, each at least 3:1 against both the light and the dark background. */
const KIND_COLOURS: Record<string, string> = {
  adoption: "#059669",
  testing: "#0284c7",
  order: "#7c3aed",
  non_adoption: "#e11d48",
  training_on: "#65a30d",
  performance_issue: "#d97706",
  revenue: "#0891b2",
  pricing: "#c026d3",
  supply: "#4f46e5",
  policy_pressure: "#ea580c",
  other: "#71717a",
};

export function VendorClaimsByYearChart({
  buckets,
  kinds,
  title,
}: {
  buckets: ClaimYearBucket[];
  kinds: { kind: string; label: string }[];
  title: string;
}) {
  const data = buckets.map(({ bucket, counts }) => ({ bucket, ...counts }));
  return (
    <div aria-hidden="true" className="text-zinc-700 dark:text-zinc-300">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        title={title}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        style={{ width: "100%", height: 320 }}
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="bucket" tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
        <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" width={40} />
        <Tooltip cursor={{ fill: "currentColor", fillOpacity: 0.08 }} contentStyle={{ color: "#18181b", borderRadius: 6 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {kinds.map(({ kind, label }) => (
          <Bar
            key={kind}
            dataKey={kind}
            name={label}
            stackId="kinds"
            fill={KIND_COLOURS[kind] ?? "#71717a"}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
