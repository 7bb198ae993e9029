import { Badge } from "@/components/ui/badge";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, EVENT_ACTION_LABELS, type ClaimKind, type EventAction } from "@/lib/constants";
import type { TimelineClaim, TimelineEvent } from "@/lib/queries/timeline";
import { LaneLabel } from "./lane-glyph";
import { laneOf } from "./lanes";
import {
  chipHref,
  claimQuoteHref,
  companyHref,
  eventQuoteHref,
  isWebUrl,
  quoted,
  timelineClaimAnchor,
  timelineEventAnchor,
} from "./links";

// One export-control event or one claim in the timeline's list: its date as precise as its
// source (or "Undated"), its lane, what it is, whom and which chips it names, and the quotes
// behind it, each linked to its highlighted place in the archived article.
//
// The list repeats these for up to a hundred entries a page: their classes are named ones
// (app/styles/timeline.css, and .link, .muted from app/globals.css), and their links plain <a>
// elements (a full page load), not next/link's client component, one per company, chip and quote.

type HeadingLevel = 3 | 4;
type Ref = { slug: string; name: string };

function RefLinks({ refs, href, none }: { refs: Ref[]; href: (slug: string) => string; none: string }) {
  if (refs.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="tl-refs">
      {refs.map((ref, index) => (
        <li key={ref.slug}>
          <a href={href(ref.slug)}>{ref.name}</a>
          {index < refs.length - 1 ? ", " : null}
        </li>
      ))}
    </ul>
  );
}

function Names({
  companies,
  chips,
  companyRoles,
}: {
  companies: Ref[];
  chips: Ref[];
  companyRoles: Record<string, string[]>;
}) {
  return (
    <dl className="tl-names">
      <dt>Companies</dt>
      <dd>
        <RefLinks refs={companies} href={(slug) => companyHref(slug, companyRoles[slug])} none="None named" />
      </dd>
      <dt>Chips</dt>
      <dd>
        <RefLinks refs={chips} href={chipHref} none="None named" />
      </dd>
    </dl>
  );
}

function Quote({
  quote,
  language,
  href,
  sourceTitle,
}: {
  quote: string;
  language: string;
  href: string;
  sourceTitle: string;
}) {
  return (
    <figure className="tl-quote">
      <blockquote lang={language}>
        <p>{quoted(quote, language)}</p>
      </blockquote>
      <figcaption>
        &mdash;{" "}
        <a href={href}>
          In the source, <cite lang={language}>{sourceTitle}</cite>
        </a>
      </figcaption>
    </figure>
  );
}

function EntryDate({ date, precision }: { date: string | null; precision?: string | null }) {
  return <DateLabel date={date ? new Date(date) : null} precision={precision} className="tl-date" />;
}

export function TimelineEventEntry({
  event,
  companyRoles,
  headingLevel = 3,
}: {
  event: TimelineEvent;
  companyRoles: Record<string, string[]>;
  headingLevel?: HeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  const anchor = timelineEventAnchor(event.slug);
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="tl-entry"
    >
      <div className="tl-meta">
        <EntryDate date={event.date} precision={event.datePrecision} />
        <LaneLabel lane={laneOf(event.jurisdiction)} />
        <Badge>{EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}</Badge>
        {event.authority ? <span className="muted">{event.authority}</span> : null}
      </div>
      <Heading id={`${anchor}-title`} className="tl-title">
        {event.title}
      </Heading>
      {event.date && event.dateSource ? (
        <p className="muted text-sm">
          Date from{" "}
          {isWebUrl(event.dateSource.url) ? (
            <a href={event.dateSource.url} className="link">
              {event.dateSource.name}
            </a>
          ) : (
            event.dateSource.name
          )}
        </p>
      ) : null}
      {event.description ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{event.description}</p> : null}
      <Names companies={event.companies} chips={event.chips} companyRoles={companyRoles} />
      {event.quotes.length > 0 ? (
        <ul className="mt-1 flex flex-col gap-3" aria-label={`Quotes behind “${event.title}”`}>
          {event.quotes.map((quote) => (
            <li key={quote.id}>
              <Quote
                quote={quote.quote}
                language={quote.source.language}
                href={eventQuoteHref(quote.source.id, quote.id)}
                sourceTitle={quote.source.title}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

export function TimelineClaimEntry({
  claim,
  companyRoles,
  headingLevel = 3,
}: {
  claim: TimelineClaim;
  companyRoles: Record<string, string[]>;
  headingLevel?: HeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  const anchor = timelineClaimAnchor(claim.id);
  const disputed = claim.status === "disputed" || claim.confidence === "disputed";
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="tl-entry"
    >
      <div className="tl-meta">
        <EntryDate date={claim.date} />
        <LaneLabel lane={laneOf("claims")} />
        <Badge tone="accent">{CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind}</Badge>
        {disputed ? <Badge tone="warning">Disputed</Badge> : null}
      </div>
      <Heading id={`${anchor}-title`} className="tl-title">
        <a href={`/claims/${encodeURIComponent(claim.id)}`} className="link">
          {claim.summary}
        </a>
      </Heading>
      <Names companies={claim.companies} chips={claim.chips} companyRoles={companyRoles} />
      <Quote
        quote={claim.quote}
        language={claim.source.language}
        href={claimQuoteHref(claim.source.id, claim.id)}
        sourceTitle={claim.source.title}
      />
      {claim.translation ? (
        <p className="pl-4 text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">Translation:</span> {claim.translation}
        </p>
      ) : null}
    </article>
  );
}
