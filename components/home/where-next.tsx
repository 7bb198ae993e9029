// Where a reader goes from the home page for the raw data: the read API's list endpoints.
const ENDPOINTS = [
  { href: "/api/v1/claims", label: "Claims", description: "Filter by company, chip, kind, status, date or text." },
  { href: "/api/v1/companies", label: "Companies", description: "Vendors, customers, labs and regulators." },
  { href: "/api/v1/chips", label: "Chips", description: "Chips, systems and product lines with sourced specs." },
  { href: "/api/v1/events", label: "Export-control events", description: "Filter by jurisdiction, company, chip or date." },
  { href: "/api/v1/sources", label: "Sources", description: "The archived articles every quote comes from." },
] as const;

export function WhereNext() {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {ENDPOINTS.map((endpoint) => (
        <li key={endpoint.href}>
          <a href={endpoint.href} className="group api-card">
            <span className="api-name">{endpoint.label}</span>
            <code className="api-path">{endpoint.href}</code>
            <span className="api-about">{endpoint.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
