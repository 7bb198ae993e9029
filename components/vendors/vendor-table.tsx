import { EmptyState } from "@/components/ui/empty-state";
import { countryName } from "@/components/vendors/format";
import { TextLink } from "@/components/vendors/text-link";
import { cappedCount } from "@/lib/constants";
import type { VendorListItem } from "@/lib/queries/vendors";


export function VendorTable({ vendors, caption }: { vendors: VendorListItem[]; caption: string }) {
  if (vendors.length === 0) return <EmptyState title="No chip vendors are recorded yet" />;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="list-table min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">{caption}</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Chinese name</th>
            <th scope="col">Country</th>
            <th scope="col" className="text-right">Chips</th>
            <th scope="col" className="text-right">Claims about its chips</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {vendors.map((vendor) => (
            <tr key={vendor.slug}>
              <th scope="row">
                <TextLink href={`/vendors/${vendor.slug}`}>{vendor.name}</TextLink>
              </th>
              <td>{vendor.nameZh ? <span lang="zh">{vendor.nameZh}</span> : "—"}</td>
              <td>{countryName(vendor.country) ?? "Not given"}</td>
              <td className="text-right tabular-nums">{vendor.chipCount}</td>
              <td className="text-right tabular-nums">{cappedCount(vendor.chipClaimCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
