// The checks that need the whole file and the stored data, set-based over the staging table
// (import_rows) and the key maps: the same athlete twice in a race, results the file
// contradicts, shared places nobody published, dates of birth after the race.
import { nameEvidence } from '../../domain';
import type { Collector } from './collect';
import type { Resolution } from './resolve';
import type { SqlSession } from './sql-session';

export type Fail = (ref: number | null, column: string | null, message: string) => void;

export async function checkStaged(
  sql: SqlSession,
  c: Collector,
  r: Resolution,
  limit: number,
  fail: Fail,
  describe: (ref: number) => string,
): Promise<void> {
  // Errors about a meet, race or athlete: reported on every staged row that names it.
  const byScope = {
    meet: new Map<number, typeof r.errors>(),
    race: new Map<number, typeof r.errors>(),
    athlete: new Map<number, typeof r.errors>(),
  };
  for (const e of r.errors) byScope[e.scope].set(e.idx, [...(byScope[e.scope].get(e.idx) ?? []), e]);
  if (r.errors.length > 0) {
    const raceIdxs = c.raceList.filter((race) => byScope.race.has(race.idx) || byScope.meet.has(race.meet.idx)).map((race) => race.idx);
    const rows = await sql.query<{ ref: number; race_idx: number; athlete_idx: number }>(
      `SELECT ref, race_idx, athlete_idx FROM import_rows WHERE race_idx = ANY($1::int[]) OR athlete_idx = ANY($2::int[]) ORDER BY ref`,
      [raceIdxs, [...byScope.athlete.keys()]],
    );
    for (const row of rows) {
      const race = c.raceList[row.race_idx];
      for (const e of [
        ...(byScope.meet.get(race.meet.idx) ?? []),
        ...(byScope.race.get(race.idx) ?? []),
        ...(byScope.athlete.get(row.athlete_idx) ?? []),
      ]) {
        fail(row.ref, e.column, e.message);
      }
    }
  }

  // The same athlete twice in one race, where the first pass could not see it: races whose
  // rows are scattered over the file, and people the file names in more than one way.
  const scattered = c.raceList.filter((race) => race.runs > 1).map((race) => race.idx);
  const keysOf = new Map<number, number>();
  for (const person of r.athletes) if (person) keysOf.set(person.identity, (keysOf.get(person.identity) ?? 0) + 1);
  const severalKeys = [...keysOf].filter(([, n]) => n > 1).map(([identity]) => identity);
  if (scattered.length > 0 || severalKeys.length > 0) {
    const duplicates = await sql.query<{ ref: number; first_ref: number }>(
      `WITH candidates AS (
         SELECT s.ref, s.race_idx, a.identity FROM import_rows s JOIN import_athletes a ON a.idx = s.athlete_idx
          WHERE s.race_idx = ANY($2::int[]) OR a.identity = ANY($3::int[])),
       dup AS (SELECT race_idx, identity, min(ref) AS first_ref FROM candidates GROUP BY race_idx, identity HAVING count(*) > 1)
       SELECT x.ref, d.first_ref FROM candidates x JOIN dup d ON d.race_idx = x.race_idx AND d.identity = x.identity
        WHERE x.ref <> d.first_ref ORDER BY x.ref LIMIT $1`,
      [limit + 1, scattered, severalKeys],
    );
    for (const d of duplicates) fail(d.ref, 'athlete', `the same athlete in the same race as ${describe(d.first_ref)}`);
  }

  // Results already stored: only possible where both the race and the athlete were stored.
  await sql.execute(
    `CREATE TEMP TABLE import_matched ON COMMIT DROP AS
     SELECT s.ref, s.source_idx, p.id AS performance_id
       FROM import_rows s
       JOIN import_races rc ON rc.idx = s.race_idx
       JOIN import_athletes a ON a.idx = s.athlete_idx
       JOIN performances p ON p.race_id = rc.id AND p.athlete_id = a.id
      WHERE rc.id IS NOT NULL AND a.id IS NOT NULL`,
  );
  // ... with other values. What the stored result lacks (notes, wind, a photo finish, a place
  // or mark) the file completes, in write(); a value both give differently is a contradiction,
  // named field by field; corrections go through updatePerformance.
  const contradictions = await sql.query<{ ref: number; fields: string }>(
    `SELECT s.ref, concat_ws('; ',
              CASE WHEN p.status::text <> s.status THEN format('status: stored %s, file %s', p.status, s.status) END,
              CASE WHEN p.place <> s.place OR (p.place = s.place AND p.tied <> s.tied)
                   THEN format('place: stored %s, file %s', p.place || CASE WHEN p.tied THEN '=' ELSE '' END, s.place || CASE WHEN s.tied THEN '=' ELSE '' END) END,
              CASE WHEN ${MARKS_DIFFER} THEN format('mark: stored %s, file %s', p.mark_text, s.mark_text) END,
              CASE WHEN p.wind_mps <> s.wind THEN format('wind: stored %s, file %s', p.wind_mps, s.wind) END,
              CASE WHEN NOT p.notes::text[] @> string_to_array(s.notes, ' ') AND NOT p.notes::text[] <@ string_to_array(s.notes, ' ')
                   THEN format('notes: stored %s, file %s', array_to_string(p.notes::text[], ' '), s.notes) END) AS fields
       FROM import_matched m JOIN import_rows s ON s.ref = m.ref JOIN performances p ON p.id = m.performance_id
      WHERE p.status::text <> s.status OR p.place <> s.place OR (p.place = s.place AND p.tied <> s.tied)
         OR ${MARKS_DIFFER} OR p.wind_mps <> s.wind
         OR (NOT p.notes::text[] @> string_to_array(s.notes, ' ') AND NOT p.notes::text[] <@ string_to_array(s.notes, ' '))
      ORDER BY s.ref LIMIT $1`,
    [limit + 1],
  );
  for (const p of contradictions) {
    fail(
      p.ref,
      null,
      `this result is already stored and the file contradicts it (${p.fields}); correct it with the updatePerformance mutation`,
    );
  }

  await checkTies(sql, limit, fail);

  const tooYoung = await sql.query<{ ref: number; birth_date: string; day: string }>(
    `SELECT s.ref, a.birth_date::text AS birth_date, rc.day::text AS day
       FROM import_rows s JOIN import_athletes a ON a.idx = s.athlete_idx JOIN import_races rc ON rc.idx = s.race_idx
      WHERE a.birth_date >= rc.day ORDER BY s.ref LIMIT $1`,
    [limit + 1],
  );
  for (const t of tooYoung) fail(t.ref, 'athlete_birth_date', `born ${t.birth_date}, not before the race (${t.day})`);
}

/**
 * Stored mark p and file mark s (both given) disagree. A time read to the thousandth agrees
 * with the same time to the hundredth it rounds up to (9.784 is 9.79: fully automatic
 * times are rounded up to the next hundredth); the stored one stays.
 */
const MARKS_DIFFER = `NOT (p.mark_value = s.mark_value AND p.precision::text = s.precision
     OR p.precision::text = 'HUNDREDTHS' AND s.precision = 'THOUSANDTHS' AND (s.mark_value + 9) / 10 * 10 = p.mark_value
     OR p.precision::text = 'THOUSANDTHS' AND s.precision = 'HUNDREDTHS' AND (p.mark_value + 9) / 10 * 10 = s.mark_value)`;

/**
 * No fabricated ties: a place without "=" is held by one athlete of a race, and a shared
 * place is "=" in every row that gives it, the file's rows and the stored results together
 * (a stored result the file repeats counts once). The database refuses the same
 * (performances_place_held_alone and its trigger); this names the row and the holders.
 */
async function checkTies(sql: SqlSession, limit: number, fail: Fail): Promise<void> {
  // The (race, place) pairs held twice without "=": among the file's rows (one athlete per race
  // is checked already), then against the stored results of stored races. Cheap, set-based;
  // names are read only for the pairs found.
  const bad = await sql.query<{ race_idx: number; place: number }>(
    `SELECT race_idx, place FROM import_rows WHERE place IS NOT NULL GROUP BY race_idx, place HAVING count(*) > 1 AND NOT bool_and(tied)
     UNION
     SELECT s.race_idx, s.place FROM import_rows s JOIN import_races rc ON rc.idx = s.race_idx
       JOIN performances p ON p.race_id = rc.id AND p.place = s.place
       JOIN import_athletes a ON a.idx = s.athlete_idx
      WHERE rc.id IS NOT NULL AND p.athlete_id IS DISTINCT FROM a.id AND NOT (s.tied AND p.tied)
        AND NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.performance_id = p.id)
      LIMIT $1`,
    [limit + 1],
  );
  if (bad.length === 0) return;
  const rows = await sql.query<{
    ref: number;
    place: number;
    name: string;
    slug: string | null;
    holders: Array<{ name: string; slug: string | null }>;
  }>(
    `WITH bad AS (SELECT * FROM unnest($2::int[], $3::int[]) AS b(race_idx, place)),
     holders AS (
       SELECT s.ref, s.race_idx, a.identity, s.place, coalesce(x.display_name, a.name) AS name, x.slug
         FROM import_rows s JOIN bad USING (race_idx, place) JOIN import_athletes a ON a.idx = s.athlete_idx LEFT JOIN athletes x ON x.id = a.id
       UNION ALL
       SELECT NULL, rc.idx, p.athlete_id, p.place, x.display_name, x.slug
         FROM bad JOIN import_races rc ON rc.idx = bad.race_idx JOIN performances p ON p.race_id = rc.id AND p.place = bad.place
         JOIN athletes x ON x.id = p.athlete_id
        WHERE NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.performance_id = p.id))
     SELECT h.ref, h.place, h.name, h.slug,
            (SELECT json_agg(DISTINCT jsonb_build_object('name', o.name, 'slug', o.slug))
               FROM holders o WHERE o.race_idx = h.race_idx AND o.place = h.place AND o.identity <> h.identity) AS holders
       FROM holders h WHERE h.ref IS NOT NULL ORDER BY h.ref LIMIT $1`,
    [limit + 1, bad.map((b) => b.race_idx), bad.map((b) => b.place)],
  );
  for (const r of rows) {
    const holders = r.holders
      .map((h) => h.name)
      .sort()
      .join(', ');
    // Two records of one person make such a tie: say so, with what mends it.
    const twin = r.holders.find((h) => nameEvidence({ displayName: r.name }, { displayName: h.name }) !== null);
    const hint = twin
      ? `; ${twin.name}${twin.slug ? ` (${twin.slug})` : ''} may be ${r.slug ? `the same athlete as ${r.slug}: merge the two with mergeAthletes` : 'this athlete: give athlete_id'}, or make this spelling an alias`
      : '';
    fail(
      r.ref,
      'place',
      `place ${r.place} of this race is also held by ${holders}: a shared place is written "${r.place}=" in every row that gives it${hint}`,
    );
  }
}
