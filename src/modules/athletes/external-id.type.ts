import { Field, ObjectType } from 'type-graphql';

/** An athlete's external id as the graph gives it: the stored row with its "SYSTEM:value" text. */
export interface ExternalIdRow {
  athleteId: number;
  system: string;
  value: string;
  text: string;
}

@ObjectType('ExternalId', {
  simpleResolvers: true,
  description: "The athlete's id in another system (World Athletics, Wikidata...): what pins results from different sources to one person.",
})
export class ExternalIdType {
  @Field({ description: 'The system, upper-case: "WA" (World Athletics), "WIKIDATA", ...' })
  system!: string;

  @Field({ description: 'The id within the system, e.g. "14208194" (WA) or "Q21622479" (Wikidata).' })
  value!: string;

  @Field({ description: 'System and value as written in `athlete(externalId:)` and curated edits, e.g. "WA:14208194".' })
  text!: string;
}
