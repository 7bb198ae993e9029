// Mentions: every place a text names a known company or chip, found through the names and aliases
// of the alias table, plus unknown product-like names ("Kunlun P900", "BR200") offered as possible
// new chips. Pure and deterministic; offsets are exact: text.slice(start, end) === mention.text.
import type { AliasTable } from "./aliases";
import { fold, foldWithMap, isCjk, isWordChar, originalSpan, type FoldedText } from "./fold";

export type EntityRef = { type: "company" | "chip"; slug: string };

export type Mention = {
  text: string;
  start: number;
  end: number;
  /** the known company or chip, or null for an unknown product-like name */
  entity: EntityRef | null;
  /** the alias (as stored) that matched; null for an unknown name */
  matchedAlias: string | null;
  /** why this is a mention, in words */
  reason: string;
};

/**
 * How the case of the text must agree with the alias. Case is folded, except that an alias written
 * with capitals needs a capital in the text ("Gate" is not "gate", "Ascend" is not "ascend"), and a
 * short all-capitals acronym needs capitals throughout ("BIS" is not "bis").
 */
type CaseRule = "any" | "capital" | "acronym";
const CASE_RULE_ORDER: Record<CaseRule, number> = { any: 0, capital: 1, acronym: 2 };

type AliasEntry = {
  entity: EntityRef;
  /** the first spelling added, and all the spellings that fold to the same key */
  alias: string;
  spellings: string[];
  caseRule: CaseRule;
  firstIsWord: boolean;
  lastIsWord: boolean;
  lastIsDigit: boolean;
};
type TrieNode = { next: Map<string, TrieNode>; entries: AliasEntry[] | null };

export type SkippedAlias = { entity: EntityRef; alias: string; why: string };

export type Matcher = {
  root: TrieNode;
  /** aliases the matcher will not match on their own, and why */
  skipped: SkippedAlias[];
  chipVendor: Map<string, string>;
  /** companies that make at least one chip of the table */
  vendors: Set<string>;
};

const ELISION = /^(?:d|l|qu|jusqu|lorsqu|puisqu)['\u2019](?=\p{L})/iu;

function caseRuleOf(alias: string): CaseRule {
  const latin = alias.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "");
  if (!/[A-Za-z]/.test(latin) || /\d/.test(latin) || !/[A-Z]/.test(latin)) return "any";
  if (!/[a-z]/.test(latin) && latin.length <= 5) return "acronym";
  return "capital";
}

function caseAgrees(rule: CaseRule, original: string): boolean {
  if (rule === "any") return true;
  if (rule === "capital") return /\p{Lu}/u.test(original);
  return /\p{Lu}/u.test(original) && !/\p{Ll}/u.test(original);
}

/** Length in Latin characters: a CJK character counts as two ("昇腾" is as long as "Asce"). */
function width(compact: string): number {
  let n = 0;
  for (const ch of compact) n += isCjk(ch) ? 2 : 1;
  return n;
}

/**
 * Why a chip alias may not be matched on its own, or null when it may: not a bare number, not two
 * characters or fewer, and a model number ("910C", not "T21") needs a letter, a digit and 4
 * characters. The chip's own name may be shorter ("H20"), never a bare number.
 */
function chipAliasProblem(key: string, isName: boolean): string | null {
  const compact = key.replace(/ /g, "");
  if (/^\d+$/.test(compact)) return "a bare number";
  if (width(compact) <= 2) return "two characters or fewer";
  if (isName) return null;
  const hasDigit = /\d/.test(compact);
  const hasLetter = /\p{L}/u.test(compact);
  if (hasDigit && (!hasLetter || width(compact) < 4)) return "a model number shorter than 4 characters";
  return null;
}

function companyAliasProblem(key: string): string | null {
  const compact = key.replace(/ /g, "");
  if (/^\d+$/.test(compact)) return "a bare number";
  if (width(compact) < 2) return "a single character";
  return null;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** What follows the vendor's name at the start of an alias ("huawei ascend 910c" → "ascend 910c"), or null. */
function remainderAfter(key: string, vendorKey: string): string | null {
  if (!key.startsWith(vendorKey) || key.length === vendorKey.length) return null;
  if (key[vendorKey.length] === " ") return key.slice(vendorKey.length + 1);
  // CJK is written without spaces: "海光k100" is "海光" + "k100"
  if (isCjk(vendorKey[vendorKey.length - 1]) || isCjk(key[vendorKey.length])) return key.slice(vendorKey.length);
  return null;
}

const compiled = new WeakMap<AliasTable, Matcher>();

/** Builds (once per table object) the trie of folded aliases. */
export function compileMatcher(table: AliasTable): Matcher {
  const cached = compiled.get(table);
  if (cached) return cached;

  const root: TrieNode = { next: new Map(), entries: null };
  const skipped: SkippedAlias[] = [];
  const chipVendor = new Map(table.chips.map((c) => [c.slug, c.vendorSlug]));
  const vendors = new Set(table.chips.map((c) => c.vendorSlug));

  const add = (entity: EntityRef, alias: string, key: string) => {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const unit = key[k];
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), entries: null };
        node.next.set(unit, child);
      }
      node = child;
    }
    const caseRule = caseRuleOf(alias);
    const entries = (node.entries ??= []);
    const same = entries.find((e) => e.entity.type === entity.type && e.entity.slug === entity.slug);
    if (same) {
      // one entry per entity and spelling: the loosest case rule of its aliases
      if (CASE_RULE_ORDER[caseRule] < CASE_RULE_ORDER[same.caseRule]) same.caseRule = caseRule;
      same.spellings.push(alias);
      return;
    }
    const last = key[key.length - 1];
    entries.push({
      entity,
      alias,
      spellings: [alias],
      caseRule,
      firstIsWord: isWordChar(key[0]),
      lastIsWord: isWordChar(last),
      lastIsDigit: /\d/.test(last),
    });
  };

  const companyKeys = new Map(table.companies.map((c) => [c.slug, unique([c.name, ...c.aliases].map(fold).filter(Boolean))]));

  const addAll = (
    entity: EntityRef,
    name: string,
    aliases: string[],
    problem: (key: string, isName: boolean) => string | null,
    vendorKeys: string[] = [],
  ) => {
    const all = unique([name, ...aliases]);
    const matchable = new Set(all.map(fold).filter((key, i) => key && !problem(key, all[i] === name)));
    for (const alias of all) {
      const key = fold(alias);
      if (!key) continue;
      // "d'Huawei" is "Huawei" after an elision, which the matcher handles for every alias
      const elided = alias.replace(ELISION, "");
      if (elided !== alias && matchable.has(fold(elided))) continue;
      // "Huawei Ascend 910C" is the vendor and "Ascend 910C": matched as two mentions, so that the
      // longest match cannot swallow the vendor and leave "910C" ("Huawei Ascend" + "910C")
      const rest = vendorKeys.map((v) => remainderAfter(key, v)).find((r) => r !== null && matchable.has(r));
      if (rest) {
        skipped.push({ entity, alias, why: "the vendor's name before another alias: matched as two mentions" });
        continue;
      }
      const why = problem(key, alias === name);
      if (why) {
        skipped.push({ entity, alias, why });
        continue;
      }
      add(entity, alias, key);
    }
  };

  for (const c of table.companies) {
    addAll({ type: "company", slug: c.slug }, c.name, c.aliases, (key) => companyAliasProblem(key));
  }
  for (const c of table.chips) {
    addAll({ type: "chip", slug: c.slug }, c.name, c.aliases, chipAliasProblem, companyKeys.get(c.vendorSlug) ?? []);
  }

  const matcher: Matcher = { root, skipped, chipVendor, vendors };
  compiled.set(table, matcher);
  return matcher;
}

type Candidate = { from: number; to: number; entry: AliasEntry; ambiguous: AliasEntry[] };

function describeKnown(
  text: string,
  m: { start: number; end: number },
  alias: string,
  entry: AliasEntry,
  ambiguous: AliasEntry[],
): string {
  const parts = [`alias “${alias}” of ${entry.entity.type} ${entry.entity.slug}`];
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  const elision = /(?:^|[^\p{L}])(d|l|qu)['\u2019]$/iu.exec(before);
  if (elision) parts.push(`after the elision “${before.slice(before.length - elision[1].length - 1)}”`);
  if (/^['\u2019]s(?![\p{L}\p{N}])/u.test(text.slice(m.end, m.end + 3))) parts.push("possessive ’s");
  if (ambiguous.length > 0) {
    parts.push(`also an alias of ${ambiguous.map((e) => `${e.entity.type} ${e.entity.slug}`).join(", ")}`);
  }
  return parts.join("; ");
}

function findKnown(text: string, f: FoldedText, matcher: Matcher): Mention[] {
  const s = f.folded;
  const candidates: Candidate[] = [];
  for (let pos = 0; pos < s.length; pos++) {
    const first = s[pos];
    if (first === " ") continue;
    const prevIsWord = pos > 0 && isWordChar(s[pos - 1]);
    if (prevIsWord && isWordChar(first)) continue; // inside a word: nothing may start here
    let node = matcher.root.next.get(first);
    let to = pos + 1;
    while (node) {
      if (node.entries) {
        const next = s[to];
        const { start, end } = originalSpan(f, pos, to);
        const original = text.slice(start, end);
        const fits = node.entries.filter(
          (e) =>
            !(e.firstIsWord && prevIsWord) &&
            (!e.lastIsWord || !isWordChar(next) || (e.lastIsDigit && next === "s" && !isWordChar(s[to + 1]))) &&
            caseAgrees(e.caseRule, original),
        );
        if (fits.length > 0) candidates.push({ from: pos, to, entry: fits[0], ambiguous: fits.slice(1) });
      }
      if (to >= s.length) break;
      node = node.next.get(s[to]);
      to++;
    }
  }

  // the longest match wins; among equals, the earliest
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(s.length);
  const chosen: Mention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.from; i < c.to && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.from, c.to);
    const span = originalSpan(f, c.from, c.to);
    const original = text.slice(span.start, span.end);
    // report the stored spelling closest to the text: the same characters, else the same letters in any case
    const alias =
      c.entry.spellings.find((a) => a === original) ??
      c.entry.spellings.find((a) => a.toLowerCase() === original.toLowerCase()) ??
      c.entry.alias;
    chosen.push({
      text: original,
      ...span,
      entity: c.entry.entity,
      matchedAlias: alias,
      reason: describeKnown(text, span, alias, c.entry, c.ambiguous),
    });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// Unknown product-like names. Capitalised words that are not names (articles, months, "Top 10").
const NOT_A_NAME = new Set(
  (
    "le la les l un une des du de en au aux et ou sur pour par dans avec plus top page article section chapitre figure tableau " +
    "the a an in on at of for and or by to with from over under about top page article section chapter figure table version " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec q covid windows iso rfc"
  ).split(" "),
);

const NAME_THEN_MODEL =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}]+)[ \u00A0]((?:\p{Lu}{1,4}-?)?\d{1,6}(?:[\p{Lu}\d]{0,3})(?:-\p{Lu}{1,2}\d{0,3})?)(?![\p{L}\p{N}])/gu;
const STANDALONE_MODEL = /(?<![\p{L}\p{N}-])(\p{Lu}{1,5})-?(\d{2,6})(\p{Lu}{0,3})(?![\p{L}\p{N}])/gu;
const CJK_NAME_THEN_MODEL =
  /(\p{Script=Han}{2})[ \u00A0]?((?:[A-Z]{1,4}-?)?\d{2,6}[A-Z]{0,3})(?![A-Za-z0-9年月日号亿万千百元%个家颗张台块位名倍次岁])/gu;

const AMOUNT_AFTER = /^\s?(?:%|€|\$|[.,]\d|millions?|milliards?|billions?|dollars?|euros?|yuans?|nm)(?![\p{L}])/iu;
const SENTENCE_START = /(?:^|[.!?…:;]\s+|\n\s*)$/u;

const folded = (word: string) => word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const isYear = (digits: string) => /^(?:19|20)\d\d$/.test(digits);

function modelTokenProblem(token: string): boolean {
  const digits = token.replace(/\D/g, "");
  if (!/\p{L}/u.test(token)) return digits.length < 3 || isYear(digits);
  return isYear(digits) && !/\d\p{L}/u.test(token);
}

type Unknown = { start: number; end: number; reason: string; word?: { start: number; end: number } };

function findUnknown(text: string): Unknown[] {
  const found: Unknown[] = [];
  for (const m of text.matchAll(NAME_THEN_MODEL)) {
    const [whole, word, token] = m;
    if (NOT_A_NAME.has(folded(word)) || modelTokenProblem(token)) continue;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    if (/^\d+$/.test(token)) {
      // "Environ 300 millions", "Plus 500 entreprises": a number after a sentence's first word is rarely a model
      if (AMOUNT_AFTER.test(after) || SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    }
    found.push({
      start: m.index,
      end: m.index + whole.length,
      reason: "unknown product-like name: a capitalised name followed by a model number",
      word: { start: m.index, end: m.index + word.length },
    });
  }
  for (const m of text.matchAll(STANDALONE_MODEL)) {
    const [whole, letters, digits] = m;
    if (whole.length < 4 || NOT_A_NAME.has(folded(letters)) || (isYear(digits) && !m[3])) continue;
    const reason = "unknown product-like name: a model number (capitals and digits)";
    found.push({ start: m.index, end: m.index + whole.length, reason });
  }
  for (const m of text.matchAll(CJK_NAME_THEN_MODEL)) {
    const [whole, , token] = m;
    if (modelTokenProblem(token)) continue;
    const reason = "unknown product-like name: a Chinese name followed by a model number";
    found.push({ start: m.index, end: m.index + whole.length, reason });
  }
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Every mention of a known company or chip in `text`, and the unknown product-like names, sorted
 * by position and never overlapping: the longest match wins ("Ascend 910C" over "Ascend").
 */
export function findMentions(text: string, table: AliasTable): Mention[] {
  const matcher = compileMatcher(table);
  const known = findKnown(text, foldWithMap(text), matcher);
  const accepted: Mention[] = [...known];
  const replaced = new Set<Mention>();

  for (const u of findUnknown(text)) {
    const inside = accepted.filter((m) => !replaced.has(m) && overlaps(m, u));
    // an unknown name may extend a known product line ("Kunlun" → "Kunlun P900"), nothing else
    const extendsLine =
      u.word !== undefined &&
      inside.length > 0 &&
      inside.every((m) => m.entity?.type === "chip" && m.start >= u.start && m.end <= u.word!.end);
    if (inside.length > 0 && !extendsLine) continue;
    for (const m of inside) replaced.add(m);
    const reason = extendsLine
      ? `${u.reason}; extends the known ${inside.map((m) => `“${m.text}” (chip ${m.entity!.slug})`).join(", ")}`
      : u.reason;
    accepted.push({ text: text.slice(u.start, u.end), start: u.start, end: u.end, entity: null, matchedAlias: null, reason });
  }
  return accepted.filter((m) => !replaced.has(m)).sort((a, b) => a.start - b.start);
}
