import Link from "next/link";
import { CLAIM_COMPANY_ROLE_LABELS, chipHref, companyHref, linkClass } from "./claim-links";

/** The plain fields the facts list needs. */
export type ClaimFactsData = {
  company: { slug: string; name: string };
  companies: { slug: string; name: string; role: string }[];
  chips: { slug: string; name: string }[];
};

const termClass = "text-zinc-600 dark:text-zinc-400";
const detailClass = "text-zinc-900 dark:text-zinc-100";

/** Who and what a claim is about: the subject company, the others linked with their role, the chips. */
export function ClaimFacts({
  claim,
  vendorSlugs,
  children,
}: {
  claim: ClaimFactsData;
  vendorSlugs: ReadonlySet<string>;
  /** more dt/dd pairs, after the chips */
  children?: React.ReactNode;
}) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      <dt className={termClass}>Company</dt>
      <dd className={detailClass}>
        <Link href={companyHref(claim.company.slug, vendorSlugs)} prefetch={false} className={linkClass}>
          {claim.company.name}
        </Link>
      </dd>
      {claim.companies.length > 0 ? (
        <>
          <dt className={termClass}>Also involved</dt>
          <dd className={detailClass}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {claim.companies.map((company) => (
                <li key={company.slug}>
                  <Link href={companyHref(company.slug, vendorSlugs)} prefetch={false} className={linkClass}>
                    {company.name}
                  </Link>{" "}
                  <span className="text-zinc-600 dark:text-zinc-400">
                    ({CLAIM_COMPANY_ROLE_LABELS[company.role] ?? company.role})
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt className={termClass}>Chips</dt>
      <dd className={detailClass}>
        {claim.chips.length > 0 ? (
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {claim.chips.map((chip) => (
              <li key={chip.slug}>
                <Link href={chipHref(chip.slug)} prefetch={false} className={linkClass}>
                  {chip.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          "None named"
        )}
      </dd>
      {children}
    </dl>
  );
}

export { termClass, detailClass };
