import { describe, expect, it } from "vitest";
import { findQuote, quoteMatches } from "@/lib/quotes";

const text = "Huawei a dû augmenter le prix de la puce Ascend 910B.\n\nLe géant chinois a envoyé une équipe chez Baidu, iFlytek et Tencent. « Bien », dit-il ; l’entreprise s’adapte.";

describe("quoteMatches", () => {
  it("accepts only the exact slice", () => {
    const start = text.indexOf("Ascend 910B");
    expect(quoteMatches(text, "Ascend 910B", start, start + 11)).toBe(true);
    expect(quoteMatches(text, "Ascend 910B", start + 1, start + 12)).toBe(false);
    expect(quoteMatches(text, "Ascend 910B", -1, 10)).toBe(false);
    expect(quoteMatches(text, "", 3, 3)).toBe(false);
  });
});

describe("findQuote", () => {
  it("finds an exact quote with accents", () => {
    const span = findQuote(text, "Huawei a dû augmenter le prix")!;
    expect(span.start).toBe(0);
    expect(text.slice(span.start, span.end)).toBe("Huawei a dû augmenter le prix");
  });

  it("tolerates a line break pasted as a space and extra spaces", () => {
    const span = findQuote(text, "puce Ascend 910B.  Le géant   chinois")!;
    expect(span).not.toBeNull();
    expect(span.quote).toBe("puce Ascend 910B.\n\nLe géant chinois");
    expect(text.slice(span.start, span.end)).toBe(span.quote);
  });

  it("tolerates straight quotes and apostrophes for typographic ones", () => {
    const span = findQuote(text, "l'entreprise s'adapte")!;
    expect(span.quote).toBe("l’entreprise s’adapte");
    const guillemets = findQuote(text, '" Bien "')!;
    expect(guillemets.quote).toBe("« Bien »");
  });

  it("refuses a quote that is not in the text", () => {
    expect(findQuote(text, "Huawei a baissé le prix")).toBeNull();
    expect(findQuote(text, "   ")).toBeNull();
  });

  it("does not fold accents: a quote must keep the article's letters", () => {
    expect(findQuote(text, "Huawei a du augmenter")).toBeNull();
  });
});
