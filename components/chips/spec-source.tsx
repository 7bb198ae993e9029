import Link from "next/link";
import type { ChipSpecValue } from "@/lib/queries/chips";
import { SPEC_SOURCE_LEGEND, specSourceHref, specSourceKind, specSourceShortName } from "@/lib/specs";
import { linkClass, mutedClass } from "./styles";

// Where a spec value comes from, as a link: an archived article's quote on its source page, else
// the dataset row's own URL. A source with neither is named, not linked.

export type SpecSource = { name: string; url: string | null; licence?: string | null; articleId?: string | null };

/** The source of a spec value read from lib/queries/chips (an article when the value carries a quote). */
export function sourceOfSpec(spec: ChipSpecValue): SpecSource {
  return { ...spec.source, articleId: spec.quote?.source.id ?? null };
}

/**
 * The table's compact mark: the abbreviation from the legend (E, K, A, O), named in full for screen
 * readers. CSS draws the letter from `data-mark` and keeps it from assistive tech (.spec-mark,
 * app/styles/tables.css), so a mark is an element and its hidden text, not three elements: the chips
 * table repeats it up to six times a row, and a page sends each twice (in the HTML and the RSC
 * payload). A plain <a>, not next/link: a table's hundred links need not each be prefetched, and an
 * article's link goes to an anchor of its page, which client-side navigation would not make :target.
 */
export function SourceMark({ metric, source }: { metric: string; source: SpecSource }) {
  const kind = specSourceKind({ name: source.name, fromArticle: !!source.articleId });
  const abbreviation = SPEC_SOURCE_LEGEND[kind].abbreviation;
  const href = specSourceHref(metric, source);
  if (!href) {
    return (
      <span className={`spec-mark ${mutedClass}`} title={source.name} data-mark={abbreviation}>
        <span className="sr-only">{`(source: ${source.name})`}</span>
      </span>
    );
  }
  return (
    <a
      href={href}
      className={`spec-mark ${linkClass}`}
      data-mark={abbreviation}
      // An archived article is a page of this site; a dataset's URL is somewhere else.
      rel={href.startsWith("/") ? undefined : "noopener noreferrer"}
    >
      <span className="sr-only">{source.name}</span>
    </a>
  );
}

/** A named source link: "Epoch AI" to the eye, its full name to a screen reader. */
export function SourceLink({ metric, source }: { metric: string; source: SpecSource }) {
  const short = specSourceShortName({ name: source.name, fromArticle: !!source.articleId });
  const href = specSourceHref(metric, source);
  if (!href) return <span>{source.name}</span>;
  // The visible words start the accessible name (WCAG 2.5.3), which goes on to the full name.
  const label = short === source.name ? undefined : source.name;
  return href.startsWith("/") ? (
    <Link href={href} className={linkClass} aria-label={label}>
      {short}
    </Link>
  ) : (
    <a href={href} className={linkClass} rel="noopener noreferrer" aria-label={label}>
      {short}
    </a>
  );
}

/** The legend of the table's source marks. */
export function SourceLegend() {
  return (
    <dl className={`flex flex-wrap gap-x-6 gap-y-1 text-sm ${mutedClass}`}>
      {Object.values(SPEC_SOURCE_LEGEND).map((entry) => (
        <div key={entry.abbreviation} className="flex gap-1.5">
          <dt className="font-semibold text-zinc-900 dark:text-zinc-100">{entry.abbreviation}</dt>
          <dd>
            {entry.name} ({entry.detail})
          </dd>
        </div>
      ))}
    </dl>
  );
}
