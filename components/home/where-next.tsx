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
          <a
            href={endpoint.href}
            className="group block h-full rounded-lg border border-zinc-200 bg-white p-4 hover:border-sky-600 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-sky-400"
          >
            <span className="font-medium text-sky-800 underline group-hover:text-sky-950 dark:text-sky-300 dark:group-hover:text-sky-100">
              {endpoint.label}
            </span>
            <code className="mt-1 block font-mono text-xs text-zinc-600 dark:text-zinc-400">{endpoint.href}</code>
            <span className="mt-2 block text-sm text-zinc-700 dark:text-zinc-300">{endpoint.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
