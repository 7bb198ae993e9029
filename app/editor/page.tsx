import type { Metadata } from "next";
import Link from "next/link";
import { ClaimStatusBadge } from "@/components/editor/claim-status-badge";
import { DateTime, editorName, revisionActionLabel } from "@/components/editor/date-time";
import { LINK } from "@/components/editor/form-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { Container } from "@/components/ui/container";
import { Section } from "@/components/ui/section";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { requireEditor } from "@/lib/auth/guard";
import {
  ATTENTION_LIST_LIMIT,
  getEditorClaimCounts,
  listClaimsWithStatus,
  listLatestRevisions,
  type AttentionClaim,
} from "@/lib/queries/editor";
import { entityKey, historyHref, labelEntities, REVISION_ENTITY_LABELS, isRevisionEntity } from "@/lib/queries/history";

export const metadata: Metadata = { title: "Editor" };

const LATEST_REVISIONS = 20;

const ADD_LINKS = [
  { href: "/editor/sources/new", label: "New source" },
  { href: "/editor/claims/new", label: "New claim" },
  { href: "/editor/companies/new", label: "New company" },
  { href: "/editor/chips/new", label: "New chip" },
  { href: "/editor/events/new", label: "New export-control event" },
];

function AttentionList({ id, title, count, claims, empty }: { id: string; title: string; count: number; claims: AttentionClaim[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3">
      <h3 id={id} className="flex items-baseline gap-2 text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
        <span className="rounded-full bg-zinc-100 px-2 text-sm font-semibold text-zinc-900 tabular-nums dark:bg-zinc-800 dark:text-zinc-100">
          {count}
        </span>
      </h3>
      {claims.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{empty}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {claims.map((claim) => (
            <li key={claim.id} className="flex flex-col gap-1 px-4 py-3 text-sm">
              <Link href={`/editor/claims/${claim.id}`} className={LINK}>
                {claim.summary}
              </Link>
              <span className="text-zinc-700 dark:text-zinc-300">
                {claim.subject.name} · from “{claim.source.title}” · changed <DateTime date={claim.updatedAt} />
              </span>
              {claim.note ? <span className="text-zinc-700 italic dark:text-zinc-300">Note: {claim.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {count > claims.length ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">The {claims.length} most recently changed of {count}.</p>
      ) : null}
    </section>
  );
}

export default async function EditorHomePage() {
  const user = await requireEditor();
  const [counts, drafts, disputed, revisions] = await Promise.all([
    getEditorClaimCounts(),
    listClaimsWithStatus("draft", ATTENTION_LIST_LIMIT),
    listClaimsWithStatus("disputed", ATTENTION_LIST_LIMIT),
    listLatestRevisions(LATEST_REVISIONS),
  ]);
  const labels = await labelEntities(revisions);

  return (
    <Container className="flex flex-col gap-10 py-10">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Editor</h1>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            Signed in as <span className="font-medium">{user.name ? `${user.name} (${user.email})` : user.email}</span>,{" "}
            {user.role === "admin" ? "admin" : "editor"}.
          </p>
        </div>
        <form action={signOutEverywhereAction}>
          <button
            type="submit"
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
          >
            Sign out everywhere
          </button>
        </form>
      </header>

      <nav aria-label="Add to the knowledge base">
        <ul className="flex flex-wrap gap-3">
          {ADD_LINKS.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="inline-flex rounded-md border border-sky-700 px-3 py-1.5 text-sm font-semibold text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-200 dark:hover:bg-sky-950"
              >
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/editor/sources" className={`inline-flex px-1 py-1.5 text-sm ${LINK}`}>
              All archived sources
            </Link>
          </li>
        </ul>
      </nav>

      <Section id="needs-attention" title="Needs attention">
        <div className="grid gap-8 lg:grid-cols-2">
          <AttentionList
            id="draft-claims-heading"
            title="Draft claims"
            count={counts.draft}
            claims={drafts}
            empty="Nothing waits to be published."
          />
          <AttentionList
            id="disputed-claims-heading"
            title="Disputed claims"
            count={counts.disputed}
            claims={disputed}
            empty="Nothing is disputed."
          />
        </div>
      </Section>

      <Section id="latest-changes" title="Latest changes" description={`The last ${LATEST_REVISIONS} changes, newest first.`}>
        {revisions.length === 0 ? (
          <EmptyState title="No changes yet">Edits, publications and retractions will be listed here.</EmptyState>
        ) : (
          <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {revisions.map((revision) => {
              const label = labels.get(entityKey(revision));
              const kind = isRevisionEntity(revision.entityType) ? REVISION_ENTITY_LABELS[revision.entityType] : revision.entityType;
              return (
                <li key={revision.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2 text-sm">
                  <DateTime date={revision.createdAt} className="text-zinc-700 tabular-nums dark:text-zinc-300" />
                  <span className="font-medium text-zinc-900 dark:text-zinc-100">
                    {revisionActionLabel(revision.action)} {kind}
                  </span>
                  {label ? (
                    <Link href={label.href} className={LINK}>
                      {label.label}
                    </Link>
                  ) : (
                    <span className="text-zinc-700 dark:text-zinc-300">(no longer exists)</span>
                  )}
                  {label?.status === "retracted" ? <ClaimStatusBadge status="retracted" /> : null}
                  <span className="text-zinc-700 dark:text-zinc-300">by {editorName(revision.user)}</span>
                  <Link
                    href={historyHref(revision.entityType, revision.entityId)}
                    className={LINK}
                    aria-label={`History of ${kind} ${label?.label ?? revision.entityId}`}
                  >
                    History
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
      </Section>
    </Container>
  );
}
