// The timeline filter's companies and chips are kept per server for CHIPWATCH_AGGREGATE_CACHE_SECONDS,
// like the home page's counts; a selected slug they lack is still read and shown. The variable is read
// when lib/aggregate-cache.ts loads: it is set before anything imports it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let timeline: typeof import("@/lib/queries/timeline");
let cache: typeof import("@/lib/aggregate-cache");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS = "60";
  timeline = await import("@/lib/queries/timeline");
  cache = await import("@/lib/aggregate-cache");
});

afterAll(async () => {
  delete process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS;
  await t?.cleanup();
});

describe("listTimelineFilterOptions, cached", () => {
  it("answers from the cache until it is cleared, and still shows a selected slug the lists lack", async () => {
    const first = await timeline.listTimelineFilterOptions();
    expect(first.chips.length).toBeGreaterThan(0);
    expect(await timeline.listTimelineFilterOptions()).toBe(first);

    // A chip that nothing names: not offered, except when selected.
    const unused = await t.db.chip.findFirstOrThrow({ where: { claimLinks: { none: {} }, eventLinks: { none: {} } } });
    expect(first.chips.map((chip) => chip.slug)).not.toContain(unused.slug);
    const selected = await timeline.listTimelineFilterOptions({ chip: unused.slug });
    expect(selected.chips.map((chip) => chip.slug)).toContain(unused.slug);
    expect(selected.companies).toEqual(first.companies);

    // A new link shows once the cache is cleared (a write on this server clears it).
    const event = await t.db.exportControlEvent.findFirstOrThrow({ where: { status: "published" } });
    await t.db.eventChip.create({ data: { eventId: event.id, chipId: unused.id } });
    expect((await timeline.listTimelineFilterOptions()).chips.map((chip) => chip.slug)).not.toContain(unused.slug);
    cache.clearAggregates();
    expect((await timeline.listTimelineFilterOptions()).chips.map((chip) => chip.slug)).toContain(unused.slug);
  });
});
