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

  it("reads CHIPWATCH_WORKERS as a whole number of server processes from 1 to 64, unset meaning one per core", () => {
    expect(parseEnv({}).CHIPWATCH_WORKERS).toBeUndefined();
    expect(parseEnv({ CHIPWATCH_WORKERS: "" }).CHIPWATCH_WORKERS).toBeUndefined();
    expect(parseEnv({ CHIPWATCH_WORKERS: "1" }).CHIPWATCH_WORKERS).toBe(1);
    expect(parseEnv({ CHIPWATCH_WORKERS: "64" }).CHIPWATCH_WORKERS).toBe(64);
    for (const bad of ["0", "-1", "2.5", "two", "1e2", " 2"]) {
      expect(() => parseEnv({ CHIPWATCH_WORKERS: bad })).toThrow(/CHIPWATCH_WORKERS: must be a whole number of processes/);
    }
    expect(() => parseEnv({ CHIPWATCH_WORKERS: "65" })).toThrow(/CHIPWATCH_WORKERS: must be at most 64/);
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

  it("takes a SQLite file: URL or a PostgreSQL URL as DATABASE_URL, and names the variable for anything else", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./prisma/data/chipwatch.db");
    expect(parseEnv({ DATABASE_URL: "file:/srv/chipwatch.db" }).DATABASE_URL).toBe("file:/srv/chipwatch.db");
    expect(parseEnv({ DATABASE_URL: "postgresql://cw:pw@db:5432/chipwatch" }).DATABASE_URL).toBe(
      "postgresql://cw:pw@db:5432/chipwatch",
    );
    expect(parseEnv({ DATABASE_URL: "postgres://cw@localhost/chipwatch" }).DATABASE_URL).toBe("postgres://cw@localhost/chipwatch");
    for (const bad of ["mysql://cw@db/chipwatch", "./prisma/data/chipwatch.db", "postgresql:chipwatch"]) {
      expect(() => parseEnv({ DATABASE_URL: bad })).toThrow(
        /DATABASE_URL: must be a SQLite file: URL such as file:\S+, or a PostgreSQL URL such as postgresql:\/\//,
      );
    }
  });

  it("refuses a PostgreSQL pool size that is not a whole number of connections", () => {
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE: must be a whole number/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "ten" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "20" })).not.toThrow();
  });

  it("leaves the production checks to the server while `next build` runs", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).SESSION_SECRET).toBe(DEV_SESSION_SECRET);
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-server" })).toThrow(/SESSION_SECRET/);
  });
});
