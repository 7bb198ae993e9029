import type { LandscapeCounts } from "@/lib/queries/dashboard";

const STATS: { key: keyof LandscapeCounts; label: string }[] = [
  { key: "companies", label: "Companies" },
  { key: "chipVendors", label: "Chip vendors" },
  { key: "chips", label: "Chips" },
  { key: "sources", label: "Sources" },
  { key: "publishedClaims", label: "Published claims" },
  { key: "exportControlEvents", label: "Export-control events" },
];

const numberFormat = new Intl.NumberFormat("en-GB");

/** The knowledge base's size at a glance: a description list, one term per count. */
export function StatRow({ counts }: { counts: LandscapeCounts }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {STATS.map((stat) => (
        <div
          key={stat.key}
          className="flex flex-col rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
          <dd className="order-first text-3xl font-semibold tabular-nums tracking-tight text-zinc-900 dark:text-zinc-50">
            {numberFormat.format(counts[stat.key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
