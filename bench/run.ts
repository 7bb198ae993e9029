// `npm run bench`: build for production once, then for each dataset size start the server (as npm start) and
// the floor server on that database, measure every route against its floor with autocannon, run
// the mixed load test, and write the tables to the console and to bench/RESULTS.md.
// Options: bench/options.ts (npm run bench -- --help).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { datasetUrl, ensureDataset, pickTargets, rowCounts } from "./datasets";
import { firstLoadJs, frameworkJs } from "./first-load-js";
import { failed, medianRound, runLoad, type LoadResult } from "./load";
import { DIST_DIR, buildApp, startApp } from "./next-app";
import { parseOptions, type BenchOptions } from "./options";
import type { RouteProfile } from "./profile";
import {
  freePort,
  releasePort,
  startProcess,
  stopProcess,
  waitUntilAnswering,
  waitUntilIdle,
  type Server,
} from "./processes";
import {
  consoleTable,
  growthTable,
  profileTable,
  jsTable,
  loadTable,
  machine,
  resultsMarkdown,
  sizeLabel,
  sizeTable,
  verdictTable,
  type BenchRun,
  type JsResult,
  type SizeResult,
} from "./report";
import { benchRoutes, floorPath } from "./routes";
import { openSql } from "./sql";

type Dataset = { size: number; url: string; dataset: SizeResult["dataset"] };

function log(message: string) {
  console.log(`bench: ${message}`);
}

/** Seconds a server may take to finish abandoned requests before a measurement (see waitUntilIdle). */
const DRAIN_SECONDS = 120;

/**
 * Wait for every server of the size to be idle, the app and the floor alike: a slow floor keeps
 * serving the requests autocannon gave up on (seconds each at a million claims), and that backlog
 * would share the CPU with the next measurement, whichever server it is of. A long wait is worth saying.
 */
async function drain(servers: Server[], problems: string[], before: string) {
  for (const server of servers) {
    const waited = await waitUntilIdle(server, DRAIN_SECONDS);
    if (waited >= DRAIN_SECONDS) {
      problems.push(`${server.name} still busy after ${DRAIN_SECONDS} s before ${before}: that measurement shares the CPU with the backlog`);
      log(problems[problems.length - 1]);
    } else if (waited > 5) log(`${server.name} needed ${waited.toFixed(0)} s to finish abandoned requests before ${before}`);
  }
}

/**
 * Measure one path of `server`, warmed up first when `warm`; every server in `servers` is idle
 * before each (no backlog from the last measurement, of this server or another).
 */
async function measure(
  server: Server,
  servers: Server[],
  urlPath: string,
  options: BenchOptions,
  problems: string[],
  warm: boolean,
): Promise<LoadResult> {
  const settings = { url: server.url, connections: options.connections, paths: [urlPath] };
  if (warm && options.warmup > 0) {
    await drain(servers, problems, `warming up ${urlPath}`);
    await runLoad({ ...settings, duration: options.warmup });
  }
  await drain(servers, problems, `measuring ${urlPath}`);
  return runLoad({ ...settings, duration: options.duration });
}

function startFloor(url: string, port: number, targets: SizeResult["targets"], workers: number): Server {
  return startProcess("floor server", process.execPath, ["--import", "tsx", path.join("bench", "floor-server.ts")], {
    port,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      BENCH_FLOOR_DATABASE_URL: url,
      BENCH_FLOOR_PORT: String(port),
      BENCH_FLOOR_TARGETS: JSON.stringify(targets),
      BENCH_FLOOR_WORKERS: String(workers),
    },
  });
}

/** Every route once, sequentially: a route that does not answer 200 is a problem to report. */
async function checkRoutes(origin: string, paths: string[], problems: string[], label: string) {
  for (const urlPath of paths) {
    const response = await fetch(`${origin}${urlPath}`, { redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) problems.push(`${label}: ${urlPath} answered ${response.status}`);
  }
}

/** bench/profile.ts on a SQLite database (the servers stopped), or null with the reason in problems. */
function profile(url: string, problems: string[], label: string): RouteProfile[] | undefined {
  if (!url.startsWith("file:")) return undefined;
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("bench", "profile.ts"), "--db", url, "--runs", "3", "--json"],
    { encoding: "utf8", maxBuffer: 64 * 2 ** 20, timeout: 15 * 60_000 },
  );
  const line = result.stdout?.trim().split("\n").pop() ?? "";
  try {
    return (JSON.parse(line) as { profiles: RouteProfile[] }).profiles;
  } catch {
    problems.push(`${label}: the profile failed: ${(result.stderr || result.error?.message || "").trim().split("\n").slice(-1)[0]}`);
    return undefined;
  }
}

async function benchDataset(data: Dataset, options: BenchOptions, run: BenchRun, measureJs: boolean): Promise<SizeResult> {
  const sql = openSql(data.url, { poolSize: 1 });
  let counts, targets;
  try {
    counts = await rowCounts(sql);
    targets = await pickTargets(sql);
  } finally {
    await sql.close();
  }
  const size = data.size || counts.claims;
  const label = `${sizeLabel(size)} claims`;
  const routes = benchRoutes(targets);
  log(`${label}: targets ${JSON.stringify(targets)}`);

  let app: Server | undefined;
  let floor: Server | undefined;
  try {
    app = await startApp(data.url, options.workers);
    floor = startFloor(data.url, await freePort(), targets, options.workers);
    await waitUntilAnswering(floor, "/home");
    log(`${label}: npm start (${options.workers} server processes) on ${app.port} (PID ${app.child.pid}), floor on ${floor.port} (PID ${floor.child.pid})`);
    await checkRoutes(app.url, routes.map((r) => r.path), run.problems, `${label}, app`);
    await checkRoutes(floor.url, routes.map((r) => floorPath(r.id)), run.problems, `${label}, floor`);

    if (measureJs) {
      try {
        run.frameworkJs = frameworkJs(DIST_DIR);
      } catch (error) {
        run.problems.push(`framework JS: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const route of routes.filter((r) => r.kind === "page")) {
        let js: JsResult["js"];
        try {
          js = await firstLoadJs(app.url, route.path);
        } catch (error) {
          js = { error: error instanceof Error ? error.message : String(error) };
        }
        run.js.push({ route, js });
      }
    }

    const result: SizeResult = {
      size,
      url: data.url,
      dataset: data.dataset,
      counts,
      targets,
      routes: [],
      loadAverage: [os.loadavg()[0], 0],
    };
    // Every route in turn, then again, `rounds` times: a burst of other work hits one round of a
    // route, not all of them, and the median round is reported.
    const rounds = routes.map(() => ({ page: [] as LoadResult[], floor: [] as LoadResult[] }));
    for (let round = 1; round <= options.rounds; round++) {
      for (const [index, route] of routes.entries()) {
        const page = await measure(app, [app, floor], route.path, options, run.problems, round === 1);
        const floorResult = await measure(floor, [app, floor], floorPath(route.id), options, run.problems, round === 1);
        rounds[index].page.push(page);
        rounds[index].floor.push(floorResult);
        const flag = failed(page) || failed(floorResult) ? "  FAILURES" : "";
        log(
          `${label}: round ${round}/${options.rounds} ${route.id.padEnd(11)} p50 ${page.p50.toFixed(1)} ms (floor ${floorResult.p50.toFixed(1)}), p99 ${page.p99.toFixed(1)} ms, ${page.throughput.toFixed(1)} req/s, ${page.requests} answers${flag}`,
        );
      }
    }
    for (const [index, route] of routes.entries()) {
      const { page, floor: floorRounds } = rounds[index];
      result.routes.push({
        route,
        page: medianRound(page),
        floor: medianRound(floorRounds),
        rounds: { page: page.map((r) => r.p50), floor: floorRounds.map((r) => r.p50) },
      });
    }

    if (options.loadDuration > 0) {
      await drain([app, floor], run.problems, "the load test");
      log(`${label}: load test, ${options.loadConnections} connections for ${options.loadDuration} s over ${routes.length} routes…`);
      const load = await runLoad({
        url: app.url,
        connections: options.loadConnections,
        duration: options.loadDuration,
        paths: routes.map((r) => r.path),
      });
      result.load = { ...load, paths: routes.length };
    }
    result.loadAverage[1] = os.loadavg()[0];
    return result;
  } finally {
    for (const server of [app, floor]) {
      if (!server) continue;
      await stopProcess(server);
      releasePort(server.port);
    }
  }
}

function writeResults(run: BenchRun, started: number) {
  run.minutes = (Date.now() - started) / 60_000;
  mkdirSync(path.dirname(run.options.out), { recursive: true });
  writeFileSync(run.options.out, `${resultsMarkdown(run)}\n`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const run: BenchRun = { options, machine: machine(), date: new Date(), minutes: 0, sizes: [], js: [], problems: [] };
  log(`${run.machine.cpu}, ${run.machine.cores} cores, load average ${run.machine.loadAverage}`);

  const datasets: Dataset[] = [];
  if (options.db) {
    datasets.push({ size: 0, url: options.db, dataset: "given" });
  } else {
    for (const size of options.sizes) {
      const url = datasetUrl(size, options.engine, options.pgUrl);
      const dataset = await ensureDataset(size, url, options.seed);
      log(`${sizeLabel(size)} claims: ${dataset} ${url}`);
      datasets.push({ size, url, dataset });
    }
  }

  if (options.skipBuild) {
    if (!existsSync(path.join(DIST_DIR, "BUILD_ID"))) throw new Error(`--skip-build, but there is no build in ${DIST_DIR}`);
    log(`reusing the build in ${DIST_DIR}`);
  } else {
    buildApp(datasets[0].url);
  }

  for (const [index, data] of datasets.entries()) {
    try {
      const result = await benchDataset(data, options, run, index === 0);
      log(`${sizeLabel(result.size)} claims: profiling the pages' reads…`);
      result.profile = profile(data.url, run.problems, `${sizeLabel(result.size)} claims`);
      run.sizes.push(result);
      writeResults(run, started); // after each size, so an interrupted run keeps what it measured
      console.log(`\n${sizeLabel(result.size)} claims\n${consoleTable(sizeTable(result))}\n`);
      if (result.profile) console.log(`Where the time goes\n${consoleTable(profileTable(result))}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      run.problems.push(`${data.url}: not measured: ${message.split("\n")[0]}`);
      console.error(`bench: ${data.url}: ${message}`);
    }
  }

  run.minutes = (Date.now() - started) / 60_000;
  if (run.sizes.length > 1) console.log(`Growth\n${consoleTable(growthTable(run))}\n`);
  if (run.js.length) console.log(`First-load JS (gzip level 9)\n${consoleTable(jsTable(run))}\n`);
  if (run.sizes.some((s) => s.load)) console.log(`Load test\n${consoleTable(loadTable(run))}\n`);
  if (run.sizes.length) console.log(`Targets\n${consoleTable(verdictTable(run))}\n`);
  for (const problem of run.problems) console.error(`bench: problem: ${problem}`);

  if (run.sizes.length) {
    writeResults(run, started);
    log(`results written to ${options.out} (${run.minutes.toFixed(1)} min)`);
  }
  process.exit(run.sizes.length === datasets.length ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
