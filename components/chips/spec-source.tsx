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

function SourceAnchor({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  // An archived article is a page of this site; a dataset's URL is somewhere else.
  return href.startsWith("/") ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <a href={href} className={className} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The table's compact mark: the abbreviation from the legend (E, K, A), named in full for screen readers. */
export function SourceMark({ metric, source }: { metric: string; source: SpecSource }) {
  const kind = specSourceKind({ name: source.name, fromArticle: !!source.articleId });
  const abbreviation = SPEC_SOURCE_LEGEND[kind].abbreviation;
  const href = specSourceHref(metric, source);
  if (!href) {
    return (
      <span className={`spec-mark ${mutedClass}`} title={source.name}>
        <span aria-hidden="true">{abbreviation}</span>
        <span className="sr-only">(source: {source.name})</span>
      </span>
    );
  }
  return (
    <SourceAnchor href={href} className={`spec-mark ${linkClass}`}>
      <span aria-hidden="true">{abbreviation}</span>
      <span className="sr-only">{source.name}</span>
    </SourceAnchor>
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
