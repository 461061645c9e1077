import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EventRef } from '../bests/event-ref.type';
import { DateScalar } from '../common/date.scalar';
import { MarkUnit } from '../common/enums';
import { connectionTypes } from '../common/relay';
import type { Decision, MarginValue } from './record';

@InputType('AthleteRef', {
  description: 'Names one athlete: either the global `id` or the `slug` (give exactly one), e.g. `{ slug: "amos-serem" }`.',
})
export class AthleteRef {
  @Field(() => ID, { nullable: true, description: 'Global id of the athlete.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'URL slug, e.g. "soufiane-el-bakkali".' })
  slug?: string | null;
}

@InputType('HeadToHeadFilter', { description: 'Which races count as meetings. Every condition given must hold; none given: every race.' })
export class HeadToHeadFilter {
  @Field(() => EventRef, { nullable: true, description: 'Only races of this event, e.g. `{ code: "3000SC", sex: MALE }`.' })
  event?: EventRef | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only races on or after this day (the race's date, else its meet's). A race of unknown date counts only when the whole year its meet was held in is on or after this day.",
  })
  from?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only races on or before this day (the race's date, else its meet's). A race of unknown date counts only when the whole year its meet was held in is on or before this day.",
  })
  to?: Date | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only finals (no heats, semi-finals or qualification).' })
  finalsOnly!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Only meets that are an edition of a championship series (Olympic Games, World Championships, Diamond League...), no one-off meetings.',
  })
  championshipsOnly!: boolean;
}

export enum HeadToHeadDecision {
  PLACE = 'PLACE',
  STATUS = 'STATUS',
  NONE = 'NONE',
}

registerEnumType(HeadToHeadDecision, {
  name: 'HeadToHeadDecision',
  description: 'How a meeting was decided.',
  valuesConfig: {
    PLACE: { description: 'Both finished: the better place won, whatever the marks (a photo finish can separate equal times).' },
    STATUS: { description: 'One finished, the other did not (DNF), was disqualified (DQ) or made no valid mark (NM): the finisher won.' },
    NONE: { description: 'Nobody won: both failed to finish or were disqualified, they shared a place, or a place is missing.' },
  },
});

@ObjectType('Margin', { simpleResolvers: true, description: "The gap between two marks of the same race, in the event's unit." })
export class MarginType implements MarginValue {
  @Field({ description: 'The gap in the published style, e.g. "13.69" (seconds), "0.00" for equal times, "0.12" (metres).' })
  text!: string;

  @Field(() => Int, { description: "Exact gap in the unit's base: milliseconds, millimetres or points (never negative)." })
  value!: number;

  @Field(() => MarkUnit, { description: 'What `value` measures.' })
  unit!: MarkUnit;

  @Field(() => Float, { description: 'The gap in seconds, metres or points, e.g. 13.69.' })
  decimal!: number;
}

@ObjectType('HeadToHeadMeeting', {
  simpleResolvers: true,
  description: 'One race both athletes ran (a heat and the final of the same meet are two meetings), and who came out ahead.',
})
export class HeadToHeadMeetingType {
  @Field(() => HeadToHeadDecision, { description: 'How it was decided: by place, by one not finishing, or not at all.' })
  decision!: Decision;

  @Field(() => MarginType, {
    nullable: true,
    description:
      'The gap between the two marks ("0.00" when equal times were split by the photo finish); null when one has no mark, did not finish, or hand and automatic times would be compared.',
  })
  margin!: MarginValue | null;
}

export const { connection: HeadToHeadMeetingConnection } = connectionTypes(HeadToHeadMeetingType, 'HeadToHeadMeeting', 'meeting');

@ObjectType('HeadToHead', {
  simpleResolvers: true,
  description:
    'The record between athlete A and athlete B: every race both ran (a did-not-start is no meeting), who won each by place (never by time), and the totals.',
})
export class HeadToHeadType {
  @Field(() => Int, { description: 'How many times they met: races both ran, heats and finals counted apart.' })
  races!: number;

  @Field(() => Int, { description: 'Meetings athlete A won: a better place, or A finished and B did not (DNF, DQ, NM).' })
  winsA!: number;

  @Field(() => Int, { description: 'Meetings athlete B won.' })
  winsB!: number;

  @Field(() => Int, { description: 'Meetings nobody won: both did not finish or were disqualified, or a shared or missing place.' })
  noDecision!: number;

  @Field(() => HeadToHeadMeetingType, { nullable: true, description: 'The most recent meeting; null when they never met.' })
  lastMeeting!: unknown;
}
