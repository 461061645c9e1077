// Bests and lists in SQL: legal marks only (finished with a mark, not wind-assisted, hand
// times apart), best per athlete with DISTINCT ON, ranks with rank() over the whole list.
import type { Event as EventRow } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { RELATED_COLUMNS, relatedOf, type RelatedRows } from '../../db/related-rows';
import type { SqlReader } from '../../db/sql-reader';
import type { EventService } from '../competitions/event.service';
import type { PerformanceService, PerformanceWithRace } from '../results/performance.service';
import { seasonBestsOfResults } from './season-bests';
import { checkYear, markDecimal, WIND_LIMIT_MPS, windStatus, type MarkPrecision, type MarkUnit } from '../../domain';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, toPage, type Page } from '../common/relay';
import type { BestMarkValue, ListEntryValue } from './best-mark.type';

/** An athlete's best legal mark of one season (event × year × indoor), hand times apart. */
export interface SeasonBestValue extends BestMarkValue {
  eventCode: string;
  eventSex: string;
  /** Hand-timed (TENTHS_HAND): such bests are only shown when hand times are asked for. */
  hand: boolean;
}

export interface MarkListQuery {
  event: EventRow;
  /** A season's list when set, else the all-time list. */
  season?: number | null;
  /** true: indoor marks only; false: outdoor only; null: both. */
  indoor: boolean | null;
  /** Every legal mark rather than each athlete's best. */
  allMarks: boolean;
  /** List hand times (only), ranked among themselves, instead of automatic times. */
  handTimes: boolean;
  first: number;
  after?: string | null;
}

interface MarkRow {
  performanceId: number;
  athleteId: number;
  eventId: number;
  markValue: number;
  markText: string;
  precision: MarkPrecision;
  unit: MarkUnit;
  wind: string | null;
  windApplies: boolean;
  season: number;
  indoor: boolean;
  date: Date | null;
  sortDate: Date;
  sortMark: number;
}

// The columns every bests and list query reads, over performances p, races r, meets m, events e
// (not mark_text: lists read it for their page only, so the scan can stay on an index).
// The season is the year of the race's date (else the meet's first day, else the year held),
// stored on races with that effective date (see the races_effective_date_season migration);
// wind applies only to wind-affected events outdoors; `sortMark` makes lower always better.
const MARK_COLUMNS = Prisma.sql`
  p.id AS "performanceId", p.athlete_id AS "athleteId", r.event_id AS "eventId",
  p.mark_value AS "markValue", p.precision::text AS precision, e.unit::text AS unit,
  COALESCE(p.wind_mps, r.wind_mps)::text AS wind, (e.wind_affected AND NOT m.indoor) AS "windApplies",
  r.season, m.indoor,
  r.effective_date AS date, COALESCE(r.effective_date, make_date(m.year, 1, 1)) AS "sortDate",
  CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN p.mark_value ELSE -p.mark_value END AS "sortMark",
  COALESCE(p.precision = 'TENTHS_HAND', false) AS hand`;

// Legal marks: finished with a mark, and not over the wind limit where wind applies (an
// unknown reading is given the benefit of the doubt, as isWindLegal does). A CHECK keeps
// mark_text set whenever mark_value is.
const LEGAL = Prisma.sql`
  p.status = 'FINISHED' AND p.mark_value IS NOT NULL AND p.precision IS NOT NULL
  AND NOT COALESCE(e.wind_affected AND NOT m.indoor AND COALESCE(p.wind_mps, r.wind_mps) > ${WIND_LIMIT_MPS}::numeric, false)`;

function toBestMark(row: MarkRow): BestMarkValue {
  const windMps = row.wind === null ? null : Number(row.wind);
  return {
    performanceId: row.performanceId,
    athleteId: row.athleteId,
    eventId: row.eventId,
    mark: {
      text: row.markText,
      value: row.markValue,
      unit: row.unit,
      precision: row.precision,
      decimal: markDecimal(row.markValue, row.unit),
    },
    season: row.season,
    indoor: row.indoor,
    date: row.date,
    windMps,
    windStatus: windStatus(row.wind, row.windApplies),
    sortMark: row.sortMark,
    sortDate: row.sortDate,
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export class BestsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly events: EventService,
    private readonly performances: PerformanceService,
  ) {}

  /** Events by `SEX:CODE` keys (code upper-cased): what `EventRef { code, sex }` names. */
  async eventsByCodes(keys: readonly string[]): Promise<Array<EventRow | null>> {
    return Promise.all(
      keys.map((key) => {
        const [sex, ...code] = key.split(':');
        return this.events.byCode(code.join(':'), sex);
      }),
    );
  }

  /**
   * Each athlete's best legal mark per event and season (year × indoor), hand times as a
   * group of their own (seasonBestsOfResults). Personal bests, season bests and progressions
   * are all read from these rows. Equal marks: the first set stands.
   */
  async seasonBestsOf(athleteIds: readonly number[]): Promise<SeasonBestValue[][]> {
    if (athleteIds.length === 0) return [];
    return this.seasonBestsFrom(await this.performances.performancesOf(athleteIds));
  }

  /** The same, from each athlete's results already read (PerformanceService.performancesOf). */
  async seasonBestsFrom(resultsOfAthletes: ReadonlyArray<readonly PerformanceWithRace[]>): Promise<SeasonBestValue[][]> {
    // byIds reads the events table again when one is new since the in-memory copy was made.
    const eventIds = [...new Set(resultsOfAthletes.flatMap((results) => results.map((p) => p.race.eventId)))];
    const events = new Map((await this.events.byIds(eventIds)).flatMap((event) => (event ? [[event.id, event] as const] : [])));
    return resultsOfAthletes.map((results) => seasonBestsOfResults(results, (id) => events.get(id)));
  }

  /**
   * A ranked list of one event's legal marks: a season's (top list) or of all time. One mark
   * per athlete (their best, the first set when equal) unless `allMarks`. Order: mark, then
   * date, then family and given name, then performance id; the cursor is that key.
   */
  async markList(q: MarkListQuery): Promise<Page<ListEntryValue> & { related: RelatedRows }> {
    checkPageSize(q.first);
    const filters = [
      Prisma.sql`r.event_id = ${q.event.id}`,
      LEGAL,
      Prisma.sql`COALESCE(p.precision = 'TENTHS_HAND', false) = ${q.handTimes}`,
    ];
    if (q.indoor !== null) filters.push(Prisma.sql`m.indoor = ${q.indoor}`);
    if (q.season != null) {
      // The years a meet may have (a CHECK on meets); also keeps make_date in range.
      const outOfRange = checkYear('season', q.season);
      if (outOfRange) throw badUserInput(outOfRange.field, outOfRange.message);
      // races.season is stored (kept by triggers): one range on races(event_id, season).
      filters.push(Prisma.sql`r.season = ${q.season}::int`);
    }
    const pool = q.allMarks
      ? Prisma.sql`SELECT * FROM marks`
      : Prisma.sql`SELECT DISTINCT ON ("athleteId") * FROM marks ORDER BY "athleteId", "sortMark", "sortDate", "performanceId"`;
    const cursor = q.after ? decodeListCursor(q.after) : null;
    // The page is picked on (mark, date) first, with ties, so that names are read for the
    // page's rows only, not for the whole list; rows tied with the cursor are added back.
    const candidates = cursor
      ? Prisma.sql`
        (SELECT * FROM ranked WHERE ("sortMark", "sortDate") > (${cursor.mark}::int, ${cursor.day}::date)
         ORDER BY "sortMark", "sortDate" FETCH FIRST (${q.first + 1}::int) ROWS WITH TIES)
        UNION ALL
        (SELECT * FROM ranked WHERE "sortMark" = ${cursor.mark}::int AND "sortDate" = ${cursor.day}::date)`
      : Prisma.sql`SELECT * FROM ranked ORDER BY "sortMark", "sortDate" FETCH FIRST (${q.first + 1}::int) ROWS WITH TIES`;
    const after = cursor
      ? Prisma.sql`("sortMark", "sortDate", "nameKey", "performanceId") > (${cursor.mark}::int, ${cursor.day}::date, ${cursor.name}::text, ${cursor.id}::int)`
      : Prisma.sql`true`;
    // The page comes with its performances, athletes, races and meets (RELATED_COLUMNS): one statement in all.
    const statement = Prisma.sql`
      WITH marks AS (
        SELECT ${MARK_COLUMNS}
        FROM races r
        JOIN meets m ON m.id = r.meet_id
        JOIN events e ON e.id = r.event_id
        JOIN performances p ON p.race_id = r.id
        WHERE ${Prisma.join(filters, ' AND ')}
      ),
      ranked AS (SELECT pool.*, rank() OVER (ORDER BY pool."sortMark")::int AS rank FROM (${pool}) pool),
      named AS (
        SELECT c.*, CASE WHEN a.family_name IS NULL THEN a.search_name
                         ELSE lower(concat_ws(' ', a.family_name, a.given_name)) END AS "nameKey"
        FROM (${candidates}) c
        JOIN athletes a ON a.id = c."athleteId"
      )
      SELECT counted.total, page.*
      FROM (SELECT count(*)::int AS total FROM ranked) counted
      LEFT JOIN LATERAL (
        SELECT named.*, p.mark_text AS "markText", ${RELATED_COLUMNS}
        FROM named JOIN performances p ON p.id = named."performanceId"
        JOIN athletes a ON a.id = p.athlete_id JOIN races r ON r.id = p.race_id JOIN meets m ON m.id = r.meet_id
        WHERE ${after}
        ORDER BY "sortMark", "sortDate", "nameKey", "performanceId"
        LIMIT ${q.first + 1}
      ) page ON true`;
    // A season's list is found on races(event_id, season) whatever the values: prepared, so
    // it is not planned per request (planning was 4 of its 15 ms). An all-time list is not.
    type ListRow = Partial<MarkRow> & { total: number; rank: number; nameKey: string } & Record<string, unknown>;
    const rows = q.season != null ? await this.sql.rowsByKeys<ListRow>(statement) : await this.sql.rows<ListRow>(statement);
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((row) => row.performanceId != null) as Array<
      MarkRow & { rank: number; nameKey: string } & Record<string, unknown>
    >;
    const nodes: ListEntryValue[] = found
      .slice(0, q.first)
      // Not `{ ...toBestMark(row), rank }`: V8 builds a spread followed by new fields the slow way (about 2 µs a row).
      .map((row) => Object.assign(toBestMark(row), { rank: row.rank, nameKey: row.nameKey }));
    const page = toPage(
      nodes,
      (e) => [e.sortMark, isoDay(e.sortDate), e.nameKey, e.performanceId],
      found.length > q.first,
      Boolean(q.after),
      total,
    );
    return { ...page, related: relatedOf(found.slice(0, q.first)) };
  }
}

interface ListCursor {
  mark: number;
  day: string;
  name: string;
  id: number;
}

// A list cursor is its row's sort key: mark (signed), day, name key, performance id.
function decodeListCursor(cursor: string): ListCursor {
  const [mark, day, name, id] = decodeCursor(cursor, 4);
  if (
    typeof mark !== 'number' ||
    !Number.isSafeInteger(mark) ||
    typeof day !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    typeof name !== 'string' ||
    typeof id !== 'number' ||
    !Number.isSafeInteger(id)
  ) {
    throw badUserInput('after', `"${cursor}" is not a cursor of this list`);
  }
  return { mark, day, name, id };
}

/** The DataLoader key of an event named by code and sex. */
export function eventCodeKey(code: string, sex: string): string {
  return `${sex}:${code.trim().toUpperCase()}`;
}
