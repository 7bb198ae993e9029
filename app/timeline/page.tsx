import Link from "next/link";
import type { Metadata } from "next";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { laneOf, type TimelinePoint } from "@/components/timeline/lanes";
import { timelineClaimAnchor, timelineEventAnchor } from "@/components/timeline/links";
import { IgnoredParamsNotice, Notice } from "@/components/ui/notice";
import { TimelineClaimEntry, TimelineEventEntry } from "@/components/timeline/timeline-entries";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { Container } from "@/components/ui/container";
import { formatDate } from "@/components/ui/date-label";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { JURISDICTION_LABELS, cappedCount } from "@/lib/constants";
import { chipExists } from "@/lib/queries/chips";
import { companyExists } from "@/lib/queries/companies";
import { TIMELINE_LIMIT, getTimeline, listTimelineFilterOptions, type Timeline } from "@/lib/queries/timeline";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { TimelineQuerySchema, type TimelineQuery } from "./timeline-params";

export const metadata: Metadata = {
  title: "Timeline",
  description: "Export controls on both sides of the Pacific and adoption claims, on one time axis.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LINK = "font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

function chartPoints(timeline: Timeline): TimelinePoint[] {
  return timeline.dated.map((entry) =>
    entry.type === "event"
      ? {
          key: `event-${entry.event.id}`,
          lane: laneOf(entry.event.jurisdiction).key,
          time: Date.parse(entry.date),
          dateLabel: formatDate(new Date(entry.date), entry.event.datePrecision),
          title: entry.event.title,
          href: `#${timelineEventAnchor(entry.event.slug)}`,
        }
      : {
          key: `claim-${entry.claim.id}`,
          lane: "claims",
          time: Date.parse(entry.date),
          dateLabel: formatDate(new Date(entry.date)),
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
  return `Timeline chart of ${points.length} dated item${points.length === 1 ? "" : "s"} from ${first} to ${last}: ${parts.join(", ")}. The list below gives each of them.`;
}

function exportHref(format: "csv" | "json", filters: TimelineQuery): string {
  const search = new URLSearchParams({ format });
  for (const key of ["jurisdiction", "company", "chip"] as const) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  return `/api/v1/export/events?${search}`;
}

export default async function TimelinePage({ searchParams }: PageProps) {
  const { data, problems } = parsePageSearchParams(TimelineQuerySchema, await searchParams);
  const filters: TimelineQuery = { ...data };
  // A slug that names nothing is ignored like any other bad parameter, and said so.
  const [companyKnown, chipKnown] = await Promise.all([
    filters.company ? companyExists(filters.company) : true,
    filters.chip ? chipExists(filters.chip) : true,
  ]);
  if (!companyKnown) {
    problems.push({ parameter: "company", message: `no company '${filters.company}'` });
    delete filters.company;
  }
  if (!chipKnown) {
    problems.push({ parameter: "chip", message: `no chip '${filters.chip}'` });
    delete filters.chip;
  }

  const [timeline, options] = await Promise.all([getTimeline(filters), listTimelineFilterOptions(filters)]);
  const points = chartPoints(timeline);
  const datedEvents = timeline.dated.filter((entry) => entry.type === "event").length;
  const datedClaims = timeline.dated.length - datedEvents;
  const shownEvents = datedEvents + timeline.undatedEvents.length;
  const shownClaims = datedClaims + timeline.undatedClaims.length;
  const nothing = shownEvents + shownClaims === 0;

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
        <TimelineFilters companies={options.companies} chips={options.chips} selected={filters} />
        <IgnoredParamsNotice problems={problems} />
        {timeline.eventTotal > shownEvents || timeline.claimTotal > shownClaims ? (
          <Notice>
            This view holds at most {TIMELINE_LIMIT} events and {TIMELINE_LIMIT} claims: it shows {shownEvents} of{" "}
            {timeline.eventTotal} events and {shownClaims} of {cappedCount(timeline.claimTotal)} claims. Narrow the filters to see the
            rest, or download the events below.
          </Notice>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-zinc-700 dark:text-zinc-300">
            {shownEvents} export-control event{shownEvents === 1 ? "" : "s"} ({datedEvents} dated) and {shownClaims}{" "}
            claim{shownClaims === 1 ? "" : "s"} ({datedClaims} dated)
            {filters.jurisdiction ? <>; events of {JURISDICTION_LABELS[filters.jurisdiction]} only</> : null}.
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
            ) : (
              <EmptyState title="Nothing here has a date">
                None of these events or claims is dated in its sources, so there is nothing to place on a time axis.
                They are listed under &ldquo;Undated&rdquo; below.
              </EmptyState>
            )}
          </Section>

          <Section id="timeline-dated" title="Dated" description="Oldest first, each date as precise as its source.">
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
            ) : (
              <EmptyState title="No dated events or claims for these filters" />
            )}
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
                ) : (
                  <EmptyState title="No undated claims for these filters" />
                )}
              </section>
            </div>
          </Section>
        </>
      )}
    </Container>
  );
}
