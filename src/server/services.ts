import type { PrismaClient } from '../db/client';
import { AthleteService } from '../modules/athletes/athlete.service';
import { ChampionshipService } from '../modules/competitions/championship.service';
import { EventService } from '../modules/competitions/event.service';
import { MeetService } from '../modules/competitions/meet.service';
import { RaceService } from '../modules/competitions/race.service';
import { CountryService } from '../modules/countries/country.service';
import { EntryService } from '../modules/results/entry.service';
import { PerformanceService } from '../modules/results/performance.service';
import { SourceService } from '../modules/sources/source.service';

/** One instance of each service per server: they hold no per-request state. */
export function createServices(prisma: PrismaClient) {
  return {
    athletes: new AthleteService(prisma),
    championships: new ChampionshipService(prisma),
    countries: new CountryService(prisma),
    entries: new EntryService(prisma),
    events: new EventService(prisma),
    meets: new MeetService(prisma),
    performances: new PerformanceService(prisma),
    races: new RaceService(prisma),
    sources: new SourceService(prisma),
  };
}

export type Services = ReturnType<typeof createServices>;
