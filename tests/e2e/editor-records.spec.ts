import type { Locator, Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { expect, seriousA11yViolations, test } from "./fixtures";

// These journeys create a company, chips and an event and edit a seeded chip in the shared e2e
// database. Afterwards the database is put back as it was, so the specs that run later (timeline,
// vendors, sources…) still see only the seeded knowledge base.
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
const CREATED = { companies: ["lumen-compute-cloud"], chips: ["lumen-l1", "unsourced-u1"], eventTitlePrefix: "Test guidance:" };
const EDITED_CHIP = "mlu370-x8";
let editedChipBefore: { id: string; family: string | null; version: number } | null = null;

test.beforeAll(async () => {
  // through Prisma, so the same setup and cleanup serve SQLite and PostgreSQL (E2E_DATABASE_URL)
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    editedChipBefore = await db.chip.findUnique({ where: { slug: EDITED_CHIP }, select: { id: true, family: true, version: true } });
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    await db.$transaction(async (tx) => {
      const ids: string[] = [];
      const events = await tx.exportControlEvent.findMany({ where: { title: { startsWith: CREATED.eventTitlePrefix } }, select: { id: true } });
      for (const { id } of events) {
        ids.push(id);
        await tx.eventSource.deleteMany({ where: { eventId: id } });
        await tx.eventCompany.deleteMany({ where: { eventId: id } });
        await tx.eventChip.deleteMany({ where: { eventId: id } });
        await tx.exportControlEvent.delete({ where: { id } });
      }
      for (const slug of CREATED.chips) {
        const chip = await tx.chip.findUnique({ where: { slug }, select: { id: true } });
        if (!chip) continue;
        ids.push(chip.id);
        await tx.chipSpec.deleteMany({ where: { chipId: chip.id } });
        await tx.chipAlias.deleteMany({ where: { chipId: chip.id } });
        await tx.eventChip.deleteMany({ where: { chipId: chip.id } });
        await tx.claimChip.deleteMany({ where: { chipId: chip.id } });
        await tx.chip.delete({ where: { id: chip.id } });
      }
      for (const slug of CREATED.companies) {
        const company = await tx.company.findUnique({ where: { slug }, select: { id: true } });
        if (!company) continue;
        ids.push(company.id);
        await tx.companyAlias.deleteMany({ where: { companyId: company.id } });
        await tx.companyRole.deleteMany({ where: { companyId: company.id } });
        await tx.eventCompany.deleteMany({ where: { companyId: company.id } });
        await tx.claimCompany.deleteMany({ where: { companyId: company.id } });
        await tx.company.delete({ where: { id: company.id } });
      }
      if (editedChipBefore) {
        ids.push(editedChipBefore.id);
        await tx.chip.update({
          where: { id: editedChipBefore.id },
          data: { family: editedChipBefore.family, version: editedChipBefore.version },
        });
      }
      // the seed writes no revisions: every revision of these records came from this spec
      await tx.revision.deleteMany({ where: { entityId: { in: ids } } });
    });
  } finally {
    await db.$disconnect();
  }
});

// The editor's company, chip and export-control-event forms, against the production build with
// the demo editor (playwright.config.ts). Each test signs in in its own browser context.
const DEMO = { email: "editor@chipwatch.local", password: "chipwatch-demo" };

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
}

/** The fieldset of one spec in the chip form, e.g. "Dense BF16/FP16 (TFLOPS)". */
const specGroup = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });
const quoteGroup = (page: Page, n: number) => page.getByRole("group", { name: `Quote ${n}`, exact: true });

/** Chooses, in a select, the option whose label contains `text`. */
async function chooseOption(select: Locator, text: string) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  expect(value, `an option containing “${text}”`).toBeTruthy();
  await select.selectOption(value!);
}

test.describe("company, then a chip for it", () => {
  test.describe.configure({ mode: "serial" });

  test("a new company with a Chinese name and aliases is on its customer page and in the API", async ({ page }) => {
    await signIn(page);
    await page.goto("/editor/companies");
    await page.getByRole("link", { name: "New company" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New company" })).toBeVisible();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Lumen Compute Cloud");
    await page.getByLabel("Chinese name").fill("流明算力云");
    await page.getByLabel("Aliases").fill("Lumen Cloud\nLUMEN CLOUD\nLumen-Cloud\n流明");
    await page.getByLabel("Country").fill("cn");
    await page.getByRole("checkbox", { name: "Customer / cloud" }).check();
    await page.getByLabel("Website").fill("https://lumen.example.org");
    await page.getByRole("button", { name: "Create company" }).click();

    await expect(page).toHaveURL(/\/editor\/companies\/lumen-compute-cloud\/edit\?saved=created$/);
    await expect(page.getByRole("status").filter({ hasText: "Company created." })).toBeVisible();
    // the edit form shows what was saved: repeats of an alias merged into its first spelling
    await expect(page.getByLabel("Aliases")).toHaveValue("Lumen Cloud\n流明");
    await expect(page.getByLabel("Country")).toHaveValue("CN");
    await expect(page.getByRole("link", { name: "History" })).toHaveAttribute("href", /^\/editor\/history\/Company\/[^/]+$/);

    await page.getByRole("link", { name: "Public customer page" }).click();
    await expect(page).toHaveURL(/\/customers\/lumen-compute-cloud$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lumen Compute Cloud");
    await expect(page.getByText("流明算力云").first()).toBeVisible();

    const api = await page.request.get("/api/v1/companies/lumen-compute-cloud");
    expect(api.status()).toBe(200);
    expect((await api.json()).data).toMatchObject({
      name: "Lumen Compute Cloud",
      nameZh: "流明算力云",
      aliases: ["Lumen Cloud", "流明"],
      roles: ["customer"],
      country: "CN",
      website: "https://lumen.example.org",
    });
  });

  test("a chip for it, typed by alias, shows its BF16 value with its source on the chip page", async ({ page }) => {
    await signIn(page);
    await page.goto("/editor/chips/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Lumen L1");
    await page.getByLabel("Vendor").fill("lumen cloud");
    await page.getByLabel("Kind").selectOption({ label: "Accelerator" });
    const bf16 = specGroup(page, "Dense BF16/FP16 (TFLOPS)");
    await bf16.getByLabel("Value (TFLOPS)").fill("123.5");
    await bf16.getByLabel("Source name").fill("Lumen L1 datasheet");
    await bf16.getByLabel("Source URL").fill("https://lumen.example.org/l1");
    await bf16.getByLabel("Licence").fill("All rights reserved");
    await page.getByRole("button", { name: "Create chip" }).click();

    await expect(page).toHaveURL(/\/editor\/chips\/lumen-l1\/edit\?saved=created$/);
    await expect(specGroup(page, "Dense BF16/FP16 (TFLOPS)").getByLabel("Value (TFLOPS)")).toHaveValue("123.5");
    await expect(specGroup(page, "Dense FP8 (TFLOPS)").getByLabel("Value (TFLOPS)")).toHaveValue("");

    await page.goto("/chips/lumen-l1");
    const row = page.getByRole("row", { name: /^Dense BF16\/FP16 / });
    await expect(row.getByRole("cell").first()).toHaveText("123.5 TFLOPS");
    await expect(row.getByRole("link", { name: "Lumen L1 datasheet" })).toHaveAttribute("href", "https://lumen.example.org/l1");
    await expect(row).toContainText("All rights reserved");
    // an unknown spec stays unknown
    await expect(page.getByRole("row", { name: /^Dense FP8/ })).toContainText("Not known");
    // the customer became a chip vendor too
    await page.getByRole("link", { name: "Lumen Compute Cloud" }).click();
    await expect(page).toHaveURL(/\/vendors\/lumen-compute-cloud$/);
  });
});

test("a spec value without a source, or 0, is refused on its field and nothing is saved", async ({ page }) => {
  await signIn(page);
  await page.goto("/editor/chips/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Unsourced U1");
  await page.getByLabel("Vendor").fill("Cambricon");
  await page.getByLabel("Kind").selectOption({ label: "Accelerator" });
  const bf16 = specGroup(page, "Dense BF16/FP16 (TFLOPS)");
  await bf16.getByLabel("Value (TFLOPS)").fill("256");
  const tdp = specGroup(page, "TDP (W)");
  await tdp.getByLabel("Value (W)").fill("0");
  await tdp.getByLabel("Source name").fill("A forum post");
  await page.getByRole("button", { name: "Create chip" }).click();

  const sourceName = bf16.getByLabel("Source name");
  await expect(sourceName).toHaveAttribute("aria-invalid", "true");
  await expect(sourceName).toHaveAccessibleDescription("Every spec value needs a source");
  await expect(sourceName).toBeFocused();
  await expect(tdp.getByLabel("Value (W)")).toHaveAccessibleDescription(/^0 is not a value: leave it empty when no source gives it/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing was saved");
  // what was typed stays
  await expect(bf16.getByLabel("Value (TFLOPS)")).toHaveValue("256");
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Unsourced U1");
  await expect(page).toHaveURL(/\/editor\/chips\/new$/);

  const api = await page.request.get("/api/v1/chips?q=Unsourced");
  expect((await api.json()).total).toBe(0);

  // with a source the same value saves
  await sourceName.fill("Cambricon product brief");
  await tdp.getByLabel("Value (W)").fill("");
  await page.getByRole("button", { name: "Create chip" }).click();
  await expect(page).toHaveURL(/\/editor\/chips\/unsourced-u1\/edit\?saved=created$/);
});

test("two tabs edit the same chip: the second save is refused, shows the current version, and the first change is kept", async ({
  page,
  context,
}) => {
  await signIn(page);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("/editor/chips/mlu370-x8/edit");
    await expect(tab.getByRole("heading", { level: 1 })).toContainText("Edit");
  }

  await page.getByLabel("Family").fill("Family from the first tab");
  await page.getByRole("button", { name: "Save chip" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  await other.getByLabel("Family").fill("Family from the second tab");
  await other.getByRole("button", { name: "Save chip" }).click();
  const alert = other.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Someone else saved this chip after you opened it");
  await expect(alert).toContainText("Nothing was overwritten");
  // the form now holds the current version; the refused change is listed, to apply again
  await expect(other.getByLabel("Family")).toHaveValue("Family from the first tab");
  await expect(alert).toContainText("You typed: Family from the second tab");
  await expect(other).toHaveURL(/\/editor\/chips\/mlu370-x8\/edit$/);

  await other.goto("/chips/mlu370-x8");
  await expect(other.getByText("Family from the first tab")).toBeVisible();
  await expect(other.getByText("Family from the second tab")).toHaveCount(0);
  await other.close();
});

test("a new event quoting a seeded source is on the timeline with its quote", async ({ page }) => {
  await signIn(page);
  await page.goto("/editor/events/new");
  const title = "Test guidance: Huawei rivalry noted by Investing.com";
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Jurisdiction").selectOption({ label: "United States" });
  await page.getByLabel("Action").selectOption({ label: "Guidance / warning" });
  await page.getByLabel("Authority").fill("Test authority");
  await page.getByLabel("Date", { exact: true }).fill("2025-05-20");
  await page.getByLabel("Date precision").selectOption({ label: "Day" });
  await page.getByLabel("Date source name").fill("Investing.com");
  await page.getByLabel("Companies").fill("Huawei, Commerce Department");
  await page.getByLabel("Chips").fill("Ascend 910C");
  const quote = quoteGroup(page, 1);
  await chooseOption(quote.getByLabel("Source"), "Huawei peine à gagner du terrain");
  // pasted with its spacing changed: the server finds the passage and stores it as the article has it
  await quote
    .getByLabel("Quote", { exact: true })
    .fill("Huawei Technologies s’est imposé comme le rival le plus en vue\n   de NVIDIA Corporation");
  await page.getByRole("button", { name: "Create event" }).click();

  await expect(page).toHaveURL(/\/editor\/events\/test-guidance-huawei-rivalry-noted-by-investing-com\/edit\?saved=created$/);
  await expect(quoteGroup(page, 1).getByLabel("Quote", { exact: true })).toHaveValue(
    "Huawei Technologies s’est imposé comme le rival le plus en vue de NVIDIA Corporation",
  );

  await page.getByRole("link", { name: "On the public timeline" }).click();
  const entry = page.getByRole("article", { name: title });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Huawei Technologies s’est imposé comme le rival le plus en vue de NVIDIA Corporation");
});

test("an event quote that is not in its source is refused on that quote's field, and nothing is saved", async ({ page }) => {
  await signIn(page);
  const before = (await (await page.request.get("/api/v1/events?pageSize=500")).json()).total as number;
  await page.goto("/editor/events/new");
  await page.getByLabel("Title").fill("An event the article never mentions");
  await page.getByLabel("Jurisdiction").selectOption({ label: "China" });
  await page.getByLabel("Action").selectOption({ label: "Rule" });
  await page.getByRole("button", { name: "Add a quote" }).click();
  await chooseOption(quoteGroup(page, 1).getByLabel("Source"), "Huawei peine à gagner du terrain");
  await quoteGroup(page, 1).getByLabel("Quote", { exact: true }).fill("Huawei Technologies s’est imposé");
  await chooseOption(quoteGroup(page, 2).getByLabel("Source"), "Huawei peine à gagner du terrain");
  await quoteGroup(page, 2).getByLabel("Quote", { exact: true }).fill("Beijing banned every foreign chip on Tuesday.");
  await page.getByRole("button", { name: "Create event" }).click();

  const refused = quoteGroup(page, 2).getByLabel("Quote", { exact: true });
  await expect(refused).toHaveAttribute("aria-invalid", "true");
  await expect(refused).toHaveAccessibleDescription(/^This quote is not in “Huawei peine à gagner du terrain/);
  await expect(refused).toBeFocused();
  await expect(quoteGroup(page, 1).getByLabel("Quote", { exact: true })).not.toHaveAttribute("aria-invalid");
  await expect(refused).toHaveValue("Beijing banned every foreign chip on Tuesday.");
  await expect(page.getByLabel("Title")).toHaveValue("An event the article never mentions");
  await expect(page).toHaveURL(/\/editor\/events\/new$/);
  expect((await (await page.request.get("/api/v1/events?pageSize=500")).json()).total).toBe(before);
});

test("an unknown company on an event is named in the error on the Companies field", async ({ page }) => {
  await signIn(page);
  await page.goto("/editor/events/new");
  await page.getByLabel("Title").fill("Unknown company test");
  await page.getByLabel("Jurisdiction").selectOption({ label: "China" });
  await page.getByLabel("Action").selectOption({ label: "Other" });
  await page.getByLabel("Companies").fill("Huawei, Imaginary Semiconductor");
  await chooseOption(quoteGroup(page, 1).getByLabel("Source"), "Huawei peine à gagner du terrain");
  await quoteGroup(page, 1).getByLabel("Quote", { exact: true }).fill("Huawei Technologies");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByLabel("Companies")).toHaveAccessibleDescription(/No company is called “Imaginary Semiconductor”/);
  await expect(page.getByLabel("Companies")).toHaveValue("Huawei, Imaginary Semiconductor");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the company, chip and event forms have no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await signIn(page);
    const pages = [
      { path: "/editor/companies", heading: "Companies" },
      { path: "/editor/companies/new", heading: "New company" },
      { path: "/editor/companies/huawei/edit", heading: "Edit Huawei" },
      { path: "/editor/chips", heading: "Chips" },
      { path: "/editor/chips/new", heading: "New chip" },
      { path: "/editor/chips/cloudmatrix-384/edit", heading: /^Edit / },
      { path: "/editor/events", heading: "Export-control events" },
      { path: "/editor/events/new", heading: "New export-control event" },
      { path: "/editor/events/us-commerce-warning-on-huawei-ascend-chips/edit", heading: /^Edit / },
    ];
    for (const target of pages) {
      await page.goto(target.path);
      await expect(page.getByRole("heading", { level: 1, name: target.heading })).toBeVisible();
      expect(await seriousA11yViolations(page), target.path).toEqual([]);
    }

    // with errors shown next to their fields
    await page.goto("/editor/companies/new");
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("checkbox", { name: "Chip vendor" })).toHaveAttribute("aria-invalid", "true");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
