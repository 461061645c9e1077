// The reference-data example as it opens in the IDE, on the shipped seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { EXAMPLES_DIR } from '../../app/example-operations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

it("54: the whole sport's countries, events and series are there", async () => {
  const { data, errors } = await api.query(readFileSync(join(EXAMPLES_DIR, '54-reference-data.graphql'), 'utf8'));
  expect(errors).toBeUndefined();
  expect(data.members.totalCount).toBe(214);
  expect(data.historical.totalCount).toBe(27);
  expect(data.events.totalCount).toBe(151);
  expect(data.championships.totalCount).toBe(56);
  // Lower is better for times; higher for distances, heights and points; wind only outdoors.
  for (const e of data.events.nodes) {
    expect(e.direction).toBe(e.unit === 'TIME' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER');
    if (e.windAffected) expect(e.environment).not.toBe('INDOOR');
  }
  expect(data.events.nodes).toContainEqual(
    expect.objectContaining({ code: '100', sex: 'MALE', unit: 'TIME', windAffected: true, environment: 'OUTDOOR' }),
  );
});
