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
  return {
    athletes: new AthleteService(prisma),
    auditLog: new AuditLogService(prisma),
    bests: new BestsService(prisma),
    championships: new ChampionshipService(prisma),
    countries: new CountryService(prisma),
    curation: createCurationServices(prisma),
    entries: new EntryService(prisma),
    events: new EventService(prisma),
    imports: new ImportService(prisma),
    meets: new MeetService(prisma),
    medals: new MedalService(prisma),
    performances: new PerformanceService(prisma),
    performanceSearch: new PerformanceSearchService(prisma),
    races: new RaceService(prisma),
    rivalries: new RivalryService(prisma),
    sources: new SourceService(prisma),
  };
}

export type Services = ReturnType<typeof createServices>;
