import { expect, test } from "./fixtures";

test.describe("read API", () => {
  test("/api/v1/claims returns a page of claims in the list envelope", async ({ request }) => {
    const response = await request.get("/api/v1/claims");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body).toEqual(
      expect.objectContaining({
        data: expect.any(Array),
        page: 1,
        pageSize: 50,
        total: expect.any(Number),
      }),
    );
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.length).toBeLessThanOrEqual(body.pageSize);
  });

  test("/api/v1/claims answers a bad query with a 400 naming the parameter", async ({ request }) => {
    const response = await request.get("/api/v1/claims?pageSize=100000");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toEqual(expect.objectContaining({ message: expect.any(String), parameter: "pageSize" }));
  });

  test("returns every seeded claim, each with its quote at its offsets and its source", async ({ request }) => {
    const first = await (await request.get("/api/v1/claims?pageSize=500")).json();
    expect(first.total).toBe(64);
    expect(first.data).toHaveLength(64);
    const texts = new Map<string, string>();
    for (const claim of first.data) {
      expect(claim.source.title).toBeTruthy();
      if (!texts.has(claim.source.id)) {
        const source = await (await request.get(`/api/v1/sources/${claim.source.id}`)).json();
        texts.set(claim.source.id, source.data.text);
      }
      expect(texts.get(claim.source.id)!.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    }
  });

  test("filters claims by chip and by company", async ({ request }) => {
    const byChip = await (await request.get("/api/v1/claims?chip=ascend-910c")).json();
    expect(byChip.data.map((c: { slug: string }) => c.slug).sort()).toEqual([
      "ascend-910c-overheating-and-cann-limits",
      "bytedance-alibaba-tested-ascend-910c",
    ]);
    for (const claim of byChip.data) expect(claim.chips.map((c: { slug: string }) => c.slug)).toContain("ascend-910c");

    const byCompany = await (await request.get("/api/v1/claims?company=iflytek")).json();
    expect(byCompany.data.map((c: { slug: string }) => c.slug).sort()).toEqual([
      "huawei-engineers-at-baidu-iflytek-tencent",
      "iflytek-trained-llm-exclusively-on-huawei-chips",
    ]);
  });

  test("answers bad parameters with 400s and unknown records with 404s", async ({ request }) => {
    for (const [query, parameter] of [
      ["kind=bogus", "kind"],
      ["page=-1", "page"],
      ["pageSize=10000", "pageSize"],
      ["from=2025-02-30", "from"],
      ["chip=no-such-chip", "chip"],
    ]) {
      const response = await request.get(`/api/v1/claims?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.parameter, query).toBe(parameter);
    }
    expect((await request.get("/api/v1/chips/no-such-chip")).status()).toBe(404);
    expect((await request.get("/api/v1/companies/huawei")).status()).toBe(200);
  });
});
