import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Athlete, Performance, Race } from '../../db/generated/client';
import { AthleteType } from '../athletes/athlete.type';
import { connectionTypes } from '../common/relay';
import { RaceType } from '../competitions/race.type';
import { PerformanceType } from '../results/performance.type';

export enum NameMatch {
  SAME_NAME = 'SAME_NAME',
  WORD_ORDER = 'WORD_ORDER',
  SPELLING = 'SPELLING',
  INITIAL = 'INITIAL',
  FEWER_NAMES = 'FEWER_NAMES',
}

registerEnumType(NameMatch, {
  name: 'NameMatch',
  description: "Why two published names are taken for one person's.",
  valuesConfig: {
    SAME_NAME: { description: 'The same name, accents and case ignored.' },
    WORD_ORDER: { description: 'The same words in another order ("KIGEN Benjamin").' },
    SPELLING: {
      description:
        'Spellings one or two edits apart, in names long enough for it ("Kibiwot" / "Kibiwott"; short names one letter apart stay apart).',
    },
    INITIAL: { description: 'The same family name, one given name written as its initial ("B. Kigen").' },
    FEWER_NAMES: { description: 'Every name of one in the other, which has more ("Marcell Jacobs" / "Lamont Marcell Jacobs").' },
  },
});

/** A race both records of a pair have a result in, with the two results (the service's value). */
export interface SharedRaceValue {
  race: Race;
  resultA: Performance;
  resultB: Performance;
  agree: boolean;
  disagreements: string[];
}

/** One pair of athletes that are probably one person (the service's value). */
export interface DuplicateCandidateValue {
  athleteA: Athlete;
  athleteB: Athlete;
  nameMatch: NameMatch;
  nameEvidence: string;
  sameCountry: boolean;
  countryUnknown: boolean;
  sameBirthDate: boolean;
  birthDateUnknown: boolean;
  seasonsA: number[];
  seasonsB: number[];
  sharedRaces: SharedRaceValue[];
  strength: number;
}

@ObjectType('SharedRace', { simpleResolvers: true, description: 'A race both athletes of a duplicate candidate have a result in.' })
export class SharedRaceType {
  @Field(() => RaceType, { description: 'The race.' })
  race!: Race;

  @Field(() => PerformanceType, { description: 'The result of `athleteA` in it.' })
  resultA!: Performance;

  @Field(() => PerformanceType, { description: 'The result of `athleteB` in it.' })
  resultB!: Performance;

  @Field({
    description:
      'The two results say the same: same status, place, shared place and mark, no contradicting wind or notes. Two records of one person then hold one result twice (mergeAthletes keeps one); results that disagree are the mark of two people.',
  })
  agree!: boolean;

  @Field(() => [String], {
    description: 'Where they disagree, a field at a time, e.g. "mark: A 8:19.74, B 8:19.75"; empty when they agree.',
  })
  disagreements!: string[];
}

@ObjectType('DuplicateCandidate', {
  simpleResolvers: true,
  description:
    'Two athlete records that are probably one person, with the evidence: similar names, the same sex, no conflicting country or date of birth, and seasons of results that overlap or touch. Merge them with mergeAthletes if they are.',
})
export class DuplicateCandidateType {
  @Field(() => AthleteType, { description: 'One record: the one with the lower id.' })
  athleteA!: Athlete;

  @Field(() => AthleteType, { description: 'The other record.' })
  athleteB!: Athlete;

  @Field(() => NameMatch, { description: 'How the two names match.' })
  nameMatch!: NameMatch;

  @Field({ description: 'How the two names match, as a curator reads it, e.g. "names 1 letter apart".' })
  nameEvidence!: string;

  @Field({ description: 'Both records give a country, and the same one.' })
  sameCountry!: boolean;

  @Field({ description: 'One record or both give no country (records of different countries are never paired).' })
  countryUnknown!: boolean;

  @Field({ description: 'Both records give a date of birth, and the same one.' })
  sameBirthDate!: boolean;

  @Field({ description: 'One record or both give no date of birth (records of different dates of birth are never paired).' })
  birthDateUnknown!: boolean;

  @Field(() => [Int], { description: 'The seasons `athleteA` has results in, in order; empty without results.' })
  seasonsA!: number[];

  @Field(() => [Int], { description: 'The seasons `athleteB` has results in, in order; empty without results.' })
  seasonsB!: number[];

  @Field(() => [SharedRaceType], { description: 'Races both have a result in, in race order, with whether the two results agree.' })
  sharedRaces!: SharedRaceValue[];

  @Field(() => Int, {
    description:
      'Strength of the evidence, what the list is ordered by (strongest first): the name match (same name 40, word order 35, one letter apart 30, two 25, every name of one in the other 25, an initial 20), plus 30 for the same date of birth and 10 for the same country, plus 20 for each shared race whose results agree, minus 50 for each whose results disagree.',
  })
  strength!: number;
}

export const { connection: DuplicateCandidateConnection } = connectionTypes(
  DuplicateCandidateType,
  'DuplicateCandidate',
  'duplicate candidate',
);
