import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, pickSuggestion, seriousA11yViolations, test } from "./fixtures";

// The chip pages as a reader uses them: the sortable spec table, picking chips to compare, the
// side-by-side table and its charts, a chip's own page, and the CSV export. Values asserted here
// are the seed's (prisma/seed-data/chips.ts): e.g. H100 SXM5 80GB has 989.5 dense BF16 TFLOPS
// and 700 W from Epoch AI; H20 148 TFLOPS and 400 W; Ascend 910C 800 TFLOPS and 700 W.

const H100 = "H100 SXM5 80GB";

/** The chip names of the spec table, top to bottom. */
async function tableOrder(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: /Chips and their specs/ });
  return table.locator("tbody").getByRole("rowheader").allInnerTexts();
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

function cellsOf(row: Locator) {
  return row.getByRole("cell");
}

/** The body row of a table whose row header matches `name`. */
function rowOf(table: Locator, name: string | RegExp) {
  return table
    .locator("tbody tr")
    .filter({ has: table.page().getByRole("rowheader", { name, exact: typeof name === "string" }) });
}

test.describe("chips", () => {
  test("compare three chips and read the chart", async ({ page }) => {
    await page.goto("/chips");
    await expect(page.getByRole("heading", { level: 1, name: "Chips" })).toBeVisible();

    const picker = page.getByRole("form", { name: "Compare chips" });
    for (const name of ["Ascend 910C", "H20", H100]) {
      await picker.getByRole("checkbox", { name, exact: true }).check();
    }
    await page.getByRole("button", { name: "Compare selected" }).click();

    // The checkboxes submit in the table's order (by name): Ascend 910C, H20, H100.
    await expect(page).toHaveURL(/\/chips\/compare\?chips=ascend-910c&chips=h20&chips=h100$/);
    await expect(page.getByRole("heading", { level: 1, name: "Compare chips" })).toBeVisible();

    const sideBySide = page.getByRole("table", { name: /side by side/ });
    await expect(sideBySide.getByRole("columnheader")).toHaveText(["Spec", "Ascend 910C", "H20", H100]);

    const bf16 = rowOf(sideBySide, /^Dense BF16\/FP16/);
    await expect(cellsOf(bf16)).toHaveCount(3);
    const h100Bf16 = cellsOf(bf16).nth(2);
    await expect(h100Bf16).toContainText("989.5 TFLOPS");
    await expect(h100Bf16.getByRole("link", { name: "Epoch AI, Machine Learning Hardware dataset" })).toHaveAttribute(
      "href",
      /^https:\/\//,
    );
    // Highest BF16 is the H100's; nobody else is marked.
    await expect(h100Bf16).toContainText("Best");
    await expect(cellsOf(bf16).nth(0)).not.toContainText("Best");
    await expect(cellsOf(bf16).nth(1)).not.toContainText("Best");

    // Lower is better for TDP: the H20's 400 W, not the two 700 W chips.
    const tdp = rowOf(sideBySide, /^TDP/);
    await expect(cellsOf(tdp).nth(1)).toContainText("400 W");
    await expect(cellsOf(tdp).nth(1)).toContainText("Best");
    await expect(cellsOf(tdp).nth(0)).not.toContainText("Best");
    await expect(cellsOf(tdp).nth(2)).not.toContainText("Best");

    // A text row never has a "best".
    await expect(rowOf(sideBySide, /^Memory type/)).not.toContainText("Best");

    // The BF16 chart renders, and its table gives the same figures against the first chip.
    const chart = page.getByRole("figure", { name: "Dense BF16/FP16 (TFLOPS)" });
    await expect(chart.getByRole("img", { name: /Bar chart of Dense BF16\/FP16 as a percentage of Ascend 910C/ })).toBeVisible();
    await expect(chart.locator("svg.recharts-surface .recharts-bar-rectangle")).toHaveCount(3);
    const chartTable = chart.getByRole("table");
    await expect(cellsOf(rowOf(chartTable, "Ascend 910C")).nth(1)).toHaveText(/^100\s%$/);
    await expect(cellsOf(rowOf(chartTable, "H20")).nth(0)).toHaveText("148 TFLOPS");
    await expect(cellsOf(rowOf(chartTable, "H20")).nth(1)).toHaveText(/^18\.5\s%$/);
    await expect(cellsOf(rowOf(chartTable, H100)).nth(1)).toHaveText(/^123\.7\s%$/);
  });

  test("a chip the first chip lacks is not charted, and unknown slugs are named", async ({ page }) => {
    // The H20 has no FP8 figure, so FP8 cannot be measured against it; 'nope' is no chip.
    await page.goto("/chips/compare?chips=h20,nope,h100");
    await expect(page.getByRole("status")).toContainText("‘nope’");
    await expect(page.getByRole("table", { name: /side by side/ }).getByRole("columnheader")).toHaveText([
      "Spec",
      "H20",
      H100,
    ]);
    await expect(page.getByText(/Not charted, because H20’s value is not known: Dense FP8/)).toBeVisible();
    await expect(page.getByRole("figure", { name: /Dense FP8/ })).toHaveCount(0);
  });

  test("fewer than two known chips: a way back to the table", async ({ page }) => {
    await page.goto("/chips/compare?chips=h20,no-such-chip");
    await expect(page.getByRole("status")).toContainText("‘no-such-chip’");
    await expect(page.getByText("Only one chip to compare: H20.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.getByRole("link", { name: "Choose chips in the chip table" }).click();
    await expect(page).toHaveURL(/\/chips$/);
  });

  test("sorts the table by INT8, unknown values last in both directions", async ({ page }) => {
    await page.goto("/chips");
    await page.getByRole("link", { name: "INT8 (TOPS)" }).click();
    await expect(page).toHaveURL(/sort=int8_tops&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /INT8/ })).toHaveAttribute("aria-sort", "descending");
    const descending = await tableOrder(page);
    // 4,500 (two, then by name), 3,000, 1,979 (two), 1,600
    expect(descending.slice(0, 6)).toEqual([
      "B200 SXM 180GB",
      "GB200 NVL72",
      "Ascend 950",
      H100,
      "H200 SXM 141GB",
      "Ascend 910C",
    ]);
    expect(descending.at(-1)).toBe("Zhenwu");

    await page.getByRole("link", { name: "INT8 (TOPS)" }).click();
    await expect(page).toHaveURL(/sort=int8_tops&dir=asc/);
    await expect(page.getByRole("columnheader", { name: /INT8/ })).toHaveAttribute("aria-sort", "ascending");
    const ascending = await tableOrder(page);
    expect(ascending.slice(0, 3)).toEqual(["MLU220", "BM1684X", "Tianhe 100"]);
    expect(ascending.at(-1)).toBe("Zhenwu");
    expect(ascending).toHaveLength(40);
  });

  test("a bad sort is ignored with a notice and the default order", async ({ page }) => {
    await page.goto("/chips?sort=bogus");
    await expect(page.getByRole("status")).toContainText("sort must be one of");
    await expect(page.getByRole("columnheader", { name: /^Name/ })).toHaveAttribute("aria-sort", "ascending");
    const order = await tableOrder(page);
    expect(order.slice(0, 3)).toEqual(["A100 SXM4 80GB", "Ascend", "Ascend 910"]);
  });

  test("shows release dates only as precisely as the source gives them, and TFLOPS/W derived", async ({ page }) => {
    await page.goto("/chips");
    const table = page.getByRole("table", { name: /Chips and their specs/ });
    const ascend910c = rowOf(table, "Ascend 910C");
    // released "2024" (a year only), 800 / 700 = 1.14 TFLOPS/W
    await expect(ascend910c.getByRole("cell").filter({ has: page.locator("time") })).toHaveText("2024");
    await expect(ascend910c.getByRole("cell").last()).toHaveText(/^1\.14/);
    // CloudMatrix 384 has neither figure: no ratio, never a zero
    const cloudMatrix = rowOf(table, "CloudMatrix 384");
    await expect(cloudMatrix.getByRole("cell").last()).toHaveText(/Not known/);
  });

  test("the Ascend 910B page shows where Epoch AI and EvoKernel Spec disagree", async ({ page }) => {
    await page.goto("/chips/ascend-910b");
    await expect(page.getByRole("heading", { level: 1, name: /Ascend 910B/ })).toBeVisible();
    const specs = page.getByRole("table", { name: /Specs of Ascend 910B/ });
    const bf16 = rowOf(specs, /^Dense BF16\/FP16/);
    await expect(bf16).toContainText("376 TFLOPS");
    await expect(bf16.getByRole("link", { name: "Epoch AI, Machine Learning Hardware dataset" })).toBeVisible();
    await expect(bf16).toContainText("CC BY 4.0");
    await expect(bf16).toContainText("EvoKernel Spec gives 320 TFLOPS");
    await expect(rowOf(specs, "Memory")).toContainText("EvoKernel Spec gives 64 GB");
    await expect(rowOf(specs, "TDP")).toContainText("CC BY-SA 4.0");
    await expect(page.getByRole("region", { name: "Adoption claims" }).getByRole("article")).toHaveCount(1);
  });

  test("an article-sourced spec links to its quote, and events link to the timeline", async ({ page }) => {
    await page.goto("/chips/cloudmatrix-384");
    const chipCount = rowOf(
      page.getByRole("table", { name: /Specs of CloudMatrix 384/ }),
      "Chips per system",
    );
    await expect(chipCount).toContainText("384 chips");
    await expect(chipCount.getByRole("link", { name: "Investing.com (seed article)" })).toHaveAttribute(
      "href",
      /^\/sources\/[^/#]+#spec-chip_count$/,
    );
    await expect(chipCount.getByRole("blockquote")).toHaveAttribute("lang", "fr");

    await page.goto("/chips/h20");
    const events = page.getByRole("region", { name: "Export controls" });
    await expect(events.getByRole("listitem")).toHaveCount(2);
    await expect(events.getByRole("listitem").first()).toContainText("15 Jul 2025");
    await expect(events.getByRole("link", { name: "See H20 on the timeline" })).toHaveAttribute("href", "/timeline?chip=h20");
  });

  test("the CSV export downloads the rows of the current filter", async ({ page }) => {
    await page.goto("/chips");
    await pickSuggestion(page, "Vendor", "nv", "Nvidia");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/vendor=nvidia/);
    const shown = await tableOrder(page);
    expect(shown.length).toBeGreaterThan(1);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("chipwatch-chips.csv");
    const [header, ...rows] = parseCsv(await readFile(await download.path(), "utf8"));
    const column = (name: string) => header.indexOf(name);
    expect(column("bf16_tflops_source")).toBeGreaterThan(-1);
    expect(rows.map((row) => row[column("name")])).toEqual(shown);
    expect(new Set(rows.map((row) => row[column("vendor_slug")]))).toEqual(new Set(["nvidia"]));
    const h100 = rows.find((row) => row[column("slug")] === "h100");
    expect(h100?.[column("bf16_tflops")]).toBe("989.5");
    expect(h100?.[column("bf16_tflops_source")]).toBe("Epoch AI, Machine Learning Hardware dataset");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of ["/chips", "/chips/compare?chips=ascend-910c,h20,h100", "/chips/ascend-910c"]) {
      test(`${path} has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
        // axe checks the contrast of every cell of the 40-row table: allow it more than the default 30 s
        test.slow();
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe("unknown chips", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("/chips/no-such-chip is a 404", async ({ page }) => {
    const response = await page.goto("/chips/no-such-chip");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
