// A fingerprint of a whole database: every model's row count and a hash of all its rows, read
// through Prisma so it means the same on SQLite and on PostgreSQL. Any write anywhere changes it;
// tests compare one taken before an attempt with one taken after.
import { createHash } from "node:crypto";
import { Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "../../lib/prisma-client";

export type DbSnapshot = Record<string, { rows: number; sha256: string }>;

type ModelDelegate = { findMany: () => Promise<Record<string, unknown>[]> };

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

/** Every model of the schema (Prisma.ModelName), so a new table is covered without editing this file. */
export async function snapshotDb(db: Db): Promise<DbSnapshot> {
  const entries = await Promise.all(
    Object.values(Prisma.ModelName).map(async (model) => {
      const delegate = (db as unknown as Record<string, ModelDelegate>)[model.charAt(0).toLowerCase() + model.slice(1)];
      // rows in a canonical order, whatever order the database returns them in
      const rows = (await delegate.findMany()).map(stable).sort();
      const hash = createHash("sha256");
      for (const row of rows) hash.update(row).update("\n");
      return [model, { rows: rows.length, sha256: hash.digest("hex") }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The models whose rows differ between two snapshots (empty when nothing was written). */
export function changedModels(before: DbSnapshot, after: DbSnapshot): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (model) => before[model]?.rows !== after[model]?.rows || before[model]?.sha256 !== after[model]?.sha256,
  );
}
