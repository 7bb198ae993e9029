import { describe, expect, it } from "vitest";
import { dropDatabase, pgDatabaseName, pgUrlWithDatabase } from "../../lib/pg-admin";

/** A stand-in for pg.Client that answers each statement with the next scripted outcome. */
function scriptedClient(outcomes: Array<"ok" | string>) {
  const statements: string[] = [];
  return {
    statements,
    async query(statement: string) {
      statements.push(statement);
      const outcome = outcomes.shift();
      if (outcome === undefined) throw new Error(`unexpected statement: ${statement}`);
      if (outcome !== "ok") throw Object.assign(new Error(`pg error ${outcome}`), { code: outcome });
      return { rows: [] };
    },
  };
}

// The client is typed as pg.Client's query; the stand-in answers only what dropDatabase sends.
const asClient = (client: ReturnType<typeof scriptedClient>) => client as unknown as Parameters<typeof dropDatabase>[0];

describe("dropDatabase", () => {
  it("drops with FORCE when the server allows it", async () => {
    const client = scriptedClient(["ok"]);
    await dropDatabase(asClient(client), 'a"b');
    expect(client.statements).toEqual(['DROP DATABASE IF EXISTS "a""b" WITH (FORCE)']);
  });

  it("falls back to the plain DROP when FORCE may not end a session (an autovacuum worker), retrying while the database is in use", async () => {
    const client = scriptedClient(["42501", "55006", "55006", "ok"]);
    await dropDatabase(asClient(client), "t1", { pauseMs: 1 });
    expect(client.statements).toEqual([
      'DROP DATABASE IF EXISTS "t1" WITH (FORCE)',
      'DROP DATABASE IF EXISTS "t1"',
      'DROP DATABASE IF EXISTS "t1"',
      'DROP DATABASE IF EXISTS "t1"',
    ]);
  });

  it("gives up after its attempts, with the server's error", async () => {
    const client = scriptedClient(["42501", "55006", "55006"]);
    await expect(dropDatabase(asClient(client), "t2", { attempts: 2, pauseMs: 1 })).rejects.toMatchObject({ code: "55006" });
    expect(client.statements).toHaveLength(3);
  });

  it("does not retry other errors", async () => {
    const forced = scriptedClient(["42P04"]);
    await expect(dropDatabase(asClient(forced), "t3")).rejects.toMatchObject({ code: "42P04" });
    expect(forced.statements).toHaveLength(1);
    const plain = scriptedClient(["42501", "42501"]);
    await expect(dropDatabase(asClient(plain), "t4", { pauseMs: 1 })).rejects.toMatchObject({ code: "42501" });
    expect(plain.statements).toHaveLength(2);
  });
});

describe("PostgreSQL URLs", () => {
  it("reads and replaces the database name", () => {
    expect(pgDatabaseName("postgresql://u:p@h:5432/chip%20watch")).toBe("chip watch");
    expect(pgUrlWithDatabase("postgresql://u:p@h:5432/a?sslmode=disable", "b")).toBe("postgresql://u:p@h:5432/b?sslmode=disable");
    expect(() => pgDatabaseName("postgresql://u:p@h:5432/")).toThrow(/names no database/);
  });
});
