// The one rule for links to addresses that come from the data (a source's URL, a company's
// website, a spec's or a date's source): only an absolute http(s) address becomes a link.
// Anything else (javascript:, data:, vbscript:, a relative or protocol-relative path, text that is
// no URL at all) is shown as plain text, if at all, never put in an href.

/**
 * The address as the browser will read it, when it is an absolute http: or https: URL; else null.
 * Parsed by the WHATWG URL parser the browser uses, so tricks such as `java\tscript:` or leading
 * control characters are judged as the browser would judge them.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
