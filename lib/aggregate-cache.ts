import { z } from "zod";

// A short-lived, per-process memo for aggregates that read many rows to answer a few numbers or
// names: the home page's counts and a vendor's claims by kind. At a million claims an
// exact count costs more than the rest of the page, and these may lag a little behind the data: each server
// recomputes them at most once per CHIPWATCH_AGGREGATE_CACHE_SECONDS (default 30 in production,
// 0 = never cached, the default elsewhere so tests and development always see fresh numbers).
// Pages of lists, records and filtered counts are never cached.

const TtlSchema = z.coerce
  .number({ error: "must be a whole number of seconds" })
  .int({ error: "must be a whole number of seconds" })
  .min(0, { error: "must be 0 or more" })
  .max(3600, { error: "must be at most 3600 (one hour)" });

function ttlSeconds(): number {
  const raw = process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS;
  if (raw === undefined || raw === "") return process.env.NODE_ENV === "production" ? 30 : 0;
  const parsed = TtlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid environment: CHIPWATCH_AGGREGATE_CACHE_SECONDS: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

const TTL_MS = ttlSeconds() * 1000;
/** Most keys kept: vendors' summaries are keyed by slug; the oldest entries go first. */
const MAX_ENTRIES = 500;

const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
/** Until then (ms since the epoch) nothing is kept: a write's transaction may not have committed yet. */
let holdUntil = 0;

/** The value of `compute()` for `key`, shared by every request within the cache's lifetime. */
export function cachedAggregate<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const now = Date.now();
  if (TTL_MS === 0 || now < holdUntil) return compute();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = compute();
  entries.delete(key);
  entries.set(key, { expires: now + TTL_MS, value });
  // a failed computation is not kept
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/**
 * Forget every cached aggregate (after a write, so the server that wrote sees its own change). A
 * write calls this inside its transaction, before the commit: with `holdMs`, nothing computed in the
 * next `holdMs` is kept either, since a request running meanwhile may still read the data as it was
 * before the commit and would otherwise keep that for a whole lifetime.
 */
export function clearAggregates(options: { holdMs?: number } = {}): void {
  entries.clear();
  if (options.holdMs) holdUntil = Math.max(holdUntil, Date.now() + options.holdMs);
}
