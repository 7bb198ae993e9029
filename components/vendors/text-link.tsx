import Link from "next/link";

/** The site's text link: the named class `link` (app/globals.css). */
export const LINK_CLASS = "link";

/** An in-app link in the house style. */
export function TextLink({
  href,
  className = "",
  children,
  ...rest
}: { href: string; className?: string; children: React.ReactNode } & Omit<
  React.ComponentProps<typeof Link>,
  "href" | "className" | "children"
>) {
  // A link to an anchor in another page (e.g. a quote on its source page) is a plain <a>: the
  // target page highlights it through :target, which client-side navigation does not set.
  if (href.includes("#") && !href.startsWith("#")) {
    return (
      <a href={href} className={`${LINK_CLASS} ${className}`}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} className={`${LINK_CLASS} ${className}`} {...rest}>
      {children}
    </Link>
  );
}
