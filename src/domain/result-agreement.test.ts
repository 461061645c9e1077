import { resultAgreement, describeDisagreements, type ResultFacts } from './result-agreement';

const result = (facts: Partial<ResultFacts> = {}): ResultFacts => ({
  status: 'FINISHED',
  place: 14,
  tied: false,
  markValue: 499740,
  markText: '8:19.74',
  windMps: null,
  notes: [],
  photoFinish: false,
  ...facts,
});

describe('resultAgreement', () => {
  it("agrees on equal results, and keeps the first one's facts", () => {
    expect(resultAgreement(result(), result())).toEqual({ agree: true, combined: { windMps: null, notes: [], photoFinish: false } });
  });

  it('completes what one lacks: a wind reading, notes one has more of, a photo finish', () => {
    const verdict = resultAgreement(result({ notes: ['SB'] }), result({ windMps: 1.2, notes: ['PB', 'SB'], photoFinish: true }));
    expect(verdict).toEqual({ agree: true, combined: { windMps: 1.2, notes: ['SB', 'PB'], photoFinish: true } });
    expect(resultAgreement(result({ windMps: -0.4, notes: ['PB', 'SB'] }), result({ notes: ['SB'] }))).toEqual({
      agree: true,
      combined: { windMps: -0.4, notes: ['PB', 'SB'], photoFinish: false },
    });
  });

  it('takes an equal value written at another precision as the same mark', () => {
    expect(resultAgreement(result(), result({ markText: '8:19.740' })).agree).toBe(true);
  });

  it('names every field that disagrees, with both values', () => {
    const verdict = resultAgreement(result(), result({ markValue: 499750, markText: '8:19.75' }));
    expect(verdict).toEqual({ agree: false, disagreements: [{ field: 'mark', keep: '8:19.74', remove: '8:19.75' }] });
    const many = resultAgreement(
      result({ windMps: 1.2, notes: ['PB'] }),
      result({ status: 'DNF', place: null, markValue: null, markText: null, tied: true, windMps: 0.3, notes: ['SB'] }),
    );
    expect(many.agree).toBe(false);
    if (many.agree) return;
    expect(describeDisagreements(many.disagreements)).toBe(
      'status: keep FINISHED, remove DNF; place: keep 14, remove none; tied: keep false, remove true; mark: keep 8:19.74, remove none; windMps: keep +1.2 m/s, remove +0.3 m/s; notes: keep PB, remove SB',
    );
  });

  it('agrees on two non-finishers', () => {
    const dnf = { status: 'DNF', place: null, markValue: null, markText: null };
    expect(resultAgreement(result(dnf), result(dnf)).agree).toBe(true);
  });
});
