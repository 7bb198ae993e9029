import type { TimelineLane } from "./lanes";

// A lane's shape as a small picture (square, triangle, diamond or circle) in its colour, beside
// its name: the shape tells the lanes apart where colour cannot.
const PATHS: Record<TimelineLane["shape"], string> = {
  square: "M1 1h10v10H1z",
  triangle: "M6 0.5l5.5 11H0.5z",
  diamond: "M6 0l6 6-6 6-6-6z",
  circle: "M6 0.5a5.5 5.5 0 1 0 0.001 0z",
};

export function LaneGlyph({ lane, className = "" }: { lane: TimelineLane; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 12 12"
      className={className ? `tl-glyph ${className}` : "tl-glyph"}
      fill={lane.color}
    >
      <path d={PATHS[lane.shape]} />
    </svg>
  );
}

/** The lane's shape and name, e.g. "▲ China". */
export function LaneLabel({ lane }: { lane: TimelineLane }) {
  return (
    <span className="tl-lane">
      <LaneGlyph lane={lane} />
      {lane.label}
    </span>
  );
}
