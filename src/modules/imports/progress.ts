// How a command-line import shows where it is: a bar on a terminal (rows, rows/s, ETA),
// JSON log lines (pino) when the output is a file or a pipe.
import pino from 'pino';
import type { ImportErrorItem } from './import-format';
import type { ImportProgress, ImportReport } from './importer';

export interface ProgressView {
  progress(p: ImportProgress): void;
  phase(name: string): void;
  error(e: ImportErrorItem): void;
  done(): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function describeError(e: ImportErrorItem): string {
  const where = e.line !== null ? `line ${e.line}` : e.index !== null ? `element ${e.index}` : 'file';
  return `${where}${e.column ? `, column ${e.column}` : ''}: ${e.message}`;
}

/** `totalChars`: the input's size (bytes stand in for characters), for the percentage and ETA. */
export function progressView(totalChars: number, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const start = Date.now();
  return stream.isTTY ? new TerminalBar(stream, totalChars, start) : new LogLines(stream, totalChars, start);
}

class TerminalBar implements ProgressView {
  private last = 0;
  private shown = false;
  private current: ImportProgress = { rows: 0, chars: 0 };
  private phaseName = '';

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number,
    private readonly start: number,
  ) {}

  progress(p: ImportProgress): void {
    this.current = p;
    const now = Date.now();
    if (now - this.last < 200 && p.chars < this.total) return; // at most 5 redraws a second
    this.last = now;
    this.draw();
  }

  phase(name: string): void {
    this.phaseName = name;
    this.draw();
  }

  error(e: ImportErrorItem): void {
    this.clear();
    this.out.write(`${describeError(e)}\n`);
    this.draw();
  }

  done(): void {
    this.clear();
  }

  private draw(): void {
    const { rows, chars } = this.current;
    const elapsed = (Date.now() - this.start) / 1000;
    const fraction = this.total > 0 ? Math.min(1, chars / this.total) : 0;
    const rate = elapsed > 0 ? rows / elapsed : 0;
    const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : Infinity;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const line = `${bar} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${fmt(rows)} rows  ${fmt(rate)} rows/s  ETA ${clock(eta)}  ${this.phaseName}`;
    this.out.write(`\r${line.slice(0, Math.max(20, (this.out.columns || 120) - 1))}\u001b[K`);
    this.shown = true;
  }

  private clear(): void {
    if (this.shown) this.out.write('\r\u001b[K');
    this.shown = false;
  }
}

class LogLines implements ProgressView {
  private readonly log: pino.Logger;
  private last = 0;

  constructor(
    out: NodeJS.WriteStream,
    private readonly total: number,
    private readonly start: number,
  ) {
    this.log = pino({ base: undefined }, out);
  }

  progress(p: ImportProgress): void {
    const now = Date.now();
    if (now - this.last < 5000) return; // a line every 5 s: a log, not a film
    this.last = now;
    const elapsed = (now - this.start) / 1000;
    this.log.info(
      { rows: p.rows, rowsPerSecond: Math.round(p.rows / elapsed), percent: this.total ? Math.floor((p.chars / this.total) * 100) : null },
      'progress',
    );
  }

  phase(name: string): void {
    this.log.info({ phase: name }, name);
  }

  error(e: ImportErrorItem): void {
    this.log.warn({ line: e.line, index: e.index, column: e.column }, describeError(e));
  }

  done(): void {
    this.log.flush?.();
  }
}

/** The plain summary printed at the end. */
export function summary(report: ImportReport, file: string): string {
  const counts = (name: string, c: ImportReport['meets']) =>
    `  ${name.padEnd(13)} ${fmt(c.created).padStart(10)} created ${fmt(c.matched).padStart(10)} matched ${fmt(c.updated).padStart(8)} completed`;
  const seconds = report.durationMs / 1000;
  const outcome = !report.ok
    ? `NOT imported: ${fmt(report.errorCount)} error(s); nothing was written`
    : report.dryRun
      ? 'Dry run: everything checked and written, then rolled back'
      : 'Imported';
  return [
    `${outcome}. ${file}: ${fmt(report.rowsRead)} rows in ${seconds.toFixed(1)} s (${fmt(report.rowsRead / Math.max(seconds, 0.001))} rows/s)`,
    counts('meets', report.meets),
    counts('races', report.races),
    counts('athletes', report.athletes),
    counts('sources', report.sources),
    counts('performances', report.performances),
  ].join('\n');
}
