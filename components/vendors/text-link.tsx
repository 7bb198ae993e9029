import Link from "next/link";

export const LINK_CLASS =
  "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

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
