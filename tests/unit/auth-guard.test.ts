// Who counts as signed in: a sealed session cookie whose server-side record (UserSession) is there
// and unexpired, and whose account still exists, is enabled and has the sessionVersion the cookie carries. Checked through getUserFromRequest and the API's editor gate.
import { sealData } from "iron-session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EDITOR, SESSION_COOKIE_NAME, SESSION_TTL_SECONDS } from "@/lib/auth/constants";
import { safeNextPath } from "@/lib/auth/next-path";
import { CLAIM_STATUSES, PUBLIC_CLAIM_STATUSES } from "@/lib/constants";
import { createTestDb, type TestDb } from "../setup/test-db";

// Modules that read the environment are imported once DATABASE_URL names the test database.
let t: TestDb;
let guard: typeof import("@/lib/auth/guard");
let api: typeof import("@/lib/api");
let session: typeof import("@/lib/auth/session");
let secret: string;
let editorId: string;

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  guard = await import("@/lib/auth/guard");
  api = await import("@/lib/api");
  session = await import("@/lib/auth/session");
  secret = (await import("@/lib/env")).env.SESSION_SECRET;
  editorId = (await t.db.user.create({ data: { email: "ed@x.org", role: "editor", sessionVersion: 3 } })).id;
});
afterAll(async () => {
  await t.cleanup();
});

/** A session as sign-in opens one: a UserSession row, and the cookie's data naming it. */
async function sessionFor(userId: string, sessionVersion: number) {
  const { openSession } = await import("@/lib/auth/sessions");
  return { userId, sessionId: await openSession(t.db, userId), sessionVersion };
}

async function requestWithSession(data: object, password = secret) {
  const seal = await sealData(data, { password, ttl: SESSION_TTL_SECONDS });
  return new Request("http://x/api/v1/claims", { headers: { cookie: `other=1; ${SESSION_COOKIE_NAME}=${seal}` } });
}

describe("getUserFromRequest", () => {
  it("returns the user a valid session names", async () => {
    const request = await requestWithSession(await sessionFor(editorId, 3));
    expect(await guard.getUserFromRequest(request)).toEqual({ id: editorId, email: "ed@x.org", name: null, role: "editor" });
  });

  it("returns null without a cookie, or with a forged, foreign or malformed one", async () => {
    expect(await guard.getUserFromRequest(new Request("http://x/"))).toBeNull();
    const forged = new Request("http://x/", { headers: { cookie: `${SESSION_COOKIE_NAME}=Fe26.2**forged*cookie` } });
    expect(await guard.getUserFromRequest(forged)).toBeNull();
    const sealedElsewhere = await requestWithSession(
      await sessionFor(editorId, 3),
      "another-secret-that-is-at-least-32-characters",
    );
    expect(await guard.getUserFromRequest(sealedElsewhere)).toBeNull();
    expect(await guard.getUserFromRequest(await requestWithSession({ userId: editorId }))).toBeNull();
    expect(await guard.getUserFromRequest(await requestWithSession({ userId: editorId, sessionVersion: 3 }))).toBeNull();
    const unknownRecord = { userId: editorId, sessionId: "no-such-session", sessionVersion: 3 };
    expect(await guard.getUserFromRequest(await requestWithSession(unknownRecord))).toBeNull();
    const otherUser = (await t.db.user.create({ data: { email: "other@x.org" } })).id;
    const othersRecord = (await sessionFor(otherUser, 1)).sessionId;
    expect(await guard.getUserFromRequest(await requestWithSession({ userId: editorId, sessionId: othersRecord, sessionVersion: 3 }))).toBeNull();
  });

  it("returns null once the session is stale: the sessionVersion was raised (signed out everywhere)", async () => {
    const user = await t.db.user.create({ data: { email: "stale@x.org", sessionVersion: 1 } });
    const request = await requestWithSession(await sessionFor(user.id, 1));
    expect(await guard.getUserFromRequest(request)).not.toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await guard.getUserFromRequest(request)).toBeNull();
  });

  it("returns null once that session signed out (its record deleted), for every copy of the cookie; other sessions go on", async () => {
    const { closeSession } = await import("@/lib/auth/sessions");
    const user = await t.db.user.create({ data: { email: "leaver@x.org" } });
    const laptop = await sessionFor(user.id, 1);
    const phone = await sessionFor(user.id, 1);
    const copy = await requestWithSession(laptop);
    expect(await guard.getUserFromRequest(copy)).toMatchObject({ id: user.id });
    await closeSession(t.db, laptop.sessionId);
    expect(await guard.getUserFromRequest(copy)).toBeNull();
    expect(await guard.getUserFromRequest(await requestWithSession(laptop))).toBeNull();
    expect(await guard.getUserFromRequest(await requestWithSession(phone))).toMatchObject({ id: user.id });
  });

  it("returns null once the session's record has expired, and a new sign-in drops the user's expired records", async () => {
    const { openSession } = await import("@/lib/auth/sessions");
    const user = await t.db.user.create({ data: { email: "old@x.org" } });
    const longAgo = new Date(Date.now() - (SESSION_TTL_SECONDS + 60) * 1000);
    const expired = { userId: user.id, sessionId: await openSession(t.db, user.id, longAgo), sessionVersion: 1 };
    expect(await guard.getUserFromRequest(await requestWithSession(expired))).toBeNull();
    const fresh = await sessionFor(user.id, 1);
    expect(await t.db.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: fresh.sessionId }]);
  });

  it("sign out everywhere ends every session of the user, and only theirs", async () => {
    const { closeAllSessions } = await import("@/lib/auth/sessions");
    const user = await t.db.user.create({ data: { email: "everywhere@x.org" } });
    const sessions = [await sessionFor(user.id, 1), await sessionFor(user.id, 1)];
    const bystander = await sessionFor(editorId, 3);
    await closeAllSessions(t.db, user.id);
    for (const s of sessions) expect(await guard.getUserFromRequest(await requestWithSession(s))).toBeNull();
    expect(await t.db.userSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ sessionVersion: 2 });
    expect(await guard.getUserFromRequest(await requestWithSession(bystander))).toMatchObject({ id: editorId });
  });

  it("returns null for a disabled, deleted or unknown-role account", async () => {
    const disabled = await t.db.user.create({ data: { email: "off@x.org", disabled: true } });
    expect(await guard.getUserFromRequest(await requestWithSession(await sessionFor(disabled.id, 1)))).toBeNull();

    const deleted = await t.db.user.create({ data: { email: "gone@x.org" } });
    const deletedSession = await sessionFor(deleted.id, 1);
    await t.db.user.delete({ where: { id: deleted.id } });
    expect(await t.db.userSession.count({ where: { id: deletedSession.sessionId } })).toBe(0);
    expect(await guard.getUserFromRequest(await requestWithSession(deletedSession))).toBeNull();

    const odd = await t.db.user.create({ data: { email: "odd@x.org", role: "superuser" } });
    expect(await guard.getUserFromRequest(await requestWithSession(await sessionFor(odd.id, 1)))).toBeNull();
  });
});

describe("hasRole", () => {
  it("lets an admin do what an editor may, not the other way round", () => {
    const editor = { id: "1", email: "e@x", name: null, role: "editor" as const };
    const admin = { ...editor, role: "admin" as const };
    expect(guard.hasRole(editor, "editor")).toBe(true);
    expect(guard.hasRole(editor, "admin")).toBe(false);
    expect(guard.hasRole(admin, "editor")).toBe(true);
    expect(guard.hasRole(admin, "admin")).toBe(true);
    expect(guard.hasRole(null, "editor")).toBe(false);
  });
});

describe("the API's editor gate", () => {
  it("canSeeNonPublicClaims: false for a reader, true for an editor's session", async () => {
    const reader = new Request("http://x/api/v1/claims?status=draft");
    const editor = await requestWithSession(await sessionFor(editorId, 3));
    expect(await api.canSeeNonPublicClaims(reader)).toBe(false);
    expect(await api.canSeeNonPublicClaims(editor)).toBe(true);
    expect(await api.visibleClaimStatuses(reader)).toEqual(PUBLIC_CLAIM_STATUSES);
    expect(await api.visibleClaimStatuses(editor)).toEqual(CLAIM_STATUSES);
    expect(await api.claimStatusesFor(editor, "draft")).toEqual(["draft"]);
    await expect(api.claimStatusesFor(reader, "draft")).rejects.toMatchObject({ status: 403 });
  });

  it("requireApiUser: 401 for a reader, 403 for an editor where an admin is needed", async () => {
    const editor = await requestWithSession(await sessionFor(editorId, 3));
    await expect(api.requireApiUser(new Request("http://x/"))).rejects.toMatchObject({ status: 401 });
    expect(await api.requireApiUser(editor)).toMatchObject({ id: editorId });
    await expect(api.requireApiUser(editor, "admin")).rejects.toMatchObject({ status: 403 });
  });

  it("/api/v1/claims?status=draft: 403 for a reader, 200 with an editor's cookie", async () => {
    const { GET } = await import("@/app/api/v1/claims/route");
    const reader = await GET(new Request("http://x/api/v1/claims?status=draft"));
    expect(reader.status).toBe(403);
    const seal = await sealData(await sessionFor(editorId, 3), { password: secret });
    const editor = await GET(
      new Request("http://x/api/v1/claims?status=draft", { headers: { cookie: `${SESSION_COOKIE_NAME}=${seal}` } }),
    );
    expect(editor.status).toBe(200);
    expect(await editor.json()).toMatchObject({ data: [], total: 0 });
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site and refuses everything that could leave it", () => {
    expect(safeNextPath("/editor/claims?status=draft#top")).toBe("/editor/claims?status=draft#top");
    expect(safeNextPath("/chips")).toBe("/chips");
    for (const unsafe of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "/\t/evil.example",
      "editor",
      "",
      "/login?next=/editor",
      undefined,
      ["/editor"],
    ]) {
      expect(safeNextPath(unsafe), String(unsafe)).toBe("/editor");
    }
  });
});

describe("sessionCookieSecure", () => {
  it("is Secure in production except for plain http to a loopback address, and never in development", () => {
    expect(session.sessionCookieSecure({ production: true, protocol: "https", host: "chipwatch.example" })).toBe(true);
    expect(session.sessionCookieSecure({ production: true, protocol: "http", host: "chipwatch.example" })).toBe(true);
    expect(session.sessionCookieSecure({ production: true, protocol: "https", host: "127.0.0.1:3117" })).toBe(true);
    expect(session.sessionCookieSecure({ production: true, protocol: "http", host: "127.0.0.1:3117" })).toBe(false);
    expect(session.sessionCookieSecure({ production: true, protocol: "http", host: "localhost:3000" })).toBe(false);
    expect(session.sessionCookieSecure({ production: false, protocol: "http", host: "chipwatch.example" })).toBe(false);
  });
});

describe("the demo editor", () => {
  it("is created when demo accounts are on, and disabled (sessions ended) when they are off", async () => {
    const { syncDemoAccounts } = await import("@/prisma/seed-users");
    expect(await syncDemoAccounts(t.db, false)).toBe("absent");
    expect(await syncDemoAccounts(t.db, true)).toBe("created");
    expect(await syncDemoAccounts(t.db, true)).toBe("unchanged");
    const created = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_EDITOR.email } });
    expect(created).toMatchObject({ role: "editor", disabled: false, sessionVersion: 1 });

    expect(await syncDemoAccounts(t.db, false)).toBe("disabled");
    expect(await t.db.user.findUniqueOrThrow({ where: { email: DEMO_EDITOR.email } })).toMatchObject({
      disabled: true,
      sessionVersion: 2,
    });
    expect(await syncDemoAccounts(t.db, false)).toBe("unchanged");
    expect(await syncDemoAccounts(t.db, true)).toBe("enabled");
  });
});
