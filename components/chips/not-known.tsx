// An unknown value: a dash to the eye, "Not known" to a screen reader. Never a zero.
// CSS draws the dash and keeps it from assistive tech (.not-known, app/styles/tables.css): the
// chips table has a few a row, and a page sends each twice (in the HTML and the RSC payload).
export function NotKnown({ label = "Not known" }: { label?: string }) {
  return (
    <span className="not-known">
      <span className="sr-only">{label}</span>
    </span>
  );
}
