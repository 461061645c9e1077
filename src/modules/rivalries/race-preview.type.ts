import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HeadToHeadType } from './head-to-head.type';

export enum PreviewFieldSource {
  ENTRIES = 'ENTRIES',
  RESULTS = 'RESULTS',
  NONE = 'NONE',
}

registerEnumType(PreviewFieldSource, {
  name: 'PreviewFieldSource',
  description: 'Where the field of a race preview comes from.',
  valuesConfig: {
    ENTRIES: { description: 'The start list (entries) of the race.' },
    RESULTS: { description: 'The race has no entries: the athletes with a result in it.' },
    NONE: { description: 'The race has neither entries nor results: the field is empty.' },
  },
});

@ObjectType('RacePreviewEntrant', {
  simpleResolvers: true,
  description: "One athlete of a race's field and their head-to-head record against the rest of the field.",
})
export class RacePreviewEntrantType {
  @Field(() => Int, { description: 'Meetings with the other entrants, summed over them.' })
  races!: number;

  @Field(() => Int, { description: 'Meetings with other entrants this athlete won.' })
  wins!: number;

  @Field(() => Int, { description: 'Meetings with other entrants this athlete lost.' })
  losses!: number;

  @Field(() => Int, { description: 'Meetings with other entrants nobody won.' })
  noDecision!: number;

  @Field(() => Int, { description: 'How many of the other entrants this athlete has met at least once.' })
  opponentsMet!: number;
}

@ObjectType('RacePreview', {
  simpleResolvers: true,
  description:
    "The head-to-head matrix of a race's field, going into the race: meetings in this race and in races known to come after it are left out.",
})
export class RacePreviewType {
  @Field(() => PreviewFieldSource, { description: 'Whether the field is the start list or, without one, the athletes with a result.' })
  fieldSource!: PreviewFieldSource;

  @Field(() => [RacePreviewEntrantType], {
    description: 'The field in start-list order (or result order), each with their record against the others.',
  })
  entrants!: unknown[];

  @Field(() => [HeadToHeadType], {
    description: 'Every pair of entrants once, pairs that never met included (with 0 races); A is the entrant listed earlier.',
  })
  pairs!: unknown[];
}
