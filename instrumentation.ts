// Runs once when the Next.js server starts, before it serves anything: parse the environment
// (lib/env.ts) so a bad setting, such as a production server without its own SESSION_SECRET or
// with the demo editor left on, stops the server with a message naming the variable, instead of
// failing on the first request. `npm start` has already checked the same in scripts/prepare-db.ts;
// this covers `next start` run by other means.
export async function register() {
  // Written as a positive test so the build drops the block from the Edge bundle (no process.exit there).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      await import("./lib/env");
    } catch (error) {
      console.error(`chipwatch: refusing to start. ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  }
}
