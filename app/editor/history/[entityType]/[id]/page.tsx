import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateTime, editorName, revisionActionLabel } from "@/components/editor/date-time";
import { EditorBreadcrumb, LINK } from "@/components/editor/form-parts";
import { HistoryDiff } from "@/components/editor/history-diff";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { requireEditor } from "@/lib/auth/guard";
import {
  countRevisionsFor,
  entityKey,
  HISTORY_LIMIT,
  isRevisionEntity,
  labelEntities,
  listRevisionsFor,
  REVISION_ENTITY_LABELS,
} from "@/lib/queries/history";
import { diffSnapshots } from "@/lib/revisions";

// Every revision of one record (a claim, source, company, chip or export-control event), newest
// first: who, when, what they did, and what each field was before and after.

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ entityType: string; id: string }> };

export default async function HistoryPage({ params }: Props) {
  await requireEditor();
  const { entityType, id } = await params;
  if (!isRevisionEntity(entityType)) notFound();
  const [revisions, total, labels] = await Promise.all([
    listRevisionsFor(entityType, id),
    countRevisionsFor(entityType, id),
    labelEntities([{ entityType, entityId: id }]),
  ]);
  const label = labels.get(entityKey({ entityType, entityId: id }));
  if (!label && revisions.length === 0) notFound();
  const kind = REVISION_ENTITY_LABELS[entityType];

  return (
    <Container className="flex flex-col gap-8 py-10">
      <EditorBreadcrumb trail={[{ href: "/editor", label: "Editor" }, ...(label ? [{ href: label.href, label: label.label }] : [])]} />
      <header className="flex max-w-4xl flex-col gap-2">
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">History of a {kind}</p>
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
          {label ? label.label : `${kind} ${id} (no longer exists)`}
        </h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          {total === 0
            ? "No change has been recorded for it."
            : `${total} ${total === 1 ? "change" : "changes"}, newest first${total > HISTORY_LIMIT ? ` (the latest ${HISTORY_LIMIT} shown)` : ""}.`}
          {label ? (
            <>
              {" "}
              <Link href={label.href} className={LINK}>
                Open the {kind}
              </Link>
            </>
          ) : null}
        </p>
      </header>

      {revisions.length === 0 ? (
        <EmptyState title="No recorded changes">
          Records loaded by the seed have no revisions; every change made by an editor will appear here.
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-6" aria-label="Revisions">
          {revisions.map((revision) => {
            const changes = diffSnapshots(revision.before, revision.after);
            const headingId = `revision-${revision.id}`;
            return (
              <li key={revision.id}>
                <article aria-labelledby={headingId} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                  <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold text-zinc-900 dark:text-zinc-50">
                    {revisionActionLabel(revision.action)}
                    <span className="text-sm font-normal text-zinc-700 dark:text-zinc-300">
                      by {editorName(revision.user)}, <DateTime date={revision.createdAt} />
                    </span>
                  </h2>
                  <p className="mt-1 mb-3 text-sm text-zinc-700 dark:text-zinc-300">
                    {revision.before === null
                      ? "The record as first saved:"
                      : `${changes.length} ${changes.length === 1 ? "field" : "fields"} changed:`}
                  </p>
                  <HistoryDiff changes={changes} />
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </Container>
  );
}
