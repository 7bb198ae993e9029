import Link from "next/link";
import type { Claim, ContradictingClaim } from "@/lib/queries/claims";
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
  contradictedBy = [],
}: {
  claim: Claim;
  vendorSlugs: ReadonlySet<string>;
  contradictedBy?: ContradictingClaim[];
}) {
  const headingId = `claim-result-${claim.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <ClaimBadges claim={claim} />
      <h3 id={headingId} className="text-lg font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
        <Link
          href={claimHref(claim.id)}
          prefetch={false}
          className="hover:underline focus-visible:underline"
        >
          {claim.summary}
        </Link>
      </h3>
      <ContradictionMarker others={contradictedBy} />
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
