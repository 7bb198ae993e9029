// The part of autocannon 9's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  export type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string> };

  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** seconds before a request counts as a timeout (and an error) */
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    /** each connection cycles through these in order */
    requests?: AutocannonRequest[];
  };

  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  };

  export type AutocannonResult = {
    latency: Histogram;
    /** per-second samples; `total`: requests answered, `sent`: requests sent, answered or not */
    requests: Histogram & { total: number; sent: number };
    throughput: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    duration: number;
  };

  export type Instance = PromiseLike<AutocannonResult> & { stop(): void };

  function autocannon(options: AutocannonOptions): Instance;
  export default autocannon;
}
