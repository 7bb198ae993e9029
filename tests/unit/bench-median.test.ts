// The bench's rounds (bench/load.ts medianRound): each route is measured several times over the run,
// and the round with the median p50 stands for it, while a failure in any round still shows.
import { describe, expect, it } from "vitest";
import { failed, medianRound, type LoadResult } from "../../bench/load";

function round(p50: number, extra: Partial<LoadResult> = {}): LoadResult {
  return {
    requests: 100,
    throughput: 1000 / p50,
    p50,
    p99: p50 * 2,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    unfinished: 0,
    statusCodes: { "200": 100 },
    ...extra,
  };
}

describe("medianRound", () => {
  it("reports the round with the median p50, its p99, throughput and answers with it", () => {
    const median = medianRound([round(130), round(98), round(105)]);
    expect(median).toMatchObject({ p50: 105, p99: 210, throughput: 1000 / 105, requests: 100 });
  });

  it("takes the slower middle round of an even number, and the only one of one", () => {
    expect(medianRound([round(10), round(40), round(20), round(30)]).p50).toBe(30);
    expect(medianRound([round(7)]).p50).toBe(7);
  });

  it("keeps the failures of every round, not only the median one's", () => {
    const median = medianRound([
      round(100, { timeouts: 2, errors: 2, statusCodes: { "200": 90 } }),
      round(90),
      round(80, { non2xx: 3, statusCodes: { "200": 97, "500": 3 } }),
    ]);
    expect(median.p50).toBe(90);
    expect(median).toMatchObject({ timeouts: 2, errors: 2, non2xx: 3 });
    expect(median.statusCodes).toEqual({ "200": 100, "500": 3 });
    expect(failed(median)).toBe(true);
  });

  it("refuses no rounds", () => {
    expect(() => medianRound([])).toThrow(/no rounds/);
  });
});
