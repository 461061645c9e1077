import { Prisma, type Meet } from '../../db/generated/client';
import { meetColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import type { ChampionshipService } from '../competitions/championship.service';
import type { EventService } from '../competitions/event.service';
import type { Sex } from '../common/enums';
import { badUserInput } from '../common/errors';
import type { AthleteResult } from '../results/performance.service';
import type { MedalRow } from './medal.type';
import { medalsOfResults } from './medals-of-results';
import type { MedalTableRowValue, MedalTableValue } from './medal-table.type';

/**
 * What makes a medal, in one place for every query: place 1-3, finished, in a completed
 * final of a series that awards medals. Places are taken as recorded, so a tie for first
 * (two 1s, then a 3) gives two golds and a bronze. Needs the aliases p, r, c.
 */
const IS_MEDAL = Prisma.sql`
  c.awards_medals
  AND r.round = 'FINAL' AND r.status = 'COMPLETED'
  AND p.status = 'FINISHED' AND p.place BETWEEN 1 AND 3`;

const MEDAL_JOINS = Prisma.sql`
  FROM performances p
  JOIN races r ON r.id = p.race_id
  JOIN meets m ON m.id = r.meet_id
  JOIN championships c ON c.id = m.championship_id
  JOIN events e ON e.id = r.event_id`;

/** The same joins for relay teams (aliased p, so IS_MEDAL applies): one medal per team. */
const RELAY_MEDAL_JOINS = Prisma.sql`
  FROM relay_teams p
  JOIN races r ON r.id = p.race_id
  JOIN meets m ON m.id = r.meet_id
  JOIN championships c ON c.id = m.championship_id
  JOIN events e ON e.id = r.event_id`;

export interface MedalTableFilter {
  championshipId: number;
  /** One edition (meet) of the championship; all editions when null. */
  meetId?: number | null;
  /** Event code, e.g. "3000SC" (both sexes unless `sex` is given). */
  eventCode?: string | null;
  sex?: Sex | null;
}

/** A medal table as asked for: slugs and codes, checked by `tableOf`. */
export interface MedalTableQuery {
  championship: string;
  edition?: string | null;
  event?: string | null;
  sex?: Sex | null;
}

export class MedalService {
  constructor(
    private readonly sql: SqlReader,
    private readonly reference: { championships: ChampionshipService; events: EventService },
  ) {}

  /** Each athlete's medals, most recent first, picked out of their results already read (PerformanceService.performancesOf). */
  async medalsFrom(resultsOfAthletes: ReadonlyArray<readonly AthleteResult[]>): Promise<MedalRow[][]> {
    const all = resultsOfAthletes.flat();
    // byIds reads a reference table again when a row is new since its in-memory copy was made.
    const championshipIds = [...new Set(all.flatMap((p) => (p.race.meet.championshipId === null ? [] : [p.race.meet.championshipId])))];
    const [championships, events] = await Promise.all([
      this.reference.championships.byIds(championshipIds),
      this.reference.events.byIds([...new Set(all.map((p) => p.race.eventId))]),
    ]);
    const championshipOf = new Map(championships.flatMap((c) => (c ? [[c.id, c] as const] : [])));
    const eventOf = new Map(events.flatMap((e) => (e ? [[e.id, e] as const] : [])));
    return resultsOfAthletes.map((results) =>
      medalsOfResults(
        results,
        (id) => championshipOf.get(id),
        (id) => eventOf.get(id),
      ),
    );
  }

  /** Checks the slugs and code of a medal-table query (each names its argument when wrong), then counts. */
  async tableOf(query: MedalTableQuery): Promise<MedalTableValue> {
    const championship = await this.reference.championships.findBySlug(query.championship);
    if (!championship) throw badUserInput('championship', `no championship has the slug "${query.championship}"`);
    let meetId: number | null = null;
    if (query.edition != null) {
      const [meet] = await this.sql.rowsByKeys<Meet>(Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.slug = ${query.edition}`);
      if (!meet) throw badUserInput('edition', `no meet has the slug "${query.edition}"`);
      if (meet.championshipId !== championship.id) {
        throw badUserInput('edition', `"${query.edition}" is not an edition of "${query.championship}"`);
      }
      meetId = meet.id;
    }
    if (query.event != null) {
      const events = await this.reference.events.withCode(query.event);
      if (events.length === 0) throw badUserInput('event', `no event has the code "${query.event}"`);
    }
    const rows = await this.medalTable({ championshipId: championship.id, meetId, eventCode: query.event, sex: query.sex });
    return { championshipId: championship.id, meetId, rows };
  }

  /**
   * A medal table in one aggregate query: medals by the country each result was won for (the
   * result's country, else the athlete's where the source gave none; a relay team's country
   * for its one medal), ranked with shared ranks for equal counts. Medals with no known
   * country make one unranked row, last, so they neither count for nor shift any country.
   */
  medalTable(filter: MedalTableFilter): Promise<MedalTableRowValue[]> {
    const conditions = [Prisma.sql`c.id = ${filter.championshipId}`];
    if (filter.meetId != null) conditions.push(Prisma.sql`m.id = ${filter.meetId}`);
    if (filter.eventCode != null) conditions.push(Prisma.sql`upper(e.code) = upper(${filter.eventCode})`);
    if (filter.sex != null) conditions.push(Prisma.sql`e.sex::text = ${filter.sex}`);
    const where = Prisma.join(conditions, ' AND ');
    return this.sql.rows<MedalTableRowValue>(Prisma.sql`
      WITH medals AS (
        SELECT coalesce(p.country_code, a.country_code) AS country_code, p.place
        ${MEDAL_JOINS}
        JOIN athletes a ON a.id = p.athlete_id
        WHERE ${IS_MEDAL} AND ${where}
        UNION ALL
        SELECT p.country_code, p.place
        ${RELAY_MEDAL_JOINS}
        WHERE ${IS_MEDAL} AND ${where}
      ), counted AS (
        SELECT country_code,
               count(*) FILTER (WHERE place = 1)::int AS gold,
               count(*) FILTER (WHERE place = 2)::int AS silver,
               count(*) FILTER (WHERE place = 3)::int AS bronze,
               count(*)::int AS total
        FROM medals
        GROUP BY country_code
      )
      SELECT ct.country_code AS "countryCode",
             CASE WHEN ct.country_code IS NOT NULL THEN
               rank() OVER (PARTITION BY ct.country_code IS NULL ORDER BY ct.gold DESC, ct.silver DESC, ct.bronze DESC)::int
             END AS rank,
             ct.gold, ct.silver, ct.bronze, ct.total
      FROM counted ct
      LEFT JOIN countries co ON co.code = ct.country_code
      ORDER BY ct.country_code IS NULL, ct.gold DESC, ct.silver DESC, ct.bronze DESC, co.name, ct.country_code`);
  }
}
