import type { Athlete, AthleteAlias } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { athleteAliasColumns, athleteColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
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
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  async byIds(ids: readonly number[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rows<Athlete>(Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.id = ANY(${[...ids]}::int[])`);
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async bySlugs(slugs: readonly string[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rows<Athlete>(Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.slug = ANY(${[...slugs]}::text[])`);
    return rowsByKey(slugs, rows, (row) => row.slug);
  }

  async aliasesOf(athleteIds: readonly number[]): Promise<AthleteAlias[][]> {
    const rows = await this.sql.rows<AthleteAlias>(Prisma.sql`
      SELECT ${athleteAliasColumns('al')} FROM athlete_aliases al WHERE al.athlete_id = ANY(${[...athleteIds]}::int[]) ORDER BY al.id`);
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }

  /** Athletes in name order (folded name, then id: a stable keyset). */
  async search(args: AthleteSearch): Promise<Page<Athlete>> {
    checkPageSize(args.first);
    const filter: Prisma.AthleteWhereInput = { AND: [] };
    const and = filter.AND as Prisma.AthleteWhereInput[];
    if (args.search != null) {
      const tokens = foldName(args.search).split(' ').filter(Boolean);
      if (tokens.length === 0) throw badUserInput('search', 'give at least one letter or digit to search for');
      for (const token of tokens) {
        and.push({ OR: [{ searchName: { contains: token } }, { aliases: { some: { searchName: { contains: token } } } }] });
      }
    }
    if (args.countryCode != null) and.push({ countryCode: args.countryCode.toUpperCase() });
    const where: Prisma.AthleteWhereInput = { AND: [...and] };
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      if (typeof name !== 'string' || typeof id !== 'number') throw badUserInput('after', 'is not a cursor of this list');
      (where.AND as Prisma.AthleteWhereInput[]).push({
        OR: [{ searchName: { gt: name } }, { searchName: name, id: { gt: id } }],
      });
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.athlete.findMany({ where, orderBy: [{ searchName: 'asc' }, { id: 'asc' }], take: args.first + 1 }),
      this.prisma.athlete.count({ where: filter }),
    ]);
    const nodes = rows.slice(0, args.first);
    return toPage(nodes, (a) => [a.searchName, a.id], rows.length > args.first, Boolean(args.after), totalCount);
  }
}
