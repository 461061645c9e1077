import { Prisma } from '../../db/generated/client';
import { meetColumns, raceColumns } from '../../db/model-columns';
import { performanceWithShared, RelatedRowsBuilder, type RelatedRows } from '../../db/related-rows';
import type { SqlReader } from '../../db/sql-reader';
import type { MarkPrecision, MarkUnit, PerformanceStatus } from '../../domain';
import { matrixOf, meetingsOf, recordOf, rivalsOf, type FieldRecord, type PairRecord, type PairRow } from './record';

/** Which races count as meetings, checked and resolved to ids by the resolvers. */
export interface MeetingFilter {
  eventId?: number | null;
  /** Inclusive bounds, YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  finalsOnly?: boolean;
  championshipsOnly?: boolean;
}

export interface RivalsKey {
  athleteId: number;
  filter: MeetingFilter;
}

export interface PreviewKey {
  raceId: number;
  /** The field, in display order. */
  athleteIds: readonly number[];
  filter: MeetingFilter;
}

export interface Matrix {
  pairs: PairRecord[];
  entrants: FieldRecord[];
}

interface SqlPairRow {
  targetRaceId?: number;
  raceId: number;
  day: Date;
  unit: MarkUnit;
  aAthleteId: number;
  aPerformanceId: number;
  aPlace: number | null;
  aStatus: PerformanceStatus;
  aMarkValue: number | null;
  aPrecision: MarkPrecision | null;
  bAthleteId: number;
  bPerformanceId: number;
  bPlace: number | null;
  bStatus: PerformanceStatus;
  bMarkValue: number | null;
  bPrecision: MarkPrecision | null;
}

// Both sides of a race pa x pb (aliases r, m, e for its race, meet and event). A DNS is
// dropped here already (it is no meeting); who won is decided in record.ts.
const PAIR_COLUMNS = Prisma.sql`
  r.id AS "raceId", COALESCE(r.date, m.start_date, make_date(m.year, 1, 1)) AS day, e.unit::text AS unit,
  pa.athlete_id AS "aAthleteId", pa.id AS "aPerformanceId", pa.place AS "aPlace", pa.status::text AS "aStatus",
  pa.mark_value AS "aMarkValue", pa.precision::text AS "aPrecision",
  pb.athlete_id AS "bAthleteId", pb.id AS "bPerformanceId", pb.place AS "bPlace", pb.status::text AS "bStatus",
  pb.mark_value AS "bMarkValue", pb.precision::text AS "bPrecision"`;

const PAIR_JOINS = Prisma.sql`
  JOIN performances pb ON pb.race_id = pa.race_id AND pb.athlete_id <> pa.athlete_id
  JOIN races r ON r.id = pa.race_id
  JOIN meets m ON m.id = r.meet_id
  JOIN events e ON e.id = r.event_id`;

// Round order within a meet, as compareRounds has it (PRELIMINARY first, FINAL last).
const ROUND_RANK = (alias: string) =>
  Prisma.sql`array_position(ARRAY['PRELIMINARY','QUALIFICATION','HEAT','QUARTER_FINAL','SEMI_FINAL','FINAL']::"Round"[], ${Prisma.raw(alias)}.round)`;

/** The filter's conditions on r, m (always true when empty). */
function filterSql(filter: MeetingFilter): Prisma.Sql {
  const conditions = [Prisma.sql`pa.status <> 'DNS' AND pb.status <> 'DNS'`];
  if (filter.eventId != null) conditions.push(Prisma.sql`r.event_id = ${filter.eventId}`);
  // An undated race counts only when every day it could have been on is inside the range.
  if (filter.from != null) conditions.push(Prisma.sql`COALESCE(r.date, m.start_date, make_date(m.year, 1, 1)) >= ${filter.from}::date`);
  if (filter.to != null)
    conditions.push(Prisma.sql`COALESCE(r.date, m.end_date, m.start_date, make_date(m.year, 12, 31)) <= ${filter.to}::date`);
  if (filter.finalsOnly) conditions.push(Prisma.sql`r.round = 'FINAL'`);
  if (filter.championshipsOnly) conditions.push(Prisma.sql`m.championship_id IS NOT NULL`);
  return Prisma.join(conditions, ' AND ');
}

function toPairRow(row: SqlPairRow): PairRow {
  return {
    raceId: row.raceId,
    time: row.day.getTime(),
    unit: row.unit,
    a: {
      athleteId: row.aAthleteId,
      performanceId: row.aPerformanceId,
      place: row.aPlace,
      status: row.aStatus,
      markValue: row.aMarkValue,
      precision: row.aPrecision,
    },
    b: {
      athleteId: row.bAthleteId,
      performanceId: row.bPerformanceId,
      place: row.bPlace,
      status: row.bStatus,
      markValue: row.bMarkValue,
      precision: row.bPrecision,
    },
  };
}

/** Groups batch keys that share a filter, so each distinct filter costs one query. */
function byFilter<K extends { filter: MeetingFilter }>(keys: readonly K[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const k = JSON.stringify(key.filter, Object.keys(key.filter).sort());
    const group = groups.get(k) ?? [];
    group.push(i);
    groups.set(k, group);
  });
  return groups;
}

export class RivalryService {
  constructor(private readonly sql: SqlReader) {}

  /**
   * Every meeting of athletes A and B (A first in each), most recent first, with the totals;
   * with the two performances, the race and the meet of each meeting, which the request's
   * loaders take in (`related`) so that showing them reads nothing more.
   */
  async headToHead(athleteAId: number, athleteBId: number, filter: MeetingFilter): Promise<{ record: PairRecord; related: RelatedRows }> {
    const rows = await this.sql.rowsByKeys<SqlPairRow & Record<string, unknown>>(Prisma.sql`
      SELECT ${PAIR_COLUMNS}, ${performanceWithShared('pa')}, ${performanceWithShared('pb')},
             ${raceColumns('r', 'r.')}, ${meetColumns('m', 'm.')}
      FROM performances pa ${PAIR_JOINS}
      WHERE pa.athlete_id = ${athleteAId} AND pb.athlete_id = ${athleteBId} AND ${filterSql(filter)}`);
    const related = new RelatedRowsBuilder();
    for (const row of rows) {
      related.performance(row, 'pa');
      related.performance(row, 'pb');
      related.race(row, 'r');
      related.meet(row, 'm');
    }
    return { record: recordOf(athleteAId, athleteBId, meetingsOf(rows.map(toPairRow))), related: related.rows };
  }

  /**
   * Each athlete's record against every opponent met, in rival order (most meetings, then
   * most wins): one self-join of performances per distinct filter, for all athletes at once.
   */
  async rivalsOf(keys: readonly RivalsKey[]): Promise<PairRecord[][]> {
    const out: PairRecord[][] = keys.map(() => []);
    for (const indexes of byFilter(keys).values()) {
      const ids = [...new Set(indexes.map((i) => keys[i].athleteId))];
      const rows = await this.sql.rowsByKeys<SqlPairRow>(Prisma.sql`
        SELECT ${PAIR_COLUMNS}
        FROM performances pa ${PAIR_JOINS}
        WHERE pa.athlete_id = ANY(${ids}::int[]) AND ${filterSql(keys[indexes[0]].filter)}`);
      const rowsOf = new Map<number, PairRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) rowsOf.get(row.aAthleteId)?.push(toPairRow(row));
      for (const i of indexes) out[i] = rivalsOf(keys[i].athleteId, rowsOf.get(keys[i].athleteId) ?? []);
    }
    return out;
  }

  /**
   * The head-to-head matrix of each race's field going into that race: one query per
   * distinct filter for every pair of every field. Left out: the race itself and races known
   * to come after it (a later year, a later day when both days are known, or a later round
   * of the same meet); races of unknown date in the same year count.
   */
  async previewsOf(keys: readonly PreviewKey[]): Promise<Matrix[]> {
    const out: Matrix[] = keys.map((key) => matrixOf(key.athleteIds, []));
    for (const indexes of byFilter(keys).values()) {
      const raceIds: number[] = [];
      const athleteIds: number[] = [];
      const seen = new Set<string>();
      for (const i of indexes) {
        for (const athleteId of keys[i].athleteIds) {
          if (seen.has(`${keys[i].raceId}:${athleteId}`)) continue;
          seen.add(`${keys[i].raceId}:${athleteId}`);
          raceIds.push(keys[i].raceId);
          athleteIds.push(athleteId);
        }
      }
      if (raceIds.length === 0) continue;
      const rows = await this.sql.rowsByKeys<SqlPairRow>(Prisma.sql`
        WITH field AS (SELECT * FROM unnest(${raceIds}::int[], ${athleteIds}::int[]) AS f(race_id, athlete_id))
        SELECT fa.race_id AS "targetRaceId", ${PAIR_COLUMNS}
        FROM field fa
        JOIN field fb ON fb.race_id = fa.race_id AND fb.athlete_id > fa.athlete_id
        JOIN performances pa ON pa.athlete_id = fa.athlete_id
        ${PAIR_JOINS}
        JOIN races tr ON tr.id = fa.race_id
        JOIN meets tm ON tm.id = tr.meet_id
        WHERE pb.athlete_id = fb.athlete_id AND r.id <> tr.id
          AND (m.year > tm.year
               OR COALESCE(r.date, m.start_date) > COALESCE(tr.date, tm.start_date)
               OR (r.meet_id = tr.meet_id AND ${ROUND_RANK('r')} > ${ROUND_RANK('tr')})) IS NOT TRUE
          AND ${filterSql(keys[indexes[0]].filter)}`);
      const rowsOf = new Map<number, PairRow[]>();
      for (const row of rows) {
        const list = rowsOf.get(row.targetRaceId as number) ?? [];
        list.push(toPairRow(row));
        rowsOf.set(row.targetRaceId as number, list);
      }
      for (const i of indexes) out[i] = matrixOf(keys[i].athleteIds, rowsOf.get(keys[i].raceId) ?? []);
    }
    return out;
  }
}
