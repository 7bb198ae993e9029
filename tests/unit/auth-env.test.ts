// The environment rules that keep a production server from starting with a public secret or
// with the demo editor left on by accident.
import { describe, expect, it } from "vitest";
import { DEV_SESSION_SECRET, parseEnv } from "@/lib/env";

const SECRET = "a-production-secret-of-at-least-32-characters";

describe("parseEnv", () => {
  it("needs nothing in development: the dev secret and the demo editor are the defaults", () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: "development",
      SESSION_SECRET: DEV_SESSION_SECRET,
      CHIPWATCH_DEMO_ACCOUNTS: "on",
      CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: false,
    });
    expect(parseEnv({ NODE_ENV: "test", CHIPWATCH_DEMO_ACCOUNTS: "off" }).CHIPWATCH_DEMO_ACCOUNTS).toBe("off");
  });

  it("refuses production without a session secret, or with the public development one, naming SESSION_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET: must be set in production/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: DEV_SESSION_SECRET })).toThrow(
      /SESSION_SECRET: is the public development default/,
    );
  });

  it("refuses a session secret shorter than 32 characters anywhere", () => {
    expect(() => parseEnv({ SESSION_SECRET: "too-short" })).toThrow(/SESSION_SECRET: must be at least 32 characters/);
  });

  it("turns demo accounts off by default in production", () => {
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: SECRET }).CHIPWATCH_DEMO_ACCOUNTS).toBe("off");
  });

  it("refuses production with demo accounts on unless explicitly allowed, naming CHIPWATCH_DEMO_ACCOUNTS", () => {
    const on = { NODE_ENV: "production", SESSION_SECRET: SECRET, CHIPWATCH_DEMO_ACCOUNTS: "on" };
    expect(() => parseEnv(on)).toThrow(/CHIPWATCH_DEMO_ACCOUNTS: is on in production/);
    expect(() => parseEnv({ ...on, CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: "false" })).toThrow(/CHIPWATCH_DEMO_ACCOUNTS/);
    expect(parseEnv({ ...on, CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: "true" })).toMatchObject({
      CHIPWATCH_DEMO_ACCOUNTS: "on",
      CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: true,
    });
  });

  it("names every problem at once", () => {
    expect(() => parseEnv({ NODE_ENV: "production", CHIPWATCH_DEMO_ACCOUNTS: "on" })).toThrow(
      /SESSION_SECRET.*; CHIPWATCH_DEMO_ACCOUNTS/,
    );
  });

  it("refuses values that are neither on/off nor true/false", () => {
    expect(() => parseEnv({ CHIPWATCH_DEMO_ACCOUNTS: "yes" })).toThrow(/CHIPWATCH_DEMO_ACCOUNTS: must be "on" or "off"/);
    expect(() => parseEnv({ CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION: "1" })).toThrow(/CHIPWATCH_ALLOW_DEMO_IN_PRODUCTION/);
  });

  it("leaves the production checks to the server while `next build` runs", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).SESSION_SECRET).toBe(DEV_SESSION_SECRET);
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-server" })).toThrow(/SESSION_SECRET/);
  });
});
