import type { PrismaClient } from '../../db/client';
import { AthleteCurationService } from './athlete-curation.service';
import { CompetitionCurationService } from './competition-curation.service';
import { PerformanceCurationService } from './performance-curation.service';

/** The curated-edit services, one entry in the server's services. */
export function createCurationServices(prisma: PrismaClient) {
  return {
    athletes: new AthleteCurationService(prisma),
    competitions: new CompetitionCurationService(prisma),
    performances: new PerformanceCurationService(prisma),
  };
}
