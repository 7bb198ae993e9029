// Writes synthetic rows into PostgreSQL with pg: one `INSERT … SELECT (r->>0)::text, … FROM
// json_array_elements($1::json) AS r` per table and chunk of rows, the rows sent as one JSON array
// (one parameter, so PostgreSQL's 65,535-parameter limit never binds; measured about twice as fast
// as unnest() over one array per column, whose array literals pg builds in JavaScript), one
// transaction per batch, synchronous_commit off for the session. Secondary indexes,
// the GIN full-text index on Claim among them, are dropped for the load and rebuilt at the end.
import pg from "pg";
import { TABLES, TABLE_ORDER, type Batch, type ColumnType, type TableName } from "./tables";
import type { Sink } from "./sink";

const PG_TYPE: Record<ColumnType, string> = {
  text: "text",
  int: "int4",
  float: "float8",
  bool: "bool",
  date: "timestamp(3)",
};

/** Rows per INSERT: bounds the size of one message to the server. */
const ROWS_PER_STATEMENT = 5000;

export class PgSink implements Sink {
  readonly engine = "postgresql" as const;
  private readonly client: pg.Client;
  private readonly sql = new Map<TableName, string>();
  private droppedIndexes: { name: string; def: string }[] = [];
  private droppedForeignKeys: { table: string; name: string; def: string }[] = [];
  private ginIndexes: string[] = [];
  /** the claim index's triggers (ClaimIndex_*, migration *_claim_index), disabled for the load */
  private disabledTriggers: { table: string; name: string }[] = [];

  constructor(readonly url: string) {
    this.client = new pg.Client({ connectionString: url });
  }

  async connect(): Promise<void> {
    await this.client.connect();
    // Dates go over as ISO strings in UTC, as Prisma writes them.
    await this.client.query("SET TIME ZONE 'UTC'");
  }

  private async tables(): Promise<string[]> {
    const { rows } = await this.client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    return rows.map((r) => r.tablename);
  }

  async countClaims(): Promise<number> {
    if (!(await this.tables()).includes("Claim")) return 0;
    const { rows } = await this.client.query<{ n: string }>('SELECT count(*) AS n FROM "Claim"');
    return Number(rows[0].n);
  }

  /** --reset on PostgreSQL: empties every table of the app (the migration history stays). */
  async truncateAll(): Promise<void> {
    const tables = await this.tables();
    if (tables.length > 0) await this.client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
  }

  async begin(): Promise<void> {
    await this.client.query("SET synchronous_commit = off");
    // Index builds at the end sort in memory up to this much (the server default is 64 MB).
    await this.client.query("SET maintenance_work_mem = '256MB'");
    // Secondary indexes (not those behind a primary key), the GIN search index among them, go
    // for the load and come back built in one pass each: much faster than growing them row by row.
    const { rows } = await this.client.query<{ name: string; def: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relname = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
        ORDER BY i.relname`,
      [TABLE_ORDER],
    );
    this.droppedIndexes = rows;
    this.ginIndexes = rows.filter((i) => / USING gin /i.test(i.def)).map((i) => i.name);
    for (const index of this.droppedIndexes) await this.client.query(`DROP INDEX "${index.name}"`);
    // Foreign keys likewise: checked row by row they cost more than the insert itself; added back
    // at the end, PostgreSQL checks every row at once (and the load fails if one is dangling).
    const fks = await this.client.query<{ table: string; name: string; def: string }>(
      `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY($1)
        ORDER BY t.relname, c.conname`,
      [TABLE_ORDER],
    );
    this.droppedForeignKeys = fks.rows;
    for (const fk of this.droppedForeignKeys) await this.client.query(`ALTER TABLE "${fk.table}" DROP CONSTRAINT "${fk.name}"`);
    // The claim index's triggers would refresh a claim once per row of it (claim, company link,
    // chip link): disabled for the load, and every claim refreshed once at the end.
    const triggers = await this.client.query<{ table: string; name: string }>(
      `SELECT t.relname AS table, g.tgname AS name
         FROM pg_trigger g
         JOIN pg_class t ON t.oid = g.tgrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE NOT g.tgisinternal AND g.tgenabled <> 'D' AND g.tgname LIKE 'ClaimIndex\\_%'
          AND n.nspname = current_schema()
        ORDER BY t.relname, g.tgname`,
    );
    this.disabledTriggers = triggers.rows;
    for (const trigger of this.disabledTriggers) {
      await this.client.query(`ALTER TABLE "${trigger.table}" DISABLE TRIGGER "${trigger.name}"`);
    }
    for (const table of TABLE_ORDER) {
      const columns = TABLES[table].columns;
      const names = columns.map(([name]) => `"${name}"`).join(", ");
      const fields = columns.map(([, type], i) => `(r->>${i})::${PG_TYPE[type]}`).join(", ");
      this.sql.set(table, `INSERT INTO "${table}" (${names}) SELECT ${fields} FROM json_array_elements($1::json) AS r`);
    }
  }

  async write(batch: Batch): Promise<void> {
    await this.client.query("BEGIN");
    try {
      for (const table of TABLE_ORDER) {
        const rows = batch.rows.get(table);
        if (!rows) continue;
        const dates = TABLES[table].columns.flatMap(([, type], i) => (type === "date" ? [i] : []));
        for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
          const chunk = rows.slice(from, from + ROWS_PER_STATEMENT);
          for (const row of chunk) for (const c of dates) if (row[c] !== null) row[c] = new Date(row[c] as number).toISOString();
          await this.client.query(this.sql.get(table)!, [JSON.stringify(chunk)]);
        }
      }
      await this.client.query("COMMIT");
    } catch (err) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  }

  async finish(step: (label: string) => void): Promise<void> {
    step(`indexes (${this.droppedIndexes.length}, the full-text one among them)`);
    // A unique index (slug, URL, content hash) fails here if the load broke it.
    // Each one is forgotten once back, so finish() can run again after a failure to restore the rest.
    while (this.droppedIndexes.length > 0) {
      await this.client.query(this.droppedIndexes[0].def);
      this.droppedIndexes.shift();
    }
    step(`foreign keys (${this.droppedForeignKeys.length})`);
    while (this.droppedForeignKeys.length > 0) {
      const fk = this.droppedForeignKeys[0];
      await this.client.query(`ALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" ${fk.def}`);
      this.droppedForeignKeys.shift();
    }
    if (this.disabledTriggers.length > 0) {
      step("claim index");
      while (this.disabledTriggers.length > 0) {
        const trigger = this.disabledTriggers[0];
        await this.client.query(`ALTER TABLE "${trigger.table}" ENABLE TRIGGER "${trigger.name}"`);
        this.disabledTriggers.shift();
      }
      await this.client.query(`SELECT "chipwatch_refresh_claim_index"("id") FROM "Claim"`);
    }
    step("analyze");
    await this.client.query("ANALYZE");
  }

  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const t of TABLE_ORDER) {
      const { rows } = await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`);
      counts[t] = Number(rows[0].n);
    }
    return counts;
  }

  get fullTextSearch(): string {
    return this.ginIndexes.length > 0 ? `${this.ginIndexes.join(", ")} dropped for the load and rebuilt after it` : "no GIN index on Claim";
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
