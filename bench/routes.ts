// The pages the benchmark measures, and the targets in them (picked from each database).

export type Targets = {
  /** the chip vendor whose chips the most claims name */
  vendor: string;
  /** the three chips the most claims name, most first: the compare page */
  compare: [string, string, string];
  /** the chip the most claims name: the explorer's and the API's chip filter */
  chip: string;
  /** a common word of the claims' quotes: the explorer's text search */
  word: string;
};

export const ROUTE_IDS = [
  "home",
  "vendor",
  "chips",
  "compare",
  "claims",
  "claims-chip",
  "claims-q",
  "timeline",
  "api-claims",
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export type BenchRoute = {
  id: RouteId;
  /** the path on the app */
  path: string;
  /** whether the page draws recharts charts (components/charts): its first-load JS target is 220 kB, else 120 kB */
  charts: boolean;
  /** a page (HTML) or the API (JSON: no first-load JS) */
  kind: "page" | "api";
};

export function benchRoutes(targets: Targets): BenchRoute[] {
  const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
  return [
    { id: "home", path: "/", charts: false, kind: "page" },
    { id: "vendor", path: `/vendors/${encodeURIComponent(targets.vendor)}`, charts: true, kind: "page" },
    { id: "chips", path: "/chips", charts: false, kind: "page" },
    { id: "compare", path: `/chips/compare${q({ chips: targets.compare.join(",") })}`, charts: true, kind: "page" },
    { id: "claims", path: "/claims", charts: false, kind: "page" },
    { id: "claims-chip", path: `/claims${q({ chip: targets.chip })}`, charts: false, kind: "page" },
    { id: "claims-q", path: `/claims${q({ q: targets.word })}`, charts: false, kind: "page" },
    { id: "timeline", path: "/timeline", charts: true, kind: "page" },
    { id: "api-claims", path: `/api/v1/claims${q({ chip: targets.chip })}`, charts: false, kind: "api" },
  ];
}

/** The floor server answers each route at /<id>. */
export function floorPath(id: RouteId): string {
  return `/${id}`;
}
