// RFC 4180 CSV: a field is quoted when it holds a comma, a double quote, a line break or
// leading/trailing spaces; quotes inside are doubled. Lines end with \n.
import type { FlatResult } from './flatten';

export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv({ columns, rows }: Pick<FlatResult, 'columns' | 'rows'>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
