// Inputs of the curated-edit mutations. In update inputs a field left out is left as it is;
// a field given as null is cleared (where the graph allows it to be unknown).
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { PerformanceNote, PerformanceStatus, RaceStatus, Round, Sex } from '../common/enums';

@InputType({ description: 'A new athlete.' })
export class CreateAthleteInput {
  @Field({ description: 'The name as usually published, e.g. "Soufiane El Bakkali".' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;

  @Field(() => Sex, { description: 'Sex category the athlete competes in.' })
  sex!: Sex;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth, when a source gives it.' })
  birthDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Three-letter country code, e.g. "KEN".' })
  country?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names the athlete is published under.' })
  aliases?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The athlete\'s ids in other systems, "SYSTEM:value" (e.g. "WA:14208194", "WIKIDATA:Q21622479"), at most one a system.',
  })
  externalIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'URL slug; by default made from the display name (with a number added when taken).' })
  slug?: string | null;
}

@InputType({ description: 'Corrections to an athlete: only the fields given change.' })
export class UpdateAthleteInput {
  @Field(() => String, { nullable: true, description: 'The name as usually published.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name(s); null clears it.' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name; null clears it.' })
  familyName?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex category.' })
  sex?: Sex | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; null clears it.' })
  birthDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Three-letter country code; null clears it.' })
  country?: string | null;

  @Field(() => [String], { nullable: true, description: 'The complete list of aliases (replaces the current one).' })
  aliases?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The complete list of external ids, "SYSTEM:value", at most one a system (replaces the current one; [] removes them all).',
  })
  externalIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'URL slug.' })
  slug?: string | null;
}

@InputType({ description: 'A new meet (an edition of a championship, or a one-off meeting).' })
export class CreateMeetInput {
  @Field({ description: 'The edition\'s own name, e.g. "Tokyo 2020".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year it was HELD (Tokyo 2020: 2021); by default the year of `startDate`.' })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Stadium or venue.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Host country, three-letter code.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the championship series it is an edition of, e.g. "olympic-games".' })
  championship?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Held indoors (default false).' })
  indoor?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Other names the meet is known by, e.g. "Oregon 2022" for "Eugene 2022".' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'URL slug; by default made from the name (and year).' })
  slug?: string | null;

  @Field({ description: 'Where the facts come from: a URL or document name (a new source is created when unknown).' })
  source!: string;
}

@InputType({ description: 'Corrections to a meet: only the fields given change.' })
export class UpdateMeetInput {
  @Field(() => String, { nullable: true, description: "The edition's own name." })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year it was held.' })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day; null clears it.' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null clears it.' })
  endDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Stadium or venue; null clears it.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'City; null clears it.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Host country code; null clears it.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Championship slug; null makes it a one-off meeting.' })
  championship?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Held indoors.' })
  indoor?: boolean | null;

  @Field(() => String, { nullable: true, description: 'URL slug.' })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'The complete list of aliases (replaces the current one; [] removes them all).' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A further source for the meet (added to its sources).' })
  source?: string | null;
}

@InputType({ description: 'A new race of a meet.' })
export class CreateRaceInput {
  @Field(() => ID, { description: 'Global id of the meet.' })
  meet!: string;

  @Field({ description: 'Event code, e.g. "3000SC".' })
  event!: string;

  @Field(() => Sex, { description: "The event's sex." })
  sex!: Sex;

  @Field(() => Round, { defaultValue: 'FINAL', description: 'The round (default FINAL).' })
  round!: Round;

  @Field(() => Int, { defaultValue: 1, description: 'Heat or semi-final number (default 1).' })
  heat!: number;

  @Field(() => DateScalar, { nullable: true, description: "The day it is run, within the meet's dates." })
  date?: Date | null;

  @Field(() => RaceStatus, { defaultValue: 'COMPLETED', description: 'Scheduled, completed (default) or cancelled.' })
  status!: RaceStatus;

  @Field(() => Float, { nullable: true, description: 'Race wind in m/s (wind-affected events only).' })
  windMps?: number | null;
}

@InputType({ description: 'Corrections to a race: only the fields given change (to change its event, delete and recreate it).' })
export class UpdateRaceInput {
  @Field(() => Round, { nullable: true, description: 'The round.' })
  round?: Round | null;

  @Field(() => Int, { nullable: true, description: 'Heat or semi-final number.' })
  heat?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it is run; null clears it.' })
  date?: Date | null;

  @Field(() => RaceStatus, { nullable: true, description: 'Scheduled, completed or cancelled.' })
  status?: RaceStatus | null;

  @Field(() => Float, { nullable: true, description: 'Race wind in m/s; null clears it.' })
  windMps?: number | null;
}

@InputType({ description: 'A new result.' })
export class CreatePerformanceInput {
  @Field(() => ID, { description: 'Global id of the race.' })
  race!: string;

  @Field(() => ID, { description: 'Global id of the athlete.' })
  athlete!: string;

  @Field(() => Int, { nullable: true, description: 'Official place.' })
  place?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The place is shared ("2="), as the source shows it: give it in every result holding the place (default false).',
  })
  tied?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The mark as published, e.g. "8:04.29", "10.5h", "8.95".' })
  mark?: string | null;

  @Field(() => PerformanceStatus, { defaultValue: 'FINISHED', description: 'FINISHED (default), DNF, DNS, DQ or NM.' })
  status!: PerformanceStatus;

  @Field(() => Float, { nullable: true, description: 'Wind of this mark in m/s (wind-affected events only).' })
  windMps?: number | null;

  @Field(() => [PerformanceNote], { nullable: true, description: 'Notes published with the result (PB, SB, Q...).' })
  notes?: PerformanceNote[] | null;

  @Field(() => Boolean, { nullable: true, description: 'The place was decided by the photo finish (default false).' })
  photoFinish?: boolean | null;

  @Field({ description: 'Where the result comes from: a URL or document name (a new source is created when unknown).' })
  source!: string;
}

@InputType({ description: 'Corrections to a result: only the fields given change.' })
export class UpdatePerformanceInput {
  @Field(() => Int, { nullable: true, description: 'Official place; null clears it.' })
  place?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The place is shared ("2="): to make a tie, mark the result already holding the place first.',
  })
  tied?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The mark as published; null clears it.' })
  mark?: string | null;

  @Field(() => PerformanceStatus, { nullable: true, description: 'FINISHED, DNF, DNS, DQ or NM.' })
  status?: PerformanceStatus | null;

  @Field(() => Float, { nullable: true, description: 'Wind in m/s; null clears it.' })
  windMps?: number | null;

  @Field(() => [PerformanceNote], { nullable: true, description: 'The complete list of notes (replaces the current one).' })
  notes?: PerformanceNote[] | null;

  @Field(() => Boolean, { nullable: true, description: 'The place was decided by the photo finish.' })
  photoFinish?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A further source for the result (added to its sources).' })
  source?: string | null;
}
