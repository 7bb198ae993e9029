import { ConflictMarker, StanceLabel } from "@/components/customers/stance-label";
import { EmptyState } from "@/components/ui/empty-state";
import { countryName } from "@/components/vendors/format";
import { LINK_CLASS } from "@/components/vendors/text-link";
import type { Stance } from "@/lib/stance";

export type CustomerListItem = {
  slug: string;
  name: string;
  nameZh: string | null;
  country: string | null;
  claimCount: number;
  /** each vendor the customer's claims name, with the latest stance */
  vendors: { slug: string; name: string; stance: Stance; conflicting: boolean }[];
};


/**
 * The customers list. The table's rules style its cells and row headers (`list-table`:
 * app/styles/tables.css); the rows' links are plain <a>: no prefetch of every row's route.
 */
export function CustomerTable({ customers, caption }: { customers: CustomerListItem[]; caption: string }) {
  if (customers.length === 0) {
    return <EmptyState title="No claim says yet who buys, tests or refuses chips" />;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="list-table list-table-top min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">{caption}</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Chinese name</th>
            <th scope="col">Country</th>
            <th scope="col" className="text-right">Claims</th>
            <th scope="col">Vendors and latest stance</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {customers.map((customer) => (
            <tr key={customer.slug}>
              <th scope="row">
                <a href={`/customers/${customer.slug}`} className={LINK_CLASS}>
                  {customer.name}
                </a>
              </th>
              <td>{customer.nameZh ? <span lang="zh">{customer.nameZh}</span> : "—"}</td>
              <td>{countryName(customer.country) ?? "Not given"}</td>
              <td className="text-right tabular-nums">{customer.claimCount}</td>
              <td>
                <ul className="flex flex-col gap-1">
                  {customer.vendors.map((vendor) => (
                    <li key={vendor.slug} className="flex flex-wrap items-center gap-2">
                      <span className="min-w-20">{vendor.name}:</span>
                      <StanceLabel stance={vendor.stance} />
                      {vendor.conflicting ? <ConflictMarker /> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
