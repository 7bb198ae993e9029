import { expect, seriousA11yViolations, test } from "./fixtures";

const NAV = [
  ["Vendors", "/vendors"],
  ["Chips", "/chips"],
  ["Customers", "/customers"],
  ["Claims", "/claims"],
  ["Timeline", "/timeline"],
  ["Sources", "/sources"],
] as const;

test.describe("home page", () => {
  test("shows the landscape heading and non-zero counts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Chipwatch/);
    await expect(page.getByRole("heading", { level: 1, name: "China’s AI-chip landscape" })).toBeVisible();

    const glance = page.getByRole("region", { name: "At a glance" });
    const count = async (label: string) => {
      const value = glance
        .locator("div")
        .filter({ has: page.getByText(label, { exact: true }) })
        .getByRole("definition");
      await expect(value).toBeVisible();
      return Number((await value.innerText()).replace(/\D/g, ""));
    };
    expect(await count("Companies")).toBeGreaterThan(0);
    expect(await count("Sources")).toBeGreaterThan(0);
  });

  test("has a main navigation with the six reader sections", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveCount(NAV.length);
    for (const [label, href] of NAV) {
      await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", href);
    }
    await expect(page.getByRole("banner").getByRole("link", { name: "Chipwatch" })).toHaveAttribute("href", "/");
  });

  test("lets keyboard users skip to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("shows a seeded claim with its verbatim quote in the source's language", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Latest claims" });
    const firstClaim = latest.getByRole("article").first();
    await expect(firstClaim).toBeVisible();
    const quote = firstClaim.getByRole("blockquote");
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute("lang", "fr");
    expect((await quote.innerText()).trim().length).toBeGreaterThan(10);
  });

  test("credits the data sources and links to the API in the footer", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: /Epoch AI/ })).toBeVisible();
    await expect(footer.getByText(/CC BY 4\.0/)).toBeVisible();
    await expect(footer.getByRole("link", { name: "EvoKernel Spec" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "read API" })).toHaveAttribute("href", "/api/v1/claims");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});

test.describe("unknown pages", () => {
  // The browser itself logs the document's 404 response as a console error; that one is expected.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown URL shows the 404 page with status 404 and a way home", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "China’s AI-chip landscape" })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the 404 page has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/no-such-page");
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
