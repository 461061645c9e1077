import { Prisma, type RelayLeg, type RelayTeam } from '../../db/generated/client';
import type { SqlReader } from '../../db/sql-reader';
import { groupRows, rowsByKey } from '../common/collections';
import type { MedalRow } from '../medals/medal.type';
import type { RelayListEntryValue } from './relay-list.type';

const TEAM_COLUMNS = Prisma.raw(`t.id, t.race_id AS "raceId", t.name, t.country_code AS "countryCode", t.place, t.tied,
  t.mark_value AS "markValue", t.mark_text AS "markText", t.precision::text AS precision, t.status::text AS status,
  t.notes::text[] AS notes, t.photo_finish AS "photoFinish"`);

const LEG_COLUMNS = Prisma.raw(`l.id, l.relay_team_id AS "relayTeamId", l.leg, l.athlete_id AS "athleteId",
  l.split_value AS "splitValue", l.split_text AS "splitText"`);

/** A relay medal an athlete shares: the team that won it in the final, and whether the athlete ran that final. */
export interface RelayMedalRow extends Omit<MedalRow, 'performanceId'> {
  /** The team that won the medal, in the final. */
  relayTeamId: number;
  ranFinal: boolean;
}

export class RelayService {
  constructor(private readonly sql: SqlReader) {}

  /** A relay list: legal team times, fastest first; each country's (or club's) best unless allMarks. */
  list(q: { eventId: number; season: number | null; indoor: boolean | null; allMarks: boolean }): Promise<RelayListEntryValue[]> {
    return this.sql.rows<RelayListEntryValue>(Prisma.sql`
      WITH legal AS (
        SELECT t.id, t.name, t.mark_value, coalesce(t.country_code, t.name) AS team_key, r.effective_date
          FROM relay_teams t JOIN races r ON r.id = t.race_id JOIN meets m ON m.id = r.meet_id
         WHERE r.event_id = ${q.eventId} AND t.status = 'FINISHED' AND t.mark_value IS NOT NULL
           AND t.precision IS DISTINCT FROM 'TENTHS_HAND'
           AND (${q.season}::int IS NULL OR r.season = ${q.season}::int)
           AND (${q.indoor}::boolean IS NULL OR m.indoor = ${q.indoor}::boolean)
      ), listed AS (
        SELECT * FROM legal WHERE ${q.allMarks}::boolean
        UNION ALL
        SELECT * FROM (SELECT DISTINCT ON (team_key) * FROM legal ORDER BY team_key, mark_value, effective_date NULLS LAST, id) best
         WHERE NOT ${q.allMarks}::boolean
      )
      SELECT id AS "teamId", rank() OVER (ORDER BY mark_value)::int AS rank
        FROM listed ORDER BY mark_value, effective_date NULLS LAST, name, id`);
  }

  async byIds(ids: readonly number[]): Promise<Array<RelayTeam | null>> {
    const rows = await this.sql.rowsByKeys<RelayTeam>(
      Prisma.sql`SELECT ${TEAM_COLUMNS} FROM relay_teams t WHERE t.id = ANY(${[...ids]}::int[])`,
    );
    return rowsByKey(ids, rows, (t) => t.id);
  }

  /** Each race's teams: placed ones by place, then the rest (DNF, DQ, DNS) by name. */
  async teamsOf(raceIds: readonly number[]): Promise<RelayTeam[][]> {
    const rows = await this.sql.rowsByKeys<RelayTeam>(Prisma.sql`
      SELECT ${TEAM_COLUMNS} FROM relay_teams t WHERE t.race_id = ANY(${[...raceIds]}::int[])
      ORDER BY t.race_id, t.place NULLS LAST, t.name`);
    return groupRows(raceIds, rows, (t) => t.raceId);
  }

  /** Each team's legs in running order. */
  async legsOf(teamIds: readonly number[]): Promise<RelayLeg[][]> {
    const rows = await this.sql.rowsByKeys<RelayLeg>(Prisma.sql`
      SELECT ${LEG_COLUMNS} FROM relay_legs l WHERE l.relay_team_id = ANY(${[...teamIds]}::int[]) ORDER BY l.relay_team_id, l.leg`);
    return groupRows(teamIds, rows, (l) => l.relayTeamId);
  }

  /** Each athlete's relay legs, most recent race first. */
  async legsOfAthletes(athleteIds: readonly number[]): Promise<RelayLeg[][]> {
    const rows = await this.sql.rowsByKeys<RelayLeg>(Prisma.sql`
      SELECT ${LEG_COLUMNS} FROM relay_legs l
        JOIN relay_teams t ON t.id = l.relay_team_id JOIN races r ON r.id = t.race_id
       WHERE l.athlete_id = ANY(${[...athleteIds]}::int[])
       ORDER BY l.athlete_id, r.effective_date DESC NULLS LAST, r.id DESC`);
    return groupRows(athleteIds, rows, (l) => l.athleteId);
  }

  /**
   * Each athlete's relay medals, most recent first, as World Athletics awards them: every
   * athlete who ran for the medal team in any round of the event shares the medal. The team
   * of a heat is the final's team of the same country (or, for a club, the same name).
   */
  async medalsOf(athleteIds: readonly number[]): Promise<RelayMedalRow[][]> {
    const rows = await this.sql.rows<RelayMedalRow>(Prisma.sql`
      SELECT * FROM (SELECT DISTINCT ON (l.athlete_id, ft.id)
             l.athlete_id AS "athleteId", ft.id AS "relayTeamId", fr.id AS "raceId", fr.event_id AS "eventId",
             fr.meet_id AS "meetId", c.id AS "championshipId", c.slug AS "championshipSlug", c.level::text AS level,
             c.age_category::text AS "ageCategory", ft.place, ft.tied AS shared,
             EXISTS (SELECT 1 FROM relay_legs fl WHERE fl.relay_team_id = ft.id AND fl.athlete_id = l.athlete_id) AS "ranFinal",
             ft.mark_value AS "markValue", ft.mark_text AS "markText", ft.precision::text AS precision, e.unit::text AS unit,
             fr.effective_date AS day
        FROM relay_legs l
        JOIN relay_teams t ON t.id = l.relay_team_id
        JOIN races r ON r.id = t.race_id
        JOIN races fr ON fr.meet_id = r.meet_id AND fr.event_id = r.event_id AND fr.round = 'FINAL' AND fr.status = 'COMPLETED'
        JOIN relay_teams ft ON ft.race_id = fr.id
         AND (ft.id = t.id OR (t.country_code IS NOT NULL AND ft.country_code = t.country_code)
              OR (t.country_code IS NULL AND ft.country_code IS NULL AND ft.name = t.name))
        JOIN meets m ON m.id = fr.meet_id
        JOIN championships c ON c.id = m.championship_id
        JOIN events e ON e.id = fr.event_id
       WHERE l.athlete_id = ANY(${[...athleteIds]}::int[])
         AND c.awards_medals AND ft.status = 'FINISHED' AND ft.place BETWEEN 1 AND 3
       ORDER BY l.athlete_id, ft.id) medal
       ORDER BY "athleteId", day DESC NULLS LAST, "raceId" DESC`);
    return groupRows(athleteIds, rows, (m) => m.athleteId);
  }
}
