import { Prisma, type CombinedComponent, type FieldAttempt, type HeightAttempt } from '../../db/generated/client';
import type { SqlReader } from '../../db/sql-reader';
import { groupRows } from '../common/collections';

/** What a result holds besides its mark: combined-event disciplines, a field series, a height card. */
export class PerformanceDetailService {
  constructor(private readonly sql: SqlReader) {}

  async componentsOf(performanceIds: readonly number[]): Promise<CombinedComponent[][]> {
    const rows = await this.sql.rowsByKeys<CombinedComponent>(Prisma.sql`
      SELECT c.id, c.performance_id AS "performanceId", c.position, c.discipline, c.mark_value AS "markValue",
             c.mark_text AS "markText", c.wind_mps AS "windMps", c.status::text AS status, c.points,
             c.published_points AS "publishedPoints"
        FROM combined_components c WHERE c.performance_id = ANY(${[...performanceIds]}::int[])
       ORDER BY c.performance_id, c.position`);
    return groupRows(performanceIds, rows, (c) => c.performanceId);
  }

  async attemptsOf(performanceIds: readonly number[]): Promise<FieldAttempt[][]> {
    const rows = await this.sql.rowsByKeys<FieldAttempt>(Prisma.sql`
      SELECT a.id, a.performance_id AS "performanceId", a.number, a.outcome::text AS outcome, a.mark_value AS "markValue",
             a.mark_text AS "markText", a.wind_mps AS "windMps"
        FROM field_attempts a WHERE a.performance_id = ANY(${[...performanceIds]}::int[])
       ORDER BY a.performance_id, a.number`);
    return groupRows(performanceIds, rows, (a) => a.performanceId);
  }

  async heightsOf(performanceIds: readonly number[]): Promise<HeightAttempt[][]> {
    const rows = await this.sql.rowsByKeys<HeightAttempt>(Prisma.sql`
      SELECT h.id, h.performance_id AS "performanceId", h.height_value AS "heightValue", h.height_text AS "heightText", h.trials
        FROM height_attempts h WHERE h.performance_id = ANY(${[...performanceIds]}::int[])
       ORDER BY h.performance_id, h.height_value`);
    return groupRows(performanceIds, rows, (h) => h.performanceId);
  }
}
