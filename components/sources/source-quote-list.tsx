// A side list of the quotes in a source: each item's tag (as in the text) and a link to its
// highlighted place in the article (a plain link, so the browser scrolls and :target applies).
export type SourceQuoteItem = { key: string; tag: string; text: string; detail?: string; anchor: string };

export function SourceQuoteList({
  id,
  title,
  items,
  empty,
}: {
  id: string;
  title: string;
  items: SourceQuoteItem[];
  empty?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="muted text-sm">{empty}</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {items.map((item) => (
            <li key={item.key} className="flex gap-2">
              <span aria-hidden="true" className="quote-tag">
                {item.tag}
              </span>
              <span>
                <a href={`#${item.anchor}`} className="link">
                  {item.text}
                </a>
                {item.detail ? <span className="muted"> · {item.detail}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
