import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import "./globals.css";

const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="6" y="6" width="20" height="20" rx="3" fill="#0284c7"/><g stroke="#0284c7" stroke-width="2">' +
      [10, 16, 22].map((x) => `<path d="M${x} 1v5M${x} 26v5M1 ${x}h5M26 ${x}h5"/>`).join("") +
      "</g></svg>",
  );

export const metadata: Metadata = {
  title: { default: "Chipwatch", template: "%s · Chipwatch" },
  description: "China's AI-chip landscape, sourced: vendors, chips, customers, export controls and adoption claims.",
  // An inline icon: browsers then skip asking for /favicon.ico, which does not exist.
  icons: { icon: FAVICON },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
