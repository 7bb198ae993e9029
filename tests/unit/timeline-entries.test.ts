// What each timeline entry shows (companies, chips, quotes, sources, roles), read by lib/queries/timeline.ts
// in a few raw statements, against the same records read through Prisma's relations: the events as
// lib/queries/events.ts reads them, the claims with the relations the timeline read before. On the seeded
// database plus fixture claims naming several companies and chips ("fx-…"), on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/constants";
import type { TimelineFilters } from "@/lib/queries/timeline";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let timeline: typeof import("@/lib/queries/timeline");
let events: typeof import("@/lib/queries/events");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  timeline = await import("@/lib/queries/timeline");
  events = await import("@/lib/queries/events");

  const source = await t.db.source.findFirstOrThrow({ where: { slug: "investing-huawei-peine-a-gagner-du-terrain" } });
  const [huawei, nvidia, baidu] = await Promise.all(
    ["huawei", "nvidia", "baidu"].map((slug) => t.db.company.findUniqueOrThrow({ where: { slug } })),
  );
  const chips = await t.db.chip.findMany({ where: { slug: { in: ["ascend-910c", "h20"] } } });
  const quote = source.text.slice(27, 60);
  const claim = (slug: string, date: Date | null, translation: string | null) =>
    t.db.claim.create({
      data: {
        slug,
        status: "published",
        kind: "other",
        summary: `Fixture ${slug}`,
        quote,
        quoteStart: 27,
        quoteEnd: 60,
        translation,
        claimDate: date,
        subjectCompanyId: nvidia.id,
        sourceId: source.id,
        // the subject linked too (it is shown once, first), and two others out of name order
        companies: { create: [huawei, nvidia, baidu].map((company) => ({ companyId: company.id })) },
        chips: { create: chips.map((chip) => ({ chipId: chip.id })) },
      },
    });
  // on the date of a seeded event, and undated
  await claim("fx-named-dated", new Date("2025-05-13T00:00:00Z"), null);
  await claim("fx-named-undated", null, "A translation");
});

afterAll(async () => {
  await t?.cleanup();
});

/** The claims of the timeline as Prisma's relations give them: the subject first, then the others by name. */
async function claimsByPrisma(ids: string[]) {
  const rows = await t.db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      kind: true,
      summary: true,
      quote: true,
      translation: true,
      claimDate: true,
      confidence: true,
      status: true,
      subject: { select: { slug: true, name: true } },
      companies: { select: { company: { select: { slug: true, name: true } } }, orderBy: { company: { name: "asc" } } },
      chips: { select: { chip: { select: { slug: true, name: true } } }, orderBy: { chip: { name: "asc" } } },
      source: { select: { id: true, title: true, language: true } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        slug: row.slug,
        kind: row.kind,
        summary: row.summary,
        quote: row.quote,
        translation: row.translation,
        date: row.claimDate?.toISOString() ?? null,
        confidence: row.confidence,
        status: row.status,
        companies: [row.subject, ...row.companies.map((link) => link.company).filter((c) => c.slug !== row.subject.slug)],
        chips: row.chips.map((link) => link.chip),
        source: row.source,
      },
    ]),
  );
}

describe("the timeline's entries", () => {
  it.each<[string, TimelineFilters]>([
    ["everything", {}],
    ["one jurisdiction", { jurisdiction: "US" }],
    ["a company", { company: "huawei" }],
    ["a chip", { chip: "h20" }],
  ])("show what Prisma's relations give, event by event and claim by claim: %s", async (_name, filters) => {
    const view = await timeline.getTimeline(filters, { pageSize: 1000 });
    const datedEvents = view.dated.flatMap((entry) => (entry.type === "event" ? [entry.event] : []));
    const datedClaims = view.dated.flatMap((entry) => (entry.type === "claim" ? [entry.claim] : []));

    // Every event, as lib/queries/events.ts reads it (dated oldest first, then the undated by title).
    const expectedEvents = await events.listEventsUpTo(filters, 1000);
    expect([...datedEvents, ...view.undatedEvents]).toEqual(expectedEvents);
    expect(expectedEvents.some((event) => event.quotes.length > 0 && event.companies.length > 0)).toBe(true);

    const claims = [...datedClaims, ...view.undatedClaims];
    const expectedClaims = await claimsByPrisma(claims.map((claim) => claim.id));
    for (const claim of claims) expect(claim).toEqual(expectedClaims.get(claim.id));
    expect(claims.length).toBe(
      await t.db.claim.count({
        where: {
          status: { in: [...PUBLIC_CLAIM_STATUSES] },
          ...(filters.company
            ? {
                OR: [
                  { subject: { slug: filters.company } },
                  { companies: { some: { company: { slug: filters.company } } } },
                ],
              }
            : {}),
          ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
        },
      }),
    );

    // The roles of exactly the companies the page names.
    const slugs = new Set([...datedEvents, ...view.undatedEvents, ...claims].flatMap((item) => item.companies.map((c) => c.slug)));
    const roles = await t.db.companyRole.findMany({
      where: { company: { slug: { in: [...slugs] } } },
      select: { role: true, company: { select: { slug: true } } },
      orderBy: { role: "asc" },
    });
    const expectedRoles: Record<string, string[]> = {};
    for (const row of roles) (expectedRoles[row.company.slug] ??= []).push(row.role);
    expect(view.companyRoles).toEqual(expectedRoles);
  });

  it("names the subject first, then the other companies by name, each once", async () => {
    const view = await timeline.getTimeline({ company: "baidu" }, { pageSize: 1000 });
    const dated = view.dated.find((entry) => entry.type === "claim" && entry.claim.slug === "fx-named-dated");
    expect(dated?.type === "claim" && dated.claim.companies.map((c) => c.slug)).toEqual(["nvidia", "baidu", "huawei"]);
    expect(dated?.type === "claim" && dated.claim.chips.map((c) => c.slug)).toEqual(["ascend-910c", "h20"]);
    const undated = view.undatedClaims.find((claim) => claim.slug === "fx-named-undated");
    expect(undated).toMatchObject({ date: null, translation: "A translation" });
  });

  it("shows 20 undated entries a page unless told otherwise, every one reachable", async () => {
    expect(timeline.TIMELINE_UNDATED_PAGE_SIZE).toBe(20);
    const seen: string[] = [];
    let view = await timeline.getTimeline();
    expect(view.undatedEvents.length + view.undatedClaims.length).toBe(20);
    for (let pages = 0; pages < 20; pages++) {
      seen.push(...view.undatedEvents.map((e) => `e:${e.id}`), ...view.undatedClaims.map((c) => `c:${c.id}`));
      if (!view.moreUndated) break;
      view = await timeline.getTimeline({}, { undated: view.moreUndated });
      expect(view.undatedEvents.length + view.undatedClaims.length).toBeLessThanOrEqual(20);
    }
    const all = await timeline.getTimeline({}, { pageSize: 1000 });
    expect(seen).toEqual([...all.undatedEvents.map((e) => `e:${e.id}`), ...all.undatedClaims.map((c) => `c:${c.id}`)]);
    // The dated list keeps its own size.
    expect(view.dated.length).toBeLessThanOrEqual(timeline.TIMELINE_PAGE_SIZE);
  });
});
