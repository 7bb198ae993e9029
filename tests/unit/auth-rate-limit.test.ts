// The failed-sign-in limit, on a throwaway database with a clock the tests move.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  checkSignInRateLimit,
  clientAddress,
  rateLimitMessage,
  recordSignInAttempt,
  SIGN_IN_LIMITS,
} from "@/lib/auth/rate-limit";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  await t.db.loginAttempt.deleteMany();
});

const start = new Date("2026-03-01T10:00:00Z");
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

async function fail(email: string, ip: string | null, at: Date) {
  await recordSignInAttempt(t.db, { email, ip, success: false }, at);
}

describe("per email", () => {
  it("allows 5 failures in 15 minutes and refuses the 6th attempt, saying when to come back", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(await checkSignInRateLimit(t.db, { email: "a@x.org", ip: "10.0.0.1" }, minutesLater(i))).toEqual({ allowed: true });
      await fail("a@x.org", "10.0.0.1", minutesLater(i));
    }
    // 5 failures at minutes 0..4: the oldest leaves the 15-minute window at minute 15
    expect(await checkSignInRateLimit(t.db, { email: "a@x.org", ip: "10.0.0.1" }, minutesLater(5))).toEqual({
      allowed: false,
      retryAfterMinutes: 10,
    });
    // the same email from another address is refused too: the limit is on the email
    expect((await checkSignInRateLimit(t.db, { email: "a@x.org", ip: "10.0.0.2" }, minutesLater(5))).allowed).toBe(false);
  });

  it("lifts the lock once the window has passed", async () => {
    for (let i = 0; i < 5; i++) await fail("b@x.org", null, minutesLater(0));
    expect(await checkSignInRateLimit(t.db, { email: "b@x.org", ip: null }, minutesLater(14))).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(await checkSignInRateLimit(t.db, { email: "b@x.org", ip: null }, minutesLater(15))).toEqual({ allowed: true });
  });

  it("counts failures since the email's last success, and a success does not reset other emails", async () => {
    for (let i = 0; i < 4; i++) {
      await fail("c@x.org", "10.0.0.3", minutesLater(i));
      await fail("d@x.org", "10.0.0.3", minutesLater(i));
    }
    await recordSignInAttempt(t.db, { email: "c@x.org", ip: "10.0.0.3", success: true }, minutesLater(5));
    await fail("c@x.org", "10.0.0.3", minutesLater(6));
    await fail("d@x.org", "10.0.0.3", minutesLater(6));

    expect((await checkSignInRateLimit(t.db, { email: "c@x.org", ip: "10.0.0.3" }, minutesLater(7))).allowed).toBe(true);
    expect((await checkSignInRateLimit(t.db, { email: "d@x.org", ip: "10.0.0.3" }, minutesLater(7))).allowed).toBe(false);
  });
});

describe("per client address", () => {
  it("refuses an address after 20 failures, whatever the emails, and a success does not reset it", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await fail(`user${i}@x.org`, "10.9.9.9", minutesLater(1));
    await recordSignInAttempt(t.db, { email: "owner@x.org", ip: "10.9.9.9", success: true }, minutesLater(2));

    const gate = await checkSignInRateLimit(t.db, { email: "fresh@x.org", ip: "10.9.9.9" }, minutesLater(3));
    expect(gate).toEqual({ allowed: false, retryAfterMinutes: 13 });
    expect((await checkSignInRateLimit(t.db, { email: "fresh@x.org", ip: "10.1.1.1" }, minutesLater(3))).allowed).toBe(true);
  });
});

describe("housekeeping and helpers", () => {
  it("forgets attempts older than a day as new ones are recorded", async () => {
    await fail("old@x.org", null, start);
    await fail("new@x.org", null, new Date(start.getTime() + 25 * 60 * 60_000));
    expect(await t.db.loginAttempt.findMany({ select: { email: true } })).toEqual([{ email: "new@x.org" }]);
  });

  it("words the refusal for one or several minutes", () => {
    expect(rateLimitMessage(1)).toBe("Too many failed sign-ins, try again in 1 minute");
    expect(rateLimitMessage(12)).toBe("Too many failed sign-ins, try again in 12 minutes");
  });

  it("takes the client address from the last x-forwarded-for entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress(new Headers())).toBeNull();
  });
});
