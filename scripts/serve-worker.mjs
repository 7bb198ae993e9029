// One server process of `npm start` (scripts/serve.ts forks one per core): the production build
// served by Next.js's documented custom server, next() + getRequestHandler(), on the port every worker
// shares through node:cluster. Plain JavaScript, so that it runs without a TypeScript loader.
import { createServer } from "node:http";
import next from "next";

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(`Failed to handle request for ${req.url}`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  });
});
// A port in use or refused: exit, so that the primary stops instead of waiting on a worker that
// never listens (Next.js's own uncaughtException handler would log the error and keep it alive).
server.on("error", (err) => {
  console.error(`chipwatch: cannot listen on port ${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port);

// Stop taking connections, finish the requests in flight, then exit (the primary kills a worker that
// takes longer than its grace period).
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.on("SIGINT", () => {});
