import { Field, ObjectType } from 'type-graphql';
import { AgeCategory, ChampionshipLevel } from '../common/enums';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Championship', {
  simpleResolvers: true,
  implements: Node,
  description: 'A series of meets held edition after edition, e.g. the Olympic Games or the Diamond League.',
})
export class ChampionshipType extends Node {
  @Field({ description: 'Stable URL slug, e.g. "olympic-games".' })
  slug!: string;

  @Field({ description: 'Name of the series, e.g. "Olympic Games".' })
  name!: string;

  @Field(() => ChampionshipLevel, { description: 'Olympic, world, continental, circuit...' })
  level!: ChampionshipLevel;

  @Field(() => AgeCategory, { description: 'The age category it is for (senior, U20...).' })
  ageCategory!: AgeCategory;

  @Field({ description: 'Whether its finals award medals (the Diamond League does not).' })
  awardsMedals!: boolean;
}

export const { connection: ChampionshipConnection } = connectionTypes(ChampionshipType, 'Championship', 'championship');
