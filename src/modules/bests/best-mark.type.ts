import { Field, Float, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { WindStatus as DomainWindStatus } from '../../domain';
import { DateScalar } from '../common/date.scalar';
import { connectionTypes } from '../common/relay';
import { MarkType, type MarkValue } from '../results/mark.type';
import { WindStatus } from './wind-status.type';

/** A legal mark as the services return it; `event`, `performance` and `athlete` resolve through loaders. */
export interface BestMarkValue {
  performanceId: number;
  athleteId: number;
  eventId: number;
  mark: MarkValue & { decimal: number };
  season: number;
  indoor: boolean;
  date: Date | null;
  windMps: number | null;
  windStatus: DomainWindStatus;
  /** The mark signed so that lower is always better (distances negated). */
  sortMark: number;
  /** The date, else the meet's 1 January: what ties are ordered by. */
  sortDate: Date;
}

export interface ListEntryValue extends BestMarkValue {
  rank: number;
  /** Family name then given name, lower case: what equal marks on one day are ordered by. */
  nameKey: string;
}

/** A legal mark's GraphQL type: list entries carry a rank, bests do not. Synchronous (src/app/schema.ts says why). */
export const legalMarkTypeName = (value: { rank?: number }): string => (value.rank === undefined ? 'BestMark' : 'MarkListEntry');

@InterfaceType('LegalMark', {
  description: 'A mark that stands for bests and lists: finished, not wind-assisted, and timed like the marks it is ranked with.',
  resolveType: legalMarkTypeName,
})
export abstract class LegalMark {
  @Field(() => MarkType, { description: 'The mark, as published and as an exact value.' })
  mark!: MarkType;

  @Field(() => Int, {
    description: "The season it was set in: the year of the race's date (or of its meet), never the year in an edition's name.",
  })
  season!: number;

  @Field({ description: 'Set indoors: indoor and outdoor seasons, bests and lists are kept apart.' })
  indoor!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day it was set: the race's date, else its meet's first day; null when unknown.",
  })
  date!: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: "Wind in m/s for this mark (the performance's own reading, else the race's), where known.",
  })
  windMps!: number | null;

  @Field(() => WindStatus, { description: 'LEGAL, NOT_APPLICABLE or UNKNOWN (an unknown reading counts as legal); never ASSISTED here.' })
  windStatus!: DomainWindStatus;
}

@ObjectType('BestMark', {
  simpleResolvers: true,
  implements: LegalMark,
  description:
    "An athlete's best legal mark in an event (over a career or a season): finished, not wind-assisted, and fully automatic unless hand times were asked for.",
})
export class BestMarkType extends LegalMark {}

@ObjectType('MarkListEntry', {
  simpleResolvers: true,
  implements: LegalMark,
  description: 'One line of a top list or an all-time list: a ranked legal mark, with who set it and where.',
})
export class MarkListEntryType extends LegalMark {
  @Field(() => Int, { description: 'Rank in the whole list (not the page); equal marks share a rank, the next rank skips ("1, 1, 3").' })
  rank!: number;
}

export const { connection: MarkListConnection } = connectionTypes(MarkListEntryType, 'MarkList', 'ranked mark');
