// DATABASE_URL picks the engine (SQLite or PostgreSQL) and, for PostgreSQL, the pool size.
import { describe, expect, it } from "vitest";
import { DEFAULT_PG_POOL_SIZE, databaseProvider, pgPoolConfig } from "@/lib/database-url";

describe("databaseProvider", () => {
  it("reads the engine from the URL's scheme", () => {
    expect(databaseProvider("file:./prisma/data/chipwatch.db")).toBe("sqlite");
    expect(databaseProvider("file::memory:")).toBe("sqlite");
    expect(databaseProvider("postgresql://cw:pw@localhost:5432/chipwatch")).toBe("postgresql");
    expect(databaseProvider("postgres://cw@db/chipwatch?sslmode=require")).toBe("postgresql");
  });

  it("refuses any other URL with a message that shows both accepted forms", () => {
    expect(() => databaseProvider("mysql://cw@db/chipwatch")).toThrow(
      /must be a SQLite file: URL \(file:.*\) or a PostgreSQL URL \(postgresql:\/\/.*\); got "mysql:…"/,
    );
    expect(() => databaseProvider("prisma/data/chipwatch.db")).toThrow(/got "\(no scheme\)…"/);
    expect(() => databaseProvider("")).toThrow(/DATABASE_URL must be/);
  });
});

describe("pgPoolConfig", () => {
  it("defaults to a pool of 10 and passes the URL through", () => {
    expect(DEFAULT_PG_POOL_SIZE).toBe(10);
    expect(pgPoolConfig("postgresql://cw:pw@db:5432/chipwatch", {})).toEqual({
      connectionString: "postgresql://cw:pw@db:5432/chipwatch",
      max: 10,
    });
  });

  it("takes the size from the URL's connection_limit first, then DATABASE_POOL_SIZE", () => {
    const fromUrl = pgPoolConfig("postgresql://cw@db/chipwatch?connection_limit=4&sslmode=require", { DATABASE_POOL_SIZE: "30" });
    expect(fromUrl).toEqual({ connectionString: "postgresql://cw@db/chipwatch?sslmode=require", max: 4 });
    expect(pgPoolConfig("postgresql://cw@db/chipwatch", { DATABASE_POOL_SIZE: "30" }).max).toBe(30);
  });

  it("refuses a size that is not a whole number of connections, naming where it came from", () => {
    expect(() => pgPoolConfig("postgresql://cw@db/chipwatch?connection_limit=0", {})).toThrow(/connection_limit must be/);
    expect(() => pgPoolConfig("postgresql://cw@db/chipwatch", { DATABASE_POOL_SIZE: "many" })).toThrow(/DATABASE_POOL_SIZE must be/);
  });
});
