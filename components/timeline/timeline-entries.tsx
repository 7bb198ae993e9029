import Link from "next/link";
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

const LINK =
  "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

type HeadingLevel = 3 | 4;
type Ref = { slug: string; name: string };

function RefLinks({ refs, href, none }: { refs: Ref[]; href: (slug: string) => string; none: string }) {
  if (refs.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">{none}</span>;
  return (
    <ul className="inline">
      {refs.map((ref, index) => (
        <li key={ref.slug} className="inline">
          <Link href={href(ref.slug)} prefetch={false} className={LINK}>
            {ref.name}
          </Link>
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
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-zinc-600 dark:text-zinc-400">Companies</dt>
      <dd className="text-zinc-900 dark:text-zinc-100">
        <RefLinks refs={companies} href={(slug) => companyHref(slug, companyRoles[slug])} none="None named" />
      </dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Chips</dt>
      <dd className="text-zinc-900 dark:text-zinc-100">
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
    <figure>
      <blockquote
        lang={language}
        className="border-l-4 border-zinc-300 pl-3 font-serif text-zinc-800 italic dark:border-zinc-600 dark:text-zinc-200"
      >
        <p>{quoted(quote, language)}</p>
      </blockquote>
      <figcaption className="mt-1 pl-4 text-sm text-zinc-600 dark:text-zinc-400">
        &mdash;{" "}
        <a href={href} className={LINK}>
          In the source, <cite lang={language}>{sourceTitle}</cite>
        </a>
      </figcaption>
    </figure>
  );
}

function EntryDate({ date, precision }: { date: string | null; precision?: string | null }) {
  return (
    <DateLabel
      date={date ? new Date(date) : null}
      precision={precision}
      className="font-semibold text-zinc-800 tabular-nums dark:text-zinc-200"
    />
  );
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
      className="flex scroll-mt-6 flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 target:ring-3 target:ring-sky-600 dark:border-zinc-800 dark:bg-zinc-900 dark:target:ring-sky-400"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <EntryDate date={event.date} precision={event.datePrecision} />
        <LaneLabel lane={laneOf(event.jurisdiction)} />
        <Badge>{EVENT_ACTION_LABELS[event.action as EventAction] ?? event.action}</Badge>
        {event.authority ? <span className="text-zinc-600 dark:text-zinc-400">{event.authority}</span> : null}
      </div>
      <Heading id={`${anchor}-title`} className="font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
        {event.title}
      </Heading>
      {event.date && event.dateSource ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Date from{" "}
          {isWebUrl(event.dateSource.url) ? (
            <a href={event.dateSource.url} className={LINK}>
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
      className="flex scroll-mt-6 flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 target:ring-3 target:ring-sky-600 dark:border-zinc-800 dark:bg-zinc-900 dark:target:ring-sky-400"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <EntryDate date={claim.date} />
        <LaneLabel lane={laneOf("claims")} />
        <Badge tone="accent">{CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind}</Badge>
        {disputed ? <Badge tone="warning">Disputed</Badge> : null}
      </div>
      <Heading id={`${anchor}-title`} className="font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
        <Link href={`/claims/${encodeURIComponent(claim.id)}`} prefetch={false} className={LINK}>
          {claim.summary}
        </Link>
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
