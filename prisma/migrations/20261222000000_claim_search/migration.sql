-- Full-text search over claims (lib/queries/claim-search.ts), which Prisma's schema cannot express.
-- An FTS5 index over Claim's summary, quote and translation, keyed by Claim's rowid (external
-- content: the text is not stored twice) and kept in step by triggers. Accents and case are folded.
-- VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY: after a VACUUM, run
--   INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('rebuild');
-- (README, "Full-text search"). A migration that redefines the Claim table must recreate these triggers.
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    summary, quote, translation,
    content = 'Claim', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('rebuild');

CREATE TRIGGER "ClaimSearch_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"(rowid, summary, quote, translation)
    VALUES (new.rowid, new.summary, new.quote, new.translation);
END;

CREATE TRIGGER "ClaimSearch_ad" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"("ClaimSearch", rowid, summary, quote, translation)
    VALUES ('delete', old.rowid, old.summary, old.quote, old.translation);
END;

CREATE TRIGGER "ClaimSearch_au" AFTER UPDATE OF summary, quote, translation ON "Claim" BEGIN
    INSERT INTO "ClaimSearch"("ClaimSearch", rowid, summary, quote, translation)
    VALUES ('delete', old.rowid, old.summary, old.quote, old.translation);
    INSERT INTO "ClaimSearch"(rowid, summary, quote, translation)
    VALUES (new.rowid, new.summary, new.quote, new.translation);
END;

-- The claims explorer's order (claimDate DESC NULLS LAST, createdAt DESC, id), which is SQLite's
-- natural DESC order for NULLs, so one index serves every page without sorting.
CREATE INDEX "Claim_order_idx" ON "Claim" ("claimDate" DESC, "createdAt" DESC, "id");
