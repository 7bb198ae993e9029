import { createPrismaClient } from "../../lib/prisma-client";
import { expect, seriousA11yViolations, test } from "./fixtures";

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";

test.describe("vendors", () => {
  test("open Huawei's profile from the vendors list and see the Ascend 910C and CloudMatrix 384 with sources", async ({
    page,
  }) => {
    await page.goto("/vendors");
    await expect(page.getByRole("heading", { level: 1, name: "Chip vendors" })).toBeVisible();
    const list = page.getByRole("table", { name: /chip vendors/i });
    const huaweiRow = list.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Huawei" }) });
    await expect(huaweiRow.getByRole("cell")).toHaveText(["华为", "China", "13", /^\d+$/]);
    // a company that buys chips but makes none is not listed
    await expect(list.getByRole("link", { name: "Tencent" })).toHaveCount(0);

    await list.getByRole("link", { name: "Huawei", exact: true }).click();
    await expect(page).toHaveURL(/\/vendors\/huawei$/);
    await expect(page.getByRole("heading", { level: 1, name: /Huawei/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "Roles" }).getByText("Chip vendor")).toBeVisible();

    const chips = page.getByRole("table", { name: /Chips by Huawei/ });
    // Ascend 910C: its figures come from EvoKernel Spec
    const ascend910c = chips.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Ascend 910C/ }) });
    await expect(ascend910c.getByRole("link", { name: "Ascend 910C" })).toHaveAttribute("href", "/chips/ascend-910c");
    const bf16 = ascend910c.getByRole("cell").filter({ hasText: /^800/ });
    await expect(bf16).toHaveCount(1);
    await expect(bf16.getByRole("link", { name: "Source: EvoKernel Spec" })).toHaveAttribute(
      "href",
      "https://e.huawei.com/en/products/computing/ascend",
    );
    await expect(ascend910c.getByRole("cell").filter({ hasText: /^2024/ })).toHaveCount(1);
    // a value no source gives: a dash to the eye, "Not known" to a screen reader (not "dash")
    const unknown = ascend910c.getByRole("cell").filter({ hasText: "Not known" }).first();
    await expect(unknown).toHaveText("—Not known");
    await expect(unknown.getByText("Not known")).toHaveClass(/sr-only/);

    // CloudMatrix 384: "384 chips" from the Investing.com article, linking to the archived article at the quote
    const cloudMatrix = chips.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "CloudMatrix 384" }) });
    const chipCount = cloudMatrix.getByRole("cell").filter({ hasText: /^384/ });
    const articleLink = chipCount.getByRole("link", { name: "Source: Investing.com (seed article)" });
    await expect(articleLink).toHaveAttribute("href", /^\/sources\/[^/#]+#:~:text=en%20reliant/);
    await expect(cloudMatrix.getByRole("cell").filter({ hasText: "System" })).toHaveCount(1);

    const legend = page.getByRole("list", { name: "Sources of these values" });
    await expect(legend.getByRole("link", { name: "EvoKernel Spec" })).toBeVisible();
    await expect(legend.getByText(/Investing\.com \(seed article\): quoted from/)).toBeVisible();

    // follow the article-sourced value to the archived article
    await articleLink.click();
    await expect(page).toHaveURL(/\/sources\/[^/#]+/);
    await expect(page.getByRole("heading", { level: 1, name: /Huawei peine à gagner du terrain/ })).toBeVisible();
  });

  test("shows who adopts Huawei's chips, the export controls naming it, and the claims chart with its table", async ({
    page,
  }) => {
    await page.goto("/vendors/huawei");

    const customers = page.getByRole("region", { name: "Who adopts, tests, orders or declines its chips" });
    const customerRow = (name: string) =>
      customers.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(customerRow("iFlytek").getByText("Adopted")).toBeVisible();
    await expect(customerRow("iFlytek").getByText("Conflicting reports")).toHaveCount(0);
    await expect(customerRow("Tencent").getByText("Conflicting reports")).toBeVisible();
    await expect(customerRow("DeepSeek").getByText("Declined")).toBeVisible();
    await expect(customerRow("DeepSeek").getByText("Undated")).toBeVisible();
    await expect(customerRow("DeepSeek").getByRole("link", { name: /Huawei peine à gagner/ })).toHaveAttribute(
      "href",
      /^\/sources\/[^/#]+#claim-/,
    );
    await expect(customerRow("Tencent").getByRole("link", { name: "Claims naming Tencent and Ascend" })).toHaveAttribute(
      "href",
      "/claims?company=tencent&chip=ascend",
    );

    const events = page.getByRole("region", { name: "Export controls naming it" });
    // all of Huawei's events fit on the profile: no "latest n of N"
    await expect(events).toContainText("Actions by regulators that name Huawei or one of its chips, newest first.");
    const warning = events.getByRole("link", { name: /Commerce Department warns/ });
    await expect(warning).toHaveAttribute("href", /^\/timeline\?company=huawei/);
    await expect(events.getByRole("listitem").first()).toContainText("13 May 2025");
    await expect(events.getByText("Undated").first()).toBeVisible();

    const byKind = page.getByRole("region", { name: "Claims by kind" });
    await expect(byKind.locator("svg.recharts-surface")).toBeVisible();
    const table = byKind.getByRole("table", { name: "Claims about Huawei by kind" });
    const count = (kind: string) =>
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: kind, exact: true }) }).getByRole("cell");
    await expect(count("Performance issue")).toHaveText("12");
    await expect(count("Non-adoption")).toHaveText("7");
    const total = Number(await count("All kinds").innerText());

    const claims = page.getByRole("region", { name: "Every claim" });
    await expect(claims).toContainText(`${total} claims about Huawei or its chips`);
    await expect(claims.getByRole("article")).toHaveCount(10);
    await expect(claims.getByRole("blockquote").first()).toHaveAttribute("lang", "fr");
    await expect(claims.getByRole("link", { name: /the quote in the archived article/ }).first()).toHaveAttribute(
      "href",
      /^\/sources\/[^/#]+#claim-/,
    );
    const pager = page.getByRole("navigation", { name: "Claims pages" });
    await expect(pager).toContainText(`Page 1 of ${Math.ceil(total / 10)}`);
    await pager.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/vendors\/huawei\?page=2$/);
    await expect(page.getByRole("navigation", { name: "Claims pages" })).toContainText("Page 2 of");
    await expect(page.getByRole("region", { name: "Every claim" }).getByRole("article")).toHaveCount(10);
  });

  test("falls back to the first page and says so when the page parameter is bad", async ({ page }) => {
    await page.goto("/vendors/huawei?page=abc");
    await expect(page.getByRole("status")).toContainText("Ignored: page must be a whole number");
    await expect(page.getByRole("navigation", { name: "Claims pages" })).toContainText("Page 1 of");

    await page.goto("/vendors?page=99");
    await expect(page.getByRole("status")).toContainText("Ignored: page 99 is past the last page (1)");
    await expect(page.getByRole("table", { name: /chip vendors/i }).getByRole("link", { name: "Huawei" })).toBeVisible();

    await page.goto("/vendors?sort=name");
    await expect(page.getByRole("status")).toContainText("unknown parameter 'sort'");
  });

  test("a vendor with more chips and events than the profile lists shows the first chips and the latest events, and links to all of them", async ({
    page,
  }) => {
    const db = createPrismaClient(DATABASE_URL);
    const slug = "e2e-many-chips";
    try {
      const vendor = await db.company.create({
        data: { slug, name: "E2E Many Chips", roles: { create: [{ role: "chip_vendor" }] } },
      });
      await db.chip.createMany({
        data: Array.from({ length: 25 }, (_, i) => ({
          slug: `${slug}-${String(i).padStart(2, "0")}`,
          name: `MC-${String(i).padStart(2, "0")}`,
          vendorId: vendor.id,
          kind: "accelerator",
        })),
      });
      // 22 published events naming the vendor, one a day in March 2024, and a draft, which is not shown
      for (let i = 0; i < 23; i++) {
        await db.exportControlEvent.create({
          data: {
            slug: `${slug}-event-${String(i).padStart(2, "0")}`,
            title: `E2E many event ${String(i).padStart(2, "0")}`,
            date: new Date(Date.UTC(2024, 2, 1 + i)),
            jurisdiction: "US",
            action: "entity_listing",
            status: i === 22 ? "draft" : "published",
            companies: { create: [{ companyId: vendor.id }] },
          },
        });
      }
      await page.goto(`/vendors/${slug}`);
      const section = page.getByRole("region", { name: "Chips", exact: true });
      await expect(section).toContainText("The first 20 of 25 chips, systems and product lines, by name");
      const table = page.getByRole("table", { name: /Chips by E2E Many Chips/ });
      await expect(table.getByRole("rowheader")).toHaveCount(20);
      await expect(table.getByRole("rowheader").first()).toHaveText("MC-00");
      await expect(table.getByRole("rowheader").last()).toHaveText("MC-19");

      const events = page.getByRole("region", { name: "Export controls naming it" });
      await expect(events).toContainText(
        "The latest 20 of 22 actions by regulators that name E2E Many Chips or one of its chips, newest first.",
      );
      await expect(events.getByRole("listitem")).toHaveCount(20);
      await expect(events.getByRole("listitem").first()).toContainText("E2E many event 21");
      await expect(events.getByRole("listitem").first()).toContainText("22 Mar 2024");
      await expect(events.getByRole("listitem").last()).toContainText("E2E many event 02");
      await expect(events.getByRole("link", { name: "See them on the timeline" })).toHaveAttribute(
        "href",
        `/timeline?company=${slug}`,
      );

      const all = section.getByRole("link", { name: "All 25 in the chips table" });
      await expect(all).toHaveAttribute("href", `/chips?vendor=${slug}`);
      await all.click();
      await expect(page).toHaveURL(new RegExp(`/chips\\?vendor=${slug}$`));
      await expect(page.getByRole("link", { name: "MC-00", exact: true })).toBeVisible();
    } finally {
      await db.exportControlEvent.deleteMany({ where: { slug: { startsWith: `${slug}-event-` } } });
      await db.chip.deleteMany({ where: { vendor: { slug } } });
      await db.company.deleteMany({ where: { slug } });
      await db.$disconnect();
    }
  });

  test("a company that buys but makes no chips is sent to its customer page", async ({ page }) => {
    await page.goto("/vendors/tencent");
    await expect(page).toHaveURL(/\/customers\/tencent$/);
    await expect(page.getByRole("heading", { level: 1, name: /Tencent/ })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the vendor pages have no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/vendors", "/vendors/huawei"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousA11yViolations(page), path).toEqual([]);
      }
    });
  }
});

test.describe("unknown vendors", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown vendor, or a company that neither makes nor buys chips, is a 404", async ({ page }) => {
    for (const path of ["/vendors/no-such-vendor", "/vendors/us-government"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
  });
});
