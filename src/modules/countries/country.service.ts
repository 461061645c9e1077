import type { Country } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { rowsByKey } from '../common/collections';

export class CountryService {
  constructor(private readonly prisma: PrismaClient) {}

  async byCodes(codes: readonly string[]): Promise<Array<Country | null>> {
    const rows = await this.prisma.country.findMany({ where: { code: { in: [...codes] } } });
    return rowsByKey(codes, rows, (row) => row.code);
  }

  /** All countries by name: a short list, paged in memory. */
  all(): Promise<Country[]> {
    return this.prisma.country.findMany({ orderBy: [{ name: 'asc' }, { code: 'asc' }] });
  }
}
