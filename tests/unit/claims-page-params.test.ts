// The claims explorer's URL: forgiving on the page (bad parameters dropped and reported), strict in
// the export, and the links the page builds parse back to the same filters.
import { describe, expect, it } from "vitest";
import {
  claimsExportHref,
  claimsHref,
  parseClaimsExportParams,
  parseClaimsPageParams,
  statusesFor,
  withoutEmptyParams,
  type ClaimsExplorerFilters,
} from "@/app/claims/claims-query";

describe("parseClaimsPageParams", () => {
  it("gives the defaults for an empty URL: published claims, page 1", () => {
    expect(parseClaimsPageParams({})).toEqual({
      data: { status: "published", page: 1 },
      problems: [],
    });
  });

  it("drops a bad kind and page, falls back to the defaults, and names both", () => {
    const { data, problems } = parseClaimsPageParams(new URLSearchParams("kind=bogus&page=-3"));
    expect(data).toEqual({ status: "published", page: 1 });
    expect(problems.map((p) => p.parameter).sort()).toEqual(["kind", "page"]);
    expect(problems.find((p) => p.parameter === "kind")?.message).toMatch(/^kind must be one of adoption, .*\(got 'bogus'\)$/);
    expect(problems.find((p) => p.parameter === "page")?.message).toMatch(/page must be a whole number/);
  });

  it("keeps the good filters next to the bad ones", () => {
    const { data, problems } = parseClaimsPageParams({
      chip: "ascend-910c",
      q: "  Kunlun ",
      from: "2025-02-30",
      to: "2025-12-31",
      page: "2",
    });
    expect(data).toEqual({ chip: "ascend-910c", q: "Kunlun", to: "2025-12-31", status: "published", page: 2 });
    expect(problems.map((p) => p.parameter)).toEqual(["from"]);
  });

  it("reads the reader's status choice", () => {
    expect(parseClaimsPageParams({ status: "disputed" }).data.status).toBe("disputed");
    expect(parseClaimsPageParams({ status: "all" }).data.status).toBe("all");
    expect(parseClaimsPageParams({ status: "published" }).data.status).toBe("published");
    expect(statusesFor("all")).toEqual(["published", "disputed"]);
    expect(statusesFor("published")).toEqual(["published"]);
  });

  it.each([
    ["status=draft", "status", /for editors only/],
    ["status=retracted", "status", /for editors only/],
    ["status=everything", "status", /status must be one of published, disputed, all/],
    ["status=all&status=disputed", "status", /given 2 times/],
    ["pageSize=100", "pageSize", /unknown parameter 'pageSize'.*20 claims at a time/],
    ["colour=red", "colour", /unknown parameter 'colour'/],
    ["company=huawei&company=nvidia", "company", /given 2 times/],
    ["from=2025-05-01&to=2025-04-01", "from", /must not be after/],
    ["page=0", "page", /page must be a whole number from 1/],
  ])("ignores %s with a notice naming %s", (query, parameter, message) => {
    const { data, problems } = parseClaimsPageParams(new URLSearchParams(query));
    expect(problems).toEqual([{ parameter, message: expect.stringMatching(message) }]);
    expect(data.status).toBe("published");
    expect(data.page).toBe(1);
    expect(data).not.toHaveProperty("colour");
  });

  it("treats empty values as absent, as the filter form's 'All' choices send them", () => {
    const { data, problems } = parseClaimsPageParams({ company: "", chip: "", kind: "", status: "", q: " ", from: "", to: "" });
    expect(problems).toEqual([]);
    expect(data).toEqual({ status: "published", page: 1 });
  });
});

describe("withoutEmptyParams", () => {
  it("drops only the empty parameters, keeping the rest (even bad ones) as they were", () => {
    expect(withoutEmptyParams({ company: "", chip: "ascend-910c", kind: "", status: "", q: "", page: "-3" })).toBe(
      "chip=ascend-910c&page=-3",
    );
    expect(withoutEmptyParams({ company: "", kind: "" })).toBe("");
  });

  it("says null when there is nothing to drop", () => {
    expect(withoutEmptyParams({ chip: "ascend-910c" })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
  });
});

describe("claimsHref and claimsExportHref", () => {
  const filters: ClaimsExplorerFilters = {
    company: "tencent",
    chip: "ascend",
    kind: "non_adoption",
    q: "commandes & co",
    from: "2024-01-01",
    to: "2025-12-31",
    status: "all",
  };

  it("writes the default status and page 1 out of the URL", () => {
    expect(claimsHref({ status: "published" })).toBe("/claims");
    expect(claimsHref({ chip: "ascend-910c", status: "published" }, 1)).toBe("/claims?chip=ascend-910c");
    expect(claimsHref({ chip: "ascend-910c", status: "disputed" }, 3)).toBe("/claims?chip=ascend-910c&status=disputed&page=3");
  });

  it("parses back to the same filters and page", () => {
    const href = claimsHref(filters, 4);
    const { data, problems } = parseClaimsPageParams(new URL(href, "http://x").searchParams);
    expect(problems).toEqual([]);
    expect(data).toEqual({ ...filters, page: 4 });
  });

  it("exports exactly the page's filters, without its page", () => {
    const href = claimsExportHref(filters, "csv");
    expect(href.startsWith("/api/v1/export/claims?format=csv&")).toBe(true);
    expect(href).not.toMatch(/[?&]page=/);
    const parsed = parseClaimsExportParams(new URL(href, "http://x").searchParams);
    expect(parsed).toEqual({ success: true, data: { ...filters, format: "csv" } });
    expect(claimsExportHref({ status: "published" }, "json")).toBe("/api/v1/export/claims?format=json");
  });
});

describe("parseClaimsExportParams", () => {
  it("defaults to CSV of published claims", () => {
    expect(parseClaimsExportParams(new URLSearchParams(""))).toEqual({
      success: true,
      data: { format: "csv", status: "published" },
    });
  });

  it.each([
    ["format=xlsx", "format", 400],
    ["status=draft", "status", 403],
    ["status=nope", "status", 400],
    ["page=1", "page", 400],
    ["pageSize=10", "pageSize", 400],
    ["kind=bogus", "kind", 400],
    ["format=csv&format=json", "format", 400],
  ])("refuses %s: %s, HTTP %d", (query, parameter, status) => {
    const parsed = parseClaimsExportParams(new URLSearchParams(query));
    expect(parsed).toMatchObject({ success: false, error: { parameter, status } });
  });
});
