import Link from "next/link";

// The top of an editor record page: where it sits (Editor › Companies › …), its title, and its
// links (the record's history, its public page).

export const recordLinkClass = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

export type RecordLink = { href: string; label: string; /** starts with the label: "History of Huawei" */ ariaLabel?: string };

export function RecordHeader({
  section,
  current,
  title,
  description,
  links = [],
}: {
  section: RecordLink;
  /** the last breadcrumb, when the page is below the section's list */
  current?: string;
  title: string;
  description?: React.ReactNode;
  links?: RecordLink[];
}) {
  return (
    <header className="flex flex-col gap-3">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          <li>
            <Link href="/editor" className={recordLinkClass}>
              Editor
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            {current ? (
              <Link href={section.href} className={recordLinkClass}>
                {section.label}
              </Link>
            ) : (
              <span aria-current="page">{section.label}</span>
            )}
          </li>
          {current ? (
            <>
              <li aria-hidden="true">›</li>
              <li>
                <span aria-current="page">{current}</span>
              </li>
            </>
          ) : null}
        </ol>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">{title}</h1>
      {description ? <div className="max-w-3xl text-zinc-700 dark:text-zinc-300">{description}</div> : null}
      {links.length > 0 ? (
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <RecordAnchor link={link} />
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}

/** A link to another page of the site; the JSON API is a plain link (nothing to prefetch). */
export function RecordAnchor({ link, className = recordLinkClass }: { link: RecordLink; className?: string }) {
  if (link.href.startsWith("/api/"))
    return (
      <a href={link.href} className={className} aria-label={link.ariaLabel}>
        {link.label}
      </a>
    );
  return (
    <Link href={link.href} prefetch={false} className={className} aria-label={link.ariaLabel}>
      {link.label}
    </Link>
  );
}

/** The reader page of a company: its vendor page, else its customer page, else its API record. */
export function companyPublicLink(slug: string, roles: readonly string[]): RecordLink {
  if (roles.includes("chip_vendor")) return { href: `/vendors/${slug}`, label: "Public vendor page" };
  if (roles.includes("customer")) return { href: `/customers/${slug}`, label: "Public customer page" };
  return { href: `/api/v1/companies/${slug}`, label: "Public record (JSON)" };
}

export function historyLink(entityType: "Company" | "Chip" | "ExportControlEvent", id: string): RecordLink {
  return { href: `/editor/history/${entityType}/${encodeURIComponent(id)}`, label: "History" };
}

/** "Company created." / "Changes saved." after the redirect that follows a save (?saved=…). */
export function savedMessage(saved: string | string[] | undefined, noun: string): string | null {
  if (saved === "created") return `${noun} created.`;
  if (saved === "updated") return "Changes saved.";
  return null;
}
