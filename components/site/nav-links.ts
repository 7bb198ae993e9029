/** The reader sections of the site, in the order the header lists them. */
export const NAV_LINKS = [
  { href: "/vendors", label: "Vendors" },
  { href: "/chips", label: "Chips" },
  { href: "/customers", label: "Customers" },
  { href: "/claims", label: "Claims" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
] as const;
