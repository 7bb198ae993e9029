import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimStatusBadge } from "@/components/editor/claim-status-badge";
import { DateTime } from "@/components/editor/date-time";
import { SuggestionsPanel } from "@/components/editor/suggestions-panel";
import { BUTTON_PRIMARY, EditorBreadcrumb, LINK } from "@/components/editor/form-parts";
import { HighlightedText, type QuoteMark } from "@/components/sources/highlighted-text";
import { languageName } from "@/components/sources/source-format";
import { Container } from "@/components/ui/container";
import { DateLabel } from "@/components/ui/date-label";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/constants";
import { requireEditor } from "@/lib/auth/guard";
import { getSourceForEditor } from "@/lib/queries/editor-sources";
import { getSourceSuggestions } from "@/lib/queries/suggestions";
import { historyHref } from "@/lib/queries/history";

type Props = { params: Promise<{ id: string }> };

const readSource = cache((id: string) => getSourceForEditor(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await readSource((await params).id);
  return { title: source ? `${source.title} (editor)` : "Source not found" };
}

const TERM = "text-zinc-600 dark:text-zinc-400";
const DETAIL = "text-zinc-900 dark:text-zinc-100";

export default async function EditorSourcePage({ params }: Props) {
  await requireEditor();
  const source = await readSource((await params).id);
  if (!source) notFound();

  const marks: QuoteMark[] = source.claims.map((claim, index) => ({
    kind: "claim",
    id: claim.id,
    start: claim.quoteStart,
    end: claim.quoteEnd,
    anchor: `claim-${claim.id}`,
    href: `/editor/claims/${claim.id}`,
    label: `Claim C${index + 1} (${claim.status}): ${claim.summary}`,
    tag: `C${index + 1}`,
  }));
  // the known companies and chips the text names, underlined in place (the panel below lists them)
  const suggestions = await getSourceSuggestions(source.id);
  const mentionMarks: QuoteMark[] = (suggestions?.mentionSpans ?? []).map((m) => ({
    kind: "mention",
    id: `mention-${m.start}`,
    start: m.start,
    end: m.end,
    anchor: `mention-${m.start}`,
    href: "",
    label: m.entity ? `Mention of ${m.name} (${m.entity.type})` : `Unknown name: ${m.text}`,
    tag: "",
  }));

  return (
    <Container className="flex flex-col gap-8 py-10">
      <EditorBreadcrumb trail={[{ href: "/editor", label: "Editor" }, { href: "/editor/sources", label: "Sources" }]} />
      <header className="flex max-w-4xl flex-col gap-4">
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">Archived source</p>
        <h1 lang={source.language} className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
          {source.title}
        </h1>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/editor/claims/new?source=${encodeURIComponent(source.id)}`} className={BUTTON_PRIMARY}>
            Add a claim from this source
          </Link>
          <Link href={`/editor/sources/${source.id}/edit`} className={LINK}>
            Edit details
          </Link>
          <Link href={historyHref("Source", source.id)} className={LINK}>
            History
          </Link>
          <Link href={`/sources/${source.id}`} className={LINK}>
            Reader view
          </Link>
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className={TERM}>URL</dt>
          <dd className={`${DETAIL} break-all`}>{source.url ?? "None"}</dd>
          <dt className={TERM}>Publisher</dt>
          <dd className={DETAIL}>{source.publisher ?? "Not named"}</dd>
          {source.author ? (
            <>
              <dt className={TERM}>Author</dt>
              <dd className={DETAIL}>{source.author}</dd>
            </>
          ) : null}
          <dt className={TERM}>Language</dt>
          <dd className={DETAIL}>{languageName(source.language)}</dd>
          <dt className={TERM}>Published</dt>
          <dd className={DETAIL}>{source.publishedAt ? <DateLabel date={source.publishedAt} /> : "Not given"}</dd>
          <dt className={TERM}>Retrieved</dt>
          <dd className={DETAIL}>
            <DateTime date={source.retrievedAt} />
          </dd>
          <dt className={TERM}>Content hash (SHA-256)</dt>
          <dd>
            <code className="font-mono text-xs break-all text-zinc-900 dark:text-zinc-100">{source.contentHash}</code>
          </dd>
          <dt className={TERM}>Version</dt>
          <dd className={DETAIL}>{source.version}</dd>
        </dl>
        {source.notes ? <p className="text-sm text-zinc-800 dark:text-zinc-200">Notes: {source.notes}</p> : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="source-text-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="source-text-heading" className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            Article text
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {source.text.length.toLocaleString("en")} characters, as archived. Each claim&rsquo;s quote is marked in place
            (drafts and retracted claims included), and every known company or chip it names is underlined.
          </p>
          <div className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
            <HighlightedText text={source.text} language={source.language} marks={[...marks, ...mentionMarks]} />
          </div>
        </section>
        <section aria-labelledby="source-claims-heading" className="flex flex-col gap-3">
          <h2 id="source-claims-heading" className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            Claims from this source ({source.claims.length})
          </h2>
          {source.claims.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">No claim quotes this source yet.</p>
          ) : (
            <ol className="flex flex-col gap-3">
              {source.claims.map((claim, index) => (
                <li key={claim.id} className="flex flex-col gap-1 text-sm">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-zinc-900 dark:text-zinc-100">C{index + 1}</span>
                    <ClaimStatusBadge status={claim.status} />
                    <span className="text-zinc-700 dark:text-zinc-300">
                      {CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind}
                    </span>
                  </span>
                  <Link href={`/editor/claims/${claim.id}`} className={LINK}>
                    {claim.summary}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <SuggestionsPanel sourceId={source.id} />
    </Container>
  );
}
