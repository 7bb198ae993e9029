import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, CONFIDENCE_LABELS, type ClaimKind, type Confidence } from "@/lib/constants";
import { safeHttpUrl } from "@/lib/safe-url";

/** The plain fields a claim card shows (what lib/queries select for it). */
export type ClaimCardData = {
  id: string;
  slug: string;
  kind: string;
  status: string;
  confidence: string;
  summary: string;
  quote: string;
  translation: string | null;
  claimDate: Date | null;
  subject: { slug: string; name: string };
  chips: { slug: string; name: string }[];
  source: { id: string; title: string; publisher: string | null; language: string; url: string | null };
};

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
    <article
      aria-labelledby={`claim-${claim.slug}`}
      className="flex h-full flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="accent">{kindLabel(claim.kind)}</Badge>
        {disputed ? (
          <Badge tone="warning">Disputed</Badge>
        ) : claim.confidence !== "reported" ? (
          <Badge>{CONFIDENCE_LABELS[claim.confidence as Confidence] ?? claim.confidence}</Badge>
        ) : null}
        <DateLabel date={claim.claimDate} className="text-zinc-600 dark:text-zinc-400" />
      </div>

      <Heading id={`claim-${claim.slug}`} className="font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
        {claim.summary}
      </Heading>

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Company</dt>
        <dd className="font-medium text-zinc-900 dark:text-zinc-100">{claim.subject.name}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Chips</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">
          {claim.chips.length > 0 ? claim.chips.map((chip) => chip.name).join(", ") : "None named"}
        </dd>
      </dl>

      <figure className="mt-auto">
        <blockquote
          lang={claim.source.language}
          className="border-l-4 border-sky-600 pl-4 font-serif text-zinc-800 italic dark:border-sky-400 dark:text-zinc-200"
        >
          <p>{quoted(claim.quote, claim.source.language)}</p>
        </blockquote>
        {claim.translation ? (
          <p className="mt-2 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
            <span className="font-medium">Translation:</span> {claim.translation}
          </p>
        ) : null}
        <figcaption className="mt-2 pl-5 text-sm text-zinc-600 dark:text-zinc-400">
          &mdash;{" "}
          {/* A plain <a>: the source page highlights the quote through :target, which client-side navigation does not set. */}
          <a
            href={`/sources/${claim.source.id}#claim-${claim.id}`}
            className="text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            <cite lang={claim.source.language}>{claim.source.title}</cite>
            <span className="sr-only"> (the quote in the archived article)</span>
          </a>
          {claim.source.publisher ? <>, {claim.source.publisher}</> : <>, publisher not named</>}
          {originalHref ? (
            <>
              {" · "}
              <a
                href={originalHref}
                rel="noopener noreferrer"
                className="text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
              >
                original<span className="sr-only"> article: {claim.source.title}</span>
              </a>
            </>
          ) : null}
        </figcaption>
      </figure>
    </article>
  );
}
