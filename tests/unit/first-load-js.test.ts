// bench/first-load-js.ts: which scripts of a page's HTML count as its first-load JavaScript.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { frameworkJs, scriptUrls } from "../../bench/first-load-js";

describe("scriptUrls", () => {
  it("counts the page's module scripts and script preloads, not the legacy noModule polyfills or other files", () => {
    const html = [
      '<link rel="preload" href="/_next/static/chunks/a.js" as="script" fetchPriority="low"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/c.css"/>',
      '<script src="/_next/static/chunks/d.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="https://elsewhere.example/e.js"></script>',
      '<script src="/_next/static/chunks/d.js" async=""></script>',
      "<script>self.__next_f.push([1])</script>",
    ].join("");
    expect(scriptUrls(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/d.js"]);
  });
});

describe("frameworkJs", () => {
  it("sums the build manifest's root main files, raw and gzipped, and nothing else of the build", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "chipwatch-framework-js-"));
    try {
      mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
      const runtime = Buffer.from("globalThis.runtime = 1;\n".repeat(200));
      const react = Buffer.from("globalThis.react = [1, 2, 3];\n".repeat(300));
      writeFileSync(path.join(dist, "static", "chunks", "runtime.js"), runtime);
      writeFileSync(path.join(dist, "static", "chunks", "react.js"), react);
      writeFileSync(path.join(dist, "static", "chunks", "page.js"), "globalThis.page = 1;".repeat(1000));
      writeFileSync(
        path.join(dist, "build-manifest.json"),
        JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js", "static/chunks/react.js"], polyfillFiles: ["static/chunks/page.js"] }),
      );
      expect(frameworkJs(dist)).toEqual({
        scripts: 2,
        rawBytes: runtime.length + react.length,
        gzipBytes: gzipSync(runtime, { level: 9 }).length + gzipSync(react, { level: 9 }).length,
      });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
