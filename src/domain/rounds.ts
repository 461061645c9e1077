import type { Round, Sex } from './types';

// Programme order: the early rounds of a competition come first. Preliminaries
// precede the heats of round one; field qualification sits with the heats as a
// first round, so it is only ordered against them for a stable result.
const PROGRAMME_ORDER: Record<Round, number> = {
  PRELIMINARY: 0,
  QUALIFICATION: 1,
  HEAT: 2,
  QUARTER_FINAL: 3,
  SEMI_FINAL: 4,
  FINAL: 5,
};

/** Negative when round a is held before round b in a competition. */
export function compareRounds(a: Round, b: Round): number {
  return Math.sign(PROGRAMME_ORDER[a] - PROGRAMME_ORDER[b]);
}

const ROUND_LABEL: Record<Round, string> = {
  PRELIMINARY: 'Preliminary Round',
  QUALIFICATION: 'Qualification',
  HEAT: 'Heat',
  QUARTER_FINAL: 'Quarter-Final',
  SEMI_FINAL: 'Semi-Final',
  FINAL: 'Final',
};

// Heats, quarter- and semi-finals are nearly always split, so their number is
// always shown; other rounds show it only when there is more than one race.
const ALWAYS_NUMBERED: ReadonlySet<Round> = new Set<Round>(['HEAT', 'QUARTER_FINAL', 'SEMI_FINAL']);

/** "Heat 2", "Semi-Final 1", "Final". */
export function roundName(round: Round, heat: number): string {
  const label = ROUND_LABEL[round];
  return ALWAYS_NUMBERED.has(round) || heat > 1 ? `${label} ${heat}` : label;
}

const SEX_LABEL: Record<Sex, string> = { MALE: "Men's", FEMALE: "Women's", MIXED: 'Mixed' };

/** A readable race name, e.g. "Men's 3000 Metres Steeplechase Final". */
export function raceName(event: { name: string; sex: Sex }, race: { round: Round; heat: number }): string {
  return `${SEX_LABEL[event.sex]} ${event.name} ${roundName(race.round, race.heat)}`;
}
