// A small label for a kind, status or jurisdiction. Colours keep at least 4.5:1 contrast in both
// themes. The classes are in app/globals.css ("Named classes").
const TONES = {
  neutral: "badge-neutral",
  accent: "badge-accent",
  warning: "badge-warning",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}
