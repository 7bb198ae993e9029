import { DATA_CREDITS } from "@/lib/constants";
import { Container } from "@/components/ui/container";

// Credits for every dataset and article the figures come from, and the way to the raw data.
const linkClass = "link font-medium";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <Container className="grid gap-8 py-10 md:grid-cols-3">
        <div>
          <h2>Chipwatch</h2>
          <p className="mt-2">
            An open, sourced record of China&rsquo;s AI-chip landscape. Every value cites its source; what no source
            says is left empty.
          </p>
        </div>
        <div>
          <h2>Data credits</h2>
          <ul className="mt-2 space-y-1.5">
            {DATA_CREDITS.map((credit) => (
              <li key={credit.name}>
                <a href={credit.url} className={linkClass}>
                  {credit.name}
                </a>{" "}
                ({credit.licence})
              </li>
            ))}
            <li>
              News articles quoted verbatim, credited to their publishers where the article names one
              (Investing.com, Gate).
            </li>
          </ul>
        </div>
        <div>
          <h2>Open data</h2>
          <p className="mt-2">
            All public records are available as JSON from the{" "}
            {/* A route handler answering JSON, not a page: a plain link, so the browser loads it itself. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/api/v1/claims" className={linkClass}>
              read API
            </a>
            .
          </p>
          <p className="mt-2">
            Spec values from EvoKernel Spec stay under CC BY-SA 4.0 and are vendor-reported.
          </p>
        </div>
      </Container>
    </footer>
  );
}
