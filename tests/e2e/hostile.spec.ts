import { createHash } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createPrismaClient, type Db } from "../../lib/prisma-client";
import { expect, runtimeScriptProblems, scriptTagsWithoutNonce, test } from "./fixtures";

// Hostile input renders inert. Records whose names, texts, quotes and URLs carry script tags,
// event handlers, CSS and javascript:/data: URLs are written straight into the test server's
// database (ids and slugs "hostile-…", removed again afterwards so the specs that follow see the
// seed only). Every page that shows them must show the payloads as literal text: no dialog, no
// element made from them, no link that is not http(s), relative, #… or mailto:. The exports
// carry the strings intact, with spreadsheet formulas neutralised in the CSV; the charts'
// labels show a hostile chip name as text.

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const SVG = '"><svg onload=alert(1)>';
const STYLE = "<style>body{display:none}</style>";
const JS_URL = "javascript:alert(1)";
const DATA_URL = "data:text/html,<script>alert(1)</script>";

const TEXT = `Hostile article. The vendor said ${SCRIPT} and ${IMG} before ${SVG} and ${STYLE}. End of the article.`;
const CLAIM_QUOTE = `${SCRIPT} and ${IMG}`;
const EVENT_QUOTE = SVG;

const H = {
  company: { id: "hostile-co", slug: "hostile-co", name: `Hostile Semi ${IMG}`, nameZh: `敌意 ${SVG}`, alias: `Hostile alias ${SVG}`, description: `Makes chips ${SCRIPT} ${STYLE}` },
  chip: { id: "hostile-chip", slug: "hostile-chip", name: `HX${SCRIPT}`, dateSourceName: `Date source ${IMG}`, specSourceName: `Spec source ${SVG}` },
  source: { id: "hostile-source", slug: "hostile-source", title: `Hostile article ${SCRIPT}`, publisher: `Publisher ${IMG}`, author: SVG },
  claim: {
    id: "hostile-claim",
    slug: "hostile-claim",
    summary: `Hostile claim ${SVG} ${IMG}`,
    translation: `=HYPERLINK("javascript:alert(1)","x") ${SCRIPT}`,
  },
  event: { id: "hostile-event", slug: "hostile-event", title: `Hostile rule ${SCRIPT}`, authority: `@SUM(1+1)*cmd|' /C calc'!A0 ${IMG}`, dateSourceName: `Event date source ${SVG}` },
};

// ─── The database ─────────────────────────────────────────────────────────────────────────────

/** The e2e database's URL, a relative SQLite path resolved from the project root. */
function databaseUrl(rootDir: string): string {
  const url = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
  if (!url.startsWith("file:")) return url;
  return `file:${path.resolve(rootDir, url.slice("file:".length).split("?")[0])}`;
}

const isHostile = { startsWith: "hostile-" };

/** Through Prisma, so the same rows go into SQLite and PostgreSQL (E2E_DATABASE_URL). */
async function removeHostileRows(db: Db) {
  await db.$transaction([
    db.claimChip.deleteMany({ where: { OR: [{ claimId: isHostile }, { chipId: isHostile }] } }),
    db.claimCompany.deleteMany({ where: { OR: [{ claimId: isHostile }, { companyId: isHostile }] } }),
    db.claim.deleteMany({ where: { id: isHostile } }),
    db.eventSource.deleteMany({ where: { OR: [{ eventId: isHostile }, { sourceId: isHostile }] } }),
    db.eventChip.deleteMany({ where: { OR: [{ eventId: isHostile }, { chipId: isHostile }] } }),
    db.eventCompany.deleteMany({ where: { OR: [{ eventId: isHostile }, { companyId: isHostile }] } }),
    db.exportControlEvent.deleteMany({ where: { id: isHostile } }),
    db.chipSpec.deleteMany({ where: { chipId: isHostile } }),
    db.chipAlias.deleteMany({ where: { chipId: isHostile } }),
    db.chip.deleteMany({ where: { id: isHostile } }),
    db.companyAlias.deleteMany({ where: { companyId: isHostile } }),
    db.companyRole.deleteMany({ where: { companyId: isHostile } }),
    db.company.deleteMany({ where: { id: isHostile } }),
    db.source.deleteMany({ where: { id: isHostile } }),
  ]);
}

async function insertHostileRows(db: Db) {
  const claimStart = TEXT.indexOf(CLAIM_QUOTE);
  const eventStart = TEXT.indexOf(EVENT_QUOTE);
  if (claimStart < 0 || eventStart < 0) throw new Error("the hostile quotes must be slices of the hostile text");
  const day = (iso: string) => new Date(iso);
  await db.$transaction(async (tx) => {
    await tx.company.create({
      data: {
        id: H.company.id, slug: H.company.slug, name: H.company.name, nameZh: H.company.nameZh, country: "CN",
        website: JS_URL, description: H.company.description,
      },
    });
    await tx.companyRole.createMany({ data: [{ companyId: H.company.id, role: "chip_vendor" }, { companyId: H.company.id, role: "customer" }] });
    await tx.companyAlias.create({
      data: { id: "hostile-alias", companyId: H.company.id, alias: H.company.alias, normalized: H.company.alias.toLowerCase() },
    });

    await tx.chip.create({
      data: {
        id: H.chip.id, slug: H.chip.slug, vendorId: H.company.id, name: H.chip.name, kind: "accelerator", status: "shipping",
        releasedOn: day("2025-09-01"), datePrecision: "day", dateSourceName: H.chip.dateSourceName, dateSourceUrl: JS_URL, description: STYLE,
      },
    });
    await tx.chipAlias.create({ data: { id: "hostile-chip-alias", chipId: H.chip.id, alias: `HX alias ${IMG}`, normalized: `hx alias ${IMG}` } });
    await tx.chipSpec.createMany({
      data: [
        {
          id: "hostile-spec-bf16", chipId: H.chip.id, metric: "bf16_tflops", valueNum: 500, unit: "TFLOPS",
          sourceName: H.chip.specSourceName, sourceUrl: JS_URL, licence: `Licence ${SVG}`, note: STYLE,
        },
        { id: "hostile-spec-tdp", chipId: H.chip.id, metric: "tdp_w", valueNum: 400, unit: "W", sourceName: "Data URL source", sourceUrl: DATA_URL },
      ],
    });

    await tx.source.create({
      data: {
        id: H.source.id, slug: H.source.slug, url: DATA_URL, title: H.source.title, publisher: H.source.publisher, author: H.source.author,
        language: "en", publishedAt: day("2025-09-01"), retrievedAt: day("2025-09-02"), text: TEXT,
        contentHash: createHash("sha256").update(TEXT).digest("hex"), notes: STYLE,
      },
    });

    await tx.claim.create({
      data: {
        id: H.claim.id, slug: H.claim.slug, kind: "adoption", subjectCompanyId: H.company.id, sourceId: H.source.id, summary: H.claim.summary,
        quote: CLAIM_QUOTE, quoteStart: claimStart, quoteEnd: claimStart + CLAIM_QUOTE.length, translation: H.claim.translation,
        claimDate: day("2025-09-01"), confidence: "reported", status: "published",
      },
    });
    await tx.claimChip.create({ data: { claimId: H.claim.id, chipId: H.chip.id } });

    await tx.exportControlEvent.create({
      data: {
        id: H.event.id, slug: H.event.slug, date: day("2025-09-02"), datePrecision: "day", dateSourceName: H.event.dateSourceName,
        dateSourceUrl: JS_URL, jurisdiction: "US", authority: H.event.authority, action: "rule", title: H.event.title, description: STYLE,
        status: "published",
      },
    });
    await tx.eventCompany.create({ data: { eventId: H.event.id, companyId: H.company.id } });
    await tx.eventChip.create({ data: { eventId: H.event.id, chipId: H.chip.id } });
    await tx.eventSource.create({
      data: {
        id: "hostile-event-quote", eventId: H.event.id, sourceId: H.source.id, quote: EVENT_QUOTE,
        quoteStart: eventStart, quoteEnd: eventStart + EVENT_QUOTE.length,
      },
    });
  });
}

async function withDatabase<T>(rootDir: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createPrismaClient(databaseUrl(rootDir));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

// ─── What every page must satisfy ─────────────────────────────────────────────────────────────

/** Fails the test on any dialog (alert, confirm, prompt): a payload ran. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Links whose address, as the browser resolves it, is not http(s) (relative and #… included) or mailto:. */
async function unsafeLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const link of document.querySelectorAll("a, area")) {
      const value = link.getAttribute("href") ?? link.getAttributeNS("http://www.w3.org/1999/xlink", "href");
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = "invalid";
      }
      if (!["http:", "https:", "mailto:"].includes(protocol)) bad.push(`<${link.tagName.toLowerCase()} href="${value}">`);
    }
    return bad;
  });
}

/** Elements the payloads would have made, had any markup from the data been parsed. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const element of document.querySelectorAll("img[src='x'], svg[onload], iframe, object, embed")) found.push(describe(element));
    for (const element of document.querySelectorAll("*")) {
      if (element.getAttributeNames().some((attribute) => /^on/i.test(attribute))) found.push(describe(element));
    }
    for (const style of document.querySelectorAll("style")) if (style.textContent?.includes("display:none}")) found.push(describe(style));
    return found;
  });
}

/** Visit `url`, check nothing from the data ran or became markup, and that `texts` show as written. */
async function expectInert(page: Page, dialogs: string[], url: string, texts: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  // Next.js's own scripts carry the response's nonce (its flight data holds the payloads as escaped
  // strings, which is fine); a script parsed from the data would have none. Later, only Next.js's
  // runtime adds scripts: same-origin chunks (the charts), allowed by 'strict-dynamic'.
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1] ?? null;
  expect(nonce, `${url}: CSP nonce`).not.toBeNull();
  expect(scriptTagsWithoutNonce(await response!.text(), nonce!), `${url}: scripts in the HTML without the nonce`).toEqual([]);
  await expect(page.locator("body")).toBeVisible();
  for (const text of texts) {
    await expect(page.getByText(text, { exact: false }).filter({ visible: true }).first(), `${url} shows ${text}`).toBeVisible();
  }
  expect(await injectedElements(page), `${url}: elements made from the data`).toEqual([]);
  expect(await runtimeScriptProblems(page, nonce), `${url}: scripts neither the server's nor Next.js's chunks`).toEqual([]);
  expect(await unsafeLinks(page), `${url}: links that are not http(s), relative, #… or mailto:`).toEqual([]);
  expect(dialogs, `${url}: dialogs`).toEqual([]);
}

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The CSV as records keyed by its header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
}

/** Cells a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

// ─── The tests ────────────────────────────────────────────────────────────────────────────────

test.describe("hostile input renders inert", () => {
  test.beforeAll(async ({}, testInfo) => {
    const root = path.dirname(testInfo.config.configFile ?? path.resolve("playwright.config.ts"));
    await withDatabase(root, async (db) => {
      await removeHostileRows(db);
      await insertHostileRows(db);
    });
  });

  test.afterAll(async ({}, testInfo) => {
    const root = path.dirname(testInfo.config.configFile ?? path.resolve("playwright.config.ts"));
    await withDatabase(root, removeHostileRows);
  });

  test("home page: the latest claim and event", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/", [H.claim.summary, CLAIM_QUOTE, H.claim.translation, H.event.title]);
  });

  test("vendor and customer pages, with the vendor's chart", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/vendors", [H.company.name]);
    await expectInert(page, dialogs, `/vendors/${H.company.slug}`, [
      H.company.name,
      H.company.nameZh,
      H.company.alias,
      H.company.description,
      JS_URL, // the website, as text: it is not a web address
      H.chip.name,
      H.claim.summary,
      H.event.title,
    ]);
    await expect(page.getByRole("link", { name: JS_URL })).toHaveCount(0);
    // the claims-by-year chart renders (its title names the vendor)
    await expect(page.locator("#claims-by-kind .recharts-surface").first()).toBeVisible();
    await expectInert(page, dialogs, `/customers/${H.company.slug}`, [H.company.name]);
  });

  test("chip pages: the list, the chip, and the comparison chart's labels", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/chips", [H.chip.name]);
    await expectInert(page, dialogs, `/chips/${H.chip.slug}`, [H.chip.name, STYLE, H.chip.dateSourceName, H.chip.specSourceName, H.claim.summary, H.event.title]);
    // The date's and the specs' sources are named but not linked: their addresses are javascript: and data:.
    await expect(page.getByRole("link", { name: H.chip.dateSourceName })).toHaveCount(0);
    await expect(page.getByRole("link", { name: H.chip.specSourceName })).toHaveCount(0);

    await expectInert(page, dialogs, `/chips/compare?chips=${H.chip.slug},ascend-910c`, [H.chip.name]);
    // BF16: the hostile chip has a value, so its label is its bare name.
    const bf16 = page.getByRole("figure", { name: /^Dense BF16/ });
    const chartLabel = bf16.locator(".recharts-yAxis-tick-labels text").filter({ hasText: H.chip.name }).first();
    await expect(chartLabel).toBeVisible();
    await expect(chartLabel).toHaveText(H.chip.name);
    expect(await injectedElements(page)).toEqual([]);
  });

  test("claims: the explorer and the claim's page", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/claims?q=hostile", [H.claim.summary, CLAIM_QUOTE]);
    await expectInert(page, dialogs, `/claims/${H.claim.id}`, [H.claim.summary, CLAIM_QUOTE, H.claim.translation, H.source.title, H.source.publisher]);
    await expect(page.getByRole("link", { name: "original article" })).toHaveCount(0);
  });

  test("sources: the list and the archived article with its highlighted quotes", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/sources", [H.source.title]);
    await expectInert(page, dialogs, `/sources/${H.source.id}`, [H.source.title, H.source.publisher, H.source.author, SCRIPT, IMG, STYLE]);
    // The quotes are highlighted in place, at their offsets, as text.
    await expect(page.locator("mark").filter({ hasText: CLAIM_QUOTE }).first()).toBeVisible();
    await expect(page.locator("mark").filter({ hasText: EVENT_QUOTE }).first()).toBeVisible();
  });

  test("timeline: the event, its date source and the chart", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expectInert(page, dialogs, "/timeline", [H.event.title, H.event.dateSourceName, H.claim.summary]);
    await expect(page.getByRole("link", { name: H.event.dateSourceName })).toHaveCount(0);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
  });

  test("parameters named after an object's own properties are ignored by pages and refused by the API", async ({ page, request }) => {
    for (const url of ["/claims", "/chips", "/timeline", "/sources", "/vendors", "/customers"]) {
      const response = await page.goto(`${url}?constructor=1&toString=2`);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByText(/unknown parameter 'constructor'/).first(), url).toBeVisible();
    }
    // (`__proto__` never reaches a handler over HTTP: Next.js drops it while building the request.)
    for (const url of ["/api/v1/claims", "/api/v1/export/claims", "/api/v1/export/chips", "/api/v1/export/events"]) {
      for (const name of ["constructor", "toString"]) {
        const response = await request.get(`${url}?${name}=1`);
        expect(response.status(), `${url}?${name}=1`).toBe(400);
        expect((await response.json()).error, `${url}?${name}=1`).toMatchObject({ parameter: name });
      }
    }
  });

  test("the claims export keeps the strings and neutralises formulas; the JSON export is intact", async ({ request }) => {
    const csv = await request.get("/api/v1/export/claims?q=hostile");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const records = csvRecords(await csv.text());
    const claim = records.find((record) => record.slug === H.claim.slug);
    expect(claim).toMatchObject({
      summary: H.claim.summary,
      quote: CLAIM_QUOTE,
      translation: `'${H.claim.translation}`, // a formula no more
      source_title: H.source.title,
      source_url: DATA_URL,
    });
    for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(FORMULA_START);

    const json = await request.get("/api/v1/export/claims?q=hostile&format=json");
    expect(json.status()).toBe(200);
    const body = JSON.parse(await json.text()) as { data: { slug: string; summary: string; quote: string; translation: string; source: { title: string; url: string } }[] };
    expect(body.data.find((c) => c.slug === H.claim.slug)).toMatchObject({
      summary: H.claim.summary,
      quote: CLAIM_QUOTE,
      translation: H.claim.translation,
      source: { title: H.source.title, url: DATA_URL },
    });
  });

  test("the events and chips exports neutralise formulas too", async ({ request }) => {
    const events = csvRecords(await (await request.get("/api/v1/export/events?jurisdiction=US")).text());
    expect(events.find((record) => record.slug === H.event.slug)).toMatchObject({ title: H.event.title, authority: `'${H.event.authority}` });
    for (const record of events) for (const cell of Object.values(record)) expect(cell).not.toMatch(FORMULA_START);

    const chips = csvRecords(await (await request.get(`/api/v1/export/chips?vendor=${H.company.slug}`)).text());
    const chip = chips.find((record) => record.slug === H.chip.slug);
    // Not web addresses: the export names the sources but gives no link for them.
    expect(chip).toMatchObject({ name: H.chip.name, bf16_tflops: "500", bf16_tflops_source: H.chip.specSourceName, bf16_tflops_source_url: "", tdp_w_source_url: "" });
  });
});
