import Link from "next/link";
import type { Claim, Contradictions } from "@/lib/queries/claims";
import { ClaimBadges } from "./claim-badges";
import { ClaimFacts } from "./claim-facts";
import { claimHref, linkClass } from "./claim-links";
import { ClaimQuote } from "./claim-quote";
import { ContradictionMarker } from "./contradiction-marker";

/**
 * One claim in the explorer's results: summary (linking to the claim's page), kind, confidence and
 * date, who and which chips it is about, the quote in its language with its translation, the
 * source, and a marker when another report contradicts it.
 */
export function ClaimResult({
  claim,
  vendorSlugs,
  contradictedBy,
}: {
  claim: Claim;
  vendorSlugs: ReadonlySet<string>;
  contradictedBy?: Contradictions;
}) {
  const headingId = `claim-result-${claim.id}`;
  return (
    <article aria-labelledby={headingId} className="claim">
      <ClaimBadges claim={claim} />
      <h3 id={headingId} className="claim-title">
        <Link href={claimHref(claim.id)} prefetch={false}>
          {claim.summary}
        </Link>
      </h3>
      <ContradictionMarker claimId={claim.id} contradictions={contradictedBy} />
      <ClaimFacts claim={claim} vendorSlugs={vendorSlugs} />
      <ClaimQuote claim={claim} />
      <p className="text-sm">
        <Link href={claimHref(claim.id)} prefetch={false} className={linkClass}>
          Permalink<span className="sr-only"> to this claim: {claim.summary}</span>
        </Link>
      </p>
    </article>
  );
}
