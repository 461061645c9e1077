import { compareResults, headToHead, type RaceResult, sortResults } from './ordering';
import type { PerformanceStatus } from './types';

const r = (id: string, status: PerformanceStatus, place: number | null, markValue: number | null): RaceResult & { id: string } => ({
  id,
  status,
  place,
  markValue,
});

describe('compareResults', () => {
  it('orders a full race: placed, unplaced by mark, DNF, DQ, NM, DNS', () => {
    const shuffled = [
      r('dns', 'DNS', null, null),
      r('nm', 'NM', null, null),
      r('unplaced-slow', 'FINISHED', null, 490000),
      r('dq', 'DQ', null, 485000),
      r('third', 'FINISHED', 3, 484340),
      r('dnf', 'DNF', null, null),
      r('unplaced-no-mark', 'FINISHED', null, null),
      r('first', 'FINISHED', 1, 483530),
      r('unplaced-fast', 'FINISHED', null, 486000),
      r('second', 'FINISHED', 2, 484290),
    ];
    expect(sortResults(shuffled, 'LOWER_IS_BETTER').map((x) => x.id)).toEqual([
      'first',
      'second',
      'third',
      'unplaced-fast',
      'unplaced-slow',
      'unplaced-no-mark',
      'dnf',
      'dq',
      'nm',
      'dns',
    ]);
  });

  it('orders by place, not by mark, among placed finishers', () => {
    // Equal times separated by the photo finish: the place decides.
    const first = r('a', 'FINISHED', 1, 484290);
    const second = r('b', 'FINISHED', 2, 484290);
    expect(compareResults(first, second, 'LOWER_IS_BETTER')).toBeLessThan(0);
    expect(compareResults(second, first, 'LOWER_IS_BETTER')).toBeGreaterThan(0);
  });

  it('a placed finisher comes before an unplaced one even with a worse mark', () => {
    expect(compareResults(r('a', 'FINISHED', 8, 500000), r('b', 'FINISHED', null, 480000), 'LOWER_IS_BETTER')).toBeLessThan(0);
  });

  it('shared places compare equal and keep their input order', () => {
    const a = r('a', 'FINISHED', 2, 484290);
    const b = r('b', 'FINISHED', 2, 484290);
    expect(compareResults(a, b, 'LOWER_IS_BETTER')).toBe(0);
    expect(sortResults([b, a], 'LOWER_IS_BETTER').map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('unplaced finishers follow the event direction', () => {
    const short = r('short', 'FINISHED', null, 8100);
    const long = r('long', 'FINISHED', null, 8950);
    expect(sortResults([short, long], 'HIGHER_IS_BETTER').map((x) => x.id)).toEqual(['long', 'short']);
    expect(sortResults([long, short], 'LOWER_IS_BETTER').map((x) => x.id)).toEqual(['short', 'long']);
  });

  it('the status decides the group even when a place was recorded', () => {
    expect(compareResults(r('dq', 'DQ', 1, 480000), r('last', 'FINISHED', 12, 520000), 'LOWER_IS_BETTER')).toBeGreaterThan(0);
  });

  it('does not mutate its input', () => {
    const input = [r('b', 'FINISHED', 2, 2), r('a', 'FINISHED', 1, 1)];
    sortResults(input, 'LOWER_IS_BETTER');
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('headToHead', () => {
  it('decides by place, never by mark', () => {
    const winner = r('a', 'FINISHED', 1, 484290);
    const runnerUp = r('b', 'FINISHED', 2, 484290);
    expect(headToHead(winner, runnerUp)).toEqual({ met: true, winner: 'A' });
    expect(headToHead(runnerUp, winner)).toEqual({ met: true, winner: 'B' });
  });

  it('follows the place even when the marks disagree', () => {
    expect(headToHead(r('a', 'FINISHED', 3, 480000), r('b', 'FINISHED', 2, 490000))).toEqual({ met: true, winner: 'B' });
  });

  it.each<PerformanceStatus>(['DNF', 'DQ', 'NM'])('a finisher beats %s', (status) => {
    expect(headToHead(r('a', 'FINISHED', 12, 520000), r('b', status, null, null))).toEqual({ met: true, winner: 'A' });
    expect(headToHead(r('a', status, null, null), r('b', 'FINISHED', 12, 520000))).toEqual({ met: true, winner: 'B' });
  });

  it('two non-finishers met but nobody won', () => {
    expect(headToHead(r('a', 'DNF', null, null), r('b', 'DQ', null, null))).toEqual({ met: true, winner: null });
    expect(headToHead(r('a', 'NM', null, null), r('b', 'NM', null, null))).toEqual({ met: true, winner: null });
  });

  it.each<PerformanceStatus>(['FINISHED', 'DNF', 'DQ', 'NM', 'DNS'])('DNS against %s is not a meeting', (status) => {
    const other = r('b', status, status === 'FINISHED' ? 1 : null, null);
    expect(headToHead(r('a', 'DNS', null, null), other)).toEqual({ met: false, winner: null });
    expect(headToHead(other, r('a', 'DNS', null, null))).toEqual({ met: false, winner: null });
  });

  it('a shared place is a meeting with no winner', () => {
    expect(headToHead(r('a', 'FINISHED', 2, 484290), r('b', 'FINISHED', 2, 484290))).toEqual({ met: true, winner: null });
  });

  it('a finisher with no recorded place cannot be judged by mark', () => {
    expect(headToHead(r('a', 'FINISHED', 1, 480000), r('b', 'FINISHED', null, 490000))).toEqual({ met: true, winner: null });
  });
});
