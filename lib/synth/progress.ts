// A progress bar on stderr: on a terminal one line rewritten in place (phase, done/total, rate,
// ETA); elsewhere (CI, a pipe, a log file) one line every 10 %.

export type ProgressOut = { isTTY?: boolean; write(text: string): unknown };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export class Progress {
  private phase = "";
  private total = 0;
  private done = 0;
  private started = 0;
  private lastDraw = 0;
  private lastDecile = -1;
  /** the step under way, if any, and when it started: its time is printed when it ends */
  private stepName = "";
  private stepStarted = 0;

  constructor(private readonly out: ProgressOut = process.stderr) {}

  start(phase: string, total: number): void {
    this.endStep();
    this.finishLine();
    this.phase = phase;
    this.total = total;
    this.done = 0;
    this.started = performance.now();
    this.lastDraw = 0;
    this.lastDecile = -1;
    this.update(0);
  }

  update(done: number): void {
    this.done = done;
    const now = performance.now();
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && done < this.total) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[2K${this.line(now)}`);
    } else {
      const decile = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
      if (decile === this.lastDecile) return;
      this.lastDecile = decile;
      this.out.write(`${this.line(now)}\n`);
    }
  }

  /** A phase with no count to report: its name only. */
  step(phase: string): void {
    this.endStep();
    this.finishLine();
    this.phase = "";
    this.stepName = phase;
    this.stepStarted = performance.now();
    this.out.write(`${phase}…\n`);
  }

  private endStep(): void {
    if (!this.stepName) return;
    this.out.write(`${this.stepName}: ${((performance.now() - this.stepStarted) / 1000).toFixed(1)} s\n`);
    this.stepName = "";
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const pct = this.total > 0 ? (100 * this.done) / this.total : 100;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = this.out.isTTY ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ` : "";
    const eta = rate > 0 ? duration((this.total - this.done) / rate) : "?";
    return `${this.phase} ${bar}${this.done.toLocaleString("en-US")}/${this.total.toLocaleString("en-US")} (${pct.toFixed(0)}%) ${Math.round(rate).toLocaleString("en-US")}/s ETA ${eta}`;
  }

  private finishLine(): void {
    if (this.phase && this.out.isTTY) this.out.write("\n");
  }

  end(): void {
    this.endStep();
    this.finishLine();
    this.phase = "";
  }
}
