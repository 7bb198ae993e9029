import { resolveChip, resolveCompany, type Resolution } from "@/lib/editor/aliases";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { normalizeName } from "@/lib/normalize";
import { VersionConflictError, type RevisionEntity } from "@/lib/revisions";
import { slugify, uniqueSlug } from "@/lib/editor/slugs";
import { MAX_SLUG_LENGTH, type RecordFieldErrors } from "./fields";

// What the core write functions of the record forms share: how a write is refused (field errors,
// or a version conflict), and how typed names resolve to companies and chips. The core functions
// take the database as an argument, so tests run them on a throwaway database; the server actions
// are thin wrappers: guard → parse → core → revalidate → redirect.

export type Tx = Prisma.TransactionClient;
export type { Db };
/** Who writes: the revision records it. */
export type Editor = { id: string };

/** Thrown inside a write's transaction to refuse it (the transaction rolls back, nothing is written). */
export class FieldRefusal extends Error {
  constructor(
    readonly errors: RecordFieldErrors,
    message = "Nothing was saved: correct the fields marked below.",
  ) {
    super(message);
    this.name = "FieldRefusal";
  }
}

/** Gathers the refusals of several checks, so the editor sees every problem at once, not one per try. */
export class Refusals {
  private readonly errors: RecordFieldErrors = {};

  /** The check's result, or null when it refused (its errors are kept). */
  async check<T>(work: Promise<T>): Promise<T | null> {
    try {
      return await work;
    } catch (error) {
      if (!(error instanceof FieldRefusal)) throw error;
      for (const [field, messages] of Object.entries(error.errors)) (this.errors[field] ??= []).push(...messages);
      return null;
    }
  }

  /** Refuses the write when any check refused. */
  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw new FieldRefusal(this.errors);
  }
}

export type WriteOutcome<T> =
  | { ok: true; record: T }
  | { ok: false; kind: "invalid"; errors: RecordFieldErrors; message: string }
  | { ok: false; kind: "conflict"; entityType: RevisionEntity; expectedVersion: number; currentVersion: number | null };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Runs a write (a whole transaction) and turns its refusals into outcomes; anything else is thrown on. */
export async function runWrite<T>(write: () => Promise<T>): Promise<WriteOutcome<T>> {
  try {
    return { ok: true, record: await write() };
  } catch (error) {
    if (error instanceof FieldRefusal) return { ok: false, kind: "invalid", errors: error.errors, message: error.message };
    if (error instanceof VersionConflictError)
      return {
        ok: false,
        kind: "conflict",
        entityType: error.entityType,
        expectedVersion: error.expectedVersion,
        currentVersion: error.currentVersion,
      };
    // Two editors creating the same slug at the same moment: the database's unique index decides.
    if (isUniqueViolation(error))
      return {
        ok: false,
        kind: "invalid",
        errors: { slug: ["This slug was just taken by another record: choose another"] },
        message: "Nothing was saved: correct the fields marked below.",
      };
    throw error;
  }
}

/** Transactions of the record forms: the editor's (a little more time than the default for the larger writes). */
export { TRANSACTION_OPTIONS } from "@/lib/editor/transaction";

// ─── Slugs ──────────────────────────────────────────────────────────────────────────────────

/**
 * A record's slug: the one typed (refused when another record has it), else one derived from the
 * name (lib/editor/slugs.ts), made unique with -2, -3…
 */
export async function recordSlug(
  typed: string | null,
  name: string,
  holderOf: (slug: string) => Promise<{ id: string; name: string } | null>,
  takenWithPrefix: (prefix: string) => Promise<string[]>,
  selfId: string | null,
): Promise<string> {
  if (typed) {
    const holder = await holderOf(typed);
    if (holder && holder.id !== selfId) throw new FieldRefusal({ slug: [`This slug is already used by ${holder.name}: choose another`] });
    return typed;
  }
  const base = slugify(name, "", MAX_SLUG_LENGTH);
  if (!base) throw new FieldRefusal({ slug: ["The name has no Latin letters or digits to make a slug from: enter a slug"] });
  return uniqueSlug(base, takenWithPrefix);
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────

/** The alias rows of a record: its name, its Chinese name and its aliases, merged by normalizeName. */
export function aliasRows(name: string, nameZh: string | null, aliases: readonly string[]) {
  const seen = new Set<string>();
  const rows: { alias: string; normalized: string }[] = [];
  for (const alias of [name, ...(nameZh ? [nameZh] : []), ...aliases]) {
    const normalized = normalizeName(alias);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    rows.push({ alias: alias.trim(), normalized });
  }
  return rows;
}

/** The aliases a form shows: every stored alias but the name and the Chinese name. */
export function extraAliases(name: string, nameZh: string | null, aliases: readonly string[]): string[] {
  const own = new Set([normalizeName(name), ...(nameZh ? [normalizeName(nameZh)] : [])]);
  return aliases.filter((alias) => !own.has(normalizeName(alias))).sort((a, b) => a.localeCompare(b));
}

type Named = { id: string; slug: string; name: string };

/**
 * Resolves typed names to records the way the claim form does (lib/editor/aliases.ts): any alias
 * compared normalised, the slug, or the exact name. Each name that matches nothing, or several
 * records, is a message naming it.
 */
async function resolveNames<T extends Named>(
  names: readonly string[],
  resolve: (typed: string) => Promise<Resolution<T>>,
  noun: { one: string; many: string; addAt: string },
): Promise<{ records: T[]; problems: string[] }> {
  const records = new Map<string, T>();
  const problems: string[] = [];
  for (const name of names) {
    const resolution = await resolve(name);
    if (resolution.status === "found") records.set(resolution.record.id, resolution.record);
    else if (resolution.status === "unknown")
      problems.push(`No ${noun.one} is called “${name}”: check the spelling, or add it at ${noun.addAt} first.`);
    else
      problems.push(
        `“${name}” names several ${noun.many} (${resolution.candidates.map((c) => c.slug).join(", ")}): type the slug of the one you mean.`,
      );
  }
  return { records: [...records.values()], problems };
}

export function resolveCompanies(tx: Tx, names: readonly string[]) {
  return resolveNames(names, (typed) => resolveCompany(tx, typed), {
    one: "company",
    many: "companies",
    addAt: "Editor → Companies → New company",
  });
}

export function resolveChips(tx: Tx, names: readonly string[]) {
  return resolveNames(names, (typed) => resolveChip(tx, typed), { one: "chip", many: "chips", addAt: "Editor → Chips → New chip" });
}

/** A name as a comma-separated list shows it: the name, or the slug when the name has a comma. */
export function listName(record: { slug: string; name: string }): string {
  return record.name.includes(",") ? record.slug : record.name;
}

/** What an editor reads when another editor saved the record first. */
export function conflictMessage(noun: string, conflict: { expectedVersion: number; currentVersion: number | null }): string {
  if (conflict.currentVersion === null) return `This ${noun} no longer exists: nothing was saved.`;
  return (
    `Someone else saved this ${noun} after you opened it (you opened version ${conflict.expectedVersion}; it is now version ` +
    `${conflict.currentVersion}). Nothing was overwritten: the form now shows the current version, and your changes are ` +
    `listed here so you can apply them again.`
  );
}
