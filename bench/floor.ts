// The floor: for each measured page, the same rows fetched with plain SQL and written as bare
// HTML tables (JSON for the API). No framework, no ORM, no styling: what serving those rows costs
// at least on this machine and this database. Each page's reads are in lib/queries; the comments
// say where the floor reads less than the page (what the page derives, e.g. contradiction marks).
import { CLAIM_ROWID_MASK } from "../lib/claim-search-index";
import { COUNT_CAP, PUBLIC_CLAIM_STATUSES, VENDOR_EVENTS_LIMIT, VENDOR_PROFILE_CHIPS } from "../lib/constants";
import { TABLE_METRICS } from "../lib/specs";
import type { RouteId, Targets } from "./routes";
import { placeholders, type Row, type SqlClient, type SqlValue } from "./sql";

export type FloorAnswer = { contentType: string; body: string };

const PUBLIC = [...PUBLIC_CLAIM_STATUSES] as string[];
const publicStatus = `c.status IN (${placeholders(PUBLIC.length)})`;

const NEWEST_FIRST = `c."claimDate" DESC NULLS LAST, c."createdAt" DESC, c.id ASC`;

// ── HTML ────────────────────────────────────────────────────────────────────────────────────

function escape(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

type Table = { caption: string; columns: string[]; rows: unknown[][] };

function html(title: string, tables: Table[]): FloorAnswer {
  const parts = [`<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(title)}</title><h1>${escape(title)}</h1>`];
  for (const table of tables) {
    parts.push(`<table><caption>${escape(table.caption)}</caption><tr>`);
    for (const column of table.columns) parts.push(`<th>${escape(column)}</th>`);
    parts.push("</tr>");
    for (const row of table.rows) {
      parts.push("<tr>");
      for (const cell of row) parts.push(`<td>${escape(cell)}</td>`);
      parts.push("</tr>");
    }
    parts.push("</table>");
  }
  parts.push("</html>");
  return { contentType: "text/html; charset=utf-8", body: parts.join("") };
}

// ── Shared reads ────────────────────────────────────────────────────────────────────────────

type ClaimRow = {
  id: string;
  slug: string;
  kind: string;
  summary: string;
  quote: string;
  translation: string | null;
  claimDate: unknown;
  confidence: string;
  status: string;
  subject_slug: string;
  subject: string;
  source_id: string;
  source_slug: string;
  source: string;
  publisher: string | null;
  url: string | null;
  language: string;
};

/**
 * A page of claims with their subject and source (one join each); `where` uses alias c. `index`: on
 * SQLite, the index of "Claim" to walk (as lib/queries does where SQLite's planner would sort instead).
 */
async function claimRows(
  sql: SqlClient,
  where: string,
  params: readonly SqlValue[],
  order: string,
  limit: number,
  index?: string,
): Promise<ClaimRow[]> {
  const hint = index && sql.engine === "sqlite" ? `INDEXED BY "${index}"` : "";
  return sql.all<ClaimRow>(
    `SELECT c.id, c.slug, c.kind, c.summary, c.quote, c.translation, c."claimDate", c.confidence, c.status,
            s.slug AS subject_slug, s.name AS subject,
            src.id AS source_id, src.slug AS source_slug, src.title AS source, src.publisher, src.url, src.language
       FROM "Claim" c ${hint}
       JOIN "Company" s ON s.id = c."subjectCompanyId"
       JOIN "Source" src ON src.id = c."sourceId"
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ?`,
    [...params, limit],
  );
}

async function count(sql: SqlClient, from: string, where: string, params: readonly SqlValue[]): Promise<number> {
  const [row] = await sql.all<{ n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${where}`, params);
  return Number(row.n);
}

/** Names by claim id, from a link table (ClaimChip → Chip, ClaimCompany → Company). */
async function linkedNames(
  sql: SqlClient,
  ids: readonly string[],
  link: "chips" | "companies",
): Promise<Map<string, { slug: string; name: string; role?: string }[]>> {
  const byClaim = new Map<string, { slug: string; name: string; role?: string }[]>();
  if (ids.length === 0) return byClaim;
  const rows =
    link === "chips"
      ? await sql.all<{ claimId: string; slug: string; name: string }>(
          `SELECT k."claimId", ch.slug, ch.name FROM "ClaimChip" k JOIN "Chip" ch ON ch.id = k."chipId"
            WHERE k."claimId" IN (${placeholders(ids.length)}) ORDER BY ch.name`,
          ids,
        )
      : await sql.all<{ claimId: string; slug: string; name: string; role: string }>(
          `SELECT k."claimId", co.slug, co.name, k.role FROM "ClaimCompany" k JOIN "Company" co ON co.id = k."companyId"
            WHERE k."claimId" IN (${placeholders(ids.length)}) ORDER BY co.name`,
          ids,
        );
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push(row);
    byClaim.set(row.claimId, list);
  }
  return byClaim;
}

const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name).join(", ");

async function claimTable(sql: SqlClient, caption: string, claims: ClaimRow[], withCompanies: boolean): Promise<Table> {
  const ids = claims.map((claim) => claim.id);
  const [chips, companies] = await Promise.all([
    linkedNames(sql, ids, "chips"),
    withCompanies ? linkedNames(sql, ids, "companies") : Promise.resolve(new Map()),
  ]);
  return {
    caption,
    columns: ["date", "kind", "subject", "companies", "chips", "summary", "quote", "source"],
    rows: claims.map((claim) => [
      claim.claimDate,
      claim.kind,
      claim.subject,
      names(companies.get(claim.id)),
      names(chips.get(claim.id)),
      claim.summary,
      claim.quote,
      claim.source,
    ]),
  };
}

type ChipRow = Row & { id: string; slug: string; name: string };

async function specTable(sql: SqlClient, caption: string, chips: ChipRow[], metrics?: readonly string[]): Promise<Table> {
  const ids = chips.map((chip) => chip.id);
  const specs =
    ids.length === 0
      ? []
      : await sql.all<{ chipId: string; metric: string; valueNum: number | null; valueText: string | null; valueBool: unknown; unit: string | null; sourceName: string }>(
          `SELECT "chipId", metric, "valueNum", "valueText", "valueBool", unit, "sourceName" FROM "ChipSpec"
            WHERE "chipId" IN (${placeholders(ids.length)})${metrics ? ` AND metric IN (${placeholders(metrics.length)})` : ""}
            ORDER BY metric`,
          metrics ? [...ids, ...metrics] : ids,
        );
  const byChip = new Map<string, string[]>();
  for (const spec of specs) {
    const list = byChip.get(spec.chipId) ?? [];
    list.push(`${spec.metric}=${spec.valueNum ?? spec.valueText ?? spec.valueBool}${spec.unit ?? ""} (${spec.sourceName})`);
    byChip.set(spec.chipId, list);
  }
  return {
    caption,
    columns: ["chip", "vendor", "kind", "status", "released", "process", "specs"],
    rows: chips.map((chip) => [
      chip.name,
      chip.vendor,
      chip.kind,
      chip.status,
      chip.releasedOn ?? chip.announcedOn,
      chip.processNode,
      (byChip.get(chip.id) ?? []).join("; "),
    ]),
  };
}

const chipColumns = `ch.id, ch.slug, ch.name, ch.kind, ch.status, ch."releasedOn", ch."announcedOn", ch."processNode", ch.foundry, v.name AS vendor`;

// ── The pages ───────────────────────────────────────────────────────────────────────────────

async function home(sql: SqlClient): Promise<FloorAnswer> {
  const [counts] = await sql.all(
    `SELECT (SELECT count(*) FROM "Company") AS companies,
            (SELECT count(*) FROM "Company" co WHERE EXISTS (SELECT 1 FROM "CompanyRole" r WHERE r."companyId" = co.id AND r.role = 'chip_vendor')) AS vendors,
            (SELECT count(*) FROM "Chip") AS chips,
            (SELECT count(*) FROM "Source") AS sources,
            (SELECT count(*) FROM "Claim" c WHERE ${publicStatus}) AS claims,
            (SELECT count(*) FROM "ExportControlEvent" WHERE status = 'published') AS events`,
    PUBLIC,
  );
  const [claims, events] = await Promise.all([
    claimRows(sql, publicStatus, PUBLIC, `c."claimDate" DESC NULLS LAST, c."createdAt" DESC, c.slug ASC`, 8),
    sql.all(
      `SELECT e.date, e.jurisdiction, e.authority, e.action, e.title FROM "ExportControlEvent" e
        WHERE e.status = 'published' ORDER BY e.date DESC NULLS LAST, e."createdAt" DESC, e.slug ASC LIMIT 6`,
    ),
  ]);
  return html("Home", [
    { caption: "At a glance", columns: Object.keys(counts), rows: [Object.values(counts)] },
    await claimTable(sql, "Latest claims", claims, false),
    { caption: "Export controls", columns: ["date", "jurisdiction", "authority", "action", "title"], rows: events.map(Object.values) },
  ]);
}

async function vendor(sql: SqlClient, targets: Targets): Promise<FloorAnswer> {
  const [company] = await sql.all<{ id: string; name: string } & Row>(
    `SELECT id, slug, name, "nameZh", country, website, description FROM "Company" WHERE slug = ?`,
    [targets.vendor],
  );
  if (!company) throw new Error(`no company ${targets.vendor}`);
  const id = company.id;
  // Through the claim index (ClaimAbout, ClaimStance: one row per claim and company, and per customer
  // and vendor pair, kept by triggers), as the page reads it: plain SQL over the same schema.
  const aboutStatus = `a.status IN (${placeholders(PUBLIC.length)})`;
  const aboutParams = [id, ...PUBLIC];
  const newestAbout = `a."claimDate" DESC NULLS LAST, a."createdAt" DESC, a."claimId" ASC`;
  const about = `c.id IN (SELECT a."claimId" FROM "ClaimAbout" a WHERE a."companyId" = ? AND ${aboutStatus} ORDER BY ${newestAbout} LIMIT 10)`;
  const stance = `c.id IN (SELECT a."claimId" FROM "ClaimStance" a WHERE a."vendorId" = ? AND ${aboutStatus} ORDER BY ${newestAbout} LIMIT 500)`;

  // the events naming the vendor or one of its chips, from the vendor's links
  const named = `SELECT k."eventId" AS id FROM "EventCompany" k WHERE k."companyId" = ?
    UNION SELECT k."eventId" FROM "EventChip" k JOIN "Chip" ch ON ch.id = k."chipId" WHERE ch."vendorId" = ?`;

  const [aliases, roles, chips, stanceClaims, events, eventTotal, byKind, total, claims] = await Promise.all([
    sql.all(`SELECT alias FROM "CompanyAlias" WHERE "companyId" = ? ORDER BY alias`, [id]),
    sql.all(`SELECT role FROM "CompanyRole" WHERE "companyId" = ? ORDER BY role`, [id]),
    // the first chips by name, as the page lists them (VENDOR_PROFILE_CHIPS) with a count of all
    sql.all<ChipRow>(
      `SELECT ${chipColumns}, (SELECT count(*) FROM "Chip" c2 WHERE c2."vendorId" = ch."vendorId") AS "chipTotal"
         FROM "Chip" ch JOIN "Company" v ON v.id = ch."vendorId" WHERE ch."vendorId" = ? ORDER BY ch.name, ch.slug LIMIT ${VENDOR_PROFILE_CHIPS}`,
      [id],
    ),
    // The customers table is derived from up to 500 stance claims, as the page does (lib/queries/customers.ts).
    claimRows(sql, stance, aboutParams, NEWEST_FIRST, 500),
    // the latest events, as the page lists them (VENDOR_EVENTS_LIMIT), with a count of all
    sql.all(
      `SELECT e.date, e.jurisdiction, e.authority, e.action, e.title FROM "ExportControlEvent" e JOIN (${named}) n ON n.id = e.id
        WHERE e.status = 'published' ORDER BY e.date DESC NULLS LAST, e.title ASC, e.id ASC LIMIT ${VENDOR_EVENTS_LIMIT}`,
      [id, id],
    ),
    count(sql, `"ExportControlEvent" e JOIN (${named}) n ON n.id = e.id`, `e.status = 'published'`, [id, id]),
    sql.all(
      `SELECT a.kind, ${sql.year('a."claimDate"')} AS year, count(*) AS n FROM "ClaimAbout" a
        WHERE a."companyId" = ? AND ${aboutStatus} GROUP BY 1, 2 ORDER BY 1, 2`,
      aboutParams,
    ),
    // capped as the page counts (COUNT_CAP)
    count(sql, `(SELECT 1 AS one FROM "ClaimAbout" a WHERE a."companyId" = ? AND ${aboutStatus} LIMIT ${COUNT_CAP + 1}) capped`, "1 = 1", aboutParams),
    claimRows(sql, about, aboutParams, NEWEST_FIRST, 10),
  ]);

  // Each customer's latest stance claim: the subject, or a company linked as customer.
  const linked = await linkedNames(sql, stanceClaims.map((claim) => claim.id), "companies");
  const latest = new Map<string, ClaimRow>();
  for (const claim of stanceClaims) {
    const customers = [claim.subject, ...(linked.get(claim.id) ?? []).filter((c) => c.role === "customer").map((c) => c.name)];
    for (const customer of customers) if (customer !== company.name && !latest.has(customer)) latest.set(customer, claim);
  }

  return html(String(company.name), [
    {
      caption: "Identity",
      columns: [...Object.keys(company), "aliases", "roles"],
      rows: [[...Object.values(company), aliases.map((a) => a.alias).join(", "), roles.map((r) => r.role).join(", ")]],
    },
    await specTable(sql, "Chips", chips),
    {
      caption: "Customers",
      columns: ["customer", "kind", "date", "summary", "source"],
      rows: [...latest].map(([customer, claim]) => [customer, claim.kind, claim.claimDate, claim.summary, claim.source]),
    },
    {
      caption: `Export controls (${eventTotal})`,
      columns: ["date", "jurisdiction", "authority", "action", "title"],
      rows: events.map(Object.values),
    },
    { caption: "Claims by kind and year", columns: ["kind", "year", "claims"], rows: byKind.map(Object.values) },
    await claimTable(sql, `${total} claims`, claims, false),
  ]);
}

/** Byte order for a text column: SQLite compares so already; PostgreSQL would use the database's locale. */
function byteOrder(sql: SqlClient): string {
  return sql.engine === "postgres" ? ` COLLATE "C"` : "";
}

async function chipTable(sql: SqlClient): Promise<FloorAnswer> {
  const [vendors, chips, total] = await Promise.all([
    sql.all(
      `SELECT co.slug, co.name FROM "Company" co WHERE EXISTS (SELECT 1 FROM "Chip" ch WHERE ch."vendorId" = co.id)
        ORDER BY co.name, co.slug LIMIT 500`,
    ),
    // The default sort (name, A to Z: the stored natural key, byte order, index Chip_nameKey_idx), and the first page of 50.
    sql.all<ChipRow>(
      `SELECT ${chipColumns} FROM "Chip" ch JOIN "Company" v ON v.id = ch."vendorId"
        ORDER BY ch."nameKey"${byteOrder(sql)}, ch.slug${byteOrder(sql)} LIMIT 50`,
    ),
    count(sql, `"Chip"`, "1 = 1", []),
  ]);
  return html("Chips", [
    { caption: "Vendors", columns: ["slug", "name"], rows: vendors.map(Object.values) },
    await specTable(sql, `${total} chips`, chips, TABLE_METRICS),
  ]);
}

async function compare(sql: SqlClient, targets: Targets): Promise<FloorAnswer> {
  const chips = await sql.all<ChipRow>(
    `SELECT ${chipColumns} FROM "Chip" ch JOIN "Company" v ON v.id = ch."vendorId" WHERE ch.slug IN (${placeholders(3)})`,
    targets.compare,
  );
  const aliases = await sql.all(
    `SELECT "chipId", alias FROM "ChipAlias" WHERE "chipId" IN (${placeholders(chips.length || 1)}) ORDER BY alias`,
    chips.length ? chips.map((chip) => chip.id) : [""],
  );
  const order = new Map(targets.compare.map((slug, index) => [slug, index]));
  chips.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
  return html("Compare chips", [
    await specTable(sql, "Side by side", chips),
    { caption: "Aliases", columns: ["chip", "alias"], rows: aliases.map(Object.values) },
  ]);
}

const fullTextIndex = new WeakMap<SqlClient, Promise<boolean>>();

/** Whether the database has the claims' full-text index (SQLite: *_claim_search; PostgreSQL: *_claim_search_vector). */
function hasFullTextIndex(sql: SqlClient): Promise<boolean> {
  let known = fullTextIndex.get(sql);
  if (!known) {
    known = sql
      .all(
        sql.engine === "sqlite"
          ? `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ClaimSearch'`
          : `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Claim' AND column_name = 'searchVector'`,
      )
      .then((rows) => rows.length > 0);
    fullTextIndex.set(sql, known);
  }
  return known;
}

/**
 * The text search on claim c the way the app does it (lib/queries/claim-search.ts): a word-prefix
 * match on the full-text index when the database has one, else `contains` (LIKE / ILIKE '%word%').
 */
async function textMatch(sql: SqlClient, word: string): Promise<{ condition: string; params: SqlValue[] }> {
  if (await hasFullTextIndex(sql)) {
    if (sql.engine === "sqlite") {
      // the index's keys hold the claim's rowid in their low 32 bits (lib/claim-search-index.ts)
      return {
        condition: `c.rowid IN (SELECT rowid & ${CLAIM_ROWID_MASK} FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ?)`,
        params: [`{summary quote translation} : "${word}"*`],
      };
    }
    return {
      // the stored text vector under the GIN index (migration *_claim_search_vector)
      condition: `c."searchVector" @@ to_tsquery('simple', ?)`,
      params: [`${word}:*`],
    };
  }
  const pattern = `%${word}%`;
  return {
    condition: `(c.summary ${sql.like} ? OR c.quote ${sql.like} ? OR c.translation ${sql.like} ?)`,
    params: [pattern, pattern, pattern],
  };
}

/** The claims explorer: filter options, the count and the first page of 20 (published only, the default). */
async function claimsExplorer(sql: SqlClient, filter: { chip?: string; word?: string }): Promise<FloorAnswer> {
  let where = `c.status = 'published'`;
  const params: SqlValue[] = [];
  if (filter.chip) {
    const [chip] = await sql.all<{ id: string }>(`SELECT id FROM "Chip" WHERE slug = ?`, [filter.chip]);
    where += ` AND EXISTS (SELECT 1 FROM "ClaimChip" k WHERE k."claimId" = c.id AND k."chipId" = ?)`;
    params.push(chip?.id ?? "");
  }
  if (filter.word) {
    const match = await textMatch(sql, filter.word);
    where += ` AND ${match.condition}`;
    params.push(...match.params);
  }
  const [companies, chips, total, claims] = await Promise.all([
    sql.all(
      `SELECT co.slug, co.name FROM "Company" co
        WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."subjectCompanyId" = co.id AND ${publicStatus})
           OR EXISTS (SELECT 1 FROM "ClaimCompany" k JOIN "Claim" c ON c.id = k."claimId" WHERE k."companyId" = co.id AND ${publicStatus})
        ORDER BY co.name, co.slug LIMIT 500`,
      [...PUBLIC, ...PUBLIC],
    ),
    sql.all(
      `SELECT ch.slug, ch.name, v.name AS vendor FROM "Chip" ch JOIN "Company" v ON v.id = ch."vendorId"
        WHERE EXISTS (SELECT 1 FROM "ClaimChip" k JOIN "Claim" c ON c.id = k."claimId" WHERE k."chipId" = ch.id AND ${publicStatus})
        ORDER BY v.name, ch.name, ch.slug LIMIT 500`,
      PUBLIC,
    ),
    count(sql, `"Claim" c`, where, params),
    claimRows(sql, where, params, NEWEST_FIRST, 20),
  ]);
  // Not read: the contradiction marks (lib/queries/claims.ts findClaimContradictions), derived, not listed.
  return html("Claims", [
    { caption: "Company filter", columns: ["slug", "name"], rows: companies.map(Object.values) },
    { caption: "Chip filter", columns: ["slug", "name", "vendor"], rows: chips.map(Object.values) },
    await claimTable(sql, `${total} claims`, claims, true),
  ]);
}

/** The timeline's page size (lib/queries/timeline.ts TIMELINE_PAGE_SIZE). */
const TIMELINE_PAGE = 50;

type EventRow = Row & { id: string; date: unknown };

/**
 * The timeline's first page, as lib/queries/timeline.ts reads it: the oldest 51 dated events and the
 * oldest 51 dated claims, merged (on one date events first) and cut to 50; the undated events by title,
 * then the undated claims as recorded, 50 in all; the events counted, the claims counted up to COUNT_CAP.
 */
async function timeline(sql: SqlClient): Promise<FloorAnswer> {
  const take = TIMELINE_PAGE + 1;
  const eventColumns = `e.id, e.date, e."datePrecision", e.jurisdiction, e.authority, e.action, e.title, e.description`;
  const [datedEvents, datedClaims, undatedEvents, undatedClaims, eventTotal, [claimCount], companies, chips] = await Promise.all([
    sql.all<EventRow>(
      `SELECT ${eventColumns} FROM "ExportControlEvent" e WHERE e.status = 'published' AND e.date IS NOT NULL ORDER BY e.date, e.id LIMIT ?`,
      [take],
    ),
    claimRows(sql, `${publicStatus} AND c."claimDate" IS NOT NULL`, PUBLIC, `c."claimDate", c.id`, take, "Claim_claimDate_idx"),
    sql.all<EventRow>(
      `SELECT ${eventColumns} FROM "ExportControlEvent" e WHERE e.status = 'published' AND e.date IS NULL ORDER BY e.title, e.id LIMIT ?`,
      [take],
    ),
    claimRows(sql, `${publicStatus} AND c."claimDate" IS NULL`, PUBLIC, `c."createdAt", c.id`, take, "Claim_undated_idx"),
    count(sql, `"ExportControlEvent"`, `status = 'published'`, []),
    sql.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM "Claim" c WHERE ${publicStatus} LIMIT ?) AS capped`, [
      ...PUBLIC,
      COUNT_CAP + 1,
    ]),
    sql.all(
      `SELECT co.slug, co.name FROM "Company" co
        WHERE EXISTS (SELECT 1 FROM "EventCompany" k JOIN "ExportControlEvent" e ON e.id = k."eventId" WHERE k."companyId" = co.id AND e.status = 'published')
           OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."subjectCompanyId" = co.id AND ${publicStatus})
           OR EXISTS (SELECT 1 FROM "ClaimCompany" k JOIN "Claim" c ON c.id = k."claimId" WHERE k."companyId" = co.id AND ${publicStatus})
        ORDER BY co.name, co.slug LIMIT 500`,
      [...PUBLIC, ...PUBLIC],
    ),
    sql.all(
      `SELECT ch.slug, ch.name FROM "Chip" ch
        WHERE EXISTS (SELECT 1 FROM "EventChip" k JOIN "ExportControlEvent" e ON e.id = k."eventId" WHERE k."chipId" = ch.id AND e.status = 'published')
           OR EXISTS (SELECT 1 FROM "ClaimChip" k JOIN "Claim" c ON c.id = k."claimId" WHERE k."chipId" = ch.id AND ${publicStatus})
        ORDER BY ch.name, ch.slug LIMIT 500`,
      PUBLIC,
    ),
  ]);
  // Merge the dated (oldest first; on one date an event before a claim) and cut; the undated likewise.
  const time = (value: unknown) => new Date(value as string | Date).getTime();
  const dated: ({ event: EventRow } | { claim: ClaimRow })[] = [];
  for (let e = 0, c = 0; dated.length < TIMELINE_PAGE && (e < datedEvents.length || c < datedClaims.length); ) {
    const event = datedEvents[e];
    const claim = datedClaims[c];
    if (event && (!claim || time(event.date) <= time(claim.claimDate))) {
      dated.push({ event });
      e++;
    } else {
      dated.push({ claim });
      c++;
    }
  }
  const pageUndatedEvents = undatedEvents.slice(0, TIMELINE_PAGE);
  const pageUndatedClaims = undatedClaims.slice(0, TIMELINE_PAGE - pageUndatedEvents.length);
  const events = [...dated.flatMap((entry) => ("event" in entry ? [entry.event] : [])), ...pageUndatedEvents];
  const claims = [...dated.flatMap((entry) => ("claim" in entry ? [entry.claim] : [])), ...pageUndatedClaims];

  const eventIds = events.map((event) => event.id);
  const inEvents = placeholders(eventIds.length || 1);
  const eventParams = eventIds.length ? eventIds : [""];
  const [eventCompanies, eventChips, quotes, claimTableRows] = await Promise.all([
    sql.all(`SELECT k."eventId", co.name FROM "EventCompany" k JOIN "Company" co ON co.id = k."companyId" WHERE k."eventId" IN (${inEvents}) ORDER BY co.name`, eventParams),
    sql.all(`SELECT k."eventId", ch.name FROM "EventChip" k JOIN "Chip" ch ON ch.id = k."chipId" WHERE k."eventId" IN (${inEvents}) ORDER BY ch.name`, eventParams),
    sql.all(
      `SELECT k."eventId", k.quote, s.title FROM "EventSource" k JOIN "Source" s ON s.id = k."sourceId" WHERE k."eventId" IN (${inEvents}) ORDER BY s.slug, k."quoteStart"`,
      eventParams,
    ),
    claimTable(sql, `${Number(claimCount.n)} claims`, claims, true),
  ]);
  // Each named company's roles, for the links (as lib/queries/timeline.ts companyRolesBySlug).
  const slugs = [...new Set(claims.map((claim) => claim.subject_slug))];
  const roles = slugs.length
    ? await sql.all(
        `SELECT co.slug, r.role FROM "CompanyRole" r JOIN "Company" co ON co.id = r."companyId" WHERE co.slug IN (${placeholders(slugs.length)}) ORDER BY r.role`,
        slugs,
      )
    : [];
  return html("Timeline", [
    { caption: "Company filter", columns: ["slug", "name"], rows: companies.map(Object.values) },
    { caption: "Chip filter", columns: ["slug", "name"], rows: chips.map(Object.values) },
    { caption: `${eventTotal} events`, columns: Object.keys(events[0] ?? {}), rows: events.map(Object.values) },
    { caption: "Event companies", columns: ["event", "company"], rows: eventCompanies.map(Object.values) },
    { caption: "Event chips", columns: ["event", "chip"], rows: eventChips.map(Object.values) },
    { caption: "Event quotes", columns: ["event", "quote", "source"], rows: quotes.map(Object.values) },
    claimTableRows,
    { caption: "Company roles", columns: ["company", "role"], rows: roles.map(Object.values) },
  ]);
}

/** GET /api/v1/claims?chip=…: the first page of 50 public claims naming the chip, and the total. */
async function apiClaims(sql: SqlClient, targets: Targets): Promise<FloorAnswer> {
  const [chip] = await sql.all<{ id: string }>(`SELECT id FROM "Chip" WHERE slug = ?`, [targets.chip]);
  const where = `${publicStatus} AND EXISTS (SELECT 1 FROM "ClaimChip" k WHERE k."claimId" = c.id AND k."chipId" = ?)`;
  const params = [...PUBLIC, chip?.id ?? ""];
  const [claims, total] = await Promise.all([
    claimRows(sql, where, params, NEWEST_FIRST, 50),
    count(sql, `"Claim" c`, where, params),
  ]);
  const ids = claims.map((claim) => claim.id);
  const [chips, companies] = await Promise.all([linkedNames(sql, ids, "chips"), linkedNames(sql, ids, "companies")]);
  const data = claims.map((claim) => ({
    id: claim.id,
    slug: claim.slug,
    kind: claim.kind,
    summary: claim.summary,
    quote: claim.quote,
    translation: claim.translation,
    claimDate: claim.claimDate,
    confidence: claim.confidence,
    status: claim.status,
    company: { slug: claim.subject_slug, name: claim.subject },
    companies: companies.get(claim.id) ?? [],
    chips: chips.get(claim.id) ?? [],
    source: { id: claim.source_id, slug: claim.source_slug, title: claim.source, publisher: claim.publisher, url: claim.url, language: claim.language },
  }));
  return {
    contentType: "application/json",
    body: JSON.stringify({ data, page: 1, pageSize: 50, total }),
  };
}

export function floorHandler(id: RouteId): (sql: SqlClient, targets: Targets) => Promise<FloorAnswer> {
  switch (id) {
    case "home":
      return home;
    case "vendor":
      return vendor;
    case "chips":
      return chipTable;
    case "compare":
      return compare;
    case "claims":
      return (sql) => claimsExplorer(sql, {});
    case "claims-chip":
      return (sql, targets) => claimsExplorer(sql, { chip: targets.chip });
    case "claims-q":
      return (sql, targets) => claimsExplorer(sql, { word: targets.word });
    case "timeline":
      return timeline;
    case "api-claims":
      return apiClaims;
  }
}
