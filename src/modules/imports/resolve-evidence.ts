// Rule 3 of resolve-athletes.ts: a new athlete's rows against the stored results of the
// same races, under a similar name (src/domain/identity.ts).
import { describeNameEvidence, externalIdText, nameEvidence, type ExternalId } from '../../domain';
import type { Collector } from './collect';
import { ATHLETE_SELECT, type Person, type PersonOf, type StoredAthlete } from './person';
import type { RacePlan } from './resolve';
import type { SqlSession } from './sql-session';

/**
 * Rule 3: a new athlete's rows in stored races, against the stored results with the same
 * place and mark (where one side lacks either, the other alone). One suggested athlete over all the person's rows makes the match; two
 * (or one whose country, sex or date of birth disagrees) leave the athlete new.
 */
export async function resolveByEvidence(
  sql: SqlSession,
  c: Collector,
  races: RacePlan[],
  athletes: Array<Person | null>,
  personOf: PersonOf,
): Promise<void> {
  const newIdxs = athletes.flatMap((p, idx) => (p && !p.existing ? [idx] : []));
  const storedRaces = races.flatMap((r, idx) => (r.existing ? [idx] : []));
  if (newIdxs.length === 0 || storedRaces.length === 0) return;
  const knownIdxs = athletes.flatMap((p, idx) => (p?.existing ? [idx] : []));
  const all = await sql.query<{ athlete_idx: number; race_idx: number; place: number | null; mark_value: number | null }>(
    `SELECT athlete_idx, race_idx, place, mark_value FROM import_rows
      WHERE race_idx = ANY($1::int[]) AND (athlete_idx = ANY($2::int[]) OR athlete_idx = ANY($3::int[]))`,
    [storedRaces, newIdxs, knownIdxs],
  );
  const raceOfRow = (raceIdx: number) => races[raceIdx].existing?.id as number;
  // Stored athletes the file already names in a race: they cannot be someone else there too.
  const claimed = new Set(
    all.flatMap((r) => {
      const p = athletes[r.athlete_idx];
      return p?.existing ? [`${raceOfRow(r.race_idx)}/${p.identity}`] : [];
    }),
  );
  const rows = all.filter((r) => !athletes[r.athlete_idx]?.existing && (r.place !== null || r.mark_value !== null));
  if (rows.length === 0) return;
  const raceIds = [...new Set(rows.map((r) => races[r.race_idx].existing?.id as number))];
  const stored = await sql.query<
    StoredAthlete & { race_id: number; place: number | null; mark_value: number | null; aliases: string[]; ids: string[] }
  >(
    `SELECT p.race_id, p.place, p.mark_value, ${ATHLETE_SELECT},
            ARRAY(SELECT al.name FROM athlete_aliases al WHERE al.athlete_id = a.id) AS aliases,
            ARRAY(SELECT e.system || ':' || e.value FROM athlete_external_ids e WHERE e.athlete_id = a.id) AS ids
       FROM performances p JOIN athletes a ON a.id = p.athlete_id
      WHERE p.race_id = ANY($1::int[]) AND (p.place IS NOT NULL OR p.mark_value IS NOT NULL)`,
    [raceIds],
  );
  const atPlace = new Map<string, typeof stored>();
  for (const s of stored) atPlace.set(`${s.race_id}`, [...(atPlace.get(`${s.race_id}`) ?? []), s]);
  const rowsOfKey = new Map<number, typeof rows>();
  for (const r of rows) rowsOfKey.set(r.athlete_idx, [...(rowsOfKey.get(r.athlete_idx) ?? []), r]);

  const suggestions = new Map<Person, Map<number, { stored: StoredAthlete; reason: string }>>();
  for (const [idx, keyRows] of rowsOfKey) {
    const a = c.athleteList[idx];
    const person = athletes[idx] as Person;
    for (const r of keyRows) {
      for (const s of atPlace.get(`${raceOfRow(r.race_idx)}`) ?? []) {
        // The same place and mark where both give them, and at least one of the two given by both
        // (a source may list places only, or marks only).
        const samePlace = r.place !== null && s.place !== null;
        const sameMark = r.mark_value !== null && s.mark_value !== null;
        if ((samePlace && r.place !== s.place) || (sameMark && r.mark_value !== s.mark_value) || (!samePlace && !sameMark)) continue;
        if (claimed.has(`${s.race_id}/${s.id}`)) continue;
        if (s.sex !== a.sex || (a.country && s.country_code && s.country_code.trim() !== a.country)) continue;
        if (a.birthDate && s.birth_date && a.birthDate !== s.birth_date) continue;
        // Another id of the row's system: another person.
        if (
          a.externalId &&
          s.ids.some((id) => id.startsWith(`${a.externalId?.system}:`) && id !== externalIdText(a.externalId as ExternalId))
        )
          continue;
        const evidence = [s.display_name, ...s.aliases]
          .map((name) => nameEvidence({ displayName: a.name }, { displayName: name, givenName: s.given_name, familyName: s.family_name }))
          .find((e) => e !== null);
        if (!evidence) continue;
        const found = suggestions.get(person) ?? new Map();
        const same = [samePlace ? `place (${r.place})` : null, sameMark ? 'mark' : null].filter(Boolean).join(' and ');
        found.set(s.id, { stored: s, reason: `${describeNameEvidence(evidence)}, the same ${same} in a stored race of ${s.slug}` });
        suggestions.set(person, found);
      }
    }
  }
  for (const [person, found] of suggestions) {
    if (found.size !== 1) continue;
    const [{ stored: s, reason }] = found.values();
    const keys = athletes.flatMap((p, idx) => (p === person ? [idx] : []));
    const matched = personOf(s, c.athleteList[keys[0]], 'RESULT_EVIDENCE', reason);
    for (const idx of keys) athletes[idx] = matched;
  }
}
