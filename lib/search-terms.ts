// The words of a text-search query, as the full-text indexes see them (lib/queries/claim-search.ts).
// Pure, so the page can say which words it looked for and tests can check the rules.

/**
 * Latin letters with accents and the letters PostgreSQL's claim index folds them to (translate() in
 * prisma/postgres/migrations/*_claim_search; tests/unit/claim-search.test.ts checks the two agree).
 * SQLite's FTS5 folds accents itself (remove_diacritics 2).
 */
export const ACCENTED = "àáâãäåāăąçćčďèéêëēėęěìíîïīįľłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮĽŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
export const UNACCENTED = "aaaaaaaaacccdeeeeeeeeiiiiiillnnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILLNNNOOOOOOOORRSSSTUUUUUUUUYYZZZ";

const FOLD = new Map([...ACCENTED].map((letter, i) => [letter, [...UNACCENTED][i]]));

/** The text with the accents of ACCENTED removed: "Société" → "Societe". */
export function foldAccents(text: string): string {
  let folded = "";
  for (const letter of text) folded += FOLD.get(letter) ?? letter;
  return folded;
}

/** Most words one query looks for; the rest are ignored. */
export const MAX_SEARCH_TERMS = 8;
/** Longest word kept (longer ones are cut): no real word is longer, and it bounds the index work. */
export const MAX_TERM_LENGTH = 64;

/**
 * Lower-cased runs of letters and digits (any script), in order, without duplicates: "Huawei's
 * Ascend-910B" → ["huawei", "s", "ascend", "910b"]. Punctuation, quotes and operators are dropped,
 * so nothing the user types can reach the full-text query syntax.
 */
export function searchTerms(q: string): string[] {
  const words = q.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const term = word.slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}
