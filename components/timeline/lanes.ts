// The timeline's lanes: one per jurisdiction of export-control events, one for claims. Each has a
// label, a shape and a colour, so that colour is never the only thing telling them apart; the
// chart (shape and colour) and the list (glyph and label) use the same ones.
import { JURISDICTION_LABELS, type Jurisdiction } from "@/lib/constants";

export type TimelineLaneKey = Jurisdiction | "claims";

export type TimelineLane = {
  key: TimelineLaneKey;
  /** the lane's name on the chart's axis and in the list */
  label: string;
  /** a recharts symbol */
  shape: "square" | "triangle" | "diamond" | "circle";
  /** the chart's fill: at least 3:1 against white and against zinc-950 */
  color: string;
};

export const TIMELINE_LANES: readonly TimelineLane[] = [
  { key: "US", label: JURISDICTION_LABELS.US, shape: "square", color: "#0284c7" },
  { key: "CN", label: JURISDICTION_LABELS.CN, shape: "triangle", color: "#e11d48" },
  { key: "other", label: "Other jurisdiction", shape: "diamond", color: "#8b5cf6" },
  { key: "claims", label: "Claims", shape: "circle", color: "#d97706" },
];

export function laneOf(key: string): TimelineLane {
  return TIMELINE_LANES.find((lane) => lane.key === key) ?? TIMELINE_LANES[2];
}

/** One dated item on the chart. `time` is milliseconds since the epoch (UTC). */
export type TimelinePoint = {
  key: string;
  lane: TimelineLaneKey;
  time: number;
  dateLabel: string;
  title: string;
  /** the item's entry in the list below the chart */
  href: string;
};
