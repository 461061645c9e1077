import { Field, ID, InputType } from 'type-graphql';
import { Sex } from '../common/enums';

@InputType('EventRef', {
  description: 'Names one event: either its global `id`, or its `code` and `sex` (e.g. `{ code: "3000SC", sex: MALE }`).',
})
export class EventRef {
  @Field(() => ID, { nullable: true, description: 'Global id of the event.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Discipline code, e.g. "3000SC", "100", "LJ" (case is ignored); needs `sex`.' })
  code?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Whose event: MALE, FEMALE or MIXED; needs `code`.' })
  sex?: Sex | null;
}
