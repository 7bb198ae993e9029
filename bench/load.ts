// A load run against a running server with autocannon: fixed concurrency for a fixed time, over
// one path or a mix of paths. Reusable on its own (no synthetic data needed), e.g. from a test:
//
//   const result = await runLoad({ url: "http://127.0.0.1:3117", connections: 10, duration: 5, paths: ["/", "/claims"] });
//   expect(result.errors + result.non2xx).toBe(0);
import autocannon from "autocannon";

export type LoadOptions = {
  /** the server's origin, e.g. http://127.0.0.1:3400 */
  url: string;
  /** concurrent connections (default 10) */
  connections?: number;
  /** seconds (default 10) */
  duration?: number;
  /** one path, or a mix: each connection cycles through them in order (default ["/"]) */
  paths?: readonly string[];
  /** seconds before a request counts as a timeout (default 10) */
  timeout?: number;
};

export type LoadResult = {
  /** completed requests (any status) */
  requests: number;
  /** requests per second, averaged over the run */
  throughput: number;
  /** median latency in ms (2xx answers only: autocannon records no latency for others) */
  p50: number;
  p99: number;
  /** connection errors and timeouts together, as autocannon counts them */
  errors: number;
  timeouts: number;
  /** answers with a status outside 200–299 */
  non2xx: number;
  /**
   * requests still unanswered when the run ended (slower than what was left of it): not failures,
   * but p50/p99 leave them out, so with many of them the latencies are too low
   */
  unfinished: number;
  /** how many answers had each status */
  statusCodes: Record<string, number>;
};

/** Whether a run had any failed request: an error, a timeout or an answer outside 2xx. */
export function failed(result: LoadResult): boolean {
  return result.errors > 0 || result.timeouts > 0 || result.non2xx > 0;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["/"];
  const instance = autocannon({
    url: options.url,
    connections: options.connections ?? 10,
    duration: options.duration ?? 10,
    timeout: options.timeout ?? 10,
    // Next.js answers are not cacheable here, but say it anyway so no proxy in between serves a copy.
    headers: { "cache-control": "no-cache" },
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  const result = await instance;
  return {
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    unfinished: Math.max(0, result.requests.sent - result.requests.total - result.errors),
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

/**
 * A route's rounds as one result: the latencies, throughput and answers of the round with the
 * median p50 (of an even number, the slower middle one), and the failures of every round, so a
 * failure in any round shows. Rounds spread over the run damp what one burst of other work on the
 * machine does to a single measurement.
 */
export function medianRound(rounds: readonly LoadResult[]): LoadResult {
  if (rounds.length === 0) throw new Error("medianRound: no rounds");
  const sorted = [...rounds].sort((a, b) => a.p50 - b.p50);
  const median = sorted[Math.floor(sorted.length / 2)];
  const sum = (key: "errors" | "timeouts" | "non2xx" | "unfinished") => rounds.reduce((total, round) => total + round[key], 0);
  const statusCodes: Record<string, number> = { ...median.statusCodes };
  for (const round of rounds) {
    if (round === median) continue;
    for (const [code, count] of Object.entries(round.statusCodes)) {
      // the median round's answers stand for the route; another round adds only its failures
      if (!code.startsWith("2")) statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
  }
  return { ...median, errors: sum("errors"), timeouts: sum("timeouts"), non2xx: sum("non2xx"), unfinished: sum("unfinished"), statusCodes };
}
