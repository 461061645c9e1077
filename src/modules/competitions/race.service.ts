import type { Race } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { raceColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { compareRounds } from '../../domain/rounds';
import { groupRows, rowsByKey } from '../common/collections';

export class RaceService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Race | null>> {
    const rows = await this.sql.rowsByKeys<Race>(Prisma.sql`SELECT ${raceColumns('r')} FROM races r WHERE r.id = ANY(${[...ids]}::int[])`);
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Races of each meet in programme order: by day, event, then round (heats before the final) and heat. */
  async racesOf(meetIds: readonly number[]): Promise<Race[][]> {
    const rows = await this.sql.rowsByKeys<Race>(
      Prisma.sql`SELECT ${raceColumns('r')} FROM races r WHERE r.meet_id = ANY(${[...meetIds]}::int[])`,
    );
    const sorted = rows.sort(
      (a, b) =>
        (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) ||
        a.eventId - b.eventId ||
        compareRounds(a.round, b.round) ||
        a.heat - b.heat ||
        a.id - b.id,
    );
    return groupRows(meetIds, sorted, (row) => row.meetId);
  }
}
