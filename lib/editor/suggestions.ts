import "server-only";
import type { Db } from "@/lib/prisma-client";
import { recordRevision } from "@/lib/revisions";
import type { DismissSuggestion } from "@/lib/validation/suggestions";
import { TRANSACTION_OPTIONS } from "./transaction";

// Dismissing a suggestion for one source: one row (idempotent) and its Revision, in one transaction.

export type DismissResult = { ok: true } | { ok: false; message: string };

export async function dismissSuggestion(db: Db, userId: string, input: DismissSuggestion): Promise<DismissResult> {
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
    if (!source) return { ok: false, message: "This source no longer exists." };
    if (input.end > source.text.length) return { ok: false, message: "This suggestion is not in the source's text." };
    const key = { sourceId: input.sourceId, kind: input.kind, start: input.start, end: input.end };
    const existing = await tx.suggestionDismissal.findUnique({ where: { sourceId_kind_start_end: key }, select: { id: true } });
    if (existing) return { ok: true };
    const row = await tx.suggestionDismissal.create({ data: { ...key, userId }, select: { id: true } });
    await recordRevision(tx, {
      entityType: "SuggestionDismissal",
      entityId: row.id,
      action: "create",
      userId,
      before: null,
      after: { ...key, quote: source.text.slice(input.start, input.end) },
    });
    return { ok: true };
  }, TRANSACTION_OPTIONS);
}
