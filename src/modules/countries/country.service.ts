import type { Country } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { countryColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { ReferenceTable } from '../common/reference-table';

export class CountryService {
  /** A few hundred rows at most, read by most requests: kept in memory. */
  private readonly table: ReferenceTable<string, Country>;

  constructor(sql: SqlReader) {
    this.table = new ReferenceTable(
      () => sql.rows<Country>(Prisma.sql`SELECT ${countryColumns('c')} FROM countries c ORDER BY c.name, c.code`),
      (row) => row.code,
    );
  }

  byCodes(codes: readonly string[]): Promise<Array<Country | null>> {
    return this.table.byKeys(codes);
  }

  /** The country when the in-memory copy is fresh and has it (see ReferenceTable.peek). */
  peek(code: string): Country | undefined {
    return this.table.peek(code);
  }

  /** After a committed write to the table: the next read sees it (see ReferenceTable.invalidate). */
  invalidate(): void {
    this.table.invalidate();
  }

  /** All countries by name. */
  all(): Promise<Country[]> {
    return this.table.all();
  }
}
