import { describe, expect, it } from "vitest";
import { ClaimsQuerySchema } from "@/lib/validation/api";
import { parsePageSearchParams } from "@/lib/validation/page-params";

describe("parsePageSearchParams", () => {
  it("keeps good parameters and drops bad ones, saying which", () => {
    const { data, problems } = parsePageSearchParams(ClaimsQuerySchema, {
      chip: "ascend-910c",
      kind: "bogus",
      page: "-1",
    });
    expect(data.chip).toBe("ascend-910c");
    expect(data.kind).toBeUndefined();
    expect(data.page).toBe(1);
    expect(problems.map((p) => p.parameter).sort()).toEqual(["kind", "page"]);
  });

  it("drops unknown and repeated parameters", () => {
    const params = new URLSearchParams("company=huawei&company=nvidia&colour=red&q=Ascend");
    const { data, problems } = parsePageSearchParams(ClaimsQuerySchema, params);
    expect(data.company).toBeUndefined();
    expect(data.q).toBe("Ascend");
    expect(problems.map((p) => p.parameter).sort()).toEqual(["colour", "company"]);
  });

  it("treats empty values as absent, as a filter form's 'All' option sends them", () => {
    const { data, problems } = parsePageSearchParams(ClaimsQuerySchema, { kind: "", q: "" });
    expect(problems).toEqual([]);
    expect(data.kind).toBeUndefined();
  });
});
