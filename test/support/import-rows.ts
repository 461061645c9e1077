// Results files for tests: rows by column name, written as the documented CSV, imported
// through the API's importResults mutation with a curator's key.
import { COLUMNS, type ColumnName } from '../../src/modules/imports/import-format';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import type { TestApi } from './api';

export type ImportRow = Partial<Record<ColumnName, string>>;

/** Every column in the documented order; cells quoted as RFC 4180 wants. */
export function csvOf(rows: ImportRow[]): string {
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.map((c) => c.name).join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c.name])).join(','))].join('\n');
}

export const IMPORT_REPORT = `mutation ($format: ImportFormat!, $contents: String!, $dryRun: Boolean) {
  importResults(format: $format, contents: $contents, dryRun: $dryRun) {
    committed rowsRead errorCount
    errors { line column message }
    decisions { kind rule name matched reason }
    meets { created matched updated } races { created matched updated } athletes { created matched updated }
    sources { created matched updated } performances { created matched updated }
  }
}`;

export interface ImportedReport {
  committed: boolean;
  rowsRead: number;
  errorCount: number;
  errors: Array<{ line: number | null; column: string | null; message: string }>;
  decisions: Array<{ kind: string; rule: string; name: string; matched: string | null; reason: string }>;
  meets: Counts;
  races: Counts;
  athletes: Counts;
  sources: Counts;
  performances: Counts;
}
interface Counts {
  created: number;
  matched: number;
  updated: number;
}

/** Imports through the API as a curator would; throws on a GraphQL error (not on row errors). */
export class Importer {
  private key: string | null = null;
  constructor(private readonly api: TestApi) {}

  async csv(contents: string, dryRun = false): Promise<ImportedReport> {
    this.key ??= (await new ApiKeyService(this.api.db.prisma).create(`importer-${Date.now()}`)).key;
    const body = await this.api.queryAs(this.key, IMPORT_REPORT, { format: 'CSV', contents, dryRun });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data as { importResults: ImportedReport }).importResults;
  }

  rows(rows: ImportRow[], dryRun = false): Promise<ImportedReport> {
    return this.csv(csvOf(rows), dryRun);
  }
}

/** "line column: message" per error, for compact assertions. */
export const errorLines = (report: ImportedReport) => report.errors.map((e) => `${e.line} ${e.column}: ${e.message}`);
