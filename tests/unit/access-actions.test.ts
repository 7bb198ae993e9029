// Access (issue 7): every server action and every mutating route handler refuses readers, forged
// cookies and signed-out sessions, and writes nothing for them. The actions are found in the code,
// not listed by hand: every module under app/, lib/ and components/ whose first statement is a
// "use server" directive, and every function it exports; the route handlers are every route file
// under app/ that exports POST, PUT, PATCH or DELETE. A new action is therefore tested the day it
// is added, and fails here unless its first step is requireEditor() (or requireAdmin()).
//
// Each action is called in-process with next/headers mocked (the request's cookies and headers),
// under six kinds of caller: no cookie, a forged cookie, a copy of a real session's cookie taken
// before it signed out, a real session whose account then signed out everywhere (sessionVersion
// raised), a session of a disabled account and one of a deleted account. Each is called with no arguments, with junk, and with arguments that do write when an
// editor sends them (checked at the end, so a refusal here is the guard's, not the parser's). The
// answer must be the guard's redirect to /login, and the whole database must be unchanged.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sealData } from "iron-session";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { REQUEST_PATH_HEADER, SESSION_COOKIE_NAME, SESSION_TTL_SECONDS } from "@/lib/auth/constants";
import { ChipFormSchema, EMPTY_CHIP_VALUES } from "@/lib/validation/chip-form";
import { claimFormInput, claimFormValues, ClaimFormSchema } from "@/lib/validation/claim-form";
import { CompanyFormSchema, EMPTY_COMPANY_VALUES } from "@/lib/validation/company-form";
import { EMPTY_EVENT_VALUES, EventFormSchema } from "@/lib/validation/event-form";
import { SourceFormSchema, sourceFormInput } from "@/lib/validation/source-form";
import { changedModels, snapshotDb } from "../setup/db-snapshot";
import { createTestDb, type TestDb } from "../setup/test-db";

// ─── The request the actions see (next/headers), and Next.js's cache (no-op here) ────────────

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));

vi.mock("next/headers", () => {
  const store = {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (nameOrCookie: string | { name: string; value: string }, value?: string) => {
      const [name, v] = typeof nameOrCookie === "string" ? [nameOrCookie, value ?? ""] : [nameOrCookie.name, nameOrCookie.value];
      if (v === "") request.cookies.delete(name);
      else request.cookies.set(name, v);
    },
    delete: (name: string) => request.cookies.delete(name),
  };
  return { cookies: async () => store, headers: async () => request.headers };
});
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

// ─── Discovery: the actions and route handlers, from the source tree ─────────────────────────

const ROOT = path.resolve(".");
const SOURCE_DIRS = ["app", "lib", "components"];
const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
/** How many mutating route handlers exist: raise it when adding one, so its checks below are seen to run. */
const MUTATING_HANDLERS_EXPECTED = 0;

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => path.join(dir, file))
    .filter((file) => !file.split(path.sep).includes("generated"))
    .sort();
}

const USE_SERVER_LINE = /^\s*(["'])use server\1;?\s*$/m;

/** Whether the file's first statement (after comments and blank lines) is the "use server" directive. */
function isServerActionModule(text: string): boolean {
  const code = text.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^(["'])use server\1/.test(code);
}

const ALL_FILES = SOURCE_DIRS.flatMap(sourceFiles);
const ACTION_MODULES = ALL_FILES.filter((file) => isServerActionModule(readFileSync(file, "utf8")));
/** "use server" inside a function: an inline action, which cannot be called from here. */
const INLINE_ACTIONS = ALL_FILES.filter((file) => {
  const text = readFileSync(file, "utf8");
  return !isServerActionModule(text) && USE_SERVER_LINE.test(text);
});
const ROUTE_FILES = sourceFiles("app").filter((file) => /^route\.(ts|tsx|js|mjs)$/.test(path.basename(file)));

type Action = (...args: unknown[]) => Promise<unknown>;
type FoundAction = { key: string; file: string; name: string; fn: Action; guard: "editor" | "admin" | "none" };

/** The guard an exported function calls: the text from its declaration to the next top-level export. */
function guardOf(source: string, name: string): FoundAction["guard"] {
  const start = source.search(new RegExp(`export\\s+(async\\s+function\\s+${name}\\b|const\\s+${name}\\b)`));
  if (start < 0) return "none";
  const rest = source.slice(start + 1);
  const next = rest.search(/\nexport\s/);
  const body = next < 0 ? rest : rest.slice(0, next);
  if (/\brequireAdmin\(\)/.test(body)) return "admin";
  if (/\brequireEditor\(\)/.test(body)) return "editor";
  return "none";
}

async function discoverActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of ACTION_MODULES) {
    const source = readFileSync(file, "utf8");
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") throw new Error(`${file} exports ${name}, which is not a function: a "use server" module exports only async functions`);
      found.push({ key: `${file}#${name}`, file, name, fn: value as Action, guard: guardOf(source, name) });
    }
  }
  return found;
}

/**
 * Actions anyone may call, each with the reason. Tested on their own below: they write nothing
 * for a reader (sign-in records the failed attempt in LoginAttempt, which the rate limit needs).
 */
const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/actions/auth.ts#signInAction": "signing in is what a reader does to become an editor",
  "lib/actions/auth.ts#signOutAction": "it only ends the caller's own session (its UserSession row and cookie)",
};

/** Guarded actions that write whatever their arguments, each with the reason (skipped by the editor's junk test). */
const WRITES_WITHOUT_ARGUMENTS: Record<string, string> = {
  "lib/actions/auth.ts#signOutEverywhereAction": "it takes no argument: any call signs its caller out everywhere",
};

// ─── Fixtures, sessions and calls ────────────────────────────────────────────────────────────

let t: TestDb;
let actions: FoundAction[];
let secret: string;
let hashPassword: (password: string) => Promise<string>;
const fixtures = {} as {
  editorId: string;
  companyId: string;
  chipId: string;
  sourceId: string;
  sourceText: string;
  claimToEdit: string;
  claimToPublish: string;
  eventId: string;
};

const ARTICLE = "Selon une note imaginaire, Huawei aurait livré plusieurs milliers de puces Ascend 910B à un opérateur de Shenzhen.";
const QUOTE = "Huawei aurait livré plusieurs milliers de puces Ascend 910B";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/**
 * Arguments an editor's browser would send, one list per action. Each must write when an editor
 * sends it (the last test checks), so that a refusal of a reader is the guard's doing.
 */
const PLAUSIBLE_CALLS: Record<string, () => unknown[]> = {
  "lib/actions/auth.ts#signOutEverywhereAction": () => [],
  "lib/actions/sources.ts#createSourceAction": () => [
    {},
    form({ url: "https://example.org/access-test", title: "Access test", language: "en", text: `A new article ${Date.now()}.` }),
  ],
  "lib/actions/sources.ts#updateSourceAction": () => [
    fixtures.sourceId,
    {},
    form({ title: "Retitled by the access test", language: "fr", version: "1" }),
  ],
  "lib/actions/claims.ts#createClaimAction": () => [{}, form(claimFields("A claim from the access test."))],
  "lib/actions/claims.ts#updateClaimAction": () => [fixtures.claimToEdit, {}, form({ ...claimFields("An edited claim."), version: "1" })],
  "lib/actions/claims.ts#changeClaimStatusAction": () => [
    {},
    form({ claimId: fixtures.claimToPublish, version: "1", transition: "publish", note: "" }),
  ],
  "lib/actions/companies.ts#createCompanyAction": () => [
    { values: EMPTY_COMPANY_VALUES },
    form({ name: "Access Test Holdings", roles: ["customer"] }),
  ],
  "lib/actions/companies.ts#updateCompanyAction": () => [
    fixtures.companyId,
    { values: EMPTY_COMPANY_VALUES },
    form({ name: "Huawei", roles: ["chip_vendor", "customer"], country: "CN", version: "1" }),
  ],
  "lib/actions/chips.ts#createChipAction": () => [
    { values: EMPTY_CHIP_VALUES },
    form({ name: "Access Test 1000", vendor: "huawei", kind: "accelerator" }),
  ],
  "lib/actions/chips.ts#updateChipAction": () => [
    fixtures.chipId,
    { values: EMPTY_CHIP_VALUES },
    form({ name: "Ascend 910B", vendor: "huawei", kind: "accelerator", family: "Ascend", version: "1" }),
  ],
  "lib/actions/events.ts#createEventAction": () => [
    { values: EMPTY_EVENT_VALUES },
    form({ title: "An access-test rule", jurisdiction: "US", action: "rule", "quotes.0.sourceId": fixtures.sourceId, "quotes.0.quote": QUOTE }),
  ],
  "lib/actions/events.ts#updateEventAction": () => [
    fixtures.eventId,
    { values: EMPTY_EVENT_VALUES },
    form({ title: "A retitled rule", jurisdiction: "CN", action: "rule", "quotes.0.sourceId": fixtures.sourceId, "quotes.0.quote": QUOTE, version: "1" }),
  ],
  "lib/actions/suggestions.ts#dismissSuggestionAction": () => [
    form({ sourceId: fixtures.sourceId, kind: "claim", start: "0", end: String(QUOTE.length) }),
  ],
};

function claimFields(summary: string) {
  return { sourceId: fixtures.sourceId, company: "Huawei", chips: "Ascend 910B", kind: "supply", summary, quote: QUOTE, confidence: "reported" };
}

/** Junk a hostile client could post instead: the guard must answer before anything reads it. */
function junkCalls(action: FoundAction): unknown[][] {
  const arity = Math.max(action.fn.length, 1);
  return [
    [],
    Array.from({ length: arity }, () => undefined),
    Array.from({ length: arity }, (_, i) => (i === arity - 1 ? form({ "\u0000": "\uD800", ["__proto__"]: "x", version: "-1" }) : null)),
    Array.from({ length: arity }, () => ({ toString: "not a function", answer: Number.NaN })),
  ];
}

type Outcome =
  | { kind: "redirect"; to: string }
  | { kind: "not-found" }
  | { kind: "returned"; value: unknown }
  | { kind: "threw"; error: unknown };

async function call(fn: Action, args: unknown[]): Promise<Outcome> {
  try {
    return { kind: "returned", value: await fn(...args) };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";").slice(2, -2).join(";") };
    if (typeof digest === "string" && digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "not-found" };
    return { kind: "threw", error };
  }
}

/** A session cookie as sign-in makes one: a UserSession row for the user, named in the sealed cookie. */
async function seal(data: { userId: string; sessionVersion: number }) {
  const { openSession } = await import("@/lib/auth/sessions");
  return sealData({ ...data, sessionId: await openSession(t.db, data.userId) }, { password: secret, ttl: SESSION_TTL_SECONDS });
}

function sendCookie(value: string | null) {
  request.cookies.clear();
  if (value !== null) request.cookies.set(SESSION_COOKIE_NAME, value);
}

type Caller = { name: string; cookie: () => Promise<string | null> };
let signedOutCookie: string;
let copiedCookie: string;
let disabledCookie: string;
let deletedCookie: string;

const NOT_EDITORS: Caller[] = [
  { name: "a reader (no cookie)", cookie: async () => null },
  { name: "a forged cookie", cookie: async () => "Fe26.2**0123456789abcdef*forged*cookie**" },
  { name: "a copy of a session's cookie, used after it signed out", cookie: async () => copiedCookie },
  { name: "a session that signed out everywhere", cookie: async () => signedOutCookie },
  { name: "a disabled account's session", cookie: async () => disabledCookie },
  { name: "a deleted account's session", cookie: async () => deletedCookie },
];

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  secret = (await import("@/lib/env")).env.SESSION_SECRET;
  ({ hashPassword } = await import("@/lib/auth/password"));
  request.headers = new Headers({
    host: "127.0.0.1:3000",
    "x-forwarded-proto": "http",
    "x-forwarded-for": "192.0.2.7",
    [REQUEST_PATH_HEADER]: "/editor/claims/new",
  });

  // the records the plausible calls edit, written by the same cores the actions call
  const { createCompany } = await import("@/lib/editor-records/companies");
  const { createChip } = await import("@/lib/editor-records/chips");
  const { createEvent } = await import("@/lib/editor-records/events");
  const { createSource } = await import("@/lib/editor/sources");
  const { createClaim } = await import("@/lib/editor/claims");
  const editor = await t.db.user.create({ data: { email: "fixtures@chipwatch.test", role: "editor" } });
  fixtures.editorId = editor.id;
  const ok = <T,>(outcome: { ok: true; record: T } | { ok: false }): T => {
    if (!outcome.ok) throw new Error(`fixture refused: ${JSON.stringify(outcome)}`);
    return outcome.record;
  };
  fixtures.companyId = ok(await createCompany(t.db, editor, CompanyFormSchema.parse({ ...EMPTY_COMPANY_VALUES, name: "Huawei", roles: ["chip_vendor"] }))).id;
  fixtures.chipId = ok(await createChip(t.db, editor, ChipFormSchema.parse({ ...EMPTY_CHIP_VALUES, name: "Ascend 910B", vendor: "huawei", kind: "accelerator" }))).id;
  const source = await createSource(
    t.db,
    editor,
    SourceFormSchema.parse(sourceFormInput({ title: "Note imaginaire", language: "fr", text: ARTICLE })),
  );
  if (!source.ok) throw new Error("fixture source refused");
  fixtures.sourceId = source.source.id;
  fixtures.sourceText = ARTICLE;
  for (const key of ["claimToEdit", "claimToPublish"] as const) {
    const claim = await createClaim(t.db, editor, ClaimFormSchema.parse(claimFormInput(claimFormValues(form(claimFields(`Fixture ${key}.`))))));
    if (!claim.ok) throw new Error("fixture claim refused");
    fixtures[key] = claim.claim.id;
  }
  fixtures.eventId = ok(
    await createEvent(
      t.db,
      editor,
      EventFormSchema.parse({ ...EMPTY_EVENT_VALUES, title: "A fixture rule", jurisdiction: "US", action: "rule", quotes: [{ sourceId: fixtures.sourceId, quote: QUOTE }] }),
    ),
  ).id;

  actions = await discoverActions();

  // A real session, signed in through the sign-in action, whose owner then signed out everywhere.
  const { signInAction, signOutEverywhereAction } = await import("@/lib/actions/auth");
  await t.db.user.create({ data: { email: "leaver@chipwatch.test", role: "editor", passwordHash: await hashPassword("a long enough passphrase") } });
  sendCookie(null);
  const signedIn = await call(signInAction as Action, [{ email: "" }, form({ email: "leaver@chipwatch.test", password: "a long enough passphrase" })]);
  expect(signedIn).toEqual({ kind: "redirect", to: "/editor" });
  signedOutCookie = request.cookies.get(SESSION_COOKIE_NAME)!;
  expect(signedOutCookie).toMatch(/^Fe26\.2\*/);
  expect(await call(signOutEverywhereAction as Action, [])).toEqual({ kind: "redirect", to: "/login" });
  expect(request.cookies.has(SESSION_COOKIE_NAME)).toBe(false);

  // Another, whose cookie was copied (a shared computer, a stolen cookie) before it signed out.
  const { signOutAction } = await import("@/lib/actions/auth");
  await t.db.user.create({ data: { email: "copied@chipwatch.test", role: "editor", passwordHash: await hashPassword("another long passphrase") } });
  sendCookie(null);
  expect(await call(signInAction as Action, [{ email: "" }, form({ email: "copied@chipwatch.test", password: "another long passphrase" })])).toEqual({
    kind: "redirect",
    to: "/editor",
  });
  copiedCookie = request.cookies.get(SESSION_COOKIE_NAME)!;
  expect(await call(signOutAction as Action, [])).toEqual({ kind: "redirect", to: "/" });
  expect(request.cookies.has(SESSION_COOKIE_NAME)).toBe(false);

  const disabled = await t.db.user.create({ data: { email: "disabled@chipwatch.test", role: "editor" } });
  disabledCookie = await seal({ userId: disabled.id, sessionVersion: 1 });
  await t.db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
  const deleted = await t.db.user.create({ data: { email: "deleted@chipwatch.test", role: "admin" } });
  deletedCookie = await seal({ userId: deleted.id, sessionVersion: 1 });
  await t.db.user.delete({ where: { id: deleted.id } });
});
afterAll(async () => {
  await t?.cleanup();
});

// ─── The tests ───────────────────────────────────────────────────────────────────────────────

describe("what is found in the code", () => {
  it("finds the server-action modules and no inline \"use server\" function", () => {
    expect(ACTION_MODULES).toContain(path.join("lib", "actions", "claims.ts"));
    expect(ACTION_MODULES.length).toBeGreaterThanOrEqual(7);
    // An action declared inside a component cannot be enumerated or called from a test: move it to lib/actions.
    expect(INLINE_ACTIONS).toEqual([]);
  });

  it("every action is public by name (with a reason) or starts with requireEditor()/requireAdmin()", () => {
    expect(actions.length).toBeGreaterThanOrEqual(13);
    for (const key of Object.keys(PUBLIC_ACTIONS)) expect(actions.map((a) => a.key), `public action ${key} no longer exists`).toContain(key);
    const unguarded = actions.filter((a) => a.guard === "none" && !(a.key in PUBLIC_ACTIONS)).map((a) => a.key);
    expect(unguarded, "actions that never call requireEditor() or requireAdmin()").toEqual([]);
  });

  it("every guarded action has plausible arguments to be tried with", () => {
    const missing = actions.filter((a) => !(a.key in PUBLIC_ACTIONS) && !(a.key in PLAUSIBLE_CALLS)).map((a) => a.key);
    expect(missing, "add arguments an editor would send to PLAUSIBLE_CALLS").toEqual([]);
    const stale = Object.keys(PLAUSIBLE_CALLS).filter((key) => !actions.some((a) => a.key === key));
    expect(stale, "PLAUSIBLE_CALLS names actions that no longer exist").toEqual([]);
  });
});

describe("server actions refuse everyone who is not a signed-in editor, and write nothing", () => {
  it.each(NOT_EDITORS.map((caller) => [caller.name, caller] as const))("%s", async (_name, caller) => {
    const guarded = actions.filter((a) => !(a.key in PUBLIC_ACTIONS));
    let tried = 0;
    for (const action of guarded) {
      const argumentLists = [...junkCalls(action), ...(PLAUSIBLE_CALLS[action.key] ? [PLAUSIBLE_CALLS[action.key]()] : [])];
      for (const args of argumentLists) {
        sendCookie(await caller.cookie());
        const before = await snapshotDb(t.db);
        const outcome = await call(action.fn, args);
        const after = await snapshotDb(t.db);
        const what = `${action.key}(${args.length} arguments) by ${caller.name}`;
        expect(changedModels(before, after), `${what} wrote to the database`).toEqual([]);
        expect(outcome.kind === "threw" ? String((outcome.error as Error)?.stack ?? outcome.error) : outcome, what).toMatchObject({
          kind: "redirect",
          to: expect.stringMatching(/^\/login\?next=%2Feditor%2Fclaims%2Fnew$/),
        });
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(guarded.length * 5);
  });
});

describe("mutating route handlers", () => {
  it("every route file is found, and any POST/PUT/PATCH/DELETE handler refuses readers and stale sessions without writing", async () => {
    expect(ROUTE_FILES.length).toBeGreaterThan(5);
    let handlers = 0;
    for (const file of ROUTE_FILES) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const method of MUTATING_METHODS) {
        const handler = mod[method];
        if (typeof handler !== "function") continue;
        handlers++;
        for (const cookie of [null, copiedCookie, signedOutCookie, disabledCookie]) {
          const before = await snapshotDb(t.db);
          const response = (await (handler as (r: Request, c: unknown) => Promise<Response>)(
            new Request(`http://127.0.0.1:3000/${file}`, {
              method,
              headers: cookie ? { cookie: `${SESSION_COOKIE_NAME}=${cookie}`, "content-type": "application/json" } : { "content-type": "application/json" },
              body: JSON.stringify({ id: fixtures.claimToEdit, status: "retracted" }),
            }),
            { params: Promise.resolve({}) },
          )) as Response;
          expect(changedModels(before, await snapshotDb(t.db)), `${method} ${file}`).toEqual([]);
          expect([401, 403, 404, 405], `${method} ${file}: ${response.status}`).toContain(response.status);
        }
      }
    }
    // Today no route handler writes (the API is read-only: tests/unit/fuzz-api.test.ts checks its 405s); one added later is checked here.
    expect(handlers, "mutating route handlers found").toBe(MUTATING_HANDLERS_EXPECTED);
  });
});

describe("roles", () => {
  it("an editor calling an admin-only action gets a 404 and writes nothing; requireAdmin() itself refuses editors", async () => {
    const editor = await t.db.user.create({ data: { email: "just-an-editor@chipwatch.test", role: "editor" } });
    const editorCookie = await seal({ userId: editor.id, sessionVersion: 1 });
    for (const action of actions.filter((a) => a.guard === "admin")) {
      for (const args of [...junkCalls(action), ...(PLAUSIBLE_CALLS[action.key] ? [PLAUSIBLE_CALLS[action.key]()] : [])]) {
        sendCookie(editorCookie);
        const before = await snapshotDb(t.db);
        expect(await call(action.fn, args), action.key).toEqual({ kind: "not-found" });
        expect(changedModels(before, await snapshotDb(t.db)), action.key).toEqual([]);
      }
    }
    const { requireAdmin, requireEditor } = await import("@/lib/auth/guard");
    sendCookie(editorCookie);
    expect(await call(requireAdmin as Action, [])).toEqual({ kind: "not-found" });
    expect(await call(requireEditor as Action, [])).toMatchObject({ kind: "returned", value: { id: editor.id, role: "editor" } });
    sendCookie(null);
    expect(await call(requireAdmin as Action, [])).toMatchObject({ kind: "redirect", to: expect.stringMatching(/^\/login\?next=/) });
  });
});

describe("the public actions", () => {
  it("a failed sign-in writes only its LoginAttempt row; signing out ends only the caller's own session", async () => {
    const { signInAction, signOutAction } = await import("@/lib/actions/auth");
    sendCookie(null);
    let before = await snapshotDb(t.db);
    const refused = await call(signInAction as Action, [{ email: "" }, form({ email: "fixtures@chipwatch.test", password: "not the password" })]);
    expect(refused).toMatchObject({ kind: "returned", value: { fieldErrors: { password: ["Email or password is incorrect"] } } });
    expect(changedModels(before, await snapshotDb(t.db))).toEqual(["LoginAttempt"]);
    expect(request.cookies.has(SESSION_COOKIE_NAME)).toBe(false);

    for (const cookie of [null, copiedCookie, signedOutCookie, "Fe26.2**0123456789abcdef*forged*cookie**"]) {
      sendCookie(cookie);
      before = await snapshotDb(t.db);
      expect(await call(signOutAction as Action, [])).toEqual({ kind: "redirect", to: "/" });
      expect(changedModels(before, await snapshotDb(t.db))).toEqual([]);
    }

    // a live session: its own UserSession row goes, and nobody else's
    const live = await seal({ userId: fixtures.editorId, sessionVersion: 1 });
    const others = await t.db.userSession.count();
    sendCookie(live);
    before = await snapshotDb(t.db);
    expect(await call(signOutAction as Action, [])).toEqual({ kind: "redirect", to: "/" });
    expect(changedModels(before, await snapshotDb(t.db))).toEqual(["UserSession"]);
    expect(await t.db.userSession.count()).toBe(others - 1);
    expect(request.cookies.has(SESSION_COOKIE_NAME)).toBe(false);
  });

  it("called with junk instead of the form (a crafted request), they answer without an error and write nothing", async () => {
    for (const action of actions.filter((a) => a.key in PUBLIC_ACTIONS)) {
      for (const args of junkCalls(action)) {
        sendCookie(null);
        const before = await snapshotDb(t.db);
        const outcome = await call(action.fn, args);
        const what = `${action.key}(${args.length} arguments)`;
        expect(outcome.kind === "threw" ? String((outcome.error as Error)?.stack ?? outcome.error) : outcome.kind, what).not.toBe("threw");
        expect(changedModels(before, await snapshotDb(t.db)), what).toEqual([]);
      }
    }
  });
});

describe("a signed-in editor sending junk instead of the form (a crafted request)", () => {
  it("gets an answer from every guarded action, never an exception (a 500), and nothing is written", async () => {
    const editor = await t.db.user.create({ data: { email: "junk-sender@chipwatch.test", role: "editor" } });
    const cookie = await seal({ userId: editor.id, sessionVersion: 1 });
    const more: unknown[][] = [["", "", ""], [42, 42, 42], [[], [], []], [{ answer: "x" }, { answer: -1 }, "not a form"], ["x".repeat(10_000), {}, new FormData()]];
    let tried = 0;
    for (const action of actions.filter((a) => a.guard !== "none" && !(a.key in WRITES_WITHOUT_ARGUMENTS))) {
      for (const args of [...junkCalls(action), ...more]) {
        sendCookie(cookie);
        const before = await snapshotDb(t.db);
        const outcome = await call(action.fn, args);
        const what = `${action.key}(${args.map((a) => (a instanceof FormData ? "FormData" : JSON.stringify(a)?.slice(0, 40))).join(", ")})`;
        expect(outcome.kind === "threw" ? String((outcome.error as Error)?.stack ?? outcome.error) : outcome.kind, what).toBe("returned");
        expect(changedModels(before, await snapshotDb(t.db)), what).toEqual([]);
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(12 * 9);
  });
});

describe("the plausible calls are real", () => {
  // Run last: these write. Each call must get past the guard and change the database, or the
  // refusals above would prove only that the arguments were wrong.
  it("with a signed-in editor's session each one writes", async () => {
    for (const action of actions.filter((a) => PLAUSIBLE_CALLS[a.key])) {
      const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: fixtures.editorId }, select: { sessionVersion: true } });
      sendCookie(await seal({ userId: fixtures.editorId, sessionVersion }));
      const before = await snapshotDb(t.db);
      const outcome = await call(action.fn, PLAUSIBLE_CALLS[action.key]());
      expect(outcome.kind === "threw" ? String((outcome.error as Error)?.stack ?? outcome.error) : outcome.kind, action.key).not.toBe("not-found");
      if (outcome.kind === "redirect") expect(outcome.to, action.key).not.toMatch(/^\/login\?/);
      expect(changedModels(before, await snapshotDb(t.db)), `${action.key} by an editor: ${JSON.stringify(outcome).slice(0, 400)}`).not.toEqual([]);
    }
  });
});
