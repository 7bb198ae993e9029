// Where synthetic rows go: SQLite (better-sqlite3) or PostgreSQL (pg), both raw drivers.
import type { Batch } from "./tables";

export interface Sink {
  readonly engine: "sqlite" | "postgresql";
  /** Claims already in the target (0 when its tables do not exist yet). */
  countClaims(): Promise<number>;
  /** Prepares the load: session settings, statements, indexes or triggers set aside. */
  begin(): Promise<void>;
  /** Writes one batch in one transaction. */
  write(batch: Batch): Promise<void>;
  /** Puts back what begin() set aside, checks the full-text index, ANALYZE. `step` names each phase. */
  finish(step: (label: string) => void): Promise<void>;
  counts(): Promise<Record<string, number>>;
  readonly fullTextSearch: string;
  close(): Promise<void>;
}
