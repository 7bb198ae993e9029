import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { Container } from "@/components/ui/container";
import { NAV_LINKS } from "./nav-links";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Container className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="site-logo">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-sky-600 dark:bg-sky-400" />
          Chipwatch
        </Link>
        <nav aria-label="Main">
          <ul className="-mx-2.5 flex flex-wrap gap-x-1 gap-y-1 text-sm">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                {/* Prefetched on hover rather than on sight: six section prefetches on every page view
                    cost more than they save for a reading site. */}
                <Link href={link.href} prefetch={false} className="nav-link">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
      </Container>
    </header>
  );
}
