// The source form's schemas: web addresses, languages, dates and the article text.
import { describe, expect, it } from "vitest";
import {
  MAX_SOURCE_TEXT_BYTES,
  SourceFormSchema,
  sourceFormInput,
  SourceMetadataFormSchema,
  fieldErrorsOf,
} from "@/lib/validation/source-form";

const valid = {
  url: "https://www.example.fr/huawei-ascend",
  title: "Huawei livre des puces",
  publisher: "Exemple",
  author: "",
  language: "fr",
  publishedOn: "2025-05-13",
  notes: "",
  text: "Le groupe Huawei aurait livré des puces Ascend 910B.",
};

function parse(values: Record<string, string>) {
  return SourceFormSchema.safeParse(sourceFormInput(values));
}
function errorsOf(values: Record<string, string>) {
  const result = parse(values);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("SourceFormSchema", () => {
  it("accepts an article, with optional fields empty as null", () => {
    const result = parse({ ...valid, url: "", publisher: "", publishedOn: "" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ url: null, publisher: null, author: null, publishedOn: null, language: "fr" });
  });

  it("takes http and https addresses only, refusing javascript:, data:, ftp: and bare words on the URL field", () => {
    expect(parse(valid).data?.url).toBe("https://www.example.fr/huawei-ascend");
    expect(parse({ ...valid, url: "HTTP://Example.com" }).data?.url).toBe("http://example.com/");
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.com/a", "www.example.com", "https://"]) {
      expect(errorsOf({ ...valid, url }).url, url).toEqual(["Enter the article's web address, starting with http:// or https://"]);
    }
    expect(errorsOf({ ...valid, url: "https://user:secret@example.com/" }).url?.[0]).toMatch(/user name and password/);
  });

  it("requires a title and the text", () => {
    const errors = errorsOf({ ...valid, title: "  ", text: " \n " });
    expect(errors.title).toEqual(["Enter the article's title"]);
    expect(errors.text).toEqual(["Paste the article's text"]);
  });

  it("takes a BCP 47 language code in its canonical case, and refuses anything else", () => {
    expect(parse({ ...valid, language: "ZH-hans" }).data?.language).toBe("zh-Hans");
    expect(parse({ ...valid, language: "en-gb" }).data?.language).toBe("en-GB");
    expect(errorsOf({ ...valid, language: "" }).language).toEqual(["Choose the article's language"]);
    expect(errorsOf({ ...valid, language: "french!" }).language?.[0]).toMatch(/language code/);
  });

  it("refuses a publication date that does not exist or lies in the future", () => {
    expect(errorsOf({ ...valid, publishedOn: "2025-13-01" }).publishedOn?.[0]).toMatch(/as a date/);
    const future = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(errorsOf({ ...valid, publishedOn: future }).publishedOn).toEqual(["A publication date cannot be in the future"]);
    const today = new Date().toISOString().slice(0, 10);
    expect(parse({ ...valid, publishedOn: today }).success).toBe(true);
  });

  it("stores line breaks as line feeds, trims the edges, and refuses control characters other than tab and newline", () => {
    expect(parse({ ...valid, text: "  Ligne un\r\nLigne\tdeux\rtrois \n" }).data?.text).toBe("Ligne un\nLigne\tdeux\ntrois");
    for (const bad of ["\u0000", "\u0007", "\u000B", "\u001B", "\u007F", "\u0085"]) {
      expect(errorsOf({ ...valid, text: `Texte${bad}texte` }).text?.[0], JSON.stringify(bad)).toMatch(/control characters/);
    }
  });

  it("refuses a text over 2 MB (counted in UTF-8 bytes)", () => {
    const oneByte = "a".repeat(MAX_SOURCE_TEXT_BYTES);
    expect(parse({ ...valid, text: oneByte }).success).toBe(true);
    expect(errorsOf({ ...valid, text: `${oneByte}b` }).text).toEqual(["The article text is larger than 2 MB"]);
    // 3 bytes each: fewer characters than the limit, more bytes
    expect(errorsOf({ ...valid, text: "华".repeat(MAX_SOURCE_TEXT_BYTES / 2) }).text).toEqual(["The article text is larger than 2 MB"]);
  });
});

describe("SourceMetadataFormSchema", () => {
  it("edits the details with the version they were loaded at, and never takes a text", () => {
    const result = SourceMetadataFormSchema.safeParse(sourceFormInput({ ...valid, version: "4" }));
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ version: 4, title: valid.title });
    expect(result.data).not.toHaveProperty("text");
    expect(SourceMetadataFormSchema.safeParse(sourceFormInput({ ...valid, version: "" })).success).toBe(false);
  });
});
