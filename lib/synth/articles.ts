// Synthetic articles and the claims they carry, one source at a time so a load of millions of
// claims never holds more than one batch in memory. Every claim quotes one sentence of its
// source, stored with the offsets at which the sentence sits in the text (JavaScript string
// indices, as lib/quotes.ts checks them), and gets one "create" revision.
import { createHash } from "node:crypto";
import type { ClaimCompanyRole, ClaimKind } from "../constants";
import { personName, slugify } from "./names";
import { LOADED_AT, SYNTH_HOST, sourceBaseDay, type Landscape, type SynChip, type SynCompany, type SynEvent } from "./landscape";
import type { SynthPlan } from "./plan";
import type { Rng } from "./random";
import { makeId, type Batch } from "./tables";

const DAY = 86_400_000;
const MAX_CLAIMS_PER_SOURCE = 20;

type Lang = "en" | "fr";
type Link = { company: SynCompany; role: ClaimCompanyRole };
type Sentence = { en: string; fr: string };
type ClaimDraft = {
  kind: ClaimKind;
  subject: SynCompany;
  links: Link[];
  chips: SynChip[];
  sentence: Sentence;
  summary: string;
};

const CITIES = ["Shanghai", "Shenzhen", "Beijing", "Hangzhou", "Hefei", "Chengdu", "Wuhan", "Suzhou"];
const MODELS = ["Orion", "Lumen", "Atlas", "Nova", "Vega", "Kestrel", "Tundra", "Solace"];

const KIND_WEIGHTS: readonly (readonly [ClaimKind, number])[] = [
  ["adoption", 20],
  ["testing", 12],
  ["order", 10],
  ["non_adoption", 6],
  ["training_on", 10],
  ["performance_issue", 6],
  ["revenue", 8],
  ["pricing", 6],
  ["supply", 7],
  ["policy_pressure", 7],
  ["other", 8],
];

/** A company as an article names it: sometimes with its Chinese name in brackets. */
function named(rng: Rng, company: SynCompany): string {
  return company.nameZh && rng.chance(0.15) ? `${company.name} (${company.nameZh})` : company.name;
}

function chipList(chips: SynChip[], and: string): string {
  return chips.length === 1 ? chips[0].name : `${chips[0].name} ${and} ${chips[1].name}`;
}

/**
 * The `after` of a claim's "create" revision: the fields lib/editor/claims.ts claimSnapshot()
 * records, as lib/revisions.ts snapshot() writes them (keys sorted, dates as ISO strings). Built
 * directly because snapshot()'s generic walk took a third of the generation time.
 */
type ClaimSnapshot = {
  chips: string[];
  claimDate: string | null;
  companies: string[];
  confidence: string;
  kind: string;
  note: string | null;
  quote: string;
  quoteEnd: number;
  quoteStart: number;
  slug: string;
  source: string;
  status: string;
  subject: string;
  summary: string;
  translation: string | null;
};
function revisionAfter(fields: ClaimSnapshot): string {
  return JSON.stringify(fields);
}

export class ArticleWriter {
  private claimsLeft: number;
  private sourcesLeft: number;
  private claimIndex = 0;
  private eventSourceIndex = 0;

  constructor(
    private readonly plan: SynthPlan,
    private readonly land: Landscape,
    private readonly quotesBySource: Map<number, SynEvent[]>,
    private readonly rng: Rng,
  ) {
    this.claimsLeft = plan.claims;
    this.sourcesLeft = plan.sources;
  }

  /** How many claims the next source carries: about ten, varying, adding up to exactly N overall. */
  private nextClaimCount(): number {
    const left = this.claimsLeft;
    const sources = this.sourcesLeft;
    if (sources === 1) return left;
    const mean = left / sources;
    const wanted = Math.round(mean + (this.rng.next() - 0.5) * 8);
    const min = Math.max(1, left - (sources - 1) * MAX_CLAIMS_PER_SOURCE);
    const max = Math.min(MAX_CLAIMS_PER_SOURCE, left - (sources - 1));
    return Math.max(min, Math.min(max, wanted));
  }

  /** A claim as of `asOf` (the article's year): the years it mentions are not after it. */
  private draftClaim(asOf: number): ClaimDraft {
    const { rng, land } = this;
    const kind = rng.weighted(KIND_WEIGHTS);
    const vendor = land.vendors.draw(rng);
    const chip = land.chipsByVendor.get(vendor.id)!.draw(rng);
    const chips = [chip];
    if ((kind === "adoption" || kind === "testing" || kind === "order" || kind === "non_adoption") && rng.chance(0.3)) {
      const other = land.chipsByVendor.get(land.vendors.draw(rng).id)!.draw(rng);
      if (other.id !== chip.id) chips.push(other);
    }
    const V = named(rng, vendor);
    const C = chip.name;
    const year = rng.int(Math.max(2017, asOf - 3), asOf);
    let subject: SynCompany;
    let links: Link[] = [];
    let sentence: Sentence;
    let summary: string;
    switch (kind) {
      case "adoption": {
        subject = land.customers.draw(rng);
        const S = named(rng, subject);
        const n = rng.int(2, 40);
        sentence = {
          en: `${S} has deployed ${chipList(chips, "and")} accelerators from ${V} across ${n} of its data centres`,
          fr: `${S} a déployé les accélérateurs ${chipList(chips, "et")} de ${V} dans ${n} de ses centres de données`,
        };
        summary = `${subject.name} deploys ${vendor.name}'s ${chipList(chips, "and")}`;
        links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "testing": {
        subject = rng.chance(0.7) ? land.customers.draw(rng) : land.labs.draw(rng);
        const S = named(rng, subject);
        sentence = {
          en: `${S} is testing ${chipList(chips, "and")} for large-model inference, a spokesperson said`,
          fr: `${S} teste actuellement ${chipList(chips, "et")} pour l’inférence de grands modèles, a indiqué un porte-parole`,
        };
        summary = `${subject.name} tests ${chipList(chips, "and")}`;
        if (rng.chance(0.5)) links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "order": {
        subject = land.customers.draw(rng);
        const S = named(rng, subject);
        const units = rng.int(1, 200) * 500;
        const value = rng.int(2, 300) / 10;
        sentence = {
          en: `${S} placed an order for ${units} ${chipList(chips, "and")} units with ${V}, worth about ${value} billion yuan`,
          fr: `${S} a commandé ${units} unités de ${chipList(chips, "et")} auprès de ${V}, pour environ ${String(value).replace(".", ",")} milliards de yuans`,
        };
        summary = `${subject.name} orders ${units} ${chipList(chips, "and")} from ${vendor.name}`;
        links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "non_adoption": {
        subject = land.customers.draw(rng);
        const S = named(rng, subject);
        sentence = {
          en: `${S} decided against buying ${chipList(chips, "and")} from ${V}, citing immature software tools`,
          fr: `${S} a renoncé à acheter ${chipList(chips, "et")} de ${V}, invoquant des outils logiciels immatures`,
        };
        summary = `${subject.name} turns down ${vendor.name}'s ${chipList(chips, "and")}`;
        links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "training_on": {
        subject = land.labs.draw(rng);
        const S = named(rng, subject);
        const model = `${rng.pick(MODELS)}-${rng.int(2, 9)}`;
        const size = rng.int(1, 100) * 100;
        sentence = {
          en: `${S} said it trained its ${model} model on a cluster of ${size} ${C} chips`,
          fr: `${S} affirme avoir entraîné son modèle ${model} sur une grappe de ${size} puces ${C}`,
        };
        summary = `${subject.name} trains ${model} on ${C}`;
        if (rng.chance(0.4)) links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "performance_issue": {
        subject = rng.chance(0.6) ? land.customers.draw(rng) : land.labs.draw(rng);
        const S = named(rng, subject);
        sentence = {
          en: `Engineers at ${S} reported frequent crashes and slow interconnect when running ${C} from ${V} at scale`,
          fr: `Des ingénieurs de ${S} ont signalé des pannes fréquentes et une interconnexion lente avec ${C} de ${V} à grande échelle`,
        };
        summary = `${subject.name} reports stability problems with ${C}`;
        links = [{ company: vendor, role: "vendor" }];
        break;
      }
      case "revenue": {
        subject = vendor;
        const value = rng.int(2, 900) / 10;
        sentence = {
          en: `${V} said sales of ${C} reached ${value} billion yuan in ${year}`,
          fr: `${V} indique que les ventes de ${C} ont atteint ${String(value).replace(".", ",")} milliards de yuans en ${year}`,
        };
        summary = `${vendor.name} reports ${value} billion yuan of ${C} sales in ${year}`;
        break;
      }
      case "pricing": {
        subject = vendor;
        const price = rng.int(20, 400) * 500;
        sentence = {
          en: `Distributors quote ${V}'s ${C} at about ${price} yuan per card, below comparable imported parts`,
          fr: `Les distributeurs proposent ${C} de ${V} à environ ${price} yuans la carte, moins cher que les produits importés comparables`,
        };
        summary = `${vendor.name}'s ${C} priced at about ${price} yuan per card`;
        break;
      }
      case "supply": {
        subject = vendor;
        const foundry = land.foundries.draw(rng);
        const node = rng.pick(["7 nm", "5 nm", "12 nm", "14 nm"]);
        sentence = {
          en: `${named(rng, foundry)} will manufacture ${C} for ${V} on its ${node} process from ${year}`,
          fr: `${named(rng, foundry)} fabriquera ${C} pour ${V} avec son procédé ${node} à partir de ${year}`,
        };
        summary = `${foundry.name} to manufacture ${vendor.name}'s ${C} on ${node}`;
        links = [{ company: foundry, role: "other" }];
        break;
      }
      case "policy_pressure": {
        subject = land.customers.draw(rng);
        const regulator = land.regulators.draw(rng);
        sentence = {
          en: `${regulator.name} urged ${named(rng, subject)} to favour domestic accelerators such as ${C} from ${V} over imported GPUs`,
          fr: `${regulator.name} a exhorté ${named(rng, subject)} à privilégier des accélérateurs nationaux comme ${C} de ${V} plutôt que des GPU importés`,
        };
        summary = `${regulator.name} presses ${subject.name} to use domestic chips such as ${C}`;
        links = [
          { company: regulator, role: "other" },
          { company: vendor, role: "vendor" },
        ];
        break;
      }
      default: {
        subject = vendor;
        const city = rng.pick(CITIES);
        sentence = {
          en: `${V} showed ${C} to customers at an industry fair in ${city}, alongside a roadmap to ${year + 2}`,
          fr: `${V} a présenté ${C} à des clients lors d’un salon professionnel à ${city}, avec une feuille de route jusqu’en ${year + 2}`,
        };
        summary = `${vendor.name} presents ${C} in ${city}`;
      }
    }
    if (rng.chance(0.3)) {
      const press = land.publishers.draw(rng);
      sentence = { en: `${sentence.en}, according to ${press.name}`, fr: `${sentence.fr}, selon ${press.name}` };
      links.push({ company: press, role: "other" });
    }
    const seen = new Set([subject.id]);
    links = links.filter((l) => !seen.has(l.company.id) && seen.add(l.company.id)).slice(0, 3);
    return { kind, subject, links, chips, sentence: { en: `${sentence.en}.`, fr: `${sentence.fr}.` }, summary };
  }

  /** Sentence `which` (0–5) of the filler an article carries around its claims. */
  private filler(lang: Lang, which: number, asOf: number): string {
    const { rng, land } = this;
    const year = rng.int(Math.max(2017, asOf - 3), asOf);
    const vendor = land.vendors.draw(rng).name;
    const press = land.publishers.draw(rng).name;
    const n = rng.int(2, 15);
    const en = [
      `Demand for domestic AI accelerators kept rising in ${year}, analysts at ${press} wrote.`,
      `${vendor} did not respond to a request for comment.`,
      `The company's shares rose ${n}% after the announcement.`,
      `Export restrictions have limited access to the most advanced imported chips since ${year}.`,
      `Industry observers expect more announcements before the end of the year.`,
      `Software support remains the main obstacle for buyers switching suppliers, several engineers said.`,
    ];
    const fr = [
      `La demande d’accélérateurs d’IA nationaux a continué de croître en ${year}, selon les analystes de ${press}.`,
      `${vendor} n’a pas répondu à une demande de commentaire.`,
      `L’action du groupe a progressé de ${n} % après l’annonce.`,
      `Les restrictions à l’exportation limitent l’accès aux puces importées les plus avancées depuis ${year}.`,
      `Les observateurs du secteur s’attendent à d’autres annonces d’ici la fin de l’année.`,
      `Le support logiciel reste le principal obstacle pour les acheteurs qui changent de fournisseur, selon plusieurs ingénieurs.`,
    ];
    return (lang === "fr" ? fr : en)[which];
  }

  /** Queues source `index` (0-based, in publication order), its claims, their links and revisions, and its event quotes. */
  writeSource(index: number, batch: Batch): number {
    const { rng, land } = this;
    const claimCount = this.nextClaimCount();
    this.claimsLeft -= claimCount;
    this.sourcesLeft--;

    const publisher = land.publishers.draw(rng);
    const lang: Lang = publisher.language;
    const publishedAt = sourceBaseDay(index, this.plan.sources) + rng.int(0, 2) * DAY;
    const year = new Date(publishedAt).getUTCFullYear();
    const drafts = Array.from({ length: claimCount }, () => this.draftClaim(year));
    const events = this.quotesBySource.get(index) ?? [];
    // Three to six different filler sentences, none twice in one article.
    const fillers = [0, 1, 2, 3, 4, 5];
    for (let k = fillers.length - 1; k > 0; k--) {
      const j = rng.int(0, k);
      [fillers[k], fillers[j]] = [fillers[j], fillers[k]];
    }

    type Piece = { text: string; claim?: number; event?: SynEvent };
    const pieces: Piece[] = [
      ...drafts.map((d, k) => ({ text: d.sentence[lang], claim: k })),
      ...events.map((e) => ({ text: e.sentence[lang], event: e })),
      ...fillers.slice(0, rng.int(3, 6)).map((which) => ({ text: this.filler(lang, which, year) })),
    ];
    for (let k = pieces.length - 1; k > 0; k--) {
      const j = rng.int(0, k);
      [pieces[k], pieces[j]] = [pieces[j], pieces[k]];
    }

    // Lay the sentences out in paragraphs of two to five, noting where each one starts.
    const serial = index + 1;
    let text = "";
    const starts = new Array<number>(pieces.length);
    let inParagraph = 0;
    let paragraphSize = rng.int(2, 5);
    pieces.forEach((piece, k) => {
      if (k > 0) {
        if (inParagraph >= paragraphSize) {
          text += "\n\n";
          inParagraph = 0;
          paragraphSize = rng.int(2, 5);
        } else text += " ";
      }
      starts[k] = text.length;
      text += piece.text;
      inParagraph++;
    });
    text +=
      lang === "fr"
        ? `\n\n(Article synthétique n° ${serial}, généré par Chipwatch db:synth : rien de ce qu’il dit n’est réel.)`
        : `\n\n(Synthetic article no. ${serial}, generated by Chipwatch db:synth: nothing in it is real.)`;

    const lead = drafts[0];
    const title =
      lang === "fr"
        ? `${lead.subject.name} et ${lead.chips[0].name} : ${rng.pick(["ce que l’on sait", "les dernières nouvelles", "le point"])}`
        : `${lead.subject.name} and ${lead.chips[0].name}: ${rng.pick(["what we know", "the latest", "a closer look"])}`;
    const sourceId = makeId("sr", index);
    const slug = `syn-${String(serial).padStart(7, "0")}-${slugify(title).slice(0, 60).replace(/-+$/, "")}`;
    const retrievedAt = Math.min(publishedAt + rng.int(0, 30) * DAY + rng.int(1, 23) * 3_600_000, LOADED_AT - DAY);
    batch.add("Source", [
      sourceId,
      slug,
      `${SYNTH_HOST}/${publisher.slug.slice(4)}/${year}/${slug}`,
      title,
      publisher.name,
      rng.chance(0.6) ? personName(rng) : null,
      lang,
      publishedAt,
      retrievedAt,
      text,
      createHash("sha256").update(text).digest("hex"),
      "synthetic",
      1,
      retrievedAt,
      retrievedAt,
    ]);

    const editors = land.users;
    pieces.forEach((piece, k) => {
      const start = starts[k];
      const end = start + piece.text.length;
      if (piece.event) {
        batch.add("EventSource", [makeId("es", this.eventSourceIndex++), piece.event.id, sourceId, piece.text, start, end]);
        return;
      }
      if (piece.claim === undefined) return;
      const draft = drafts[piece.claim];
      const n = this.claimIndex++;
      const id = makeId("cl", n);
      const claimSlug = `syn-claim-${String(n + 1).padStart(7, "0")}`;
      const status = rng.weighted([["published", 85], ["draft", 7], ["disputed", 5], ["retracted", 3]] as const);
      const confidence = status === "disputed" ? "disputed" : rng.weighted([["reported", 65], ["confirmed", 30], ["disputed", 5]] as const);
      const note =
        status === "disputed"
          ? "Synthetic: another synthetic source disputes this."
          : status === "retracted"
            ? "Synthetic: retracted to exercise the editor's workflow."
            : null;
      const translation = lang === "fr" && rng.chance(0.6) ? draft.sentence.en : null;
      const claimDate = rng.chance(0.7) ? publishedAt - rng.int(0, 14) * DAY : null;
      const editor = editors[1 + rng.int(0, editors.length - 2)] ?? editors[0];
      const createdAt = retrievedAt + 3_600_000 + piece.claim * 60_000;
      batch.add("Claim", [
        id,
        claimSlug,
        draft.kind,
        draft.subject.id,
        sourceId,
        draft.summary,
        piece.text,
        start,
        end,
        translation,
        claimDate,
        confidence,
        status,
        note,
        editor.id,
        editor.id,
        1,
        createdAt,
        createdAt,
      ]);
      for (const link of draft.links) batch.add("ClaimCompany", [id, link.company.id, link.role]);
      for (const chip of draft.chips) batch.add("ClaimChip", [id, chip.id]);
      batch.add("Revision", [
        makeId("rv", n),
        "Claim",
        id,
        "create",
        editor.id,
        null,
        revisionAfter({
          chips: draft.chips.map((c) => c.slug),
          claimDate: claimDate === null ? null : new Date(claimDate).toISOString(),
          companies: draft.links.map((l) => `${l.company.slug} (${l.role})`),
          confidence,
          kind: draft.kind,
          note,
          quote: piece.text,
          quoteEnd: end,
          quoteStart: start,
          slug: claimSlug,
          source: slug,
          status,
          subject: draft.subject.slug,
          summary: draft.summary,
          translation,
        }),
        createdAt,
      ]);
    });
    return claimCount;
  }
}
