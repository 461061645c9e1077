// The typed example client (examples/client, built from codegen's typed documents) against
// a real server: what a frontend developer would run.
import { athleteResultLines } from '../examples/client/athlete-results';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

it("reads Amos Serem's results through the generated, typed document", async () => {
  const lines = await athleteResultLines(api.url, 'amos-serem');
  expect(lines).toEqual(expect.arrayContaining(['Silesia 2024 (2024): 2 8:04.29', 'Paris 2024 (2024): 14 8:19.74']));
});
