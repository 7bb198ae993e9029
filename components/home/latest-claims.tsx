import { ClaimCard } from "@/components/claims/claim-card";
import { EmptyState } from "@/components/ui/empty-state";
import type { LatestClaim } from "@/lib/queries/dashboard";

export function LatestClaims({ claims }: { claims: LatestClaim[] }) {
  if (claims.length === 0) {
    return (
      <EmptyState title="No published claims yet">
        Claims appear here once an editor ties them to an archived article and its verbatim quote.
      </EmptyState>
    );
  }
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
