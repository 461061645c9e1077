// Imports sent through GraphQL: the same importer as the command line, on a Prisma
// interactive transaction (committed only when every row is good and it is not a dry run).
import type { PrismaClient } from '../../db/client';
import type { AuthenticatedKey } from '../auth/api-key.service';
import type { ImportFormat } from './import-format';
import { importResults, type ImportReport } from './importer';
import { PrismaSession } from './sql-session';

/** Thrown inside the transaction to roll it back while keeping the report. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

export interface ImportOutcome extends ImportReport {
  committed: boolean;
}

/** The contents in pieces, as a file would be read: the importer streams either way. */
function* pieces(text: string, size = 1 << 16): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export class ImportService {
  constructor(private readonly prisma: PrismaClient) {}

  async importContents(format: ImportFormat, contents: string, dryRun: boolean, key: AuthenticatedKey): Promise<ImportOutcome> {
    try {
      const report = await this.prisma.$transaction(
        async (tx) => {
          const r = await importResults(new PrismaSession(tx), pieces(contents), {
            format,
            dryRun,
            actor: { apiKeyId: key.id, name: key.name },
            label: `GraphQL importResults (${contents.length} characters)`,
          });
          if (!r.ok || r.dryRun) throw new RollBack(r);
          return r;
        },
        { maxWait: 10_000, timeout: 10 * 60_000 },
      );
      return { ...report, committed: true };
    } catch (error) {
      if (error instanceof RollBack) return { ...error.report, committed: false };
      throw error;
    }
  }
}
