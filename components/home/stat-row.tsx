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
        <div key={stat.key} className="stat">
          <dt>{stat.label}</dt>
          <dd>{numberFormat.format(counts[stat.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
