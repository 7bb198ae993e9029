// `npm run db:synth -- --claims N [--seed S] [--database-url URL] [--reset]`: fills a SQLite or
// PostgreSQL database with a synthetic Chipwatch landscape for load tests and benchmarks, the same
// for the same seed. Logic in lib/synth/; `--help` for the options.
//
// Proportions, for N claims (lib/synth/plan.ts):
//   sources     N / 10 (each article carries 1–20 claims, about 10, plus 3–6 sentences of filler)
//   companies   N / 200, between 40 and 5,000: 15 % chip vendors, 12 % publishers (analyst/press),
//               18 % AI labs, 3 % foundries, 1 % regulators (4 to 24), the rest customers/cloud;
//               a tenth of vendors are also customers, a sixth of customers are also AI labs.
//               At most 5,000 because the app lists companies on one page per role, and real
//               landscapes have hundreds, not tens of thousands.
//   chips       N / 300, at least two per vendor, at most 5,000, spread over vendors by Zipf
//               popularity; about 85 % accelerators, the rest systems, plus a product line for
//               vendors with more than three chips. Specs: every SPEC_METRICS metric in the
//               seed's units (TFLOPS, TOPS, GB, TB/s, W), about one value in eight left unknown.
//   events      N / 500, at least 20, each quoted by 1–3 articles at exact offsets
//   users       5 (one admin, four editors, none able to sign in: no password)
//   per claim   one "create" Revision; 0–3 other companies; 1–2 chips; a claim date for 70 %;
//               85 % published, 7 % draft, 5 % disputed, 3 % retracted.
// Popularity is Zipf-like (weight 1/rank^s): a few vendors, chips, customers and publishers get
// most of the claims, as in the real landscape. Names are made of syllables (with made-up
// Chinese characters) and every record says it is synthetic: sources have notes "synthetic",
// URLs on synthetic.chipwatch.invalid, and their last line says nothing in them is real.
//
// Exit codes: 0 done, 1 refused (the target already has claims) or failed, 2 bad arguments.
import { parseSynthArgs, SYNTH_USAGE } from "../lib/synth/args";
import { runSynth, SynthRefusal } from "../lib/synth/run";

async function main(): Promise<number> {
  const parsed = parseSynthArgs(process.argv.slice(2));
  if (parsed.kind === "help") {
    console.log(SYNTH_USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    console.error(`db:synth: ${parsed.message}\n\n${SYNTH_USAGE}`);
    return 2;
  }
  try {
    const s = await runSynth(parsed.args);
    const c = s.counts;
    console.log(
      [
        `db:synth: ${s.databaseUrl} (${s.engine}, seed ${parsed.args.seed})`,
        `  claims ${c.Claim.toLocaleString("en-US")}, sources ${c.Source.toLocaleString("en-US")}, companies ${c.Company.toLocaleString("en-US")}, chips ${c.Chip.toLocaleString("en-US")} (${c.ChipSpec.toLocaleString("en-US")} specs), events ${c.ExportControlEvent.toLocaleString("en-US")} (${c.EventSource.toLocaleString("en-US")} quotes), revisions ${c.Revision.toLocaleString("en-US")}, users ${c.User}`,
        `  ${s.rows.toLocaleString("en-US")} rows in ${s.loadSeconds.toFixed(1)} s (${Math.round(s.rowsPerSecond).toLocaleString("en-US")} rows/s, ${Math.round(s.plan.claims / s.loadSeconds).toLocaleString("en-US")} claims/s); ${s.seconds.toFixed(1)} s in all with migration, index and ANALYZE`,
        `  full-text search: ${s.fullTextSearch}; peak RSS ${Math.round(s.peakRssMiB)} MiB`,
      ].join("\n"),
    );
    return 0;
  } catch (err) {
    console.error(`db:synth: ${err instanceof Error ? err.message : String(err)}`);
    return err instanceof SynthRefusal ? err.exitCode : 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
