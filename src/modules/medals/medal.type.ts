import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AgeCategory, ChampionshipLevel, MarkPrecision, MarkUnit } from '../common/enums';
import { markDecimal } from '../../domain';
import { connectionTypes } from '../common/relay';
import type { MarkType } from '../results/mark.type';

/** The colour of a medal; a final's recorded place decides it. */
export enum Medal {
  GOLD = 'GOLD',
  SILVER = 'SILVER',
  BRONZE = 'BRONZE',
}

registerEnumType(Medal, {
  name: 'Medal',
  description: 'A championship medal: the place recorded in a final decides it (1 gold, 2 silver, 3 bronze).',
  valuesConfig: {
    GOLD: { description: 'Place 1 (shared when two athletes are recorded first).' },
    SILVER: { description: 'Place 2.' },
    BRONZE: { description: 'Place 3 (after a shared first place, the next recorded place is 3: a bronze).' },
  },
});

/** A medal's mark in the final, as the Mark type shows it; null when no source gives it. */
export function markOfMedal(row: Pick<MedalRow, 'markValue' | 'markText' | 'precision' | 'unit'>): MarkType | null {
  if (row.markValue === null || row.markText === null || row.precision === null) return null;
  return {
    text: row.markText,
    value: row.markValue,
    unit: row.unit,
    precision: row.precision,
    decimal: markDecimal(row.markValue, row.unit),
  };
}

export const MEDAL_OF_PLACE: Record<number, Medal> = { 1: Medal.GOLD, 2: Medal.SILVER, 3: Medal.BRONZE };

/** One medal as the service returns it: the medal-winning performance with the keys of its race, meet and series. */
export interface MedalRow {
  performanceId: number;
  athleteId: number;
  raceId: number;
  eventId: number;
  meetId: number;
  championshipId: number;
  championshipSlug: string;
  level: ChampionshipLevel;
  ageCategory: AgeCategory;
  place: number;
  shared: boolean;
  markValue: number | null;
  markText: string | null;
  precision: MarkPrecision | null;
  unit: MarkUnit;
}

@ObjectType('AthleteMedal', {
  simpleResolvers: true,
  description:
    'A medal an athlete won: place 1, 2 or 3 in a completed final of a championship that awards medals (not the Diamond League), finished (a DQ wins nothing).',
})
export class AthleteMedalType {
  @Field(() => Int, { description: 'The place recorded in the final: 1, 2 or 3.' })
  place!: number;

  @Field({ description: 'Whether another athlete is recorded in the same place of this final (a shared medal).' })
  shared!: boolean;
}

export const { connection: AthleteMedalConnection } = connectionTypes(AthleteMedalType, 'AthleteMedal', 'medal');
