import { describe, expect, it } from "vitest";
import { CLAIM_KINDS } from "@/lib/constants";
import type { AliasTable } from "@/lib/extract/aliases";
import { CLAIM_CUES, EVENT_CUES, classifyClaim, findEventCues, findJurisdictionHints, jurisdictionOf } from "@/lib/extract/cues";
import { findDate } from "@/lib/extract/dates";
import { suggest } from "@/lib/extract/suggest";

describe("claim cue classifier", () => {
  // one French and one English sentence per kind; the strongest cue decides
  const examples: [string, string, string][] = [
    ["adoption", "Tencent a déployé des serveurs Ascend dans ses centres de données.", "Tencent has adopted Ascend servers for inference."],
    ["testing", "Des tests effectués par ByteDance ont porté sur la puce.", "ByteDance is testing the new accelerator."],
    ["order", "Alibaba a passé une commande de 10 000 puces.", "ByteDance ordered thousands of chips."],
    [
      "non_adoption",
      "Les trois leaders n'ont pas encore passé de commandes significatives.",
      "The cloud providers declined to buy the chip in bulk.",
    ],
    ["training_on", "iFlytek a formé son modèle exclusivement sur des puces Huawei.", "DeepSeek trained its model on Nvidia GPUs."],
    ["performance_issue", "Les clients signalent des problèmes de surchauffe.", "Users report overheating and instability."],
    ["revenue", "Cambricon a enregistré un chiffre d'affaires record.", "Nvidia's revenue from China fell."],
    ["pricing", "Huawei a dû augmenter le prix de la puce.", "The price of the H20 went up."],
    ["supply", "La puce est fabriquée dans une fonderie chinoise.", "Supply of HBM remains tight at the foundry."],
    [
      "policy_pressure",
      "Le gouvernement chinois encourage les entreprises locales à acheter chinois.",
      "The government urged firms to buy domestic chips, under sanctions pressure.",
    ],
  ];

  it.each(examples)("%s: French and English", (kind, french, english) => {
    expect(classifyClaim(french).kind).toBe(kind);
    expect(classifyClaim(english).kind).toBe(kind);
  });

  it("lets a negation outweigh the verb it negates, and says which cue decided", () => {
    const result = classifyClaim("ByteDance n’a pas commandé de puces Ascend.");
    expect(result.kind).toBe("non_adoption");
    expect(result.cue).toMatchObject({ label: "n'ont pas … commandé / adopté / utilisé", text: "n’a pas commandé" });
    expect(classifyClaim("Baidu has not ordered any.").kind).toBe("non_adoption");
    expect(classifyClaim("Ils sont prudents quant à l'achat d'Ascend.").kind).toBe("non_adoption");
  });

  it("gives offsets into the sentence as written, accents and curly apostrophes included", () => {
    const sentence = "Les inquiétudes persistent quant à l’approvisionnement en puces.";
    const { cue } = classifyClaim(sentence);
    expect(cue?.kind).toBe("supply");
    expect(sentence.slice(cue!.start, cue!.end)).toBe("l’approvisionnement".slice(2));
  });

  it("is plain data: every cue names a known kind, and a cue with no match is no kind", () => {
    for (const cue of CLAIM_CUES) expect(CLAIM_KINDS).toContain(cue.kind);
    expect(EVENT_CUES.length).toBeGreaterThan(5);
    expect(classifyClaim("Le temps était beau hier.")).toMatchObject({ kind: null, cue: null, cues: [] });
  });

  it("does not take 'en train de' for training", () => {
    expect(classifyClaim("Huawei est en train de changer.").kind).toBeNull();
  });
});

describe("event cues, jurisdiction and dates", () => {
  it("finds export-control cues and the jurisdiction they point to", () => {
    const us = "Washington a durci ses contrôles à l'exportation.";
    expect(findEventCues(us).map((c) => c.label)).toContain("contrôles (à l'exportation) / controls");
    expect(jurisdictionOf(findJurisdictionHints(us))).toBe("US");
    const cn = "Pékin demande aux acheteurs de s'abstenir.";
    expect(findEventCues(cn).find((c) => c.strength === "strong")?.action).toBe("purchase_guidance");
    expect(jurisdictionOf(findJurisdictionHints(cn))).toBe("CN");
    expect(jurisdictionOf(findJurisdictionHints("The U.S. added them to the entity list."))).toBe("US");
    // "us" the pronoun is not the United States
    expect(findJurisdictionHints("Tell us more.")).toEqual([]);
  });

  it("reads a date only when the text states one", () => {
    expect(findDate("Le 13 mai 2025, le BIS a publié un avertissement.")).toMatchObject({ value: "2025-05-13", precision: "day", text: "13 mai 2025" });
    expect(findDate("On May 13, 2025 the BIS warned.")).toMatchObject({ value: "2025-05-13", precision: "day" });
    expect(findDate("Rule of 2023-10-17.")).toMatchObject({ value: "2023-10-17", precision: "day" });
    expect(findDate("Washington a durci ses contrôles en octobre 2023.")).toMatchObject({ value: "2023-10-01", precision: "month", text: "octobre 2023" });
    expect(findDate("The rule of October 2023 and December 2, 2024.")).toMatchObject({ value: "2023-10-01", precision: "month" });
    expect(findDate("Since December 2, 2024.")).toMatchObject({ value: "2024-12-02", precision: "day" });
    expect(findDate("商务部于2025年5月13日发布。")).toMatchObject({ value: "2025-05-13", precision: "day" });
    expect(findDate("Le 1er février 2024, rien.")).toMatchObject({ value: "2024-02-01", precision: "day" });
    // relative dates, bare years and impossible days give nothing
    expect(findDate("En octobre de l’année dernière, Washington a durci ses contrôles.")).toBeNull();
    expect(findDate("En 2023, les contrôles ont changé.")).toBeNull();
    expect(findDate("Le 31 février 2024.")).toBeNull();
  });
});

const table: AliasTable = {
  companies: [
    { slug: "huawei", name: "Huawei", aliases: ["Huawei"], roles: ["chip_vendor"] },
    { slug: "nvidia", name: "Nvidia", aliases: ["Nvidia"], roles: ["chip_vendor"] },
    { slug: "bytedance", name: "ByteDance", aliases: ["ByteDance"], roles: ["customer"] },
    { slug: "alibaba", name: "Alibaba", aliases: ["Alibaba"], roles: ["customer"] },
    { slug: "the-information", name: "The Information", aliases: ["The Information"], roles: ["analyst_press"] },
    { slug: "us-government", name: "US government", aliases: ["Washington"], roles: ["government"] },
    { slug: "chinese-government", name: "Chinese government", aliases: ["Pékin", "Beijing"], roles: ["government"] },
  ],
  chips: [
    { slug: "ascend", name: "Ascend", vendorSlug: "huawei", aliases: ["Ascend"] },
    { slug: "ascend-910c", name: "Ascend 910C", vendorSlug: "huawei", aliases: ["Ascend 910C"] },
    { slug: "h20", name: "H20", vendorSlug: "nvidia", aliases: ["H20"] },
  ],
};

describe("suggest", () => {
  it("proposes a claim with the subject, the chips, the kind of the strongest cue and the sentence as exact quote", () => {
    const text =
      "Titre\n\nSelon The Information, des tests effectués par ByteDance et Alibaba ont révélé des problèmes de surchauffe dans la puce Ascend 910C de Huawei. Il faisait beau.";
    const { claims } = suggest(text, table);
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    // the subject is the first company that is neither the chip's vendor nor the press
    expect(claim).toMatchObject({ kind: "performance_issue", company: "bytedance", chips: ["ascend-910c"] });
    expect(claim.companies).toEqual(["the-information", "alibaba", "huawei"]);
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.quote.startsWith("Selon The Information")).toBe(true);
    expect(claim.quote.endsWith("de Huawei.")).toBe(true);
    expect(claim.cues.map((c) => c.text)).toEqual(expect.arrayContaining(["tests effectués", "problèmes de surchauffe"]));
  });

  it("takes the chip's vendor as subject when no other company is named", () => {
    const [claim] = suggest("Les puces Ascend souffrent de nombreux bugs.", table).claims;
    expect(claim).toMatchObject({ kind: "performance_issue", company: "huawei", chips: ["ascend"] });
  });

  it("needs a company or chip and a cue; a weak hint only next to a chip or a chip vendor", () => {
    expect(suggest("Des tests ont révélé des problèmes de surchauffe.", table).claims).toEqual([]);
    expect(suggest("ByteDance a publié ses comptes.", table).claims).toEqual([]);
    expect(suggest("ByteDance domine le marché.", table).claims).toEqual([]);
    expect(suggest("Huawei domine le marché.", table).claims).toMatchObject([{ kind: "other", company: "huawei" }]);
  });

  it("reads a sentence that refers back together with the one before it", () => {
    const text = "Huawei a déployé des ingénieurs chez ses clients.\n\nL’entreprise a ainsi mis en place un portail.";
    const [claim] = suggest(text, table).claims;
    expect(claim.quote).toBe(text);
    expect(claim.reason).toContain("2 sentences read together");
  });

  it("proposes events, dated only when the sentence gives a date", () => {
    const text =
      "Le 13 mai 2025, le Département du Commerce américain a publié un avertissement sur les puces Ascend. En octobre de l’année dernière, Washington a aussi durci ses contrôles. Pékin demande aux acheteurs d'éviter le H20.";
    const { events } = suggest(text, table);
    expect(events.map((e) => [e.jurisdiction, e.action, e.date?.value ?? null])).toEqual([
      ["US", "guidance_warning", "2025-05-13"],
      ["US", "rule", null],
      ["CN", "purchase_guidance", null],
    ]);
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(events[2].chips).toEqual(["h20"]);
  });

  it("does not take a weak event cue without a government for an event", () => {
    expect(suggest("Voir la section Avertissement pour plus de détails. Le fonds a progressé.", table).events).toEqual([]);
  });
});
