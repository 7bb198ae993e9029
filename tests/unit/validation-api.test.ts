import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/constants";
import {
  ChipsQuerySchema,
  ClaimsQuerySchema,
  CompaniesQuerySchema,
  EventsQuerySchema,
  RecordQuerySchema,
  SourcesQuerySchema,
  parseSearchParams,
} from "@/lib/validation/api";

const parse = <T,>(schema: Parameters<typeof parseSearchParams<T>>[0], query: string) =>
  parseSearchParams(schema, new URLSearchParams(query));

function problem<T>(schema: Parameters<typeof parseSearchParams<T>>[0], query: string) {
  const result = parse(schema, query);
  if (result.success) throw new Error(`expected "${query}" to be refused, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe("ClaimsQuerySchema", () => {
  it("gives page 1 and the default page size when none is asked for", () => {
    expect(parse(ClaimsQuerySchema, "")).toEqual({ success: true, data: { page: 1, pageSize: DEFAULT_PAGE_SIZE } });
  });

  it("accepts every filter at once", () => {
    const result = parse(
      ClaimsQuerySchema,
      "company=huawei&chip=ascend-910c&kind=order&status=published&from=2025-01-01&to=2025-12-31&q=%20Ascend%20&page=3&pageSize=500",
    );
    expect(result).toEqual({
      success: true,
      data: {
        company: "huawei",
        chip: "ascend-910c",
        kind: "order",
        status: "published",
        from: "2025-01-01",
        to: "2025-12-31",
        q: "Ascend",
        page: 3,
        pageSize: MAX_PAGE_SIZE,
      },
    });
  });

  it("accepts a leap day and a one-day range", () => {
    expect(parse(ClaimsQuerySchema, "from=2024-02-29&to=2024-02-29").success).toBe(true);
  });

  it.each([
    ["pageSize=10000", "pageSize", /pageSize must be a whole number from 1 to 500/],
    ["pageSize=501", "pageSize", /from 1 to 500/],
    ["pageSize=0", "pageSize", /from 1 to 500/],
    ["pageSize=", "pageSize", /pageSize/],
    ["page=-1", "page", /page must be a whole number/],
    ["page=0", "page", /page must be a whole number/],
    ["page=abc", "page", /got 'abc'/],
    ["page=1.5", "page", /page/],
    ["page=1e3", "page", /page/],
    ["page=99999999999", "page", /page/],
    ["kind=bogus", "kind", /kind must be one of adoption, testing, .* \(got 'bogus'\)/],
    ["status=hidden", "status", /status must be one of draft, published, disputed, retracted/],
    ["from=2025-02-30", "from", /from must be a real date written YYYY-MM-DD \(got '2025-02-30'\)/],
    ["from=2025-02-29", "from", /real date/],
    ["to=2025-13-01", "to", /to must be a real date/],
    ["to=01/02/2025", "to", /YYYY-MM-DD/],
    ["from=2025-2-1", "from", /YYYY-MM-DD/],
    ["from=2025-03-02&to=2025-03-01", "from", /from \(2025-03-02\) must not be after to \(2025-03-01\)/],
    ["q=", "q", /q must not be empty/],
    ["q=%20%20", "q", /q must not be empty/],
    [`q=${"x".repeat(201)}`, "q", /at most 200 characters/],
    ["company=", "company", /company/],
    ["chip=%20", "chip", /chip/],
    ["sort=name", "sort", /unknown parameter 'sort' \(accepted: company, chip, kind, status, from, to, q, page, pageSize\)/],
    ["kind=order&kind=testing", "kind", /kind was given 2 times; give it once/],
  ])("refuses %s, naming %s", (query, parameter, message) => {
    const error = problem(ClaimsQuerySchema, query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });

  it("reports an unknown parameter before any other problem", () => {
    expect(problem(ClaimsQuerySchema, "kind=bogus&colour=red").parameter).toBe("colour");
  });

  it("accepts a q of exactly 200 characters", () => {
    expect(parse(ClaimsQuerySchema, `q=${"x".repeat(200)}`).success).toBe(true);
  });
});

describe("parseSearchParams with a page's searchParams object", () => {
  it("reads single values and refuses arrays of several", () => {
    expect(parseSearchParams(CompaniesQuerySchema, { role: "foundry", q: undefined })).toEqual({
      success: true,
      data: { role: "foundry", page: 1, pageSize: DEFAULT_PAGE_SIZE },
    });
    expect(parseSearchParams(CompaniesQuerySchema, { role: ["foundry", "customer"] })).toMatchObject({
      success: false,
      error: { parameter: "role" },
    });
  });

  it("drops empty values when asked to (a filter form's 'All' option)", () => {
    expect(parseSearchParams(ChipsQuerySchema, { kind: "", q: "  ", vendor: "huawei" }, { omitEmpty: true })).toEqual({
      success: true,
      data: { vendor: "huawei", page: 1, pageSize: DEFAULT_PAGE_SIZE },
    });
    expect(parseSearchParams(ChipsQuerySchema, { kind: "" })).toMatchObject({
      success: false,
      error: { parameter: "kind" },
    });
  });
});

describe("the other list schemas", () => {
  it("EventsQuerySchema takes jurisdiction, company, chip and a date range", () => {
    expect(parse(EventsQuerySchema, "jurisdiction=CN&company=huawei&chip=h20&from=2023-10-17&to=2023-10-17")).toMatchObject({
      success: true,
      data: { jurisdiction: "CN", company: "huawei", chip: "h20", from: "2023-10-17", to: "2023-10-17" },
    });
    expect(problem(EventsQuerySchema, "jurisdiction=EU")).toMatchObject({ parameter: "jurisdiction" });
    expect(problem(EventsQuerySchema, "jurisdiction=us").message).toMatch(/US, CN, other/);
    expect(problem(EventsQuerySchema, "kind=rule")).toMatchObject({ parameter: "kind" });
    expect(problem(EventsQuerySchema, "from=2025-01-02&to=2025-01-01")).toMatchObject({ parameter: "from" });
  });

  it("ChipsQuerySchema takes vendor, status, kind and q", () => {
    expect(parse(ChipsQuerySchema, "vendor=huawei&status=shipping&kind=system&q=cloud")).toMatchObject({
      success: true,
      data: { vendor: "huawei", status: "shipping", kind: "system", q: "cloud" },
    });
    expect(problem(ChipsQuerySchema, "status=rumoured")).toMatchObject({ parameter: "status" });
    expect(problem(ChipsQuerySchema, "kind=gpu")).toMatchObject({ parameter: "kind" });
    expect(problem(ChipsQuerySchema, "company=huawei")).toMatchObject({ parameter: "company" });
  });

  it("CompaniesQuerySchema takes role and q", () => {
    expect(parse(CompaniesQuerySchema, "role=chip_vendor&q=hua")).toMatchObject({ success: true });
    expect(problem(CompaniesQuerySchema, "role=vendor")).toMatchObject({ parameter: "role" });
  });

  it("SourcesQuerySchema takes only paging", () => {
    expect(parse(SourcesQuerySchema, "page=2&pageSize=10")).toEqual({ success: true, data: { page: 2, pageSize: 10 } });
    expect(problem(SourcesQuerySchema, "q=huawei")).toMatchObject({ parameter: "q" });
  });

  it("RecordQuerySchema takes nothing", () => {
    expect(parse(RecordQuerySchema, "")).toEqual({ success: true, data: {} });
    expect(problem(RecordQuerySchema, "page=1")).toEqual({
      parameter: "page",
      message: "unknown parameter 'page' (no parameters are accepted here)",
    });
  });
});
