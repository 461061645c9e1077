// The query classes of the benchmark: each one a GraphQL operation with varied variables,
// and the same read written by hand in SQL through `pg` (the floor: one statement each).
import type { Pool } from 'pg';
import { headToHead, parseMark, type MarkDirection, type MarkUnit } from '../../src/domain';
import type { Pools } from './pools';

export interface EventInfo {
  id: number;
  direction: MarkDirection;
  unit: MarkUnit;
}

export interface BenchContext {
  pools: Pools;
  events: Map<string, EventInfo>;
}

export interface QueryClass {
  key: string;
  title: string;
  /** The GraphQL document; its operation is the only one in it. */
  document: string;
  variables(i: number, ctx: BenchContext): Record<string, unknown>;
  /** The floor: the same data through hand-written SQL; resolves with its statement count. */
  floor(pool: Pool, variables: Record<string, unknown>, ctx: BenchContext): Promise<number>;
}

const eventKey = (code: string, sex: string) => `${code}/${sex}`;
const order = (direction: MarkDirection) => (direction === 'LOWER_IS_BETTER' ? 'ASC' : 'DESC');

// The season of a result: the year of the race's date, else of the meet's, else the year held
// (stored on races, as the API reads it: the races_effective_date_season migration).
const SEASON = `r.season`;
// Legal for bests and lists: finished, a mark, no hand time, not wind-assisted outdoors.
const LEGAL = `p.status = 'FINISHED' AND p.mark_value IS NOT NULL AND p.precision <> 'TENTHS_HAND'
  AND NOT (e.wind_affected AND NOT m.indoor AND COALESCE(p.wind_mps, r.wind_mps) > 2.0)`;

export const CLASSES: QueryClass[] = [
  {
    key: 'profile',
    title: 'athlete profile',
    document: `query AthleteProfile($slug: String!, $season: Int!) {
  athlete(slug: $slug) {
    id slug displayName givenName familyName sex birthDate aliases
    country { code name }
    personalBests { event { code sex name } mark { text value } indoor season date windStatus performance { race { meet { name year } } } }
    seasonBests(season: $season) { event { code sex name } mark { text value } indoor date windStatus performance { race { meet { name } } } }
    medals(first: 50) { totalCount nodes { medal place shared mark { text } championship { name } edition { name year } event { code sex } } }
    performances(first: 10) { nodes { placeText status notes windMps mark { text value } race { name date season meet { name year } } } }
  }
}`,
    variables: (i, { pools }) => {
      const a = pools.athletes[i % pools.athletes.length];
      return { slug: a.slug, season: a.season };
    },
    async floor(pool, v) {
      await pool.query(
        `
        WITH a AS (
          SELECT a.id, a.slug, a.display_name, a.given_name, a.family_name, a.sex, a.birth_date, a.country_code, c.name AS country_name,
                 ARRAY(SELECT al.name FROM athlete_aliases al WHERE al.athlete_id = a.id ORDER BY al.id) AS aliases
            FROM athletes a LEFT JOIN countries c ON c.code = a.country_code WHERE a.slug = $1),
        perf AS (
          SELECT p.id, p.race_id, p.place, p.mark_value, p.mark_text, p.precision, p.status, p.notes,
                 COALESCE(p.wind_mps, r.wind_mps) AS wind, r.event_id, r.round, r.heat, r.date, m.name AS meet, m.year,
                 m.indoor, m.championship_id, COALESCE(r.date, m.start_date) AS day, ${SEASON} AS season,
                 e.code, e.sex, e.name AS event, e.direction,
                 (p.status = 'FINISHED' AND p.mark_value IS NOT NULL AND p.precision <> 'TENTHS_HAND'
                   AND NOT (e.wind_affected AND NOT m.indoor AND COALESCE(p.wind_mps, r.wind_mps) > 2.0)) AS legal
            FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id JOIN events e ON e.id = r.event_id
           WHERE p.athlete_id = (SELECT id FROM a)),
        pb AS (SELECT DISTINCT ON (event_id, indoor) * FROM perf WHERE legal
                ORDER BY event_id, indoor, CASE WHEN direction = 'LOWER_IS_BETTER' THEN mark_value ELSE -mark_value END, day, id),
        sb AS (SELECT DISTINCT ON (event_id, indoor) * FROM perf WHERE legal AND season = $2
                ORDER BY event_id, indoor, CASE WHEN direction = 'LOWER_IS_BETTER' THEN mark_value ELSE -mark_value END, day, id),
        medals AS (SELECT perf.*, ch.name AS championship FROM perf JOIN championships ch ON ch.id = perf.championship_id
                    WHERE ch.awards_medals AND perf.round = 'FINAL' AND perf.status = 'FINISHED' AND perf.place <= 3),
        recent AS (SELECT * FROM perf ORDER BY COALESCE(day, make_date(year, 1, 1)) DESC, race_id DESC LIMIT 10)
        SELECT (SELECT row_to_json(a) FROM a) AS athlete, (SELECT json_agg(pb) FROM pb) AS pbs, (SELECT json_agg(sb) FROM sb) AS sbs,
               (SELECT json_agg(medals ORDER BY day DESC NULLS LAST) FROM medals) AS medals, (SELECT json_agg(recent) FROM recent) AS recent`,
        [v.slug, v.season],
      );
      return 1;
    },
  },
  {
    key: 'h2h',
    title: 'head-to-head (20+ meetings)',
    document: `query HeadToHead($a: AthleteRef!, $b: AthleteRef!) {
  headToHead(athleteA: $a, athleteB: $b) {
    athleteA { displayName } athleteB { displayName }
    races winsA winsB noDecision leader { displayName }
    meetings(first: 50) {
      nodes {
        race { name date season meet { name year } }
        performanceA { placeText status mark { text } }
        performanceB { placeText status mark { text } }
        winner { displayName } decision margin { text }
      }
    }
  }
}`,
    variables: (i, { pools }) => {
      const p = pools.pairs[i % pools.pairs.length];
      return i % 2 ? { a: { slug: p.a }, b: { slug: p.b } } : { a: { slug: p.b }, b: { slug: p.a } };
    },
    async floor(pool, v) {
      const { rows } = await pool.query(
        `
        SELECT r.id AS race_id, r.date, r.round, r.heat, m.name AS meet, m.year, e.code, e.sex, e.name AS event,
               pa.place AS place_a, pa.status AS status_a, pa.mark_text AS mark_a, pa.mark_value AS value_a,
               pb.place AS place_b, pb.status AS status_b, pb.mark_text AS mark_b, pb.mark_value AS value_b,
               a.display_name AS name_a, b.display_name AS name_b
          FROM athletes a JOIN athletes b ON b.slug = $2
          JOIN performances pa ON pa.athlete_id = a.id
          JOIN performances pb ON pb.race_id = pa.race_id AND pb.athlete_id = b.id
          JOIN races r ON r.id = pa.race_id JOIN meets m ON m.id = r.meet_id JOIN events e ON e.id = r.event_id
         WHERE a.slug = $1 AND r.status = 'COMPLETED'
         ORDER BY COALESCE(r.date, m.start_date, make_date(m.year, 1, 1)) DESC, r.id DESC`,
        [(v.a as { slug: string }).slug, (v.b as { slug: string }).slug],
      );
      let winsA = 0;
      let winsB = 0;
      for (const row of rows) {
        const o = headToHead({ place: row.place_a, status: row.status_a }, { place: row.place_b, status: row.status_b });
        if (o.winner === 'A') winsA++;
        else if (o.winner === 'B') winsB++;
      }
      if (winsA + winsB > rows.length) throw new Error('unreachable');
      return 1;
    },
  },
  {
    key: 'toplist',
    title: 'season top list (100)',
    document: `query SeasonTopList($event: EventRef!, $season: Int!, $first: Int!) {
  topList(event: $event, season: $season, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { rank athlete { displayName country { code } } mark { text value } date windMps performance { placeText race { meet { name } } } }
  }
}`,
    variables: (i, { pools }) => {
      const t = pools.topLists[i % pools.topLists.length];
      return { event: { code: t.code, sex: t.sex }, season: t.season, first: 100 };
    },
    async floor(pool, v, ctx) {
      const ref = v.event as { code: string; sex: string };
      const event = ctx.events.get(eventKey(ref.code, ref.sex))!;
      const season = v.season as number;
      const dir = order(event.direction);
      await pool.query(
        `
        WITH best AS (
          SELECT DISTINCT ON (p.athlete_id) p.athlete_id, p.id, p.mark_value, p.mark_text, p.place,
                 COALESCE(p.wind_mps, r.wind_mps) AS wind, r.effective_date AS day, m.name AS meet
            FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id JOIN events e ON e.id = r.event_id
           WHERE r.event_id = $1 AND NOT m.indoor AND ${LEGAL} AND r.season = $2
           ORDER BY p.athlete_id, p.mark_value ${dir}, r.effective_date, p.id)
        SELECT best.*, a.display_name, a.country_code, rank() OVER (ORDER BY best.mark_value ${dir}) AS rank, count(*) OVER () AS total
          FROM best JOIN athletes a ON a.id = best.athlete_id
         ORDER BY best.mark_value ${dir}, best.day, a.family_name, a.given_name, a.id LIMIT $3`,
        [event.id, season, v.first],
      );
      return 1;
    },
  },
  {
    key: 'medals',
    title: 'medal table of a series',
    document: `query MedalTable($championship: String!) {
  medalTable(championship: $championship) {
    championship { name }
    rows { rank country { code name } gold silver bronze total }
  }
}`,
    variables: (i, { pools }) => ({ championship: pools.series[i % pools.series.length] }),
    async floor(pool, v) {
      await pool.query(
        `
        WITH medals AS (
          SELECT a.country_code, p.place
            FROM meets m JOIN races r ON r.meet_id = m.id
            JOIN performances p ON p.race_id = r.id JOIN athletes a ON a.id = p.athlete_id
           WHERE m.championship_id = (SELECT id FROM championships WHERE slug = $1 AND awards_medals)
             AND r.round = 'FINAL' AND p.status = 'FINISHED' AND p.place BETWEEN 1 AND 3)
        SELECT medals.country_code, c.name,
               count(*) FILTER (WHERE place = 1) AS gold, count(*) FILTER (WHERE place = 2) AS silver,
               count(*) FILTER (WHERE place = 3) AS bronze, count(*) AS total,
               rank() OVER (ORDER BY count(*) FILTER (WHERE place = 1) DESC, count(*) FILTER (WHERE place = 2) DESC,
                                     count(*) FILTER (WHERE place = 3) DESC) AS rank
          FROM medals LEFT JOIN countries c ON c.code = medals.country_code
         GROUP BY medals.country_code, c.name ORDER BY rank, c.name`,
        [v.championship],
      );
      return 1;
    },
  },
  {
    key: 'meet',
    title: "a meet's full results",
    document: `query MeetResults($slug: String!, $races: Int!) {
  meet(slug: $slug) {
    name year indoor startDate championship { name }
    races(first: $races) {
      totalCount
      nodes {
        name round heat date windMps event { code sex }
        results(first: 100) { nodes { place placeText status notes photoFinish windMps mark { text value } athlete { displayName country { code } } } }
      }
    }
  }
}`,
    variables: (i, { pools }) => ({ slug: pools.meets[i % pools.meets.length].slug, races: 100 }),
    async floor(pool, v) {
      await pool.query(
        `
        SELECT m.name AS meet, m.year, m.indoor, m.start_date, ch.name AS championship,
               r.id AS race_id, r.round, r.heat, r.date, r.wind_mps AS race_wind, e.code, e.sex, e.name AS event,
               p.id, p.place, p.status, p.notes, p.photo_finish, p.wind_mps, p.mark_text, p.mark_value,
               a.display_name, a.country_code
          FROM meets m LEFT JOIN championships ch ON ch.id = m.championship_id
          JOIN races r ON r.meet_id = m.id JOIN events e ON e.id = r.event_id
          LEFT JOIN performances p ON p.race_id = r.id LEFT JOIN athletes a ON a.id = p.athlete_id
         WHERE m.slug = $1
         ORDER BY r.date NULLS LAST, r.id, p.place NULLS LAST, p.status, p.id`,
        [v.slug],
      );
      return 1;
    },
  },
  {
    key: 'filter',
    title: 'analyst filter (first 100)',
    document: `query AnalystFilter($event: String!, $sex: Sex!, $from: Date!, $to: Date!, $mark: String!) {
  performances(event: $event, sex: $sex, from: $from, to: $to, markAtLeast: $mark, orderBy: { field: MARK }, first: 100) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { place mark { text value } athlete { displayName country { code } } race { name date meet { name year } } }
  }
}`,
    variables: (i, { pools }) => {
      const f = pools.filters[i % pools.filters.length];
      return { event: f.code, sex: f.sex, from: f.from, to: f.to, mark: f.mark };
    },
    async floor(pool, v, ctx) {
      const event = ctx.events.get(eventKey(v.event as string, v.sex as string))!;
      const value = parseMark(v.mark as string, event.unit).value;
      const cmp = event.direction === 'LOWER_IS_BETTER' ? '<=' : '>=';
      await pool.query(
        `
        SELECT p.id, p.place, p.mark_text, p.mark_value, a.display_name, a.country_code, r.round, r.heat, r.date,
               m.name AS meet, m.year, count(*) OVER () AS total
          FROM performances p JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id JOIN athletes a ON a.id = p.athlete_id
         WHERE r.event_id = $1 AND p.mark_value ${cmp} $4
           AND r.effective_date >= $2 AND r.effective_date <= $3
         ORDER BY p.mark_value ${order(event.direction)} NULLS LAST, p.id LIMIT 100`,
        [event.id, v.from, v.to, value],
      );
      return 1;
    },
  },
];
