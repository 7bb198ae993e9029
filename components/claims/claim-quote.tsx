import { linkClass, sourceQuoteHref } from "./claim-links";

/** The plain fields the quote block needs. */
export type ClaimQuoteData = {
  id: string;
  quote: string;
  translation: string | null;
  source: { id: string; title: string; publisher: string | null; language: string };
};

/** The quote between the quotation marks of its own language. */
function quoted(quote: string, language: string): string {
  return language.toLowerCase().startsWith("fr") ? `«\u00a0${quote}\u00a0»` : `“${quote}”`;
}

/**
 * The source's own words in its language, the English translation when there is one, and the
 * source (title, publisher) linking to the quote's highlighted place in the archived article.
 */
export function ClaimQuote({ claim, size = "base" }: { claim: ClaimQuoteData; size?: "base" | "lg" }) {
  const { source } = claim;
  return (
    <figure>
      <blockquote
        lang={source.language}
        className={size === "lg" ? "quote whitespace-pre-line text-lg" : "quote whitespace-pre-line"}
      >
        <p>{quoted(claim.quote, source.language)}</p>
      </blockquote>
      {claim.translation ? (
        <p className="quote-translation whitespace-pre-line">
          <span className="font-medium">Translation:</span> {claim.translation}
        </p>
      ) : null}
      <figcaption className="quote-source">
        &mdash;{" "}
        {/* A document navigation, not a client-side one: only then does the browser set :target,
            which the source page uses to highlight this quote. */}
        <a href={sourceQuoteHref(source.id, claim.id)} className={linkClass}>
          <cite lang={source.language}>{source.title}</cite>
        </a>
        {source.publisher ? <>, {source.publisher}</> : <>, publisher not named</>}
      </figcaption>
    </figure>
  );
}
