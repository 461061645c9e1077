import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Meet', {
  simpleResolvers: true,
  implements: Node,
  description: 'One competition held at one place and time: an edition of a championship, or a one-off meeting.',
})
export class MeetType extends Node {
  @Field({ description: 'Stable URL slug, e.g. "tokyo-2020".' })
  slug!: string;

  @Field({ description: 'The edition\'s own name, e.g. "Tokyo 2020". Its year is not always when it was held: see `year`.' })
  name!: string;

  @Field(() => Int, { description: 'The calendar year it was held in (Tokyo 2020: 2021).' })
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day; null when no source gives it.' })
  startDate!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null when no source gives it.' })
  endDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'Stadium or venue, where known.' })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: 'City, where known.' })
  city!: string | null;

  @Field({ description: 'Held indoors (indoor marks and seasons are kept apart from outdoor ones).' })
  indoor!: boolean;
}

export const { connection: MeetConnection } = connectionTypes(MeetType, 'Meet', 'meet');
