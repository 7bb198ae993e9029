// The timeline query and the events export, against a throwaway seeded database plus a few
// fixture records of our own (slugs "fx-…"). Nothing that imports lib/db may be imported
// statically: DATABASE_URL must be set first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimelineQuerySchema, datedCursor, readDatedCursor, undatedCursor } from "@/app/timeline/timeline-params";
import type { DatedKey } from "@/lib/queries/timeline";
import { parsePageSearchParams } from "@/lib/validation/page-params";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let timeline: typeof import("@/lib/queries/timeline");
let exportRoute: typeof import("@/app/api/v1/export/events/route");

// The seed's four dated events, oldest first (the fund is dated to the month).
const SEEDED_DATED = [
  "beijing-launches-8-4-billion-dollar-fund",
  "us-commerce-warning-on-huawei-ascend-chips",
  "us-lets-nvidia-resume-h20-sales-to-china",
  "beijing-asks-buyers-to-avoid-h20",
];
const SEEDED_UNDATED_US = [
  "most-powerful-blackwell-chips-remain-banned",
  "us-export-restrictions-on-advanced-nvidia-chips",
  "us-tightened-controls-in-october",
];

const entrySlugs = (entries: { type: string; event?: { slug: string }; claim?: { slug: string } }[]) =>
  entries.map((entry) => (entry.type === "event" ? entry.event!.slug : entry.claim!.slug));

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  timeline = await import("@/lib/queries/timeline");
  exportRoute = await import("@/app/api/v1/export/events/route");

  // A dated claim between the May and July events, a dated draft readers must not see.
  const source = await t.db.source.findFirstOrThrow({ where: { slug: "investing-huawei-peine-a-gagner-du-terrain" } });
  const huawei = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
  const ascend = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-910c" } });
  const quote = source.text.slice(27, 60);
  const claim = (slug: string, status: string, date: string) =>
    t.db.claim.create({
      data: {
        slug,
        status,
        kind: "other",
        summary: `Fixture ${slug}`,
        quote,
        quoteStart: 27,
        quoteEnd: 60,
        claimDate: new Date(`${date}T00:00:00Z`),
        subjectCompanyId: huawei.id,
        sourceId: source.id,
        chips: { create: [{ chipId: ascend.id }] },
      },
    });
  await claim("fx-dated-claim", "published", "2025-06-01");
  await claim("fx-dated-draft", "draft", "2025-06-02");
});

afterAll(async () => {
  await t?.cleanup();
});

describe("getTimeline", () => {
  it("lists dated events and claims in date order, then the undated apart, never given a date", async () => {
    const view = await timeline.getTimeline();
    expect(entrySlugs(view.dated)).toEqual([
      SEEDED_DATED[0],
      SEEDED_DATED[1],
      "fx-dated-claim",
      SEEDED_DATED[2],
      SEEDED_DATED[3],
    ]);
    const dates = view.dated.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(view.dated[0]).toMatchObject({ date: "2025-01-01T00:00:00.000Z", event: { datePrecision: "month" } });
    // Everything dated fits on the first page: no link either way.
    expect(view.earlier).toBeNull();
    expect(view.later).toBeNull();

    // The undated page (20 entries): the 5 undated events by title, then the oldest 15 of the 64 undated public claims.
    expect(view.undatedEvents).toHaveLength(5);
    expect(view.undatedEvents.every((event) => event.date === null)).toBe(true);
    const titles = view.undatedEvents.map((event) => event.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const oldestUndated = await t.db.claim.findMany({
      where: { claimDate: null, status: { in: ["published", "disputed"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { slug: true },
    });
    expect(oldestUndated).toHaveLength(64);
    expect(view.undatedClaims.map((claim) => claim.slug)).toEqual(oldestUndated.slice(0, 15).map((row) => row.slug));
    expect(view.undatedClaims.every((claim) => claim.date === null)).toBe(true);
    expect(view.moreUndated).toMatchObject({ type: "claim", id: expect.any(String) });
    // The totals count everything that matches, not the page; the draft is not shown at all.
    expect(view.eventTotal).toBe(9);
    expect(view.claimTotal).toBe(65);
    expect(JSON.stringify(view)).not.toContain("fx-dated-draft");

    // The next undated pages hold the other 49 claims, 20 at a time, and nothing after them.
    let next = view;
    for (const [from, to] of [[15, 35], [35, 55], [55, 64]]) {
      next = await timeline.getTimeline({}, { undated: next.moreUndated! });
      expect(next.undatedEvents).toEqual([]);
      expect(next.undatedClaims.map((claim) => claim.slug)).toEqual(oldestUndated.slice(from, to).map((row) => row.slug));
    }
    expect(next.moreUndated).toBeNull();
  });

  it("filters events by jurisdiction, leaving claims (which have none) as they are", async () => {
    const us = await timeline.getTimeline({ jurisdiction: "US" });
    expect(entrySlugs(us.dated)).toEqual([SEEDED_DATED[1], "fx-dated-claim", SEEDED_DATED[2]]);
    expect(us.undatedEvents.map((event) => event.slug).sort()).toEqual(SEEDED_UNDATED_US);
    expect(us.eventTotal).toBe(5);
    const usEvents = [...us.dated.flatMap((e) => (e.type === "event" ? [e.event] : [])), ...us.undatedEvents];
    expect(usEvents.every((event) => event.jurisdiction === "US")).toBe(true);

    const cn = await timeline.getTimeline({ jurisdiction: "CN" });
    expect(entrySlugs(cn.dated)).toEqual([SEEDED_DATED[0], "fx-dated-claim", SEEDED_DATED[3]]);
    expect(cn.eventTotal).toBe(4);
    expect(cn.claimTotal).toBe(us.claimTotal);
  });

  it("filters events and claims by company and by chip", async () => {
    const h20 = await timeline.getTimeline({ chip: "h20" });
    expect(entrySlugs(h20.dated)).toEqual([SEEDED_DATED[2], SEEDED_DATED[3]]);
    expect(h20.undatedClaims.length).toBeGreaterThan(0);
    expect(h20.undatedClaims.every((claim) => claim.chips.some((chip) => chip.slug === "h20"))).toBe(true);

    const ascend = await timeline.getTimeline({ chip: "ascend-910c", jurisdiction: "CN" });
    expect(entrySlugs(ascend.dated)).toEqual(["fx-dated-claim"]);
    expect(ascend.eventTotal).toBe(0);

    const baidu = await timeline.getTimeline({ company: "baidu" });
    expect(baidu.dated).toEqual([]);
    expect(baidu.undatedEvents.map((event) => event.slug)).toEqual(["beijing-invests-billions-in-local-chip-ecosystem"]);
    expect(baidu.undatedClaims.length).toBeGreaterThan(0);
    expect(baidu.undatedClaims.every((claim) => claim.companies.some((company) => company.slug === "baidu"))).toBe(true);
    expect(baidu.companyRoles.baidu).toContain("chip_vendor");
  });

  it("holds at most pageSize entries in each list and counts them all", async () => {
    const view = await timeline.getTimeline({}, { pageSize: 3 });
    expect(entrySlugs(view.dated)).toEqual([SEEDED_DATED[0], SEEDED_DATED[1], "fx-dated-claim"]);
    expect(view.earlier).toBeNull();
    expect(view.later).toMatchObject({ type: "claim" });
    expect(view.undatedEvents).toHaveLength(3);
    expect(view.undatedClaims).toEqual([]);
    expect(view.eventTotal).toBe(9);
    expect(view.claimTotal).toBe(65);
  });
});

describe("GET /api/v1/export/events", () => {
  async function get(query: string) {
    return exportRoute.GET(new Request(`http://x/api/v1/export/events${query}`));
  }

  it("exports exactly the filtered events as CSV, with the full count", async () => {
    const response = await get("?format=csv&jurisdiction=US");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain('filename="chipwatch-events-US.csv"');
    expect(response.headers.get("x-total-count")).toBe("5");
    const csv = await response.text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "id,slug,date,date_precision,date_source,date_source_url,jurisdiction,authority,action,title,description,companies,chips,sources,quotes",
    );
    expect(csv).toContain(",us-commerce-warning-on-huawei-ascend-chips,2025-05-13,day,");
    for (const slug of SEEDED_UNDATED_US) expect(csv).toContain(`,${slug},,,`);
    expect(csv).not.toContain("beijing-");
    expect(csv).not.toMatch(/,CN,/);
  });

  it("exports JSON with dates as precise as their source, and accepts empty filters as none", async () => {
    const response = await get("?format=json&jurisdiction=&company=&chip=h20");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.map((e: { slug: string }) => e.slug)).toEqual([SEEDED_DATED[2], SEEDED_DATED[3]]);
    expect(body).toMatchObject({ total: 2, truncated: false, filters: { chip: "h20" } });
    expect(response.headers.get("x-total-count")).toBe("2");
    expect(body.data[0].quotes[0]).toMatchObject({ id: expect.any(String), source: { slug: expect.any(String) } });

    const fund = await (await get("?format=csv&company=chinese-government&to=2025-01-31")).text();
    expect(fund).toContain(",beijing-launches-8-4-billion-dollar-fund,2025-01,month,");
  });

  it.each([
    ["?format=xml", "format"],
    ["?format=csv&jurisdiction=FR", "jurisdiction"],
    ["?from=2025-13-01", "from"],
    ["?from=2025-09-01&to=2025-01-01", "from"],
    ["?company=no-such-company", "company"],
    ["?chip=no-such-chip", "chip"],
    ["?page=2", "page"],
    ["?jurisdiction=US&jurisdiction=CN", "jurisdiction"],
  ])("answers 400 naming the parameter for %s", async (query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toEqual(expect.any(String));
  });
});

// ── Paging ──────────────────────────────────────────────────────────────────────────────────────
// Created after the tests above have run (they count the seed): events and claims sharing dates
// (several of each kind on one day, and an event late on that day), undated events with the same
// and non-ASCII titles, undated claims recorded at the same instant. Every page is read from the
// cursors the previous page gave, as written in and parsed back from a URL.

describe("getTimeline, page by page", () => {
  type Page = Awaited<ReturnType<typeof timeline.getTimeline>>;
  type Filters = Parameters<typeof timeline.getTimeline>[0];
  const PAGE_SIZE = 3;
  const keyOf = (entry: Page["dated"][number]) => (entry.type === "event" ? `e:${entry.event.slug}` : `c:${entry.claim.slug}`);

  /** The page a URL's query string names, parsed as the page parses it (a cursor it refuses fails the test). */
  async function pageAt(filters: NonNullable<Filters>, query: Record<string, string>): Promise<Page> {
    const { data, problems } = parsePageSearchParams(TimelineQuerySchema, { ...filters, ...query });
    expect(problems).toEqual([]);
    return timeline.getTimeline(filters, { after: data.after, before: data.before, undated: data.undated, pageSize: PAGE_SIZE });
  }

  /** Every dated page from the oldest, following "Later →"; each page's "← Earlier" leads back to the one before. */
  async function walkForwards(filters: NonNullable<Filters>): Promise<string[][]> {
    const pages: string[][] = [];
    let page = await pageAt(filters, {});
    expect(page.earlier).toBeNull();
    for (;;) {
      expect(page.dated.length).toBeGreaterThan(0);
      expect(page.dated.length).toBeLessThanOrEqual(PAGE_SIZE);
      pages.push(page.dated.map(keyOf));
      if (!page.later) break;
      expect(page.later).not.toBe("start");
      const next = await pageAt(filters, { after: datedCursor(page.later as DatedKey) });
      // "← Earlier" from the next page is this page again.
      expect(next.earlier).not.toBeNull();
      expect(next.earlier).not.toBe("end");
      const back = await pageAt(filters, { before: datedCursor(next.earlier as DatedKey) });
      expect(back.dated.map(keyOf)).toEqual(page.dated.map(keyOf));
      page = next;
      expect(pages.length).toBeLessThan(100);
    }
    return pages;
  }

  /** Every dated page from the newest, following "← Earlier". */
  async function walkBackwards(filters: NonNullable<Filters>): Promise<string[][]> {
    const pages: string[][] = [];
    let page = await pageAt(filters, { before: "end" });
    expect(page.later).toBeNull();
    for (;;) {
      pages.unshift(page.dated.map(keyOf));
      if (!page.earlier) break;
      expect(page.earlier).not.toBe("end");
      page = await pageAt(filters, { before: datedCursor(page.earlier as DatedKey) });
      expect(page.later).not.toBeNull();
      expect(pages.length).toBeLessThan(100);
    }
    return pages;
  }

  /** Every undated page from the first, following "More undated entries →". */
  async function walkUndated(filters: NonNullable<Filters>): Promise<string[]> {
    const seen: string[] = [];
    let page = await pageAt(filters, {});
    for (let pages = 1; ; pages++) {
      const entries = [...page.undatedEvents.map((event) => `e:${event.slug}`), ...page.undatedClaims.map((claim) => `c:${claim.slug}`)];
      expect(entries.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...entries);
      if (!page.moreUndated) break;
      expect(entries).toHaveLength(PAGE_SIZE);
      page = await pageAt(filters, { undated: undatedCursor(page.moreUndated) });
      expect(pages).toBeLessThan(200);
    }
    return seen;
  }

  const PUBLIC = { in: ["published", "disputed"] };

  /** The unpaged reference: every matching item read in one query per kind, in the documented order. */
  async function reference(filters: { jurisdiction?: string; company?: string; chip?: string }) {
    const eventWhere = {
      status: "published",
      ...(filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {}),
      ...(filters.company ? { companies: { some: { company: { slug: filters.company } } } } : {}),
      ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
    };
    const claimWhere = {
      status: PUBLIC,
      ...(filters.company
        ? { OR: [{ subject: { slug: filters.company } }, { companies: { some: { company: { slug: filters.company } } } }] }
        : {}),
      ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
    };
    const [events, claims, undatedEvents, undatedClaims] = await Promise.all([
      t.db.exportControlEvent.findMany({
        where: { ...eventWhere, date: { not: null } },
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: { slug: true, date: true },
      }),
      t.db.claim.findMany({
        where: { ...claimWhere, claimDate: { not: null } },
        orderBy: [{ claimDate: "asc" }, { id: "asc" }],
        select: { slug: true, claimDate: true },
      }),
      t.db.exportControlEvent.findMany({ where: { ...eventWhere, date: null }, orderBy: [{ title: "asc" }, { id: "asc" }], select: { slug: true } }),
      t.db.claim.findMany({ where: { ...claimWhere, claimDate: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { slug: true } }),
    ]);
    // Oldest first; on one date events before claims; within a kind, the database's order (by id).
    const dated = [
      ...events.map((event) => ({ key: `e:${event.slug}`, time: event.date!.getTime(), rank: 0 })),
      ...claims.map((claim) => ({ key: `c:${claim.slug}`, time: claim.claimDate!.getTime(), rank: 1 })),
    ]
      .sort((a, b) => a.time - b.time || a.rank - b.rank)
      .map((entry) => entry.key);
    return {
      dated,
      undated: [...undatedEvents.map((event) => `e:${event.slug}`), ...undatedClaims.map((claim) => `c:${claim.slug}`)],
    };
  }

  beforeAll(async () => {
    const source = await t.db.source.findFirstOrThrow({ where: { slug: "investing-huawei-peine-a-gagner-du-terrain" } });
    const huawei = await t.db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
    const pager = await t.db.company.create({ data: { slug: "fx-pager", name: "FX Pager" } });
    const ascend = await t.db.chip.findUniqueOrThrow({ where: { slug: "ascend-910c" } });
    const h20 = await t.db.chip.findUniqueOrThrow({ where: { slug: "h20" } });
    let n = 0;
    const event = (date: string | null, options: { title?: string; jurisdiction?: string; pager?: boolean; chip?: string } = {}) => {
      const slug = `fx-page-event-${++n}`;
      return t.db.exportControlEvent.create({
        data: {
          slug,
          title: options.title ?? `Fixture event ${n}`,
          date: date ? new Date(date) : null,
          datePrecision: date ? "day" : null,
          jurisdiction: options.jurisdiction ?? "other",
          action: "rule",
          companies: options.pager ? { create: [{ companyId: pager.id }] } : undefined,
          chips: options.chip ? { create: [{ chipId: options.chip }] } : undefined,
        },
      });
    };
    const claim = (date: string | null, options: { status?: string; pager?: "subject" | "linked"; chip?: string; createdAt?: Date } = {}) => {
      const slug = `fx-page-claim-${++n}`;
      return t.db.claim.create({
        data: {
          slug,
          status: options.status ?? "published",
          kind: "other",
          summary: `Fixture ${slug}`,
          quote: source.text.slice(27, 60),
          quoteStart: 27,
          quoteEnd: 60,
          claimDate: date ? new Date(date) : null,
          subjectCompanyId: options.pager === "subject" ? pager.id : huawei.id,
          sourceId: source.id,
          ...(options.createdAt ? { createdAt: options.createdAt } : {}),
          companies: options.pager === "linked" ? { create: [{ companyId: pager.id }] } : undefined,
          chips: { create: [{ chipId: options.chip ?? ascend.id }] },
        },
      });
    };
    // 1 June 2025, the day of fx-dated-claim: four events and five more claims at midnight, an event and a claim later that day.
    for (let i = 0; i < 4; i++) await event("2025-06-01T00:00:00Z", { pager: i % 2 === 0, chip: i === 1 ? ascend.id : undefined });
    for (let i = 0; i < 5; i++) await claim("2025-06-01T00:00:00Z", { pager: i === 0 ? "subject" : i === 1 ? "linked" : undefined, chip: i === 2 ? h20.id : undefined });
    await event("2025-06-01T10:30:00Z", { pager: true });
    await claim("2025-06-01T10:30:00Z", { pager: "linked" });
    // 3 March 2024: two of each; a disputed claim (public) and a draft (not) in 2023.
    for (let i = 0; i < 2; i++) await event("2024-03-03T00:00:00Z", { jurisdiction: "US" });
    for (let i = 0; i < 2; i++) await claim("2024-03-03T00:00:00Z", { pager: "subject" });
    await claim("2023-01-01T00:00:00Z", { status: "disputed", pager: "subject" });
    await claim("2023-01-02T00:00:00Z", { status: "draft", pager: "subject" });
    // Undated: two events with one title, one with a title beyond ASCII; six claims recorded at one instant.
    await event(null, { title: "Fixture: the same title" });
    await event(null, { title: "Fixture: the same title", pager: true });
    await event(null, { title: "Fixture — «guillemets», “quotes” & 中文 / ?=#", pager: true });
    const recorded = new Date("2027-01-01T12:00:00.000Z");
    for (let i = 0; i < 6; i++) await claim(null, { createdAt: recorded, pager: i % 2 === 0 ? "subject" : undefined });
  });

  it.each([
    ["everything", {}],
    ["one jurisdiction (events only)", { jurisdiction: "other" as const }],
    ["a company", { company: "fx-pager" }],
    ["a chip", { chip: "ascend-910c" }],
    ["a company and a chip", { company: "fx-pager", chip: "ascend-910c" }],
  ])("walks every dated page both ways, each entry once, in the unpaged order: %s", async (_name, filters) => {
    const expected = await reference(filters);
    expect(expected.dated.length).toBeGreaterThan(PAGE_SIZE);

    // The totals count every match of the filters, dated or not, whichever page is shown.
    const all = [...expected.dated, ...expected.undated];
    const first = await timeline.getTimeline(filters, { pageSize: PAGE_SIZE });
    expect(first.eventTotal).toBe(all.filter((key) => key.startsWith("e:")).length);
    expect(first.claimTotal).toBe(all.filter((key) => key.startsWith("c:")).length);

    const forwards = await walkForwards(filters);
    expect(forwards.flat()).toEqual(expected.dated);
    const backwards = await walkBackwards(filters);
    expect(backwards.flat()).toEqual(expected.dated);
    // Only the oldest page can be short when the pages are counted from the newest, and the other way round.
    expect(forwards.slice(0, -1).every((page) => page.length === PAGE_SIZE)).toBe(true);
    expect(backwards.slice(1).every((page) => page.length === PAGE_SIZE)).toBe(true);
  });

  it.each([
    ["everything", {}],
    ["a company", { company: "fx-pager" }],
    ["a company and a chip", { company: "fx-pager", chip: "ascend-910c" }],
  ])("walks every undated page, events by title then claims as recorded, each once: %s", async (_name, filters) => {
    const expected = await reference(filters);
    const seen = await walkUndated(filters);
    expect(seen).toEqual(expected.undated);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("orders one date's entries: events before claims, an event late in the day after the claims at midnight", async () => {
    const { dated } = await reference({ company: "fx-pager" });
    const day = dated.filter((key) => ["fx-page-event-1", "fx-page-event-3", "fx-page-claim-5", "fx-page-claim-6", "fx-page-event-10", "fx-page-claim-11"].includes(key.slice(2)));
    expect(day.map((key) => key.slice(0, 2))).toEqual(["e:", "e:", "c:", "c:", "e:", "c:"]);
    const pages = await walkForwards({ company: "fx-pager" });
    expect(pages.flat().filter((key) => day.includes(key))).toEqual(day);
  });

  it("keeps the undated list where it is while the dated list pages, and the other way round", async () => {
    const first = await timeline.getTimeline({}, { pageSize: PAGE_SIZE });
    const later = await timeline.getTimeline({}, { pageSize: PAGE_SIZE, after: first.later as DatedKey, undated: first.moreUndated! });
    const secondUndated = await timeline.getTimeline({}, { pageSize: PAGE_SIZE, undated: first.moreUndated! });
    const secondDated = await timeline.getTimeline({}, { pageSize: PAGE_SIZE, after: first.later as DatedKey });
    expect(later.dated.map(keyOf)).toEqual(secondDated.dated.map(keyOf));
    expect(later.undatedEvents.map((event) => event.slug)).toEqual(secondUndated.undatedEvents.map((event) => event.slug));
    expect(later.undatedClaims.map((claim) => claim.slug)).toEqual(secondUndated.undatedClaims.map((claim) => claim.slug));
  });

  it("leads from a page past either end back into the timeline", async () => {
    const past = await pageAt({}, { after: "2999-01-01.c.zzz" });
    expect(past.dated).toEqual([]);
    expect(past.later).toBeNull();
    expect(past.earlier).toBe("end");
    const before = await pageAt({}, { before: "1900-01-01.e.aaa" });
    expect(before.dated).toEqual([]);
    expect(before.earlier).toBeNull();
    expect(before.later).toBe("start");
    // `after` wins over `before` when a caller gives both.
    const both = await timeline.getTimeline({}, { after: { date: new Date("2999-01-01"), type: "claim", id: "z" }, before: "end" });
    expect(both.dated).toEqual([]);
  });

  it("reads pages of any size: a smaller page is the start of a larger one", async () => {
    const big = await timeline.getTimeline({}, { pageSize: 1000 });
    const small = await timeline.getTimeline({}, { pageSize: 2 });
    expect(small.dated).toHaveLength(2);
    expect(big.dated.length).toBeGreaterThan(2);
    expect(small.dated.map(keyOf)).toEqual(big.dated.slice(0, 2).map(keyOf));
  });
});

describe("the timeline's URL cursors", () => {
  const parse = (query: Record<string, string>) => parsePageSearchParams(TimelineQuerySchema, query);

  it("write a place in either list and read it back", () => {
    const midnight = { date: new Date("2025-05-13T00:00:00.000Z"), type: "event" as const, id: "cmabc123" };
    expect(datedCursor(midnight)).toBe("2025-05-13.e.cmabc123");
    const late = { date: new Date("2025-06-01T10:30:00.000Z"), type: "claim" as const, id: "hostile-claim" };
    expect(datedCursor(late)).toBe("2025-06-01T10:30:00.000Z.c.hostile-claim");
    for (const key of [midnight, late]) {
      expect(readDatedCursor(datedCursor(key))).toEqual(key);
      expect(parse({ after: datedCursor(key) })).toEqual({ data: { after: key }, problems: [] });
      expect(parse({ before: datedCursor(key) })).toEqual({ data: { before: key }, problems: [] });
    }
    expect(parse({ before: "end", chip: "h20" })).toEqual({ data: { before: "end", chip: "h20" }, problems: [] });

    const event = { type: "event" as const, title: "Fixture — «guillemets», “quotes” & 中文 / ?=#", id: "cmx1" };
    const claim = { type: "claim" as const, createdAt: new Date("2026-11-22T07:13:25.750Z"), id: "cmx2" };
    for (const key of [event, claim]) {
      const text = undatedCursor(key);
      // URL-safe as written: letters, digits and "-_.:" only.
      expect(text).toMatch(/^[A-Za-z0-9._:-]+$/);
      expect(parse({ undated: text })).toEqual({ data: { undated: key }, problems: [] });
    }
  });

  it.each([
    ["after", "garbage"],
    ["after", "2025-02-30.e.cmabc"],
    ["after", "2025-05-13.x.cmabc"],
    ["after", "2025-05-13.e."],
    ["after", "2025-05-13T00:00:00.000Z.e.cmabc"],
    ["after", "2025-05-13.e.id with spaces"],
    ["after", "end"],
    ["before", "start"],
    ["before", "2025-5-13.c.cmabc"],
    ["undated", "e.!!!.cmabc"],
    ["undated", "e.QR.cmabc"],
    ["undated", "e._w.cmabc"],
    ["undated", "c.2026-11-22.cmabc"],
    ["undated", "x.2026-11-22T07:13:25.750Z.cmabc"],
    ["undated", "e.<2,000 letters>.cmabc"],
  ])("refuse %s=%s, keeping the filters, and say why", (parameter, value) => {
    const given = value.replace("<2,000 letters>", "A".repeat(2000));
    const { data, problems } = parse({ chip: "h20", [parameter]: given });
    expect(data).toEqual({ chip: "h20" });
    expect(problems).toEqual([{ parameter, message: expect.stringMatching(new RegExp(`^${parameter} is not a place in the timeline`)) }]);
  });

  it("ignore before when after is given too, and say so", () => {
    const { data, problems } = parse({ after: "2025-05-13.e.cmabc", before: "end" });
    expect(data).toEqual({ after: { date: new Date("2025-05-13T00:00:00.000Z"), type: "event", id: "cmabc" } });
    expect(problems).toEqual([{ parameter: "before", message: expect.stringContaining("after applies") }]);
  });
});
