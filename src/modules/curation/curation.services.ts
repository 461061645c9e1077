import type { PrismaClient } from '../../db/client';
import { AthleteCurationService } from './athlete-curation.service';
import { CompetitionCurationService } from './competition-curation.service';
import { PerformanceCurationService } from './performance-curation.service';
import { ReferenceCurationService, type ReferenceTables } from './reference-curation.service';

/**
 * The curated-edit services, one entry in the server's services. `tables`: the server's
 * in-memory reference tables, which the reference edits invalidate once committed.
 */
export function createCurationServices(prisma: PrismaClient, tables: ReferenceTables) {
  return {
    athletes: new AthleteCurationService(prisma),
    competitions: new CompetitionCurationService(prisma),
    performances: new PerformanceCurationService(prisma),
    reference: new ReferenceCurationService(prisma, tables),
  };
}
