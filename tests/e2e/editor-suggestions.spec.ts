import type { Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { expect, seriousA11yViolations, test } from "./fixtures";

// The suggestions panel on a saved source's editor page: on a seeded article, the mentions it finds
// and the candidate claims already recorded; on a new pasted article, a candidate claim whose
// "Create draft" opens the claim form pre-filled.
//
// Every article this file archives has "(e2e-sug " in its title; afterwards they are removed, with
// their revisions, straight from the test database, so the specs that count sources still see the
// seeded knowledge base only.

const DEMO = { email: "editor@chipwatch.local", password: "chipwatch-demo" };
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
const QUOTE = "Baidu teste sa puce Kunlun P800 sur des versions avancées de son modèle Ernie";

function runId() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
}

/** A seeded source naming Huawei that has claims (read from the test database, SQLite or PostgreSQL). */
async function seededSourceId(): Promise<string> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const row = await db.source.findFirst({
      where: { text: { contains: "Huawei" }, claims: { some: {} } },
      orderBy: { slug: "asc" },
      select: { id: true },
    });
    if (!row) throw new Error("no seeded source names Huawei");
    return row.id;
  } finally {
    await db.$disconnect();
  }
}

test.afterAll(async () => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const sources = await db.source.findMany({ where: { title: { contains: "(e2e-sug " } }, select: { id: true } });
    const ids = sources.map((s) => s.id);
    if (ids.length === 0) return;
    const claimIds = (await db.claim.findMany({ where: { sourceId: { in: ids } }, select: { id: true } })).map((c) => c.id);
    const dismissalIds = (await db.suggestionDismissal.findMany({ where: { sourceId: { in: ids } }, select: { id: true } })).map(
      (d) => d.id,
    );
    await db.$transaction([
      db.revision.deleteMany({ where: { entityId: { in: claimIds } } }),
      db.claimCompany.deleteMany({ where: { claimId: { in: claimIds } } }),
      db.claimChip.deleteMany({ where: { claimId: { in: claimIds } } }),
      db.claim.deleteMany({ where: { id: { in: claimIds } } }),
      db.revision.deleteMany({ where: { entityType: "SuggestionDismissal", entityId: { in: dismissalIds } } }),
      db.suggestionDismissal.deleteMany({ where: { sourceId: { in: ids } } }),
      db.revision.deleteMany({ where: { entityId: { in: ids } } }),
      db.source.deleteMany({ where: { id: { in: ids } } }),
    ]);
  } finally {
    await db.$disconnect();
  }
});

test.describe("editor: suggestions", () => {
  test("a seeded source shows its mentions and marks the claims already recorded", async ({ page }) => {
    await signIn(page);
    await page.goto(`/editor/sources/${await seededSourceId()}`);
    const panel = page.getByRole("region", { name: "Suggestions" });
    await expect(panel.getByRole("heading", { level: 2, name: "Suggestions" })).toBeVisible();
    const mentions = panel.getByRole("region", { name: /^Mentions/ });
    await expect(mentions.getByRole("link", { name: "Huawei", exact: true })).toBeVisible();
    const claims = panel.getByRole("region", { name: /^Candidate claims/ });
    await expect(claims.getByText("Already a claim").first()).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("a new pasted article gets a candidate claim whose draft link pre-fills the claim form", async ({ page }) => {
    const run = runId();
    const title = `Baidu teste la Kunlun P800 (e2e-sug ${run})`;
    await signIn(page);
    await page.goto("/editor/sources/new");
    await page.getByLabel("URL").fill(`https://news.example.test/chipwatch-sug/${run}`);
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Published on").fill(new Date().toISOString().slice(0, 10));
    await page
      .getByLabel("Article text")
      .fill(`Note fictive ${run}, rédigée pour les tests de Chipwatch.\n\nSelon cette note imaginaire, ${QUOTE}.`);
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page).toHaveURL(/\/editor\/sources\/(?!new\b)[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const sourcePage = page.url();

    // the known names are underlined in the article text
    const text = page.getByRole("region", { name: "Article text" });
    await expect(text.locator('mark[data-quote-kind="mention"]', { hasText: "Kunlun P800" })).toHaveAttribute(
      "title",
      "Mention of Kunlun P800 (chip)",
    );
    await expect(text.locator('mark[data-quote-kind="mention"]', { hasText: "Baidu" }).first()).toBeVisible();

    const claims = page.getByRole("region", { name: /^Candidate claims/ });
    const candidate = claims.getByTestId("candidate-claim").filter({ hasText: "Kunlun P800" }).first();
    await expect(candidate).toContainText("Testing");
    await expect(candidate).toContainText("Baidu");
    await expect(candidate.getByText("Already a claim")).toHaveCount(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await candidate.getByRole("link", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/editor\/claims\/new\?/);
    await expect(page.getByRole("heading", { level: 1, name: "New claim" })).toBeVisible();
    await expect(page.getByLabel("Claim type")).toHaveValue("testing");
    await expect(page.getByRole("combobox", { name: "Company", exact: true })).toHaveValue("Baidu");
    await expect(page.getByRole("combobox", { name: "Chip", exact: true })).toHaveValue("Kunlun P800");
    await expect(page.getByRole("textbox", { name: "Quote", exact: true })).toHaveValue(new RegExp(QUOTE));

    // "Dismiss" hides the suggestion for this source
    await page.goto(sourcePage);
    const again = page.getByRole("region", { name: /^Candidate claims/ }).getByTestId("candidate-claim").filter({ hasText: "Kunlun P800" });
    await expect(again).toHaveCount(1);
    await again.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByText("1 dismissed suggestion is not shown.", { exact: false })).toBeVisible();
    await expect(again).toHaveCount(0);
  });

  test("accept a suggested claim, publish it, and find it in the claims explorer", async ({ page }) => {
    const run = runId();
    await signIn(page);
    await page.goto("/editor/sources/new");
    await page.getByLabel("Title").fill(`Baidu et la Kunlun P800 (e2e-sug ${run})`);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Article text").fill(`Dépêche fictive ${run} pour les tests de Chipwatch.\n\n${QUOTE}.`);
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page).toHaveURL(/\/editor\/sources\/(?!new\b)[^/?]+$/);
    const sourcePage = page.url();

    const candidate = page
      .getByRole("region", { name: /^Candidate claims/ })
      .getByTestId("candidate-claim")
      .filter({ hasText: "Kunlun P800" })
      .first();
    await candidate.getByRole("link", { name: "Create draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New claim" })).toBeVisible();
    await page.getByLabel("Summary").fill(`Baidu is testing its Kunlun P800 on Ernie (suggestion test ${run}).`);
    await page.getByLabel("Publish now").check();
    await page.getByRole("button", { name: "Save claim" }).click();
    // the saved claim's page, not the form's own pre-filled /editor/claims/new?… URL (the save must finish
    // before the explorer is read)
    await expect(page).toHaveURL(/\/editor\/claims\/(?!new\b)[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Baidu is testing its Kunlun P800 on Ernie (suggestion test ${run}).`);

    // readers find it in the explorer, filtered by its chip and by text
    await page.goto(`/claims?chip=kunlun-p800&q=${run}`);
    await expect(page.getByRole("heading", { level: 2, name: "1 claim", exact: true })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 3, name: `Baidu is testing its Kunlun P800 on Ernie (suggestion test ${run}).`, exact: true }),
    ).toBeVisible();

    // and the suggestion is now marked as a recorded claim
    await page.goto(sourcePage);
    await expect(
      page.getByRole("region", { name: /^Candidate claims/ }).getByTestId("candidate-claim").filter({ hasText: "Kunlun P800" }).first(),
    ).toContainText("Already a claim");
  });
});
