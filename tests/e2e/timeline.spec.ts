import { expect, pickSuggestion, seriousA11yViolations, test } from "./fixtures";

// The seed's export-control events: 9, of which 4 are dated (2 US, 2 CN); every claim is undated.
const US_DATED = [
  ["13 May 2025", "Commerce Department warns that using Huawei's advanced AI chips risks US penalties"],
  ["15 Jul 2025", "Washington briefly lets Nvidia's H20 back into China"],
] as const;
const US_UNDATED = [
  "Nvidia seeks to sell reduced Blackwell chips to China; the most powerful models remain banned",
  "US export restrictions on Nvidia's most advanced AI chips",
  'Washington tightens its chip export controls "in October of last year"',
];
const CN_TITLES = [
  "Beijing asks Chinese buyers to refrain from buying Nvidia's H20",
  "Beijing launches an $8.4 billion fund to reduce dependence on foreign technology",
  "Chinese government encourages local companies to prioritise Huawei's AI chips over Nvidia's",
  "Beijing invests billions to build a local semiconductor ecosystem",
];

/** Parse RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test.describe("timeline", () => {
  test("walk the timeline filtered to the US", async ({ page }) => {
    await page.goto("/timeline");
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
    const dated = page.getByRole("region", { name: "Dated", exact: true });
    const undated = page.getByRole("region", { name: "Undated", exact: true });
    // Unfiltered, China's events are there too.
    await expect(dated.getByRole("heading", { name: CN_TITLES[0] })).toBeVisible();

    await page.getByLabel("Jurisdiction", { exact: true }).selectOption({ label: "United States" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]jurisdiction=US(&|$)/);

    const checkUsOnly = async () => {
      await expect(page.getByLabel("Jurisdiction", { exact: true })).toHaveValue("US");
      // The dated US events, in date order, with their dates as precise as their sources.
      const datedEntries = dated.getByRole("article");
      await expect(datedEntries).toHaveCount(US_DATED.length);
      for (const [index, [date, title]] of US_DATED.entries()) {
        const entry = datedEntries.nth(index);
        await expect(entry.getByRole("heading", { name: title })).toBeVisible();
        await expect(entry.locator("time")).toHaveText(date);
        await expect(entry).toContainText("United States");
        await expect(entry.getByRole("link", { name: /^Business Standard|^The Peninsula/ })).toHaveAttribute(
          "href",
          /^https?:\/\//,
        );
      }
      // The undated US events are listed apart, under "Undated", never given a date.
      const undatedEvents = undated.getByRole("region", { name: /^Export-control events/ });
      await expect(undatedEvents.getByRole("heading", { level: 3 })).toHaveText("Export-control events (3)");
      for (const title of US_UNDATED) {
        const entry = undatedEvents.getByRole("article", { name: title });
        await expect(entry).toBeVisible();
        await expect(entry).toContainText("Undated");
        await expect(entry.locator("time")).toHaveCount(0);
      }
      for (const title of CN_TITLES) await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
      const events = page.locator('article[id^="timeline-event-"]');
      await expect(events).toHaveCount(US_DATED.length + US_UNDATED.length);
      for (const entry of await events.all()) await expect(entry).toContainText("United States");

      // The chart plots the two dated US events, in the United States lane.
      const chart = page.getByRole("img", { name: /^Timeline chart of 2 dated items/ });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleName(/2 United States events, 0 China events, 0 claims/);
      await expect(chart.locator(".recharts-scatter-symbol")).toHaveCount(2);
      const lanes = chart.locator(".recharts-yAxis-tick-labels text");
      await expect(lanes).toHaveCount(3);
      expect((await lanes.allTextContents()).sort()).toEqual(["China", "Claims", "United States"]);
    };

    await checkUsOnly();
    await page.reload();
    await checkUsOnly();
  });

  test("lists dated entries before the undated section, and every claim as undated", async ({ page }) => {
    await page.goto("/timeline");
    const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(headings.indexOf("Dated")).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf("Dated")).toBeLessThan(headings.indexOf("Undated"));

    const dated = page.getByRole("region", { name: "Dated", exact: true });
    const dates = await dated.getByRole("article").locator("time").allInnerTexts();
    expect(dates).toEqual(["January 2025", "13 May 2025", "15 Jul 2025", "12 Aug 2025"]);
    await expect(dated).toContainText("Showing 4 dated entries from January 2025 to 12 Aug 2025.");
    // All four fit on one page: nowhere to go.
    await expect(page.getByRole("navigation", { name: "Pages of dated entries" })).toHaveCount(0);
    await expect(page.getByText("9 export-control events and 64 claims match.")).toBeVisible();

    // The undated list comes 20 entries at a time: the 5 undated events, then the 64 undated claims as
    // recorded: 15 here, then 20, 20 and 9 on the next pages.
    const undated = page.getByRole("region", { name: "Undated", exact: true });
    const events = undated.getByRole("region", { name: /^Export-control events \(/ });
    const claims = undated.getByRole("region", { name: /^Claims \(/ });
    await expect(events.getByRole("heading", { level: 3 })).toHaveText("Export-control events (5)");
    await expect(claims.getByRole("heading", { level: 3 })).toHaveText("Claims (15)");
    await expect(claims.getByRole("article")).toHaveCount(15);
    const articleIds = () => claims.getByRole("article").evaluateAll((articles) => articles.map((article) => article.id));
    const seen = await articleIds();
    const pages = undated.getByRole("navigation", { name: "Pages of undated entries" });
    await expect(pages.getByRole("link", { name: "← First undated entries" })).toHaveCount(0);
    for (const count of [20, 20, 9]) {
      const before = page.url();
      await pages.getByRole("link", { name: "More undated entries →" }).click();
      await expect(page).not.toHaveURL(before);
      await expect(page).toHaveURL(/[?&]undated=c\.[^&#]+#timeline-undated$/);
      await expect(claims.getByRole("heading", { level: 3 })).toHaveText(`Claims (${count})`);
      await expect(claims.getByRole("article")).toHaveCount(count);
      await expect(events.getByText("No undated events on this page")).toBeVisible();
      seen.push(...(await articleIds()));
    }
    expect(new Set(seen).size).toBe(64);
    await expect(pages.getByRole("link", { name: "More undated entries →" })).toHaveCount(0);
    // The dated list stays where it was.
    await expect(dated.getByRole("article")).toHaveCount(4);
    await pages.getByRole("link", { name: "← First undated entries" }).click();
    await expect(page).toHaveURL(/\/timeline#timeline-undated$/);
    await expect(claims.getByRole("article")).toHaveCount(15);
  });

  test("pages through the dated list from a shared address, keeping the filters", async ({ page }) => {
    // The seed's US events are few enough for one page: the address starts the list after the 13 May
    // warning (any claim of that day would come after the events of that day, so ".c.~" names the day's end).
    await page.goto("/timeline?jurisdiction=US&after=2025-05-13.c.zzzzzzzz");
    await expect(page.getByRole("status").filter({ hasText: "ignored" })).toHaveCount(0);
    const dated = page.getByRole("region", { name: "Dated", exact: true });
    await expect(dated.getByRole("article")).toHaveCount(1);
    await expect(dated.getByRole("heading", { name: US_DATED[1][1] })).toBeVisible();
    await expect(dated).toContainText("Showing 1 dated entry from 15 Jul 2025 to 15 Jul 2025");
    await expect(page.getByRole("img", { name: /^Timeline chart of 1 dated item from 15 Jul 2025 to 15 Jul 2025, this page/ })).toBeVisible();
    // The filters and the undated list are as they were.
    await expect(page.getByLabel("Jurisdiction", { exact: true })).toHaveValue("US");
    await expect(page.getByRole("heading", { level: 3, name: "Export-control events (3)" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const pages = dated.getByRole("navigation", { name: "Pages of dated entries" });
    await expect(pages.getByRole("link")).toHaveText(["Oldest", "← Earlier"]);
    await pages.getByRole("link", { name: "← Earlier" }).click();
    await expect(page).toHaveURL(/\/timeline\?jurisdiction=US&before=2025-07-15\.e\.[A-Za-z0-9_-]+#timeline-dated$/);
    await expect(dated.getByRole("article")).toHaveCount(1);
    await expect(dated.getByRole("heading", { name: US_DATED[0][1] })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Timeline chart of 1 dated item from 13 May 2025 to 13 May 2025/ })).toBeVisible();
    // Nothing earlier than the oldest US event: only the way forward.
    await expect(pages.getByRole("link")).toHaveText(["Later →", "Newest"]);

    await pages.getByRole("link", { name: "Later →" }).click();
    await expect(page).toHaveURL(/\/timeline\?jurisdiction=US&after=2025-05-13\.e\.[A-Za-z0-9_-]+#timeline-dated$/);
    await expect(dated.getByRole("article")).toHaveCount(1);
    await expect(dated.getByRole("heading", { name: US_DATED[1][1] })).toBeVisible();

    await pages.getByRole("link", { name: "Oldest" }).click();
    await expect(page).toHaveURL(/\/timeline\?jurisdiction=US#timeline-dated$/);
    await expect(dated.getByRole("article")).toHaveCount(2);
    await expect(dated.getByRole("navigation", { name: "Pages of dated entries" })).toHaveCount(0);

    // The newest page of the whole timeline, from an address: every dated entry fits on it.
    await page.goto("/timeline?before=end&chip=h20");
    await expect(dated.getByRole("article")).toHaveCount(2);
    await expect(page.getByLabel("Chip", { exact: true })).toHaveValue("H20");
  });

  test("ignores a malformed cursor and says so, keeping the filters", async ({ page }) => {
    const response = await page.goto("/timeline?chip=h20&after=not-a-place&undated=e.%21.x");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "ignored" });
    await expect(notice).toContainText("Ignored: after is not a place in the timeline (got 'not-a-place')");
    await expect(notice).toContainText("Ignored: undated is not a place in the timeline (got 'e.!.x')");
    await expect(page.getByLabel("Chip", { exact: true })).toHaveValue("H20");
    await expect(page.getByRole("region", { name: "Dated", exact: true }).getByRole("article")).toHaveCount(2);

    await page.goto("/timeline?after=2025-05-13.c.zzzzzzzz&before=end");
    await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText(
      "Ignored: before was given with after: a page starts after one entry or ends before another, so after applies",
    );
    await expect(page.getByRole("region", { name: "Dated", exact: true }).getByRole("article")).toHaveCount(2);
  });

  test("filters by chip and company through labelled controls", async ({ page }) => {
    await page.goto("/timeline");
    await pickSuggestion(page, "Chip", "h2", "H20");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]chip=h20(&|$)/);
    const dated = page.getByRole("region", { name: "Dated", exact: true });
    await expect(dated.getByRole("article")).toHaveCount(2);
    await expect(dated.getByRole("heading", { name: "Washington briefly lets Nvidia's H20 back into China" })).toBeVisible();
    await expect(dated.getByRole("heading", { name: CN_TITLES[0] })).toBeVisible();

    await expect(page.getByLabel("Chip", { exact: true })).toHaveValue("H20");
    await pickSuggestion(page, "Company", "bai", "Baidu");
    await page.getByLabel("Chip", { exact: true }).fill("");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]company=baidu(&|$)/);
    await expect(page.getByRole("region", { name: "Dated", exact: true }).getByText("No dated events or claims for these filters")).toBeVisible();
    await expect(page.getByRole("article", { name: CN_TITLES[3] })).toBeVisible();
  });

  test("falls back to defaults and says which parameters it ignored", async ({ page }) => {
    const response = await page.goto("/timeline?jurisdiction=FR&chip=no-such-chip&colour=red");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "ignored" });
    await expect(notice).toContainText("Ignored: jurisdiction must be one of US, CN, other (got 'FR')");
    await expect(notice).toContainText("Ignored: no chip named 'no-such-chip'");
    await expect(notice).toContainText("unknown parameter 'colour'");
    await expect(page.getByLabel("Jurisdiction", { exact: true })).toHaveValue("");
    await expect(page.getByRole("region", { name: "Dated", exact: true }).getByRole("article")).toHaveCount(4);
  });

  test("downloads the events with the current filters: the US CSV has only US rows", async ({ page }) => {
    await page.goto("/timeline?jurisdiction=US");
    const csvLink = page.getByRole("link", { name: "Download CSV" });
    const href = await csvLink.getAttribute("href");
    expect(href).toBe("/api/v1/export/events?format=csv&jurisdiction=US");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers()["x-total-count"]).toBe("5");
    const [header, ...rows] = parseCsv(await response.text());
    const jurisdiction = header.indexOf("jurisdiction");
    const title = header.indexOf("title");
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[jurisdiction])).toEqual(["US", "US", "US", "US", "US"]);
    expect(rows.map((row) => row[title])).toEqual(expect.arrayContaining([US_DATED[0][1], ...US_UNDATED]));

    const json = await page.request.get(await page.getByRole("link", { name: "Download JSON" }).getAttribute("href") ?? "");
    const body = await json.json();
    expect(body.data.map((event: { jurisdiction: string }) => event.jurisdiction)).toEqual(["US", "US", "US", "US", "US"]);

    const bad = await page.request.get("/api/v1/export/events?format=csv&jurisdiction=FR");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.parameter).toBe("jurisdiction");
  });

  test("a chart point leads to its entry in the list", async ({ page }) => {
    await page.goto("/timeline?jurisdiction=CN");
    const chart = page.getByRole("img", { name: /^Timeline chart of 2 dated items/ });
    await chart.locator(".recharts-scatter-symbol").first().click();
    await expect(page).toHaveURL(/#timeline-event-beijing-launches-8-4-billion-dollar-fund$/);
    await expect(page.getByRole("article", { name: CN_TITLES[1] })).toBeInViewport();
  });

  test("an event's quote leads to its highlighted place in the source", async ({ page }) => {
    await page.goto("/timeline?jurisdiction=US");
    const entry = page.getByRole("article", { name: US_DATED[0][1] });
    await entry.getByRole("link", { name: /^In the source/ }).click();
    await expect(page).toHaveURL(/\/sources\/[^/#]+#event-[^/#]+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    const mark = page.locator(`mark[id="${anchor}"]`);
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText("un récent avertissement du Département du Commerce américain");
    expect(await mark.evaluate((el) => el.matches(":target"))).toBe(true);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      // The unfiltered timeline lists every event and claim: axe needs more than the default 30 s here.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto("/timeline");
      await expect(page.getByRole("img", { name: /^Timeline chart/ })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
