import { Prisma, type Source } from '../../db/generated/client';
import { sourceColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { groupRows, rowsByKey } from '../common/collections';

/** Sources are linked to meets, performances and entries through join tables. */
export class SourceService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Source | null>> {
    const rows = await this.sql.rowsByKeys<Source>(
      Prisma.sql`SELECT ${sourceColumns('s')} FROM sources s WHERE s.id = ANY(${[...ids]}::int[])`,
    );
    return rowsByKey(ids, rows, (row) => row.id);
  }

  sourcesOfMeets(meetIds: readonly number[]): Promise<Source[][]> {
    return this.linked(meetIds, Prisma.raw('meet_sources'), Prisma.raw('meet_id'));
  }

  sourcesOfPerformances(performanceIds: readonly number[]): Promise<Source[][]> {
    return this.linked(performanceIds, Prisma.raw('performance_sources'), Prisma.raw('performance_id'));
  }

  sourcesOfRelayTeams(teamIds: readonly number[]): Promise<Source[][]> {
    return this.linked(teamIds, Prisma.raw('relay_team_sources'), Prisma.raw('relay_team_id'));
  }

  sourcesOfEntries(entryIds: readonly number[]): Promise<Source[][]> {
    return this.linked(entryIds, Prisma.raw('entry_sources'), Prisma.raw('entry_id'));
  }

  /** The sources of each owner through its join table, by source id. */
  private async linked(ownerIds: readonly number[], table: Prisma.Sql, ownerColumn: Prisma.Sql): Promise<Source[][]> {
    const rows = await this.sql.rowsByKeys<Source & { ownerId: number }>(Prisma.sql`
      SELECT l.${ownerColumn} AS "ownerId", ${sourceColumns('s')}
        FROM ${table} l JOIN sources s ON s.id = l.source_id
       WHERE l.${ownerColumn} = ANY(${[...ownerIds]}::int[]) ORDER BY l.source_id`);
    return groupRows(ownerIds, rows, (row) => row.ownerId).map((group) => group.map(({ ownerId: _, ...source }) => source));
  }
}
