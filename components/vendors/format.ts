import { safeHttpUrl } from "@/lib/safe-url";

const regionNames = new Intl.DisplayNames(["en-GB"], { type: "region", fallback: "code" });

/** "CN" → "China"; null when the record gives no country (the page shows "Not given"). */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The website as a URL to link to only when it is an http(s) address; anything else is not linked. */
export function safeWebsite(website: string | null): URL | null {
  const href = safeHttpUrl(website);
  return href ? new URL(href) : null;
}
