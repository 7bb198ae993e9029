// The synthetic landscape that every article draws on: companies with roles and aliases, chips
// with specs, users and export-control events. Small enough (capped at 5,000 companies and 5,000
// chips) to hold in memory; claims and sources are streamed separately (lib/synth/articles.ts).
import { CHIP_STATUSES, EVENT_ACTIONS, SPEC_METRICS, type ChipKind, type CompanyRole, type EventAction, type Jurisdiction, type SpecMetric } from "../constants";
import { normalizeName } from "../normalize";
import { naturalSortKey } from "../natural-key";
import { UniqueWords, slugify, type Word } from "./names";
import type { SynthPlan } from "./plan";
import { Rng, Zipf } from "./random";
import { Batch, makeId, type Row } from "./tables";

export const SYNTH_SOURCE_NAME = "Chipwatch synthetic data (db:synth)";
export const SYNTH_HOST = "https://synthetic.chipwatch.invalid";

const DAY = 86_400_000;
/** The synthetic news runs from 2019 to mid-2026; records are "created" at one fixed instant. */
export const TIMELINE_START = Date.UTC(2019, 0, 1);
export const TIMELINE_DAYS = Math.round((Date.UTC(2026, 5, 30) - TIMELINE_START) / DAY);
export const LOADED_AT = Date.UTC(2026, 6, 1);

export type SynCompany = {
  id: string;
  slug: string;
  name: string;
  nameZh: string | null;
  brand: Word;
  country: string;
  roles: CompanyRole[];
  /** publishers only: the language they write in */
  language: "en" | "fr";
};

export type SynChip = {
  id: string;
  slug: string;
  name: string;
  vendor: SynCompany;
  kind: ChipKind;
};

export type SynUser = { id: string };

export type SynEvent = {
  id: string;
  /** the sentence an article quotes for it, in each language */
  sentence: { en: string; fr: string };
};

/** A weighted pool: Zipf popularity over a fixed ranking. */
export class Pool<T> {
  private readonly zipf: Zipf;
  constructor(
    readonly items: readonly T[],
    s = 1.05,
  ) {
    this.zipf = new Zipf(items.length, s);
  }
  draw(rng: Rng): T {
    return this.items[this.zipf.sample(rng)];
  }
}

export type Landscape = {
  companies: SynCompany[];
  vendors: Pool<SynCompany>;
  customers: Pool<SynCompany>;
  labs: Pool<SynCompany>;
  regulators: Pool<SynCompany>;
  foundries: Pool<SynCompany>;
  publishers: Pool<SynCompany>;
  chips: SynChip[];
  /** each vendor's chips, most talked-about first */
  chipsByVendor: Map<string, Pool<SynChip>>;
  users: SynUser[];
};

const SUFFIXES: Record<CompanyRole, readonly (readonly [string, string])[]> = {
  chip_vendor: [["Semiconductor", "半导体"], ["Microelectronics", "微电子"], ["Silicon", "芯片"], ["Compute", "算力"], ["Technologies", "科技"]],
  customer: [["Cloud", "云"], ["Internet", "互联网"], ["Group", "集团"], ["Networks", "网络"], ["Digital", "数字"]],
  ai_lab: [["AI", "智能"], ["Labs", "实验室"], ["Intelligence", "智能研究院"], ["Research", "研究院"]],
  foundry: [["Foundry", "晶圆"], ["Fab", "制造"], ["Manufacturing", "集成电路制造"]],
  government: [["Trade Control Office", "贸易管制办公室"], ["Commission for Technology", "科技委员会"], ["Ministry of Industry", "工业部"]],
  analyst_press: [["Tech Review", "科技评论"], ["Daily", "日报"], ["Insights", "洞察"], ["Hebdo", "周刊"], ["Courrier", "信使"]],
};

function day(n: number): number {
  return TIMELINE_START + n * DAY;
}

/** The day (ms, midnight UTC) around which source `index` of `total` was published: more news each year. */
export function sourceBaseDay(index: number, total: number): number {
  return day(Math.floor(TIMELINE_DAYS * Math.sqrt((index + 0.5) / total)));
}

function companyRows(batch: Batch, c: SynCompany, n: number, aliasCounter: { n: number }, description: string, website: string | null) {
  const at = LOADED_AT + n * 1000;
  batch.add("Company", [c.id, c.slug, c.name, c.nameZh, c.country, website, description, 1, at, at]);
  const aliases = new Set([c.name, c.brand.latin, ...(c.nameZh ? [c.nameZh] : [])]);
  for (const alias of aliases) batch.add("CompanyAlias", [makeId("ca", aliasCounter.n++), c.id, alias, normalizeName(alias)]);
  for (const role of c.roles) batch.add("CompanyRole", [c.id, role]);
}

/** Builds the landscape and queues its rows (users, companies, chips, specs) into `batch`. */
export function buildLandscape(plan: SynthPlan, rng: Rng, batch: Batch): Landscape {
  const words = new UniqueWords();
  const companies: SynCompany[] = [];
  const byRole = new Map<CompanyRole, SynCompany[]>();
  const aliasCounter = { n: 0 };

  const users: SynUser[] = [];
  for (let i = 0; i < plan.users; i++) {
    const id = makeId("us", i);
    const admin = i === 0;
    const at = LOADED_AT - 30 * DAY;
    batch.add("User", [
      id,
      admin ? "synth-admin@synthetic.chipwatch.invalid" : `synth-editor-${i}@synthetic.chipwatch.invalid`,
      admin ? "Synthetic Admin" : `Synthetic Editor ${i}`,
      admin ? "admin" : "editor",
      null,
      false,
      1,
      at,
      at,
    ]);
    users.push({ id });
  }

  const roleCounts: [CompanyRole, number][] = [
    ["chip_vendor", plan.vendors],
    ["customer", plan.customers],
    ["ai_lab", plan.labs],
    ["foundry", plan.foundries],
    ["government", plan.regulators],
    ["analyst_press", plan.publishers],
  ];
  const regulatorCountries = ["US", "CN", "US", "CN", "NL", "JP"];
  for (const [role, count] of roleCounts) {
    const list: SynCompany[] = [];
    for (let i = 0; i < count; i++) {
      const brand = words.next(rng);
      const [suffix, suffixZh] = rng.pick(SUFFIXES[role]);
      const country =
        role === "government"
          ? regulatorCountries[i % regulatorCountries.length]
          : role === "analyst_press"
            ? rng.pick(["CN", "FR", "US", "GB", "SG"])
            : rng.weighted([["CN", 85], ["US", 6], ["TW", 4], ["KR", 3], ["SG", 2]] as const);
      const name = role === "government" ? `${brand.latin} ${suffix}` : rng.chance(0.25) && role !== "analyst_press" ? brand.latin : `${brand.latin} ${suffix}`;
      const roles: CompanyRole[] = [role];
      if (role === "chip_vendor" && rng.chance(0.1)) roles.push("customer");
      if (role === "customer" && rng.chance(0.15)) roles.push("ai_lab");
      const company: SynCompany = {
        id: makeId("co", companies.length),
        slug: `syn-${slugify(name)}`,
        name,
        nameZh: country === "CN" && rng.chance(0.6) ? `${brand.zh}${suffixZh}` : null,
        brand,
        country,
        roles,
        language: country === "FR" || rng.chance(0.3) ? "fr" : "en",
      };
      companies.push(company);
      list.push(company);
      const what = role === "government" ? "regulator" : role.replace("_", " ");
      companyRows(
        batch,
        company,
        companies.length,
        aliasCounter,
        `Synthetic ${what} generated by Chipwatch db:synth; not a real organisation.`,
        role === "government" ? null : `${SYNTH_HOST}/companies/${company.slug}`,
      );
    }
    byRole.set(role, list);
  }

  // Chips: every vendor has at least two; the rest go to vendors by popularity, so the big
  // vendors have long product lines and the tail has one or two.
  const vendors = byRole.get("chip_vendor")!;
  const vendorZipf = new Zipf(vendors.length, 1.1);
  const chipCounts = vendors.map(() => 2);
  for (let i = vendors.length * 2; i < plan.chips; i++) chipCounts[vendorZipf.sample(rng)]++;
  const foundries = byRole.get("foundry")!;
  const chips: SynChip[] = [];
  const chipsByVendor = new Map<string, Pool<SynChip>>();
  const counters = { alias: 0, spec: 0 };
  const usedNames = new Set<string>();
  vendors.forEach((vendor, v) => {
    const families = [words.next(rng, 1, 2), ...(chipCounts[v] > 6 ? [words.next(rng, 1, 2)] : [])];
    const own: SynChip[] = [];
    for (let k = 0; k < chipCounts[v]; k++) {
      const family = families[k % families.length];
      const kind: ChipKind = k === 0 && chipCounts[v] > 3 ? "series" : rng.weighted([["accelerator", 85], ["system", 15]] as const);
      let name = "";
      let model = "";
      for (let attempt = 0; !name || usedNames.has(name); attempt++) {
        model =
          kind === "series"
            ? ""
            : kind === "system"
              ? `${rng.pick(["Matrix", "Cluster", "Pod", "Rack"])} ${rng.pick([16, 64, 128, 256, 384, 512]) * (attempt + 1)}`
              : `${rng.pick(["X", "M", "P", "S", "T", "V"])}${rng.int(1, 9)}${rng.int(0, 9)}${rng.pick(["0", "0", "5", "B", "C", "E"])}${attempt > 5 ? `-${attempt}` : ""}`;
        name = kind === "series" ? `${vendor.brand.latin} ${family.latin}` : `${family.latin} ${model}`;
        if (kind === "series" && usedNames.has(name)) name = `${vendor.brand.latin} ${family.latin} ${attempt + 2}`;
      }
      usedNames.add(name);
      const chip: SynChip = { id: makeId("ch", chips.length), slug: `syn-${slugify(name)}`, name, vendor, kind };
      chips.push(chip);
      own.push(chip);
      chipRows(batch, rng, chip, family, model, chips.length, foundries, counters);
    }
    chipsByVendor.set(vendor.id, new Pool(own, 1.2));
  });

  return {
    companies,
    vendors: new Pool(vendors, 1.1),
    customers: new Pool([...byRole.get("customer")!, ...vendors.filter((v) => v.roles.includes("customer"))], 1.05),
    labs: new Pool(byRole.get("ai_lab")!, 1.05),
    regulators: new Pool(byRole.get("government")!, 0.8),
    foundries: new Pool(foundries, 1.2),
    publishers: new Pool(byRole.get("analyst_press")!, 1.0),
    chips,
    chipsByVendor,
    users,
  };
}

const MEMORY_TYPES: readonly (readonly [string, number, number])[] = [
  ["HBM2e", 1.2, 2.0],
  ["HBM3", 2.0, 3.35],
  ["HBM3e", 3.0, 8.0],
  ["LPDDR5", 0.2, 0.4],
  ["GDDR6", 0.4, 1.0],
];

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function chipRows(
  batch: Batch,
  rng: Rng,
  chip: SynChip,
  family: Word,
  model: string,
  n: number,
  foundries: SynCompany[],
  counters: { alias: number; spec: number },
) {
  const status = rng.weighted([...CHIP_STATUSES.map((s) => [s, s === "shipping" ? 55 : s === "discontinued" ? 10 : 15] as const), [null, 5]]);
  const announcedDay = rng.int(0, TIMELINE_DAYS - 200);
  const announcedOn = day(announcedDay);
  const releasedOn = status === "shipping" || status === "discontinued" ? day(announcedDay + rng.int(60, 300)) : null;
  const precision = rng.weighted([["day", 60], ["month", 30], ["year", 10]] as const);
  const nameZh = rng.chance(0.3) ? (model ? `${family.zh} ${model}` : `${chip.vendor.brand.zh}${family.zh}`) : null;
  const at = LOADED_AT + n * 1000;
  batch.add("Chip", [
    chip.id,
    chip.slug,
    chip.vendor.id,
    chip.name,
    nameZh,
    family.latin,
    chip.kind,
    status,
    announcedOn,
    releasedOn,
    precision,
    SYNTH_SOURCE_NAME,
    null,
    chip.kind === "series" ? null : rng.pick(["5 nm", "7 nm", "7 nm class", "12 nm", "14 nm", "16 nm"]),
    chip.kind === "series" ? null : rng.pick(foundries).name,
    `Synthetic ${chip.kind} generated by Chipwatch db:synth; not a real product.`,
    1,
    at,
    at,
    // raw rows skip lib/prisma-client.ts, which writes the key on every Prisma write
    naturalSortKey(chip.name),
  ]);
  const aliases = new Set([chip.name, ...(chip.kind === "series" ? [] : [`${chip.vendor.brand.latin} ${chip.name}`]), ...(nameZh ? [nameZh] : [])]);
  for (const alias of aliases) batch.add("ChipAlias", [makeId("ha", counters.alias++), chip.id, alias, normalizeName(alias)]);

  if (chip.kind === "series") return;
  // Plausible values, in the units the seed stores (TFLOPS, TOPS, GB, TB/s, W); about one
  // value in eight is left unknown (no row), as real datasheets leave gaps.
  const year = new Date(announcedOn).getUTCFullYear();
  const age = (year - 2019) / 7;
  const count = chip.kind === "system" ? Number(model.split(" ")[1]) : 1;
  const bf16 = round(rng.int(40, 250) * (1 + 4 * age) * count, 1);
  const fp8 = age > 0.4 ? rng.chance(0.6 + age * 0.3) : rng.chance(0.1);
  const [memoryType, bwMin, bwMax] = rng.pick(MEMORY_TYPES);
  const memoryPerChip = rng.pick([16, 24, 32, 48, 64, 96, 128, 141, 192]);
  const values: Partial<Record<SpecMetric, number | string | boolean>> = {
    bf16_tflops: bf16,
    fp8_support: fp8,
    ...(fp8 ? { fp8_tflops: round(bf16 * 2, 1) } : {}),
    int8_tops: round(bf16 * rng.pick([1, 2, 2, 2, 4]), 0),
    memory_gb: memoryPerChip * count,
    memory_type: memoryType,
    memory_bandwidth_tbs: round((bwMin + rng.next() * (bwMax - bwMin)) * count, 2),
    tdp_w: rng.int(3, 40) * 25 * count,
    interconnect: `${chip.vendor.brand.latin}Link ${rng.pick([100, 200, 392, 400, 600, 784])} GB/s x${rng.pick([4, 8, 16])}`,
    ...(chip.kind === "system" ? { chip_count: count } : {}),
  };
  for (const [metric, value] of Object.entries(values) as [SpecMetric, number | string | boolean][]) {
    if (metric !== "bf16_tflops" && rng.chance(0.12)) continue;
    batch.add("ChipSpec", [
      makeId("sp", counters.spec++),
      chip.id,
      metric,
      typeof value === "number" ? value : null,
      typeof value === "string" ? value : null,
      typeof value === "boolean" ? value : null,
      SPEC_METRICS[metric].unit,
      SYNTH_SOURCE_NAME,
      null,
      null,
      "Synthetic value, not a real specification.",
    ] satisfies Row);
  }
}

const ACTION_SENTENCES: Record<EventAction, (a: string, company: string, chip: string) => { en: string; fr: string; title: string }> = {
  rule: (a) => ({
    en: `${a} published a rule tightening controls on exports of advanced computing chips.`,
    fr: `${a} a publié une règle qui durcit le contrôle des exportations de puces de calcul avancées.`,
    title: `${a} tightens controls on advanced computing chips`,
  }),
  licence_decision: (a, company, chip) => ({
    en: `${a} granted ${company} a licence to ship ${chip} to customers in China.`,
    fr: `${a} a accordé à ${company} une licence pour livrer ${chip} à des clients en Chine.`,
    title: `${a} licenses ${company} to ship ${chip}`,
  }),
  entity_listing: (a, company) => ({
    en: `${a} added ${company} to its entity list, cutting it off from foreign suppliers.`,
    fr: `${a} a inscrit ${company} sur sa liste d’entités, la privant de fournisseurs étrangers.`,
    title: `${a} adds ${company} to its entity list`,
  }),
  guidance_warning: (a, company, chip) => ({
    en: `${a} warned that using ${chip} from ${company} anywhere in the world may breach its export rules.`,
    fr: `${a} a averti que l’utilisation de ${chip} de ${company} partout dans le monde pourrait enfreindre ses règles d’exportation.`,
    title: `${a} warns against using ${chip}`,
  }),
  purchase_guidance: (a, company, chip) => ({
    en: `${a} told state-linked buyers to stop ordering ${chip} and to favour suppliers such as ${company}.`,
    fr: `${a} a demandé aux acheteurs liés à l’État de cesser de commander ${chip} et de privilégier des fournisseurs comme ${company}.`,
    title: `${a} steers buyers away from ${chip}`,
  }),
  subsidy_fund: (a, company) => ({
    en: `${a} announced a fund to support domestic chip designers such as ${company}.`,
    fr: `${a} a annoncé un fonds pour soutenir des concepteurs de puces nationaux comme ${company}.`,
    title: `${a} funds domestic chip designers`,
  }),
  other: (a, company) => ({
    en: `${a} opened a review of chip supply arrangements involving ${company}.`,
    fr: `${a} a ouvert un examen des accords d’approvisionnement en puces impliquant ${company}.`,
    title: `${a} reviews chip supply arrangements of ${company}`,
  }),
};

/**
 * Export-control events and the sources that will quote them: `quotesBySource` maps a source
 * index to the events whose sentence that article carries (EventSource rows are written with it).
 */
export function buildEvents(plan: SynthPlan, land: Landscape, rng: Rng, batch: Batch): { events: SynEvent[]; quotesBySource: Map<number, SynEvent[]> } {
  const events: SynEvent[] = [];
  const quotesBySource = new Map<number, SynEvent[]>();
  for (let i = 0; i < plan.events; i++) {
    const regulator = land.regulators.draw(rng);
    const jurisdiction: Jurisdiction = regulator.country === "US" ? "US" : regulator.country === "CN" ? "CN" : "other";
    const action = rng.pick(EVENT_ACTIONS);
    const vendors = new Map<string, SynCompany>();
    const count = rng.weighted([[1, 60], [2, 25], [3, 15]] as const);
    for (let k = 0; k < count; k++) {
      const v = land.vendors.draw(rng);
      vendors.set(v.id, v);
    }
    const first = [...vendors.values()][0];
    const chip = land.chipsByVendor.get(first.id)!.draw(rng);
    const mentionsChip = action === "licence_decision" || action === "guidance_warning" || action === "purchase_guidance";
    const text = ACTION_SENTENCES[action](regulator.name, first.name, chip.name);

    const sourceIndexes = new Set<number>();
    const quoteCount = Math.min(plan.sources, rng.int(1, 3));
    while (sourceIndexes.size < quoteCount) sourceIndexes.add(rng.int(0, plan.sources - 1));
    const earliest = Math.min(...sourceIndexes);
    const date = sourceBaseDay(earliest, plan.sources) - rng.int(1, 20) * DAY;
    const event: SynEvent = { id: makeId("ev", i), sentence: { en: text.en, fr: text.fr } };
    events.push(event);
    for (const s of sourceIndexes) quotesBySource.set(s, [...(quotesBySource.get(s) ?? []), event]);

    const at = LOADED_AT + i * 1000;
    batch.add("ExportControlEvent", [
      event.id,
      `syn-event-${String(i + 1).padStart(5, "0")}-${slugify(text.title).slice(0, 60).replace(/-+$/, "")}`,
      date,
      rng.chance(0.5) ? date + rng.int(0, 60) * DAY : null,
      "day",
      SYNTH_SOURCE_NAME,
      null,
      jurisdiction,
      regulator.name,
      action,
      text.title,
      "Synthetic event generated by Chipwatch db:synth; not a real export-control action.",
      rng.chance(0.95) ? "published" : "draft",
      1,
      at,
      at,
    ]);
    for (const v of vendors.values()) batch.add("EventCompany", [event.id, v.id]);
    if (mentionsChip) batch.add("EventChip", [event.id, chip.id]);
  }
  return { events, quotesBySource };
}
