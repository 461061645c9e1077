// Pairs of athlete records that are probably one person, for curators to merge.
//
// Three statements whatever the number of athletes: (1) the athletes that share a blocking key
// with another athlete of their sex, (2) the seasons of those paired by name, (3) the races
// both records of a pair ran. Names are compared in TypeScript (nameEvidence), within blocks:
//   l: the last word of the folded name ("kibiwott"): the same name, another spelling of the
//      given names, an initial ("B. Kigen" / "Benjamin Kigen"), a name more in front ("Lamont
//      Marcell Jacobs");
//   f: the first word and the last word's initial ("abraham k"): another spelling of the
//      family name ("Kibiwot" / "Kibiwott"), a name more at the end ("Maruša Mišmaš-Zrimšek");
//   s: the words in alphabetical order: the same words in another order ("KIGEN Benjamin").
// A pair whose spellings differ in both the first word and the last word's first letter, or
// in the first word and in the last word at once, shares no key and is not found. Cost: on
// 20,000 synthetic athletes drawn from small name pools (37,000 pairs) about 0.8 s, half of it
// nameEvidence; name-shortcut.ts spares it the pairs of a block that cannot match.
import type { Athlete, Meet, Performance, Race } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { athleteColumns, meetColumns, performanceColumns, raceColumns } from '../../db/model-columns';
import { placeShared, type RelatedRows } from '../../db/related-rows';
import type { SqlReader } from '../../db/sql-reader';
import { describeNameEvidence, nameEvidence, resultAgreement, type NameEvidence } from '../../domain';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page, type PageArgs } from '../common/relay';
import { resultFacts } from '../results/result-facts';
import { NameMatch, type DuplicateCandidateValue, type SharedRaceValue } from './duplicate-candidate.type';
import { mayMatch, nameShape, type NameShape } from './name-shortcut';

/** Each kind of name match as the graph names it, and its points (see DuplicateCandidate.strength). */
const NAME_MATCHES: Record<NameEvidence['kind'], { match: NameMatch; points: number }> = {
  SAME_NAME: { match: NameMatch.SAME_NAME, points: 40 },
  WORD_ORDER: { match: NameMatch.WORD_ORDER, points: 35 },
  SPELLING: { match: NameMatch.SPELLING, points: 30 },
  FEWER_NAMES: { match: NameMatch.FEWER_NAMES, points: 25 },
  INITIAL: { match: NameMatch.INITIAL, points: 20 },
};
/** A spelling two edits apart, not one. */
const SECOND_EDIT_POINTS = -5;
const SAME_BIRTH_DATE_POINTS = 30;
const SAME_COUNTRY_POINTS = 10;
const AGREEING_RACE_POINTS = 20;
const DISAGREEING_RACE_POINTS = -50;

export interface DuplicateCandidatePage extends Page<DuplicateCandidateValue> {
  /** The athletes, races, meets and results read: the request's loaders take them in. */
  related: RelatedRows;
}

type KeyedAthlete = Athlete & { keys: string[] };

interface NamePair {
  a: KeyedAthlete;
  b: KeyedAthlete;
  evidence: NameEvidence;
}

const birthDay = (a: Athlete) => a.birthDate?.getTime() ?? null;

/** The first key of `a` that `b` holds too (both sorted, a few keys each). */
function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  return a.find((key) => b.includes(key));
}

/** Seasons ranges overlap or touch (2023-2024 and 2025: yes; 2022 and 2024: no); a record without results fits any. */
function seasonsFit(a: number[], b: number[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a[0] <= b[b.length - 1] + 1 && b[0] <= a[a.length - 1] + 1;
}

/** The strength of a pair's evidence (DuplicateCandidate.strength says how it is counted). */
function strengthOf(evidence: NameEvidence, sameBirthDate: boolean, sameCountry: boolean, sharedRaces: readonly SharedRaceValue[]): number {
  let strength = NAME_MATCHES[evidence.kind].points + (evidence.kind === 'SPELLING' && evidence.edits > 1 ? SECOND_EDIT_POINTS : 0);
  if (sameBirthDate) strength += SAME_BIRTH_DATE_POINTS;
  if (sameCountry) strength += SAME_COUNTRY_POINTS;
  for (const race of sharedRaces) strength += race.agree ? AGREEING_RACE_POINTS : DISAGREEING_RACE_POINTS;
  return strength;
}

export class DuplicateCandidateService {
  constructor(private readonly sql: SqlReader) {}

  /** Every candidate pair, strongest evidence first, then by the two ids; paged. */
  async candidates(args: PageArgs): Promise<DuplicateCandidatePage> {
    checkPageSize(args.first);
    let after: [number, number, number] | null = null;
    if (args.after) {
      const key = decodeCursor(args.after, 3);
      if (!key.every((k) => typeof k === 'number')) throw badUserInput('after', 'is not a cursor of this list');
      after = key as [number, number, number];
    }
    const all = await this.all();
    const rank = (c: DuplicateCandidateValue): [number, number, number] => [c.strength, c.athleteA.id, c.athleteB.id];
    let start = 0;
    if (after) {
      const [strength, a, b] = after;
      start = all.candidates.findIndex(
        (c) => c.strength < strength || (c.strength === strength && (c.athleteA.id > a || (c.athleteA.id === a && c.athleteB.id > b))),
      );
      if (start < 0) start = all.candidates.length;
    }
    const nodes = all.candidates.slice(start, start + args.first);
    const page = toPage(nodes, rank, start + args.first < all.candidates.length, start > 0, all.candidates.length);
    return { ...page, related: all.related };
  }

  private async all(): Promise<{ candidates: DuplicateCandidateValue[]; related: RelatedRows }> {
    const related: RelatedRows = { athletes: [], performances: [], races: [], meets: [], sharedPlaces: [] };
    const pairs = await this.namePairs();
    if (pairs.length === 0) return { candidates: [], related };
    const athleteIds = [...new Set(pairs.flatMap((p) => [p.a.id, p.b.id]))];
    const [seasons, shared] = await Promise.all([this.seasonsOf(athleteIds), this.sharedRacesOf(pairs, related)]);
    const candidates: DuplicateCandidateValue[] = [];
    const athletes = new Map<number, Athlete>();
    for (const { a, b, evidence } of pairs) {
      const seasonsA = seasons.get(a.id) ?? [];
      const seasonsB = seasons.get(b.id) ?? [];
      if (!seasonsFit(seasonsA, seasonsB)) continue;
      const sharedRaces = shared.get(`${a.id}:${b.id}`) ?? [];
      const sameCountry = a.countryCode !== null && a.countryCode === b.countryCode;
      const sameBirthDate = birthDay(a) !== null && birthDay(a) === birthDay(b);
      const strength = strengthOf(evidence, sameBirthDate, sameCountry, sharedRaces);
      const athleteA = athleteColumns.pick<Athlete>(a as unknown as Record<string, unknown>, '');
      const athleteB = athleteColumns.pick<Athlete>(b as unknown as Record<string, unknown>, '');
      athletes.set(a.id, athleteA).set(b.id, athleteB);
      candidates.push({
        athleteA,
        athleteB,
        nameMatch: NAME_MATCHES[evidence.kind].match,
        nameEvidence: describeNameEvidence(evidence),
        sameCountry,
        countryUnknown: a.countryCode === null || b.countryCode === null,
        sameBirthDate,
        birthDateUnknown: birthDay(a) === null || birthDay(b) === null,
        seasonsA,
        seasonsB,
        sharedRaces,
        strength,
      });
    }
    candidates.sort((x, y) => y.strength - x.strength || x.athleteA.id - y.athleteA.id || x.athleteB.id - y.athleteB.id);
    related.athletes = [...athletes.values()];
    return { candidates, related };
  }

  /**
   * Statement 1, then the names compared: pairs of one block whose names match, of one sex
   * (the key holds it), without different countries or different dates of birth.
   */
  private async namePairs(): Promise<NamePair[]> {
    const rows = await this.sql.rows<KeyedAthlete>(Prisma.sql`
      WITH w AS MATERIALIZED (
        SELECT a.id, a.sex::text AS sex,
               array_remove(string_to_array(translate(a.search_name, '.,''’\`', '     '), ' '), '') AS w
          FROM athletes a
      ), k AS (
        SELECT w.id, w.sex || '/' || key AS key
          FROM w, unnest(ARRAY[
                 'l:' || w.w[cardinality(w.w)],
                 'f:' || w.w[1] || ' ' || left(w.w[cardinality(w.w)], 1),
                 's:' || array_to_string(ARRAY(SELECT x FROM unnest(w.w) x ORDER BY x), ' ')]) AS key
         WHERE cardinality(w.w) > 0
      ), shared AS (
        SELECT key FROM k GROUP BY key HAVING count(*) > 1
      ), keyed AS (
        SELECT k.id, array_agg(k.key) AS keys FROM k JOIN shared USING (key) GROUP BY k.id
      )
      SELECT ${athleteColumns('a')}, keyed.keys FROM keyed JOIN athletes a ON a.id = keyed.id ORDER BY a.id`);
    const blocks = new Map<string, KeyedAthlete[]>();
    for (const row of rows) {
      row.keys.sort();
      for (const key of row.keys) {
        const block = blocks.get(key);
        if (block) block.push(row);
        else blocks.set(key, [row]);
      }
    }
    const names = new Map(rows.map((row) => [row.id, nameShape(row)]));
    const pairs: NamePair[] = [];
    for (const [key, block] of blocks) {
      // Rows come in id order, so `a` is always the lower id.
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i];
          const b = block[j];
          // A pair in several blocks is compared in the first of them (keys in the same order for all).
          if (firstShared(a.keys, b.keys) !== key) continue;
          if (a.countryCode !== null && b.countryCode !== null && a.countryCode !== b.countryCode) continue;
          if (birthDay(a) !== null && birthDay(b) !== null && birthDay(a) !== birthDay(b)) continue;
          const na = names.get(a.id) as NameShape;
          const nb = names.get(b.id) as NameShape;
          if (!mayMatch(na, nb)) continue;
          const evidence = nameEvidence(na.parts, nb.parts);
          if (evidence) pairs.push({ a, b, evidence });
        }
      }
    }
    return pairs;
  }

  /** Statement 2: the seasons each athlete has results in, ascending. */
  private async seasonsOf(athleteIds: number[]): Promise<Map<number, number[]>> {
    const rows = await this.sql.rows<{ athleteId: number; seasons: number[] }>(Prisma.sql`
      SELECT p.athlete_id AS "athleteId", array_agg(DISTINCT r.season ORDER BY r.season) AS seasons
        FROM performances p JOIN races r ON r.id = p.race_id
       WHERE p.athlete_id = ANY(${athleteIds}::int[]) AND r.season IS NOT NULL
       GROUP BY p.athlete_id`);
    return new Map(rows.map((row) => [row.athleteId, row.seasons]));
  }

  /** Statement 3: the races both athletes of a pair have a result in, with both results, by "idA:idB". */
  private async sharedRacesOf(pairs: NamePair[], related: RelatedRows): Promise<Map<string, SharedRaceValue[]>> {
    const rows = await this.sql.rows<Record<string, unknown>>(Prisma.sql`
      SELECT ${performanceColumns('pa', 'pa.')}, ${placeShared('pa')} AS "pa.shared",
             ${performanceColumns('pb', 'pb.')}, ${placeShared('pb')} AS "pb.shared",
             ${raceColumns('r', 'r.')}, ${meetColumns('m', 'm.')}
        FROM unnest(${pairs.map((p) => p.a.id)}::int[], ${pairs.map((p) => p.b.id)}::int[]) AS pair(a, b)
        JOIN performances pa ON pa.athlete_id = pair.a
        JOIN performances pb ON pb.athlete_id = pair.b AND pb.race_id = pa.race_id
        JOIN races r ON r.id = pa.race_id
        JOIN meets m ON m.id = r.meet_id
       ORDER BY pair.a, pair.b, r.effective_date NULLS LAST, r.id`);
    const byPair = new Map<string, SharedRaceValue[]>();
    const meets = new Map<number, Meet>();
    for (const row of rows) {
      const resultA = performanceColumns.pick<Performance>(row, 'pa.');
      const resultB = performanceColumns.pick<Performance>(row, 'pb.');
      const race = raceColumns.pick<Race>(row, 'r.');
      const verdict = resultAgreement(resultFacts(resultA), resultFacts(resultB));
      const disagreements = verdict.agree ? [] : verdict.disagreements.map((d) => `${d.field}: A ${d.keep}, B ${d.remove}`);
      const key = `${resultA.athleteId}:${resultB.athleteId}`;
      const list = byPair.get(key) ?? [];
      list.push({ race, resultA, resultB, agree: verdict.agree, disagreements });
      byPair.set(key, list);
      related.performances.push(resultA, resultB);
      related.races.push(race);
      meets.set(race.meetId, meetColumns.pick<Meet>(row, 'm.'));
      for (const [p, alias] of [
        [resultA, 'pa'],
        [resultB, 'pb'],
      ] as const) {
        if (p.place !== null) related.sharedPlaces.push({ raceId: p.raceId, place: p.place, shared: row[`${alias}.shared`] === true });
      }
    }
    related.meets = [...meets.values()];
    return byPair;
  }
}
