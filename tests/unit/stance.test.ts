import { describe, expect, it } from "vitest";
import { claimCustomers, claimVendors, findContradictions, stanceOfKind, type StanceClaim } from "@/lib/stance";

const claim = (id: string, kind: string, subject: string, extra: Partial<StanceClaim> = {}): StanceClaim => ({
  id,
  kind,
  subject: { slug: subject },
  companies: [],
  chips: [],
  ...extra,
});

describe("stance", () => {
  it("maps claim kinds to stances", () => {
    expect(stanceOfKind("adoption")).toBe("adopted");
    expect(stanceOfKind("training_on")).toBe("adopted");
    expect(stanceOfKind("non_adoption")).toBe("declined");
    expect(stanceOfKind("testing")).toBe("testing");
    expect(stanceOfKind("order")).toBe("ordered");
    expect(stanceOfKind("revenue")).toBeNull();
  });

  it("finds customers and vendors, never counting a vendor as its own customer", () => {
    const c = claim("1", "non_adoption", "bytedance", {
      companies: [
        { slug: "tencent", role: "customer" },
        { slug: "huawei", role: "vendor" },
        { slug: "the-information", role: "other" },
      ],
      chips: [{ slug: "ascend", vendorSlug: "huawei" }],
    });
    expect(claimCustomers(c).sort()).toEqual(["bytedance", "tencent"]);
    expect(claimVendors(c)).toEqual(["huawei"]);
    const own = claim("2", "adoption", "baidu", { chips: [{ slug: "kunlun", vendorSlug: "baidu" }] });
    expect(claimCustomers(own)).toEqual([]);
  });

  it("flags both sides of 'has not ordered' against 'adopted' for the same customer and vendor", () => {
    const notOrdered = claim("a", "non_adoption", "bytedance", {
      companies: [{ slug: "tencent", role: "customer" }],
      chips: [{ slug: "ascend", vendorSlug: "huawei" }],
    });
    const adopted = claim("b", "adoption", "baidu", {
      companies: [{ slug: "tencent", role: "customer" }],
      chips: [{ slug: "ascend", vendorSlug: "huawei" }],
    });
    const unrelated = claim("c", "adoption", "alibaba", { chips: [{ slug: "h100", vendorSlug: "nvidia" }] });
    const testing = claim("d", "testing", "tencent", { chips: [{ slug: "ascend-910c", vendorSlug: "huawei" }] });
    const flags = findContradictions([notOrdered, adopted, unrelated, testing]);
    expect(flags.get("a")).toEqual(["b"]);
    expect(flags.get("b")).toEqual(["a"]);
    expect(flags.has("c")).toBe(false);
    expect(flags.has("d")).toBe(false);
  });
});
