// The command line of `npm run bench`, parsed with node:util and checked with zod. A bad option is
// a message and exit code 2.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";

export const USAGE = `Usage: npm run bench -- [options]

  --sizes <n,n,…>          claim counts of the synthetic databases (default 10000,100000,1000000)
  --db <url>               bench this existing database as it is instead (no synthetic data)
  --duration <s>           seconds per measurement (default 5)
  --rounds <n>             measurements of each route, page and floor, in turn over all routes; the
                           round with the median p50 is reported (default 3)
  --connections <n>        concurrent connections per measurement (default 10)
  --warmup <s>             seconds of load on each URL before its first round (default 3)
  --load-duration <s>      seconds of the mixed load test (default 60; 0 skips it)
  --load-connections <n>   connections of the load test (default 50)
  --workers <n>            server processes of the app (npm start's CHIPWATCH_WORKERS) and of the floor
                           alike (default: one per core, as npm start)
  --skip-build             reuse the last build in .next-bench
  --engine <sqlite|postgres>  (default sqlite)
  --pg-url <url>           with --engine postgres: postgresql://user:pw@host:port/ (one database per size)
  --seed <n>               scripts/synth.ts seed (default: synth's own, 42)
  --out <file>             the results file (default bench/RESULTS.md)
  --help`;

const count = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });

const OptionsSchema = z
  .object({
    sizes: z
      .string()
      .default("10000,100000,1000000")
      .transform((text, ctx) => {
        const sizes = text.split(",").map((part) => Number(part.trim().replace(/_/g, "")));
        if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
          ctx.addIssue({ code: "custom", message: `sizes must be whole numbers of claims separated by commas (got '${text}')` });
          return z.NEVER;
        }
        return [...new Set(sizes)].sort((a, b) => a - b);
      }),
    db: z.string().optional(),
    duration: count("duration", 1, 3600).default(5),
    rounds: count("rounds", 1, 9).default(3),
    connections: count("connections", 1, 1000).default(10),
    warmup: count("warmup", 0, 600).default(3),
    "load-duration": count("load-duration", 0, 3600).default(60),
    "load-connections": count("load-connections", 1, 1000).default(50),
    workers: count("workers", 1, 64).optional(),
    "skip-build": z.boolean().default(false),
    engine: z.enum(["sqlite", "postgres"], { error: "engine must be sqlite or postgres" }).default("sqlite"),
    "pg-url": z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "pg-url must be a postgresql:// URL" })
      .optional(),
    seed: count("seed", 0, 2 ** 32 - 1).optional(),
    out: z.string().min(1).default("bench/RESULTS.md"),
  })
  .refine((o) => o.engine !== "postgres" || o["pg-url"] || o.db, {
    error: "--engine postgres needs --pg-url postgresql://user:pw@host:port/",
  })
  .refine((o) => !o.db || /^(file:|postgres(ql)?:\/\/)/.test(o.db), {
    error: "db must be a file: or postgresql:// URL",
  });

export type BenchOptions = {
  sizes: number[];
  db?: string;
  duration: number;
  /** measurements of each route (see medianRound) */
  rounds: number;
  connections: number;
  warmup: number;
  loadDuration: number;
  loadConnections: number;
  /** server processes of the app and of the floor */
  workers: number;
  skipBuild: boolean;
  engine: "sqlite" | "postgres";
  pgUrl?: string;
  seed?: number;
  out: string;
};

function fail(message: string): never {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

export function parseOptions(argv: string[]): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        sizes: { type: "string" },
        db: { type: "string" },
        duration: { type: "string" },
        rounds: { type: "string" },
        connections: { type: "string" },
        warmup: { type: "string" },
        "load-duration": { type: "string" },
        "load-connections": { type: "string" },
        workers: { type: "string" },
        "skip-build": { type: "boolean" },
        engine: { type: "string" },
        "pg-url": { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean" },
      },
    });
    values = parsed.values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const result = OptionsSchema.safeParse(values);
  if (!result.success) fail(result.error.issues.map((issue) => issue.message).join("; "));
  const o = result.data;
  return {
    sizes: o.sizes,
    db: o.db,
    duration: o.duration,
    rounds: o.rounds,
    connections: o.connections,
    warmup: o.warmup,
    loadDuration: o["load-duration"],
    loadConnections: o["load-connections"],
    workers: o.workers ?? availableParallelism(),
    skipBuild: o["skip-build"],
    engine: o.engine,
    pgUrl: o["pg-url"],
    seed: o.seed,
    out: o.out,
  };
}
