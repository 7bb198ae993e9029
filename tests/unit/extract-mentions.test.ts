import { describe, expect, it } from "vitest";
import type { AliasTable } from "@/lib/extract/aliases";
import { compileMatcher, findMentions, type Mention } from "@/lib/extract/mentions";

// A small alias table in the shape loadAliasTable reads from the database.
const table: AliasTable = {
  companies: [
    { slug: "huawei", name: "Huawei", aliases: ["Huawei", "华为", "Huawei Technologies", "d'Huawei", "d’Huawei"] },
    { slug: "nvidia", name: "Nvidia", aliases: ["Nvidia", "NVIDIA", "NVIDIA Corporation"] },
    { slug: "baidu", name: "Baidu", aliases: ["Baidu", "百度"] },
    { slug: "arm", name: "Arm", aliases: ["Arm", "Arm Holdings"] },
    { slug: "chinese-government", name: "Chinese government", aliases: ["Chinese government", "Pékin", "Beijing", "gouvernement chinois"] },
    { slug: "us-commerce-department", name: "US Department of Commerce", aliases: ["US Department of Commerce", "BIS"] },
    { slug: "enflame", name: "Enflame", aliases: ["Enflame", "燧原"] },
    { slug: "gate", name: "Gate", aliases: ["Gate"], roles: ["analyst_press"] },
  ],
  chips: [
    { slug: "ascend", name: "Ascend", vendorSlug: "huawei", aliases: ["Ascend", "昇腾", "Huawei Ascend"] },
    { slug: "ascend-910c", name: "Ascend 910C", vendorSlug: "huawei", aliases: ["Ascend 910C", "昇腾910C", "910C", "Ascend910C"] },
    { slug: "h20", name: "H20", vendorSlug: "nvidia", aliases: ["H20", "HGX H20"] },
    { slug: "h100", name: "H100", vendorSlug: "nvidia", aliases: ["H100", "NVIDIA H100"] },
    { slug: "kunlun", name: "Kunlun", vendorSlug: "baidu", aliases: ["Kunlun"] },
    { slug: "kunlun-p800", name: "Kunlun P800", vendorSlug: "baidu", aliases: ["Kunlun P800", "P800"] },
    { slug: "yunsui-t21", name: "Yunsui T21", vendorSlug: "enflame", aliases: ["Yunsui T21", "T21", "21"] },
  ],
};

const found = (text: string) => findMentions(text, table);
const entities = (text: string) => found(text).map((m) => (m.entity ? `${m.entity.type}:${m.entity.slug}` : `new:${m.text}`));
const texts = (text: string) => found(text).map((m) => m.text);

function expectExactOffsets(text: string, mentions: Mention[]) {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe("findMentions: known names and aliases", () => {
  it("folds case and accents, and needs a capital where the alias has one", () => {
    expect(entities("Nvidia, NVIDIA et NVIDIA Corporation")).toEqual(["company:nvidia", "company:nvidia", "company:nvidia"]);
    expect(entities("PÉKIN, Pekin, Pékin et Beijing")).toEqual(Array(4).fill("company:chinese-government"));
    // an alias written with capitals is a name: "the gate" is not the company Gate, "ascend" is a verb
    expect(entities("They walked through the gate to ascend the hill.")).toEqual([]);
    expect(entities("Gate published it.")).toEqual(["company:gate"]);
    // a short acronym needs capitals throughout: the French "bis" is not BIS
    expect(entities("au 12 bis, rue; the BIS rule")).toEqual(["company:us-commerce-department"]);
  });

  it("finds names after French elisions (straight or curly apostrophe) and before an English possessive", () => {
    const text = "les puces d'Huawei, le logiciel d’Huawei, l'Ascend 910C, qu’Nvidia et Huawei's chips";
    const mentions = found(text);
    expect(mentions.map((m) => m.text)).toEqual(["Huawei", "Huawei", "Ascend 910C", "Nvidia", "Huawei"]);
    expect(mentions[0].reason).toContain("after the elision “d'”");
    expect(mentions[1].reason).toContain("after the elision “d’”");
    expect(mentions[4].reason).toContain("possessive");
    expectExactOffsets(text, mentions);
  });

  it("finds Chinese names, with or without a space before the model number", () => {
    const text = "华为发布了昇腾910C，百度也在测试昇腾 910C和昇腾系列。";
    expect(entities(text)).toEqual(["company:huawei", "chip:ascend-910c", "company:baidu", "chip:ascend-910c", "chip:ascend"]);
    expectExactOffsets(text, found(text));
    // Latin names inside Chinese text need no spaces around them
    expect(entities("百度使用Nvidia的H20芯片")).toEqual(["company:baidu", "company:nvidia", "chip:h20"]);
  });

  it("lets the longest match win on overlaps", () => {
    expect(entities("Ascend 910C")).toEqual(["chip:ascend-910c"]);
    expect(entities("la puce Kunlun P800 et la ligne Kunlun")).toEqual(["chip:kunlun-p800", "chip:kunlun"]);
    expect(entities("Huawei Technologies a dit")).toEqual(["company:huawei"]);
    expect(texts("Ascend910C or 910C or the Ascend line")).toEqual(["Ascend910C", "910C", "Ascend"]);
  });

  it("keeps the vendor and the chip apart in a vendor-prefixed name", () => {
    // "Huawei Ascend" is an alias of the product line; it must not swallow "Huawei" and leave "910C"
    expect(entities("Huawei Ascend 910C chips")).toEqual(["company:huawei", "chip:ascend-910c"]);
    expect(entities("Huawei Ascend chips")).toEqual(["company:huawei", "chip:ascend"]);
    expect(entities("the NVIDIA H100")).toEqual(["company:nvidia", "chip:h100"]);
  });

  it("respects word boundaries for Latin names", () => {
    expect(entities("Pharmacy chains and Armada ships")).toEqual([]);
    expect(entities("Arm designs cores; Arm's licences")).toEqual(["company:arm", "company:arm"]);
    // (H200 is not in this table: it is offered as a possible new chip, never taken for the H20)
    expect(entities("H200 and H2O are not H20")).toEqual(["new:H200", "chip:h20"]);
    expect(entities("EnflameX, NvidiaCorp")).toEqual([]);
    // plural model numbers still name the chip
    expect(texts("thousands of H100s")).toEqual(["H100"]);
  });

  it("does not match a chip alias that is a bare number or a short model number on its own", () => {
    expect(entities("21 chips and the T21 card")).toEqual([]);
    expect(entities("the Yunsui T21 card")).toEqual(["chip:yunsui-t21"]);
    // 4 characters with a letter and a digit may match alone
    expect(entities("the 910C and the P800")).toEqual(["chip:ascend-910c", "chip:kunlun-p800"]);
    const skipped = compileMatcher(table).skipped.map((s) => `${s.alias}: ${s.why}`);
    expect(skipped).toContain("21: a bare number");
    expect(skipped).toContain("T21: a model number shorter than 4 characters");
  });

  it("explains each match with the alias that matched", () => {
    const [m] = found("NVIDIA");
    expect(m).toMatchObject({ entity: { type: "company", slug: "nvidia" }, matchedAlias: "NVIDIA" });
    expect(m.reason).toContain("alias “NVIDIA” of company nvidia");
  });
});

describe("findMentions: unknown product-like names", () => {
  it("offers capitalised names followed by a model number as possible new chips", () => {
    const text = "Cambricon ships the Siyuan 690; Moore Threads the MTT S5000; Biren the BR200; and 寒武纪思元690芯片.";
    const unknown = found(text).filter((m) => m.entity === null);
    expect(unknown.map((m) => m.text)).toEqual(["Siyuan 690", "MTT S5000", "BR200", "思元690"]);
    expect(unknown.every((m) => m.matchedAlias === null && m.reason.startsWith("unknown product-like name"))).toBe(true);
    expectExactOffsets(text, unknown);
  });

  it("offers a new model of a known product line, and says which line it extends", () => {
    const [m] = found("Baidu is testing the Kunlun P900.").filter((x) => x.entity === null);
    expect(m.text).toBe("Kunlun P900");
    expect(m.reason).toContain("extends the known “Kunlun” (chip kunlun)");
    // a known vendor before a known chip stays two known mentions
    expect(entities("Nvidia H20 sales")).toEqual(["company:nvidia", "chip:h20"]);
  });

  it("does not take dates, amounts, rankings or standards for product names", () => {
    const text =
      "Le Top 10 des PC. En octobre 2023, Environ 300 millions de dollars. Since May 2025 the COVID-19 rules, FP8 support and 384 chips. 2025年10月 发布。";
    expect(found(text)).toEqual([]);
  });
});

describe("findMentions: offsets and speed", () => {
  it("gives exact offsets in text with accents, curly quotes, non-breaking spaces and astral characters", () => {
    const text = "« L’Ascend\u00A0910C d’Huawei » 😀 — NVIDIA\u202FCorporation, 𠀀华为 et Pékin.";
    const mentions = found(text);
    expect(mentions.map((m) => m.text)).toEqual(["Ascend\u00A0910C", "Huawei", "NVIDIA\u202FCorporation", "华为", "Pékin"]);
    expectExactOffsets(text, mentions);
  });

  it("works on decomposed accents (NFD) without cutting a character in two", () => {
    const text = "Pe\u0301kin a parle\u0301";
    const [m] = found(text);
    expect(m.text).toBe("Pe\u0301kin");
    expectExactOffsets(text, [m]);
  });
});
