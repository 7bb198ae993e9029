"use client";

// The charts, loaded after the page: recharts and the chart code (about 110 kB gzip) are not part
// of a page's first load, and each chart's figures are already on the page as a table or a list
// (its text alternative), so nothing is lost before it arrives. Not rendered on the server either:
// recharts measures its container in the browser. Pages import the charts from here.
//
// Next.js's runtime adds each chart's chunk as a <script> element without the page's nonce; the
// Content-Security-Policy's 'strict-dynamic' lets a nonce'd script load it, and nothing else can
// (tests/e2e/security.spec.ts checks that the server's HTML has no script without the nonce).
// next/dynamic needs its options written out as an object literal in each call (the build refuses
// anything else), hence the repetition.
import dynamic from "next/dynamic";

/** Holds the chart's place (no layout shift worth the name) until its code has loaded. */
function ChartPlaceholder() {
  return <div aria-hidden="true" className="min-h-40 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-900" />;
}

export const ClaimsByKindChart = dynamic(() => import("./claims-by-kind-chart").then((m) => m.ClaimsByKindChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const CompareChart = dynamic(() => import("./compare-chart").then((m) => m.CompareChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const TimelineChart = dynamic(() => import("./timeline-chart").then((m) => m.TimelineChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const VendorClaimsByYearChart = dynamic(
  () => import("./vendor-claims-by-year-chart").then((m) => m.VendorClaimsByYearChart),
  { ssr: false, loading: ChartPlaceholder },
);
