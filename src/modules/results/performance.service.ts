import { Prisma, type Athlete, type Meet, type Performance, type Race } from '../../db/generated/client';
import { athleteColumns, meetColumns, performanceColumns, raceColumns } from '../../db/model-columns';
import { placeShared, RelatedRowsBuilder } from '../../db/related-rows';
import type { SqlReader } from '../../db/sql-reader';
import { compareResults, type MarkDirection } from '../../domain';
import { groupRows, rowsByKey } from '../common/collections';
import type { EventService } from '../competitions/event.service';

export type PerformanceWithRace = Performance & { race: Race & { meet: Meet } };

/** One of an athlete's results: with its race and meet, and whether another athlete holds the same place. */
export type AthleteResult = PerformanceWithRace & { placeShared: boolean };

/** When a performance happened: its race's day, else its meet's first day, else its meet's year. */
export function performanceTime(p: PerformanceWithRace): number {
  const date = p.race.date ?? p.race.meet.startDate;
  return date ? date.getTime() : Date.UTC(p.race.meet.year, 0, 1);
}

export class PerformanceService {
  constructor(
    private readonly sql: SqlReader,
    private readonly events: EventService,
  ) {}

  async byIds(ids: readonly number[]): Promise<Array<Performance | null>> {
    const rows = await this.sql.rowsByKeys<Performance>(
      Prisma.sql`SELECT ${performanceColumns('p')} FROM performances p WHERE p.id = ANY(${[...ids]}::int[])`,
    );
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /**
   * Results of each race in official order: places, then DNF, DQ, NM, DNS (`races`: the races,
   * in the same order), with their athletes read in the same statement: results are nearly
   * always shown with who achieved them.
   */
  async resultsOf(
    raceIds: readonly number[],
    races: ReadonlyArray<Pick<Race, 'id' | 'eventId'> | Error | null>,
  ): Promise<{ results: Performance[][]; athletes: Athlete[] }> {
    const known = races.filter((race): race is Pick<Race, 'id' | 'eventId'> => race !== null && !(race instanceof Error));
    const [joined, events] = await Promise.all([
      this.sql.rowsByKeys<Record<string, unknown>>(Prisma.sql`
        SELECT ${performanceColumns('p')}, ${athleteColumns('a', 'a.')}
          FROM performances p JOIN athletes a ON a.id = p.athlete_id
         WHERE p.race_id = ANY(${[...raceIds]}::int[]) ORDER BY p.id`),
      this.events.byIds([...new Set(known.map((race) => race.eventId))]),
    ]);
    const rows = joined.map((row) => performanceColumns.pick<Performance>(row, ''));
    const related = new RelatedRowsBuilder();
    for (const row of joined) related.athlete(row, 'a');
    const directionOf = new Map(events.map((event) => [event?.id, event?.direction as MarkDirection]));
    const direction = new Map(known.map((race) => [race.id, directionOf.get(race.eventId)]));
    const results = groupRows(raceIds, rows, (row) => row.raceId).map((list, i) =>
      list.sort((a, b) => compareResults(a, b, direction.get(raceIds[i]) ?? 'LOWER_IS_BETTER') || a.id - b.id),
    );
    return { results, athletes: related.rows.athletes };
  }

  /**
   * Each athlete's performances, most recent first, with whether each place is shared: the
   * rows an athlete's page is made of (results list, bests, medals), read once.
   */
  async performancesOf(athleteIds: readonly number[]): Promise<AthleteResult[][]> {
    const joined = await this.sql.rowsByKeys<Record<string, unknown>>(Prisma.sql`
      SELECT ${ATHLETE_RESULT_COLUMNS} FROM performances p ${ATHLETE_RESULT_JOINS} WHERE p.athlete_id = ANY(${[...athleteIds]}::int[])`);
    return groupRows(athleteIds, newestFirst(joined.map(athleteResultOf)), (row) => row.athleteId);
  }
}

/** The select list of an athlete's result: performance `p` unprefixed, race `r` as "r.", meet `m` as "m.", and "placeShared". */
export const ATHLETE_RESULT_COLUMNS = Prisma.sql`${performanceColumns('p')}, ${raceColumns('r', 'r.')}, ${meetColumns('m', 'm.')},
  ${placeShared('p')} AS "placeShared"`;

/** ATHLETE_RESULT_COLUMNS as NULLs: their place in a UNION branch that reads something else. */
export const ATHLETE_RESULT_NULLS = Prisma.sql`${performanceColumns.nulls()}, ${raceColumns.nulls('r.')}, ${meetColumns.nulls('m.')},
  NULL AS "placeShared"`;

/** What ATHLETE_RESULT_COLUMNS reads, joined to `performances p`. */
export const ATHLETE_RESULT_JOINS = Prisma.sql`JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id`;

/** One result out of a row selected with ATHLETE_RESULT_COLUMNS. */
export const athleteResultOf = (row: Record<string, unknown>): AthleteResult =>
  performanceColumns.pick<Performance, Pick<AthleteResult, 'race' | 'placeShared'>>(row, '', {
    race: raceColumns.pick<Race, { meet: Meet }>(row, 'r.', { meet: meetColumns.pick<Meet>(row, 'm.') }),
    placeShared: row.placeShared === true,
  });

/** Sorts results most recent first (by when they happened, then race), in place. */
export const newestFirst = <T extends PerformanceWithRace>(results: T[]): T[] =>
  results.sort((a, b) => performanceTime(b) - performanceTime(a) || b.raceId - a.raceId);
