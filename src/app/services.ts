import type { Pool } from 'pg';
import type { PrismaClient } from '../db/client';
import { SqlReader, type SqlReaderOptions } from '../db/sql-reader';
import { AthleteService } from '../modules/athletes/athlete.service';
import { AuditLogService } from '../modules/auth/audit-log.service';
import { BestsService } from '../modules/bests/bests.service';
import { ChampionshipService } from '../modules/competitions/championship.service';
import { EventService } from '../modules/competitions/event.service';
import { MeetService } from '../modules/competitions/meet.service';
import { RaceService } from '../modules/competitions/race.service';
import { CountryService } from '../modules/countries/country.service';
import { createCurationServices } from '../modules/curation/curation.services';
import { DuplicateCandidateService } from '../modules/identity/duplicate-candidate.service';
import { ImportService } from '../modules/imports/import.service';
import { MedalService } from '../modules/medals/medal.service';
import { PerformanceSearchService } from '../modules/performances/performance-search.service';
import { RelayService } from '../modules/relays/relay.service';
import { EntryService } from '../modules/results/entry.service';
import { PerformanceDetailService } from '../modules/results/performance-detail.service';
import { PerformanceService } from '../modules/results/performance.service';
import { RivalryService } from '../modules/rivalries/rivalry.service';
import { SourceService } from '../modules/sources/source.service';

/**
 * One instance of each service per server: they hold no per-request state. `pool` is the pg
 * pool under `prisma`. Every read of the graph goes through it (src/db/sql-reader.ts): 2.6-3.3x
 * less CPU per statement, and a server that only reads never loads Prisma's query engine
 * (67 MB). Prisma serves the writes: curation, imports, API keys and the audit log.
 */
export function createServices(prisma: PrismaClient, pool: Pool, options: SqlReaderOptions = {}) {
  const sql = new SqlReader(pool, options);
  // Reference tables kept in memory (src/modules/common/reference-table.ts), shared by the services that read them.
  const events = new EventService(sql);
  const championships = new ChampionshipService(sql);
  const countries = new CountryService(sql);
  const performances = new PerformanceService(sql, events);
  return {
    athletes: new AthleteService(sql),
    auditLog: new AuditLogService(prisma),
    bests: new BestsService(sql, events, performances),
    championships,
    countries,
    // The reference edits invalidate these same instances: the next request sees the write.
    curation: createCurationServices(prisma, { countries, events, championships }),
    duplicateCandidates: new DuplicateCandidateService(sql),
    entries: new EntryService(sql),
    events,
    imports: new ImportService(prisma),
    meets: new MeetService(sql),
    medals: new MedalService(sql, { championships, events }),
    performances,
    performanceDetails: new PerformanceDetailService(sql),
    performanceSearch: new PerformanceSearchService(sql, { events, championships }),
    races: new RaceService(sql),
    relays: new RelayService(sql),
    rivalries: new RivalryService(sql),
    sources: new SourceService(sql),
  };
}

export type Services = ReturnType<typeof createServices>;
