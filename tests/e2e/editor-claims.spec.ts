import type { Browser, BrowserContext, Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { expect, seriousA11yViolations, test } from "./fixtures";

// The editor's journey with sources and claims, against the production build: archive an
// article from pasted text, quote it in a claim, publish it and see it where readers look, then
// retract it; the forms' refusals (nothing saved), a version conflict, the history, and what a
// signed-out visitor or a forged session can do (nothing).
//
// Every article this file archives has "(e2e " in its title. Afterwards they are removed, with
// their claims and revisions, straight from the test database, so the reader specs that follow
// on the same database (npm test) still see the seeded knowledge base only.

const DEMO = { email: "editor@chipwatch.local", password: "chipwatch-demo" };
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";

/** A short made-up French paragraph naming Huawei and the Ascend 910B (test data only). */
function articleText(run: string) {
  return [
    `Note fictive ${run}, rédigée pour les tests de Chipwatch.`,
    "Selon cette note imaginaire, le groupe Huawei aurait livré cette semaine plusieurs milliers de puces Ascend 910B",
    "à un opérateur de centres de données de Shenzhen. « Les commandes dépassent nos prévisions », aurait déclaré un porte-parole.",
    "",
    "L’entreprise n’a pas commenté ces chiffres.",
  ].join("\n");
}
/** A claim's own editor page (not /editor/claims/new). */
const CLAIM_PAGE = /\/editor\/claims\/(?!new\b)[^/?]+$/;
const QUOTE = "le groupe Huawei aurait livré cette semaine plusieurs milliers de puces Ascend 910B";

function runId() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
}

/** Archive an article through the form; returns its id. */
async function addSource(page: Page, run: string, title = `Huawei livre des Ascend 910B (e2e ${run})`) {
  await page.goto("/editor/sources/new");
  await page.getByLabel("URL").fill(`https://news.example.test/chipwatch/${run}`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("Journal imaginaire");
  await page.getByLabel("Language").selectOption("fr");
  await page.getByLabel("Published on").fill(today());
  await page.getByLabel("Article text").fill(articleText(run));
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(/\/editor\/sources\/(?!new\b)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Select `text` inside the article text beside the claim form, the way a mouse would. */
async function selectInArticle(page: Page, text: string) {
  await page.getByRole("region", { name: "Article text" }).evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      region.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the article text`);
  }, text);
}

async function fillClaim(page: Page, fields: { company: string; chip: string; summary: string; type?: string }) {
  await page.getByRole("combobox", { name: "Company", exact: true }).fill(fields.company);
  await page.getByRole("combobox", { name: "Chip", exact: true }).fill(fields.chip);
  await page.getByLabel("Claim type").selectOption({ label: fields.type ?? "Supply" });
  await page.getByLabel("Summary").fill(fields.summary);
}

async function apiTotal(page: Page, path: string): Promise<number> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** Every claim an editor can see (all statuses), and every source. */
async function recordCounts(page: Page) {
  const statuses = ["draft", "published", "disputed", "retracted"];
  const claims = await Promise.all(statuses.map((status) => apiTotal(page, `/api/v1/claims?status=${status}`)));
  return { claims: claims.reduce((a, b) => a + b, 0), sources: await apiTotal(page, "/api/v1/sources") };
}

const claimResult = (page: Page, summary: string) =>
  page.getByRole("main").getByRole("article").filter({ has: page.getByRole("heading", { name: summary, exact: true }) });

/** A second browser context signed in as the same editor (its own cookies), JavaScript on or off. */
async function signedInContext(browser: Browser, from: BrowserContext, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, baseURL: test.info().project.use.baseURL });
  await context.addCookies(await from.cookies());
  return context;
}

test.afterAll(async () => {
  // through Prisma, so the same cleanup serves SQLite and PostgreSQL (E2E_DATABASE_URL)
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const sources = await db.source.findMany({ where: { title: { contains: "(e2e " } }, select: { id: true } });
    const sourceIds = sources.map((s) => s.id);
    if (sourceIds.length === 0) return;
    const claims = await db.claim.findMany({ where: { sourceId: { in: sourceIds } }, select: { id: true } });
    const ids = [...sourceIds, ...claims.map((c) => c.id)];
    const ofTheseClaims = { claim: { sourceId: { in: sourceIds } } };
    await db.$transaction([
      db.revision.deleteMany({ where: { entityId: { in: ids } } }),
      db.claimCompany.deleteMany({ where: ofTheseClaims }),
      db.claimChip.deleteMany({ where: ofTheseClaims }),
      db.claim.deleteMany({ where: { sourceId: { in: sourceIds } } }),
      db.source.deleteMany({ where: { id: { in: sourceIds } } }),
    ]);
  } finally {
    await db.$disconnect();
  }
});

test.describe("editor: sources and claims", () => {
  test("archive an article, quote it in a claim, publish it, see it where readers look, retract it, read its history", async ({
    page,
    request,
  }) => {
    const run = runId();
    const summary = `Huawei reportedly delivered thousands of Ascend 910B chips to a Shenzhen operator (test ${run}).`;
    await signIn(page);

    // a new source from pasted text
    await page.getByRole("link", { name: "New source" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New source" })).toBeVisible();
    const sourceId = await addSource(page, run);
    await expect(page.getByTestId("source-text")).toContainText(QUOTE);

    // a claim quoting it: the quote selected in the text, the company typed as an alias
    await page.getByRole("link", { name: "Add a claim from this source" }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/claims/new\\?source=${sourceId}$`));
    await expect(page.getByRole("combobox", { name: "Source", exact: true })).toHaveValue(sourceId);
    await selectInArticle(page, QUOTE);
    await expect(page.getByRole("textbox", { name: "Quote", exact: true })).toHaveValue(QUOTE);
    await expect(page.getByText("The quote is in the text (characters")).toBeVisible();
    await fillClaim(page, { company: "华为", chip: "Ascend 910B", summary });
    await page.getByLabel("Translation").fill("the Huawei group reportedly delivered several thousand Ascend 910B chips this week");
    await page.getByLabel("Claim date").fill(today());
    await page.getByRole("button", { name: "Save claim" }).click();

    await expect(page).toHaveURL(CLAIM_PAGE);
    const claimId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(summary);
    await expect(page.getByText("Draft: readers do not see it until it is published.")).toBeVisible();
    const details = page.getByRole("region", { name: "Details" });
    await expect(details).toContainText("Huawei");
    await expect(details).toContainText("Ascend 910B");

    // a draft is not shown to readers
    await page.goto("/claims?chip=ascend-910b");
    await expect(claimResult(page, summary)).toHaveCount(0);
    expect((await request.get(`/api/v1/claims/${claimId}`)).status()).toBe(404);

    // published: on Huawei's vendor profile and in the explorer filtered by its chip
    await page.goto(`/editor/claims/${claimId}`);
    await page.getByRole("button", { name: "Publish claim" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Status" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Retract claim" })).toBeVisible();
    await page.goto("/vendors/huawei");
    await expect(page.getByRole("main").getByText(summary).first()).toBeVisible();
    await page.goto("/claims?chip=ascend-910b");
    await expect(claimResult(page, summary)).toHaveCount(1);
    await expect(claimResult(page, summary)).toContainText(QUOTE);
    const published = await request.get(`/api/v1/claims/${claimId}`);
    expect(published.status()).toBe(200);
    const { data } = (await published.json()) as { data: { quote: string; quoteStart: number; quoteEnd: number; status: string } };
    expect(data).toMatchObject({ quote: QUOTE, status: "published" });
    expect(articleText(run).slice(data.quoteStart, data.quoteEnd)).toBe(QUOTE);

    // retracted with a reason: gone for readers, still there for editors, marked
    await page.goto(`/editor/claims/${claimId}`);
    await page.getByRole("button", { name: "Retract claim" }).click();
    await expect(page.getByLabel("Reason for retracting")).toHaveAccessibleDescription(/Give the reason for retracting this claim/);
    await page.getByLabel("Reason for retracting").fill("Made-up article used by the browser tests.");
    await page.getByRole("button", { name: "Retract claim" }).click();
    await expect(page.getByText("Retracted: readers and the API no longer show this claim. Reason: Made-up article used by the browser tests.")).toBeVisible();
    await page.goto("/claims?chip=ascend-910b");
    await expect(claimResult(page, summary)).toHaveCount(0);
    expect((await request.get(`/api/v1/claims/${claimId}`)).status()).toBe(404);
    await page.goto(`/editor/sources/${sourceId}`);
    const fromSource = page.getByRole("region", { name: /Claims from this source/ }).getByRole("listitem");
    await expect(fromSource).toHaveCount(1);
    await expect(fromSource).toContainText("Retracted");

    // the history: created, published, retracted, newest first, with what changed
    await page.goto(`/editor/claims/${claimId}`);
    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/history/Claim/${claimId}$`));
    const revisions = page.getByRole("list", { name: "Revisions" }).getByRole("article");
    await expect(revisions).toHaveCount(3);
    await expect(revisions.getByRole("heading", { level: 2 })).toHaveText([/^Retracted/, /^Published/, /^Created/]);
    await expect(revisions.nth(0)).toContainText("by Demo editor");
    await expect(revisions.nth(0).getByRole("definition").filter({ hasText: "retracted" })).toContainText(/published.*→.*retracted/);
    await expect(revisions.nth(0)).toContainText("Made-up article used by the browser tests.");
    await expect(revisions.nth(1).getByRole("definition").first()).toContainText(/draft.*→.*published/);
    await expect(revisions.nth(2)).toContainText(QUOTE);
    await expect(revisions.nth(2)).toContainText("ascend-910b");

    // the dashboard lists the latest changes with links to the record and its history
    await page.goto("/editor");
    const latest = page.getByRole("region", { name: "Latest changes" }).getByRole("listitem");
    await expect(latest.first()).toContainText("Retracted claim");
    await expect(latest.first().getByRole("link", { name: summary, exact: true })).toHaveAttribute("href", `/editor/claims/${claimId}`);
    await expect(latest.first().getByRole("link", { name: /^History of claim/ })).toHaveAttribute(
      "href",
      `/editor/history/Claim/${claimId}`,
    );
  });

  test("refused forms show the error on the field, keep what was typed, and save nothing", async ({ page }) => {
    const run = runId();
    await signIn(page);
    const before = await recordCounts(page);

    // an address that is not http(s)
    await page.goto("/editor/sources/new");
    await page.getByLabel("URL").fill("javascript:alert(1)");
    await page.getByLabel("Title").fill(`Refused (e2e ${run})`);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Article text").fill(articleText(run));
    await page.getByRole("button", { name: "Save source" }).click();
    const url = page.getByLabel("URL");
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toHaveAccessibleDescription(/Enter the article's web address, starting with http:\/\/ or https:\/\//);
    await expect(url).toBeFocused();
    await expect(url).toHaveValue("javascript:alert(1)");
    await expect(page.getByLabel("Title")).toHaveValue(`Refused (e2e ${run})`);
    await expect(page).toHaveURL(/\/editor\/sources\/new$/);

    // a good source to quote from
    const sourceId = await addSource(page, run);

    // the same text again, under another title: not archived twice, and a link to the one there is
    await page.goto("/editor/sources/new");
    await page.getByLabel("Title").fill(`The same article again (e2e ${run})`);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Article text").fill(articleText(run));
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page.getByLabel("Article text")).toHaveAccessibleDescription(/This exact text is already archived as “Huawei livre/);
    await expect(page.getByLabel("Language")).toHaveValue("fr");
    await page.getByRole("link", { name: /^Open the archived source/ }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/sources/${sourceId}$`));

    await page.goto(`/editor/claims/new?source=${sourceId}`);

    // an empty summary
    await page.getByRole("textbox", { name: "Quote", exact: true }).fill(QUOTE);
    await fillClaim(page, { company: "Huawei Technologies", chip: "Ascend 910B", summary: "" });
    await page.getByRole("button", { name: "Save claim" }).click();
    const summaryField = page.getByLabel("Summary");
    await expect(summaryField).toHaveAttribute("aria-invalid", "true");
    await expect(summaryField).toHaveAccessibleDescription(/Write a one-sentence summary in English/);
    await expect(page.getByRole("combobox", { name: "Company", exact: true })).toHaveValue("Huawei Technologies");

    // a quote that is not in the text: the server refuses it, on the Quote field
    await summaryField.fill(`A claim whose quote is not in the article (test ${run}).`);
    const quote = page.getByRole("textbox", { name: "Quote", exact: true });
    await quote.fill("le groupe Huawei aurait livré dix mille puces Ascend 910C");
    await expect(page.getByText("The quote as typed is not in this text.")).toBeVisible();
    await page.getByRole("button", { name: "Save claim" }).click();
    await expect(quote).toHaveAttribute("aria-invalid", "true");
    await expect(quote).toHaveAccessibleDescription(/This quote is not in the article text/);
    await expect(quote).toHaveValue("le groupe Huawei aurait livré dix mille puces Ascend 910C");
    await expect(page.getByLabel("Summary")).toHaveValue(`A claim whose quote is not in the article (test ${run}).`);
    await expect(page.getByLabel("Summary")).not.toHaveAttribute("aria-invalid");
    await expect(page).toHaveURL(/\/editor\/claims\/new\?source=/);

    // an unknown company: the form offers to create it; nothing is created until ticked
    await quote.fill(QUOTE);
    await page.getByRole("combobox", { name: "Company", exact: true }).fill(`Imaginary Cloud ${run}`);
    await page.getByRole("button", { name: "Save claim" }).click();
    await expect(page.getByRole("combobox", { name: "Company", exact: true })).toHaveAccessibleDescription(
      new RegExp(`No company is called “Imaginary Cloud ${run}”`),
    );
    await expect(page.getByRole("checkbox", { name: `Create company “Imaginary Cloud ${run}”` })).not.toBeChecked();

    // nothing was saved but the one good source
    expect(await recordCounts(page)).toEqual({ claims: before.claims, sources: before.sources + 1 });
    const companies = (await (await page.request.get(`/api/v1/companies?q=${encodeURIComponent(run)}`)).json()) as { total: number };
    expect(companies.total).toBe(0);
  });

  test("without JavaScript: the forms post to the server, which refuses what is wrong next to the field", async ({ page, browser }) => {
    const run = runId();
    await signIn(page);
    const sourceId = await addSource(page, run);
    const before = await recordCounts(page);
    const context = await signedInContext(browser, page.context(), false);
    const noJs = await context.newPage();

    await noJs.goto("/editor/sources/new");
    await noJs.getByLabel("URL").fill("ftp://example.test/article");
    await noJs.getByLabel("Title").fill(`No JS (e2e ${run})`);
    await noJs.getByLabel("Language").selectOption("fr");
    await noJs.getByLabel("Article text").fill(`Un autre texte ${run}.`);
    await noJs.getByRole("button", { name: "Save source" }).click();
    await expect(noJs.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
    await expect(noJs.getByLabel("URL")).toHaveValue("ftp://example.test/article");
    await expect(noJs.getByLabel("Article text")).toHaveValue(`Un autre texte ${run}.`);

    await noJs.goto(`/editor/claims/new?source=${sourceId}`);
    await expect(noJs.getByRole("region", { name: "Article text" })).toContainText(QUOTE);
    await noJs.getByRole("textbox", { name: "Quote", exact: true }).fill(QUOTE.replace("cette semaine", "cette   semaine"));
    await noJs.getByRole("combobox", { name: "Company", exact: true }).fill("huawei");
    await noJs.getByLabel("Claim type").selectOption({ label: "Supply" });
    await noJs.getByRole("button", { name: "Save claim" }).click();
    await expect(noJs.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
    await expect(noJs.getByLabel("Summary")).toHaveAccessibleDescription(/Write a one-sentence summary in English/);
    await expect(noJs.getByRole("combobox", { name: "Company", exact: true })).toHaveValue("huawei");
    await context.close();

    expect(await recordCounts(page)).toEqual(before);
  });

  test("two editors edit the same claim: the second save is refused and shows the current version", async ({ page, browser }) => {
    const run = runId();
    await signIn(page);
    const sourceId = await addSource(page, run);
    await page.goto(`/editor/claims/new?source=${sourceId}`);
    await page.getByRole("textbox", { name: "Quote", exact: true }).fill(QUOTE);
    await fillClaim(page, { company: "Huawei", chip: "Ascend 910B", summary: `A claim two editors edit (test ${run}).` });
    await page.getByRole("button", { name: "Save claim" }).click();
    await expect(page).toHaveURL(CLAIM_PAGE);
    const claimId = new URL(page.url()).pathname.split("/").pop()!;

    const context = await signedInContext(browser, page.context(), true);
    const other = await context.newPage();
    await page.goto(`/editor/claims/${claimId}/edit`);
    await other.goto(`/editor/claims/${claimId}/edit`);

    await page.getByLabel("Summary").fill(`First editor's summary (test ${run}).`);
    await page.getByRole("button", { name: "Save claim" }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/claims/${claimId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`First editor's summary (test ${run}).`);

    await other.getByLabel("Summary").fill(`Second editor's summary (test ${run}).`);
    await other.getByRole("button", { name: "Save claim" }).click();
    await expect(other.getByRole("main").getByRole("alert")).toContainText("Someone else saved this claim");
    await expect(other.getByLabel("Summary")).toHaveValue(`First editor's summary (test ${run}).`);
    await other.getByText("What you had typed (not saved)").click();
    await expect(other.getByRole("main").getByRole("alert")).toContainText(`Second editor's summary (test ${run}).`);
    await expect(other).toHaveURL(new RegExp(`/editor/claims/${claimId}/edit$`));
    // saving again from the version now shown works
    await other.getByLabel("Summary").fill(`Second editor's summary, after review (test ${run}).`);
    await other.getByRole("button", { name: "Save claim" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Second editor's summary, after review (test ${run}).`);
    await context.close();

    await page.goto(`/editor/history/Claim/${claimId}`);
    await expect(page.getByRole("list", { name: "Revisions" }).getByRole("article")).toHaveCount(3);
  });

  test("signed out, the editor pages send to sign in; a write with a forged session changes nothing", async ({ page, context, baseURL }) => {
    const run = runId();
    await signIn(page);
    const before = await recordCounts(page);
    await page.goto("/editor/sources/new");
    await page.getByLabel("Title").fill(`Forged (e2e ${run})`);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Article text").fill(`Texte envoyé sans session valable ${run}.`);
    // the session cookie is replaced by a forged one, then the form is sent
    await context.clearCookies();
    await context.addCookies([{ name: "chipwatch_session", value: "Fe26.2**forged", url: baseURL! }]);
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(page).toHaveURL(/\/login\?next=/);

    await context.clearCookies();
    await signIn(page);
    expect(await recordCounts(page)).toEqual(before);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    for (const path of ["/editor", "/editor/claims/new", "/editor/sources/new"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path).replace(/[/]/g, "\\/")}$`));
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the editor home, new source and new claim pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await signIn(page);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto("/editor/sources/new");
      await page.getByLabel("URL").fill("javascript:alert(1)");
      await page.getByRole("button", { name: "Save source" }).click();
      await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
      expect(await seriousA11yViolations(page)).toEqual([]);

      const sources = (await (await page.request.get("/api/v1/sources")).json()) as { data: { id: string }[] };
      await page.goto(`/editor/claims/new?source=${sources.data[0].id}`);
      await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
      await page.getByRole("button", { name: "Save claim" }).click();
      await expect(page.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});

