import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/editor/date-time";
import { EditorBreadcrumb, LINK } from "@/components/editor/form-parts";
import { languageName } from "@/components/sources/source-format";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { requireEditor } from "@/lib/auth/guard";
import { listSourcesForEditor } from "@/lib/queries/editor-sources";

export const metadata: Metadata = { title: "Sources (editor)" };

const LIMIT = 100;

export default async function EditorSourcesPage() {
  await requireEditor();
  const sources = await listSourcesForEditor(LIMIT);
  return (
    <Container className="flex flex-col gap-6 py-10">
      <EditorBreadcrumb trail={[{ href: "/editor", label: "Editor" }]} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Sources</h1>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">The {LIMIT} most recently archived articles, newest first.</p>
        </div>
        <Link href="/editor/sources/new" className={LINK}>
          New source
        </Link>
      </header>
      {sources.length === 0 ? (
        <EmptyState title="No source archived yet" />
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {sources.map((source) => (
            <li key={source.id} className="flex flex-col gap-1 px-4 py-3 text-sm">
              <Link href={`/editor/sources/${source.id}`} className={LINK} lang={source.language}>
                {source.title}
              </Link>
              <span className="text-zinc-700 dark:text-zinc-300">
                {source.publisher ?? "Publisher not named"} · {languageName(source.language)} · {source._count.claims}{" "}
                {source._count.claims === 1 ? "claim" : "claims"} · archived <DateTime date={source.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
