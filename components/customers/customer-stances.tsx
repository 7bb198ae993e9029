import { ConflictMarker, StanceLabel } from "@/components/customers/stance-label";
import { DateLabel } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { claimSourceHref } from "@/components/vendors/claim-list";
import { TextLink } from "@/components/vendors/text-link";
import type { CustomerStanceRow } from "@/lib/adoption";
import type { StanceClaimDetail } from "@/lib/queries/customers";


/** A customer's stance towards each vendor's chips, claim by claim, newest first (undated last). */
export function CustomerStances({
  rows,
  customerName,
  names,
}: {
  rows: CustomerStanceRow<StanceClaimDetail>[];
  customerName: string;
  names: Map<string, { name: string }>;
}) {
  if (rows.length === 0) {
    return <EmptyState title={`No claim says ${customerName} adopts, tests, orders or declines another vendor's chips`} />;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="list-table list-table-top list-table-nowrap min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
          {customerName}&rsquo;s stance towards each vendor&rsquo;s chips, one row per claim: newest date first,
          undated claims after, the most recently recorded first.
        </caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Chips</th>
            <th scope="col">Stance</th>
            <th scope="col">Claim</th>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {rows.map((row) => (
            <tr key={`${row.vendor}:${row.claim.id}`}>
              <th scope="row">
                <TextLink href={`/vendors/${row.vendor}`}>{names.get(row.vendor)?.name ?? row.vendor}</TextLink>
              </th>
              <td>
                {row.chips.length > 0 ? (
                  <ul>
                    {row.chips.map((chip) => (
                      <li key={chip}>
                        <TextLink href={`/chips/${chip}`}>{row.claim.chipNames[chip] ?? chip}</TextLink>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "None named"
                )}
              </td>
              <td>
                <div className="stance-stack">
                  <StanceLabel stance={row.stance} />
                  {row.conflicting ? <ConflictMarker /> : null}
                </div>
              </td>
              <td className="min-w-64">{row.claim.summary}</td>
              <td className="whitespace-nowrap">
                <DateLabel date={row.claim.claimDate ? new Date(row.claim.claimDate) : null} />
              </td>
              <td className="min-w-48">
                <TextLink href={claimSourceHref(row.claim)}>
                  <cite lang={row.claim.source.language}>{row.claim.source.title}</cite>
                </TextLink>
                <span className="block text-xs muted">
                  {row.claim.source.publisher ?? "Publisher not named"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
