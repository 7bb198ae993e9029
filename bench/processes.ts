// The servers the benchmark starts: each in a process group of its own, stopped by its PID (and
// that group) when done, and all of them on exit, on Ctrl-C and on a crash.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import net from "node:net";

/** The bench's ports: 3400–3499. */
const PORT_RANGE = [3400, 3499] as const;

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the group this child leads (detached), and nothing else
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on("exit", () => {
    for (const child of running) killGroup(child, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping the servers it started`);
      for (const child of running) killGroup(child, "SIGTERM");
      process.exit(130);
    });
  }
}

export type Server = { name: string; port: number; url: string; child: ChildProcess; output: () => string };

/** Start a server process; its output is kept (the last 20 kB) to show if it fails. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; port: number; cwd?: string },
): Server {
  hookExit();
  const child = spawn(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, port: options.port, url: `http://127.0.0.1:${options.port}`, child, output: () => output };
}

/** Stop a server (SIGTERM to its group, SIGKILL after 5 s) and wait until it has exited. */
export async function stopProcess(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Wait until the server answers `path` (any HTTP status), or fail with its output. */
export async function waitUntilAnswering(server: Server, path = "/", timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} exited with ${server.child.exitCode} before answering:\n${server.output()}`);
    }
    try {
      await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer());
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${server.name} did not answer within ${timeoutMs / 1000} s:\n${server.output()}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();

/** A free port in 3400–3499 not already handed out by this run. */
export async function freePort(): Promise<number> {
  for (let port = PORT_RANGE[0]; port <= PORT_RANGE[1]; port++) {
    if (handedOut.has(port)) continue;
    if (await portIsFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE[0]}–${PORT_RANGE[1]}`);
}

/** Give a port back (its server has stopped). */
export function releasePort(port: number) {
  handedOut.delete(port);
}

/** CPU time (clock ticks) used so far by every process in a process group, from /proc; null off Linux. */
function groupCpuTicks(pgid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // After the command name in parentheses: state ppid pgrp … utime (11th) stime (12th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ticks;
}

/**
 * Wait until a server has finished the work it still has queued: requests that a load generator
 * gave up on (timeouts) are still being served, and would slow the next measurement down. Idle is
 * under 5 % of a core for half a second. Returns the seconds waited (capped at `maxSeconds`).
 */
export async function waitUntilIdle(server: Server, maxSeconds = 300): Promise<number> {
  const pgid = server.child.pid;
  if (pgid === undefined) return 0;
  const started = Date.now();
  let before = groupCpuTicks(pgid);
  if (before === null) return 0;
  const windowMs = 500;
  while (Date.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = groupCpuTicks(pgid);
    if (now === null) return 0;
    // Linux counts CPU time in ticks of 1/100 s.
    const busy = (now - before) / 100 / (windowMs / 1000);
    if (busy < 0.05) break;
    before = now;
  }
  return (Date.now() - started) / 1000;
}
