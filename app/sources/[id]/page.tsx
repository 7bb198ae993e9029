import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HighlightLegend, HighlightedText, type QuoteMark } from "@/components/sources/highlighted-text";
import { languageName } from "@/components/sources/source-format";
import { SourceQuoteList } from "@/components/sources/source-quote-list";
import { isWebUrl, timelineEventAnchor } from "@/components/timeline/links";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { JURISDICTION_LABELS, SPEC_METRICS, type Jurisdiction, type SpecMetric } from "@/lib/constants";
import { getSourceForReading, type SourceReading } from "@/lib/queries/sources";

type PageProps = { params: Promise<{ id: string }> };

// Named classes (app/globals.css).
const LINK = "link";
const MUTED = "muted";

// generateMetadata and the page read the same source once per request.
const readSource = cache((id: string) => getSourceForReading(id));

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const source = await readSource((await params).id);
  return { title: source ? source.title : "Source not found" };
}

function quoteCounts(claims: number, events: number, specs: number): string {
  const parts = [
    [claims, "claim quote"],
    [events, "event quote"],
    [specs, "spec value quote"],
  ] as const;
  const named = parts.filter(([count]) => count > 0).map(([count, noun]) => `${count} ${noun}${count === 1 ? "" : "s"}`);
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named.join("");
}

function metricLabel(metric: string): string {
  return SPEC_METRICS[metric as SpecMetric]?.label ?? metric;
}

/** Every quote this source gives, as marks: claims first, so a claim is the outer of identical spans. */
function quoteMarks(source: SourceReading): QuoteMark[] {
  const claims = source.claims.map((claim, index): QuoteMark => ({
    kind: "claim",
    id: claim.id,
    start: claim.quoteStart,
    end: claim.quoteEnd,
    anchor: `claim-${claim.id}`,
    href: `/claims/${encodeURIComponent(claim.id)}`,
    label: `Claim C${index + 1}: ${claim.summary}`,
    tag: `C${index + 1}`,
  }));
  const events = source.eventQuotes.map((quote, index): QuoteMark => ({
    kind: "event",
    id: quote.id,
    start: quote.quoteStart,
    end: quote.quoteEnd,
    anchor: `event-${quote.id}`,
    href: `/timeline#${timelineEventAnchor(quote.event.slug)}`,
    label: `Export-control event E${index + 1}: ${quote.event.title}`,
    tag: `E${index + 1}`,
  }));
  // #spec-<metric>; should two chips quote the same metric here, the later ones add the chip.
  const usedAnchors = new Set<string>();
  const specs = source.specQuotes.map((spec, index): QuoteMark => {
    let anchor = `spec-${spec.metric}`;
    if (usedAnchors.has(anchor)) anchor = `spec-${spec.chip.slug}-${spec.metric}`;
    usedAnchors.add(anchor);
    return {
      kind: "spec",
      id: spec.id,
      start: spec.quoteStart,
      end: spec.quoteEnd,
      anchor,
      href: `/chips/${encodeURIComponent(spec.chip.slug)}`,
      label: `Spec value S${index + 1}: ${spec.chip.name}, ${metricLabel(spec.metric)}`,
      tag: `S${index + 1}`,
    };
  });
  return [...claims, ...events, ...specs];
}

export default async function SourcePage({ params }: PageProps) {
  const source = await readSource((await params).id);
  if (!source) notFound();

  const marks = quoteMarks(source);
  const byAnchor = (kind: QuoteMark["kind"]) => marks.filter((mark) => mark.kind === kind);
  const claimMarks = byAnchor("claim");
  const eventMarks = byAnchor("event");
  const specMarks = byAnchor("spec");

  return (
    <Container className="flex flex-col gap-8 py-10">
      <p className="text-sm">
        <Link href="/sources" className={LINK}>
          All sources
        </Link>
      </p>
      <header className="flex max-w-4xl flex-col gap-4">
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">Archived article</p>
        <h1
          lang={source.language}
          className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50"
        >
          {source.title}
        </h1>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className={MUTED}>Publisher</dt>
          <dd className="ink">
            {source.publisher ?? <span className={MUTED}>Publisher not named</span>}
          </dd>
          {source.author ? (
            <>
              <dt className={MUTED}>Author</dt>
              <dd className="ink">{source.author}</dd>
            </>
          ) : null}
          <dt className={MUTED}>Language</dt>
          <dd className="ink">{languageName(source.language)}</dd>
          <dt className={MUTED}>Published</dt>
          <dd className="ink">
            {source.publishedAt ? (
              <DateLabel date={new Date(source.publishedAt)} />
            ) : (
              <span className={MUTED}>Not given</span>
            )}
          </dd>
          <dt className={MUTED}>Retrieved</dt>
          <dd className="ink">
            {source.retrievedAt ? (
              <DateLabel date={new Date(source.retrievedAt)} />
            ) : (
              <span className={MUTED}>Not given</span>
            )}
          </dd>
          <dt className={MUTED}>Original address</dt>
          <dd className="ink break-all">
            {isWebUrl(source.url) ? (
              <a href={source.url} className={LINK}>
                {source.url}
              </a>
            ) : (
              <span className={MUTED}>Not kept</span>
            )}
          </dd>
          <dt className={MUTED}>Content hash (SHA-256)</dt>
          <dd>
            <code className="font-mono text-xs break-all text-zinc-900 dark:text-zinc-100">{source.contentHash}</code>
          </dd>
        </dl>
        {source.notes ? (
          <div className="rounded-md border border-zinc-200 bg-zinc-50 px-4 py-3 text-sm text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
            <p className="font-semibold">Archivist&rsquo;s notes</p>
            <p className="mt-1">{source.notes}</p>
          </div>
        ) : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="source-text-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="source-text-heading" className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            The article as archived
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {marks.length === 0
              ? "Nothing published quotes this article yet."
              : `Highlighted in place: ${quoteCounts(claimMarks.length, eventMarks.length, specMarks.length)}; several may share words. Each small tag links to the record that quotes it.`}
          </p>
          <HighlightLegend />
          <div className="rounded-lg border border-zinc-200 bg-white p-5 sm:p-7 dark:border-zinc-800 dark:bg-zinc-900">
            <HighlightedText text={source.text} language={source.language} marks={marks} />
          </div>
        </section>

        <aside aria-label="Quotes in this source" className="flex flex-col gap-8 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <SourceQuoteList
            id="source-claims"
            title={`Claims in this source (${claimMarks.length})`}
            empty="No published claim quotes this source."
            items={source.claims.map((claim, index) => ({
              key: claim.id,
              tag: claimMarks[index].tag,
              text: claim.summary,
              anchor: claimMarks[index].anchor,
            }))}
          />
          {eventMarks.length > 0 ? (
            <SourceQuoteList
              id="source-events"
              title={`Export-control events (${eventMarks.length})`}
              items={source.eventQuotes.map((quote, index) => ({
                key: quote.id,
                tag: eventMarks[index].tag,
                text: quote.event.title,
                detail: JURISDICTION_LABELS[quote.event.jurisdiction as Jurisdiction] ?? quote.event.jurisdiction,
                anchor: eventMarks[index].anchor,
              }))}
            />
          ) : null}
          {specMarks.length > 0 ? (
            <SourceQuoteList
              id="source-specs"
              title={`Spec values (${specMarks.length})`}
              items={source.specQuotes.map((spec, index) => ({
                key: spec.id,
                tag: specMarks[index].tag,
                text: `${spec.chip.name}: ${metricLabel(spec.metric)}`,
                anchor: specMarks[index].anchor,
              }))}
            />
          ) : null}
        </aside>
      </div>
    </Container>
  );
}
