// Writes synthetic rows into SQLite with better-sqlite3: prepared multi-row INSERTs, one
// transaction per batch, synchronous=OFF during the load (restored after). Secondary indexes, the
// FTS5 ClaimSearch triggers and the claim index's triggers (ClaimIndex_*, migration *_claim_index)
// are set aside during the load (their CREATE statements read back from sqlite_master, exactly as
// the migrations made them) and rebuilt once at the end: the claim index then costs one refresh per
// claim instead of one per claim, company link and chip link.
import Database from "better-sqlite3";
import { hasClaimSearch, rebuildClaimSearch } from "../claim-search-index";
import { sqliteDateTime } from "../database-url";
import { TABLES, TABLE_ORDER, type Batch, type Row, type TableName, type Value } from "./tables";
import type { Sink } from "./sink";

/** A DateTime (epoch milliseconds) as Prisma's better-sqlite3 adapter stores it. */
export function sqliteDate(ms: number): string {
  return sqliteDateTime(new Date(ms));
}

/** Rows per INSERT statement: few statements to call, well under SQLite's 32,766 bound variables. */
const ROWS_PER_STATEMENT = 64;

type Prepared = { one: Database.Statement; many: Database.Statement; dates: number[]; bools: number[]; width: number };

export class SqliteSink implements Sink {
  readonly engine = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<TableName, Prepared>();
  private synchronous = 2;
  /** ClaimSearch triggers dropped for the load: name and CREATE statement, as SQLite stored them */
  private ftsTriggers: { name: string; sql: string }[] = [];
  private ftsTable = false;
  private ftsTriggerCount = 0;
  private ftsEntries = 0;
  /** the claim index's triggers (ClaimAbout, ClaimStance), dropped for the load and restored after it */
  private indexTriggers: { name: string; sql: string }[] = [];
  private indexTriggerCount = 0;
  /** secondary indexes of the loaded tables, dropped for the load and rebuilt (sorted, much faster) after it */
  private indexes: { name: string; sql: string }[] = [];

  private readonly transaction: (batch: Batch) => void;

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.transaction = this.db.transaction((batch: Batch) => this.insertBatch(batch));
  }

  async countClaims(): Promise<number> {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Claim'").get();
    return exists ? (this.db.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number }).n : 0;
  }

  async begin(): Promise<void> {
    this.db.pragma("journal_mode = WAL");
    this.synchronous = this.db.pragma("synchronous", { simple: true }) as number;
    this.db.pragma("synchronous = OFF");
    this.db.pragma("cache_size = -131072"); // 128 MiB of page cache: bounded, and enough for the indexes' hot pages
    this.ftsTable = hasClaimSearch(this.db);
    this.ftsTriggers = this.dropTriggers("ClaimSearch");
    this.ftsTriggerCount = this.ftsTriggers.length;
    this.indexTriggers = this.dropTriggers("ClaimIndex");
    this.indexTriggerCount = this.indexTriggers.length;
    const tables = TABLE_ORDER.map((t) => `'${t}'`).join(", ");
    this.indexes = this.db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables}) ORDER BY name`)
      .all() as { name: string; sql: string }[];
    for (const index of this.indexes) this.db.exec(`DROP INDEX "${index.name}"`);
    for (const table of TABLE_ORDER) {
      const columns = TABLES[table].columns;
      const names = columns.map(([name]) => `"${name}"`).join(", ");
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      this.statements.set(table, {
        one: this.db.prepare(`INSERT INTO "${table}" (${names}) VALUES ${tuple}`),
        many: this.db.prepare(`INSERT INTO "${table}" (${names}) VALUES ${Array(ROWS_PER_STATEMENT).fill(tuple).join(", ")}`),
        dates: columns.flatMap(([, type], i) => (type === "date" ? [i] : [])),
        bools: columns.flatMap(([, type], i) => (type === "bool" ? [i] : [])),
        width: columns.length,
      });
    }
  }

  /** Drops the triggers named `<prefix>_…`, returning their names and CREATE statements as SQLite stored them. */
  private dropTriggers(prefix: string): { name: string; sql: string }[] {
    const triggers = this.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' ORDER BY name")
      .all(`${prefix}\\_%`) as { name: string; sql: string }[];
    for (const trigger of triggers) this.db.exec(`DROP TRIGGER "${trigger.name}"`);
    return triggers;
  }

  /**
   * Runs each CREATE statement of `objects`, removing it from the list once it has run, so that
   * finish() can run again after a failure and restore the rest.
   */
  private recreate(objects: { sql: string }[]): void {
    while (objects.length > 0) {
      this.db.exec(objects[0].sql);
      objects.shift();
    }
  }

  private insertBatch(batch: Batch): void {
    for (const table of TABLE_ORDER) {
      const rows = batch.rows.get(table);
      if (!rows) continue;
      const st = this.statements.get(table)!;
      const toSqlite = (row: Row): Row => {
        for (const i of st.dates) if (row[i] !== null) row[i] = sqliteDate(row[i] as number);
        for (const i of st.bools) if (row[i] !== null) row[i] = row[i] ? 1 : 0;
        return row;
      };
      let i = 0;
      const params: Value[] = new Array(st.width * ROWS_PER_STATEMENT);
      for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
        let p = 0;
        for (let k = i; k < i + ROWS_PER_STATEMENT; k++) {
          const row = toSqlite(rows[k]);
          for (let c = 0; c < st.width; c++) params[p++] = row[c];
        }
        st.many.run(params);
      }
      for (; i < rows.length; i++) st.one.run(toSqlite(rows[i]));
    }
  }

  async write(batch: Batch): Promise<void> {
    this.transaction(batch);
  }

  async finish(step: (label: string) => void): Promise<void> {
    step(`indexes (${this.indexes.length})`);
    // A unique index (slug, URL, content hash) fails here if the load broke it. Each statement is
    // forgotten once it has run, so finish() can run again after a failure to restore the rest.
    this.recreate(this.indexes);
    if (this.ftsTable) {
      step("full-text index");
      // every claim under its key, then FTS5's integrity-check (throws when the index is damaged)
      this.ftsEntries = rebuildClaimSearch(this.db);
      this.recreate(this.ftsTriggers);
    }
    if (this.indexTriggerCount > 0) {
      step("claim index");
      this.recreate(this.indexTriggers);
      // every claim once through the refresh trigger (migration *_claim_index), in one transaction
      this.db.exec(`INSERT INTO "ClaimIndexRefresh" SELECT "id" FROM "Claim"`);
    }
    step("analyze");
    this.db.exec("ANALYZE");
    this.db.pragma("optimize");
    this.db.pragma(`synchronous = ${this.synchronous}`);
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async counts(): Promise<Record<string, number>> {
    return Object.fromEntries(
      TABLE_ORDER.map((t) => [t, (this.db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
  }

  /** What happened to the full-text index (for the summary). */
  get fullTextSearch(): string {
    return this.ftsTable ? `ClaimSearch rebuilt after the load (${this.ftsEntries} claims), ${this.ftsTriggerCount} triggers restored, integrity-check passed` : "no ClaimSearch table";
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
