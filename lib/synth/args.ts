// The command line of `npm run db:synth`, parsed with zod. A bad argument is a usage error
// (exit code 2) with a message saying which one and why.
import { parseArgs } from "node:util";
import { z } from "zod";

export const MAX_SYNTH_CLAIMS = 5_000_000;
export const DEFAULT_SYNTH_SEED = 42;

export const SYNTH_USAGE = `Usage: npm run db:synth -- --claims N [--seed S] [--database-url URL] [--reset]

Fills a database with a synthetic Chipwatch landscape (companies, chips with specs, sources with
text, claims with exact quotes, export-control events), the same for the same seed.

  --claims N            how many claims to make, 1 to ${MAX_SYNTH_CLAIMS.toLocaleString("en-US")} (required)
  --seed S              random seed, a whole number (default ${DEFAULT_SYNTH_SEED})
  --database-url URL    target: file:… (SQLite) or postgresql://… (default file:./prisma/data/synth-<N>.db;
                        never the development database)
  --reset               empty the target first (SQLite: delete the file; PostgreSQL: TRUNCATE every
                        table); without it a target that already has claims is refused
  --help                this text`;

const wholeNumber = (flag: string) =>
  z
    .string({ error: `${flag} is required` })
    .trim()
    .regex(/^\d[\d_]*$/, `${flag} must be a whole number`)
    .transform((text) => Number(text.replaceAll("_", "")));

export const SynthArgsSchema = z.object({
  claims: wholeNumber("--claims").pipe(
    z
      .number()
      .int()
      .min(1, "--claims must be at least 1")
      .max(MAX_SYNTH_CLAIMS, `--claims must be at most ${MAX_SYNTH_CLAIMS.toLocaleString("en-US")}`),
  ),
  seed: wholeNumber("--seed")
    .pipe(z.number().int().max(0xffffffff, "--seed must be below 4294967296"))
    .default(DEFAULT_SYNTH_SEED),
  databaseUrl: z
    .string()
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      message: "--database-url must be a file: URL (SQLite) or a postgresql:// URL",
    })
    .optional(),
  reset: z.boolean().default(false),
});
export type SynthArgs = z.infer<typeof SynthArgsSchema>;

export type ParsedArgs = { kind: "run"; args: SynthArgs } | { kind: "help" } | { kind: "error"; message: string };

export function parseSynthArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        claims: { type: "string" },
        seed: { type: "string" },
        "database-url": { type: "string" },
        reset: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    return { kind: "error", message: err instanceof Error ? err.message : String(err) };
  }
  if (values.help) return { kind: "help" };
  const parsed = SynthArgsSchema.safeParse({
    claims: values.claims,
    seed: values.seed,
    databaseUrl: values["database-url"],
    reset: values.reset ?? false,
  });
  if (!parsed.success) return { kind: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
  return { kind: "run", args: parsed.data };
}
