import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { EXAMPLES_DIR } from '../../app/example-operations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const run = async (file: string) => {
  const response = await api.query(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
  expect(response.errors).toBeUndefined();
  return response.data;
};

describe('the rivalry examples, as they open in the IDE', () => {
  it('00: Serem vs El Bakkali is 0-2 over Silesia and Paris', async () => {
    const { headToHead } = await run('00-head-to-head-serem-el-bakkali.graphql');
    expect(headToHead).toMatchObject({ races: 2, winsA: 0, winsB: 2, noDecision: 0, leader: { displayName: 'Soufiane El Bakkali' } });
    const silesia = headToHead.meetings.nodes.find((m: any) => m.race.meet.name === 'Silesia 2024');
    expect(silesia).toMatchObject({ winner: { displayName: 'Soufiane El Bakkali' }, margin: { text: '0.00' } });
  });

  it("01: El Bakkali's rivals start with two athletes met twice", async () => {
    const { athlete } = await run('01-rivals.graphql');
    expect(athlete.rivals.nodes.map((r: any) => r.races)).toEqual([2, 2, 1, 1, 1, 1]);
  });

  it('02: the Brussels 2024 final preview has Serem vs El Bakkali at 2 meetings, 2 El Bakkali wins', async () => {
    const { meet } = await run('02-race-preview-brussels.graphql');
    expect(meet.races.nodes[0].preview.pairs).toEqual([
      expect.objectContaining({
        athleteA: { displayName: 'Amos Serem' },
        athleteB: { displayName: 'Soufiane El Bakkali' },
        races: 2,
        winsA: 0,
        winsB: 2,
      }),
    ]);
  });
});
