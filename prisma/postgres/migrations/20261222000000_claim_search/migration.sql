-- Full-text search over claims (lib/queries/claim-search.ts) and the explorer's order, which Prisma's schema cannot express.
-- The indexed text: summary, quote and translation, Latin accents folded by translate() (immutable and
-- built in, so no extension is needed, and the same letters as ACCENTED/UNACCENTED in lib/search-terms.ts,
-- which folds the query the same way), then split into lower-cased words by the 'simple' configuration.
CREATE FUNCTION "chipwatch_claim_search"(summary text, quote text, translation text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple'::regconfig, translate(coalesce(summary, '') || ' ' || coalesce(quote, '') || ' ' || coalesce(translation, ''), 'àáâãäåāăąçćčďèéêëēėęěìíîïīįľłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮĽŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŹŻŽ', 'aaaaaaaaacccdeeeeeeeeiiiiiillnnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILLNNNOOOOOOOORRSSSTUUUUUUUUYYZZZ')) $$;

CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("chipwatch_claim_search"("summary", "quote", "translation"));
CREATE INDEX "Claim_order_idx" ON "Claim" ("claimDate" DESC NULLS LAST, "createdAt" DESC, "id");
