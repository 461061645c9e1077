// Relay teams, their legs and medals, results' countries, combined breakdowns and height
// cards on purpose-built data. Every name and mark here is invented for the test.
import { startTestApi, type TestApi } from '../../../test/support/api';
import { Fixtures } from '../../../test/support/fixtures';

let api: TestApi;
let f: Fixtures;
let championshipSlug: string;
let meetSlug: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  f = new Fixtures(api.db.prisma);
  const championship = await f.championship('Invented Games', { level: 'OLYMPIC', awardsMedals: true });
  championshipSlug = championship.slug;
  const meet = await f.meet('Invented Games 2031', { date: '2031-08-01', championshipId: championship.id });
  meetSlug = meet.slug;
  const relay = await f.event('4x100', { kind: 'RELAY' });
  const sprint = await f.event('100', { windAffected: true });
  const runners = ['Ann One', 'Ben Two', 'Cid Three', 'Dan Four', 'Eli Five'];
  for (const name of runners) ids[name] = (await f.athlete(name, { country: 'AAA' })).id;
  for (const name of ['Fay Six', 'Gus Seven', 'Hal Eight', 'Ivo Nine']) ids[name] = (await f.athlete(name, { country: 'BBB' })).id;
  const heat = await f.race(meet.id, relay.id, { round: 'HEAT', date: '2031-08-01' });
  const final = await f.race(meet.id, relay.id, { round: 'FINAL', date: '2031-08-02' });
  // Eli Five ran the heat only: World Athletics gives the medal to heat runners too.
  await f.relayTeam(heat.id, 'Aland', {
    country: 'AAA',
    place: 1,
    mark: '38.01',
    legs: [ids['Ann One'], ids['Ben Two'], ids['Cid Three'], ids['Eli Five']],
  });
  const gold = await f.relayTeam(final.id, 'Aland', {
    country: 'AAA',
    place: 1,
    mark: '37.70',
    legs: [ids['Ann One'], ids['Ben Two'], ids['Cid Three'], ids['Dan Four']],
  });
  ids.gold = gold.id;
  await f.relayTeam(final.id, 'Bland', {
    country: 'BBB',
    place: 2,
    mark: '37.90',
    legs: [ids['Fay Six'], ids['Gus Seven'], ids['Hal Eight'], ids['Ivo Nine']],
  });
  await f.relayTeam(final.id, 'Club Cee', { status: 'DQ', legs: [] });
  // Dan Four won the 100 m for BBB (a transfer); his athlete record says AAA today.
  const hundred = await f.race(meet.id, sprint.id, { round: 'FINAL', date: '2031-08-03' });
  await f.result(hundred.id, ids['Dan Four'], { place: 1, mark: '9.99', country: 'BBB' });
  await f.result(hundred.id, ids['Fay Six'], { place: 2, mark: '10.01', country: 'BBB' });
  await f.result(hundred.id, ids['Ann One'], { place: 3, mark: '10.02' }); // no country on the sheet: the athlete's
});
afterAll(() => api?.stop());

const ok = async (query: string, variables?: Record<string, unknown>) => {
  const { data, errors } = await api.query(query, variables);
  expect(errors).toBeUndefined();
  return data;
};

it("lists a race's teams by place, with legs in order, and finds a team by its global id", async () => {
  const data = await ok(
    `query ($slug: String!) { meet(slug: $slug) { races { nodes { round event { code } relayTeams {
       id name placeText status mark { text value } country { code } legs { leg athlete { displayName } team { name } } } } } } }`,
    { slug: meetSlug },
  );
  const final = data.meet.races.nodes.find((r: any) => r.round === 'FINAL' && r.event.code === '4x100');
  expect(final.relayTeams.map((t: any) => [t.name, t.placeText, t.status, t.mark?.text ?? null, t.country?.code ?? null])).toEqual([
    ['Aland', '1', 'FINISHED', '37.70', 'AAA'],
    ['Bland', '2', 'FINISHED', '37.90', 'BBB'],
    ['Club Cee', null, 'DQ', null, null],
  ]);
  expect(final.relayTeams[0].legs.map((l: any) => [l.leg, l.athlete.displayName, l.team.name])).toEqual([
    [1, 'Ann One', 'Aland'],
    [2, 'Ben Two', 'Aland'],
    [3, 'Cid Three', 'Aland'],
    [4, 'Dan Four', 'Aland'],
  ]);
  const node = await ok(`query ($id: ID!) { node(id: $id) { ... on RelayTeam { name mark { value } } } }`, { id: final.relayTeams[0].id });
  expect(node.node).toEqual({ name: 'Aland', mark: { value: 37700 } });
  const hundred = data.meet.races.nodes.find((r: any) => r.event.code === '100');
  expect(hundred.relayTeams).toEqual([]);
});

it('counts one medal per relay team, and credits individual medals to the country the result was run for', async () => {
  const data = await ok(
    `query ($c: String!) { medalTable(championship: $c) { rows { rank country { code } gold silver bronze total } } }`,
    { c: championshipSlug },
  );
  expect(data.medalTable.rows.map((r: any) => [r.rank, r.country?.code ?? null, r.gold, r.silver, r.bronze, r.total])).toEqual([
    // BBB: Dan Four's 100 m gold (run for BBB) and Fay Six's silver, the relay silver; AAA: the relay gold, Ann One's bronze.
    [1, 'BBB', 1, 2, 0, 3],
    [2, 'AAA', 1, 0, 1, 2],
  ]);
});

it('gives every runner of the medal team the relay medal, heat runners too, and keeps relays out of individual medals', async () => {
  const q = `query ($id: ID!) { node(id: $id) { ... on Athlete { displayName
    medals { nodes { medal event { code } } }
    relayMedals { medal place ranFinal team { name legs { athlete { displayName } } } event { code } edition { name } mark { text } }
    relayLegs { leg team { name race { round } } } } } }`;
  const people = (await ok(`{ athletes(first: 100) { nodes { id displayName } } }`)).athletes.nodes;
  const idOf = (name: string) => people.find((p: any) => p.displayName === name).id;
  const eli = (await ok(q, { id: idOf('Eli Five') })).node;
  expect(eli.medals.nodes).toEqual([]);
  expect(eli.relayMedals).toEqual([
    {
      medal: 'GOLD',
      place: 1,
      ranFinal: false,
      team: { name: 'Aland', legs: ['Ann One', 'Ben Two', 'Cid Three', 'Dan Four'].map((displayName) => ({ athlete: { displayName } })) },
      event: { code: '4x100' },
      edition: { name: 'Invented Games 2031' },
      mark: { text: '37.70' },
    },
  ]);
  expect(eli.relayLegs).toEqual([{ leg: 4, team: { name: 'Aland', race: { round: 'HEAT' } } }]);
  const dan = (await ok(q, { id: idOf('Dan Four') })).node;
  expect(dan.medals.nodes).toEqual([{ medal: 'GOLD', event: { code: '100' } }]);
  expect(dan.relayMedals.map((m: any) => [m.medal, m.ranFinal])).toEqual([['GOLD', true]]);
  const ann = (await ok(q, { id: idOf('Ann One') })).node;
  // One medal for the event, though she ran the heat and the final.
  expect(ann.relayMedals.map((m: any) => [m.medal, m.ranFinal])).toEqual([['GOLD', true]]);
  expect(ann.relayLegs.map((l: any) => l.team.race.round)).toEqual(['FINAL', 'HEAT']);
});

it("gives a result's country as run for, not the athlete's current one", async () => {
  const data = await ok(
    `query ($slug: String!) { meet(slug: $slug) { races { nodes { event { code } results { nodes { athlete { displayName country { code } } country { code } } } } } } }`,
    { slug: meetSlug },
  );
  const hundred = data.meet.races.nodes.find((r: any) => r.event.code === '100');
  expect(hundred.results.nodes.map((r: any) => [r.athlete.displayName, r.athlete.country.code, r.country?.code ?? null])).toEqual([
    ['Dan Four', 'AAA', 'BBB'],
    ['Fay Six', 'BBB', 'BBB'],
    ['Ann One', 'AAA', null],
  ]);
});

it("lists a relay event's teams: each country's best, or every time, and refuses an athletes' list for it", async () => {
  const q = `query ($all: Boolean!, $season: Int) { relayList(event: { code: "4x100", sex: MALE }, allMarks: $all, season: $season) {
    totalCount nodes { rank team { name mark { text } race { round } } } } }`;
  const best = await ok(q, { all: false });
  expect(best.relayList.nodes.map((n: any) => [n.rank, n.team.name, n.team.mark.text])).toEqual([
    [1, 'Aland', '37.70'],
    [2, 'Bland', '37.90'],
  ]);
  const all = await ok(q, { all: true, season: 2031 });
  expect(all.relayList.nodes.map((n: any) => [n.rank, n.team.mark.text, n.team.race.round])).toEqual([
    [1, '37.70', 'FINAL'],
    [2, '37.90', 'FINAL'],
    [3, '38.01', 'HEAT'],
  ]);
  expect((await ok(q, { all: true, season: 2030 })).relayList.nodes).toEqual([]);
  const wrong = await api.query(`{ topList(event: { code: "4x100", sex: MALE }, season: 2031) { nodes { rank } } }`);
  expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'event' } });
  expect(wrong.errors?.[0].message).toMatch(/relay event: use relayList/);
  const notRelay = await api.query(`{ relayList(event: { code: "100", sex: MALE }) { nodes { rank } } }`);
  expect(notRelay.errors?.[0].message).toMatch(/not a relay event/);
});
