import { marginOf, matrixOf, meetingOf, meetingsOf, recordOf, rivalsOf, type PairRow, type Side } from './record';

const side = (athleteId: number, over: Partial<Side> = {}): Side => ({
  athleteId,
  performanceId: athleteId * 100,
  place: null,
  status: 'FINISHED',
  markValue: null,
  precision: 'HUNDREDTHS',
  ...over,
});

let raceId = 0;
const row = (a: Side, b: Side, time = 0): PairRow => ({ raceId: ++raceId, time, unit: 'TIME', a, b });

describe('meetingOf', () => {
  it('decides equal times by place, with a margin of 0.00', () => {
    const m = meetingOf(row(side(1, { place: 2, markValue: 484290 }), side(2, { place: 1, markValue: 484290 })));
    expect(m).toMatchObject({ winner: 'B', decision: 'PLACE', margin: { value: 0, text: '0.00', unit: 'TIME', decimal: 0 } });
  });

  it('gives the margin in the unit, whoever won', () => {
    const m = meetingOf(row(side(1, { place: 14, markValue: 499740 }), side(2, { place: 1, markValue: 486050 })));
    expect(m?.margin).toEqual({ value: 13690, text: '13.69', unit: 'TIME', decimal: 13.69 });
  });

  it('lets a finisher beat a DNF, a DQ and an NM, without a margin', () => {
    for (const status of ['DNF', 'DQ', 'NM'] as const) {
      expect(meetingOf(row(side(1, { status }), side(2, { place: 9, markValue: 500000 })))).toMatchObject({
        winner: 'B',
        decision: 'STATUS',
        margin: null,
      });
    }
  });

  it('counts two non-finishers as a meeting nobody won', () => {
    expect(meetingOf(row(side(1, { status: 'DNF' }), side(2, { status: 'DQ' })))).toMatchObject({ winner: null, decision: 'NONE' });
  });

  it('counts a shared place as a meeting nobody won', () => {
    expect(meetingOf(row(side(1, { place: 3, markValue: 1000 }), side(2, { place: 3, markValue: 1000 })))).toMatchObject({
      winner: null,
      decision: 'NONE',
      margin: { text: '0.00' },
    });
  });

  it('does not count a DNS as a meeting', () => {
    expect(meetingOf(row(side(1, { status: 'DNS' }), side(2, { place: 1 })))).toBeNull();
    expect(meetingOf(row(side(1, { place: 1 }), side(2, { status: 'DNS' })))).toBeNull();
  });
});

describe('marginOf', () => {
  it('does not compare a hand time with an automatic one', () => {
    expect(marginOf(side(1, { markValue: 10500, precision: 'TENTHS_HAND' }), side(2, { markValue: 10540 }), 'TIME')).toBeNull();
    expect(
      marginOf(side(1, { markValue: 10500, precision: 'TENTHS_HAND' }), side(2, { markValue: 10700, precision: 'TENTHS_HAND' }), 'TIME')
        ?.text,
    ).toBe('0.20');
  });

  it('needs both marks', () => {
    expect(marginOf(side(1, { markValue: null }), side(2, { markValue: 10540 }), 'TIME')).toBeNull();
  });

  it('works in metres for field events', () => {
    expect(
      marginOf(side(1, { markValue: 8950, precision: 'CENTIMETRES' }), side(2, { markValue: 8830, precision: 'CENTIMETRES' }), 'DISTANCE'),
    ).toEqual({ value: 120, text: '0.12', unit: 'DISTANCE', decimal: 0.12 });
  });
});

describe('records', () => {
  it('totals meetings most recent first and drops DNS', () => {
    const rows = [
      row(side(1, { place: 1 }), side(2, { place: 2 }), 100),
      row(side(1, { status: 'DNS' }), side(2, { place: 1 }), 400),
      row(side(1, { place: 2 }), side(2, { place: 1 }), 300),
      row(side(1, { status: 'DNF' }), side(2, { status: 'DNF' }), 200),
    ];
    const record = recordOf(1, 2, meetingsOf(rows));
    expect(record).toMatchObject({ races: 3, winsA: 1, winsB: 1, noDecision: 1 });
    expect(record.meetings.map((m) => m.time)).toEqual([300, 200, 100]);
    expect(record.lastMeeting?.time).toBe(300);
  });

  it('orders rivals by meetings, then wins, then fewer losses', () => {
    const rows = [
      row(side(1, { place: 2 }), side(7, { place: 1 })),
      row(side(1, { place: 1 }), side(8, { place: 2 })),
      row(side(1, { place: 1 }), side(9, { place: 2 })),
      row(side(1, { place: 2 }), side(9, { place: 1 })),
      row(side(1, { status: 'DNS' }), side(6, { place: 1 })),
    ];
    expect(rivalsOf(1, rows).map((r) => [r.athleteBId, r.races, r.winsA, r.winsB])).toEqual([
      [9, 2, 1, 1],
      [8, 1, 1, 0],
      [7, 1, 0, 1],
    ]);
  });

  it('builds a matrix with every pair, oriented by field order', () => {
    const rows = [row(side(3, { place: 1 }), side(1, { place: 2 })), row(side(1, { place: 1 }), side(2, { place: 2 }))];
    const { pairs, entrants } = matrixOf([1, 2, 3], rows);
    expect(pairs.map((p) => [p.athleteAId, p.athleteBId, p.races, p.winsA, p.winsB])).toEqual([
      [1, 2, 1, 1, 0],
      [1, 3, 1, 0, 1],
      [2, 3, 0, 0, 0],
    ]);
    expect(entrants).toEqual([
      { athleteId: 1, races: 2, wins: 1, losses: 1, noDecision: 0, opponentsMet: 2 },
      { athleteId: 2, races: 1, wins: 0, losses: 1, noDecision: 0, opponentsMet: 1 },
      { athleteId: 3, races: 1, wins: 1, losses: 0, noDecision: 0, opponentsMet: 1 },
    ]);
  });
});
