import { Badge } from "@/components/ui/badge";
import { countryName, safeWebsite } from "@/components/vendors/format";
import { LINK_CLASS } from "@/components/vendors/text-link";
import { COMPANY_ROLE_LABELS, type CompanyRole } from "@/lib/constants";
import type { CompanyIdentity as Identity } from "@/lib/queries/companies";

/** Who a company is: its names (incl. Chinese), aliases, roles, country, website and description. */
export function CompanyIdentity({ company, eyebrow }: { company: Identity; eyebrow: string }) {
  const website = safeWebsite(company.website);
  const country = countryName(company.country);
  return (
    <header className="max-w-3xl">
      <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">{eyebrow}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
        {company.name}
        {company.nameZh ? (
          <>
            {" "}
            <span lang="zh" className="font-semibold text-zinc-600 dark:text-zinc-400">
              {company.nameZh}
            </span>
          </>
        ) : null}
      </h1>
      <ul aria-label="Roles" className="mt-3 flex flex-wrap gap-2">
        {company.roles.map((role) => (
          <li key={role}>
            <Badge tone={role === "chip_vendor" ? "accent" : "neutral"}>
              {COMPANY_ROLE_LABELS[role as CompanyRole] ?? role}
            </Badge>
          </li>
        ))}
      </ul>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Chinese name</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">
          {company.nameZh ? <span lang="zh">{company.nameZh}</span> : "Not given"}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Also known as</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">
          {company.aliases.length > 0 ? company.aliases.join(", ") : "No other names recorded"}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Country</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">{country ?? "Not given"}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Website</dt>
        <dd className="text-zinc-900 dark:text-zinc-100">
          {website ? (
            <a href={website.href} rel="noopener noreferrer external" className={LINK_CLASS}>
              {website.host}
              <span className="sr-only"> (external site)</span>
            </a>
          ) : company.website ? (
            // Not an http(s) address: shown, never linked.
            <span>{company.website}</span>
          ) : (
            "Not given"
          )}
        </dd>
      </dl>
      {company.description ? (
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{company.description}</p>
      ) : null}
    </header>
  );
}
