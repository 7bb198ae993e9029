import { describe, expect, it } from "vitest";
import { SPEC_METRIC_KEYS } from "@/lib/constants";
import { ISO_COUNTRY_CODES, issuesToFieldErrors, isHttpUrl, isIsoDay } from "@/lib/editor-records/fields";
import {
  ChipEditSchema,
  ChipFormSchema,
  EMPTY_CHIP_VALUES,
  SPEC_SOURCE_REQUIRED,
  SPEC_ZERO_REFUSED,
  emptySpecs,
  readChipForm,
  type ChipFormValues,
} from "@/lib/validation/chip-form";
import { CompanyEditSchema, CompanyFormSchema, EMPTY_COMPANY_VALUES, readCompanyForm } from "@/lib/validation/company-form";
import { EMPTY_EVENT_VALUES, EVENT_QUOTE_REQUIRED, EventFormSchema, readEventForm } from "@/lib/validation/event-form";

// The schemas of the company, chip and event forms: the browser runs them before sending and the
// server actions parse again with them, so what they refuse is what an editor sees refused.

function errorsOf(result: { success: boolean; error?: Parameters<typeof issuesToFieldErrors>[0] }) {
  return result.success ? {} : issuesToFieldErrors(result.error!);
}

const company = (values: Partial<typeof EMPTY_COMPANY_VALUES>) =>
  CompanyFormSchema.safeParse({ ...EMPTY_COMPANY_VALUES, name: "Moore Threads", roles: ["chip_vendor"], ...values });

describe("company form schema", () => {
  it("accepts a minimal company and turns empty optional fields into null", () => {
    const result = company({});
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ name: "Moore Threads", slug: null, nameZh: null, country: null, website: null, aliases: [] });
  });

  it("checks the slug's format: lower-case words joined by single hyphens", () => {
    expect(company({ slug: "moore-threads" }).data?.slug).toBe("moore-threads");
    expect(company({ slug: "  mthreads2  " }).data?.slug).toBe("mthreads2");
    for (const slug of ["Moore-Threads", "moore--threads", "-moore", "moore-", "moore threads", "mooré"]) {
      expect(errorsOf(company({ slug })).slug, slug).toEqual([expect.stringContaining("lower-case letters and digits")]);
    }
  });

  it("takes http(s) websites only", () => {
    expect(company({ website: "https://www.mthreads.com" }).data?.website).toBe("https://www.mthreads.com");
    expect(company({ website: "http://example.org/path?x=1" }).success).toBe(true);
    for (const website of ["javascript:alert(1)", "ftp://example.org", "www.example.org", "https://", "data:text/html,hi"]) {
      expect(errorsOf(company({ website })).website, website).toEqual(["Enter a web address starting with http:// or https://"]);
    }
  });

  it("needs a name and at least one known role", () => {
    expect(errorsOf(company({ name: "   " })).name).toEqual(["Enter the company's name"]);
    expect(errorsOf(company({ roles: [] })).roles).toEqual(["Choose at least one role"]);
    expect(company({ roles: ["chip_vendor", "emperor"] }).success).toBe(false);
    expect(company({ roles: ["customer", "customer", "ai_lab"] }).data?.roles).toEqual(["customer", "ai_lab"]);
  });

  it("takes an ISO 3166 alpha-2 country, upper-cased, and refuses codes that are not one", () => {
    expect(company({ country: "cn" }).data?.country).toBe("CN");
    expect(company({ country: " TW " }).data?.country).toBe("TW");
    for (const country of ["XX", "ZZ", "EU", "CHN", "C", "China"]) {
      expect(errorsOf(company({ country })).country, country).toEqual([expect.stringContaining("ISO 3166")]);
    }
    expect(ISO_COUNTRY_CODES.size).toBe(249);
  });

  it("merges aliases that are the same once normalised, keeping the first spelling", () => {
    const result = company({ aliases: "Moore Threads Technology\nmoore-threads technology\n\n  MOORE THREADS TECHNOLOGY \n摩尔线程\nMTT" });
    expect(result.data?.aliases).toEqual(["Moore Threads Technology", "摩尔线程", "MTT"]);
  });

  it("reads the form as typed, every checked role included, and the edit form's version", () => {
    const formData = new FormData();
    formData.set("name", " Biren ");
    formData.append("roles", "chip_vendor");
    formData.append("roles", "customer");
    formData.set("version", "4");
    const values = readCompanyForm(formData);
    expect(values).toMatchObject({ name: " Biren ", roles: ["chip_vendor", "customer"], version: "4", website: "" });
    expect(CompanyEditSchema.parse(values).version).toBe(4);
    expect(errorsOf(CompanyEditSchema.safeParse({ ...values, version: "" })).version).toBeDefined();
  });
});

function chipValues(values: Partial<ChipFormValues> = {}, specs: Partial<ChipFormValues["specs"]> = {}): ChipFormValues {
  return { ...EMPTY_CHIP_VALUES, name: "MTT S4000", vendor: "moore-threads", kind: "accelerator", ...values, specs: { ...emptySpecs(), ...specs } };
}
const spec = (value: string, sourceName = "Moore Threads product page", more: Partial<ChipFormValues["specs"]["bf16_tflops"]> = {}) => ({
  value,
  sourceName,
  sourceUrl: "",
  licence: "",
  note: "",
  ...more,
});

describe("chip form schema", () => {
  it("accepts a chip with no specs: every spec is then unknown (null), none is zero", () => {
    const result = ChipFormSchema.safeParse(chipValues());
    expect(result.success).toBe(true);
    expect(Object.values(result.data!.specs)).toEqual(SPEC_METRIC_KEYS.map(() => null));
    expect(result.data).toMatchObject({ status: null, announcedOn: null, datePrecision: null });
  });

  it("takes positive, finite numbers for numeric specs", () => {
    const result = ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("312.5"), tdp_w: spec(" 450 "), memory_gb: spec("1e2") }));
    expect(result.data?.specs.bf16_tflops).toEqual({
      value: 312.5,
      sourceName: "Moore Threads product page",
      sourceUrl: null,
      licence: null,
      note: null,
    });
    expect(result.data?.specs.tdp_w?.value).toBe(450);
    expect(result.data?.specs.memory_gb?.value).toBe(100);
  });

  it("refuses 0 for a numeric spec, with a message saying unknown is empty", () => {
    const errors = errorsOf(ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("0") })));
    expect(errors["specs.bf16_tflops.value"]).toEqual([SPEC_ZERO_REFUSED]);
    expect(SPEC_ZERO_REFUSED).toMatch(/leave it empty/);
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({}, { tdp_w: spec("0.0") })))["specs.tdp_w.value"]).toEqual([SPEC_ZERO_REFUSED]);
  });

  it("refuses negative, infinite and non-numeric values for numeric specs", () => {
    const valueError = (value: string) =>
      errorsOf(ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec(value) })))["specs.bf16_tflops.value"];
    expect(valueError("-5")).toEqual(["Enter a number greater than 0"]);
    expect(valueError("1e400")).toEqual(["Enter a finite number"]);
    expect(valueError("Infinity")).toEqual(["Enter a number of TFLOPS, such as 256"]);
    expect(valueError("about 300")).toEqual(["Enter a number of TFLOPS, such as 256"]);
    expect(valueError("0x10")).toEqual(["Enter a number of TFLOPS, such as 256"]);
  });

  it("refuses a spec value without a source, on its source-name field", () => {
    const errors = errorsOf(ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("312", "  ") })));
    expect(errors["specs.bf16_tflops.sourceName"]).toEqual([SPEC_SOURCE_REQUIRED]);
    expect(errors["specs.bf16_tflops.value"]).toBeUndefined();
  });

  it("takes an http(s) source URL only", () => {
    const errors = errorsOf(
      ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("312", "Vendor", { sourceUrl: "javascript:alert(1)" }) })),
    );
    expect(errors["specs.bf16_tflops.sourceUrl"]).toEqual(["Enter a web address starting with http:// or https://"]);
    expect(
      ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("312", "Vendor", { sourceUrl: "https://example.org/s4000" }) })).data?.specs
        .bf16_tflops?.sourceUrl,
    ).toBe("https://example.org/s4000");
  });

  it("deletes a spec whose value is emptied, whatever its other fields say", () => {
    const result = ChipFormSchema.safeParse(chipValues({}, { bf16_tflops: spec("", "Old source", { note: "old note" }) }));
    expect(result.success).toBe(true);
    expect(result.data?.specs.bf16_tflops).toBeNull();
  });

  it("takes yes/no for yes-or-no specs and text for text specs", () => {
    const result = ChipFormSchema.safeParse(chipValues({}, { fp8_support: spec("no"), memory_type: spec("HBM2e") }));
    expect(result.data?.specs.fp8_support?.value).toBe(false);
    expect(result.data?.specs.memory_type?.value).toBe("HBM2e");
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({}, { fp8_support: spec("maybe") })))["specs.fp8_support.value"]).toEqual([
      "Choose yes, no, or unknown",
    ]);
  });

  it("checks dates: real days, a precision and a source when dated, release not before announcement", () => {
    const dated = { datePrecision: "month", dateSourceName: "Vendor press release" };
    expect(ChipFormSchema.safeParse(chipValues({ announcedOn: "2024-05-01", ...dated })).data?.announcedOn).toEqual(
      new Date("2024-05-01T00:00:00.000Z"),
    );
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({ announcedOn: "2025-02-30", ...dated }))).announcedOn).toEqual([
      expect.stringContaining("real date"),
    ]);
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({ releasedOn: "2024-05-01" })))).toMatchObject({
      datePrecision: [expect.stringContaining("how precise")],
      dateSourceName: ["Name the source of the dates"],
    });
    expect(
      errorsOf(ChipFormSchema.safeParse(chipValues({ announcedOn: "2024-05-01", releasedOn: "2024-04-01", ...dated }))).releasedOn,
    ).toEqual(["A chip is not released before it is announced"]);
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({ datePrecision: "day" }))).datePrecision).toBeDefined();
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("24-02-01")).toBe(false);
  });

  it("needs a name, a vendor and a kind; status may be unknown", () => {
    const errors = errorsOf(ChipFormSchema.safeParse(chipValues({ name: "", vendor: "", kind: "" })));
    expect(errors).toMatchObject({
      name: ["Enter the chip's name"],
      vendor: [expect.stringContaining("vendor")],
      kind: ["Choose a kind"],
    });
    expect(errorsOf(ChipFormSchema.safeParse(chipValues({ status: "vapourware" }))).status).toBeDefined();
    expect(ChipFormSchema.safeParse(chipValues({ status: "" })).data?.status).toBeNull();
  });

  it("reads the spec table from the form by field name, and the edit schema keeps the checks", () => {
    const formData = new FormData();
    formData.set("name", "MTT S4000");
    formData.set("vendor", "Moore Threads");
    formData.set("kind", "accelerator");
    formData.set("specs.bf16_tflops.value", "0");
    formData.set("specs.bf16_tflops.sourceName", "Vendor");
    formData.set("version", "2");
    const values = readChipForm(formData);
    expect(values.specs.bf16_tflops).toEqual({ value: "0", sourceName: "Vendor", sourceUrl: "", licence: "", note: "" });
    expect(values.specs.tdp_w.value).toBe("");
    expect(errorsOf(ChipEditSchema.safeParse(values))["specs.bf16_tflops.value"]).toEqual([SPEC_ZERO_REFUSED]);
  });
});

describe("event form schema", () => {
  const event = (values: Partial<typeof EMPTY_EVENT_VALUES>) =>
    EventFormSchema.safeParse({
      ...EMPTY_EVENT_VALUES,
      title: "BIS adds more Chinese chip firms to the Entity List",
      jurisdiction: "US",
      action: "entity_listing",
      quotes: [{ sourceId: "src1", quote: "a passage" }],
      ...values,
    });

  it("accepts an event with one quote and drops empty quote rows, keeping each row's place", () => {
    const result = event({ quotes: [{ sourceId: "", quote: "" }, { sourceId: "src1", quote: " a passage " }] });
    expect(result.data?.quotes).toEqual([{ sourceId: "src1", quote: "a passage", index: 1 }]);
  });

  it("needs at least one quote, and both halves of a quote row", () => {
    expect(errorsOf(event({ quotes: [{ sourceId: "", quote: "" }] }))["quotes.0.quote"]).toEqual([EVENT_QUOTE_REQUIRED]);
    const errors = errorsOf(event({ quotes: [{ sourceId: "src1", quote: "" }, { sourceId: "", quote: "words" }] }));
    expect(errors["quotes.0.quote"]).toEqual([expect.stringContaining("Paste the passage")]);
    expect(errors["quotes.1.sourceId"]).toEqual(["Choose the source this quote is from"]);
  });

  it("splits companies and chips on commas and merges repeats", () => {
    const result = event({ companies: "Huawei, huawei ,, BIS\nCambricon", chips: "Ascend 910C" });
    expect(result.data?.companies).toEqual(["Huawei", "BIS", "Cambricon"]);
    expect(result.data?.chips).toEqual(["Ascend 910C"]);
  });

  it("checks dates, precision, and takes an http(s) date source URL only", () => {
    expect(errorsOf(event({ date: "2025-05-13" }))).toMatchObject({
      datePrecision: [expect.stringContaining("how precise")],
      dateSourceName: ["Name where the date comes from"],
    });
    expect(
      event({ date: "2025-05-13", datePrecision: "day", dateSourceName: "BIS press release", dateSourceUrl: "" }).data?.dateSourceUrl,
    ).toBeNull();
    expect(
      errorsOf(event({ date: "2025-05-13", datePrecision: "day", dateSourceName: "BIS", dateSourceUrl: "bis.gov" })).dateSourceUrl,
    ).toEqual(["Enter a web address starting with http:// or https://"]);
    expect(errorsOf(event({ jurisdiction: "EU", action: "" }))).toMatchObject({ jurisdiction: ["Choose a jurisdiction"], action: ["Choose an action"] });
  });

  it("reads the quote rows in their order, whatever order the form sends them in", () => {
    const formData = new FormData();
    formData.set("quotes.2.sourceId", "b");
    formData.set("quotes.2.quote", "second");
    formData.set("quotes.0.sourceId", "a");
    formData.set("quotes.0.quote", "first");
    expect(readEventForm(formData).quotes).toEqual([
      { sourceId: "a", quote: "first" },
      { sourceId: "b", quote: "second" },
    ]);
    expect(readEventForm(new FormData()).quotes).toEqual([{ sourceId: "", quote: "" }]);
  });
});

describe("isHttpUrl", () => {
  it("is true for http and https addresses with a host only", () => {
    expect(isHttpUrl("https://epoch.ai/data")).toBe(true);
    expect(isHttpUrl("HTTP://EXAMPLE.ORG")).toBe(true);
    expect(isHttpUrl("mailto:a@b.org")).toBe(false);
    expect(isHttpUrl("/relative")).toBe(false);
  });
});
