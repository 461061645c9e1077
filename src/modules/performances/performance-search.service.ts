// Aliased: the names Event and Performance would shadow Node's globals.
import { Prisma, type Event as EventRow, type Performance as PerformanceRow } from '../../db/generated/client';
import { relatedOf, type RelatedRows } from '../../db/related-rows';
import type { SqlReader } from '../../db/sql-reader';
import type { ChampionshipService } from '../competitions/championship.service';
import type { EventService } from '../competitions/event.service';
import type { MarkDirection, MarkUnit } from '../../domain';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, decodeNumericId, toPage, type Page } from '../common/relay';
import { readMark } from './mark-input';
import {
  countQuery,
  pageQuery,
  sortColumns,
  type Keyset,
  type OrderField,
  type ResolvedFilter,
  type ResolvedOrder,
} from './performance-search.sql';
import type { PerformancesArgs } from './performance-search.type';

/** A page whose totalCount is counted only when a client asks for it (a count over millions of rows is not free). */
export type LazyCountPage<T> = Omit<Page<T>, 'totalCount'> & { readonly totalCount: Promise<number> };

const COUNTRY = /^[A-Za-z]{3}$/;

/** At most one of two ways to name the same thing. */
function atMostOne(args: PerformancesArgs, a: keyof PerformancesArgs, b: keyof PerformancesArgs): void {
  if (args[a] != null && args[b] != null) throw badUserInput(a, `give ${a} or ${b}, not both`);
}

function nonEmpty<T>(list: T[] | null | undefined, name: string): T[] | null {
  if (list == null) return null;
  if (list.length === 0) throw badUserInput(name, 'give at least one value, or leave the argument out');
  return [...new Set(list)];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export class PerformanceSearchService {
  constructor(
    private readonly sql: SqlReader,
    private readonly reference: { events: EventService; championships: ChampionshipService },
  ) {}

  /**
   * The analysts' search: every filter given must hold (AND), in a stable keyset order.
   * `countNow`: the client asked for totalCount, so a first page is counted in the page's statement;
   * otherwise the count is a second statement, run only when totalCount is read.
   */
  async search(args: PerformancesArgs, { countNow = false } = {}): Promise<LazyCountPage<PerformanceRow> & { related: RelatedRows }> {
    checkPageSize(args.first);
    const { filter, event } = await this.resolveFilter(args);
    const order = resolveOrder(args, event);
    const after = args.after ? decodeAfter(args.after, order) : null;

    const withTotal = countNow && after === null;
    const rows = await this.sql.rows<{ id: number; total?: number } & Record<string, unknown>>(
      pageQuery(filter, order, after, args.first + 1, withTotal),
    );
    const page = rows.slice(0, args.first);
    // The page's performances, in its order, with their athletes, races and meets.
    const related = relatedOf(page);
    const performances = related.performances;
    // Every cursor has CURSOR_KEYS keys (unused ones null), so one of another ordering is recognised as such.
    const keysOf = new Map(page.map((row) => [row.id, Array.from({ length: CURSOR_KEYS }, (_, i) => row[`k${i}`] ?? null)]));
    const result = toPage(
      performances,
      (p) => [orderTag(order), ...(keysOf.get(p.id) ?? []), p.id],
      rows.length > args.first,
      after !== null,
      0,
    );

    // No rows on a first page: nothing matches.
    let count: Promise<number> | undefined = withTotal ? Promise.resolve(rows[0]?.total ?? 0) : undefined;
    const sql = this.sql;
    return {
      edges: result.edges,
      nodes: result.nodes,
      pageInfo: result.pageInfo,
      related,
      get totalCount() {
        count ??= sql.rows<{ count: number }>(countQuery(filter)).then((r) => r[0].count);
        return count;
      },
    };
  }

  /** Turns slugs, codes and global ids into keys, and rejects what names nothing. */
  private async resolveFilter(args: PerformancesArgs): Promise<{ filter: ResolvedFilter; event: EventRow | null }> {
    atMostOne(args, 'athlete', 'athleteId');
    atMostOne(args, 'event', 'eventId');
    atMostOne(args, 'meet', 'meetId');
    const [athleteId, event, meetId, championshipId] = await Promise.all([
      this.athleteId(args),
      this.event(args),
      this.meetId(args),
      this.championshipId(args),
    ]);

    let countryCode: string | null = null;
    if (args.country != null) {
      if (!COUNTRY.test(args.country.trim())) throw badUserInput('country', `"${args.country}" is not a three-letter country code`);
      countryCode = args.country.trim().toUpperCase();
    }
    if (args.season != null && (args.season < 1800 || args.season > 2200)) {
      throw badUserInput('season', `must be a year between 1800 and 2200, got ${args.season}`);
    }
    if (args.from && args.to && args.from.getTime() > args.to.getTime()) {
      throw badUserInput('from', `${isoDay(args.from)} is after to (${isoDay(args.to)})`);
    }
    if (args.maxPlace != null && args.maxPlace < 1) throw badUserInput('maxPlace', `must be at least 1, got ${args.maxPlace}`);

    let mark: ResolvedFilter['mark'] = null;
    if (args.markAtLeast != null) {
      if (!event) {
        throw badUserInput('markAtLeast', 'needs an event filter (event and sex, or eventId) to know the unit and which marks are better');
      }
      mark = {
        value: readMark(args.markAtLeast, event.unit as MarkUnit, 'markAtLeast').value,
        direction: event.direction as MarkDirection,
      };
    }

    const filter: ResolvedFilter = {
      athleteId,
      countryCode,
      eventId: event?.id ?? null,
      sex: args.sex ?? null,
      meetId,
      championshipId,
      season: args.season ?? null,
      from: args.from ? isoDay(args.from) : null,
      to: args.to ? isoDay(args.to) : null,
      indoor: args.indoor ?? null,
      rounds: nonEmpty(args.round, 'round'),
      maxPlace: args.maxPlace ?? null,
      statuses: nonEmpty(args.status, 'status'),
      mark,
      // An event chosen by id already fixes the sex; another sex can match nothing.
      empty: event !== null && args.sex != null && args.sex !== event.sex,
    };
    return { filter, event };
  }

  private async athleteId(args: PerformancesArgs): Promise<number | null> {
    if (args.athleteId != null) return decodeNumericId(args.athleteId, 'Athlete', 'athleteId');
    if (args.athlete == null) return null;
    const [athlete] = await this.sql.rows<{ id: number }>(Prisma.sql`SELECT id FROM athletes WHERE slug = ${args.athlete}`);
    if (!athlete) throw badUserInput('athlete', `no athlete has the slug "${args.athlete}"`);
    return athlete.id;
  }

  private async meetId(args: PerformancesArgs): Promise<number | null> {
    if (args.meetId != null) return decodeNumericId(args.meetId, 'Meet', 'meetId');
    if (args.meet == null) return null;
    const [meet] = await this.sql.rows<{ id: number }>(Prisma.sql`SELECT id FROM meets WHERE slug = ${args.meet}`);
    if (!meet) throw badUserInput('meet', `no meet has the slug "${args.meet}"`);
    return meet.id;
  }

  private async championshipId(args: PerformancesArgs): Promise<number | null> {
    if (args.championship == null) return null;
    const championship = await this.reference.championships.findBySlug(args.championship);
    if (!championship) throw badUserInput('championship', `no championship has the slug "${args.championship}"`);
    return championship.id;
  }

  /** The one event named by id, or by code (and sex when the code is held for several). */
  private async event(args: PerformancesArgs): Promise<EventRow | null> {
    if (args.eventId != null) {
      const [event] = await this.reference.events.byIds([decodeNumericId(args.eventId, 'Event', 'eventId')]);
      if (!event) throw badUserInput('eventId', `no event has the id "${args.eventId}"`);
      return event;
    }
    if (args.event == null) return null;
    const code = args.event.trim();
    const events = await this.reference.events.withCode(code, args.sex);
    if (events.length === 0) {
      throw badUserInput('event', `no event has the code "${code}"${args.sex != null ? ` for sex ${args.sex}` : ''}`);
    }
    if (events.length > 1) {
      throw badUserInput('sex', `"${code}" is held for ${events.map((e) => e.sex).join(' and ')}: give sex`);
    }
    return events[0];
  }
}

const DEFAULT_DIRECTION: Record<Exclude<OrderField, 'MARK'>, 'ASC' | 'DESC'> = { DATE: 'DESC', PLACE: 'ASC' };

function resolveOrder(args: PerformancesArgs, event: EventRow | null): ResolvedOrder {
  const field = args.orderBy?.field ?? 'DATE';
  const given = args.orderBy?.direction ?? null;
  if (field !== 'MARK') return { field, direction: given ?? DEFAULT_DIRECTION[field] };
  if (!event)
    throw badUserInput(
      'orderBy',
      'ordering by MARK needs an event filter (event and sex, or eventId): marks of different events do not compare',
    );
  return { field, direction: given ?? (event.direction === 'LOWER_IS_BETTER' ? 'ASC' : 'DESC') };
}

const CURSOR_KEYS = 2;

// Cursors carry their ordering, so one from another ordering is refused rather than misread.
const orderTag = (order: ResolvedOrder) => `${order.field}:${order.direction}`;

function decodeAfter(cursor: string, order: ResolvedOrder): Keyset {
  const columns = sortColumns(order.field);
  const [tag, ...rest] = decodeCursor(cursor, CURSOR_KEYS + 2);
  const fail = (why: string) => badUserInput('after', `"${cursor}" ${why}`);
  if (tag !== orderTag(order)) throw fail(`is a cursor of another ordering than ${order.field} ${order.direction}`);
  const id = rest.pop();
  const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && Math.abs(n) <= 2_147_483_647;
  if (!isInt(id) || id < 1) throw fail('is not a cursor of this list');
  // Keys go to SQL as typed parameters; checking their shape here turns a forged cursor into a 400, not a 500.
  const keysOk = rest.every((key, i) =>
    i >= columns.length
      ? key === null
      : order.field === 'DATE' && i === 0
        ? typeof key === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key) && !Number.isNaN(Date.parse(key))
        : isInt(key) || (key === null && columns[i].nullable),
  );
  if (!keysOk) throw fail('is not a cursor of this list');
  return { keys: rest.slice(0, columns.length) as Array<string | number | null>, id };
}
