import "server-only";
import { db } from "@/lib/db";

// Reads for the editor's home page (/editor): what needs attention and what changed lately.

/** How many claims wait as drafts and how many are disputed. */
export async function getEditorClaimCounts(): Promise<{ draft: number; disputed: number }> {
  const groups = await db.claim.groupBy({
    by: ["status"],
    where: { status: { in: ["draft", "disputed"] } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { draft: count("draft"), disputed: count("disputed") };
}

/** The latest revisions, newest first, with who made them (at most `limit`). */
export async function listLatestRevisions(limit = 20) {
  return db.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 100),
    select: {
      id: true,
      entityType: true,
      entityId: true,
      action: true,
      createdAt: true,
      user: { select: { email: true, name: true } },
    },
  });
}
export type LatestRevision = Awaited<ReturnType<typeof listLatestRevisions>>[number];

/** Most claims each "needs attention" list shows. */
export const ATTENTION_LIST_LIMIT = 25;

/** Claims with a status that needs an editor (draft or disputed), most recently changed first. */
export async function listClaimsWithStatus(status: "draft" | "disputed", limit = ATTENTION_LIST_LIMIT) {
  return db.claim.findMany({
    where: { status },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(1, limit), 100),
    select: {
      id: true,
      summary: true,
      note: true,
      updatedAt: true,
      subject: { select: { name: true } },
      source: { select: { title: true } },
    },
  });
}
export type AttentionClaim = Awaited<ReturnType<typeof listClaimsWithStatus>>[number];
