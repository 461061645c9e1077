// Per-request DataLoaders: every "load X of these parents" in one request becomes one
// query, so the number of SQL statements does not grow with the lengths of the lists.
// Races, meets and performances read whole by a list (a meet's races, an athlete's results
// with their races and meets, a race's results) are remembered for the request, so that
// loading them again by id asks the database nothing (./rows-read).
import DataLoader from 'dataloader';
import type { Meet, Performance, Race } from '../db/generated/client';
import type { PreviewKey, RivalsKey } from '../modules/rivalries/rivalry.service';
import { RowsRead } from './rows-read';
import type { Services } from './services';

type Batch<K, V> = (keys: readonly K[]) => Promise<V[]>;

const loader = <K, V>(batch: Batch<K, V>) => new DataLoader<K, V>(batch, { maxBatchSize: 1000 });

export function createLoaders(s: Services) {
  const races = new RowsRead<Race>();
  const meets = new RowsRead<Meet>();
  const performances = new RowsRead<Performance>();
  // Results of the races this request has read: shared places are read off them, not asked again.
  const resultsRead = new Map<number, Performance[]>();
  const race = loader((ids: readonly number[]) => races.load(ids, (missing) => s.races.byIds(missing)));
  return {
    athlete: loader((ids: readonly number[]) => s.athletes.byIds(ids)),
    athleteBySlug: loader((slugs: readonly string[]) => s.athletes.bySlugs(slugs)),
    aliasesOfAthlete: loader((ids: readonly number[]) => s.athletes.aliasesOf(ids)),
    country: loader((codes: readonly string[]) => s.countries.byCodes(codes)),
    event: loader((ids: readonly number[]) => s.events.byIds(ids)),
    eventByCode: loader((keys: readonly string[]) => s.bests.eventsByCodes(keys)),
    seasonBestsOfAthlete: loader((ids: readonly number[]) => s.bests.seasonBestsOf(ids)),
    championship: loader((ids: readonly number[]) => s.championships.byIds(ids)),
    editionsOfChampionship: loader((ids: readonly number[]) => s.championships.editionsOf(ids)),
    meet: loader((ids: readonly number[]) => meets.load(ids, (missing) => s.meets.byIds(missing))),
    race,
    racesOfMeet: loader((ids: readonly number[]) => races.track(s.races.racesOf(ids), (lists) => lists.flat())),
    performance: loader((ids: readonly number[]) => performances.load(ids, (missing) => s.performances.byIds(missing))),
    resultsOfRace: loader((ids: readonly number[]) =>
      performances.track(
        (async () => {
          const results = await s.performances.resultsOf(ids, await race.loadMany(ids));
          ids.forEach((id, i) => resultsRead.set(id, results[i]));
          return results;
        })(),
        (lists) => lists.flat(),
      ),
    ),
    /** By `placeKey(raceId, place)`: whether another athlete holds the same place. */
    sharedPlace: loader((keys: readonly string[]) =>
      s.performances.sharedPlaces(keys.map((key) => {
        const [raceId, place] = key.split(':').map(Number);
        return { raceId, place };
      }), resultsRead)),
    performancesOfAthlete: loader((ids: readonly number[]) => {
      const read = s.performances.performancesOf(ids);
      races.track(read, (lists) => lists.flat().map((p) => p.race));
      meets.track(read, (lists) => lists.flat().map((p) => p.race.meet));
      return performances.track(read, (lists) => lists.flat());
    }),
    entry: loader((ids: readonly number[]) => s.entries.byIds(ids)),
    entriesOfRace: loader((ids: readonly number[]) => s.entries.entriesOf(ids)),
    entriesOfAthlete: loader((ids: readonly number[]) => s.entries.entriesOfAthletes(ids)),
    source: loader((ids: readonly number[]) => s.sources.byIds(ids)),
    sourcesOfMeet: loader((ids: readonly number[]) => s.sources.sourcesOfMeets(ids)),
    sourcesOfPerformance: loader((ids: readonly number[]) => s.sources.sourcesOfPerformances(ids)),
    sourcesOfEntry: loader((ids: readonly number[]) => s.sources.sourcesOfEntries(ids)),
    medalsOfAthlete: loader((ids: readonly number[]) => s.medals.medalsOf(ids)),
    rivalsOfAthlete: loader((keys: readonly RivalsKey[]) => s.rivalries.rivalsOf(keys)),
    previewOfRace: loader((keys: readonly PreviewKey[]) => s.rivalries.previewsOf(keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
