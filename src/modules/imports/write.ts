// The writes of an import that passed every check: the missing sources, meets, races and
// athletes in batches, what the file completes, then the performances set-based from the
// staging table (with foreign-key triggers off where the role may: see below).
import { foldName, slugify } from '../../domain';
import type { Collector } from './collect';
import type { ImportReport } from './importer';
import type { Resolution } from './resolve';
import { allocateSlugs, meetSlugBase } from './slugs';
import type { SqlSession } from './sql-session';

export async function write(
  sql: SqlSession,
  c: Collector,
  r: Resolution,
  report: ImportReport,
  phase: (name: string) => void,
): Promise<void> {
  phase('writing sources, meets, races and athletes');
  const newSources = await writeSources(sql, c, r, report);
  await writeMeets(sql, c, r, report);
  const newRaces = await writeRaces(sql, c, r, report);
  const personIds = await writeAthletes(sql, r, report);

  // The maps get the new ids, then the performances go in set-based.
  await sql.execute('UPDATE import_races t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(idx, id) WHERE t.idx = v.idx', [
    newRaces.map((x) => x.idx),
    newRaces.map((x) => x.id),
  ]);
  await sql.execute(
    'UPDATE import_athletes t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(identity, id) WHERE t.identity = v.identity',
    [[...personIds.keys()], [...personIds.values()]],
  );
  await sql.execute('UPDATE import_sources t SET id = v.id FROM unnest($1::int[], $2::int[]) AS v(idx, id) WHERE t.idx = v.idx', [
    newSources.map((s) => s.idx),
    newSources.map((s) => s.id),
  ]);

  phase('writing performances');
  await writePerformances(sql, report, phase);
}

/** The sources the file names that are new; every source record gets its id. */
async function writeSources(sql: SqlSession, c: Collector, r: Resolution, report: ImportReport): Promise<Collector['sourceList']> {
  const newSources = c.sourceList.filter((s) => r.sources[s.idx] === null);
  if (newSources.length > 0) {
    const rows = await sql.query<{ id: number; reference: string }>(
      `INSERT INTO sources (reference, title) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id, reference`,
      [newSources.map((s) => s.reference), newSources.map((s) => s.title ?? s.reference)],
    );
    const ids = new Map(rows.map((row) => [row.reference, row.id]));
    for (const s of newSources) r.sources[s.idx] = ids.get(s.reference) as number;
    report.sources.created = rows.length;
  }
  for (const s of c.sourceList) s.id = r.sources[s.idx];
  return newSources;
}

/** New meets, what the file completes of stored ones, their aliases and sources. */
async function writeMeets(sql: SqlSession, c: Collector, r: Resolution, report: ImportReport): Promise<void> {
  const newMeets = c.meetList.filter((m) => !r.meets[m.idx].existing);
  if (newMeets.length > 0) {
    const slugs = await allocateSlugs(
      sql,
      'meets',
      newMeets.map((m) => meetSlugBase(m.name, m.year)),
    );
    const rows = await sql.query<{ id: number; slug: string }>(
      `INSERT INTO meets (slug, name, year, start_date, end_date, city, country_code, championship_id, indoor)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::date[], $5::date[], $6::text[], $7::text[], $8::int[], $9::boolean[])
       RETURNING id, slug`,
      [
        slugs,
        newMeets.map((m) => m.name),
        newMeets.map((m) => m.year),
        newMeets.map((m) => m.startDate),
        newMeets.map((m) => m.endDate),
        newMeets.map((m) => m.city),
        newMeets.map((m) => m.country),
        newMeets.map((m) => m.championshipId),
        newMeets.map((m) => m.indoor ?? false),
      ],
    );
    const ids = new Map(rows.map((row) => [row.slug, row.id]));
    newMeets.forEach((m, i) => (m.id = ids.get(slugs[i]) as number));
    report.meets.created = rows.length;
  }
  for (const m of c.meetList) m.id ??= r.meets[m.idx].existing?.id ?? null;
  const meetFills = c.meetList.filter((m) => r.meets[m.idx].existing && Object.keys(r.meets[m.idx].fill).length > 0);
  if (meetFills.length > 0) {
    const fill = (m: (typeof meetFills)[number]) => r.meets[m.idx].fill;
    await sql.execute(
      `UPDATE meets m SET start_date = coalesce(m.start_date, v.start_date), end_date = coalesce(m.end_date, v.end_date),
              city = coalesce(m.city, v.city), country_code = coalesce(m.country_code, v.country_code),
              championship_id = coalesce(m.championship_id, v.championship_id)
         FROM unnest($1::int[], $2::date[], $3::date[], $4::text[], $5::text[], $6::int[]) AS v(id, start_date, end_date, city, country_code, championship_id)
        WHERE m.id = v.id`,
      [
        meetFills.map((m) => m.id),
        meetFills.map((m) => fill(m).startDate ?? null),
        meetFills.map((m) => fill(m).endDate ?? null),
        meetFills.map((m) => fill(m).city ?? null),
        meetFills.map((m) => fill(m).countryCode ?? null),
        meetFills.map((m) => fill(m).championshipId ?? null),
      ],
    );
  }
  const aliases = c.meetList.filter((m) => r.meets[m.idx].addAlias !== null);
  await sql.execute(
    `INSERT INTO meet_aliases (meet_id, name, search_name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [aliases.map((m) => m.id), aliases.map((m) => m.name), aliases.map((m) => m.folded)],
  );
  const links = c.meetList.flatMap((m) => [...m.sources].map((s) => [m.id as number, c.sourceList[s].id as number]));
  await sql.execute(`INSERT INTO meet_sources (meet_id, source_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`, [
    links.map((l) => l[0]),
    links.map((l) => l[1]),
  ]);
}

/** New races (foreign-key triggers off where the role may), and what the file completes of stored ones. */
async function writeRaces(sql: SqlSession, c: Collector, r: Resolution, report: ImportReport): Promise<Collector['raceList']> {
  const newRaces = c.raceList.filter((race) => !r.races[race.idx].existing);
  const fastRaces = newRaces.length > 0 && (await withoutRaceForeignKeyTriggers(sql, newRaces));
  for (let i = 0; i < newRaces.length; i += 20_000) {
    const batch = newRaces.slice(i, i + 20_000);
    const rows = await sql.query<{ id: number; meet_id: number; event_id: number; round: string; heat: number }>(
      `INSERT INTO races (meet_id, event_id, round, heat, date, status, wind_mps)
       SELECT m, e, r::"Round", h, d, 'COMPLETED', w FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::date[], $6::numeric[]) AS t(m, e, r, h, d, w)
       RETURNING id, meet_id, event_id, round::text AS round, heat`,
      [
        batch.map((x) => x.meet.id),
        batch.map((x) => x.eventId),
        batch.map((x) => x.round),
        batch.map((x) => x.heat),
        batch.map((x) => x.date),
        batch.map((x) => x.wind),
      ],
    );
    const ids = new Map(rows.map((row) => [`${row.meet_id}/${row.event_id}/${row.round}/${row.heat}`, row.id]));
    for (const race of batch) race.id = ids.get(`${race.meet.id}/${race.eventId}/${race.round}/${race.heat}`) as number;
    report.races.created += rows.length;
  }
  if (fastRaces) await sql.execute('SET LOCAL session_replication_role = DEFAULT');
  for (const race of c.raceList) race.id ??= r.races[race.idx].existing?.id ?? null;
  const raceFills = c.raceList.filter((race) => r.races[race.idx].existing && Object.keys(r.races[race.idx].fill).length > 0);
  if (raceFills.length > 0) {
    const fill = (race: (typeof raceFills)[number]) => r.races[race.idx].fill;
    await sql.execute(
      `UPDATE races x SET date = coalesce(x.date, v.date), wind_mps = coalesce(x.wind_mps, v.wind),
              status = CASE WHEN v.complete THEN 'COMPLETED'::"RaceStatus" ELSE x.status END
         FROM unnest($1::int[], $2::date[], $3::numeric[], $4::boolean[]) AS v(id, date, wind, complete)
        WHERE x.id = v.id`,
      [
        raceFills.map((x) => x.id),
        raceFills.map((x) => fill(x).date ?? null),
        raceFills.map((x) => fill(x).wind ?? null),
        raceFills.map((x) => Boolean(fill(x).complete)),
      ],
    );
  }
  return newRaces;
}

/** New athletes, and what the file completes of stored ones; returns the new athletes' ids by identity. */
async function writeAthletes(sql: SqlSession, r: Resolution, report: ImportReport): Promise<Map<number, number>> {
  const newPersons = r.persons.filter((p) => !p.existing);
  const personIds = new Map<number, number>();
  for (let i = 0; i < newPersons.length; i += 20_000) {
    const batch = newPersons.slice(i, i + 20_000);
    const slugs = await allocateSlugs(
      sql,
      'athletes',
      batch.map((p) => slugify(p.name)),
    );
    const rows = await sql.query<{ id: number; slug: string }>(
      `INSERT INTO athletes (slug, display_name, search_name, sex, birth_date, country_code, updated_at)
       SELECT s, n, f, x::"Sex", b, c, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[]) AS t(s, n, f, x, b, c)
       RETURNING id, slug`,
      [
        slugs,
        batch.map((p) => p.name),
        batch.map((p) => foldName(p.name)),
        batch.map((p) => p.sex),
        batch.map((p) => p.birthDate),
        batch.map((p) => p.country),
      ],
    );
    const ids = new Map(rows.map((row) => [row.slug, row.id]));
    batch.forEach((p, k) => personIds.set(p.identity, ids.get(slugs[k]) as number));
    report.athletes.created += rows.length;
  }
  const birthFills = r.persons.filter((p) => p.existing && p.fillBirthDate);
  if (birthFills.length > 0) {
    await sql.execute(
      `UPDATE athletes a SET birth_date = v.b, updated_at = now() FROM unnest($1::int[], $2::date[]) AS v(id, b) WHERE a.id = v.id AND a.birth_date IS NULL`,
      [birthFills.map((p) => p.identity), birthFills.map((p) => p.fillBirthDate)],
    );
  }

  await completeAthletes(sql, r, personIds);
  return personIds;
}

/** The performances, set-based from the staging table, linked to their sources; stored ones completed. */
async function writePerformances(sql: SqlSession, report: ImportReport, phase: (name: string) => void): Promise<void> {
  // New performances get their ids first, so that linking them to their sources needs no join.
  const [{ seq }] = await sql.query<{ seq: string }>("SELECT pg_get_serial_sequence('performances', 'id') AS seq");
  await sql.execute(
    `CREATE TEMP TABLE import_new ON COMMIT DROP AS
     SELECT nextval($1::regclass)::int AS id, rc.id AS race_id, a.id AS athlete_id, so.id AS source_id,
            s.place, s.tied, s.mark_value, s.mark_text, s.precision, s.wind, s.status, s.notes, s.photo_finish, s.country
       FROM import_rows s
       JOIN import_races rc ON rc.idx = s.race_idx
       JOIN import_athletes a ON a.idx = s.athlete_idx
       JOIN import_sources so ON so.idx = s.source_idx
      WHERE NOT EXISTS (SELECT 1 FROM import_matched m WHERE m.ref = s.ref)`,
    [seq],
  );
  const fast = await withoutForeignKeyTriggers(sql);
  report.performances.created = await sql.execute(
    `INSERT INTO performances (id, race_id, athlete_id, place, tied, mark_value, mark_text, precision, wind_mps, status, notes, photo_finish,
                               country_code)
     SELECT id, race_id, athlete_id, place, tied, mark_value, mark_text, precision::"MarkPrecision", wind, status::"PerformanceStatus",
            string_to_array(notes, ' ')::"PerformanceNote"[], photo_finish, country
       FROM import_new`,
  );
  phase('linking performances to their sources');
  await sql.execute('INSERT INTO performance_sources (performance_id, source_id) SELECT id, source_id FROM import_new');
  if (fast) await sql.execute('SET LOCAL session_replication_role = DEFAULT');
  report.performances.updated = await completePerformances(sql);
  // Stored results the file repeats: their source is added (once).
  await sql.execute(
    `INSERT INTO performance_sources (performance_id, source_id)
     SELECT DISTINCT m.performance_id, so.id FROM import_matched m JOIN import_sources so ON so.idx = m.source_idx
     ON CONFLICT DO NOTHING`,
  );
}

/** What the file adds to stored athletes (a country, spellings as aliases) and the external ids it gives. */
async function completeAthletes(sql: SqlSession, r: Resolution, newIds: Map<number, number>): Promise<void> {
  const countries = r.persons.filter((p) => p.existing && p.fillCountry);
  await sql.execute(
    `UPDATE athletes a SET country_code = v.c, updated_at = now() FROM unnest($1::int[], $2::text[]) AS v(id, c) WHERE a.id = v.id AND a.country_code IS NULL`,
    [countries.map((p) => p.identity), countries.map((p) => p.fillCountry)],
  );
  const aliases = r.persons.flatMap((p) => (p.existing ? p.addAliases.map((name) => [p.identity, name] as const) : []));
  await sql.execute(
    `INSERT INTO athlete_aliases (athlete_id, name, search_name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [aliases.map((a) => a[0]), aliases.map((a) => a[1]), aliases.map((a) => foldName(a[1]))],
  );
  const ids = r.persons.flatMap((p) =>
    p.addExternalIds.map((e) => [p.existing ? p.identity : (newIds.get(p.identity) as number), e] as const),
  );
  await sql.execute(
    `INSERT INTO athlete_external_ids (athlete_id, system, value) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`,
    [ids.map((i) => i[0]), ids.map((i) => i[1].system), ids.map((i) => i[1].value)],
  );
}

/**
 * Completes stored results the file repeats with what they lack (checkStaged has refused
 * every contradiction): notes (the file's when they include the stored ones), wind, the
 * photo-finish flag, a place or a mark. Not the country competed for: only a new result
 * gets it, so re-importing a file changes nothing. Returns how many results changed.
 */
async function completePerformances(sql: SqlSession): Promise<number> {
  return sql.execute(
    `UPDATE performances p SET
            notes = CASE WHEN p.notes::text[] <@ string_to_array(s.notes, ' ') THEN string_to_array(s.notes, ' ')::"PerformanceNote"[] ELSE p.notes END,
            wind_mps = coalesce(p.wind_mps, s.wind), photo_finish = p.photo_finish OR s.photo_finish,
            place = coalesce(p.place, s.place), tied = CASE WHEN p.place IS NULL THEN s.tied ELSE p.tied END,
            mark_value = coalesce(p.mark_value, s.mark_value), mark_text = coalesce(p.mark_text, s.mark_text),
            precision = coalesce(p.precision, s.precision::"MarkPrecision")
       FROM import_matched m JOIN import_rows s ON s.ref = m.ref
      WHERE p.id = m.performance_id
        AND (NOT p.notes::text[] @> string_to_array(s.notes, ' ') OR (p.wind_mps IS NULL AND s.wind IS NOT NULL)
             OR (s.photo_finish AND NOT p.photo_finish) OR (p.place IS NULL AND s.place IS NOT NULL)
             OR (p.mark_value IS NULL AND s.mark_value IS NOT NULL))`,
  );
}

/**
 * Bulk loads spend most of their time in the foreign-key triggers: four per row (race,
 * athlete; performance, source), each a query and a row lock. Where the role may (a
 * superuser, and no trigger of our own on these tables), the import turns triggers off for
 * its two bulk INSERTs and does the checks' work itself, set-based: every race, athlete and
 * source the rows refer to is locked FOR KEY SHARE (as the triggers would, so none can be
 * deleted before the commit) and counted (so each exists). The performances referenced by
 * the links are the ones just inserted. Returns whether triggers are off.
 */
async function withoutForeignKeyTriggers(sql: SqlSession): Promise<boolean> {
  if (!(await mayTurnOffForeignKeyTriggers(sql, ['performances', 'performance_sources']))) return false;
  const [locked] = await sql.query<{
    races: number;
    athletes: number;
    sources: number;
    want_races: number;
    want_athletes: number;
    want_sources: number;
  }>(
    // The maps hold every race, athlete and source a staged row names (and no other).
    `WITH r AS MATERIALIZED (SELECT x.id FROM races x WHERE x.id IN (SELECT id FROM import_races) FOR KEY SHARE),
          a AS MATERIALIZED (SELECT x.id FROM athletes x WHERE x.id IN (SELECT id FROM import_athletes) FOR KEY SHARE),
          s AS MATERIALIZED (SELECT x.id FROM sources x WHERE x.id IN (SELECT id FROM import_sources) FOR KEY SHARE)
     SELECT (SELECT count(*) FROM r)::int AS races, (SELECT count(*) FROM a)::int AS athletes, (SELECT count(*) FROM s)::int AS sources,
            (SELECT count(DISTINCT id) FROM import_races)::int AS want_races,
            (SELECT count(DISTINCT id) FROM import_athletes)::int AS want_athletes,
            (SELECT count(DISTINCT id) FROM import_sources)::int AS want_sources`,
  );
  if (locked.races !== locked.want_races || locked.athletes !== locked.want_athletes || locked.sources !== locked.want_sources) {
    throw new Error('A race, athlete or source the rows refer to was deleted while the import ran; nothing was written');
  }
  await sql.execute('SET LOCAL session_replication_role = replica');
  return true;
}

/**
 * Whether the session may insert into these tables in replica mode: as a superuser, and
 * where every trigger of our own fires ALWAYS (replica mode turns the others off too).
 */
async function mayTurnOffForeignKeyTriggers(sql: SqlSession, tables: string[]): Promise<boolean> {
  const [can] = await sql.query<{ allowed: boolean }>(
    `SELECT current_setting('is_superuser') = 'on'
            AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'A' AND tgrelid = ANY($1::regclass[])) AS allowed`,
    [tables],
  );
  return Boolean(can?.allowed);
}

/**
 * The new races' inserts without their two foreign-key triggers (see withoutForeignKeyTriggers):
 * their meets and events are locked FOR KEY SHARE and counted instead. The caller turns
 * triggers back on after the inserts. Returns whether triggers are off.
 */
async function withoutRaceForeignKeyTriggers(
  sql: SqlSession,
  races: Array<{ meet: { id: number | null }; eventId: number }>,
): Promise<boolean> {
  if (!(await mayTurnOffForeignKeyTriggers(sql, ['races']))) return false;
  const meetIds = [...new Set(races.map((race) => race.meet.id as number))];
  const eventIds = [...new Set(races.map((race) => race.eventId))];
  const [locked] = await sql.query<{ meets: number; events: number }>(
    `WITH m AS MATERIALIZED (SELECT id FROM meets WHERE id = ANY($1::int[]) FOR KEY SHARE),
          e AS MATERIALIZED (SELECT id FROM events WHERE id = ANY($2::int[]) FOR KEY SHARE)
     SELECT (SELECT count(*) FROM m)::int AS meets, (SELECT count(*) FROM e)::int AS events`,
    [meetIds, eventIds],
  );
  if (locked.meets !== meetIds.length || locked.events !== eventIds.length) {
    throw new Error('A meet or event the rows refer to was deleted while the import ran; nothing was written');
  }
  await sql.execute('SET LOCAL session_replication_role = replica');
  return true;
}
