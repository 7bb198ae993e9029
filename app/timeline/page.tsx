import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TimelineChart } from "@/components/charts/lazy";
import { laneOf, type TimelinePoint } from "@/components/timeline/lanes";
import { timelineClaimAnchor, timelineEventAnchor } from "@/components/timeline/links";
import { IgnoredParamsNotice } from "@/components/ui/notice";
import { TimelineClaimEntry, TimelineEventEntry } from "@/components/timeline/timeline-entries";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { Container } from "@/components/ui/container";
import { formatDate } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { JURISDICTION_LABELS, cappedCount } from "@/lib/constants";
import { resolveNameFilters } from "@/lib/queries/filter-names";
import {
  TIMELINE_PAGE_SIZE,
  TIMELINE_UNDATED_PAGE_SIZE,
  getTimeline,
  type DatedKey,
  type Timeline,
  type TimelineEntry,
} from "@/lib/queries/timeline";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { TimelineQuerySchema, datedCursor, undatedCursor, type TimelineQuery } from "./timeline-params";

export const metadata: Metadata = {
  title: "Timeline",
  description: "Export controls on both sides of the Pacific and adoption claims, on one time axis.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LINK = "font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

/** An entry's date, as precise as its source. */
function entryDateLabel(entry: TimelineEntry): string {
  return formatDate(new Date(entry.date), entry.type === "event" ? entry.event.datePrecision : "day");
}

function chartPoints(timeline: Timeline): TimelinePoint[] {
  return timeline.dated.map((entry) =>
    entry.type === "event"
      ? {
          key: `event-${entry.event.id}`,
          lane: laneOf(entry.event.jurisdiction).key,
          time: Date.parse(entry.date),
          dateLabel: entryDateLabel(entry),
          title: entry.event.title,
          href: `#${timelineEventAnchor(entry.event.slug)}`,
        }
      : {
          key: `claim-${entry.claim.id}`,
          lane: "claims",
          time: Date.parse(entry.date),
          dateLabel: entryDateLabel(entry),
          title: entry.claim.summary,
          href: `#${timelineClaimAnchor(entry.claim.id)}`,
        },
  );
}

function chartSummary(points: TimelinePoint[]): string {
  const count = (lane: string) => points.filter((point) => point.lane === lane).length;
  const first = points[0]?.dateLabel;
  const last = points[points.length - 1]?.dateLabel;
  const parts = [
    `${count("US")} United States event${count("US") === 1 ? "" : "s"}`,
    `${count("CN")} China event${count("CN") === 1 ? "" : "s"}`,
    ...(count("other") > 0 ? [`${count("other")} other event${count("other") === 1 ? "" : "s"}`] : []),
    `${count("claims")} claim${count("claims") === 1 ? "" : "s"}`,
  ];
  return `Timeline chart of ${points.length} dated item${points.length === 1 ? "" : "s"} from ${first} to ${last}, this page of the dated list: ${parts.join(", ")}. The list below gives each of them.`;
}

/** The filters of the page, as URL parameters every link of the page keeps. */
function filterParams(filters: TimelineQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ["jurisdiction", "company", "chip"] as const) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  return search;
}

/**
 * The timeline with the same filters, the dated list at `dated` and the undated list at `undated`
 * (undefined: its first page), scrolled to `section`.
 */
function timelineHref(
  filters: TimelineQuery,
  dated: { after: DatedKey } | { before: DatedKey | "end" } | undefined,
  undated: string | undefined,
  section: "timeline-dated" | "timeline-undated",
): string {
  const search = filterParams(filters);
  if (dated && "after" in dated) search.set("after", datedCursor(dated.after));
  if (dated && "before" in dated) search.set("before", dated.before === "end" ? "end" : datedCursor(dated.before));
  if (undated) search.set("undated", undated);
  const query = search.toString();
  return `/timeline${query ? `?${query}` : ""}#${section}`;
}

const PAGE_LINK =
  "rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-sky-300 dark:hover:bg-zinc-800";

/** Links to the pages around this one; nothing when there are none. */
function PageLinks({ label, links }: { label: string; links: { text: string; href: string; rel?: "prev" | "next" }[] }) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-3">
      {links.map((link) => (
        <Link key={link.text} href={link.href} rel={link.rel} prefetch={false} className={PAGE_LINK}>
          {link.text}
        </Link>
      ))}
    </nav>
  );
}

function exportHref(format: "csv" | "json", filters: TimelineQuery): string {
  return `/api/v1/export/events?${new URLSearchParams([["format", format], ...filterParams(filters)])}`;
}

export default async function TimelinePage({ searchParams }: PageProps) {
  const raw = await searchParams;
  const { data, problems } = parsePageSearchParams(TimelineQuerySchema, raw);
  const filters: TimelineQuery = { ...data };
  const named = await resolveNameFilters("/timeline", raw, filters);
  // A name typed in a filter field: the same filters under the record's slug, the address to share.
  if (named.redirectTo) redirect(named.redirectTo);
  // A value that names nothing (or several) is ignored like any other bad parameter, and said so,
  // on its field as well.
  filters.company = named.company?.slug;
  filters.chip = named.chip?.slug;
  problems.push(...named.problems);

  const { jurisdiction, company, chip, after, before, undated } = filters;
  const timeline = await getTimeline({ jurisdiction, company, chip }, { after, before, undated });
  const points = chartPoints(timeline);
  const paged = Boolean(after || before);
  const nothing = timeline.eventTotal + timeline.claimTotal === 0;
  // Each list's links keep the other list where it is.
  const undatedHere = undated ? undatedCursor(undated) : undefined;
  const datedHere = after ? { after } : before ? { before } : undefined;
  const datedLinks = [
    ...(timeline.earlier
      ? [
          { text: "Oldest", href: timelineHref(filters, undefined, undatedHere, "timeline-dated") },
          {
            text: "← Earlier",
            href: timelineHref(filters, { before: timeline.earlier }, undatedHere, "timeline-dated"),
            rel: "prev" as const,
          },
        ]
      : []),
    ...(timeline.later
      ? [
          {
            text: "Later →",
            href: timelineHref(
              filters,
              timeline.later === "start" ? undefined : { after: timeline.later },
              undatedHere,
              "timeline-dated",
            ),
            rel: "next" as const,
          },
          { text: "Newest", href: timelineHref(filters, { before: "end" }, undatedHere, "timeline-dated") },
        ]
      : []),
  ];
  const undatedLinks = [
    ...(undated
      ? [{ text: "← First undated entries", href: timelineHref(filters, datedHere, undefined, "timeline-undated") }]
      : []),
    ...(timeline.moreUndated
      ? [
          {
            text: "More undated entries →",
            href: timelineHref(filters, datedHere, undatedCursor(timeline.moreUndated), "timeline-undated"),
            rel: "next" as const,
          },
        ]
      : []),
  ];
  const firstDated = timeline.dated[0];
  const lastDated = timeline.dated[timeline.dated.length - 1];

  return (
    <Container className="flex flex-col gap-10 py-10">
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">Timeline</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">
          Export controls on both sides of the Pacific and the adoption claims around them, on one time axis. Most
          claims and several events have no date in their sources: they are listed under &ldquo;Undated&rdquo;,
          never given a date.
        </p>
      </header>

      <div className="flex flex-col gap-4">
        <TimelineFilters names={named.names} errors={named.errors} selected={filters} />
        <IgnoredParamsNotice problems={problems} />
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-zinc-700 dark:text-zinc-300">
            {timeline.eventTotal} export-control event{timeline.eventTotal === 1 ? "" : "s"} and{" "}
            {cappedCount(timeline.claimTotal)} claim{timeline.claimTotal === 1 ? "" : "s"} match
            {jurisdiction ? <>; events of {JURISDICTION_LABELS[jurisdiction]} only</> : null}. The dated list below
            shows them {TIMELINE_PAGE_SIZE} at a time, the undated list {TIMELINE_UNDATED_PAGE_SIZE}.
          </p>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <span className="text-zinc-700 dark:text-zinc-300">The events with these filters:</span>
            <a href={exportHref("csv", filters)} className={LINK}>
              Download CSV
            </a>
            <a href={exportHref("json", filters)} className={LINK}>
              Download JSON
            </a>
          </p>
        </div>
      </div>

      {nothing ? (
        <EmptyState title="Nothing matches these filters">
          No export-control event or claim names this combination.{" "}
          <Link href="/timeline" prefetch={false} className={LINK}>
            Show everything
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <Section
            id="timeline-chart"
            title="On a time axis"
            description="Dated items only, one lane per jurisdiction and one for claims. Select a point to go to its entry in the list."
          >
            {points.length > 0 ? (
              <TimelineChart points={points} summary={chartSummary(points)} />
            ) : paged ? (
              <EmptyState title="No dated entries on this page">
                There is nothing to place on a time axis here: see the links under &ldquo;Dated&rdquo;.
              </EmptyState>
            ) : (
              <EmptyState title="Nothing here has a date">
                None of these events or claims is dated in its sources, so there is nothing to place on a time axis.
                They are listed under &ldquo;Undated&rdquo; below.
              </EmptyState>
            )}
          </Section>

          <Section id="timeline-dated" title="Dated" description="Oldest first, each date as precise as its source.">
            {firstDated && lastDated ? (
              <p className="mb-4 text-sm text-zinc-700 dark:text-zinc-300">
                Showing {timeline.dated.length} dated entr{timeline.dated.length === 1 ? "y" : "ies"} from{" "}
                {entryDateLabel(firstDated)} to {entryDateLabel(lastDated)}
                {timeline.earlier || timeline.later
                  ? `; the links below lead to ${[timeline.earlier ? "earlier" : "", timeline.later ? "later" : ""].filter(Boolean).join(" and ")} ones`
                  : null}
                .
              </p>
            ) : null}
            {timeline.dated.length > 0 ? (
              <ol className="flex flex-col gap-4">
                {timeline.dated.map((entry) => (
                  <li key={entry.type === "event" ? `event-${entry.event.id}` : `claim-${entry.claim.id}`}>
                    {entry.type === "event" ? (
                      <TimelineEventEntry event={entry.event} companyRoles={timeline.companyRoles} />
                    ) : (
                      <TimelineClaimEntry claim={entry.claim} companyRoles={timeline.companyRoles} />
                    )}
                  </li>
                ))}
              </ol>
            ) : paged ? (
              <EmptyState title="No dated entries on this page">
                The timeline has changed since this link was made, or the link points past its end.
              </EmptyState>
            ) : (
              <EmptyState title="No dated events or claims for these filters" />
            )}
            <PageLinks label="Pages of dated entries" links={datedLinks} />
          </Section>

          <Section
            id="timeline-undated"
            title="Undated"
            description="Their sources give no date, and none is guessed. Events are listed by title, claims in the order they were recorded."
          >
            <div className="flex flex-col gap-8">
              <section aria-labelledby="undated-events-heading">
                <h3
                  id="undated-events-heading"
                  className="mb-3 text-lg font-semibold text-zinc-900 dark:text-zinc-50"
                >
                  Export-control events ({timeline.undatedEvents.length})
                </h3>
                {timeline.undatedEvents.length > 0 ? (
                  <ul className="flex flex-col gap-4">
                    {timeline.undatedEvents.map((event) => (
                      <li key={event.id}>
                        <TimelineEventEntry event={event} companyRoles={timeline.companyRoles} headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                ) : undated ? (
                  <EmptyState title="No undated events on this page">
                    Undated events come before the undated claims: any there are, are on the first page of undated
                    entries.
                  </EmptyState>
                ) : (
                  <EmptyState title="No undated events for these filters" />
                )}
              </section>
              <section aria-labelledby="undated-claims-heading">
                <h3
                  id="undated-claims-heading"
                  className="mb-3 text-lg font-semibold text-zinc-900 dark:text-zinc-50"
                >
                  Claims ({timeline.undatedClaims.length})
                </h3>
                {timeline.undatedClaims.length > 0 ? (
                  <ul className="grid gap-4 md:grid-cols-2">
                    {timeline.undatedClaims.map((claim) => (
                      <li key={claim.id}>
                        <TimelineClaimEntry claim={claim} companyRoles={timeline.companyRoles} headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                ) : timeline.moreUndated ? (
                  <EmptyState title="No undated claims on this page">
                    The undated claims follow the undated events: see the next page of undated entries.
                  </EmptyState>
                ) : (
                  <EmptyState title="No undated claims for these filters" />
                )}
              </section>
            </div>
            <PageLinks label="Pages of undated entries" links={undatedLinks} />
          </Section>
        </>
      )}
    </Container>
  );
}
