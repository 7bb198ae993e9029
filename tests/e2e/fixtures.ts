import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Every browser test fails when the page logs a console error or throws: an error a user
// would never see must not pass silently. A test that expects one (the 404 page's own
// "Failed to load resource" line) lists it in `allowedConsoleErrors`.
type Fixtures = {
  allowedConsoleErrors: RegExp[];
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        // Chromium asks for /favicon.ico by itself when it shows a document that is not HTML (an API
        // answer, an export); the site has no such file, and that 404 is not an error of the page's
        if (url?.endsWith("/favicon.ico") && /status of 404/.test(text)) return;
        errors.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ""}`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, "the page logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serious and critical accessibility violations (WCAG 2.x A and AA) on the current page. */
export async function seriousA11yViolations(page: Page) {
  // After a client-side navigation (a form's redirect, a link) Next.js streams the new page's
  // <title> in after its content: the heading can be visible while the document has no title yet,
  // and axe would report one missing. Every page has a title, so wait for it (and fail here if not).
  await expect(page, "the page has a <title>").toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/**
 * The `<script>` tags of a server's HTML that lack `nonce="<nonce>"`, for the CSP checks: every
 * script the server sends must carry the response's nonce. (Scripts Next.js's runtime adds later,
 * such as the charts' chunks, are allowed by 'strict-dynamic' and checked with `runtimeScriptProblems`.)
 */
export function scriptTagsWithoutNonce(html: string, nonce: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !tag.includes(` nonce="${nonce}"`));
}

/**
 * Scripts in the page that lack the nonce and are not a same-origin `/_next/static/chunks/*.js`
 * chunk that Next.js's runtime inserted (which 'strict-dynamic' lets a nonce'd script load).
 */
export async function runtimeScriptProblems(page: Page, nonce: string | null): Promise<string[]> {
  return page.evaluate((nonce) => {
    const problems: string[] = [];
    for (const script of document.querySelectorAll("script")) {
      if (script.nonce && (nonce === null || script.nonce === nonce)) continue;
      let chunk = false;
      try {
        const url = new URL(script.getAttribute("src") ?? "", location.href);
        chunk = !!script.getAttribute("src") && url.origin === location.origin && /^\/_next\/static\/chunks\/[\w./-]+\.js$/.test(url.pathname);
      } catch {
        chunk = false;
      }
      if (!chunk || script.textContent) problems.push(script.outerHTML.slice(0, 120));
    }
    return problems;
  }, nonce);
}

/**
 * Choose a company or chip in a filter's name field as a reader does: type part of its name, see
 * it among the suggestions (the field's <datalist>, filled from the API), and pick it, which sets
 * the field to the suggestion's value. (A datalist's popup is the browser's own, out of the page.)
 */
export async function pickSuggestion(page: Page, label: string, typed: string, name: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(typed);
  const list = await field.getAttribute("list");
  expect(list, `the ${label} field has suggestions`).toBeTruthy();
  await expect(page.locator(`datalist[id="${list}"] > option[value=${JSON.stringify(name)}]`)).toHaveCount(1);
  await field.fill(name);
}
