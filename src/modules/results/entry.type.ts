import { Field, ObjectType } from 'type-graphql';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Entry', {
  simpleResolvers: true,
  implements: Node,
  description: 'An athlete entered in a race, which may not have been run yet (a start list).',
})
export class EntryType extends Node {
  @Field(() => String, { nullable: true, description: 'Bib number, where known.' })
  bib!: string | null;
}

export const { connection: EntryConnection } = connectionTypes(EntryType, 'Entry', 'entry');
