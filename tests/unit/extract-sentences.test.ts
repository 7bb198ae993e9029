import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/extract/sentences";

const split = (text: string) => {
  const sentences = splitSentences(text);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
};

describe("splitSentences", () => {
  it("splits on French and English terminal punctuation", () => {
    expect(split("Huawei teste. Nvidia attend ! Qui gagnera ? Personne… Fin")).toEqual([
      "Huawei teste.",
      "Nvidia attend !",
      "Qui gagnera ?",
      "Personne…",
      "Fin",
    ]);
    expect(split("It ships now. Does it? Yes! Good.")).toEqual(["It ships now.", "Does it?", "Yes!", "Good."]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(split("M. Ren a parlé avec Mme. Lin. Dr. Su et Dr Huang sont d'accord.")).toEqual([
      "M. Ren a parlé avec Mme. Lin.",
      "Dr. Su et Dr Huang sont d'accord.",
    ]);
    expect(split("The U.S. Commerce Department acted. J. Huang replied, e.g. on CNBC.")).toEqual([
      "The U.S. Commerce Department acted.",
      "J. Huang replied, e.g. on CNBC.",
    ]);
  });

  it("keeps decimals, tickers and web names whole", () => {
    expect(split("Un fonds de 8,4 milliards. Revenue rose 8.4% at Alibaba (NYSE:BABA) and Investing.com said so.")).toEqual([
      "Un fonds de 8,4 milliards.",
      "Revenue rose 8.4% at Alibaba (NYSE:BABA) and Investing.com said so.",
    ]);
  });

  it("keeps closing quotes and guillemets with their sentence, and a quotation that goes on in one piece", () => {
    expect(split('Huawei "a du mal à convaincre". Il a dit « Nous testons. Puis nous verrons. » Ensuite rien.')).toEqual([
      'Huawei "a du mal à convaincre".',
      "Il a dit « Nous testons. Puis nous verrons. »",
      "Ensuite rien.",
    ]);
    expect(split('"Si DeepSeek adopte les puces. Mais ce n\'est pas le cas", a déclaré Lin. Fin.')).toEqual([
      '"Si DeepSeek adopte les puces. Mais ce n\'est pas le cas", a déclaré Lin.',
      "Fin.",
    ]);
    expect(split("« Nous testons. » Puis « nous verrons ».")).toEqual(["« Nous testons. »", "Puis « nous verrons »."]);
  });

  it("ends a sentence at a line break and a paragraph at a blank line, but joins hard-wrapped lines", () => {
    const text = "La domination de Nvidia\n\nHuawei progresse\nmais lentement.\nUn titre\n- un point de liste\n";
    expect(split(text)).toEqual(["La domination de Nvidia", "Huawei progresse", "mais lentement.", "Un titre", "un point de liste"]);
    const wrapped = "Alibaba is testing a new inference processor made in a Chinese\nfoundry rather than at TSMC. Baidu tests.";
    expect(split(wrapped)).toEqual([
      "Alibaba is testing a new inference processor made in a Chinese\nfoundry rather than at TSMC.",
      "Baidu tests.",
    ]);
    const paragraphs = splitSentences("Un. Deux.\n\nTrois.").map((s) => s.paragraph);
    expect(paragraphs).toEqual([0, 0, 1]);
  });

  it("splits Chinese on 。！？ without spaces", () => {
    expect(split("华为发布了新芯片。它很快！真的吗？是的")).toEqual(["华为发布了新芯片。", "它很快！", "真的吗？", "是的"]);
  });

  it("leaves out list markers and surrounding whitespace", () => {
    expect(split("  • Huawei se positionne.\n  • Nvidia domine.\n1. Premier point.")).toEqual([
      "Huawei se positionne.",
      "Nvidia domine.",
      "Premier point.",
    ]);
    expect(split("   \n\n  ")).toEqual([]);
  });
});
