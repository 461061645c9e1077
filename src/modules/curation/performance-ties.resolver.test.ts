// Curated results and shared places: no place held twice unless every holder is tied.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { ApiKeyService } from '../auth/api-key.service';
import { encodeGlobalId } from '../common/relay';

let api: TestApi;
let key: string;
let race: string;
const athletes: Record<string, string> = {};

const gql = (query: string, variables: Record<string, unknown> = {}) => api.queryAs(key, query, variables);

beforeAll(async () => {
  api = await startTestApi();
  key = (await new ApiKeyService(api.db.prisma).create('curator')).key;
  const meet = await gql(
    'mutation { createMeet(input: { name: "Invented Curated Tie Meeting 2025", year: 2025, source: "https://example.org/tie" }) { id } }',
  );
  const created = await gql(
    'mutation ($meet: ID!) { createRace(input: { meet: $meet, event: "3000SC", sex: MALE, round: FINAL }) { id } }',
    { meet: meet.data.createMeet.id },
  );
  race = created.data.createRace.id;
  for (const slug of ['amos-serem', 'soufiane-el-bakkali', 'lamecha-girma']) {
    athletes[slug] = encodeGlobalId('Athlete', (await api.db.prisma.athlete.findUniqueOrThrow({ where: { slug } })).id);
  }
});
afterAll(() => api?.stop());

const CREATE = `mutation ($input: CreatePerformanceInput!) { createPerformance(input: $input) { id placeText tied } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePerformanceInput!) { updatePerformance(id: $id, input: $input) { id placeText tied } }`;
const result = (athlete: string, place: number, tied?: boolean) => ({
  input: {
    race,
    athlete: athletes[athlete],
    place,
    mark: '8:10.00',
    source: 'https://example.org/tie',
    ...(tied === undefined ? {} : { tied }),
  },
});

describe('shared places through curation', () => {
  it('refuses a second holder of a place without a tie, naming the holder and the field', async () => {
    const first = await gql(CREATE, result('soufiane-el-bakkali', 1));
    expect(first.data.createPerformance).toMatchObject({ placeText: '1', tied: false });
    const second = await gql(CREATE, result('amos-serem', 1));
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.place' } });
    expect(second.errors?.[0].message).toMatch(/place 1 is held by Soufiane El Bakkali: a tie is tied: true in every result/);
    const tiedAlone = await gql(CREATE, result('amos-serem', 1, true));
    expect(tiedAlone.errors?.[0]).toMatchObject({ extensions: { field: 'input.tied' } });
    expect(tiedAlone.errors?.[0].message).toMatch(/Soufiane El Bakkali holds place 1 alone: mark that result tied first/);

    // The way to a tie: the holder first, then the second result.
    await gql(UPDATE, { id: first.data.createPerformance.id, input: { tied: true } });
    const shared = await gql(CREATE, result('amos-serem', 1, true));
    expect(shared.errors).toBeUndefined();
    expect(shared.data.createPerformance).toMatchObject({ placeText: '1=', tied: true });
    // Untying one of two holders would leave a place held twice without "=".
    const untie = await gql(UPDATE, { id: shared.data.createPerformance.id, input: { tied: false } });
    expect(untie.errors?.[0]).toMatchObject({ extensions: { field: 'input.place' } });
    // Without a place there is nothing to share.
    const noPlace = await gql(CREATE, { input: { ...result('lamecha-girma', 3, true).input, place: null } });
    expect(noPlace.errors?.[0]).toMatchObject({ extensions: { field: 'input.tied' } });
  });
});
