// Inputs of the curated edits of the reference tables: countries, events and championship
// series. In update inputs a field left out is left as it is; a field given as null is
// cleared where it may be unknown, and refused where it may not.
import { Field, InputType } from 'type-graphql';
import { AgeCategory, ChampionshipLevel, CountryStatus, EventEnvironment, EventKind, MarkDirection, MarkUnit, Sex } from '../common/enums';

@InputType({ description: 'A new country (or team).' })
export class CreateCountryInput {
  @Field({ description: 'World Athletics three-letter code, upper-case, e.g. "KEN".' })
  code!: string;

  @Field({ description: 'English name, e.g. "Kenya".' })
  name!: string;

  @Field(() => CountryStatus, { nullable: true, description: 'Member federation, team of the past or neutral team; by default MEMBER.' })
  status?: CountryStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "The IOC's code for the same team, upper-case; left out or null where the IOC has none.",
  })
  iocCode?: string | null;
}

@InputType({ description: 'Corrections to a country: only the fields given change (its code is its identity and stays).' })
export class UpdateCountryInput {
  @Field(() => String, { nullable: true, description: 'English name.' })
  name?: string | null;

  @Field(() => CountryStatus, { nullable: true, description: 'Member federation, team of the past or neutral team.' })
  status?: CountryStatus | null;

  @Field(() => String, { nullable: true, description: "The IOC's code for the same team; null clears it (the IOC has none)." })
  iocCode?: string | null;
}

@InputType({ description: 'A new event: a discipline for one sex.' })
export class CreateEventInput {
  @Field({ description: 'Discipline code, e.g. "3000SC", "60H", "4x400", "DEC"; unique per sex, case ignored.' })
  code!: string;

  @Field({ description: 'Discipline name, e.g. "3000 Metres Steeplechase".' })
  name!: string;

  @Field(() => Sex, { description: 'Whose event it is.' })
  sex!: Sex;

  @Field(() => EventKind, { description: 'Track, road, field, combined, relay, walk or cross-country.' })
  kind!: EventKind;

  @Field(() => MarkUnit, {
    description: 'Unit of the marks. Combined events are scored in POINTS; field events measure a DISTANCE or a HEIGHT.',
  })
  unit!: MarkUnit;

  @Field(() => MarkDirection, {
    nullable: true,
    description:
      "Which way is better; by default the unit's (TIME: LOWER_IS_BETTER, the others HIGHER_IS_BETTER), and it must agree with it.",
  })
  direction?: MarkDirection | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a wind reading applies (never for an INDOOR event); by default false.' })
  windAffected?: boolean | null;

  @Field(() => EventEnvironment, { nullable: true, description: 'Where the discipline is contested; by default BOTH.' })
  environment?: EventEnvironment | null;
}

@InputType({
  description:
    'Corrections to an event: only the fields given change. Its unit, direction and sex cannot change once it has races (their marks are stored in its unit).',
})
export class UpdateEventInput {
  @Field(() => String, { nullable: true, description: 'Discipline code; unique per sex, case ignored.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Discipline name.' })
  name?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Whose event it is (only while it has no races).' })
  sex?: Sex | null;

  @Field(() => EventKind, { nullable: true, description: 'Track, road, field, combined, relay, walk or cross-country.' })
  kind?: EventKind | null;

  @Field(() => MarkUnit, {
    nullable: true,
    description: 'Unit of the marks (only while it has no races); the direction follows unless given.',
  })
  unit?: MarkUnit | null;

  @Field(() => MarkDirection, {
    nullable: true,
    description: 'Which way is better (only while it has no races); must agree with the unit.',
  })
  direction?: MarkDirection | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether a wind reading applies (never for an INDOOR event, and not turned off while readings are stored).',
  })
  windAffected?: boolean | null;

  @Field(() => EventEnvironment, { nullable: true, description: 'Where the discipline is contested.' })
  environment?: EventEnvironment | null;
}

@InputType({ description: 'A new championship series, e.g. the World Indoor Championships.' })
export class CreateChampionshipInput {
  @Field({ description: 'Name of the series, e.g. "World Athletics Indoor Championships".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL slug, e.g. "world-indoor-championships"; by default made from the name.' })
  slug?: string | null;

  @Field(() => ChampionshipLevel, { description: 'Olympic, world, continental, circuit...' })
  level!: ChampionshipLevel;

  @Field(() => AgeCategory, { nullable: true, description: 'The age category it is for; by default SENIOR.' })
  ageCategory?: AgeCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether its finals award medals; by default true, except for a CIRCUIT (the Diamond League awards none).',
  })
  awardsMedals?: boolean | null;
}

@InputType({ description: 'Corrections to a championship series: only the fields given change.' })
export class UpdateChampionshipInput {
  @Field(() => String, { nullable: true, description: 'Name of the series.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'URL slug (imports and links name the series by it).' })
  slug?: string | null;

  @Field(() => ChampionshipLevel, { nullable: true, description: 'Olympic, world, continental, circuit...' })
  level?: ChampionshipLevel | null;

  @Field(() => AgeCategory, { nullable: true, description: 'The age category it is for.' })
  ageCategory?: AgeCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether its finals award medals.' })
  awardsMedals?: boolean | null;
}
