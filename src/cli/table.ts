// A plain-text table for the terminal: the context lines first (what the rows belong to),
// then aligned columns, numbers right-aligned, over-long cells shortened with '…'.
import type { FlatResult } from './flatten';

const MAX_WIDTH = 60;
const NUMBER = /^-?\d+(\.\d+)?$/;

function fit(text: string): string {
  const oneLine = text.replace(/\s*\r?\n\s*/g, ' ');
  return oneLine.length > MAX_WIDTH ? `${oneLine.slice(0, MAX_WIDTH - 1)}…` : oneLine;
}

export function toTable({ columns, rows, context }: FlatResult): string {
  const out: string[] = [];
  for (const [name, value] of context) out.push(`${name}: ${fit(value)}`);
  if (context.length) out.push('');
  if (columns.length === 0) {
    out.push('(no rows)');
    return `${out.join('\n')}\n`;
  }
  const cells = rows.map((row) => columns.map((c) => fit(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = columns.map((_, i) => cells.some((r) => r[i] !== '') && cells.every((r) => r[i] === '' || NUMBER.test(r[i])));
  const line = (values: string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  out.push(line(columns));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) out.push(line(r));
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
