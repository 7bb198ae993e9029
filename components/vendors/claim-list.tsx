import { ClaimCard } from "@/components/claims/claim-card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClaimCardItem } from "@/lib/queries/claim-rows";

/** The link to a claim's quote, highlighted in its archived source. */
export function claimSourceHref(claim: { id: string; source: { id: string } }): string {
  return `/sources/${claim.source.id}#claim-${claim.id}`;
}

/** Claim cards; each card links to its quote in the archived article. */
export function ClaimList({ claims, empty }: { claims: ClaimCardItem[]; empty: string }) {
  if (claims.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimCard claim={claim} />
        </li>
      ))}
    </ul>
  );
}
