import { checkPlace, checkSlug, checkWindApplies, checkWindReading, checkYear } from './input-rules';

describe('the input rulebook', () => {
  it('years: 1800 to 2200, whole', () => {
    expect(checkYear('year', 2024)).toBeNull();
    expect(checkYear('year', 1800)).toBeNull();
    expect(checkYear('season', 2201)).toEqual({
      field: 'season',
      code: 'YEAR_OUT_OF_RANGE',
      message: '2201 is not a year from 1800 to 2200',
    });
    expect(checkYear('year', 2024.5)?.code).toBe('YEAR_OUT_OF_RANGE');
  });

  it('wind: within ±30 m/s, one decimal, on a wind-affected event only', () => {
    expect(checkWindReading('windMps', -2.5)).toBeNull();
    expect(checkWindReading('windMps', 30.1)).toMatchObject({ code: 'WIND_OUT_OF_RANGE', message: 'wind is between -30 and +30 m/s' });
    expect(checkWindReading('windMps', Number.NaN)?.code).toBe('WIND_OUT_OF_RANGE');
    expect(checkWindReading('windMps', 1.25)).toMatchObject({ code: 'WIND_TOO_PRECISE' });
    expect(checkWindApplies('wind', '100', true)).toBeNull();
    expect(checkWindApplies('race_wind', '3000SC', false)).toEqual({
      field: 'race_wind',
      code: 'WIND_NOT_APPLICABLE',
      message: '3000SC is not a wind-affected event',
    });
  });

  it('slugs and places', () => {
    expect(checkSlug('slug', 'paris-2024', 'paris-2024')).toBeNull();
    expect(checkSlug('slug', 'Paris 2024', 'paris-2024')).toMatchObject({
      code: 'SLUG_FORMAT',
      message: 'is lower-case letters and digits joined by single "-", e.g. "paris-2024"',
    });
    expect(checkPlace('place', 1)).toBeNull();
    expect(checkPlace('place', 0)).toMatchObject({ code: 'PLACE_NOT_POSITIVE' });
    expect(checkPlace('place', 1.5)?.code).toBe('PLACE_NOT_POSITIVE');
  });
});
