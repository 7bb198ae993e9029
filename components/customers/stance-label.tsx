import { STANCE_LABELS, type Stance } from "@/lib/stance";

// A stance as text with an icon and a tint: the word and the icon's shape carry the meaning,
// the colour only repeats it. Colours keep at least 4.5:1 contrast in both themes.

// The pill and its tones are named classes (.stance, .stance-<tone>: app/styles/tables.css).
const TONES: Record<Stance | "none", string> = {
  adopted: "stance-adopted",
  testing: "stance-testing",
  ordered: "stance-ordered",
  declined: "stance-declined",
  none: "stance-none",
};

function StanceIcon({ stance }: { stance: Stance | "none" }) {
  // The icons' paint (a 2-unit round stroke in the text's colour, no fill) is set on `.stance > svg`
  // in app/styles/tables.css rather than on each <svg>: a customers page shows hundreds of them, and
  // a page sends each twice (in the HTML and the RSC payload).
  const common = { "aria-hidden": true, viewBox: "0 0 16 16" };
  switch (stance) {
    case "adopted": // a tick
      return (
        <svg {...common}>
          <path d="M3 8.5l3.2 3L13 4.5" />
        </svg>
      );
    case "testing": // a half-filled circle: under evaluation
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
        </svg>
      );
    case "ordered": // a box
      return (
        <svg {...common}>
          <path d="M2.5 5.5L8 2.5l5.5 3v5L8 13.5l-5.5-3z" />
          <path d="M2.5 5.5L8 8.5l5.5-3M8 8.5v5" />
        </svg>
      );
    case "declined": // a cross
      return (
        <svg {...common}>
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      );
    default: // a dash
      return (
        <svg {...common}>
          <path d="M4 8h8" />
        </svg>
      );
  }
}

export function StanceLabel({ stance }: { stance: Stance | "none" }) {
  return (
    <span
      className={`stance ${TONES[stance]}`}
    >
      <StanceIcon stance={stance} />
      {STANCE_LABELS[stance]}
    </span>
  );
}

/** The "claims contradict each other" flag: a warning triangle and words, never colour alone. */
export function ConflictMarker({ className = "" }: { className?: string }) {
  return (
    <span
      className={className ? `conflict ${className}` : "conflict"}
    >
      {/* filled in the text's colour, even-odd (.conflict > svg, app/styles/tables.css) */}
      <svg aria-hidden="true" viewBox="0 0 16 16">
        <path d="M8 1.5l7 12.5H1z M7.25 6v4h1.5V6z M7.25 11v1.5h1.5V11z" />
      </svg>
      Conflicting reports
    </span>
  );
}
