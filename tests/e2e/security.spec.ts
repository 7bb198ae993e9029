import { expect, runtimeScriptProblems, scriptTagsWithoutNonce, test } from "./fixtures";

test.describe("security headers", () => {
  test("pages carry a strict nonce-based Content-Security-Policy and the scripts still run", async ({ page }) => {
    const response = await page.goto("/chips/compare?chips=ascend-910c,h20,h100");
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // The charts are client components: they render only if the nonce let Next.js's scripts run.
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    // every script the server sent carries this response's nonce…
    const html = await response!.text();
    expect([...html.matchAll(/<script\b/gi)].length).toBeGreaterThan(0);
    expect(scriptTagsWithoutNonce(html, nonce)).toEqual([]);
    // …and the page's scripts now are those, plus the chunks Next.js's runtime loaded for the charts
    // (components/charts/lazy.tsx), which 'strict-dynamic' allows because a nonce'd script added them.
    expect(await runtimeScriptProblems(page, nonce)).toEqual([]);
    const chunks = await page.locator("script:not([nonce])").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
    for (const src of chunks) expect(src).toMatch(/\/_next\/static\/chunks\//);
  });

  test("each page view gets a fresh nonce", async ({ request }) => {
    const a = (await request.get("/")).headers()["content-security-policy"];
    const b = (await request.get("/")).headers()["content-security-policy"];
    expect(a).not.toBe(b);
  });

  test("the API sends nosniff and no-framing headers too", async ({ request }) => {
    const response = await request.get("/api/v1/claims?pageSize=1");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  });
});
