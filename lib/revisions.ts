// Every write leaves a trace: a Revision row (who, when, what, before/after) written in the
// same transaction as the change, and optimistic concurrency on each record's `version`.
import { clearAggregates } from "@/lib/aggregate-cache";
import { TRANSACTION_OPTIONS } from "@/lib/editor/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";

export type RevisionEntity = "Claim" | "Source" | "Company" | "Chip" | "ExportControlEvent" | "SuggestionDismissal";
export type RevisionAction = "create" | "update" | "publish" | "retract" | "dispute" | "restore";

type Tx = Prisma.TransactionClient;

/** A JSON-safe snapshot of a record: dates as ISO strings, keys sorted, no undefined. */
export function snapshot(record: Record<string, unknown> | null | undefined): string | null {
  if (!record) return null;
  return JSON.stringify(normalise(record));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, normalise((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** How long after a revision is recorded its transaction may still be open (see clearAggregates). */
export const WRITE_SETTLE_MS = TRANSACTION_OPTIONS.timeout + 1_000;

/** Writes one revision inside the caller's transaction. */
export async function recordRevision(
  tx: Tx,
  revision: {
    entityType: RevisionEntity;
    entityId: string;
    action: RevisionAction;
    userId: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
) {
  // every write records a revision: this server's cached aggregates are now out of date, and stay
  // uncached until the transaction has surely committed or rolled back (no write's transaction is
  // given longer than TRANSACTION_OPTIONS.timeout; Prisma's default is shorter)
  clearAggregates({ holdMs: WRITE_SETTLE_MS });
  return tx.revision.create({
    data: {
      entityType: revision.entityType,
      entityId: revision.entityId,
      action: revision.action,
      userId: revision.userId,
      before: snapshot(revision.before),
      after: snapshot(revision.after),
    },
  });
}

export type FieldChange = { field: string; before: unknown; after: unknown };

/** The fields that differ between two snapshots (JSON text as stored in Revision), for a readable diff. */
export function diffSnapshots(before: string | null, after: string | null): FieldChange[] {
  const a = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const b = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
}

/** Thrown when a record changed since the editor loaded it (its version moved on). */
export class VersionConflictError extends Error {
  constructor(
    readonly entityType: RevisionEntity,
    readonly entityId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number | null,
  ) {
    super(
      currentVersion === null
        ? `This ${entityType} no longer exists.`
        : `Someone else saved this ${entityType} (now version ${currentVersion}) after you opened it (version ${expectedVersion}). Nothing was overwritten: review the current version and apply your changes again.`,
    );
    this.name = "VersionConflictError";
  }
}

/**
 * Claims the next version of a record atomically: `UPDATE … SET version = version + 1 WHERE id
 * AND version = expected`. Zero rows updated means another editor got there first.
 * `bump` is the model's updateMany bound to the transaction, e.g. `(args) => tx.claim.updateMany(args)`.
 */
export async function bumpVersion(
  bump: (args: { where: { id: string; version: number }; data: { version: { increment: number } } }) => Promise<{ count: number }>,
  current: () => Promise<{ version: number } | null>,
  entityType: RevisionEntity,
  entityId: string,
  expectedVersion: number,
): Promise<number> {
  const { count } = await bump({ where: { id: entityId, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (count !== 1) {
    const row = await current();
    throw new VersionConflictError(entityType, entityId, expectedVersion, row?.version ?? null);
  }
  return expectedVersion + 1;
}
