// The module's example operations run as they are, with their default variables, on the seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../../test/support/api';
import { EXAMPLES_DIR } from '../../app/example-operations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

async function run(file: string) {
  const { data, errors } = await api.query(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
  expect(errors).toBeUndefined();
  if (process.env.PRINT_EXAMPLES) console.log(file, JSON.stringify(data, null, 1));
  return data;
}

const ranked = (list: any) => list.edges.map((e: any) => `${e.node.rank} ${e.node.athlete.displayName} ${e.node.mark.text}`);

it("20: Serem's personal best is the 8:04.29 of Silesia 2024", async () => {
  const { athlete } = await run('20-personal-bests.graphql');
  expect(athlete.personalBests).toHaveLength(1);
  expect(athlete.personalBests[0]).toMatchObject({
    mark: { text: '8:04.29' },
    performance: { placeText: '2', race: { meet: { name: 'Silesia 2024' } } },
  });
  expect(athlete.seasonBests.map((b: any) => `${b.season} ${b.mark.text}`)).toEqual(['2024 8:04.29', '2021 8:30.72']);
});

it("21: El Bakkali's progression, Tokyo 2020 in 2021", async () => {
  const { athlete } = await run('21-progression.graphql');
  expect(athlete.progression.map((b: any) => `${b.season} ${b.mark.text} ${b.performance.race.meet.name}`)).toEqual([
    '2021 8:08.90 Tokyo 2020',
    '2022 8:25.13 Eugene 2022',
    '2023 8:03.53 Budapest 2023',
    '2024 8:04.29 Silesia 2024',
  ]);
});

it('22: the 2024 top list, El Bakkali and Serem sharing rank 1', async () => {
  const { topList } = await run('22-season-top-list.graphql');
  expect(ranked(topList)).toEqual([
    '1 Soufiane El Bakkali 8:04.29',
    '1 Amos Serem 8:04.29',
    '3 Samuel Firewu 8:04.34',
    '4 Kenneth Rooks 8:06.41',
    '5 Abraham Kibiwott 8:06.47',
  ]);
});

it("23: the all-time list, led by El Bakkali's 8:03.53", async () => {
  const { allTimeList } = await run('23-all-time-list.graphql');
  expect(ranked(allTimeList)).toEqual([
    '1 Soufiane El Bakkali 8:03.53',
    '2 Amos Serem 8:04.29',
    '3 Samuel Firewu 8:04.34',
    '4 Kenneth Rooks 8:06.41',
    '5 Abraham Kibiwott 8:06.47',
    '6 Lamecha Girma 8:10.38',
    '7 Benjamin Kigen 8:11.45',
  ]);
});
