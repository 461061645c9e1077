import { openTestDatabase, type OpenTestDatabase } from '../../test/support/database';
import { createLoaders } from './loaders';
import { createServices, type Services } from './services';

describe('loaders', () => {
  let open: OpenTestDatabase;
  let services: Services;

  beforeAll(async () => {
    open = await openTestDatabase();
    services = createServices(open.db.prisma, open.db.pool);
  });

  afterAll(() => open?.close());

  it("answers with plain values, not promises, what a list read has brought: a race's results, athletes, places", async () => {
    const loaders = createLoaders(services);
    const meet = await loaders.meetBySlug.load('silesia-2024');
    const [race] = await loaders.racesOfMeet.load(meet!.id);
    const results = await loaders.resultsOfRace.load(race.id);
    expect(results.length).toBeGreaterThan(1);
    await services.events.all(); // the events table, read once per server

    const first = results[0];
    const athlete = loaders.athlete.load(first.athleteId);
    expect(athlete).not.toBeInstanceOf(Promise);
    expect(athlete).toMatchObject({ slug: 'soufiane-el-bakkali' });
    expect(loaders.race.load(race.id)).toBe(race);
    expect(loaders.meet.load(meet!.id)).toBe(meet);
    expect(loaders.event.load(race.eventId)).toMatchObject({ id: race.eventId });
  });

  it('still loads, through a promise, what no read has brought', async () => {
    const loaders = createLoaders(services);
    const athlete = loaders.athlete.load(1);
    expect(athlete).toBeInstanceOf(Promise);
    expect(await athlete).toMatchObject({ id: 1 });
  });
});
