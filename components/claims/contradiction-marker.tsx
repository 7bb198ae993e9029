import Link from "next/link";
import { cappedCount } from "@/lib/constants";
import { CONTRADICTIONS_PER_PAIR_LIMIT, type Contradictions } from "@/lib/queries/claims";
import { claimHref } from "./claim-links";

/** Contradicting claims a result card names before linking to the rest on the claim's page. */
export const CARD_CONTRADICTIONS_LISTED = 3;

/** The marker's id on a claim's page, where a card's "and N others" leads. */
export const CONTRADICTIONS_ANCHOR = "contradictions";

/**
 * "Contradicted by another report": another claim about the same customer and vendor says the
 * opposite (e.g. "has not ordered" against "adopted"). Shown in words and with a border, not by
 * colour alone. The count is exact up to CONTRADICTIONS_PER_PAIR_LIMIT and "more than" that past it
 * (see findClaimContradictions). A result card (the default) links the first few contradicting
 * claims and the claim's own page for the rest; the claim's page (`all`) lists every one read, and
 * says so when that is not all of them.
 */
export function ContradictionMarker({
  claimId,
  contradictions,
  all = false,
}: {
  /** the contradicted claim, whose page a card links to for the rest */
  claimId: string;
  /** findClaimContradictions' answer for the claim (none: no marker) */
  contradictions: Contradictions | undefined;
  all?: boolean;
}) {
  if (!contradictions || contradictions.claims.length === 0) return null;
  const { claims, total } = contradictions;
  const shown = all ? claims : claims.slice(0, CARD_CONTRADICTIONS_LISTED);
  const count = cappedCount(total, CONTRADICTIONS_PER_PAIR_LIMIT);
  // how many are not named here: exact, or "more than" when the total is
  const rest = total > CONTRADICTIONS_PER_PAIR_LIMIT ? `more than ${CONTRADICTIONS_PER_PAIR_LIMIT - shown.length}` : `${total - shown.length}`;
  const unnamed = total - shown.length;
  return (
    <div id={all ? CONTRADICTIONS_ANCHOR : undefined} className="contradiction">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {total === 1 ? "Contradicted by another report" : `Contradicted by ${count} other reports`}
      </p>
      <ul>
        {shown.map((other) => (
          <li key={other.id}>
            <Link href={claimHref(other.id)} prefetch={false}>
              {other.summary}
            </Link>
          </li>
        ))}
      </ul>
      {unnamed > 0 && !all ? (
        <p className="mt-1">
          <Link href={`${claimHref(claimId)}#${CONTRADICTIONS_ANCHOR}`} prefetch={false}>
            and {rest} {unnamed === 1 ? "other" : "others"}
            <span className="sr-only"> contradicting this claim, on its page</span>
          </Link>
        </p>
      ) : null}
      {unnamed > 0 && all ? (
        <p className="mt-1">Only {shown.length} of them are listed here.</p>
      ) : null}
    </div>
  );
}
