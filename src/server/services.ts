import type { Pool } from 'pg';
import type { PrismaClient } from '../db/client';
import { SqlReader } from '../db/sql-reader';
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

/**
 * One instance of each service per server: they hold no per-request state. `pool` is the pg
 * pool under `prisma`: the hot read paths query it directly (src/db/sql-reader.ts).
 */
export function createServices(prisma: PrismaClient, pool: Pool) {
  const sql = new SqlReader(pool);
  // Reference tables kept in memory (src/modules/common/reference-table.ts), shared by the services that read them.
  const events = new EventService(prisma);
  const championships = new ChampionshipService(prisma);
  const performances = new PerformanceService(sql, events);
  return {
    athletes: new AthleteService(prisma, sql),
    auditLog: new AuditLogService(prisma),
    bests: new BestsService(sql, events, performances),
    championships,
    countries: new CountryService(prisma),
    curation: createCurationServices(prisma),
    entries: new EntryService(prisma),
    events,
    imports: new ImportService(prisma),
    meets: new MeetService(prisma, sql),
    medals: new MedalService(prisma, sql, { championships, events }),
    performances,
    performanceSearch: new PerformanceSearchService(prisma, sql, { events, championships }),
    races: new RaceService(sql),
    rivalries: new RivalryService(sql),
    sources: new SourceService(prisma),
  };
}

export type Services = ReturnType<typeof createServices>;
