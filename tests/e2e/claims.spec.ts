import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { expect, pickSuggestion, seriousA11yViolations, test } from "./fixtures";

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";

// The claims explorer (/claims) on the seeded knowledge base: filters through the labelled
// controls, shareable URLs, contradiction markers, quote links, exports, and one claim's page.

const TESTED_910C = "ByteDance and Alibaba have tested Huawei's Ascend 910C.";
const OVERHEATING_910C =
  "Tests by ByteDance and Alibaba found overheating in the Ascend 910C and limitations in Huawei's CANN software stack compared with Nvidia's CUDA.";
const TENCENT_NO_ORDERS =
  "ByteDance, Alibaba and Tencent have not yet placed significant orders for Huawei's Ascend chips, even as the supply of Nvidia products tightens under US trade controls.";
const TENCENT_ENGINEERS =
  "Huawei deployed engineers at its major customers, sending a team to Baidu, iFlytek and Tencent, an initiative praised by a former Baidu employee.";

const results = (page: Page) => page.getByRole("main").getByRole("article");
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 3 }).allInnerTexts();
const countHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^\d+ claims?$/ });
const claimNamed = (page: Page, summary: string) =>
  results(page).filter({ has: page.getByRole("heading", { level: 3, name: summary, exact: true }) });

async function claimCount(page: Page): Promise<number> {
  return Number((await countHeading(page).innerText()).replace(/\D/g, ""));
}

async function applyFilters(page: Page) {
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForLoadState("domcontentloaded");
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  return records;
}

test.describe("claims explorer", () => {
  test("filter claims by chip through the controls, reload the URL and see the same result", async ({ page }) => {
    await page.goto("/claims");
    await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
    const everything = await claimCount(page);
    expect(everything).toBeGreaterThan(20);
    // 20 per page, with a way to the next page.
    await expect(results(page)).toHaveCount(20);
    await expect(page.getByRole("navigation", { name: "Pages of claims" }).getByRole("link", { name: /Next/ })).toHaveAttribute(
      "href",
      "/claims?page=2",
    );

    await pickSuggestion(page, "Chip", "910", "Ascend 910C");
    await applyFilters(page);
    // The chip by its slug, and none of the form's empty choices, in the shared URL.
    await expect(page).toHaveURL(/\/claims\?chip=ascend-910c$/);

    const expectTheTwo910CClaims = async () => {
      await expect(countHeading(page)).toHaveText("2 claims");
      await expect(results(page)).toHaveCount(2);
      expect((await resultTitles(page)).sort()).toEqual([TESTED_910C, OVERHEATING_910C].sort());
      for (const claim of await results(page).all()) {
        await expect(claim.getByRole("link", { name: "Ascend 910C", exact: true })).toHaveAttribute("href", "/chips/ascend-910c");
      }
      await expect(page.getByLabel("Chip", { exact: true })).toHaveValue("Ascend 910C");
      await expect(page.getByRole("link", { name: /Chip: Ascend 910C/ })).toHaveAttribute("href", "/claims");
    };
    await expectTheTwo910CClaims();

    await page.reload();
    await expectTheTwo910CClaims();

    // The same URL opened afresh, as a shared link, shows the same.
    await page.goto("/claims?chip=ascend-910c");
    await expectTheTwo910CClaims();

    // Clearing the filters brings every claim back.
    await page.getByRole("link", { name: "Clear filters", exact: true }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(countHeading(page)).toHaveText(`${everything} claims`);
  });

  test("each result shows its quote in the source's language, translation, companies, date and source", async ({ page }) => {
    await page.goto("/claims?chip=ascend-910c");
    const claim = claimNamed(page, TESTED_910C);
    await expect(claim).toHaveCount(1);
    const quote = claim.getByRole("blockquote");
    await expect(quote).toHaveAttribute("lang", "fr");
    await expect(quote).toContainText("Des tests effectués par des entreprises comme ByteDance et Alibaba");
    await expect(claim.getByText(/^Translation: Tests carried out by companies such as ByteDance/)).toBeVisible();
    await expect(claim.getByText("Claim date: Undated")).toBeVisible();
    await expect(claim.getByText("Confidence: Reported")).toBeVisible();
    await expect(claim.getByText("Testing", { exact: true })).toBeVisible();
    // ByteDance is a customer; Huawei makes chips.
    await expect(claim.getByRole("link", { name: "ByteDance", exact: true })).toHaveAttribute("href", "/customers/bytedance");
    await expect(claim.getByRole("link", { name: "Huawei", exact: true })).toHaveAttribute("href", "/vendors/huawei");

    // The source links to the quote's highlighted place in the archived article.
    const permalink = await claim.getByRole("link", { name: /^Permalink/ }).getAttribute("href");
    expect(permalink).toMatch(/^\/claims\/[a-z0-9]+$/);
    const claimId = permalink!.split("/").pop();
    const sourceLink = claim.getByRole("link", { name: "Huawei peine à gagner du terrain auprès des principaux clients nationaux" });
    await expect(sourceLink).toHaveAttribute("href", new RegExp(`^/sources/[a-z0-9]+#claim-${claimId}$`));
    await expect(claim.getByText("Investing.com")).toBeVisible();

    // Following it lands on the quote, highlighted in the archived article.
    await sourceLink.click();
    await expect(page).toHaveURL(new RegExp(`/sources/[a-z0-9]+#claim-${claimId}$`));
    const highlighted = page.locator(`mark[id="claim-${claimId}"]`);
    await expect(highlighted).toBeVisible();
    await expect(highlighted).toContainText("Des tests effectués par des entreprises comme ByteDance et Alibaba");
    // It is the page's :target, which is what highlights it.
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(`claim-${claimId}`);
  });

  test("search and claim type filters", async ({ page }) => {
    await page.goto("/claims");
    await page.getByLabel("Search", { exact: true }).fill("Kunlun");
    await applyFilters(page);
    expect(new URL(page.url()).search).toBe("?q=Kunlun");
    await expect(countHeading(page)).toHaveText("2 claims");
    for (const claim of await results(page).all()) {
      await expect(claim.getByRole("link", { name: "Baidu", exact: true }).first()).toBeVisible();
      await expect(claim).toContainText("Kunlun");
    }

    await page.goto("/claims");
    await page.getByLabel("Claim type", { exact: true }).selectOption({ label: "Testing" });
    await applyFilters(page);
    expect(new URL(page.url()).search).toBe("?kind=testing");
    const testing = await claimCount(page);
    expect(testing).toBeGreaterThan(0);
    await expect(results(page)).toHaveCount(testing);
    for (const claim of await results(page).all()) {
      await expect(claim.getByText("Testing", { exact: true })).toBeVisible();
    }
    await expect(page.getByLabel("Claim type", { exact: true })).toHaveValue("testing");

    // Type and chip together, then the type removed from the active filters.
    await pickSuggestion(page, "Chip", "ascend", "Ascend 910C");
    await applyFilters(page);
    await expect(page).toHaveURL(/\/claims\?chip=ascend-910c&kind=testing$/);
    expect(await resultTitles(page)).toEqual([TESTED_910C]);
    await page.getByRole("link", { name: /Claim type: Testing/ }).click();
    await expect(page).toHaveURL(/\/claims\?chip=ascend-910c$/);
    await expect(countHeading(page)).toHaveText("2 claims");

    // A date range leaves out undated claims, and says so.
    await page.goto("/claims?chip=ascend-910c&from=2020-01-01");
    await expect(countHeading(page)).toHaveText("0 claims");
    await expect(page.getByText("Undated claims never match a date range.")).toBeVisible();
  });

  test("a bad URL shows what was ignored and the default results", async ({ page }) => {
    await page.goto("/claims");
    const everything = await claimCount(page);
    const firstTitles = await resultTitles(page);

    const response = await page.goto("/claims?kind=bogus&page=-3");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status");
    await expect(notice).toContainText("Ignored: kind must be one of");
    await expect(notice).toContainText("'bogus'");
    await expect(notice).toContainText("Ignored: page must be a whole number");
    await expect(countHeading(page)).toHaveText(`${everything} claims`);
    expect(await resultTitles(page)).toEqual(firstTitles);

    await page.goto("/claims?status=draft&chip=no-such-chip");
    await expect(page.getByRole("status")).toContainText("for editors only");
    await expect(page.getByRole("status")).toContainText("no chip named 'no-such-chip'");
    await expect(countHeading(page)).toHaveText(`${everything} claims`);
  });

  test("a company or chip typed by name, even without JavaScript, filters by it under its slug", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    try {
      await page.goto("/claims");
      // no suggestions without JavaScript: a name in any case, or a Chinese name, is enough
      await page.getByLabel("Company", { exact: true }).fill("字节跳动");
      await page.getByLabel("Chip", { exact: true }).fill("ascend 910c");
      await applyFilters(page);
      await expect(page).toHaveURL(/\/claims\?company=bytedance&chip=ascend-910c$/);
      await expect(countHeading(page)).toHaveText("2 claims");
      expect((await resultTitles(page)).sort()).toEqual([TESTED_910C, OVERHEATING_910C].sort());
      await expect(page.getByRole("link", { name: /Company: ByteDance/ })).toBeVisible();
      await expect(page.getByLabel("Company", { exact: true })).toHaveValue("ByteDance");
      await expect(page.getByLabel("Chip", { exact: true })).toHaveValue("Ascend 910C");

      // A name no chip has: not applied, said so on the field and in the notice, and kept there to correct.
      await page.getByLabel("Chip", { exact: true }).fill("Ascend 9999");
      await applyFilters(page);
      const chipField = page.getByLabel("Chip", { exact: true });
      await expect(chipField).toHaveValue("Ascend 9999");
      await expect(chipField).toHaveAttribute("aria-invalid", "true");
      await expect(chipField).toHaveAccessibleDescription(/Not applied: no chip named 'Ascend 9999'\./);
      await expect(page.getByRole("status")).toContainText("Ignored: no chip named 'Ascend 9999'");
      await expect(page).toHaveURL(/company=bytedance/);
      await expect(page.getByRole("link", { name: /Company: ByteDance/ })).toBeVisible();
      expect(await claimCount(page)).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  test("contradicting claims about Tencent are flagged on both sides, each linking to the other", async ({ page }) => {
    await page.goto("/claims?q=Tencent");
    const noOrders = claimNamed(page, TENCENT_NO_ORDERS);
    const engineers = claimNamed(page, TENCENT_ENGINEERS);
    await expect(noOrders.getByText("Contradicted by another report")).toBeVisible();
    await expect(engineers.getByText("Contradicted by another report")).toBeVisible();
    const engineersHref = await engineers.getByRole("link", { name: /^Permalink/ }).getAttribute("href");
    await expect(noOrders.getByRole("link", { name: TENCENT_ENGINEERS })).toHaveAttribute("href", engineersHref!);

    // Claims nobody contradicts carry no marker.
    await page.goto("/claims?chip=ascend-910c");
    await expect(page.getByText("Contradicted by another report")).toHaveCount(0);

    // Following the marker to the other claim's page, which flags back.
    await page.goto("/claims?q=Tencent");
    await claimNamed(page, TENCENT_NO_ORDERS).getByRole("link", { name: TENCENT_ENGINEERS }).click();
    await expect(page).toHaveURL(new RegExp(`${engineersHref}$`));
    await expect(page.getByRole("heading", { level: 1, name: TENCENT_ENGINEERS })).toBeVisible();
    await expect(page.getByText("Contradicted by another report")).toBeVisible();
    await expect(page.getByRole("link", { name: TENCENT_NO_ORDERS })).toBeVisible();
  });

  test("a claim many reports contradict names a few on its card and the rest on its page, with the count", async ({ page }) => {
    // Two customers of Huawei's Ascend, each with one adoption claim: one contradicted by 5 reports of
    // not ordering, the other by 55, more than the marker counts (50).
    const db = createPrismaClient(DATABASE_URL);
    const prefix = "e2e-contra";
    const quote = "Le client a adopté les puces Ascend.";
    try {
      const huawei = await db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
      const ascend = await db.chip.findUniqueOrThrow({ where: { slug: "ascend" } });
      const source = await db.source.create({
        data: {
          slug: `${prefix}-source`,
          title: "E2E contradictions",
          language: "fr",
          retrievedAt: new Date("2026-01-01T00:00:00Z"),
          text: quote,
          contentHash: `${prefix}-hash`,
        },
      });
      for (const [customer, declines] of [
        ["few", 5],
        ["many", 55],
      ] as const) {
        const company = await db.company.create({ data: { slug: `${prefix}-${customer}`, name: `E2E Contra ${customer}` } });
        const make = (slug: string, kind: string, summary: string) =>
          db.claim.create({
            data: {
              slug,
              sourceId: source.id,
              summary,
              quote,
              quoteStart: 0,
              quoteEnd: quote.length,
              kind,
              subjectCompanyId: company.id,
              chips: { create: [{ chipId: ascend.id }] },
              companies: { create: [{ companyId: huawei.id, role: "vendor" }] },
            },
          });
        await make(`${prefix}-${customer}-adopted`, "adoption", `E2E Contra ${customer} adopted Ascend`);
        for (let i = 0; i < declines; i++) {
          const n = String(i).padStart(2, "0");
          await make(`${prefix}-${customer}-declined-${n}`, "non_adoption", `E2E Contra ${customer} declined Ascend ${n}`);
        }
      }

      // 5: the count, the first 3 by summary, and a link to the rest on the claim's page
      await page.goto(`/claims?company=${prefix}-few&kind=adoption`);
      const few = claimNamed(page, "E2E Contra few adopted Ascend");
      await expect(few.getByText("Contradicted by 5 other reports")).toBeVisible();
      const named = few.getByRole("link", { name: /^E2E Contra few declined/ });
      await expect(named).toHaveText(["E2E Contra few declined Ascend 00", "E2E Contra few declined Ascend 01", "E2E Contra few declined Ascend 02"]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      const rest = few.getByRole("link", { name: "and 2 others contradicting this claim, on its page" });
      const permalink = await few.getByRole("link", { name: /^Permalink/ }).getAttribute("href");
      await expect(rest).toHaveAttribute("href", `${permalink}#contradictions`);
      await rest.click();
      await expect(page).toHaveURL(new RegExp(`${permalink}#contradictions$`));
      const marker = page.locator("#contradictions");
      await expect(marker).toContainText("Contradicted by 5 other reports");
      await expect(marker.getByRole("link")).toHaveCount(5);
      await expect(marker).not.toContainText("listed here");

      // 55: "more than 50", never a silently capped number; the page lists 50 and says so
      await page.goto(`/claims?company=${prefix}-many&kind=adoption`);
      const many = claimNamed(page, "E2E Contra many adopted Ascend");
      await expect(many.getByText("Contradicted by more than 50 other reports")).toBeVisible();
      await expect(many.getByRole("link", { name: /^E2E Contra many declined/ })).toHaveCount(3);
      await many.getByRole("link", { name: /^and more than 47 others/ }).click();
      await expect(page.locator("#contradictions")).toContainText("Contradicted by more than 50 other reports");
      await expect(page.locator("#contradictions").getByRole("listitem")).toHaveCount(50);
      await expect(page.locator("#contradictions")).toContainText("Only 50 of them are listed here.");
      expect(await seriousA11yViolations(page)).toEqual([]);

      // each declining claim is contradicted by the one adoption: named, with no link to more
      await page.goto(`/claims?company=${prefix}-many&kind=non_adoption`);
      // (newest entry first: the last one made leads the first page)
      const declined = claimNamed(page, "E2E Contra many declined Ascend 54");
      await expect(declined.getByText("Contradicted by another report")).toBeVisible();
      await expect(declined.getByRole("link", { name: "E2E Contra many adopted Ascend" })).toBeVisible();
      await expect(declined.getByRole("link", { name: /^and / })).toHaveCount(0);
    } finally {
      await db.claim.deleteMany({ where: { slug: { startsWith: prefix } } });
      await db.source.deleteMany({ where: { slug: { startsWith: prefix } } });
      await db.company.deleteMany({ where: { slug: { startsWith: prefix } } });
      await db.$disconnect();
    }
  });

  test("CSV and JSON downloads hold exactly the filtered claims", async ({ page, request }) => {
    await page.goto("/claims?chip=ascend-910c");
    const csvLink = page.getByRole("link", { name: "Download CSV" });
    await expect(csvLink).toHaveAttribute("href", "/api/v1/export/claims?format=csv&chip=ascend-910c");

    const downloading = page.waitForEvent("download");
    await csvLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("chipwatch-claims.csv");
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
    expect(header.slice(0, 5)).toEqual(["id", "slug", "kind", "summary", "quote"]);
    expect(rows.map((row) => row[header.indexOf("summary")]).sort()).toEqual([TESTED_910C, OVERHEATING_910C].sort());
    expect(rows.every((row) => row[header.indexOf("chips")] === "ascend-910c")).toBe(true);

    const jsonHref = await page.getByRole("link", { name: "Download JSON" }).getAttribute("href");
    const json = await request.get(jsonHref!);
    expect(json.status()).toBe(200);
    expect(json.headers()["x-total-count"]).toBe("2");
    expect((await json.json()).data).toHaveLength(2);

    const bad = await request.get("/api/v1/export/claims?format=csv&kind=bogus");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.parameter).toBe("kind");
  });

  test("one claim's page shows it in full", async ({ page }) => {
    await page.goto("/claims?chip=ascend-910c");
    await claimNamed(page, TESTED_910C).getByRole("link", { name: /^Permalink/ }).click();
    await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
    const claimId = new URL(page.url()).pathname.split("/").pop();
    await expect(page.getByRole("heading", { level: 1, name: TESTED_910C })).toBeVisible();
    await expect(page.getByRole("blockquote")).toHaveAttribute("lang", "fr");
    const inSource = page.getByRole("link", { name: "See this quote in the archived article" });
    await expect(inSource).toHaveAttribute("href", new RegExp(`^/sources/[a-z0-9]+#claim-${claimId}$`));
    const details = page.getByRole("region", { name: "Details" });
    for (const term of ["Status", "Version", "Entered", "Last updated", "Editor’s note", "Claim date"]) {
      await expect(details.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    }
    await expect(details.getByRole("definition").filter({ hasText: /^Published$/ })).toBeVisible();
    await expect(details.getByRole("definition").filter({ hasText: /^Undated$/ })).toBeVisible();

    // The same claim by its slug.
    await page.goto("/claims/bytedance-alibaba-tested-ascend-910c");
    await expect(page.getByRole("heading", { level: 1, name: TESTED_910C })).toBeVisible();

    // From here too, the quote's place in the source, highlighted.
    await inSource.click();
    await expect(page.locator(`mark[id="claim-${claimId}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(`claim-${claimId}`);
  });

  const A11Y_PAGES = [
    ["results with contradiction markers", "/claims?q=Tencent", "Contradicted by another report"],
    ["the ignored-parameters notice", "/claims?kind=bogus", "Ignored: kind must be one of"],
    ["one claim", "/claims/huawei-engineers-at-baidu-iflytek-tencent", "In the source’s words"],
  ] as const;
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [what, url, visibleText] of A11Y_PAGES) {
      test(`${what} has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await expect(page.getByText(visibleText).first()).toBeVisible();
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe("unknown claims", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown claim id is a 404 page", async ({ page }) => {
    const response = await page.goto("/claims/no-such-claim");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
