import { ConflictMarker, StanceLabel } from "@/components/customers/stance-label";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClaimsHref } from "@/components/vendors/vendor-customers";
import { LINK_CLASS, TextLink } from "@/components/vendors/text-link";
import { cellKey, type AdoptionMatrix as Matrix } from "@/lib/adoption";
import { STANCES } from "@/lib/stance";


/**
 * Customers (rows) × vendors (columns): each cell the latest stance, as words and an icon,
 * linking to the claims behind it, and marked when the claims contradict each other. The table's
 * rules style its cells and row headers (`list-table`: app/styles/tables.css), and the hidden text
 * is one string, not React's pieces with <!-- --> between them: the matrix has hundreds of cells, and
 * a page sends each twice (in the HTML and the RSC payload).
 */
export function AdoptionMatrix({
  matrix,
  names,
}: {
  matrix: Matrix;
  names: Map<string, { name: string }>;
}) {
  if (matrix.customers.length === 0 || matrix.vendors.length === 0) {
    return <EmptyState title="No claim says yet who adopts, tests, orders or declines whose chips" />;
  }
  const name = (slug: string) => names.get(slug)?.name ?? slug;
  const truncated = matrix.totalCustomers > matrix.customers.length || matrix.totalVendors > matrix.vendors.length;
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="list-table list-table-top list-table-nowrap min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
            Adoption matrix: the latest stance of each customer (rows) towards each vendor&rsquo;s chips (columns),
            according to the claims. Each cell links to the claims behind it.
            {truncated
              ? ` Showing the ${matrix.customers.length} customers and ${matrix.vendors.length} vendors with the most claims (of ${matrix.totalCustomers} and ${matrix.totalVendors}).`
              : null}
          </caption>
          <thead className="bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="col">
                Customer
              </th>
              {matrix.vendors.map((vendor) => (
                <th key={vendor.slug} scope="col">
                  <TextLink href={`/vendors/${vendor.slug}`}>{name(vendor.slug)}</TextLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
            {matrix.customers.map((customer) => (
              <tr key={customer.slug}>
                <th scope="row">
                  <a href={`/customers/${customer.slug}`} className={LINK_CLASS}>
                    {name(customer.slug)}
                  </a>
                </th>
                {matrix.vendors.map((vendor) => {
                  const cell = matrix.cells[cellKey(customer.slug, vendor.slug)];
                  if (!cell) {
                    return (
                      <td key={vendor.slug}>
                        <StanceLabel stance="none" />
                      </td>
                    );
                  }
                  const count = cell.claims.length;
                  return (
                    <td key={vendor.slug}>
                      <a
                        href={cellClaimsHref(cell)}
                        className="matrix-cell"
                      >
                        <span className="sr-only">{`${name(customer.slug)} and ${name(vendor.slug)}: `}</span>
                        <StanceLabel stance={cell.stance} />
                        {cell.conflicting ? <ConflictMarker /> : null}
                        {/* Visible text stays in React's pieces: as one string it is laid out a fraction of a pixel differently. */}
                        <span className={`text-xs ${LINK_CLASS}`}>
                          {count} {count === 1 ? "claim" : "claims"}
                        </span>
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="text-sm text-zinc-700 dark:text-zinc-300">
        <p id="matrix-key" className="font-medium">
          Key
        </p>
        <ul aria-labelledby="matrix-key" className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
          {STANCES.map((stance) => (
            <li key={stance}>
              <StanceLabel stance={stance} />
            </li>
          ))}
          <li>
            <StanceLabel stance="none" />
          </li>
          <li className="flex items-center gap-2">
            <ConflictMarker /> <span>some claims say the opposite of others</span>
          </li>
        </ul>
        <p className="mt-2 muted">
          Adopted covers adoption and training on the chips; Declined covers reports that a customer has not bought or
          turned them down. The latest claim is the one with the newest date; undated claims come after dated ones, the
          most recently recorded first.
        </p>
      </div>
    </div>
  );
}
