import type { Meet } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { meetColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { rowsByKey } from '../common/collections';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';

export interface MeetFilter extends PageArgs {
  championshipId?: number | null;
  year?: number | null;
}

export class MeetService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  async byIds(ids: readonly number[]): Promise<Array<Meet | null>> {
    const rows = await this.sql.rows<Meet>(Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.id = ANY(${[...ids]}::int[])`);
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async bySlugs(slugs: readonly string[]): Promise<Array<Meet | null>> {
    const rows = await this.sql.rows<Meet>(Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.slug = ANY(${[...slugs]}::text[])`);
    return rowsByKey(slugs, rows, (row) => row.slug);
  }

  /** Meets latest year first, then by slug: a stable keyset. */
  async list(args: MeetFilter): Promise<Page<Meet>> {
    checkPageSize(args.first);
    const filter: Prisma.MeetWhereInput = {};
    if (args.championshipId != null) filter.championshipId = args.championshipId;
    if (args.year != null) filter.year = args.year;
    const where: Prisma.MeetWhereInput = { ...filter };
    if (args.after) {
      const [year, slug] = decodeCursor(args.after, 2);
      if (typeof year !== 'number' || typeof slug !== 'string') throw badUserInput('after', 'is not a cursor of this list');
      where.OR = [{ year: { lt: year } }, { year, slug: { gt: slug } }];
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.meet.findMany({ where, orderBy: [{ year: 'desc' }, { slug: 'asc' }], take: args.first + 1 }),
      this.prisma.meet.count({ where: filter }),
    ]);
    const nodes = rows.slice(0, args.first);
    return toPage(nodes, (m) => [m.year, m.slug], rows.length > args.first, Boolean(args.after), totalCount);
  }
}
