import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, CONFIDENCE_LABELS, type ClaimKind, type Confidence } from "@/lib/constants";
import type { ClaimCardItem } from "@/lib/queries/claim-rows";
import { safeHttpUrl } from "@/lib/safe-url";

/** The plain fields a claim card shows: what lib/queries/claim-rows.ts reads for it (claimCardsOfPage). */
export type ClaimCardData = ClaimCardItem;

function kindLabel(kind: string): string {
  return CLAIM_KIND_LABELS[kind as ClaimKind] ?? kind;
}

/** The quote between the quotation marks of its own language. */
function quoted(quote: string, language: string): string {
  return language.toLowerCase().startsWith("fr") ? `«\u00a0${quote}\u00a0»` : `“${quote}”`;
}

/** One claim: what it says, about whom and which chips, and the source's own words. */
export function ClaimCard({ claim, headingLevel = 3 }: { claim: ClaimCardData; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const disputed = claim.status === "disputed" || claim.confidence === "disputed";
  const originalHref = safeHttpUrl(claim.source.url);
  return (
    <article aria-labelledby={`claim-${claim.slug}`} className="claim h-full">
      <div className="badge-row">
        <Badge tone="accent">{kindLabel(claim.kind)}</Badge>
        {disputed ? (
          <Badge tone="warning">Disputed</Badge>
        ) : claim.confidence !== "reported" ? (
          <Badge>{CONFIDENCE_LABELS[claim.confidence as Confidence] ?? claim.confidence}</Badge>
        ) : null}
        <DateLabel date={claim.claimDate} className="muted" />
      </div>

      <Heading id={`claim-${claim.slug}`} className="claim-heading">
        {claim.summary}
      </Heading>

      <dl className="card-facts">
        <dt>Company</dt>
        <dd className="font-medium">{claim.subject.name}</dd>
        <dt>Chips</dt>
        <dd>
          {claim.chips.length > 0 ? claim.chips.map((chip) => chip.name).join(", ") : "None named"}
        </dd>
      </dl>

      <figure className="mt-auto">
        <blockquote lang={claim.source.language} className="quote">
          <p>{quoted(claim.quote, claim.source.language)}</p>
        </blockquote>
        {claim.translation ? (
          <p className="quote-translation">
            <span className="font-medium">Translation:</span> {claim.translation}
          </p>
        ) : null}
        <figcaption className="quote-source">
          &mdash;{" "}
          {/* A plain <a>: the source page highlights the quote through :target, which client-side navigation does not set. */}
          <a href={`/sources/${claim.source.id}#claim-${claim.id}`} className="link">
            <cite lang={claim.source.language}>{claim.source.title}</cite>
            <span className="sr-only"> (the quote in the archived article)</span>
          </a>
          {claim.source.publisher ? <>, {claim.source.publisher}</> : <>, publisher not named</>}
          {originalHref ? (
            <>
              {" · "}
              <a href={originalHref} rel="noopener noreferrer" className="link">
                original<span className="sr-only">{` article: ${claim.source.title}`}</span>
              </a>
            </>
          ) : null}
        </figcaption>
      </figure>
    </article>
  );
}
