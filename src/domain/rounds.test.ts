import { compareRounds, raceName, roundName } from './rounds';
import type { Round } from './types';

describe('compareRounds', () => {
  it('sorts rounds into programme order', () => {
    const rounds: Round[] = ['FINAL', 'HEAT', 'SEMI_FINAL', 'PRELIMINARY', 'QUARTER_FINAL', 'QUALIFICATION'];
    expect([...rounds].sort(compareRounds)).toEqual(['PRELIMINARY', 'QUALIFICATION', 'HEAT', 'QUARTER_FINAL', 'SEMI_FINAL', 'FINAL']);
  });

  it('puts heats before the final and treats a round as equal to itself', () => {
    expect(compareRounds('HEAT', 'FINAL')).toBeLessThan(0);
    expect(compareRounds('FINAL', 'SEMI_FINAL')).toBeGreaterThan(0);
    expect(compareRounds('FINAL', 'FINAL')).toBe(0);
  });
});

describe('roundName and raceName', () => {
  it.each<[Round, number, string]>([
    ['FINAL', 1, 'Final'],
    ['FINAL', 2, 'Final 2'],
    ['HEAT', 1, 'Heat 1'],
    ['HEAT', 3, 'Heat 3'],
    ['SEMI_FINAL', 2, 'Semi-Final 2'],
    ['QUARTER_FINAL', 1, 'Quarter-Final 1'],
    ['QUALIFICATION', 1, 'Qualification'],
    ['QUALIFICATION', 2, 'Qualification 2'],
    ['PRELIMINARY', 1, 'Preliminary Round'],
  ])('%s heat %d -> "%s"', (round, heat, name) => {
    expect(roundName(round, heat)).toBe(name);
  });

  it('names a race by sex, event and round', () => {
    expect(raceName({ name: '3000 Metres Steeplechase', sex: 'MALE' }, { round: 'FINAL', heat: 1 })).toBe(
      "Men's 3000 Metres Steeplechase Final",
    );
    expect(raceName({ name: '100 Metres', sex: 'FEMALE' }, { round: 'HEAT', heat: 4 })).toBe("Women's 100 Metres Heat 4");
    expect(raceName({ name: '4 x 400 Metres Relay', sex: 'MIXED' }, { round: 'FINAL', heat: 1 })).toBe('Mixed 4 x 400 Metres Relay Final');
  });
});
