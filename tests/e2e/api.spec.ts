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
});
