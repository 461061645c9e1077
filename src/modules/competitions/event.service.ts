import type { Event } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { eventColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { ReferenceTable } from '../common/reference-table';

export class EventService {
  /** The list of disciplines is short and read by most requests: kept in memory. */
  private readonly table: ReferenceTable<number, Event>;

  constructor(sql: SqlReader) {
    this.table = new ReferenceTable(
      () => sql.rows<Event>(Prisma.sql`SELECT ${eventColumns('e')} FROM events e ORDER BY e.code, e.sex`),
      (row) => row.id,
    );
  }

  byIds(ids: readonly number[]): Promise<Array<Event | null>> {
    return this.table.byKeys(ids);
  }

  /** The event when the in-memory copy is fresh and has it (see ReferenceTable.peek). */
  peek(id: number): Event | undefined {
    return this.table.peek(id);
  }

  /** After a committed write to the table: the next read sees it (see ReferenceTable.invalidate). */
  invalidate(): void {
    this.table.invalidate();
  }

  /** Every event by code then sex. */
  all(): Promise<Event[]> {
    return this.table.all();
  }

  /** The event with this code (any case) for this sex, or null. */
  async byCode(code: string, sex: string): Promise<Event | null> {
    return (await this.withCode(code, sex))[0] ?? null;
  }

  /** The events with this code (any case), of one sex or of any, ordered by sex. */
  async withCode(code: string, sex?: string | null): Promise<Event[]> {
    const upper = code.toUpperCase();
    const match = (row: Event) => row.code.toUpperCase() === upper && (sex == null || row.sex === sex);
    // find() reads the table again when nothing matches: an event added since is seen.
    if (!(await this.table.find(match))) return [];
    return (await this.table.all()).filter(match);
  }
}
