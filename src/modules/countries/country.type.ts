import { Field, ObjectType } from 'type-graphql';
import { CountryStatus } from '../common/enums';
import { Node } from '../common/relay';

@ObjectType('Country', {
  simpleResolvers: true,
  implements: Node,
  description: 'A country (or team) that athletes represent and meets are held in.',
})
export class CountryType extends Node {
  @Field({ description: 'World Athletics three-letter code, e.g. "KEN".' })
  code!: string;

  @Field({ description: 'English name, e.g. "Kenya".' })
  name!: string;

  @Field(() => CountryStatus, { description: 'A current member federation, a team of the past, or a neutral or refugee team.' })
  status!: CountryStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The IOC\'s code for the same team (usually the same as `code`; "EOR" for ART); null where the IOC has none.',
  })
  iocCode!: string | null;
}
