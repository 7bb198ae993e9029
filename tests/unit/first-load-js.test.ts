// bench/first-load-js.ts: which scripts of a page's HTML count as its first-load JavaScript.
import { describe, expect, it } from "vitest";
import { scriptUrls } from "../../bench/first-load-js";

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
