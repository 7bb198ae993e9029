// SQLite's full-text index over claims, "ClaimSearch" (migrations *_claim_search and
// *_claim_search_by_day): an FTS5 table without content of its own, one entry per claim, keyed by
// the claim's day and rowid so that FTS5 lists a word's claims newest day first, with the claim's
// status and kind as words of its "facets" column (lib/queries/claim-search.ts reads a page of a
// common word's claims from its first matches, and counts them, in the index alone).
// Triggers keep it in step with Claim; this module rebuilds it in full, for the synthetic-data load
// (lib/synth/sqlite-sink.ts) and after a VACUUM (npm run db:search:rebuild), which may renumber rowids.
// No "server-only": scripts and tests use it with better-sqlite3 directly.
import type Database from "better-sqlite3";

/** The low 32 bits of a key: the claim's rowid. */
export const CLAIM_ROWID_MASK = 4294967295;

/**
 * A claim's key in ClaimSearch, as SQL on the claim row `alias` (the triggers of the migration
 * *_claim_search_by_day write the same expression): the Julian day number of its claim date
 * (0 when undated) times 2^32, plus its rowid. Unique while rowids stay under 2^32.
 */
export function claimSearchKeySql(alias: string): string {
  return `((coalesce(CAST(julianday(substr(${alias}."claimDate", 1, 10)) AS INTEGER), 0) << 32) + ${alias}.rowid)`;
}

/**
 * The day part of a key (its bits from 2^32 up) for a date, as claimSearchKeySql computes it in SQL:
 * the Julian day number of the date's UTC day, truncated as SQLite's CAST(julianday(…) AS INTEGER).
 */
export function claimSearchDay(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000) + 2_440_587;
}

/** The claim's status and kind as words of the column "facets", as SQL on the claim row `alias` (as the migration's triggers). */
export function claimSearchFacetsSql(alias: string): string {
  return `('s' || ${alias}.status || ' k' || replace(${alias}.kind, '_', ''))`;
}

/** A status as a word of "facets" (claimSearchFacetsSql). */
export function statusFacet(status: string): string {
  return `s${status}`;
}

/** A kind as a word of "facets" (claimSearchFacetsSql): its underscores dropped, which the tokenizer would split at. */
export function kindFacet(kind: string): string {
  return `k${kind.replaceAll("_", "")}`;
}

/** Whether the database has the full-text index (it is SQLite's, and its migration has run). */
export function hasClaimSearch(db: Database.Database): boolean {
  return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ClaimSearch'").get());
}

/**
 * Empties ClaimSearch and indexes every claim again under its key, in one transaction, then checks
 * the index's structure (FTS5's integrity-check throws when it is damaged). Returns the entries written.
 */
export function rebuildClaimSearch(db: Database.Database): number {
  const rebuild = db.transaction(() => {
    db.exec(`INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('delete-all')`);
    const written = db
      .prepare(
        `INSERT INTO "ClaimSearch"(rowid, summary, quote, translation, facets)
         SELECT ${claimSearchKeySql("c")}, c.summary, c.quote, c.translation, ${claimSearchFacetsSql("c")} FROM "Claim" c`,
      )
      .run().changes;
    db.exec(`INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('optimize')`);
    return written;
  });
  const written = rebuild();
  db.exec(`INSERT INTO "ClaimSearch"("ClaimSearch", rank) VALUES ('integrity-check', 1)`);
  return written;
}
