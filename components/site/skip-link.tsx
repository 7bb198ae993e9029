// The first focusable element of every page: jumps keyboard and screen-reader users past the header.
export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      Skip to content
    </a>
  );
}
