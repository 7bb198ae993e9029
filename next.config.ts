import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds (e.g. two test runs) live side by side; default .next
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // article text may be up to 2 MB (lib/validation/source-form.ts); server actions default to 1 MB
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
