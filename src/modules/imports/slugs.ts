import { slugify } from '../../domain';
import type { SqlSession } from './sql-session';

/**
 * Unique slugs for new rows of `table`: the base slug, or base-2, base-3... when it is
 * taken (in the table or by an earlier slug of the same batch).
 */
export async function allocateSlugs(sql: SqlSession, table: 'meets' | 'athletes', bases: string[]): Promise<string[]> {
  if (bases.length === 0) return [];
  const distinct = [...new Set(bases)];
  // The table name is one of two constants; the bases travel as a parameter.
  const rows = await sql.query<{ slug: string }>(
    `SELECT slug FROM ${table} WHERE slug = ANY($1::text[]) OR (slug ~ '-[0-9]+$' AND regexp_replace(slug, '-[0-9]+$', '') = ANY($1::text[]))`,
    [distinct],
  );
  const taken = new Set(rows.map((r) => r.slug));
  const next = new Map<string, number>();
  return bases.map((base) => {
    let slug = base;
    let n = next.get(base) ?? 2;
    while (taken.has(slug)) slug = `${base}-${n++}`;
    next.set(base, n);
    taken.add(slug);
    return slug;
  });
}

/** A meet's slug base: its name, with the year held added when the name carries no year. */
export function meetSlugBase(name: string, year: number): string {
  return slugify(/\b\d{4}\b/.test(name) ? name : `${name} ${year}`);
}
