import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/relay';

@ObjectType('Country', { simpleResolvers: true, implements: Node, description: 'A country (or team) that athletes represent and meets are held in.' })
export class CountryType extends Node {
  @Field({ description: 'World Athletics / IOC three-letter code, e.g. "KEN".' })
  code!: string;

  @Field({ description: 'English name, e.g. "Kenya".' })
  name!: string;
}
