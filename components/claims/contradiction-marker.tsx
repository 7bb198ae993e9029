import Link from "next/link";
import type { ContradictingClaim } from "@/lib/queries/claims";
import { claimHref } from "./claim-links";

/**
 * "Contradicted by another report": another claim about the same customer and vendor says the
 * opposite (e.g. "has not ordered" against "adopted"). Shown in words and with a border, not by
 * colour alone, and linking to each contradicting claim.
 */
export function ContradictionMarker({ others }: { others: ContradictingClaim[] }) {
  if (others.length === 0) return null;
  return (
    <div className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/60 dark:text-amber-50">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {others.length === 1 ? "Contradicted by another report" : `Contradicted by ${others.length} other reports`}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {others.map((other) => (
          <li key={other.id}>
            <Link
              href={claimHref(other.id)}
              prefetch={false}
              className="font-medium text-amber-950 underline hover:no-underline dark:text-amber-50"
            >
              {other.summary}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
