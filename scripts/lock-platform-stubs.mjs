// The npm registry mirror these machines use serves only the current platform's
// builds of packages such as @next/swc-* or @tailwindcss/oxide-*, so `npm install`
// leaves the other platforms' optional dependencies out of package-lock.json and
// `npm ci` then refuses the lock as "out of sync". This adds a stub entry for each
// missing optional dependency, marked optional and limited to an OS/CPU that is not
// this one, so `npm ci` skips it exactly as it would skip a real foreign build.
// Run after `npm install` changes the lock: `node scripts/lock-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const pkgs = lock.packages;
let added = 0;

function guessPlatform(name) {
  const n = name.toLowerCase();
  const os = ["android", "darwin", "freebsd", "openbsd", "netbsd", "sunos", "aix", "win32", "wasi", "linux"].find((o) =>
    n.includes(o),
  );
  const cpu = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"].find((c) =>
    n.includes(c),
  );
  return { os: [os ?? "none"], cpu: [cpu ?? "none"] };
}

for (const [key, entry] of Object.entries(pkgs)) {
  const opt = entry.optionalDependencies ?? {};
  const base = key === "" ? "node_modules/" : `${key}/node_modules/`;
  for (const [dep, range] of Object.entries(opt)) {
    const nested = `${base}${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[top]) continue;
    const version = String(range).replace(/^[\^~=]/, "");
    const { os, cpu } = guessPlatform(dep);
    pkgs[top] = { version, optional: true, ...(entry.dev ? { dev: true } : {}), os, cpu };
    added++;
  }
}

// keep keys sorted the way npm writes them
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-platform-stubs: added ${added} stub entr${added === 1 ? "y" : "ies"}`);
