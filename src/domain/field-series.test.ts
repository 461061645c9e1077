// Every card and series below is invented for the test; none is a real competition's.
import {
  bestOfSeries,
  compareCountback,
  compareSeries,
  countbackRecord,
  FieldSeriesError,
  highestCleared,
  parseHeightCard,
  parseSeries,
  placesContradictions,
  type FieldSeriesErrorReason,
} from './field-series';

function reason(f: () => unknown): FieldSeriesErrorReason {
  try {
    f();
  } catch (e) {
    if (e instanceof FieldSeriesError) return e.reason;
    throw e;
  }
  throw new Error('expected a FieldSeriesError');
}

const record = (text: string) => countbackRecord(parseHeightCard(text));

describe('parseHeightCard', () => {
  it('reads heights in mm and trials in lower case', () => {
    expect(parseHeightCard('2.19:O  2.24:xo 2.27:- 2.30:XXX')).toEqual([
      { heightValue: 2190, heightText: '2.19', trials: 'o' },
      { heightValue: 2240, heightText: '2.24', trials: 'xo' },
      { heightValue: 2270, heightText: '2.27', trials: '-' },
      { heightValue: 2300, heightText: '2.30', trials: 'xxx' },
    ]);
  });

  it.each<[string, FieldSeriesErrorReason]>([
    ['', 'EMPTY'],
    ['2.19', 'INVALID_ENTRY'],
    ['2.19:', 'INVALID_ENTRY'],
    ['tall:o', 'INVALID_HEIGHT'],
    ['2.19:xxxo', 'INVALID_TRIALS'],
    ['2.19:ox', 'INVALID_TRIALS'],
    ['2.19:o 2.19:o', 'NOT_ASCENDING'],
    ['2.24:o 2.19:o', 'NOT_ASCENDING'],
  ])('rejects "%s" (%s)', (text, why) => {
    expect(reason(() => parseHeightCard(text))).toBe(why);
  });

  it('finds the highest height cleared', () => {
    expect(highestCleared(parseHeightCard('2.19:o 2.24:xo 2.27:- 2.30:xxx'))).toBe(2240);
    expect(highestCleared(parseHeightCard('2.19:xxx'))).toBeNull();
  });
});

describe('countback (rule 26.8)', () => {
  it('ranks the higher height first, then fewer failures at it, then fewer in total up to it', () => {
    expect(compareCountback(record('2.20:o 2.24:xxo'), record('2.20:o 2.22:xxx'))).toBeLessThan(0);
    expect(compareCountback(record('2.20:xxo 2.24:o 2.27:xxx'), record('2.20:o 2.24:xo 2.27:xxx'))).toBeLessThan(0);
    expect(compareCountback(record('2.20:xo 2.24:o'), record('2.20:o 2.24:o'))).toBeGreaterThan(0);
    // Failures above the last height cleared do not count.
    expect(compareCountback(record('2.20:o 2.24:o 2.27:xxx'), record('2.20:o 2.24:o 2.27:x-'))).toBe(0);
    expect(compareCountback(record('2.20:xxx'), record('2.10:xxx'))).toBe(0);
    expect(compareCountback(record('2.20:xxx'), record('2.10:o'))).toBeGreaterThan(0);
  });
});

describe('placesContradictions', () => {
  const race = (...rows: Array<[number | null, string]>) => rows.map(([place, card]) => ({ place, record: record(card) }));

  it('accepts places in countback order and a shared place for equal records', () => {
    expect(
      placesContradictions(race([1, '2.20:o 2.24:o'], [2, '2.20:o 2.24:xo'], [2, '2.20:o 2.24:xo'], [4, '2.20:o']), compareCountback),
    ).toEqual([]);
  });

  it('reports places countback contradicts', () => {
    const found = placesContradictions(race([1, '2.20:o 2.24:xo'], [2, '2.20:o 2.24:o']), compareCountback);
    expect(found).toEqual([{ ahead: 0, behind: 1, message: expect.stringContaining('other way') }]);
    expect(placesContradictions(race([3, '2.20:o'], [4, '2.20:o']), compareCountback)).toHaveLength(1);
    expect(placesContradictions(race([3, '2.20:o'], [3, '2.20:xo']), compareCountback)).toHaveLength(1);
  });

  it('allows a jump-off for first between athletes equal on countback, and nowhere else', () => {
    const top = race([1, '2.20:o 2.24:xo'], [2, '2.20:o 2.24:xo'], [3, '2.20:o']);
    expect(placesContradictions(top, compareCountback, { jumpOffForFirst: true })).toEqual([]);
    expect(placesContradictions(top, compareCountback)).toHaveLength(1);
    const lower = race([1, '2.20:o 2.24:o'], [2, '2.20:o'], [3, '2.20:o']);
    expect(placesContradictions(lower, compareCountback, { jumpOffForFirst: true })).toHaveLength(1);
  });
});

describe('parseSeries', () => {
  it('reads marks, fouls, passes and winds', () => {
    expect(parseSeries('8.01 X 8.24@+0.4 - 7.90@-1.2 8.00@0', true)).toEqual([
      { outcome: 'MARK', markValue: 8010, markText: '8.01', wind: null },
      { outcome: 'FOUL', markValue: null, markText: null, wind: null },
      { outcome: 'MARK', markValue: 8240, markText: '8.24', wind: '+0.4' },
      { outcome: 'PASS', markValue: null, markText: null, wind: null },
      { outcome: 'MARK', markValue: 7900, markText: '7.90', wind: '-1.2' },
      { outcome: 'MARK', markValue: 8000, markText: '8.00', wind: '0.0' },
    ]);
    expect(bestOfSeries(parseSeries('x 21.50 22.01 -', false))).toBe(22010);
    expect(bestOfSeries(parseSeries('x x x', false))).toBeNull();
  });

  it.each<[string, boolean, FieldSeriesErrorReason]>([
    [' ', false, 'EMPTY'],
    ['8.01 far', true, 'INVALID_MARK'],
    ['8.01@strong', true, 'INVALID_WIND'],
    ['21.50@+0.4', false, 'WIND_NOT_APPLICABLE'],
  ])('rejects "%s" (%s)', (text, windAffected, why) => {
    expect(reason(() => parseSeries(text, windAffected))).toBe(why);
  });
});

describe('compareSeries', () => {
  const s = (text: string) => parseSeries(text, false);

  it('compares the best marks, then the second best, and so on', () => {
    expect(compareSeries(s('20.00 21.00'), s('21.00 19.00'))).toBeLessThan(0);
    expect(compareSeries(s('21.00 x x'), s('21.00 19.00'))).toBeGreaterThan(0);
    expect(compareSeries(s('21.00 20.00 x'), s('x 20.00 21.00'))).toBe(0);
    expect(compareSeries(s('x x'), s('x -'))).toBe(0);
  });

  it('gives the places a race must have', () => {
    const race = [
      { place: 1, record: s('21.00 x') },
      { place: 2, record: s('21.00 20.50') },
    ];
    expect(placesContradictions(race, compareSeries)).toHaveLength(1);
    race[0].place = 2;
    race[1].place = 1;
    expect(placesContradictions(race, compareSeries)).toEqual([]);
  });
});
