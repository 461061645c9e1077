import { Prisma, type Athlete, type AthleteAlias } from '../../db/generated/client';
import { athleteAliasColumns, athleteColumns } from '../../db/model-columns';
import { whereAll, type SqlReader } from '../../db/sql-reader';
import { externalIdText, foldName, type ExternalId } from '../../domain';
import { groupRows, rowsByKey } from '../common/collections';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';
import {
  ATHLETE_RESULT_COLUMNS,
  ATHLETE_RESULT_JOINS,
  ATHLETE_RESULT_NULLS,
  athleteResultOf,
  newestFirst,
  type AthleteResult,
} from '../results/performance.service';
import type { ExternalIdRow } from './external-id.type';

/** An athlete with what their page is made of: aliases and every result (most recent first). */
export interface AthleteWithResults {
  athlete: Athlete;
  aliases: AthleteAlias[];
  results: AthleteResult[];
}

export interface AthleteSearch extends PageArgs {
  /** Words that must all occur in the athlete's name or one alias, accents and case ignored. */
  search?: string | null;
  countryCode?: string | null;
}

export class AthleteService {
  constructor(private readonly sql: SqlReader) {}

  async byIds(ids: readonly number[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rowsByKeys<Athlete>(
      Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.id = ANY(${[...ids]}::int[])`,
    );
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async bySlugs(slugs: readonly string[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rowsByKeys<Athlete>(
      Prisma.sql`SELECT ${athleteColumns('a')} FROM athletes a WHERE a.slug = ANY(${[...slugs]}::text[])`,
    );
    return rowsByKey(slugs, rows, (row) => row.slug);
  }

  /**
   * Athletes by id or slug, each with their aliases and results, in one statement: a profile's
   * three reads (athlete, aliases, results) cost a round trip and a statement each otherwise.
   * Two UNION branches: one row per athlete (aliases as JSON), then one per result.
   */
  async withResults(key: 'id' | 'slug', values: readonly number[] | readonly string[]): Promise<Array<AthleteWithResults | null>> {
    const match = key === 'id' ? Prisma.sql`a.id = ANY(${[...values]}::int[])` : Prisma.sql`a.slug = ANY(${[...values]}::text[])`;
    const rows = await this.sql.rowsByKeys<Record<string, unknown>>(Prisma.sql`
      WITH a AS MATERIALIZED (SELECT * FROM athletes a WHERE ${match})
      SELECT ${athleteColumns('a', 'a.')},
             (SELECT json_agg(json_build_object('id', al.id, 'athleteId', al.athlete_id, 'name', al.name, 'searchName', al.search_name)
                              ORDER BY al.id) FROM athlete_aliases al WHERE al.athlete_id = a.id) AS "a.aliases",
             ${ATHLETE_RESULT_NULLS}
        FROM a
      UNION ALL
      SELECT ${athleteColumns.nulls('a.')}, NULL AS "a.aliases", ${ATHLETE_RESULT_COLUMNS}
        FROM a JOIN performances p ON p.athlete_id = a.id ${ATHLETE_RESULT_JOINS}`);
    const found = new Map<number, AthleteWithResults>();
    const results: AthleteResult[] = [];
    for (const row of rows) {
      if (row['a.id'] === null) results.push(athleteResultOf(row));
      else {
        const athlete = athleteColumns.pick<Athlete>(row, 'a.');
        found.set(athlete.id, { athlete, aliases: (row['a.aliases'] as AthleteAlias[] | null) ?? [], results: [] });
      }
    }
    for (const result of newestFirst(results)) found.get(result.athleteId)?.results.push(result);
    return rowsByKey(values as ReadonlyArray<number | string>, [...found.values()], (row) =>
      key === 'id' ? row.athlete.id : row.athlete.slug,
    );
  }

  async aliasesOf(athleteIds: readonly number[]): Promise<AthleteAlias[][]> {
    const rows = await this.sql.rowsByKeys<AthleteAlias>(Prisma.sql`
      SELECT ${athleteAliasColumns('al')} FROM athlete_aliases al WHERE al.athlete_id = ANY(${[...athleteIds]}::int[]) ORDER BY al.id`);
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }

  /** Each athlete's external ids, by system. */
  async externalIdsOf(athleteIds: readonly number[]): Promise<ExternalIdRow[][]> {
    const rows = await this.sql.rowsByKeys<ExternalIdRow>(Prisma.sql`
      SELECT x.athlete_id AS "athleteId", x.system, x.value, x.system || ':' || x.value AS text
        FROM athlete_external_ids x WHERE x.athlete_id = ANY(${[...athleteIds]}::int[]) ORDER BY x.system`);
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }

  /** Athletes by external id (parsed: system upper-case), through the (system, value) unique index. */
  async byExternalIds(ids: readonly ExternalId[]): Promise<Array<Athlete | null>> {
    const rows = await this.sql.rowsByKeys<Athlete & { externalId: string }>(Prisma.sql`
      SELECT ${athleteColumns('a')}, x.system || ':' || x.value AS "externalId"
        FROM athlete_external_ids x JOIN athletes a ON a.id = x.athlete_id
       WHERE (x.system, x.value) IN (SELECT * FROM unnest(${ids.map((id) => id.system)}::text[], ${ids.map((id) => id.value)}::text[]))`);
    const found = rowsByKey(ids.map(externalIdText), rows, (row) => row.externalId);
    return found.map((row) => {
      if (!row) return null;
      const { externalId: _, ...athlete } = row;
      return athlete;
    });
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
