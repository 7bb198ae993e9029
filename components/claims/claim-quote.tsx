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
        className={`border-l-4 border-sky-600 pl-4 font-serif whitespace-pre-line text-zinc-800 italic dark:border-sky-400 dark:text-zinc-200 ${size === "lg" ? "text-lg" : ""}`}
      >
        <p>{quoted(claim.quote, source.language)}</p>
      </blockquote>
      {claim.translation ? (
        <p className="mt-2 pl-5 text-sm whitespace-pre-line text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">Translation:</span> {claim.translation}
        </p>
      ) : null}
      <figcaption className="mt-2 pl-5 text-sm text-zinc-600 dark:text-zinc-400">
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
