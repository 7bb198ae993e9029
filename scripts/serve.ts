// `npm start` (after scripts/prepare-db.ts): serves the production build with several Next.js server
// processes sharing one port, one per core by default (CHIPWATCH_WORKERS to choose).
//
// Why: a Next.js server renders on one thread, so `next start` uses one core however many the machine
// has. Every page here is rendered per request (each response carries its own CSP nonce), so the
// server's CPU is the limit under load. node:cluster lets the workers (scripts/serve-worker.mjs, each
// the documented custom server: next() + getRequestHandler()) share the port; the primary only hands
// out connections and watches the workers. Nothing the app keeps in memory needs to be shared:
// sessions, sign-in attempts and data live in the database; the aggregate cache (lib/aggregate-cache.ts)
// is per process, as it is with several servers behind a load balancer.
//
// A worker that dies after it has served is replaced; a worker that dies before it listens (a broken
// build, a port in use) stops the whole server with its error, rather than restarting in a loop.
// SIGINT / SIGTERM stop the workers, then the primary.
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseEnv } from "../lib/env";

let env;
try {
  env = parseEnv({ ...process.env, NODE_ENV: "production" });
} catch (err) {
  console.error(`chipwatch: refusing to start. ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const workers = env.CHIPWATCH_WORKERS ?? availableParallelism();
const port = process.env.PORT || "3000";
/** A worker that exits sooner than this after listening is taken to be crashing, not crashed once. */
const STEADY_MS = 10_000;
/** How long the workers get to finish their requests when the server is stopped. */
const STOP_GRACE_MS = 10_000;

cluster.setupPrimary({ exec: path.join(import.meta.dirname, "serve-worker.mjs"), execArgv: [] });

const listeningSince = new Map<Worker, number>();
let stopping = false;
let announced = false;

function fork() {
  const worker = cluster.fork({ NODE_ENV: "production", PORT: port });
  worker.on("listening", () => {
    listeningSince.set(worker, Date.now());
    if (!announced && listeningSince.size === workers) {
      announced = true;
      console.log(`chipwatch: serving on http://localhost:${port} with ${workers} server process${workers === 1 ? "" : "es"}`);
    }
  });
  return worker;
}

cluster.on("exit", (worker, code, signal) => {
  const since = listeningSince.get(worker);
  listeningSince.delete(worker);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
    return;
  }
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  if (since === undefined || Date.now() - since < STEADY_MS) {
    console.error(`chipwatch: a server process stopped (${how}) ${since === undefined ? "before it listened" : "right after it started"}; stopping.`);
    stop(1);
    return;
  }
  console.error(`chipwatch: a server process stopped (${how}); starting another.`);
  fork();
});

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
  if (alive.length === 0) process.exit(code);
  for (const worker of alive) worker.process.kill("SIGTERM");
  setTimeout(() => {
    for (const worker of alive) if (!worker.isDead()) worker.process.kill("SIGKILL");
    process.exit(code);
  }, STOP_GRACE_MS).unref();
  process.exitCode = code;
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

for (let i = 0; i < workers; i++) fork();
