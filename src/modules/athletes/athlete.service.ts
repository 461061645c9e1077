import { Prisma, type Athlete, type AthleteAlias } from '../../db/generated/client';
import { athleteAliasColumns, athleteColumns } from '../../db/model-columns';
import { whereAll, type SqlReader } from '../../db/sql-reader';
import { foldName } from '../../domain';
import { groupRows, rowsByKey } from '../common/collections';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';

export interface AthleteSearch extends PageArgs {
  /** Words that must all occur in the athlete's name or one alias, accents and case ignored. */
  search?: string | null;
  countryCode?: string | null;
}

export class AthleteService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rowsByKeys<Athlete>(Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.id = ANY(${[...ids]}::int[])`);
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async bySlugs(slugs: readonly string[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rowsByKeys<Athlete>(Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.slug = ANY(${[...slugs]}::text[])`);
    return rowsByKey(slugs, rows, (row) => row.slug);
  }

  async aliasesOf(athleteIds: readonly number[]): Promise<AthleteAlias[][]> {
    const rows = await this.sql.rowsByKeys<AthleteAlias>(Prisma.sql`
      SELECT ${athleteAliasColumns('al')} FROM athlete_aliases al WHERE al.athlete_id = ANY(${[...athleteIds]}::int[]) ORDER BY al.id`);
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }

  /** Athletes in name order (folded name, then id: a stable keyset). */
  async search(args: AthleteSearch): Promise<Page<Athlete>> {
    checkPageSize(args.first);
    const filter: Prisma.Sql[] = [];
    if (args.search != null) {
      const tokens = foldName(args.search).split(' ').filter(Boolean);
      if (tokens.length === 0) throw badUserInput('search', 'give at least one letter or digit to search for');
      for (const token of tokens) {
        // A literal substring: LIKE's wildcards in the token are escaped (backslash is LIKE's escape).
        const pattern = `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        filter.push(Prisma.sql`(a.search_name LIKE ${pattern}
          OR EXISTS (SELECT 1 FROM athlete_aliases al WHERE al.athlete_id = a.id AND al.search_name LIKE ${pattern}))`);
      }
    }
    if (args.countryCode != null) filter.push(Prisma.sql`a.country_code = ${args.countryCode.toUpperCase()}`);
    const page = [...filter];
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      if (typeof name !== 'string' || typeof id !== 'number') throw badUserInput('after', 'is not a cursor of this list');
      page.push(Prisma.sql`(a.search_name, a.id) > (${name}, ${id}::int)`);
    }
    const [rows, [{ count }]] = await Promise.all([
      this.sql.rows<Athlete>(Prisma.sql`
        SELECT ${athleteColumns('a')} FROM athletes a ${whereAll(page)} ORDER BY a.search_name, a.id LIMIT ${args.first + 1}::int`),
      this.sql.rows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS count FROM athletes a ${whereAll(filter)}`),
    ]);
    const nodes = rows.slice(0, args.first);
    return toPage(nodes, (a) => [a.searchName, a.id], rows.length > args.first, Boolean(args.after), count);
  }
}
