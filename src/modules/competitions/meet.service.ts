import { foldedSql } from '../../db/fold-sql';
import { Prisma, type Meet } from '../../db/generated/client';
import { meetColumns } from '../../db/model-columns';
import { whereAll, type SqlReader } from '../../db/sql-reader';
import { foldName } from '../../domain/names';
import { groupRows, rowsByKey } from '../common/collections';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';

export interface MeetAliasRow {
  meetId: number;
  name: string;
}

export interface MeetFilter extends PageArgs {
  /** Words that must all occur in the meet's name or one alias, accents and case ignored. */
  search?: string | null;
  championshipId?: number | null;
  year?: number | null;
}

export class MeetService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Meet | null>> {
    const rows = await this.sql.rowsByKeys<Meet>(Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.id = ANY(${[...ids]}::int[])`);
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async bySlugs(slugs: readonly string[]): Promise<Array<Meet | null>> {
    const rows = await this.sql.rowsByKeys<Meet>(
      Prisma.sql`SELECT ${meetColumns('m')} FROM meets m WHERE m.slug = ANY(${[...slugs]}::text[])`,
    );
    return rowsByKey(slugs, rows, (row) => row.slug);
  }

  /** Each meet's other names, in the order they were added. */
  async aliasesOf(meetIds: readonly number[]): Promise<MeetAliasRow[][]> {
    const rows = await this.sql.rowsByKeys<MeetAliasRow>(Prisma.sql`
      SELECT ma.meet_id AS "meetId", ma.name FROM meet_aliases ma WHERE ma.meet_id = ANY(${[...meetIds]}::int[]) ORDER BY ma.id`);
    return groupRows(meetIds, rows, (row) => row.meetId);
  }

  /** Meets latest year first, then by slug: a stable keyset. */
  async list(args: MeetFilter): Promise<Page<Meet>> {
    checkPageSize(args.first);
    const filter: Prisma.Sql[] = [];
    if (args.championshipId != null) filter.push(Prisma.sql`m.championship_id = ${args.championshipId}::int`);
    if (args.year != null) filter.push(Prisma.sql`m.year = ${args.year}::int`);
    if (args.search != null) {
      const tokens = foldName(args.search).split(' ').filter(Boolean);
      if (tokens.length === 0) throw badUserInput('search', 'give at least one letter or digit to search for');
      for (const token of tokens) {
        // A literal substring: LIKE's wildcards in the token are escaped (backslash is LIKE's escape).
        const pattern = `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        filter.push(Prisma.sql`(${foldedSql('m.name')} LIKE ${pattern}
          OR EXISTS (SELECT 1 FROM meet_aliases ma WHERE ma.meet_id = m.id AND ma.search_name LIKE ${pattern}))`);
      }
    }
    const page = [...filter];
    if (args.after) {
      const [year, slug] = decodeCursor(args.after, 2);
      if (typeof year !== 'number' || typeof slug !== 'string') throw badUserInput('after', 'is not a cursor of this list');
      page.push(Prisma.sql`(m.year < ${year}::int OR (m.year = ${year}::int AND m.slug > ${slug}))`);
    }
    const [rows, [{ count }]] = await Promise.all([
      this.sql.rows<Meet>(
        Prisma.sql`SELECT ${meetColumns('m')} FROM meets m ${whereAll(page)} ORDER BY m.year DESC, m.slug LIMIT ${args.first + 1}::int`,
      ),
      this.sql.rows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS count FROM meets m ${whereAll(filter)}`),
    ]);
    const nodes = rows.slice(0, args.first);
    return toPage(nodes, (m) => [m.year, m.slug], rows.length > args.first, Boolean(args.after), count);
  }
}
