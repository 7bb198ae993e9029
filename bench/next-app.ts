// Build the app once for production into .next-bench, and serve it as `npm start` does (scripts/serve.ts).
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { freePort, startProcess, waitUntilAnswering, type Server } from "./processes";

export const DIST_DIR = ".next-bench";
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

/**
 * `next build` adds "<distDir>/types/**\/*.ts" (and the like) to tsconfig.json's "include". Take out
 * what it added for .next-bench, leaving the file as it was (or, if someone else changed it
 * meanwhile, with only those entries removed).
 */
function restoreTsconfig(before: string) {
  const after = readFileSync("tsconfig.json", "utf8");
  if (after === before) return;
  const parsed = JSON.parse(after) as { include?: string[] };
  const cleaned = { ...parsed, include: parsed.include?.filter((entry) => !entry.includes(DIST_DIR)) };
  if (isDeepStrictEqual(cleaned, JSON.parse(before))) writeFileSync("tsconfig.json", before);
  else writeFileSync("tsconfig.json", `${JSON.stringify(cleaned, null, 2)}\n`);
}

/**
 * `next build` into .next-bench, with the given database for any page prerendered at build. In two
 * steps, compile then generate (`--experimental-build-mode`), which together make the same build
 * without the type check: a type error elsewhere in the tree (a scratch file, work in progress)
 * should not stop a benchmark, and `npm run typecheck` is the type check.
 */
export function buildApp(databaseUrl: string) {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  console.log(`bench: next build (NEXT_DIST_DIR=${DIST_DIR}, compile then generate)…`);
  const started = Date.now();
  try {
    for (const mode of ["compile", "generate"]) {
      const result = spawnSync(process.execPath, [NEXT_BIN, "build", `--experimental-build-mode=${mode}`], {
        stdio: "inherit",
        env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (result.status !== 0) throw new Error(`next build (${mode}) failed (exit ${result.status ?? result.signal})`);
    }
  } finally {
    restoreTsconfig(tsconfig);
  }
  console.log(`bench: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The production server as `npm start` runs it: its `prestart` first (scripts/prepare-db.ts
 * --production: the environment checked, pending migrations applied, so that a dataset made before a
 * migration is brought up to date as any deployment's database would be), then scripts/serve.ts
 * (`workers` Next.js server processes sharing the port), on a free port with a production
 * environment, once it answers.
 */
export async function startApp(databaseUrl: string, workers: number): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString("base64"),
    CHIPWATCH_DEMO_ACCOUNTS: "off",
    CHIPWATCH_WORKERS: String(workers),
    PORT: String(port),
  };
  const started = Date.now();
  const prepared = spawnSync(process.execPath, ["--import", "tsx", path.join("scripts", "prepare-db.ts"), "--production"], {
    stdio: "inherit",
    env,
  });
  if (prepared.status !== 0) throw new Error(`scripts/prepare-db.ts failed (exit ${prepared.status ?? prepared.signal})`);
  const seconds = (Date.now() - started) / 1000;
  if (seconds >= 5) console.log(`bench: the database was prepared (migrations) in ${seconds.toFixed(0)} s`);
  const server = startProcess("npm start", process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    env,
    port,
  });
  await waitUntilAnswering(server, "/");
  return server;
}
