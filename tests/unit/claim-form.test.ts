// The claim form's schemas: what the browser checks before sending and the server checks again.
import { describe, expect, it } from "vitest";
import {
  claimFormInput,
  claimFormValues,
  ClaimEditFormSchema,
  ClaimFormSchema,
  ClaimStatusChangeSchema,
  parseCompanyMentions,
  splitNames,
} from "@/lib/validation/claim-form";
import { fieldErrorsOf } from "@/lib/validation/source-form";

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

const valid = {
  sourceId: "src1",
  company: "华为",
  otherCompanies: "",
  chips: "Ascend 910B",
  kind: "supply",
  summary: "Huawei shipped Ascend 910B chips.",
  quote: "Huawei aurait livré des puces Ascend 910B",
  translation: "",
  claimDate: "2025-05-13",
  confidence: "reported",
  note: "",
};

function parse(fields: Record<string, string | string[]>) {
  return ClaimFormSchema.safeParse(claimFormInput(claimFormValues(form(fields))));
}

function errorsOf(fields: Record<string, string | string[]>) {
  const result = parse(fields);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("ClaimFormSchema", () => {
  it("accepts a complete claim: a draft unless Publish now is ticked, the date as midnight UTC", () => {
    const draft = parse(valid);
    expect(draft.success).toBe(true);
    expect(draft.data).toMatchObject({
      company: "华为",
      chips: ["Ascend 910B"],
      otherCompanies: [],
      publishNow: false,
      translation: null,
      note: null,
      claimDate: new Date("2025-05-13T00:00:00.000Z"),
    });
    expect(parse({ ...valid, publishNow: "on" }).data?.publishNow).toBe(true);
    expect(parse({ ...valid, claimDate: "" }).data?.claimDate).toBeNull();
  });

  it("refuses an empty or whitespace summary, and one over 500 characters, on the Summary field", () => {
    expect(errorsOf({ ...valid, summary: "" }).summary).toEqual(["Write a one-sentence summary in English"]);
    expect(errorsOf({ ...valid, summary: "   \n " }).summary).toEqual(["Write a one-sentence summary in English"]);
    expect(errorsOf({ ...valid, summary: "x".repeat(501) }).summary?.[0]).toMatch(/at most 500/);
    expect(parse({ ...valid, summary: "x".repeat(500) }).success).toBe(true);
  });

  it("requires a source, a company, a type and a quote, each with its message on its own field", () => {
    const errors = errorsOf({ ...valid, sourceId: "", company: " ", kind: "", quote: "" });
    expect(Object.keys(errors).sort()).toEqual(["company", "kind", "quote", "sourceId"]);
    expect(errors.quote).toEqual(["Select or paste the quote from the article text"]);
  });

  it("refuses a claim date that does not exist or lies in the future", () => {
    expect(errorsOf({ ...valid, claimDate: "2025-02-30" }).claimDate?.[0]).toMatch(/as a date/);
    expect(errorsOf({ ...valid, claimDate: "13/05/2025" }).claimDate?.[0]).toMatch(/as a date/);
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-01`;
    expect(errorsOf({ ...valid, claimDate: nextYear }).claimDate).toEqual(["A claim's date cannot be in the future"]);
  });

  it("refuses a kind or confidence outside the lists", () => {
    expect(errorsOf({ ...valid, kind: "rumour" }).kind).toEqual(["Choose the claim type"]);
    expect(errorsOf({ ...valid, confidence: "certain" }).confidence).toEqual(["Choose how sure the source is"]);
  });

  it("reads the Create company / Create chip boxes and each new chip's vendor", () => {
    const result = parse({
      ...valid,
      createCompany: ["Acme AI"],
      createChip: ["Foo 1"],
      "newChipVendor:Foo 1": "vendor-id",
    });
    expect(result.data).toMatchObject({ createCompanies: ["Acme AI"], createChips: ["Foo 1"], newChipVendors: { "Foo 1": "vendor-id" } });
  });

  it("needs a whole positive version number to edit", () => {
    expect(ClaimEditFormSchema.safeParse(claimFormInput(claimFormValues(form({ ...valid, version: "3" })))).data?.version).toBe(3);
    const stale = ClaimEditFormSchema.safeParse(claimFormInput(claimFormValues(form({ ...valid, version: "" }))));
    expect(stale.success).toBe(false);
  });
});

describe("names typed in the Company and Chip fields", () => {
  it("splits on commas (also Chinese ones), drops blanks and repeats", () => {
    expect(splitNames("Ascend 910B,  Ascend 910C , ,ascend 910b，昇腾910")).toEqual(["Ascend 910B", "Ascend 910C", "昇腾910"]);
    expect(splitNames("  ")).toEqual([]);
  });

  it("reads a role in brackets after a company's name", () => {
    expect(parseCompanyMentions("ByteDance (customer), Nvidia, SMIC (Vendor)")).toEqual([
      { name: "ByteDance", role: "customer" },
      { name: "Nvidia", role: "other" },
      { name: "SMIC", role: "vendor" },
    ]);
  });
});

describe("ClaimStatusChangeSchema", () => {
  it("requires a reason to retract and a note to mark disputed; publishing and restoring need none", () => {
    const base = { claimId: "c1", version: "2", note: "" };
    const retract = ClaimStatusChangeSchema.safeParse({ ...base, transition: "retract" });
    expect(retract.success).toBe(false);
    expect(retract.success ? null : fieldErrorsOf(retract.error).note).toEqual(["Give the reason for retracting this claim"]);
    expect(ClaimStatusChangeSchema.safeParse({ ...base, transition: "dispute", note: " " }).success).toBe(false);
    expect(ClaimStatusChangeSchema.safeParse({ ...base, transition: "retract", note: "The source withdrew it" }).data).toMatchObject({
      version: 2,
      note: "The source withdrew it",
    });
    expect(ClaimStatusChangeSchema.safeParse({ ...base, transition: "publish" }).success).toBe(true);
    expect(ClaimStatusChangeSchema.safeParse({ ...base, transition: "delete" }).success).toBe(false);
  });
});
