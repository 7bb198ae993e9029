// The per-process memo for costly aggregates (lib/aggregate-cache.ts): kept for its lifetime,
// forgotten after a write, never kept when the lifetime is 0, and a bad setting named.
import { afterEach, describe, expect, it, vi } from "vitest";

async function loadWith(seconds: string | undefined) {
  vi.resetModules();
  if (seconds === undefined) delete process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS;
  else process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS = seconds;
  return import("@/lib/aggregate-cache");
}

afterEach(() => {
  delete process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS;
  vi.useRealTimers();
});

describe("cachedAggregate", () => {
  it("computes once per lifetime, again after it expires or after clearAggregates", async () => {
    vi.useFakeTimers();
    const cache = await loadWith("30");
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.cachedAggregate("k", compute)).toBe(1);
    expect(await cache.cachedAggregate("k", compute)).toBe(1);
    expect(await cache.cachedAggregate("other", compute)).toBe(2);
    vi.advanceTimersByTime(31_000);
    expect(await cache.cachedAggregate("k", compute)).toBe(3);
    cache.clearAggregates();
    expect(await cache.cachedAggregate("k", compute)).toBe(4);
  });

  it("keeps nothing computed while a write may still be uncommitted, and caches again after", async () => {
    vi.useFakeTimers();
    const cache = await loadWith("30");
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.cachedAggregate("k", compute)).toBe(1);
    // a write clears the cache inside its transaction, before the commit
    cache.clearAggregates({ holdMs: 16_000 });
    expect(await cache.cachedAggregate("k", compute)).toBe(2); // may have read the data before the commit
    expect(await cache.cachedAggregate("k", compute)).toBe(3); // so it was not kept
    vi.advanceTimersByTime(15_000);
    expect(await cache.cachedAggregate("k", compute)).toBe(4);
    // a second write during the hold extends it; a shorter hold does not shorten it
    cache.clearAggregates({ holdMs: 5_000 });
    cache.clearAggregates({ holdMs: 1_000 });
    vi.advanceTimersByTime(1_500);
    expect(await cache.cachedAggregate("k", compute)).toBe(5);
    vi.advanceTimersByTime(4_000);
    expect(await cache.cachedAggregate("k", compute)).toBe(6);
    expect(await cache.cachedAggregate("k", compute)).toBe(6);
  });

  it("holds past the longest write transaction the app allows", async () => {
    const { WRITE_SETTLE_MS } = await import("@/lib/revisions");
    const editor = await import("@/lib/editor/transaction");
    const records = await import("@/lib/editor-records/write");
    expect(WRITE_SETTLE_MS).toBeGreaterThan(editor.TRANSACTION_OPTIONS.timeout);
    expect(WRITE_SETTLE_MS).toBeGreaterThan(records.TRANSACTION_OPTIONS.timeout);
  });

  it("does not keep a failed computation", async () => {
    const cache = await loadWith("30");
    let calls = 0;
    const failOnce = async () => {
      calls++;
      if (calls === 1) throw new Error("database busy");
      return calls;
    };
    await expect(cache.cachedAggregate("k", failOnce)).rejects.toThrow("database busy");
    expect(await cache.cachedAggregate("k", failOnce)).toBe(2);
  });

  it("keeps nothing with 0 (the default outside production)", async () => {
    for (const setting of ["0", undefined]) {
      const cache = await loadWith(setting);
      let calls = 0;
      const compute = async () => ++calls;
      await cache.cachedAggregate("k", compute);
      expect(await cache.cachedAggregate("k", compute)).toBe(2);
    }
  });

  it("refuses a bad setting, naming the variable", async () => {
    for (const bad of ["-1", "soon", "1.5", "99999"]) {
      await expect(loadWith(bad)).rejects.toThrow(/CHIPWATCH_AGGREGATE_CACHE_SECONDS/);
    }
  });
});
