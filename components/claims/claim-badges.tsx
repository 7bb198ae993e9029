import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, CONFIDENCE_LABELS, type ClaimKind, type Confidence } from "@/lib/constants";

/** Kind, status when disputed, confidence and claim date ("Undated" when the source gives none), in words. */
export function ClaimBadges({
  claim,
}: {
  claim: { kind: string; status: string; confidence: string; claimDate: string | null };
}) {
  return (
    <div className="badge-row">
      <Badge tone="accent">{CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind}</Badge>
      {claim.status === "disputed" ? <Badge tone="warning">Disputed claim</Badge> : null}
      <Badge tone={claim.confidence === "disputed" ? "warning" : "neutral"}>
        Confidence: {CONFIDENCE_LABELS[claim.confidence as Confidence] ?? claim.confidence}
      </Badge>
      <span className="muted">
        Claim date:{" "}
        <DateLabel date={claim.claimDate ? new Date(claim.claimDate) : null} className="font-medium tabular-nums" />
      </span>
    </div>
  );
}
