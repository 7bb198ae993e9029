import { createHash } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

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

function databaseFile(rootDir: string): string {
  const url = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
  const file = url.replace(/^file:/, "").split("?")[0];
  return path.resolve(rootDir, file);
}

/** A DateTime as Prisma's SQLite adapter stores it. */
const stamp = (iso: string) => new Date(iso).toISOString().replace("Z", "+00:00");

function removeHostileRows(db: Database.Database) {
  db.transaction(() => {
    for (const sql of [
      `DELETE FROM ClaimChip WHERE claimId LIKE 'hostile-%' OR chipId LIKE 'hostile-%'`,
      `DELETE FROM ClaimCompany WHERE claimId LIKE 'hostile-%' OR companyId LIKE 'hostile-%'`,
      `DELETE FROM Claim WHERE id LIKE 'hostile-%'`,
      `DELETE FROM EventSource WHERE eventId LIKE 'hostile-%' OR sourceId LIKE 'hostile-%'`,
      `DELETE FROM EventChip WHERE eventId LIKE 'hostile-%' OR chipId LIKE 'hostile-%'`,
      `DELETE FROM EventCompany WHERE eventId LIKE 'hostile-%' OR companyId LIKE 'hostile-%'`,
      `DELETE FROM ExportControlEvent WHERE id LIKE 'hostile-%'`,
      `DELETE FROM ChipSpec WHERE chipId LIKE 'hostile-%'`,
      `DELETE FROM ChipAlias WHERE chipId LIKE 'hostile-%'`,
      `DELETE FROM Chip WHERE id LIKE 'hostile-%'`,
      `DELETE FROM CompanyAlias WHERE companyId LIKE 'hostile-%'`,
      `DELETE FROM CompanyRole WHERE companyId LIKE 'hostile-%'`,
      `DELETE FROM Company WHERE id LIKE 'hostile-%'`,
      `DELETE FROM Source WHERE id LIKE 'hostile-%'`,
    ]) {
      db.prepare(sql).run();
    }
  })();
}

function insertHostileRows(db: Database.Database) {
  const now = stamp(new Date().toISOString());
  const claimStart = TEXT.indexOf(CLAIM_QUOTE);
  const eventStart = TEXT.indexOf(EVENT_QUOTE);
  if (claimStart < 0 || eventStart < 0) throw new Error("the hostile quotes must be slices of the hostile text");
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  db.transaction(() => {
    run(
      `INSERT INTO Company (id, slug, name, nameZh, country, website, description, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'CN', ?, ?, ?, ?)`,
      H.company.id, H.company.slug, H.company.name, H.company.nameZh, JS_URL, H.company.description, now, now,
    );
    run(`INSERT INTO CompanyRole (companyId, role) VALUES (?, 'chip_vendor'), (?, 'customer')`, H.company.id, H.company.id);
    run(`INSERT INTO CompanyAlias (id, companyId, alias, normalized) VALUES ('hostile-alias', ?, ?, ?)`, H.company.id, H.company.alias, H.company.alias.toLowerCase());

    run(
      `INSERT INTO Chip (id, slug, vendorId, name, kind, status, releasedOn, datePrecision, dateSourceName, dateSourceUrl, description, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'accelerator', 'shipping', ?, 'day', ?, ?, ?, ?, ?)`,
      H.chip.id, H.chip.slug, H.company.id, H.chip.name, stamp("2025-09-01"), H.chip.dateSourceName, JS_URL, STYLE, now, now,
    );
    run(`INSERT INTO ChipAlias (id, chipId, alias, normalized) VALUES ('hostile-chip-alias', ?, ?, ?)`, H.chip.id, `HX alias ${IMG}`, `hx alias ${IMG}`);
    run(
      `INSERT INTO ChipSpec (id, chipId, metric, valueNum, unit, sourceName, sourceUrl, licence, note) VALUES
       ('hostile-spec-bf16', ?, 'bf16_tflops', 500, 'TFLOPS', ?, ?, ?, ?),
       ('hostile-spec-tdp', ?, 'tdp_w', 400, 'W', 'Data URL source', ?, NULL, NULL)`,
      H.chip.id, H.chip.specSourceName, JS_URL, `Licence ${SVG}`, STYLE,
      H.chip.id, DATA_URL,
    );

    run(
      `INSERT INTO Source (id, slug, url, title, publisher, author, language, publishedAt, retrievedAt, text, contentHash, notes, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?)`,
      H.source.id, H.source.slug, DATA_URL, H.source.title, H.source.publisher, H.source.author, stamp("2025-09-01"), stamp("2025-09-02"),
      TEXT, createHash("sha256").update(TEXT).digest("hex"), STYLE, now, now,
    );

    run(
      `INSERT INTO Claim (id, slug, kind, subjectCompanyId, sourceId, summary, quote, quoteStart, quoteEnd, translation, claimDate, confidence, status, createdAt, updatedAt)
       VALUES (?, ?, 'adoption', ?, ?, ?, ?, ?, ?, ?, ?, 'reported', 'published', ?, ?)`,
      H.claim.id, H.claim.slug, H.company.id, H.source.id, H.claim.summary, CLAIM_QUOTE, claimStart, claimStart + CLAIM_QUOTE.length,
      H.claim.translation, stamp("2025-09-01"), now, now,
    );
    run(`INSERT INTO ClaimChip (claimId, chipId) VALUES (?, ?)`, H.claim.id, H.chip.id);

    run(
      `INSERT INTO ExportControlEvent (id, slug, date, datePrecision, dateSourceName, dateSourceUrl, jurisdiction, authority, action, title, description, status, createdAt, updatedAt)
       VALUES (?, ?, ?, 'day', ?, ?, 'US', ?, 'rule', ?, ?, 'published', ?, ?)`,
      H.event.id, H.event.slug, stamp("2025-09-02"), H.event.dateSourceName, JS_URL, H.event.authority, H.event.title, STYLE, now, now,
    );
    run(`INSERT INTO EventCompany (eventId, companyId) VALUES (?, ?)`, H.event.id, H.company.id);
    run(`INSERT INTO EventChip (eventId, chipId) VALUES (?, ?)`, H.event.id, H.chip.id);
    run(
      `INSERT INTO EventSource (id, eventId, sourceId, quote, quoteStart, quoteEnd) VALUES ('hostile-event-quote', ?, ?, ?, ?, ?)`,
      H.event.id, H.source.id, EVENT_QUOTE, eventStart, eventStart + EVENT_QUOTE.length,
    );
  })();
}

function withDatabase<T>(rootDir: string, work: (db: Database.Database) => T): T {
  const db = new Database(databaseFile(rootDir));
  try {
    db.pragma("busy_timeout = 10000");
    return work(db);
  } finally {
    db.close();
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
    // Next.js's own scripts all carry the page's nonce (and its flight data holds the payloads as
    // escaped strings, which is fine); a script parsed from the data would have none.
    for (const script of document.querySelectorAll("script")) if (!script.nonce) found.push(describe(script));
    for (const style of document.querySelectorAll("style")) if (style.textContent?.includes("display:none}")) found.push(describe(style));
    return found;
  });
}

/** Visit `url`, check nothing from the data ran or became markup, and that `texts` show as written. */
async function expectInert(page: Page, dialogs: string[], url: string, texts: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator("body")).toBeVisible();
  for (const text of texts) {
    await expect(page.getByText(text, { exact: false }).filter({ visible: true }).first(), `${url} shows ${text}`).toBeVisible();
  }
  expect(await injectedElements(page), `${url}: elements made from the data`).toEqual([]);
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
  test.beforeAll(({}, testInfo) => {
    const root = path.dirname(testInfo.config.configFile ?? path.resolve("playwright.config.ts"));
    withDatabase(root, (db) => {
      removeHostileRows(db);
      insertHostileRows(db);
    });
  });

  test.afterAll(({}, testInfo) => {
    const root = path.dirname(testInfo.config.configFile ?? path.resolve("playwright.config.ts"));
    withDatabase(root, removeHostileRows);
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
