import { isWindLegal, WIND_LIMIT_MPS, windStatus } from './wind';

describe('wind', () => {
  it('limit is 2.0 m/s', () => {
    expect(WIND_LIMIT_MPS).toBe(2.0);
  });

  it.each<[number | string, 'LEGAL' | 'ASSISTED']>([
    [2.0, 'LEGAL'],
    [2.1, 'ASSISTED'],
    [1.9, 'LEGAL'],
    [0, 'LEGAL'],
    [-3.5, 'LEGAL'],
    [5.2, 'ASSISTED'],
    ['2.0', 'LEGAL'],
    ['+2.0', 'LEGAL'],
    ['2', 'LEGAL'],
    ['2.00', 'LEGAL'],
    ['2.1', 'ASSISTED'],
    ['+2.1', 'ASSISTED'],
    ['2.01', 'ASSISTED'],
    ['2.0000000000000001', 'ASSISTED'], // a float would read this as exactly 2
    ['3', 'ASSISTED'],
    ['12.0', 'ASSISTED'],
    ['1.9', 'LEGAL'],
    ['-2.5', 'LEGAL'],
    ['-0.0', 'LEGAL'],
    [' 0.3 ', 'LEGAL'],
    ['02.0', 'LEGAL'],
  ])('%p on a wind-affected event is %s', (wind, status) => {
    expect(windStatus(wind, true)).toBe(status);
    expect(isWindLegal(wind, true)).toBe(status === 'LEGAL');
  });

  it('is not applicable when the event is not wind-affected, whatever the reading', () => {
    expect(windStatus(5.0, false)).toBe('NOT_APPLICABLE');
    expect(windStatus('3.1', false)).toBe('NOT_APPLICABLE');
    expect(windStatus(null, false)).toBe('NOT_APPLICABLE');
    expect(isWindLegal(5.0, false)).toBe(true);
  });

  it('treats a missing reading on a wind-affected event as unknown but legal', () => {
    expect(windStatus(null, true)).toBe('UNKNOWN');
    expect(isWindLegal(null, true)).toBe(true);
  });

  it.each<number | string>(['', 'NWI', '2,0', '1.2.3', '+', '2.0 m/s', Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects the unreadable reading %p',
    (wind) => {
      expect(() => windStatus(wind, true)).toThrow(RangeError);
    },
  );
});
