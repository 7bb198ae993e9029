import { ConflictMarker, StanceLabel } from "@/components/customers/stance-label";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { claimSourceHref } from "@/components/vendors/claim-list";
import { LINK_CLASS } from "@/components/vendors/text-link";
import type { VendorCustomer } from "@/lib/queries/customers";

/** The claims explorer filtered to a customer (and to the one chip all the cell's claims name, if any). */
export function cellClaimsHref(cell: { customer: string; sharedChip: string | null }): string {
  const search = new URLSearchParams({ company: cell.customer });
  if (cell.sharedChip) search.set("chip", cell.sharedChip);
  return `/claims?${search}`;
}


/**
 * A vendor's customers: for each, its latest claim (stance, summary, date, source) and the claims
 * behind it. The table's rules style its cells and row headers (`list-table`: app/styles/tables.css);
 * its links are plain <a>, as in the other tables of rows: no prefetch of three routes a row.
 */
export function VendorCustomers({
  customers,
  more,
  vendorName,
}: {
  customers: VendorCustomer[];
  /** more customers than listed (see VENDOR_CUSTOMERS_LIMIT) */
  more: boolean;
  vendorName: string;
}) {
  if (customers.length === 0) {
    return <EmptyState title={`No claim says who adopts, tests, orders or declines ${vendorName}'s chips`} />;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="list-table list-table-top min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
          Customers of {vendorName}&rsquo;s chips, each with its latest claim (newest date first, undated claims by when
          they were recorded).
          {more ? ` The ${customers.length} most recently reported are listed; the claims explorer has the others.` : null}
        </caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Latest stance</th>
            <th scope="col">Latest claim</th>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {customers.map((cell) => {
            const { name, slug } = cell.customer;
            const claim = cell.latest;
            return (
              <tr key={slug}>
                <th scope="row">
                  <a href={`/customers/${slug}`} className={LINK_CLASS}>
                    {name}
                  </a>
                </th>
                <td>
                  <div className="stance-stack">
                    <StanceLabel stance={cell.stance} />
                    {cell.conflicting ? <ConflictMarker /> : null}
                  </div>
                </td>
                <td className="min-w-64">
                  <p>{claim.summary}</p>
                  <p className="mt-1">
                    {cell.claimCount > 1 ? `${cell.claimCount} claims on this. ` : null}
                    <a
                      href={cellClaimsHref({ customer: slug, sharedChip: cell.sharedChip?.slug ?? null })}
                      className={LINK_CLASS}
                    >
                      {/* in pieces: as one string, the underlined text is laid out a fraction of a pixel differently */}
                      Claims naming {name}
                      {cell.sharedChip ? ` and ${cell.sharedChip.name}` : ""}
                    </a>
                  </p>
                </td>
                <td className="whitespace-nowrap">
                  <DateLabel date={claim.claimDate} />
                </td>
                <td className="min-w-48">
                  <a href={claimSourceHref(claim)} className={LINK_CLASS}>
                    <cite lang={claim.source.language}>{claim.source.title}</cite>
                  </a>
                  <span className="block text-xs muted">
                    {claim.source.publisher ?? "Publisher not named"}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
