// Meet aliases: set by curators, read with the meet, found by meets(search:).
import { startTestApi, type TestApi } from '../../../test/support/api';
import { ApiKeyService } from '../auth/api-key.service';

let api: TestApi;
let key: string;

beforeAll(async () => {
  api = await startTestApi();
  key = (await new ApiKeyService(api.db.prisma).create('curator')).key;
});
afterAll(() => api?.stop());

const gql = (query: string, variables: Record<string, unknown> = {}, bearer: string | null = key) => api.queryAs(bearer, query, variables);

const meetId = async (slug: string) =>
  (await gql('query ($slug: String!) { meet(slug: $slug) { id } }', { slug }, null)).data.meet.id as string;
const UPDATE = 'mutation ($id: ID!, $input: UpdateMeetInput!) { updateMeet(id: $id, input: $input) { slug aliases } }';
const search = async (text: string) => {
  const { data, errors } = await gql(
    'query ($s: String) { meets(search: $s, first: 50) { totalCount nodes { slug } } }',
    { s: text },
    null,
  );
  expect(errors).toBeUndefined();
  return data.meets.nodes.map((m: any) => m.slug);
};

describe('meet aliases', () => {
  it('are set on create, read with the meet, replaced on update, and audited', async () => {
    const created = await gql(`mutation { createMeet(input: {
      name: "Weltklasse Zürich", startDate: "2025-08-28", city: "Zürich", source: "https://example.org/zurich",
      aliases: ["Zurich Diamond League 2025", "  Weltklasse   2025 ", "zurich diamond league 2025", "WELTKLASSE ZURICH"] }) { id slug aliases } }`);
    expect(created.errors).toBeUndefined();
    // Spaces collapsed; the same name twice, or the meet's own name, accents and case ignored, kept once or not at all.
    expect(created.data.createMeet).toMatchObject({
      slug: 'weltklasse-zurich-2025',
      aliases: ['Zurich Diamond League 2025', 'Weltklasse 2025'],
    });
    const { id } = created.data.createMeet;
    const read = await gql('{ meet(slug: "weltklasse-zurich-2025") { name aliases } }', {}, null);
    expect(read.data.meet).toEqual({ name: 'Weltklasse Zürich', aliases: ['Zurich Diamond League 2025', 'Weltklasse 2025'] });

    const updated = await gql(UPDATE, { id, input: { aliases: ['Zürich DL'] } });
    expect(updated.data.updateMeet.aliases).toEqual(['Zürich DL']);
    expect((await gql(UPDATE, { id, input: { city: 'Zurich' } })).data.updateMeet.aliases).toEqual(['Zürich DL']); // left out: kept
    const log = await gql('query ($id: ID!) { auditLog(entityId: $id) { nodes { operation before after } } }', { id });
    const [, replaced, create] = log.data.auditLog.nodes;
    expect(create.after.aliases).toEqual(['Zurich Diamond League 2025', 'Weltklasse 2025']);
    expect(replaced).toMatchObject({
      operation: 'updateMeet',
      before: { aliases: ['Zurich Diamond League 2025', 'Weltklasse 2025'] },
      after: { aliases: ['Zürich DL'] },
    });
    expect((await gql(UPDATE, { id, input: { aliases: [] } })).data.updateMeet.aliases).toEqual([]);
  });

  it('name aliases.N for an empty or over-long alias', async () => {
    const res = await gql(UPDATE, { id: await meetId('eugene-2022'), input: { aliases: ['Oregon 2022', ' ', 'x'.repeat(201)] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aliases.1' });
    expect(res.errors?.[0].extensions.fieldErrors).toEqual([
      { field: 'input.aliases.1', message: 'an alias is 1 to 200 characters' },
      { field: 'input.aliases.2', message: 'an alias is 1 to 200 characters' },
    ]);
    expect((await gql('{ meet(slug: "eugene-2022") { aliases } }', {}, null)).data.meet.aliases).toEqual([]);
  });

  it('are read for a whole list of meets in one statement', async () => {
    await gql(UPDATE, { id: await meetId('eugene-2022'), input: { aliases: ['Oregon 2022', 'Oregon22'] } });
    const query = '{ meets(first: 20) { nodes { slug aliases } } }';
    await gql(query, {}, null);
    const spy = jest.spyOn(api.db.pool, 'query');
    try {
      const { data } = await gql(query, {}, null);
      expect(data.meets.nodes.find((m: any) => m.slug === 'eugene-2022').aliases).toEqual(['Oregon 2022', 'Oregon22']);
      expect(spy).toHaveBeenCalledTimes(3); // the page, its count, the aliases
    } finally {
      spy.mockRestore();
    }
  });
});

describe('meets(search:)', () => {
  beforeAll(async () => {
    await gql(UPDATE, { id: await meetId('eugene-2022'), input: { aliases: ['Oregon 2022', 'Oregon22'] } });
    await gql(UPDATE, { id: await meetId('silesia-2024'), input: { aliases: ['Kamila Skolimowska Memorial 2024', 'Chorzów 2024'] } });
  });

  it.each([
    ['eugene', ['eugene-2022']],
    ['oregon', ['eugene-2022']], // an alias
    ['OREGON 2022', ['eugene-2022']],
    ['chorzow', ['silesia-2024']], // an alias, accents ignored
    ['CHORZÓW', ['silesia-2024']],
    ['skolimowska 2024', ['silesia-2024']],
    ['silesia skolimowska', ['silesia-2024']], // one word in the name, one in an alias
    ['2024', ['brussels-2024', 'paris-2024', 'silesia-2024']],
    ['tokyo', ['tokyo-2020']],
  ])('"%s" finds %j', async (text, slugs) => {
    expect((await search(text)).sort()).toEqual(slugs);
  });

  it('matches accents in the name itself, and LIKE wildcards only literally', async () => {
    await gql('mutation { createMeet(input: { name: "Göteborg 1995", year: 1995, source: "doc" }) { id } }');
    expect(await search('goteborg')).toEqual(['goteborg-1995']);
    expect(await search('GÖTEBORG')).toEqual(['goteborg-1995']);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('combines with the other filters, counts what it finds, and refuses a search with no letters', async () => {
    const { data } = await gql('{ meets(search: "2024", championship: "olympic-games") { totalCount nodes { slug } } }', {}, null);
    expect(data.meets).toEqual({ totalCount: 1, nodes: [{ slug: 'paris-2024' }] });
    const { errors } = await gql('{ meets(search: "  ") { totalCount } }', {}, null);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'search' });
  });
});
