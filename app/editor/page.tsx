import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Container } from "@/components/ui/container";
import { Section } from "@/components/ui/section";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { requireEditor } from "@/lib/auth/guard";
import { getEditorClaimCounts, listLatestRevisions } from "@/lib/queries/editor";

export const metadata: Metadata = { title: "Editor" };

const LATEST_REVISIONS = 20;

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export default async function EditorHomePage() {
  const user = await requireEditor();
  const [counts, revisions] = await Promise.all([getEditorClaimCounts(), listLatestRevisions(LATEST_REVISIONS)]);

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

      <Section id="needs-attention" title="Needs attention">
        <dl className="grid max-w-md grid-cols-2 gap-4">
          {[
            { label: "Draft claims", value: counts.draft },
            { label: "Disputed claims", value: counts.disputed },
          ].map((stat) => (
            <div key={stat.label} className="rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
              <dd className="text-2xl font-semibold text-zinc-900 tabular-nums dark:text-zinc-50">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="latest-changes" title="Latest changes" description={`The last ${LATEST_REVISIONS} changes, newest first.`}>
        {revisions.length === 0 ? (
          <EmptyState title="No changes yet">Edits, publications and retractions will be listed here.</EmptyState>
        ) : (
          <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {revisions.map((revision) => (
              <li key={revision.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2 text-sm">
                <time dateTime={revision.createdAt.toISOString()} className="text-zinc-600 tabular-nums dark:text-zinc-400">
                  {dateTime.format(revision.createdAt)}
                </time>
                <span className="font-medium text-zinc-900 dark:text-zinc-100">
                  {revision.action} {revision.entityType}
                </span>
                <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{revision.entityId}</span>
                <span className="text-zinc-700 dark:text-zinc-300">
                  {revision.user ? `by ${revision.user.name ?? revision.user.email}` : "(no editor recorded)"}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </Container>
  );
}
