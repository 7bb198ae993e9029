import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, test } from "./fixtures";

// Accounts and access, against the production build with the demo editor on (playwright.config.ts).
// Every test starts signed out (a fresh browser context). The rate-limit test spends its failures
// on an email no account has, so the demo editor can still sign in afterwards.
const DEMO = { email: "editor@chipwatch.local", password: "chipwatch-demo" };

/** Fill in and submit the sign-in form, and wait for the server's answer. */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

/** A sign-in that the form refuses: wait until it is ready for the next try. */
async function refusedSignIn(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await expect(page.getByLabel("Password")).toHaveValue("");
}

test.describe("accounts and access", () => {
  test("a reader going to /editor is sent to sign in, and lands on the editor home after", async ({ page, context }) => {
    await page.goto("/editor");
    await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    await signIn(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
    await expect(page.getByText(`Signed in as Demo editor (${DEMO.email}), editor.`)).toBeVisible();
    const attention = page.getByRole("region", { name: "Needs attention" });
    await expect(attention.getByText("Draft claims")).toBeVisible();
    await expect(attention.getByText("Disputed claims")).toBeVisible();
    await expect(page.getByRole("region", { name: "Latest changes" })).toBeVisible();

    const account = page.getByRole("banner").getByRole("group", { name: "Account" });
    await expect(account).toContainText(DEMO.email);
    await expect(account.getByRole("link", { name: "Editor" })).toHaveAttribute("href", "/editor");
    await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();

    const [cookie] = (await context.cookies()).filter((c) => c.name === "chipwatch_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookie.value).not.toContain(DEMO.email);
  });

  test("signing out ends the session: /editor sends to /login again, even with a copy of the old cookie", async ({ page, browser }) => {
    await page.goto("/login");
    await signIn(page, DEMO.email, DEMO.password);
    await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
    const copied = (await page.context().cookies()).filter((c) => c.name === "chipwatch_session");
    expect(copied).toHaveLength(1);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto("/editor");
    await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

    // the cookie as it was before signing out (a shared computer, a stolen cookie): the server has ended that session
    const replay = await browser.newContext();
    await replay.addCookies(copied);
    const other = await replay.newPage();
    await other.goto("/editor");
    await expect(other).toHaveURL(/\/login\?next=%2Feditor$/);
    await replay.close();
  });

  test("\"Sign out everywhere\" ends the editor's sessions in other browsers too", async ({ page, browser }) => {
    const other = await browser.newPage();
    for (const p of [page, other]) {
      await p.goto("/login");
      await signIn(p, DEMO.email, DEMO.password);
      await expect(p.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
    }
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login$/);

    await other.goto("/editor");
    await expect(other).toHaveURL(/\/login\?next=%2Feditor$/);
    await other.close();
  });

  test("a wrong password shows one error, next to the password, and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await refusedSignIn(page, DEMO.email, "not-the-password");

    const password = page.getByLabel("Password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Email or password is incorrect");
    await expect(password).toBeFocused();
    await expect(password).toHaveValue("");
    await expect(page.getByLabel("Email")).toHaveValue(DEMO.email);
    await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid");
    await expect(page.getByText("Email or password is incorrect")).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await expect(page).toHaveURL(/\/login$/);
  });

  test("an empty form says what is missing next to each field", async ({ page }) => {
    await page.goto("/login");
    await refusedSignIn(page, "", "");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter your email address");
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
  });

  test("after 5 failed sign-ins for an email, the 6th is refused whatever the password", async ({ page }) => {
    const email = "nobody@chipwatch.local";
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await refusedSignIn(page, email, `guess number ${attempt}`);
      await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Email or password is incorrect");
    }
    await refusedSignIn(page, email, DEMO.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed sign-ins, try again in 1[45] minutes$/);
    await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid");

    // the limit is on that email: the demo editor still signs in from the same browser
    await signIn(page, DEMO.email, DEMO.password);
    await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
  });

  test("?next= leads back within the site, never to another one", async ({ page }) => {
    await page.goto("/login?next=%2F%3Ffrom%3Dsign-in");
    await signIn(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(/\/\?from=sign-in$/);

    await page.goto("/login?next=%2F%2Fevil.example%2Fsteal");
    // already signed in: the sign-in page sends straight on, to the safe default
    await expect(page).toHaveURL(/\/editor$/);
  });

  test("draft claims in the API: 403 for readers, 200 with the editor's session", async ({ page }) => {
    const anonymous = await page.request.get("/api/v1/claims?status=draft");
    expect(anonymous.status()).toBe(403);
    expect(await anonymous.json()).toMatchObject({ error: { parameter: "status" } });

    await page.goto("/login");
    await signIn(page, DEMO.email, DEMO.password);
    await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
    const editor = await page.request.get("/api/v1/claims?status=draft");
    expect(editor.status()).toBe(200);
    expect(await editor.json()).toMatchObject({ page: 1, total: expect.any(Number) });
  });

  test("a forged session cookie counts for nothing", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "chipwatch_session", value: "Fe26.2**forged", url: baseURL! }]);
    await page.goto("/editor");
    await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
    expect((await page.request.get("/api/v1/claims?status=draft")).status()).toBe(403);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the sign-in page has no serious accessibility violations (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await refusedSignIn(page, "", "");
      await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
