// The timeline query and the events export, against a throwaway seeded database plus a few
// fixture records of our own (slugs "fx-…"). Nothing that imports lib/db may be imported
// statically: DATABASE_URL must be set first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  it("fills a limited view with the dated claims first, then the oldest undated ones", async () => {
    const one = await timeline.getTimeline({}, 1);
    expect(one.dated.flatMap((entry) => (entry.type === "claim" ? [entry.claim.slug] : []))).toEqual(["fx-dated-claim"]);
    expect(one.undatedClaims).toEqual([]);
    const four = await timeline.getTimeline({}, 4);
    expect(four.dated.filter((entry) => entry.type === "claim")).toHaveLength(1);
    const oldestUndated = await t.db.claim.findMany({
      where: { claimDate: null, status: { in: ["published", "disputed"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 3,
      select: { slug: true },
    });
    expect(four.undatedClaims.map((claim) => claim.slug)).toEqual(oldestUndated.map((row) => row.slug));
    expect(four.claimTotal).toBe(65);
  });

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

    expect(view.undatedEvents).toHaveLength(5);
    expect(view.undatedEvents.every((event) => event.date === null)).toBe(true);
    // All 64 seeded claims are undated; the draft is not shown at all.
    expect(view.undatedClaims).toHaveLength(64);
    expect(view.undatedClaims.every((claim) => claim.date === null)).toBe(true);
    expect(view.eventTotal).toBe(9);
    expect(view.claimTotal).toBe(65);
    expect(JSON.stringify(view)).not.toContain("fx-dated-draft");
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
    expect(baidu.undatedClaims.every((claim) => claim.companies.some((company) => company.slug === "baidu"))).toBe(true);
    expect(baidu.companyRoles.baidu).toContain("chip_vendor");
  });

  it("holds at most `limit` events and claims and counts them all", async () => {
    const view = await timeline.getTimeline({}, 3);
    const shownEvents = view.dated.filter((e) => e.type === "event").length + view.undatedEvents.length;
    const shownClaims = view.dated.filter((e) => e.type === "claim").length + view.undatedClaims.length;
    expect(shownEvents).toBe(3);
    expect(shownClaims).toBe(3);
    expect(view.eventTotal).toBe(9);
    expect(view.claimTotal).toBe(65);
  });

  it("offers the companies and chips that events or claims name, and a selected one even if none do", async () => {
    const options = await timeline.listTimelineFilterOptions();
    const companies = options.companies.map((c) => c.slug);
    expect(companies).toEqual(expect.arrayContaining(["huawei", "nvidia", "baidu", "us-commerce-department"]));
    expect(options.chips.map((c) => c.slug)).toEqual(expect.arrayContaining(["h20", "ascend-910c"]));
    const names = options.companies.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const unused = await t.db.chip.findFirstOrThrow({ where: { claimLinks: { none: {} }, eventLinks: { none: {} } } });
    expect(options.chips.map((c) => c.slug)).not.toContain(unused.slug);
    const withSelected = await timeline.listTimelineFilterOptions({ chip: unused.slug });
    expect(withSelected.chips.map((c) => c.slug)).toContain(unused.slug);
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
