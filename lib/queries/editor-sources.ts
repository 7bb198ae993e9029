import "server-only";
import { db } from "@/lib/db";
import { readSourceFormValues } from "@/lib/editor/sources";

// Reads for the editor's source pages (/editor/sources/…) and the claim form's source choice.
// Editors see every claim of a source, whatever its status.

export const SOURCE_OPTIONS_LIMIT = 50;
export const SOURCE_CLAIMS_LIMIT = 500;

export type SourceOption = { id: string; title: string; publisher: string | null; language: string };

/** The most recently archived sources for the claim form's "Source" select, plus `include` when it is older. */
export async function listRecentSourceOptions(include?: string | null): Promise<SourceOption[]> {
  const select = { id: true, title: true, publisher: true, language: true } as const;
  const recent = await db.source.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SOURCE_OPTIONS_LIMIT,
    select,
  });
  if (include && !recent.some((s) => s.id === include)) {
    const extra = await db.source.findUnique({ where: { id: include }, select });
    if (extra) return [extra, ...recent];
  }
  return recent;
}

/** A source's text, for the quote picker beside the claim form (null when there is no such source). */
export async function getSourceTextForPicker(id: string | null | undefined) {
  if (!id) return null;
  return db.source.findUnique({ where: { id }, select: { id: true, title: true, language: true, text: true } });
}
export type SourceForPicker = NonNullable<Awaited<ReturnType<typeof getSourceTextForPicker>>>;

/** One source with its text and all its claims (drafts and retracted ones included), for /editor/sources/[id]. */
export async function getSourceForEditor(id: string) {
  return db.source.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      url: true,
      title: true,
      publisher: true,
      author: true,
      language: true,
      publishedAt: true,
      retrievedAt: true,
      contentHash: true,
      notes: true,
      version: true,
      text: true,
      claims: {
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_CLAIMS_LIMIT,
        select: { id: true, slug: true, kind: true, summary: true, status: true, quoteStart: true, quoteEnd: true },
      },
    },
  });
}
export type SourceForEditor = NonNullable<Awaited<ReturnType<typeof getSourceForEditor>>>;

/** The source's edit form values as they are now, with its version. */
export async function getSourceEditValues(id: string) {
  return readSourceFormValues(db, id);
}

/** The latest archived sources, for the editor's list. */
export async function listSourcesForEditor(limit = SOURCE_OPTIONS_LIMIT) {
  return db.source.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: { id: true, title: true, publisher: true, language: true, createdAt: true, _count: { select: { claims: true } } },
  });
}
