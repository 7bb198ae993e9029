-- The full-text index over claims (migration 20261222000000_claim_search), rebuilt so that it lists a
-- word's claims newest day first and filters them by status, kind and date itself:
-- lib/queries/claim-search.ts reads a page of a common word's claims from its first matches in that
-- order, and counts them, without listing every match (300,000 of a million claims for a common
-- word) or reading a claim row per match.
--
-- Each claim's key is its day (the Julian day number of its claim date, 0 when undated) times 2^32,
-- plus its rowid: unique, the day in the high bits, the claim's rowid in the low 32 (key & 4294967295).
-- The explorer's order (claim date newest first, undated last, then newest entry, then id) is the
-- keys' order by day; within a day the reader sorts. A date range is a range of keys.
-- The column "facets" holds the claim's status and kind as words ('s' || status, 'k' || kind without
-- its underscores: "spublished kadoption"); the text search itself is on the other three columns.
-- The same expressions are claimSearchKeySql and claimSearchFacetsSql in lib/claim-search-index.ts,
-- which rebuilds the index (npm run db:search:rebuild, after a VACUUM).
--
-- Contentless (content = ''), since neither key nor facets is a column of Claim; contentless_delete = 1
-- lets the triggers delete a claim's entry by its key. The text is not stored twice, as before.
DROP TRIGGER IF EXISTS "ClaimSearch_ai";
DROP TRIGGER IF EXISTS "ClaimSearch_ad";
DROP TRIGGER IF EXISTS "ClaimSearch_au";
DROP TABLE IF EXISTS "ClaimSearch";

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    summary, quote, translation, facets,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "ClaimSearch"(rowid, summary, quote, translation, facets)
SELECT (coalesce(CAST(julianday(substr("claimDate", 1, 10)) AS INTEGER), 0) << 32) + rowid,
       summary, quote, translation, 's' || status || ' k' || replace(kind, '_', '')
FROM "Claim";

-- one segment: a common word's first matches are then one seek away
INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('optimize');

CREATE TRIGGER "ClaimSearch_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"(rowid, summary, quote, translation, facets)
    VALUES ((coalesce(CAST(julianday(substr(new."claimDate", 1, 10)) AS INTEGER), 0) << 32) + new.rowid,
            new.summary, new.quote, new.translation, 's' || new.status || ' k' || replace(new.kind, '_', ''));
END;

CREATE TRIGGER "ClaimSearch_ad" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimSearch"
    WHERE rowid = (coalesce(CAST(julianday(substr(old."claimDate", 1, 10)) AS INTEGER), 0) << 32) + old.rowid;
END;

CREATE TRIGGER "ClaimSearch_au" AFTER UPDATE OF summary, quote, translation, "claimDate", status, kind ON "Claim" BEGIN
    DELETE FROM "ClaimSearch"
    WHERE rowid = (coalesce(CAST(julianday(substr(old."claimDate", 1, 10)) AS INTEGER), 0) << 32) + old.rowid;
    INSERT INTO "ClaimSearch"(rowid, summary, quote, translation, facets)
    VALUES ((coalesce(CAST(julianday(substr(new."claimDate", 1, 10)) AS INTEGER), 0) << 32) + new.rowid,
            new.summary, new.quote, new.translation, 's' || new.status || ' k' || replace(new.kind, '_', ''));
END;

-- The index's words, in order, one row per occurrence: a query's word is looked up here ("silicon"
-- → silicon, siliconflow, …) and searched as those whole words, which FTS5 reads match by match in
-- key order, rather than as a prefix ("silicon"*), which it reads in full before the first match.
CREATE VIRTUAL TABLE "ClaimSearchTerm" USING fts5vocab('ClaimSearch', 'instance');
