import { parseSeasonKey, seasonKey, seasonOf } from './seasons';

describe('seasonOf', () => {
  it('uses the race date, not the edition name: Tokyo 2020 raced in 2021', () => {
    expect(seasonOf(new Date('2021-08-02T00:00:00Z'), 2020, false)).toEqual({ year: 2021, indoor: false });
  });

  it('reads the year in UTC', () => {
    // 23:30 on 31 December UTC is already 1 January in Tokyo; the UTC year counts.
    expect(seasonOf(new Date('2023-12-31T23:30:00Z'), 2024, true)).toEqual({ year: 2023, indoor: true });
    expect(seasonOf(new Date('2024-01-01T00:00:00Z'), 2023, false)).toEqual({ year: 2024, indoor: false });
  });

  it('falls back to the meet year when the date is unknown', () => {
    expect(seasonOf(null, 2024, false)).toEqual({ year: 2024, indoor: false });
    expect(seasonOf(null, 2024, true)).toEqual({ year: 2024, indoor: true });
  });

  it('rejects an invalid date and a non-integer fallback', () => {
    expect(() => seasonOf(new Date('not a date'), 2024, false)).toThrow(RangeError);
    expect(() => seasonOf(null, 2024.5, false)).toThrow(RangeError);
  });
});

describe('seasonKey', () => {
  it('formats outdoor and indoor seasons', () => {
    expect(seasonKey({ year: 2021, indoor: false })).toBe('2021');
    expect(seasonKey({ year: 2021, indoor: true })).toBe('2021 indoor');
  });

  it('parses its own output back', () => {
    expect(parseSeasonKey('2021')).toEqual({ year: 2021, indoor: false });
    expect(parseSeasonKey('2021 indoor')).toEqual({ year: 2021, indoor: true });
    for (const season of [
      { year: 1999, indoor: true },
      { year: 2024, indoor: false },
    ]) {
      expect(parseSeasonKey(seasonKey(season))).toEqual(season);
    }
  });

  it.each(['', '21', '2021 outdoor', '2021indoor', 'indoor'])('rejects "%s"', (key) => {
    expect(() => parseSeasonKey(key)).toThrow(RangeError);
  });
});
