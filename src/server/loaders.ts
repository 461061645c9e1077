// Per-request DataLoaders: every "load X of these parents" in one request becomes one
// query, so the number of SQL statements does not grow with the lengths of the lists.
import DataLoader from 'dataloader';
import type { PreviewKey, RivalsKey } from '../modules/rivalries/rivalry.service';
import type { Services } from './services';

type Batch<K, V> = (keys: readonly K[]) => Promise<V[]>;

const loader = <K, V>(batch: Batch<K, V>) => new DataLoader<K, V>(batch, { maxBatchSize: 1000 });

export function createLoaders(s: Services) {
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
    meet: loader((ids: readonly number[]) => s.meets.byIds(ids)),
    race: loader((ids: readonly number[]) => s.races.byIds(ids)),
    racesOfMeet: loader((ids: readonly number[]) => s.races.racesOf(ids)),
    performance: loader((ids: readonly number[]) => s.performances.byIds(ids)),
    resultsOfRace: loader((ids: readonly number[]) => s.performances.resultsOf(ids)),
    performancesOfAthlete: loader((ids: readonly number[]) => s.performances.performancesOf(ids)),
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
