import type { PrismaClient } from '../db/client';
import { AthleteService } from '../modules/athletes/athlete.service';
import { AuditLogService } from '../modules/auth/audit-log.service';
import { BestsService } from '../modules/bests/bests.service';
import { ChampionshipService } from '../modules/competitions/championship.service';
import { EventService } from '../modules/competitions/event.service';
import { MeetService } from '../modules/competitions/meet.service';
import { RaceService } from '../modules/competitions/race.service';
import { CountryService } from '../modules/countries/country.service';
import { createCurationServices } from '../modules/curation/curation.services';
import { ImportService } from '../modules/imports/import.service';
import { MedalService } from '../modules/medals/medal.service';
import { PerformanceSearchService } from '../modules/performances/performance-search.service';
import { EntryService } from '../modules/results/entry.service';
import { PerformanceService } from '../modules/results/performance.service';
import { RivalryService } from '../modules/rivalries/rivalry.service';
import { SourceService } from '../modules/sources/source.service';

/** One instance of each service per server: they hold no per-request state. */
export function createServices(prisma: PrismaClient) {
  // Reference tables kept in memory (src/modules/common/reference-table.ts), shared by the services that read them.
  const events = new EventService(prisma);
  const championships = new ChampionshipService(prisma);
  return {
    athletes: new AthleteService(prisma),
    auditLog: new AuditLogService(prisma),
    bests: new BestsService(prisma, events),
    championships,
    countries: new CountryService(prisma),
    curation: createCurationServices(prisma),
    entries: new EntryService(prisma),
    events,
    imports: new ImportService(prisma),
    meets: new MeetService(prisma),
    medals: new MedalService(prisma, { championships, events }),
    performances: new PerformanceService(prisma, events),
    performanceSearch: new PerformanceSearchService(prisma, { events, championships }),
    races: new RaceService(prisma),
    rivalries: new RivalryService(prisma),
    sources: new SourceService(prisma),
  };
}

export type Services = ReturnType<typeof createServices>;
