import { expect, seriousA11yViolations, test } from "./fixtures";

test.describe("customers", () => {
  test("reads the adoption matrix and follows a cell to the claims behind it", async ({ page }) => {
    await page.goto("/customers");
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();

    const matrix = page.getByRole("table", { name: /Adoption matrix/ });
    await expect(matrix.getByRole("columnheader", { name: "Huawei" })).toBeVisible();
    await expect(matrix.getByRole("columnheader", { name: "Nvidia" })).toBeVisible();
    await expect(matrix.getByRole("rowheader", { name: "Tencent" })).toBeVisible();

    // Tencent × Huawei: "has not placed significant Ascend orders" against "Huawei sent engineers to Tencent"
    const tencentHuawei = matrix.getByRole("link", { name: /^Tencent and Huawei: / });
    await expect(tencentHuawei).toHaveAccessibleName(/Adopted\s*Conflicting reports\s*2 claims/);
    await expect(tencentHuawei.getByText("Conflicting reports")).toBeVisible();
    await expect(tencentHuawei).toHaveAttribute("href", "/claims?company=tencent&chip=ascend");
    // a pair no claim is about says so in words
    const tencentRow = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Tencent" }) });
    await expect(tencentRow.getByRole("cell").nth(1)).toHaveText("No claim");

    const iflytekHuawei = matrix.getByRole("link", { name: /^iFlytek and Huawei: / });
    await expect(iflytekHuawei).toHaveAccessibleName(/Adopted\s*2 claims/);
    await expect(iflytekHuawei.getByText("Conflicting reports")).toHaveCount(0);
    await iflytekHuawei.click();
    await expect(page).toHaveURL(/\/claims\?company=iflytek&chip=ascend$/);
    await expect(
      page.getByText("iFlytek trained its language model exclusively on Huawei chips after help from a group of Huawei engineers.").first(),
    ).toBeVisible();
  });

  test("lists the companies that buy, test or refuse chips, with their stances", async ({ page }) => {
    await page.goto("/customers");
    const list = page.getByRole("table", { name: /customers, most claims first/ });
    const row = (name: string) => list.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row("DeepSeek")).toContainText("Huawei:");
    await expect(row("DeepSeek").getByText("Declined")).toBeVisible();
    await expect(row("Alibaba").getByText("Testing")).toBeVisible();
    await expect(row("Alibaba").getByText("Adopted")).toBeVisible();
    // a vendor is not listed as its own customer
    await expect(list.getByRole("rowheader", { name: "Huawei" })).toHaveCount(0);

    await row("iFlytek").getByRole("link", { name: "iFlytek" }).click();
    await expect(page).toHaveURL(/\/customers\/iflytek$/);
    await expect(page.getByRole("heading", { level: 1, name: /iFlytek/ })).toBeVisible();
  });

  test("a customer's page shows whose chips with what stance, with sources, and every claim", async ({ page }) => {
    await page.goto("/customers/iflytek");
    const stances = page.getByRole("region", { name: "Whose chips, with what stance" });
    const table = stances.getByRole("table", { name: /iFlytek’s stance towards each vendor’s chips/ });
    const rows = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Huawei" }) });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "trained its language model exclusively" }).getByText("Adopted")).toBeVisible();
    await expect(rows.first().getByRole("link", { name: "Ascend" })).toHaveAttribute("href", "/chips/ascend");
    await expect(rows.first().getByText("Undated")).toBeVisible();
    await expect(rows.first().getByRole("link", { name: /Ça se complique chez Huawei/ })).toHaveAttribute(
      "href",
      /^\/sources\/[^/#]+#claim-/,
    );
    const latest = stances.getByRole("list", { name: "Latest stance by vendor" }).getByRole("listitem");
    await expect(latest).toHaveCount(1);
    await expect(latest.getByText("Huawei", { exact: true })).toBeVisible();
    await expect(latest.getByText("Adopted")).toBeVisible();

    const claims = page.getByRole("region", { name: "Every claim" });
    await expect(claims).toContainText("2 claims name iFlytek");
    await expect(claims.getByRole("article")).toHaveCount(2);
  });

  test("falls back to defaults and says so when the page parameter is bad", async ({ page }) => {
    await page.goto("/customers?page=0");
    await expect(page.getByRole("status")).toContainText("Ignored: page must be a whole number from 1");
    await expect(page.getByRole("table", { name: /Adoption matrix/ })).toBeVisible();

    await page.goto("/customers/tencent?page=7");
    await expect(page.getByRole("status")).toContainText("page 7 is past the last page (1)");
    await expect(page.getByRole("region", { name: "Every claim" }).getByRole("article")).toHaveCount(2);
  });

  test("a chip vendor that buys nobody's chips is sent to its vendor page", async ({ page }) => {
    await page.goto("/customers/nvidia");
    await expect(page).toHaveURL(/\/vendors\/nvidia$/);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the customer pages have no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/customers", "/customers/iflytek"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousA11yViolations(page), path).toEqual([]);
      }
    });
  }
});

test.describe("unknown customers", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown customer, or a company that neither buys nor makes chips, is a 404", async ({ page }) => {
    for (const path of ["/customers/no-such-customer", "/customers/smic"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
  });
});
