import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/relay';
import { RelayTeamType } from './relay.type';

/** One entry of a relay list as the service returns it. */
export interface RelayListEntryValue {
  rank: number;
  teamId: number;
}

@ObjectType('RelayListEntry', { simpleResolvers: true, description: 'One relay team result in a relay list, with its rank.' })
export class RelayListEntryType {
  @Field(() => Int, { description: 'Rank by time; equal times share a rank (1, 2, 2, 4).' })
  rank!: number;

  @Field(() => RelayTeamType, { description: 'The team, its time, race and legs.' })
  team!: unknown;
}

export const { connection: RelayListConnection } = connectionTypes(RelayListEntryType, 'RelayListEntry', 'relay list entry');
