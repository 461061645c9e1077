// A one-line progress bar on a terminal (rows, rows/s, ETA); plain lines every 10% otherwise.

export interface Progress {
  /** rows: every row written so far; done/total: the performances, which drive the ETA. */
  update(rows: number, done: number, total: number): void;
  /** A message on its own line (the bar is redrawn after it). */
  log(message: string): void;
  finish(): void;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  let started = 0; // from the first update: the rate is that of the load itself
  const tty = Boolean(stream.isTTY) && !quiet;
  let lastDraw = 0;
  let lastDecile = -1;
  let line = '';
  const render = (rows: number, done: number, total: number): string => {
    const elapsed = (Date.now() - started) / 1000;
    const fraction = total > 0 ? done / total : 1;
    const width = 24;
    const filled = Math.round(fraction * width);
    const eta = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : Infinity;
    return (
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}% ` +
      `performances ${fmt(done)}/${fmt(total)} · ${fmt(rows)} rows · ${fmt(rows / Math.max(elapsed, 0.001))} rows/s · ETA ${clock(eta)}`
    );
  };
  return {
    update(rows, done, total) {
      if (quiet) return;
      const now = Date.now();
      started ||= now;
      if (tty) {
        if (now - lastDraw < 150 && done < total) return;
        lastDraw = now;
        line = render(rows, done, total);
        stream.write(`\r${line}\x1b[K`);
        return;
      }
      const decile = Math.floor((done / Math.max(total, 1)) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${render(rows, done, total)}\n`);
      }
    },
    log(message) {
      if (quiet) return;
      if (tty && line) stream.write(`\r\x1b[K${message}\n${line}`);
      else stream.write(`${message}\n`);
    },
    finish() {
      if (tty && line) stream.write('\n');
      line = '';
    },
  };
}
