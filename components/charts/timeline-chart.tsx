"use client";

// Export-control events and claims on one time axis, one lane per jurisdiction and one for
// claims, each lane with its own shape and colour. Only dated items are plotted: an undated one
// has no place on a time axis. The list on the page gives every item in words (this chart's
// text alternative), and a point links to its entry there.
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { LaneGlyph } from "@/components/timeline/lane-glyph";
import { TIMELINE_LANES, type TimelineLane, type TimelinePoint } from "@/components/timeline/lanes";

const DAY = 24 * 60 * 60 * 1000;

/** The first day of a month every `step` months, so the axis has at most about eight ticks. */
function monthTicks(from: number, to: number): number[] {
  const start = new Date(from);
  const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((candidate) => months / candidate <= 8) ?? 240;
  const ticks: number[] = [];
  for (let month = start.getUTCMonth() + 1; ; month += 1) {
    const tick = Date.UTC(start.getUTCFullYear(), month, 1);
    if (tick > to) break;
    if ((start.getUTCFullYear() * 12 + month) % step === 0) ticks.push(tick);
  }
  return ticks;
}

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = active ? (payload?.[0]?.payload as (TimelinePoint & { laneLabel: string }) | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="max-w-xs rounded-md border border-zinc-300 bg-white p-2 text-sm shadow-md dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-medium text-zinc-900 dark:text-zinc-50">{point.title}</p>
      <p className="text-zinc-700 dark:text-zinc-300">
        {point.dateLabel} · {point.laneLabel}
      </p>
    </div>
  );
}

export function TimelineChart({ points, summary }: { points: TimelinePoint[]; summary: string }) {
  // US, China and Claims always have a lane; "Other" only when something is in it.
  const lanes: TimelineLane[] = TIMELINE_LANES.filter(
    (lane) => lane.key !== "other" || points.some((point) => point.lane === "other"),
  );
  // The first lane at the top: y counts down from the number of lanes.
  const laneY = new Map(lanes.map((lane, index) => [lane.key, lanes.length - index]));
  const laneName = new Map(lanes.map((lane) => [lanes.length - lanes.indexOf(lane), lane.label]));

  const times = points.map((point) => point.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(30 * DAY, (max - min) * 0.05);

  return (
    <div className="text-zinc-700 dark:text-zinc-300">
      <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Chart legend">
        {lanes.map((lane) => (
          <li key={lane.key} className="inline-flex items-center gap-1.5">
            <LaneGlyph lane={lane} />
            {lane.label}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary}>
        <ScatterChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height: 90 + lanes.length * 55 }}
          margin={{ top: 10, right: 24, bottom: 10, left: 10 }}
        >
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            dataKey="time"
            domain={[min - pad, max + pad]}
            ticks={monthTicks(min - pad, max + pad)}
            tickFormatter={(value: number) => monthYear.format(new Date(value))}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            name="Date"
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0.5, lanes.length + 0.5]}
            ticks={lanes.map((_, index) => index + 1)}
            tickFormatter={(value: number) => laneName.get(value) ?? ""}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            width={110}
            name="Lane"
          />
          <ZAxis range={[150, 150]} />
          <Tooltip content={PointTooltip} cursor={false} />
          {lanes.map((lane) => (
            <Scatter
              key={lane.key}
              name={lane.label}
              data={points
                .filter((point) => point.lane === lane.key)
                .map((point) => ({ ...point, y: laneY.get(lane.key), laneLabel: lane.label }))}
              shape={lane.shape}
              fill={lane.color}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(item) => {
                const href = (item as { payload?: { href?: unknown } }).payload?.href;
                if (typeof href === "string") window.location.assign(href);
              }}
            />
          ))}
        </ScatterChart>
      </div>
    </div>
  );
}
