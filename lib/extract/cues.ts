// Cue lexicons: the words that make a sentence look like a claim of some kind, or like an
// export-control event, in French, English and Chinese. They are data: each cue is a row with a
// label (what an editor reads in "why this suggestion"), the kind or action it points to, a weight,
// and a pattern written in FOLDED form (lower case, no accents, ' for every apostrophe, a space for
// every dash: see ./fold.ts). Latin patterns only match whole words; patterns in CJK need no spaces.
import type { ClaimKind, EventAction, Jurisdiction } from "../constants";
import { foldWithMap, isCjk, isWordChar, originalSpan, type FoldedText } from "./fold";

export type ClaimCue = {
  kind: ClaimKind;
  label: string;
  /** folded-form regular expression (source) */
  pattern: string;
  /** 1: a weak hint (needs a chip or a chip vendor in the sentence); 2–3: a cue; 4–5: a specific phrase */
  weight: number;
};

// A few building blocks. W: one word (letters and apostrophes); GAP(n): up to n words.
const W = "[\\p{L}\\p{N}']+";
const GAP = (n: number) => `(?:${W} ){0,${n}}`;

export const CLAIM_CUES: readonly ClaimCue[] = [
  // adoption
  { kind: "adoption", label: "adopt / adopter", pattern: "adopt\\p{L}*", weight: 3 },
  { kind: "adoption", label: "utiliser / use", pattern: "utilis\\p{L}*|uses?|using|used", weight: 2 },
  { kind: "adoption", label: "déployer / deploy", pattern: "deploi\\p{L}*|deploy\\p{L}*", weight: 3 },
  { kind: "adoption", label: "client important / major customer", pattern: "clients? (?:important|majeur|principal|cle)\\p{L}*|(?:major|key|big|important) customers?", weight: 3 },
  { kind: "adoption", label: "client de / customer of", pattern: "clients? (?:de|du|d'\\p{L}+)|customers? of", weight: 2 },
  { kind: "adoption", label: "dépendre de / rely on", pattern: "depend\\p{L}* (?:du|de|des|d'\\p{L}+)|rel(?:y|ies|ied|ying) on|depend(?:s|ed|ing)? on", weight: 3 },
  { kind: "adoption", label: "avoir besoin de / still need", pattern: "(?:a|ont|avait|avaient) (?:encore |toujours )?besoin de|still needs?", weight: 2 },
  { kind: "adoption", label: "ventes auprès de / sold to", pattern: `ventes? ${GAP(2)}aupres (?:de|des|du|d'\\p{L}+)|sold to|sells? to`, weight: 3 },
  { kind: "adoption", label: "passer à / switch to", pattern: "pass\\p{L}* (?:massivement )?aux?|switch\\p{L}* to|migrat\\p{L}* to|migrer vers", weight: 2 },
  { kind: "adoption", label: "choix / choice", pattern: "choix|choisi\\p{L}*|chose|choose\\p{L}*|choice", weight: 1 },
  { kind: "adoption", label: "采用 / 使用 / 部署", pattern: "采用|使用|部署|选用", weight: 3 },

  // testing
  { kind: "testing", label: "tester / test", pattern: "tests effectues|test(?:e|es|ent|er|ait|aient|ant|ee|ees|s|ed|ing)?", weight: 3 },
  { kind: "testing", label: "essai / trial", pattern: "essai\\p{L}*|trials?|trialing|trialling|pilot(?:e|s|ed|ing)?", weight: 3 },
  { kind: "testing", label: "évaluer / evaluate", pattern: "evalu\\p{L}*", weight: 2 },
  { kind: "testing", label: "测试 / 试用", pattern: "测试|试用", weight: 3 },

  // order
  { kind: "order", label: "commande / order", pattern: "command(?:e|es|er|ent|ait|aient|ee|ees)|orders?|ordered|ordering", weight: 3 },
  { kind: "order", label: "achat / purchase", pattern: "achat\\p{L}*|achet\\p{L}*|bought|buy(?:s|ing)?|purchas\\p{L}*|acquis\\p{L}*", weight: 3 },
  { kind: "order", label: "订单 / 采购 / 购买", pattern: "订单|采购|购买", weight: 3 },

  // non-adoption: refusals, negated adoption or orders, cancellations, caution
  {
    kind: "non_adoption",
    label: "n'ont pas … commandé / adopté / utilisé",
    pattern: `n'${W} (?:pas|jamais|plus) ${GAP(4)}(?:command|achet|adopt|utilis|deploy|choisi)\\p{L}*`,
    weight: 5,
  },
  {
    kind: "non_adoption",
    label: "has not ordered / adopted / used",
    pattern: `(?:ha(?:s|ve)n't|ha(?:s|ve) not|did not|didn't|do not|don't|does not|doesn't|won't|will not) ${GAP(2)}(?:order|buy|bought|adopt|use|deploy|purchas)\\p{L}*`,
    weight: 5,
  },
  { kind: "non_adoption", label: "annuler une commande / cancel an order", pattern: `annul\\p{L}* ${GAP(2)}command\\p{L}*|cancel\\p{L}* ${GAP(2)}(?:orders?|purchases?|contracts?)`, weight: 5 },
  { kind: "non_adoption", label: "prudents quant à l'achat / cautious", pattern: "prudent\\p{L}* (?:quant|a l'egard|envers|vis a vis)|wary of|cautious about", weight: 4 },
  { kind: "non_adoption", label: "refuser / refuse", pattern: "refus\\p{L}*", weight: 4 },
  { kind: "non_adoption", label: "declined to", pattern: "declin(?:e|es|ed|ing) (?:to|the|an?|its)", weight: 4 },
  { kind: "non_adoption", label: "abandon", pattern: "abandon\\p{L}*", weight: 4 },
  { kind: "non_adoption", label: "renoncer / s'abstenir", pattern: "renonc\\p{L}*|s'abstenir|abstain\\p{L}*|refrain\\p{L}*|avoid\\p{L}* (?:buying|using|purchasing|ordering)|eviter d'(?:acheter|utiliser|commander)", weight: 4 },
  {
    kind: "non_adoption",
    label: "a du mal à convaincre / struggles to win",
    pattern: `(?:du mal|pein\\p{L}*|difficultes?) (?:a|pour) (?:convaincre|gagner du terrain|s'imposer|seduire|vendre|trouver des clients)|pour convaincre|struggl\\p{L}* to (?:win|convince|gain|attract|sell|persuade)`,
    weight: 4,
  },
  { kind: "non_adoption", label: "remplacer / replace, drop", pattern: "remplac\\p{L}*|replac\\p{L}*|dump\\p{L}*|ditch\\p{L}*|drop(?:s|ped|ping)? (?:nvidia|its|their)", weight: 3 },
  { kind: "non_adoption", label: "放弃 / 拒绝", pattern: "放弃|拒绝|停止采购|暂停采购", weight: 4 },

  // training on a chip
  { kind: "training_on", label: "a formé … sur / trained … on", pattern: `form(?:e|ent|ee|ees|er|ait|aient) ${GAP(6)}(?:sur|avec) (?:ses|des|leurs|les|sa|la|le) (?:propres )?(?:puces|processeurs|gpu|accelerateurs|puce)|train(?:s|ed|ing)? ${GAP(5)}on`, weight: 4 },
  { kind: "training_on", label: "entraîner / train", pattern: "entrain\\p{L}*|(?<!en )train(?:s|ed|ing)?", weight: 3 },
  { kind: "training_on", label: "formation / former (des modèles)", pattern: `formation|form(?:e|ent|er|ee|ees) ${GAP(2)}(?:modeles?|des modeles)`, weight: 2 },
  { kind: "training_on", label: "训练", pattern: "训练", weight: 3 },

  // performance issues
  { kind: "performance_issue", label: "surchauffe / overheating", pattern: "surchauff\\p{L}*|overheat\\p{L}*", weight: 4 },
  { kind: "performance_issue", label: "bugs", pattern: "bugs?|buggy|bogues?", weight: 4 },
  {
    kind: "performance_issue",
    label: "problèmes de performance / stabilité",
    pattern: "problemes? de (?:performance|stabilite|connectivite|fiabilite|surchauffe|qualite|compatibilite)\\p{L}*|performance (?:problems?|issues?)|reliability (?:problems?|issues?)",
    weight: 4,
  },
  { kind: "performance_issue", label: "pannes / défaillances / failures", pattern: "pannes?|defaillances?|outages?|failures?|crash\\p{L}*", weight: 4 },
  { kind: "performance_issue", label: "instabilité / instability", pattern: "instabilit\\p{L}*|unstable", weight: 4 },
  { kind: "performance_issue", label: "limitations / lacunes / shortcomings", pattern: "limitations?|lacunes?|insuffisan\\p{L}*|inferiorite|shortcomings?|weakness\\p{L}*", weight: 4 },
  { kind: "performance_issue", label: "goulot d'étranglement / bottleneck", pattern: "goulets? d'etranglement|goulots? d'etranglement|bottlenecks?", weight: 4 },
  { kind: "performance_issue", label: "obstacles techniques", pattern: "obstacles? techniques?|technical (?:hurdles?|obstacles?|problems?)", weight: 4 },
  { kind: "performance_issue", label: "consommation d'énergie élevée / power-hungry", pattern: "consommation d'energie (?:plus )?(?:elevee|importante)|cout de l'energie est eleve|power hungry|high power consumption", weight: 4 },
  { kind: "performance_issue", label: "ne résout pas / absence de support", pattern: "ne resout pas|absence de support|lack of support|does not solve", weight: 3 },
  { kind: "performance_issue", label: "critiques / plaintes / complaints", pattern: "critiqu\\p{L}*|plaintes?|plaign\\p{L}*|complain\\p{L}*", weight: 3 },
  { kind: "performance_issue", label: "difficultés d'utilisation / du mal à", pattern: "difficultes? d'utilisation|du mal a (?:assurer|identifier|gerer|faire)|hard to use|difficult to use", weight: 4 },
  { kind: "performance_issue", label: "problèmes / retard / problems, lag", pattern: "problemes?|retard|problems?|issues?|lags? behind", weight: 2 },
  { kind: "performance_issue", label: "performance", pattern: "performances?", weight: 1 },
  { kind: "performance_issue", label: "过热 / 故障 / 不稳定", pattern: "过热|故障|不稳定|性能问题", weight: 4 },

  // revenue
  { kind: "revenue", label: "chiffre d'affaires / revenue", pattern: "chiffres? d'affaires|revenus?|revenues?|earnings", weight: 4 },
  { kind: "revenue", label: "ventes / bénéfices / sales, profit", pattern: "ventes?|benefices?|sales|profits?", weight: 2 },
  { kind: "revenue", label: "résultats / plus grand marché", pattern: "resultats?|(?:plus grand|premier|principal) marche|largest market|(?:quarterly|annual) results", weight: 2 },
  { kind: "revenue", label: "营收 / 收入", pattern: "营收|收入|销售额", weight: 4 },

  // pricing
  { kind: "pricing", label: "prix / price", pattern: "prix|tarifs?|prices?|pricing|priced", weight: 4 },
  { kind: "pricing", label: "coût / cost", pattern: "couts?|costs?|cheaper|moins cher\\p{L}*|expensive", weight: 2 },
  { kind: "pricing", label: "价格 / 涨价", pattern: "价格|涨价|降价", weight: 4 },

  // supply
  { kind: "supply", label: "approvisionnement / supply", pattern: "approvisionnement\\p{L}*|supply|supplies|supplied|shortages?|penuri\\p{L}*", weight: 4 },
  { kind: "supply", label: "fonderie / foundry", pattern: "fonderies?|foundr(?:y|ies)|fabs?", weight: 4 },
  { kind: "supply", label: "fabriquer / manufacture", pattern: "fabriqu\\p{L}*|fabrication|manufactur\\p{L}*|production|produire|produced", weight: 3 },
  { kind: "supply", label: "capacité / capacity", pattern: "capacites? de production|production capacity", weight: 4 },
  { kind: "supply", label: "capacité / usines / nœuds", pattern: "capacites? (?:de fabrication|souhaitee|industrielle)|limites? de capacite|capacity|usines?|factories|noeuds?|nœuds?|nodes?|technologie de processus|process technology", weight: 2 },
  { kind: "supply", label: "供应 / 代工 / 产能", pattern: "供应|代工|产能|短缺", weight: 4 },

  // policy pressure
  {
    kind: "policy_pressure",
    label: "gouvernement … encourage / government urges",
    pattern: `(?:gouvernement|etat|autorites|pekin|beijing|washington|government|authorities|regulators?) ${GAP(8)}(?:encourag|incit|exhort|pouss|demand|ordonn|oblig|urg|push|ask|order|told|tell)\\p{L}*`,
    weight: 4,
  },
  { kind: "policy_pressure", label: "pression réglementaire / regulatory pressure", pattern: "pression reglementaire|regulatory pressure|pression politique|political pressure", weight: 4 },
  { kind: "policy_pressure", label: "sanctions / penalties", pattern: "sanctions?|penalt(?:y|ies)|penalites?", weight: 3 },
  { kind: "policy_pressure", label: "licence d'exportation / export licence", pattern: "licences? (?:d'exportation|d'export)|export licen[cs]es?|licen[cs]es?|licensing", weight: 3 },
  { kind: "policy_pressure", label: "restrictions / contrôles / interdits", pattern: "restrictions?|restrei\\p{L}*|controles?|controls?|interdi\\p{L}*|banned|bans?|curbs?", weight: 3 },
  { kind: "policy_pressure", label: "sécurité nationale / lois commerciales", pattern: "securite nationale|national security|lois commerciales|trade laws?", weight: 3 },
  { kind: "policy_pressure", label: "autosuffisance / réduire la dépendance", pattern: `autosuffisance|self sufficien\\p{L}*|reduire ${GAP(2)}dependance|reduce ${GAP(2)}(?:dependence|reliance)|soutien de l'etat|state support`, weight: 3 },
  { kind: "policy_pressure", label: "pression / pressure", pattern: "pression|pressure", weight: 2 },
  { kind: "policy_pressure", label: "制裁 / 出口管制 / 国产替代", pattern: "制裁|出口管制|禁令|国产替代", weight: 4 },

  // other: market position and product news, the weakest hints
  { kind: "other", label: "rival / concurrent / competitor", pattern: "rival\\p{L}*|concurren\\p{L}*|competi\\p{L}*|defi(?:er)?|challeng\\p{L}*", weight: 1 },
  { kind: "other", label: "domination / leader / champion", pattern: "domin\\p{L}*|leader\\p{L}*|champions?|part de marche|market share", weight: 1 },
  { kind: "other", label: "présenter / lancer / créer / launch", pattern: "present(?:e|ee|es|ent|er|ait|aient|ant|s|ed|ing)?|lanc\\p{L}*|devoil\\p{L}*|annonc\\p{L}*|cre(?:e|ee|es|ees|er|ent|ait)|mis en place|launch\\p{L}*|unveil\\p{L}*|announc\\p{L}*|introduc\\p{L}*", weight: 1 },
  { kind: "other", label: "écosystème / compatibilité / plateforme", pattern: "ecosystemes?|ecosystems?|compatib\\p{L}*|plateformes?|platforms?|logiciels?|software", weight: 1 },
  { kind: "other", label: "transition / alternative", pattern: "transition|alternatives?|se positionne|position\\p{L}*", weight: 1 },
  { kind: "other", label: "发布 / 推出", pattern: "发布|推出|竞争", weight: 1 },
];

export type EventCue = {
  label: string;
  pattern: string;
  /** strong: an event on its own; weak: only with a jurisdiction hint in the same sentence */
  strength: "strong" | "weak";
  /** the action it suggests, when it suggests one */
  action: EventAction | null;
};

export const EVENT_CUES: readonly EventCue[] = [
  {
    label: "restrictions à l'exportation / export restrictions",
    pattern:
      "restrictions? (?:americaines? )?(?:a l'exportation|aux exportations|sur les exportations|a l'export)|restrictions? americaines?|export (?:restrictions?|controls?|curbs?|bans?|rules?)",
    strength: "strong",
    action: "rule",
  },
  {
    label: "contrôles (à l'exportation) / controls",
    pattern: `controles? (?:americains?|commerciaux|a l'exportation)|(?:durci|renforc)\\p{L}* ${GAP(2)}(?:controles?|restrictions?)|tighten\\p{L}* ${GAP(2)}(?:controls?|restrictions?)`,
    strength: "strong",
    action: "rule",
  },
  { label: "interdits / ban", pattern: "restent interdits?|interdi\\p{L}* (?:a l'exportation|d'exportation|de vente)|banned|bans?|embargo\\p{L}*", strength: "strong", action: "rule" },
  { label: "entity list", pattern: "entity list|liste des entites|liste noire|blacklist\\p{L}*|实体清单", strength: "strong", action: "entity_listing" },
  { label: "licence / license", pattern: "licences?|licenses?|licensing|autorisations? d'export\\p{L}*|许可证", strength: "weak", action: "licence_decision" },
  { label: "avertissement / warning", pattern: "avertissement|mis en garde|met(?:tent)? en garde|warn\\p{L}*|guidance|警告", strength: "weak", action: "guidance_warning" },
  {
    label: "Département du Commerce / BIS",
    pattern: "departement du commerce|commerce department|department of commerce|bureau of industry and security",
    strength: "weak",
    action: null,
  },
  {
    label: "Pékin … demande / Beijing asks",
    pattern: `(?:pekin|beijing|gouvernement chinois|autorites chinoises|chinese (?:government|authorities)) ${GAP(8)}(?:demand|exhort|ordonn|conseill|encourag|interdi|recommand|ask|urg|order|told|tell)\\p{L}*`,
    strength: "strong",
    action: "purchase_guidance",
  },
  { label: "demande aux acheteurs / s'abstenir", pattern: "demande aux (?:acheteurs|entreprises)|s'abstenir|avoid buying|refrain from", strength: "weak", action: "purchase_guidance" },
  { label: "fonds / fund / subvention", pattern: `fonds|funds?|subventions?|subsid\\p{L}*|investi\\p{L}* ${GAP(1)}(?:des )?milliards|基金|补贴`, strength: "weak", action: "subsidy_fund" },
  { label: "sanctions", pattern: "sanctions?|制裁", strength: "weak", action: null },
  { label: "出口管制 / 禁令", pattern: "出口管制|禁令", strength: "strong", action: "rule" },
];

export type JurisdictionHint = {
  jurisdiction: Exclude<Jurisdiction, "other">;
  label: string;
  pattern: string;
  /** match the original text, case and all (acronyms such as "US" or "BIS") */
  caseSensitive?: boolean;
};

export const JURISDICTION_HINTS: readonly JurisdictionHint[] = [
  { jurisdiction: "US", label: "Washington / américain / United States", pattern: "washington|americain\\p{L}*|americans?|etats unis|united states|maison blanche|white house|trump|biden|congres|congress" },
  { jurisdiction: "US", label: "Commerce / BIS", pattern: "departement du commerce|commerce department|department of commerce|bureau of industry and security" },
  { jurisdiction: "US", label: "US / BIS", pattern: "U\\.S\\.|US|USA|BIS", caseSensitive: true },
  { jurisdiction: "US", label: "美国", pattern: "美国|美方" },
  { jurisdiction: "CN", label: "Pékin / Beijing / gouvernement chinois", pattern: "pekin|beijing|gouvernement chinois|autorites chinoises|etat chinois|chinese (?:government|authorities|state)|ministere chinois|chinese ministry" },
  { jurisdiction: "CN", label: "MIIT / MOFCOM / CAC", pattern: "MIIT|MOFCOM|CAC|NDRC", caseSensitive: true },
  { jurisdiction: "CN", label: "中国政府 / 北京 / 商务部", pattern: "中国政府|北京|商务部|工信部|发改委" },
];

/**
 * A sentence that opens like this speaks about the subject of the sentence before it
 * ("L'entreprise a ainsi mis en place…", "It also…"): it may join that sentence in one suggestion.
 */
export const CONTINUATION_OPENERS: readonly string[] = [
  "l'entreprise",
  "la firme",
  "la societe",
  "le groupe",
  "le geant",
  "la compagnie",
  "elle",
  "il",
  "ils",
  "elles",
  "cela",
  "ceci",
  "ce qui",
  "une initiative",
  "the company",
  "the firm",
  "the group",
  "it",
  "they",
  "this",
  "that",
];

export type CueMatch = { label: string; text: string; start: number; end: number };
export type ClaimCueMatch = CueMatch & { kind: ClaimKind; weight: number };
export type EventCueMatch = CueMatch & { strength: "strong" | "weak"; action: EventAction | null };
export type JurisdictionMatch = CueMatch & { jurisdiction: Exclude<Jurisdiction, "other"> };

type Compiled<T> = { row: T; regex: RegExp; wholeWord: boolean };

function compile<T extends { pattern: string }>(row: T): Compiled<T> {
  // whole words for Latin patterns (the left edge is checked by hand: a look-behind at every
  // position is three times slower); CJK is written without spaces
  const wholeWord = !isCjk(row.pattern[0]);
  return { row, wholeWord, regex: new RegExp(wholeWord ? `(?:${row.pattern})(?![\\p{L}\\p{N}])` : `(?:${row.pattern})`, "gu") };
}

let compiledClaim: Compiled<ClaimCue>[] | null = null;
let compiledEvent: Compiled<EventCue>[] | null = null;
let compiledHints: Compiled<JurisdictionHint>[] | null = null;

function* wholeMatches(haystack: string, { regex, wholeWord }: { regex: RegExp; wholeWord: boolean }) {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(haystack))) {
    if (m[0].length === 0 || (wholeWord && isWordChar(haystack[m.index - 1]))) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

function matchAllFolded<T>(f: FoldedText, text: string, rows: Compiled<T>[], build: (row: T, m: CueMatch) => CueMatch) {
  const out: CueMatch[] = [];
  for (const c of rows) {
    for (const m of wholeMatches(f.folded, c)) {
      let to = m.index + m[0].length;
      while (to > m.index && f.folded[to - 1] === " ") to--;
      const span = originalSpan(f, m.index, to);
      out.push(build(c.row, { label: "", text: text.slice(span.start, span.end), ...span }));
    }
  }
  return out;
}

const bySpan = (a: CueMatch, b: CueMatch) => a.start - b.start || b.end - a.end;

/** Cue matches are short phrases: a match that contains another starts at most this far before it. */
const MAX_CUE_SPAN = 400;

/** Drops a match inside another match that weighs at least as much (the longer phrase explains it). Sorted by position. */
function withoutContained<T extends CueMatch>(matches: T[], weight: (m: T) => number): T[] {
  const sorted = [...matches].sort(bySpan);
  return sorted.filter((m, i) => {
    // of two matches of the same span, the first one listed stays
    const contains = (o: T, j: number) =>
      o.start <= m.start && o.end >= m.end && (o.start < m.start || o.end > m.end || j < i) && weight(o) >= weight(m);
    for (let j = i - 1; j >= 0 && sorted[j].start >= m.start - MAX_CUE_SPAN; j--) if (contains(sorted[j], j)) return false;
    for (let j = i + 1; j < sorted.length && sorted[j].start === m.start; j++) if (contains(sorted[j], j)) return false;
    return true;
  });
}

/** Every claim cue in `text`, with exact offsets. Pass `folded` when the caller already folded the text. */
export function findClaimCues(text: string, folded: FoldedText = foldWithMap(text)): ClaimCueMatch[] {
  compiledClaim ??= CLAIM_CUES.map(compile);
  const all = matchAllFolded(folded, text, compiledClaim, (row, m) => ({
    ...m,
    label: row.label,
    kind: row.kind,
    weight: row.weight,
  })) as ClaimCueMatch[];
  return withoutContained(all, (m) => m.weight);
}

export function findEventCues(text: string, folded: FoldedText = foldWithMap(text)): EventCueMatch[] {
  compiledEvent ??= EVENT_CUES.map(compile);
  const all = matchAllFolded(folded, text, compiledEvent, (row, m) => ({
    ...m,
    label: row.label,
    strength: row.strength,
    action: row.action,
  })) as EventCueMatch[];
  return withoutContained(all, (m) => (m.strength === "strong" ? 2 : 1));
}

export function findJurisdictionHints(text: string, folded: FoldedText = foldWithMap(text)): JurisdictionMatch[] {
  compiledHints ??= JURISDICTION_HINTS.map(compile);
  const out: JurisdictionMatch[] = [];
  const foldedRows = compiledHints.filter((c) => !c.row.caseSensitive);
  const fromFolded = matchAllFolded(folded, text, foldedRows, (row, m) => ({ ...m, label: row.label, jurisdiction: row.jurisdiction }));
  out.push(...(fromFolded as JurisdictionMatch[]));
  for (const c of compiledHints.filter((h) => h.row.caseSensitive)) {
    for (const m of wholeMatches(text, c)) {
      out.push({ label: c.row.label, jurisdiction: c.row.jurisdiction, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort(bySpan);
}

/** The strongest cue decides: the highest weight, then the earliest. */
export function strongestCue<T extends ClaimCueMatch>(cues: T[]): T | null {
  let best: T | null = null;
  for (const c of cues) if (!best || c.weight > best.weight || (c.weight === best.weight && c.start < best.start)) best = c;
  return best;
}

/** The kind a sentence's cues point to, and the cues, for a single sentence or phrase. */
export function classifyClaim(sentence: string): { kind: ClaimKind | null; cue: ClaimCueMatch | null; cues: ClaimCueMatch[] } {
  const cues = findClaimCues(sentence);
  const cue = strongestCue(cues);
  return { kind: cue?.kind ?? null, cue, cues };
}

/** The jurisdiction most hints point to (the first hint breaks a tie); null when none does. */
export function jurisdictionOf(hints: JurisdictionMatch[]): Exclude<Jurisdiction, "other"> | null {
  if (hints.length === 0) return null;
  const us = hints.filter((h) => h.jurisdiction === "US").length;
  const cn = hints.length - us;
  if (us !== cn) return us > cn ? "US" : "CN";
  return hints[0].jurisdiction;
}
