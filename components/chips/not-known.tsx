// An unknown value: a dash to the eye, "Not known" to a screen reader. Never a zero.
export function NotKnown({ label = "Not known" }: { label?: string }) {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
