import Link from "next/link";
import type { ChipProfile } from "@/lib/queries/chips";
import {
  COMPARE_METRICS,
  TFLOPS_PER_WATT,
  TFLOPS_PER_WATT_INFO,
  formatSpecWithUnit,
  formatTflopsPerWatt,
  metricLabel,
  metricUnit,
  specSourceHref,
  tflopsPerWatt,
} from "@/lib/specs";
import { NotKnown } from "./not-known";
import { linkClass, mutedClass, tableClass } from "./styles";

// A chip's full spec table: every metric, known or not, each value with its source (name, link,
// licence) and note. A value taken from an archived article links to its quote on the source
// page and shows the quote in the article's language.

function quoted(quote: string, language: string): string {
  return language.toLowerCase().startsWith("fr") ? `«\u00a0${quote}\u00a0»` : `“${quote}”`;
}

export function ChipSpecTable({ chip }: { chip: ChipProfile }) {
  const ratio = tflopsPerWatt(chip.specs.bf16_tflops?.value, chip.specs.tdp_w?.value);
  return (
    <table className={tableClass}>
      <caption className="sr-only">
        Specs of {chip.name}, each with its source. &ldquo;Not known&rdquo; means no source gives the value.
      </caption>
      <thead>
        <tr>
          <th scope="col">
            Spec
          </th>
          <th scope="col">
            Value
          </th>
          <th scope="col">
            Source
          </th>
          <th scope="col">
            Licence
          </th>
          <th scope="col">
            Note
          </th>
        </tr>
      </thead>
      <tbody>
        {COMPARE_METRICS.map((metric) => {
          const unit = metricUnit(metric);
          if (metric === TFLOPS_PER_WATT) {
            return (
              <tr key={metric}>
                <th scope="row" className="font-medium">
                  {metricLabel(metric)}
                </th>
                <td className="tabular-nums">
                  {ratio === null ? <NotKnown /> : `${formatTflopsPerWatt(ratio)} ${unit}`}
                </td>
                <td>Derived on Chipwatch</td>
                <td>
                  <NotKnown label="Not applicable" />
                </td>
                <td className={mutedClass}>
                  {TFLOPS_PER_WATT_INFO.formula}
                  {ratio === null ? ", shown when sources give both." : "."}
                </td>
              </tr>
            );
          }
          const spec = chip.specs[metric];
          const value = spec?.value ?? null;
          const href = spec
            ? specSourceHref(metric, { url: spec.source.url, articleId: spec.quote?.source.id ?? null })
            : null;
          return (
            <tr key={metric} id={`spec-${metric}`}>
              <th scope="row" className="font-medium">
                {metricLabel(metric)}
              </th>
              <td className="tabular-nums">{value === null ? <NotKnown /> : formatSpecWithUnit(value, unit)}</td>
              <td>
                {!spec ? (
                  <NotKnown label="No source" />
                ) : href ? (
                  href.startsWith("/") ? (
                    <Link href={href} className={linkClass}>
                      {spec.source.name}
                    </Link>
                  ) : (
                    <a href={href} className={linkClass} rel="noopener noreferrer">
                      {spec.source.name}
                    </a>
                  )
                ) : (
                  spec.source.name
                )}
              </td>
              <td>{spec?.source.licence ?? <NotKnown label="Not given" />}</td>
              <td className={mutedClass}>
                {spec?.quote ? (
                  <figure>
                    <blockquote
                      lang={chip.quoteLanguages[metric]}
                      className="border-l-4 border-sky-600 pl-3 font-serif text-zinc-800 italic dark:border-sky-400 dark:text-zinc-200"
                    >
                      <p>{quoted(spec.quote.text, chip.quoteLanguages[metric] ?? "")}</p>
                    </blockquote>
                    <figcaption className="mt-1 pl-4 text-xs">
                      &mdash; <cite>{spec.quote.source.title}</cite>
                    </figcaption>
                  </figure>
                ) : null}
                {spec?.note ? <p className={spec.quote ? "mt-2" : undefined}>{spec.note}</p> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
