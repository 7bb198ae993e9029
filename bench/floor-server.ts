// The floor server, run as a child process of bench/run.ts so that it, like the app, has a
// process (and an event loop) of its own: a minimal node:http server answering /<route id> with
// the rows of that page (bench/floor.ts). Configured by environment:
//   BENCH_FLOOR_DATABASE_URL  file:… (SQLite, opened read-only) or postgresql://…
//   BENCH_FLOOR_PORT          the port to listen on (127.0.0.1)
//   BENCH_FLOOR_TARGETS       the targets (bench/routes.ts Targets) as JSON
//   BENCH_FLOOR_WORKERS       processes sharing the port through node:cluster, as many as the app's
//                             (default 1), so that page and floor get the same share of the machine
import cluster from "node:cluster";
import http from "node:http";
import { floorHandler } from "./floor";
import { ROUTE_IDS, type RouteId, type Targets } from "./routes";
import { openSql } from "./sql";

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`floor-server: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const workers = Number(process.env.BENCH_FLOOR_WORKERS ?? "1");
if (!Number.isInteger(workers) || workers < 1) {
  console.error("floor-server: BENCH_FLOOR_WORKERS must be a whole number, at least 1");
  process.exit(2);
}
if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  // the bench stops the floor by signalling its process group, workers included
  cluster.on("exit", (_worker, code) => {
    if (code !== 0) console.error(`floor-server: a worker stopped with exit code ${code}`);
  });
} else {
  serve();
}

/** One floor server process: the whole server, or one worker of several. */
function serve() {
  const sql = openSql(required("BENCH_FLOOR_DATABASE_URL"));
  const targets = JSON.parse(required("BENCH_FLOOR_TARGETS")) as Targets;
  const port = Number(required("BENCH_FLOOR_PORT"));

  const server = http.createServer((request, response) => {
    const id = (request.url ?? "/").split("?")[0].slice(1) as RouteId;
    if (!ROUTE_IDS.includes(id)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    floorHandler(id)(sql, targets).then(
      ({ contentType, body }) => {
        response.writeHead(200, { "content-type": contentType }).end(body);
      },
      (error: unknown) => {
        // Visible as a non-2xx answer in the results, never hidden.
        console.error(`floor-server: /${id}: ${error instanceof Error ? error.message : error}`);
        response.writeHead(500, { "content-type": "text/plain" }).end("error");
      },
    );
  });

  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => console.log(`floor-server: listening on ${port}`));

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void sql.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
