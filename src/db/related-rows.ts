// A page of results read with everything a client usually shows beside each one (athlete,
// race, meet, whether the place is shared), in the page's own statement. The request's
// loaders remember these rows (Loaders.remember), so that resolving them asks the database
// nothing more: a top list or an analyst's page is one statement instead of a waterfall of five.
import type { Athlete, Meet, Performance, Race } from './generated/client';
import { Prisma } from './generated/client';
import { athleteColumns, meetColumns, performanceColumns, raceColumns } from './model-columns';

export interface SharedPlace {
  raceId: number;
  place: number;
  /** Another athlete holds the same place in the race ("2="). */
  shared: boolean;
}

export interface RelatedRows {
  performances: Performance[];
  athletes: Athlete[];
  races: Race[];
  meets: Meet[];
  sharedPlaces: SharedPlace[];
}

/** Whether another athlete holds the place of performance `alias` in its race ("2="); false without a place. */
export const placeShared = (alias: string) => {
  const p = Prisma.raw(alias);
  return Prisma.sql`${p}.place IS NOT NULL AND EXISTS (SELECT 1 FROM performances o
    WHERE o.race_id = ${p}.race_id AND o.place = ${p}.place AND o.id <> ${p}.id)`;
};

/** A performance `alias` as the select list names it ("<alias>.id"...), with whether its place is shared. */
export const performanceWithShared = (alias: string) =>
  Prisma.sql`${performanceColumns(alias, `${alias}.`)}, ${placeShared(alias)} AS ${Prisma.raw(`"${alias}.shared"`)}`;

/**
 * The select list of a performance `p` with its athlete `a`, race `r` and meet `m` (the FROM
 * clause joins them under these aliases), named "p.id", "a.id"... for relatedOf.
 */
export const RELATED_COLUMNS = Prisma.sql`
  ${performanceWithShared('p')}, ${athleteColumns('a', 'a.')}, ${raceColumns('r', 'r.')}, ${meetColumns('m', 'm.')}`;

/** Collects related rows, each once. */
export class RelatedRowsBuilder {
  readonly rows: RelatedRows = { performances: [], athletes: [], races: [], meets: [], sharedPlaces: [] };
  private readonly seen = {
    performances: new Set<number>(),
    athletes: new Set<number>(),
    races: new Set<number>(),
    meets: new Set<number>(),
  };

  /** Adds the performance selected with performanceWithShared(alias) (or RELATED_COLUMNS as 'p'). */
  performance(row: Record<string, unknown>, alias: string): void {
    const id = row[`${alias}.id`] as number | null;
    if (id == null || this.seen.performances.has(id)) return;
    this.seen.performances.add(id);
    const performance = performanceColumns.pick<Performance>(row, `${alias}.`);
    this.rows.performances.push(performance);
    if (performance.place !== null) {
      this.rows.sharedPlaces.push({ raceId: performance.raceId, place: performance.place, shared: row[`${alias}.shared`] === true });
    }
  }

  athlete(row: Record<string, unknown>, alias: string): void {
    if (this.first(this.seen.athletes, row[`${alias}.id`])) this.rows.athletes.push(athleteColumns.pick<Athlete>(row, `${alias}.`));
  }

  race(row: Record<string, unknown>, alias: string): void {
    if (this.first(this.seen.races, row[`${alias}.id`])) this.rows.races.push(raceColumns.pick<Race>(row, `${alias}.`));
  }

  meet(row: Record<string, unknown>, alias: string): void {
    if (this.first(this.seen.meets, row[`${alias}.id`])) this.rows.meets.push(meetColumns.pick<Meet>(row, `${alias}.`));
  }

  private first(seen: Set<number>, id: unknown): boolean {
    if (typeof id !== 'number' || seen.has(id)) return false;
    seen.add(id);
    return true;
  }
}

/** The rows selected with RELATED_COLUMNS, each once. */
export function relatedOf(rows: ReadonlyArray<Record<string, unknown>>): RelatedRows {
  const related = new RelatedRowsBuilder();
  for (const row of rows) {
    if (row['p.id'] == null) continue;
    related.performance(row, 'p');
    related.athlete(row, 'a');
    related.race(row, 'r');
    related.meet(row, 'm');
  }
  return related.rows;
}
