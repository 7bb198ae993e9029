import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../lib/prisma-client";
import { changedModels, snapshotDb } from "../setup/db-snapshot";
import { expect, test } from "./fixtures";

// Access over HTTP (issue 7): every server action of the production build, as Next.js lists them
// in its server-reference manifest, is POSTed the way a browser invokes one (Next-Action header,
// same Origin) by a reader with no cookie, with a forged cookie, with a copy of a real session's
// cookie after that session signed out, and with the cookie of a real session that signed out everywhere. Each must be answered with the redirect to /login (the
// proxy's, or requireEditor()'s inside the action), and the database must not change.
// tests/unit/access-actions.test.ts calls the same actions in-process with every kind of argument.
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/data/e2e.db";
const DEMO = { email: "editor@chipwatch.local", password: "chipwatch-demo" };
/** Anyone may call these (tested in the unit test and tests/e2e/auth.spec.ts). */
const PUBLIC_ACTIONS = new Set(["signInAction", "signOutAction"]);

type ManifestEntry = { exportedName?: string; filename?: string; workers: Record<string, unknown> };

/** A page that carries the action: its route with placeholder segments ("app/editor/claims/[id]/page" → "/editor/claims/x"). */
function pageFor(workers: string[]): string {
  const worker = workers.find((w) => w.endsWith("/page") && !w.includes("_not-found")) ?? workers[0];
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "x" : segment));
  return `/${segments.join("/")}`;
}

test("every server action, POSTed over HTTP by a reader or a signed-out session, redirects to /login and writes nothing", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const actions = Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, name: entry.exportedName ?? id, file: entry.filename ?? "", path: pageFor(Object.keys(entry.workers)) }))
    .filter((action) => !PUBLIC_ACTIONS.has(action.name));
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["createClaimAction", "updateSourceAction", "dismissSuggestionAction"]));

  // A real session that then signed out: a copy of its cookie is still well sealed, but its server-side record is gone.
  const before = await browser.newContext();
  const leaver = await before.newPage();
  await leaver.goto("/login");
  await leaver.getByLabel("Email").fill(DEMO.email);
  await leaver.getByLabel("Password").fill(DEMO.password);
  await leaver.getByRole("button", { name: "Sign in" }).click();
  await expect(leaver.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
  const [copied] = (await before.cookies()).filter((cookie) => cookie.name === "chipwatch_session");
  await leaver.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(leaver).toHaveURL(/\/$/);
  await before.close();

  // A real session that then signed out everywhere: its cookie is still well sealed, but stale.
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
  const [session] = (await page.context().cookies()).filter((cookie) => cookie.name === "chipwatch_session");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const db = createPrismaClient(DATABASE_URL);
  try {
    const before = await snapshotDb(db);
    const callers = [
      { name: "a reader", cookie: null },
      { name: "a forged cookie", cookie: "Fe26.2**0123456789abcdef*forged*cookie**" },
      { name: "a copy of a session's cookie after it signed out", cookie: copied.value },
      { name: "a session that signed out everywhere", cookie: session.value },
    ];
    for (const action of actions) {
      for (const caller of callers) {
        for (const body of ["[]", '[{},"$K1"]']) {
          const response = await request.post(action.path, {
            headers: {
              "next-action": action.id,
              origin: baseURL!,
              accept: "text/x-component",
              "content-type": "text/plain;charset=UTF-8",
              ...(caller.cookie ? { cookie: `chipwatch_session=${caller.cookie}` } : {}),
            },
            data: body,
            maxRedirects: 0,
          });
          const what = `${action.name} (${action.file}) at ${action.path} by ${caller.name}`;
          const redirect = response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";
          expect(response.status(), what).toBeLessThan(500);
          expect(redirect, `${what}: ${response.status()}`).toMatch(/^\/login\?next=/);
        }
      }
    }
    expect(changedModels(before, await snapshotDb(db)), "tables written by refused actions").toEqual([]);
  } finally {
    await db.$disconnect();
  }
});
