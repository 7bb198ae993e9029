import type { APIRequestContext } from "@playwright/test";
import { expect, seriousA11yViolations, test } from "./fixtures";

type ApiClaim = { id: string; summary: string; quote: string; quoteStart: number; quoteEnd: number; source: { id: string } };
type ApiSource = { id: string; slug: string; title: string; text: string; claims: ApiClaim[] };
type ApiEvent = { quotes: { id: string; quote: string; source: { id: string } }[] };

async function apiData<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()).data as T;
}

/** Whitespace as a browser's innerText and toContainText compare it. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

test.describe("sources", () => {
  test("lists the five archived articles with their publisher, language and dates", async ({ page }) => {
    await page.goto("/sources");
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    const table = page.getByRole("table", { name: /5 archived articles/ });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(6);
    await expect(rows.first().getByRole("columnheader")).toHaveText([
      "Title",
      "Publisher",
      "Language",
      "Published",
      "Retrieved",
      "Claims",
      "Original",
    ]);
    const investing = table.getByRole("row", { name: /Huawei peine à gagner du terrain/ });
    await expect(investing.getByRole("cell")).toHaveText(["Investing.com", "French", "Not given", "22 Nov 2026", "16", "No address kept"]);
    await expect(table.getByText("Publisher not named")).toHaveCount(3);
    await expect(table.getByText("Not given")).toHaveCount(5);

    await investing.getByRole("link", { name: "Huawei peine à gagner du terrain auprès des principaux clients nationaux" }).click();
    await expect(page).toHaveURL(/\/sources\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Huawei peine à gagner du terrain auprès des principaux clients nationaux",
    );
  });

  test("follow a quote to its highlighted place in the source", async ({ page, request }) => {
    const claims = await apiData<ApiClaim[]>(request, "/api/v1/claims?pageSize=500");
    expect(claims.length).toBe(64);
    // A claim whose quote lies inside another claim's quote: its mark must still hold all of it.
    const nested = claims.find((claim) =>
      claims.some(
        (other) =>
          other.id !== claim.id &&
          other.source.id === claim.source.id &&
          other.quoteStart <= claim.quoteStart &&
          other.quoteEnd >= claim.quoteEnd &&
          other.quoteEnd - other.quoteStart > claim.quoteEnd - claim.quoteStart,
      ),
    );
    expect(nested, "the seed has a claim quoting words inside another claim's quote").toBeDefined();

    for (const claim of [nested!, claims[claims.length - 1]]) {
      await page.goto(`/sources/${claim.source.id}#claim-${claim.id}`);
      const mark = page.locator(`mark[id="claim-${claim.id}"]`);
      await expect(mark).toBeVisible();
      await expect(mark).toBeInViewport();
      expect(squash(await mark.textContent() ?? "")).toBe(squash(claim.quote));
      expect(await mark.evaluate((el) => el.matches(":target"))).toBe(true);
      // The :target style makes it stand out: an outline the other marks do not have.
      expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
      // Its tag (the first link in it: nested quotes' tags come after) links to the claim.
      const tag = mark.getByRole("link").first();
      await expect(tag).toHaveAttribute("href", `/claims/${claim.id}`);
      expect(await tag.getAttribute("aria-label")).toMatch(/^Claim C\d+: /);
      await expect(tag).toHaveAccessibleName(`${(await tag.getAttribute("aria-label"))!.split(":")[0]}: ${claim.summary}`);
    }

    // From the side list to the place in the text.
    const source = claims[0].source.id;
    await page.goto(`/sources/${source}`);
    const sideList = page.getByRole("region", { name: /^Claims in this source/ });
    await sideList.getByRole("link", { name: claims[0].summary }).click();
    await expect(page).toHaveURL(new RegExp(`#claim-${claims[0].id}$`));
    await expect(page.locator(`mark[id="claim-${claims[0].id}"]`)).toBeInViewport();
  });

  test("shows each article's text exactly once with every claim and event quote marked in place", async ({ page, request }) => {
    const list = await apiData<{ id: string }[]>(request, "/api/v1/sources");
    expect(list).toHaveLength(5);
    const events = await apiData<ApiEvent[]>(request, "/api/v1/events?pageSize=500");
    for (const { id } of list) {
      const source = await apiData<ApiSource>(request, `/api/v1/sources/${id}`);
      await page.goto(`/sources/${source.slug}`);
      const text = page.getByTestId("source-text");
      await expect(text).toHaveAttribute("lang", "fr");
      await expect(text).toHaveCSS("white-space", "pre-wrap");
      // Every character once: the marks' tags add no text of their own.
      expect(await text.textContent(), source.slug).toBe(source.text);

      expect(source.claims.length).toBeGreaterThan(0);
      for (const claim of source.claims) {
        const mark = text.locator(`mark[id="claim-${claim.id}"]`);
        await expect(mark).toHaveCount(1);
        expect(await mark.textContent(), claim.id).toBe(claim.quote);
      }
      for (const quote of events.flatMap((event) => event.quotes).filter((q) => q.source.id === source.id)) {
        const mark = text.locator(`mark[id="event-${quote.id}"]`);
        await expect(mark).toHaveCount(1);
        expect(await mark.textContent()).toBe(quote.quote);
      }
    }
  });

  test("marks the spec values an article gives, linked to the chip", async ({ page }) => {
    await page.goto("/sources/investing-huawei-peine-a-gagner-du-terrain#spec-chip_count");
    const mark = page.locator("mark#spec-chip_count");
    await expect(mark).toHaveText("en reliant jusqu’à 384 processeurs Ascend");
    await expect(mark).toBeInViewport();
    await expect(mark.getByRole("link", { name: /CloudMatrix 384, Chips per system/ })).toHaveAttribute(
      "href",
      "/chips/cloudmatrix-384",
    );
    await expect(page.locator("mark#spec-fp8_support")).toHaveText("l’absence de support natif pour FP8");
  });

  test("says which parameters it ignored on the list", async ({ page }) => {
    await page.goto("/sources?page=zero");
    await expect(page.getByRole("status")).toContainText("Ignored: page must be a whole number");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(6);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the list and a source have no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/sources");
      await expect(page.getByRole("table")).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto("/sources/grandes-entreprises-chinoises-remplacer-silicium-americain");
      await expect(page.getByTestId("source-text")).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});

test.describe("unknown sources", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown source id is a 404", async ({ page }) => {
    const response = await page.goto("/sources/no-such-source");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
