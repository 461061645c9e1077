import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/relay';
import { HeadToHeadMeetingType } from './head-to-head.type';

@ObjectType('Rival', { simpleResolvers: true, description: "An opponent an athlete has met, with the athlete's record against them." })
export class RivalType {
  @Field(() => Int, { description: 'How many times they met (races both ran; heats and finals counted apart).' })
  races!: number;

  @Field(() => Int, { description: 'Meetings nobody won (both did not finish, a shared or missing place).' })
  noDecision!: number;

  @Field(() => HeadToHeadMeetingType, {
    nullable: true,
    description: 'Their most recent meeting; in it, A is the athlete and B the rival.',
  })
  lastMeeting!: unknown;
}

export const { connection: RivalConnection } = connectionTypes(RivalType, 'Rival', 'rival');
