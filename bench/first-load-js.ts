// First-load JavaScript of a page: every script the HTML loads from /_next/static (script src,
// modulepreload and preload-as-script links), each fetched once and gzipped here (node:zlib,
// level 9), summed per route. The inline RSC payload (self.__next_f) is not counted: it is data.
// Nor are `noModule` scripts (Next.js's legacy polyfills, about 39 kB gzip): a browser that runs
// modules, as every browser Next.js 16 supports does, never downloads them. Chunks a page loads
// later (the charts, components/charts/lazy.tsx) are not first-load JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type FirstLoadJs = { scripts: number; rawBytes: number; gzipBytes: number };

const sizes = new Map<string, { raw: number; gzip: number }>();

async function scriptSize(url: string): Promise<{ raw: number; gzip: number }> {
  const cached = sizes.get(url);
  if (cached) return cached;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  sizes.set(url, size);
  return size;
}

/** The /_next/static script URLs a page's HTML loads. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith("<script");
    const isPreload = /\brel="(modulepreload|preload)"/.test(tag) && (/\bas="script"/.test(tag) || tag.includes("modulepreload"));
    if (!isScript && !isPreload) continue;
    if (isScript && /\bnomodule\b/i.test(tag)) continue;
    const url = tag.match(/\b(?:src|href)="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    if (url && url.includes("/_next/static/") && /\.js(\?|$)/.test(url)) urls.add(url);
  }
  return [...urls];
}

export async function firstLoadJs(origin: string, path: string): Promise<FirstLoadJs> {
  const response = await fetch(`${origin}${path}`);
  const html = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const urls = scriptUrls(html).map((url) => new URL(url, origin).toString());
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const url of urls) {
    const size = await scriptSize(url);
    rawBytes += size.raw;
    gzipBytes += size.gzip;
  }
  return { scripts: urls.length, rawBytes, gzipBytes };
}

/**
 * The framework's share: the scripts the build manifest says every App Router page loads whatever
 * it renders ("rootMainFiles": Next.js's client runtime and React DOM), gzipped as above. No page of
 * this build can load less, so a first-load target below it cannot be met by the app's own code.
 */
export function frameworkJs(distDir: string): FirstLoadJs {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const files = manifest.rootMainFiles ?? [];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(path.join(distDir, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: files.length, rawBytes, gzipBytes };
}
