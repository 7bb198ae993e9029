// The seeded chips against the reference datasets they are taken from (copies under
// prisma/seed-data/reference): every value must be the dataset's, converted as chips.ts says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHIP_KINDS, CHIP_STATUSES, DATE_PRECISIONS, SPEC_METRICS, type SpecMetric } from "@/lib/constants";
import { normalizeName } from "@/lib/normalize";
import { chips, EPOCH_SOURCE_NAME, EVOKERNEL_SOURCE_NAME } from "@/prisma/seed-data/chips";
import { companies } from "@/prisma/seed-data/companies";
import { locateQuote, prepareSources } from "@/prisma/seed-data/load";
import { referenceVendors } from "@/prisma/seed-data/reference-vendors";
import type { SeedChip, SeedSpec } from "@/prisma/seed-data/types";

type CsvRow = Record<string, string>;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): CsvRow[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records;
  return rows.map((cells) => {
    if (cells.length !== header.length) throw new Error(`CSV row has ${cells.length} cells, header has ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}

const referenceDir = path.join(process.cwd(), "prisma", "seed-data", "reference");
const epochRows = parseCsv(readFileSync(path.join(referenceDir, "epoch-ml-hardware-2024.csv"), "utf8"));
const evokernelRows = parseCsv(readFileSync(path.join(referenceDir, "evokernel-accelerators.csv"), "utf8"));

function epochRow(name: string): CsvRow {
  const row = epochRows.find((r) => r["Name of the hardware"] === name);
  if (!row) throw new Error(`no Epoch row "${name}"`);
  return row;
}
function evokernelRow(id: string): CsvRow {
  const row = evokernelRows.find((r) => r.id === id);
  if (!row) throw new Error(`no EvoKernel row "${id}"`);
  return row;
}
function chip(slug: string): SeedChip {
  const found = chips.find((c) => c.slug === slug);
  if (!found) throw new Error(`no chip "${slug}"`);
  return found;
}
function spec(slug: string, metric: SpecMetric): SeedSpec | undefined {
  return chip(slug).specs.find((s) => s.metric === metric);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const firstUrl = (cell: string) => cell.match(/https?:\/\/[^\s;]+/)?.[0];

/** Which dataset rows each chip is taken from: the test's own record of the mapping. */
const ROWS: Record<string, { epoch?: string; evokernel?: string }> = {
  "ascend-910": { epoch: "Huawei Ascend 910" },
  "ascend-910b": { epoch: "Huawei Ascend 910B", evokernel: "ascend-910b" },
  "ascend-910b1-v1": { epoch: "Huawei Ascend 910B1 (v1)" },
  "ascend-910b1-v2": { epoch: "Huawei Ascend 910B1 (v2)" },
  "ascend-910b2": { epoch: "Huawei Ascend 910B2" },
  "ascend-910b3": { epoch: "Huawei Ascend 910B3" },
  "ascend-910b4": { epoch: "Huawei Ascend 910B4" },
  "ascend-910b-pro": { epoch: "Huawei Ascend 910B Pro" },
  "ascend-910c": { evokernel: "ascend-910c" },
  "ascend-910d": { evokernel: "ascend-910d" },
  "ascend-950": { evokernel: "ascend-950" },
  h20: { epoch: "NVIDIA HGX H20" },
  h100: { epoch: "NVIDIA H100 SXM5 80GB", evokernel: "h100-sxm5" },
  h800: { epoch: "NVIDIA H800" },
  a100: { epoch: "NVIDIA A100 SXM4 80 GB", evokernel: "a100-sxm4" },
  h200: { evokernel: "h200-sxm" },
  b200: { evokernel: "b200-sxm" },
  "gb200-nvl72": { evokernel: "gb200-nvl72" },
  "hanguang-800": { evokernel: "pingtouge-hanguang-800" },
  "siyuan-590": { evokernel: "mlu590" },
  mlu220: { evokernel: "mlu220" },
  mlu290: { evokernel: "mlu290" },
  "mlu370-x8": { evokernel: "mlu370-x8" },
  br100: { evokernel: "br100" },
  br104: { evokernel: "br104" },
  "yunsui-t21": { evokernel: "enflame-t21" },
  "dcu-k100": { evokernel: "dcu-k100" },
  "dcu-z100": { evokernel: "dcu-z100" },
  "bi-v150": { evokernel: "iluvatar-bi-150" },
  "tianhe-100": { evokernel: "iluvatar-bi" },
  c500: { evokernel: "metax-c500" },
  "mtt-s4000": { evokernel: "mtt-s4000" },
  "mtt-s5000": { evokernel: "mtt-s5000" },
  bm1684x: { evokernel: "bm1684x" },
};

type Expected = Partial<Record<SpecMetric, SeedSpec["value"]>>;

function fromEpoch(row: CsvRow): Expected {
  const values: Expected = {};
  const perSecond = row["Tensor-FP16 performance (FLOP/s)"] || row["FP16 (half precision) performance (FLOP/s)"];
  if (perSecond) values.bf16_tflops = round3(Number(perSecond) / 1e12);
  if (row["INT8 performance (OP/s)"]) values.int8_tops = round3(Number(row["INT8 performance (OP/s)"]) / 1e12);
  if (row["Memory size per board (Byte)"]) values.memory_gb = round3(Number(row["Memory size per board (Byte)"]) / 1e9);
  if (row["Memory bandwidth (byte/s)"]) {
    values.memory_bandwidth_tbs = round3(Number(row["Memory bandwidth (byte/s)"]) / 1e12);
  }
  if (row["TDP (W)"]) values.tdp_w = Number(row["TDP (W)"]);
  return values;
}

function fromEvokernel(row: CsvRow): Expected {
  const values: Expected = {};
  const bf16 = row.bf16_tflops || row.fp16_tflops;
  if (bf16) values.bf16_tflops = Number(bf16);
  if (row.fp8_tflops) {
    values.fp8_support = true;
    values.fp8_tflops = Number(row.fp8_tflops);
  }
  if (row.int8_tops) values.int8_tops = Number(row.int8_tops);
  if (row.memory_gb) values.memory_gb = Number(row.memory_gb);
  if (row.memory_type) values.memory_type = row.memory_type;
  if (row.memory_bandwidth_gbps) values.memory_bandwidth_tbs = round3(Number(row.memory_bandwidth_gbps) / 1000);
  if (row.tdp_w) values.tdp_w = Number(row.tdp_w);
  if (row.scale_up) values.interconnect = row.scale_up;
  return values;
}

const REQUIRED: Record<string, { vendor: string; kind: (typeof CHIP_KINDS)[number] }> = {
  "ascend-910c": { vendor: "huawei", kind: "accelerator" },
  "ascend-910b": { vendor: "huawei", kind: "accelerator" },
  "cloudmatrix-384": { vendor: "huawei", kind: "system" },
  ascend: { vendor: "huawei", kind: "series" },
  h20: { vendor: "nvidia", kind: "accelerator" },
  h100: { vendor: "nvidia", kind: "accelerator" },
  blackwell: { vendor: "nvidia", kind: "series" },
  "kunlun-p800": { vendor: "baidu", kind: "accelerator" },
  kunlun: { vendor: "baidu", kind: "series" },
  "siyuan-590": { vendor: "cambricon", kind: "accelerator" },
  zhenwu: { vendor: "alibaba", kind: "accelerator" },
  "hanguang-800": { vendor: "alibaba", kind: "accelerator" },
};

describe("seeded chips: integrity", () => {
  it("has unique kebab-case slugs", () => {
    const slugs = chips.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("names a known company as every chip's vendor", () => {
    const companySlugs = new Set(companies.map((c) => c.slug));
    for (const c of chips) expect(companySlugs, `${c.slug} → ${c.vendor}`).toContain(c.vendor);
  });

  it("has the chips the articles name, with their vendor and kind", () => {
    for (const [slug, { vendor, kind }] of Object.entries(REQUIRED)) {
      expect({ slug, vendor: chip(slug).vendor, kind: chip(slug).kind }).toEqual({ slug, vendor, kind });
    }
  });

  it("uses only the listed kinds, statuses and date precisions, with a source for every date", () => {
    for (const c of chips) {
      expect(CHIP_KINDS).toContain(c.kind);
      if (c.status) expect(CHIP_STATUSES).toContain(c.status);
      for (const date of [c.announcedOn, c.releasedOn]) {
        if (!date) continue;
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(date)), `${c.slug} ${date}`).toBe(false);
        expect(DATE_PRECISIONS).toContain(c.datePrecision);
        expect(c.dateSourceName, c.slug).toBeTruthy();
      }
    }
  });

  it("gives no alias to two chips", () => {
    const owner = new Map<string, string>();
    for (const c of chips) {
      for (const alias of new Set([c.name, ...(c.nameZh ? [c.nameZh] : []), ...c.aliases].map(normalizeName))) {
        expect(owner.get(alias), `"${alias}" names ${owner.get(alias)} and ${c.slug}`).toBeUndefined();
        owner.set(alias, c.slug);
      }
    }
  });

  it("stores every spec under a known metric, with the metric's value type, once per chip", () => {
    for (const c of chips) {
      const metrics = c.specs.map((s) => s.metric);
      expect(new Set(metrics).size, c.slug).toBe(metrics.length);
      for (const s of c.specs) {
        expect(Object.keys(SPEC_METRICS)).toContain(s.metric);
        const type = SPEC_METRICS[s.metric].type;
        const expected = type === "number" ? "number" : type === "text" ? "string" : "boolean";
        expect(typeof s.value, `${c.slug} ${s.metric}`).toBe(expected);
        if (typeof s.value === "number") {
          expect(Number.isFinite(s.value) && s.value > 0, `${c.slug} ${s.metric} = ${s.value}`).toBe(true);
          expect(s.value, `${c.slug} ${s.metric} has float noise`).toBe(round3(s.value));
        }
        if (typeof s.value === "string") expect(s.value.trim(), `${c.slug} ${s.metric}`).not.toBe("");
      }
    }
  });

  it("credits every spec: a source name, and a URL unless it quotes an article", () => {
    for (const c of chips) {
      for (const s of c.specs) {
        expect(s.sourceName, `${c.slug} ${s.metric}`).toBeTruthy();
        if (!s.quote) expect(s.sourceUrl, `${c.slug} ${s.metric}`).toMatch(/^https?:\/\//);
        if (s.sourceName === EPOCH_SOURCE_NAME) expect(s.licence).toBe("CC BY 4.0");
        if (s.sourceName === EVOKERNEL_SOURCE_NAME) {
          expect(s.licence).toBe("CC BY-SA 4.0");
          expect(s.note).toMatch(/^Vendor-reported \(EvoKernel evidence: .+, accessed \d{4}-\d{2}-\d{2}\)$/);
        }
      }
    }
  });

  it("quotes CloudMatrix 384's article specs verbatim from the stored article", () => {
    const texts = new Map(prepareSources().map((s) => [s.slug, s.text]));
    const quoted = chips.flatMap((c) => c.specs.filter((s) => s.quote).map((s) => ({ c, s })));
    expect(quoted.map(({ c, s }) => `${c.slug}:${s.metric}`).sort()).toEqual([
      "cloudmatrix-384:chip_count",
      "cloudmatrix-384:fp8_support",
    ]);
    for (const { c, s } of quoted) expect(() => locateQuote(texts, s.quote!, `${c.slug} ${s.metric}`)).not.toThrow();
    expect(spec("cloudmatrix-384", "chip_count")?.value).toBe(384);
    expect(spec("cloudmatrix-384", "fp8_support")?.value).toBe(false);
  });

  it("gives product lines and chips no dataset covers no specs", () => {
    for (const c of chips.filter((c) => c.kind === "series")) expect(c.specs, c.slug).toEqual([]);
    expect(chip("zhenwu").specs).toEqual([]);
    expect(chip("zhenwu").status).toBeUndefined();
    expect(chip("kunlun-p800").specs).toEqual([]);
  });
});

describe("seeded chips against the reference datasets", () => {
  it("takes a chip from every EvoKernel row, each row once", () => {
    const mapped = Object.values(ROWS).flatMap((r) => (r.evokernel ? [r.evokernel] : []));
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(mapped.sort()).toEqual(evokernelRows.map((r) => r.id).sort());
    for (const slug of Object.keys(ROWS)) expect(() => chip(slug)).not.toThrow();
  });

  it("has no spec from a dataset for a chip the mapping gives no row", () => {
    for (const c of chips.filter((c) => !ROWS[c.slug])) {
      const dataset = c.specs.filter((s) => s.sourceName === EPOCH_SOURCE_NAME || s.sourceName === EVOKERNEL_SOURCE_NAME);
      expect(dataset, c.slug).toEqual([]);
    }
  });

  it.each(Object.entries(ROWS))("%s: every spec is its dataset's value, Epoch AI first", (slug, rows) => {
    const epoch = rows.epoch ? epochRow(rows.epoch) : undefined;
    const evokernel = rows.evokernel ? evokernelRow(rows.evokernel) : undefined;
    const epochValues = epoch ? fromEpoch(epoch) : {};
    const evokernelValues = evokernel ? fromEvokernel(evokernel) : {};
    const expected: Record<string, { value: SeedSpec["value"]; sourceName: string; sourceUrl?: string }> = {};
    for (const [metric, value] of Object.entries(evokernelValues)) {
      expected[metric] = { value, sourceName: EVOKERNEL_SOURCE_NAME, sourceUrl: firstUrl(evokernel!.evidence_urls) };
    }
    for (const [metric, value] of Object.entries(epochValues)) {
      expected[metric] = { value, sourceName: EPOCH_SOURCE_NAME, sourceUrl: firstUrl(epoch!["Link to datasheet"]) };
    }
    const actual = Object.fromEntries(
      chip(slug).specs.map((s) => [s.metric, { value: s.value, sourceName: s.sourceName, sourceUrl: s.sourceUrl }]),
    );
    expect(actual).toEqual(expected);

    // a disagreement keeps Epoch AI's value and shows EvoKernel Spec's in the note
    for (const [metric, value] of Object.entries(epochValues) as [SpecMetric, SeedSpec["value"]][]) {
      const other = evokernelValues[metric];
      if (other !== undefined && other !== value) {
        expect(spec(slug, metric)?.note, `${slug} ${metric}`).toContain(`EvoKernel Spec gives ${other}`);
      }
    }
  });

  it.each(Object.entries(ROWS))("%s: status, release date, node and foundry come from the datasets", (slug, rows) => {
    const epoch = rows.epoch ? epochRow(rows.epoch) : undefined;
    const evokernel = rows.evokernel ? evokernelRow(rows.evokernel) : undefined;
    const c = chip(slug);
    const evokernelStatus = { "in-production": "shipping", discontinued: "discontinued", announced: "announced" };
    // The reference README says the 910D and 950 rows describe announced parts, whatever their status column says.
    const status = ["ascend-910d", "ascend-950"].includes(slug)
      ? "announced"
      : epoch?.["Generally available"] === "Y"
        ? "shipping"
        : evokernel
          ? evokernelStatus[evokernel.status as keyof typeof evokernelStatus]
          : undefined;
    expect(c.status).toBe(status);
    if (epoch?.["Release date"]) {
      expect([c.releasedOn, c.datePrecision, c.dateSourceName]).toEqual([epoch["Release date"], "day", EPOCH_SOURCE_NAME]);
    } else if (evokernel?.release_year) {
      expect([c.releasedOn, c.datePrecision, c.dateSourceName]).toEqual([
        `${evokernel.release_year}-01-01`,
        "year",
        EVOKERNEL_SOURCE_NAME,
      ]);
    } else {
      expect(c.releasedOn).toBeUndefined();
    }
    expect(c.processNode).toBe(epoch?.["Process size (nm)"] ? `${epoch["Process size (nm)"]} nm` : undefined);
    expect(c.foundry).toBe(epoch?.Foundry || undefined);
  });

  it("spot checks: H100, H20 and Siyuan 590 against the raw CSV cells", () => {
    expect(spec("h100", "bf16_tflops")?.value).toBe(989.5);
    expect(spec("h100", "bf16_tflops")?.value).toBe(
      Number(epochRow("NVIDIA H100 SXM5 80GB")["Tensor-FP16 performance (FLOP/s)"]) / 1e12,
    );
    expect(spec("h100", "fp8_tflops")?.value).toBe(Number(evokernelRow("h100-sxm5").fp8_tflops));
    expect(spec("h20", "memory_gb")?.value).toBe(96);
    expect(spec("h20", "memory_gb")?.value).toBe(
      Number(epochRow("NVIDIA HGX H20")["Memory size per board (Byte)"]) / 1e9,
    );
    const mlu590 = evokernelRow("mlu590");
    expect(chip("siyuan-590").nameZh).toBe(mlu590.chinese_names);
    expect(spec("siyuan-590", "bf16_tflops")?.value).toBe(Number(mlu590.bf16_tflops));
    expect(spec("siyuan-590", "int8_tops")?.value).toBe(Number(mlu590.int8_tops));
    expect(spec("siyuan-590", "memory_gb")?.value).toBe(Number(mlu590.memory_gb));
    expect(spec("siyuan-590", "memory_bandwidth_tbs")?.value).toBe(Number(mlu590.memory_bandwidth_gbps) / 1000);
    expect(spec("siyuan-590", "memory_type")?.value).toBe(mlu590.memory_type);
    expect(spec("siyuan-590", "tdp_w")?.value).toBe(Number(mlu590.tdp_w));
    expect(spec("siyuan-590", "interconnect")?.value).toBe(mlu590.scale_up);
    expect(spec("siyuan-590", "fp8_tflops")).toBeUndefined();
  });

  it("lists the Chinese names and aliases of each EvoKernel row as the chip's names", () => {
    for (const [slug, rows] of Object.entries(ROWS)) {
      if (!rows.evokernel) continue;
      const row = evokernelRow(rows.evokernel);
      const c = chip(slug);
      const names = new Set([c.name, c.nameZh, ...c.aliases].filter(Boolean).map((n) => normalizeName(n!)));
      // "BI" (Iluvatar's Tianhe 100) is left out on purpose: a two-letter alias would match unrelated text.
      const dropped = new Set(["BI"]);
      for (const alias of `${row.aliases};${row.chinese_names}`.split(";").map((a) => a.trim()).filter((a) => a && !dropped.has(a))) {
        expect(names, `${slug}: "${alias}"`).toContain(normalizeName(alias));
      }
    }
  });
});

describe("reference vendors", () => {
  it("adds no company the articles already have, and every one makes a seeded chip", () => {
    const slugs = companies.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const v of referenceVendors) {
      expect(v.roles).toEqual(["chip_vendor"]);
      expect(chips.some((c) => c.vendor === v.slug), v.slug).toBe(true);
    }
  });

  it("gives each vendor the site its EvoKernel evidence links point to", () => {
    for (const v of referenceVendors) {
      const rowUrls = chips
        .filter((c) => c.vendor === v.slug)
        .flatMap((c) => (ROWS[c.slug]?.evokernel ? [evokernelRow(ROWS[c.slug].evokernel!).evidence_urls] : []));
      expect(rowUrls.length, v.slug).toBeGreaterThan(0);
      for (const url of rowUrls) expect(new URL(firstUrl(url)!).origin, v.slug).toBe(new URL(v.website!).origin);
    }
  });
});
