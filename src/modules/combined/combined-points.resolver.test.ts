import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { EXAMPLES_DIR } from '../../app/example-operations';
import { encodeGlobalId } from '../common/relay';

// Seeded: `event: { id }` is looked up in the discipline catalogue.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const POINTS = `query ($event: EventRef!, $discipline: String!, $mark: String!) {
  combinedEventPoints(event: $event, discipline: $discipline, mark: $mark) {
    event eventName sex environment discipline points scoredAs handTimeCorrection
    mark { text value unit precision decimal }
    coefficients { a b c formula }
  }
}`;

const points = (event: Record<string, unknown>, discipline: string, mark: string) => api.query(POINTS, { event, discipline, mark });

describe('combinedEventPoints', () => {
  // Published points (sources in src/domain/combined-events.test.ts): Eaton's 8.03 and 4:33.59 in London 2012,
  // Ennis's 12.54 in London 2012, Eaton's 7.68 in the Istanbul 2012 indoor heptathlon, Dobrynska's 8.38 there.
  it.each([
    [{ code: 'DEC', sex: 'MALE' }, 'LJ', '8.03', 1068, 'DISTANCE', 803],
    [{ code: 'DEC', sex: 'MALE' }, 'HJ', '2.05', 850, 'HEIGHT', 205],
    [{ code: 'dec', sex: 'MALE' }, '100', '10.35', 1011, 'TIME', 10.35],
    [{ code: 'HEP', sex: 'FEMALE' }, '100h', '12.54', 1195, 'TIME', 12.54],
    [{ code: 'HEP', sex: 'MALE' }, '60H', '7.68', 1064, 'TIME', 7.68],
    [{ code: 'PEN', sex: 'FEMALE' }, '60H', '8.38', 1044, 'TIME', 8.38],
  ])('scores %j %s %s as %d', async (event, discipline, mark, expected, unit, scoredAs) => {
    const { data, errors } = await points(event, discipline, mark);
    expect(errors).toBeUndefined();
    expect(data.combinedEventPoints).toMatchObject({ points: expected, scoredAs, discipline: discipline.toUpperCase(), mark: { unit } });
  });

  it('returns the event, the mark as read and the coefficients', async () => {
    const { data, errors } = await points({ code: 'DEC', sex: 'MALE' }, '1500', '4:33.59');
    expect(errors).toBeUndefined();
    expect(data.combinedEventPoints).toEqual({
      event: 'DEC',
      eventName: 'Decathlon',
      sex: 'MALE',
      environment: 'OUTDOOR',
      discipline: '1500',
      points: 721,
      scoredAs: 273.59,
      handTimeCorrection: 0,
      mark: { text: '4:33.59', value: 273590, unit: 'TIME', precision: 'HUNDREDTHS', decimal: 273.59 },
      coefficients: { a: 0.03768, b: 480, c: 1.85, formula: 'TRACK' },
    });
  });

  it('adds 0.24 s to a hand time up to 200 m and 0.14 s in the 400 m', async () => {
    const hand = await points({ code: 'DEC', sex: 'MALE' }, '100', '10.5h');
    const automatic = await points({ code: 'DEC', sex: 'MALE' }, '100', '10.74');
    expect(hand.data.combinedEventPoints).toMatchObject({
      scoredAs: 10.74,
      handTimeCorrection: 0.24,
      points: automatic.data.combinedEventPoints.points,
      mark: { text: '10.5', value: 10500, precision: 'TENTHS_HAND' },
    });
    const quarter = await points({ code: 'DEC', sex: 'FEMALE' }, '400', '59.0h');
    expect(quarter.data.combinedEventPoints).toMatchObject({ scoredAs: 59.14, handTimeCorrection: 0.14, points: 734 });
  });

  it('takes the event by id too', async () => {
    const row = await api.db.prisma.event.findFirstOrThrow({ where: { code: 'HEP', sex: 'FEMALE' } });
    const { data, errors } = await points({ id: encodeGlobalId('Event', row.id) }, 'LJ', '6.48');
    expect(errors).toBeUndefined();
    expect(data.combinedEventPoints).toMatchObject({ event: 'HEP', sex: 'FEMALE', points: 1001 });
  });

  it.each([
    [{ code: 'PEN', sex: 'MALE' }, 'LJ', '7.00', 'event', 'UNKNOWN_COMBINED_EVENT', 'no World Athletics combined event "PEN" for sex MALE'],
    [{ code: '100', sex: 'MALE' }, '100', '10.35', 'event', 'UNKNOWN_COMBINED_EVENT', 'no World Athletics combined event "100"'],
    [
      { code: 'PEN', sex: 'FEMALE' },
      'JT',
      '45.00',
      'discipline',
      'NOT_A_DISCIPLINE',
      '"JT" is not a discipline of the women\'s indoor pentathlon (PEN), which is 60H, HJ, SP, LJ, 800',
    ],
    [{ code: 'DEC', sex: 'MALE' }, '100H', '13.50', 'discipline', 'NOT_A_DISCIPLINE', "not a discipline of the men's decathlon (DEC)"],
    [{ code: 'DEC', sex: 'MALE' }, '100', '10,35', 'mark', 'INVALID_CHARACTERS', 'Invalid time mark "10,35"'],
    [{ code: 'DEC', sex: 'MALE' }, 'LJ', '803', 'mark', 'MISSING_DIGITS', 'Invalid distance mark "803"'],
    [{ code: 'DEC', sex: 'MALE' }, 'HJ', '2.055', 'mark', 'TOO_MANY_DECIMALS', 'Invalid height mark "2.055"'],
  ])('refuses %j %s %s naming `%s` (%s)', async (event, discipline, mark, argumentName, reason, message) => {
    const { data, errors } = await points(event, discipline, mark);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName, reason });
    expect(errors?.[0].message).toContain(`${argumentName}: `);
    expect(errors?.[0].message).toContain(message);
  });

  it.each([
    [{ code: 'DEC' }, 'give either id, or both code and sex'],
    [{ id: 'nope' }, 'event'],
    [{ id: encodeGlobalId('Event', 999999) }, 'no event has the id'],
  ])('refuses the event reference %j', async (event, message) => {
    const { data, errors } = await points(event, 'LJ', '8.03');
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'event' });
    expect(errors?.[0].message).toContain(message);
  });

  it("56: the example operation scores Eaton's London long jump", async () => {
    const { data, errors } = await api.query(readFileSync(join(EXAMPLES_DIR, '56-combined-event-points.graphql'), 'utf8'));
    expect(errors).toBeUndefined();
    expect(data.combinedEventPoints).toEqual({
      event: 'DEC',
      sex: 'MALE',
      discipline: 'LJ',
      points: 1068,
      mark: { text: '8.03', value: 8030, unit: 'DISTANCE', precision: 'CENTIMETRES' },
      scoredAs: 803,
      handTimeCorrection: 0,
      coefficients: { a: 0.14354, b: 220, c: 1.4, formula: 'JUMP' },
    });
  });
});
