// The tables db:synth writes, their columns in insert order and each column's type, so one row
// (an array of values) can go to SQLite or PostgreSQL. Dates travel as epoch milliseconds and
// each sink formats them the way Prisma does on that engine.

export type ColumnType = "text" | "int" | "float" | "bool" | "date";
export type Value = string | number | boolean | null;
export type Row = Value[];

function table<const C extends readonly (readonly [string, ColumnType])[]>(name: string, columns: C) {
  return { name, columns };
}

const audit = [
  ["version", "int"],
  ["createdAt", "date"],
  ["updatedAt", "date"],
] as const;

/** Every table in foreign-key order: a row only refers to tables listed before its own. */
export const TABLES = {
  User: table("User", [
    ["id", "text"], ["email", "text"], ["name", "text"], ["role", "text"], ["passwordHash", "text"],
    ["disabled", "bool"], ["sessionVersion", "int"], ["createdAt", "date"], ["updatedAt", "date"],
  ]),
  Company: table("Company", [
    ["id", "text"], ["slug", "text"], ["name", "text"], ["nameZh", "text"], ["country", "text"],
    ["website", "text"], ["description", "text"], ...audit,
  ]),
  CompanyAlias: table("CompanyAlias", [["id", "text"], ["companyId", "text"], ["alias", "text"], ["normalized", "text"]]),
  CompanyRole: table("CompanyRole", [["companyId", "text"], ["role", "text"]]),
  Chip: table("Chip", [
    ["id", "text"], ["slug", "text"], ["vendorId", "text"], ["name", "text"], ["nameZh", "text"], ["family", "text"],
    ["kind", "text"], ["status", "text"], ["announcedOn", "date"], ["releasedOn", "date"], ["datePrecision", "text"],
    ["dateSourceName", "text"], ["dateSourceUrl", "text"], ["processNode", "text"], ["foundry", "text"],
    ["description", "text"], ...audit, ["nameKey", "text"],
  ]),
  ChipAlias: table("ChipAlias", [["id", "text"], ["chipId", "text"], ["alias", "text"], ["normalized", "text"]]),
  ChipSpec: table("ChipSpec", [
    ["id", "text"], ["chipId", "text"], ["metric", "text"], ["valueNum", "float"], ["valueText", "text"],
    ["valueBool", "bool"], ["unit", "text"], ["sourceName", "text"], ["sourceUrl", "text"], ["licence", "text"],
    ["note", "text"],
  ]),
  ExportControlEvent: table("ExportControlEvent", [
    ["id", "text"], ["slug", "text"], ["date", "date"], ["effectiveDate", "date"], ["datePrecision", "text"],
    ["dateSourceName", "text"], ["dateSourceUrl", "text"], ["jurisdiction", "text"], ["authority", "text"],
    ["action", "text"], ["title", "text"], ["description", "text"], ["status", "text"], ...audit,
  ]),
  EventCompany: table("EventCompany", [["eventId", "text"], ["companyId", "text"]]),
  EventChip: table("EventChip", [["eventId", "text"], ["chipId", "text"]]),
  Source: table("Source", [
    ["id", "text"], ["slug", "text"], ["url", "text"], ["title", "text"], ["publisher", "text"], ["author", "text"],
    ["language", "text"], ["publishedAt", "date"], ["retrievedAt", "date"], ["text", "text"], ["contentHash", "text"],
    ["notes", "text"], ...audit,
  ]),
  EventSource: table("EventSource", [
    ["id", "text"], ["eventId", "text"], ["sourceId", "text"], ["quote", "text"], ["quoteStart", "int"], ["quoteEnd", "int"],
  ]),
  Claim: table("Claim", [
    ["id", "text"], ["slug", "text"], ["kind", "text"], ["subjectCompanyId", "text"], ["sourceId", "text"],
    ["summary", "text"], ["quote", "text"], ["quoteStart", "int"], ["quoteEnd", "int"], ["translation", "text"],
    ["claimDate", "date"], ["confidence", "text"], ["status", "text"], ["note", "text"], ["createdById", "text"],
    ["updatedById", "text"], ...audit,
  ]),
  ClaimCompany: table("ClaimCompany", [["claimId", "text"], ["companyId", "text"], ["role", "text"]]),
  ClaimChip: table("ClaimChip", [["claimId", "text"], ["chipId", "text"]]),
  Revision: table("Revision", [
    ["id", "text"], ["entityType", "text"], ["entityId", "text"], ["action", "text"], ["userId", "text"],
    ["before", "text"], ["after", "text"], ["createdAt", "date"],
  ]),
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_ORDER = Object.keys(TABLES) as TableName[];

/** Rows waiting to be written, per table; a sink writes one batch in one transaction. */
export class Batch {
  readonly rows = new Map<TableName, Row[]>();
  size = 0;

  add(table: TableName, row: Row): void {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
    this.size++;
  }
}

/** Deterministic ids, unique per table and sorted in insert order: `syn` + table code + base-36 counter. */
export function makeId(code: string, n: number): string {
  return `syn${code}${n.toString(36).padStart(7, "0")}`;
}
