import { Prisma, type Entry } from '../../db/generated/client';
import { entryColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { groupRows, rowsByKey } from '../common/collections';

export class EntryService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Entry | null>> {
    const rows = await this.sql.rowsByKeys<Entry>(
      Prisma.sql`SELECT ${entryColumns('n')} FROM entries n WHERE n.id = ANY(${[...ids]}::int[])`,
    );
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Each race's entries (its start list) in the order they were entered. */
  async entriesOf(raceIds: readonly number[]): Promise<Entry[][]> {
    const rows = await this.sql.rowsByKeys<Entry>(
      Prisma.sql`SELECT ${entryColumns('n')} FROM entries n WHERE n.race_id = ANY(${[...raceIds]}::int[]) ORDER BY n.id`,
    );
    return groupRows(raceIds, rows, (row) => row.raceId);
  }

  /** Each athlete's entries, latest race first. */
  async entriesOfAthletes(athleteIds: readonly number[]): Promise<Entry[][]> {
    const rows = await this.sql.rowsByKeys<Entry>(
      Prisma.sql`SELECT ${entryColumns('n')} FROM entries n WHERE n.athlete_id = ANY(${[...athleteIds]}::int[]) ORDER BY n.race_id DESC`,
    );
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }
}
