import Link from "next/link";
import { CLAIM_COMPANY_ROLE_LABELS, chipHref, companyHref, linkClass } from "./claim-links";

/** The plain fields the facts list needs. */
export type ClaimFactsData = {
  company: { slug: string; name: string };
  companies: { slug: string; name: string; role: string }[];
  chips: { slug: string; name: string }[];
};

// The `facts` list (app/styles/claims.css) styles its own terms and details; these are for a
// term or detail written elsewhere.
const termClass = "muted";
const detailClass = "ink";

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
    <dl className="facts">
      <dt>Company</dt>
      <dd>
        <Link href={companyHref(claim.company.slug, vendorSlugs)} prefetch={false} className={linkClass}>
          {claim.company.name}
        </Link>
      </dd>
      {claim.companies.length > 0 ? (
        <>
          <dt>Also involved</dt>
          <dd>
            <ul>
              {claim.companies.map((company) => (
                <li key={company.slug}>
                  <Link href={companyHref(company.slug, vendorSlugs)} prefetch={false} className={linkClass}>
                    {company.name}
                  </Link>{" "}
                  <span className="muted">
                    ({CLAIM_COMPANY_ROLE_LABELS[company.role] ?? company.role})
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>Chips</dt>
      <dd>
        {claim.chips.length > 0 ? (
          <ul>
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
