// The reference data in seeds/ (countries, events, championships) checked as files, with no
// database: the enums the schema enforces, the unit/direction/wind rules the README states,
// and the entries that other tests name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as T[];

interface Country {
  code: string;
  name: string;
  status: string;
  iocCode: string | null;
}
interface Event {
  code: string;
  name: string;
  sex: string;
  kind: string;
  unit: string;
  direction: string;
  windAffected: boolean;
  environment: string;
}
interface Championship {
  slug: string;
  name: string;
  level: string;
  ageCategory: string;
  awardsMedals: boolean;
}

const countries = read<Country>('countries.json');
const events = read<Event>('events.json');
const championships = read<Championship>('championships.json');

const CODE = /^[A-Z]{3}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const duplicates = (keys: string[]) => keys.filter((key, i) => keys.indexOf(key) !== i);
const fieldsOf = (o: object) => Object.keys(o).sort();

describe('countries.json', () => {
  it('has every field, typed, and nothing else', () => {
    for (const c of countries) {
      expect(fieldsOf(c)).toEqual(['code', 'iocCode', 'name', 'status']);
      expect(typeof c.name).toBe('string');
      expect(c.name.trim()).toBe(c.name);
      expect(c.name.length).toBeGreaterThan(0);
    }
  });

  it('has unique three-letter codes, sorted', () => {
    const codes = countries.map((c) => c.code);
    expect(codes.filter((code) => !CODE.test(code))).toEqual([]);
    expect(duplicates(codes)).toEqual([]);
    expect(codes).toEqual([...codes].sort());
  });

  it('uses only the statuses the schema knows, and IOC codes of three letters or null', () => {
    expect(countries.filter((c) => !['MEMBER', 'HISTORICAL', 'NEUTRAL'].includes(c.status))).toEqual([]);
    expect(countries.filter((c) => c.iocCode !== null && !CODE.test(c.iocCode))).toEqual([]);
  });

  it('lists the World Athletics members (214 federations), former teams and neutral teams', () => {
    const members = countries.filter((c) => c.status === 'MEMBER');
    expect(members.length).toBeGreaterThanOrEqual(200);
    expect(members).toHaveLength(214);
    const codesOf = (status: string) => countries.filter((c) => c.status === status).map((c) => c.code);
    expect(codesOf('HISTORICAL')).toEqual(expect.arrayContaining(['URS', 'GDR', 'FRG', 'TCH', 'YUG', 'EUN', 'SCG', 'BOH', 'RHO']));
    expect(codesOf('NEUTRAL')).toEqual(expect.arrayContaining(['ANA', 'AIN', 'ART', 'IOA', 'EOR']));
  });

  it('shows where the IOC code differs from the World Athletics code', () => {
    const ioc = (code: string) => countries.find((c) => c.code === code)?.iocCode;
    expect(ioc('KEN')).toBe('KEN');
    expect(ioc('ART')).toBe('EOR'); // World Athletics' refugee team; the IOC's is EOR
    expect(ioc('ANA')).toBeNull();
    for (const code of ['AIA', 'GIB', 'MAC', 'MNT', 'NFI', 'NMI', 'PYF', 'TKS']) expect(ioc(code)).toBeNull(); // members with no NOC
    // every member that has an NOC uses the IOC's code
    expect(countries.filter((c) => c.status === 'MEMBER' && c.iocCode !== null && c.iocCode !== c.code)).toEqual([]);
  });

  it('keeps the names the other tests and seeds depend on', () => {
    const kept = {
      BEL: 'Belgium',
      ETH: 'Ethiopia',
      FRA: 'France',
      GHA: 'Ghana',
      HUN: 'Hungary',
      JPN: 'Japan',
      KEN: 'Kenya',
      MAR: 'Morocco',
      USA: 'United States',
    };
    for (const [code, name] of Object.entries(kept)) {
      expect(countries.find((c) => c.code === code)).toEqual({ code, name, status: 'MEMBER', iocCode: code });
    }
  });

  it('has every country the other seed files name', () => {
    const codes = new Set(countries.map((c) => c.code));
    const athletes = read<{ country: string | null }>('athletes.json');
    const meets = read<{ country: string | null }>('meets.json');
    const named = [...athletes, ...meets].map((r) => r.country).filter((code): code is string => code !== null);
    expect(named.filter((code) => !codes.has(code))).toEqual([]);
  });
});

describe('events.json', () => {
  const KINDS = ['TRACK', 'ROAD', 'FIELD', 'COMBINED', 'RELAY', 'WALK', 'CROSS_COUNTRY'];
  const UNITS = ['TIME', 'DISTANCE', 'HEIGHT', 'POINTS'];
  const ENVIRONMENTS = ['OUTDOOR', 'INDOOR', 'BOTH'];
  // World Athletics' wind rule for records: races up to 200 m (and their hurdles), LJ and TJ.
  const WIND_CODES = ['50', '55', '60', '100', '200', '50H', '55H', '60H', '100H', '110H', 'LJ', 'TJ'];

  it('has every field, typed, and nothing else', () => {
    for (const e of events) {
      expect(fieldsOf(e)).toEqual(['code', 'direction', 'environment', 'kind', 'name', 'sex', 'unit', 'windAffected']);
      expect(typeof e.code).toBe('string');
      expect(e.code.length).toBeGreaterThan(0);
      expect(typeof e.name).toBe('string');
      expect(typeof e.windAffected).toBe('boolean');
    }
  });

  it('has one entry per code and sex', () => {
    expect(duplicates(events.map((e) => `${e.code}/${e.sex}`))).toEqual([]);
  });

  it('uses only the enum values the schema knows', () => {
    expect(events.filter((e) => !['MALE', 'FEMALE', 'MIXED'].includes(e.sex))).toEqual([]);
    expect(events.filter((e) => !KINDS.includes(e.kind))).toEqual([]);
    expect(events.filter((e) => !UNITS.includes(e.unit))).toEqual([]);
    expect(events.filter((e) => !['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'].includes(e.direction))).toEqual([]);
    expect(events.filter((e) => !ENVIRONMENTS.includes(e.environment))).toEqual([]);
  });

  it('times are lower-is-better; distances, heights and points higher-is-better', () => {
    for (const e of events) {
      expect([e.code, e.sex, e.direction]).toEqual([e.code, e.sex, e.unit === 'TIME' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER']);
    }
  });

  it('gives each kind its unit: races and walks time, jumps and throws a length, combined events points', () => {
    for (const e of events) {
      const expected = ['TRACK', 'ROAD', 'RELAY', 'WALK', 'CROSS_COUNTRY'].includes(e.kind)
        ? ['TIME']
        : e.kind === 'COMBINED'
          ? ['POINTS']
          : ['HJ', 'PV'].includes(e.code)
            ? ['HEIGHT']
            : ['DISTANCE'];
      expect([e.code, e.sex, expected]).toEqual([e.code, e.sex, expect.arrayContaining([e.unit])]);
    }
    const unitOf = (code: string) => events.find((e) => e.code === code)?.unit;
    expect(['HJ', 'PV'].map(unitOf)).toEqual(['HEIGHT', 'HEIGHT']);
    expect(['LJ', 'TJ', 'SP', 'DT', 'HT', 'JT'].map(unitOf)).toEqual(Array(6).fill('DISTANCE'));
  });

  it('marks wind only on sprints, short hurdles and horizontal jumps that are contested outdoors', () => {
    const windy = events.filter((e) => e.windAffected);
    expect(windy.filter((e) => !WIND_CODES.includes(e.code) || e.environment === 'INDOOR')).toEqual([]);
    const windyKeys = windy.map((e) => `${e.code}/${e.sex}`).sort();
    expect(windyKeys).toEqual(
      expect.arrayContaining(['100/MALE', '100/FEMALE', '200/MALE', '100H/FEMALE', '110H/MALE', 'LJ/FEMALE', 'TJ/MALE']),
    );
    expect(events.filter((e) => e.environment === 'INDOOR' && e.windAffected)).toEqual([]);
  });

  it('keeps mixed events to relays and cross-country relays', () => {
    const mixed = events.filter((e) => e.sex === 'MIXED');
    expect(mixed.length).toBeGreaterThan(0);
    expect(mixed.filter((e) => !(e.kind === 'RELAY' || (e.kind === 'CROSS_COUNTRY' && /relay/i.test(e.name))))).toEqual([]);
  });

  it('says where the disciplines are contested', () => {
    const env = (code: string, sex = 'MALE') => events.find((e) => e.code === code && e.sex === sex)?.environment;
    expect([env('60'), env('100'), env('400'), env('3000SC'), env('PEN', 'FEMALE'), env('HEP', 'MALE'), env('HEP', 'FEMALE')]).toEqual([
      'INDOOR',
      'OUTDOOR',
      'BOTH',
      'OUTDOOR',
      'INDOOR',
      'INDOOR',
      'OUTDOOR',
    ]);
  });

  it('is the whole catalogue, with at least 150 disciplines', () => {
    expect(events.length).toBeGreaterThanOrEqual(150);
    const codes = new Set(events.map((e) => e.code));
    for (const code of [
      '100',
      '110H',
      '400H',
      'MILE',
      '3000SC',
      '10K',
      'HM',
      'MAR',
      '20KW',
      '35KW',
      'HJ',
      'PV',
      'LJ',
      'TJ',
      'SP',
      'DT',
      'HT',
      'JT',
      'DEC',
      'HEP',
      'PEN',
      '4x100',
      '4x400',
      'XC',
    ]) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
  });

  it('keeps the two steeplechase entries, now with their environment', () => {
    for (const sex of ['MALE', 'FEMALE']) {
      expect(events.find((e) => e.code === '3000SC' && e.sex === sex)).toEqual({
        code: '3000SC',
        name: '3000 Metres Steeplechase',
        sex,
        kind: 'TRACK',
        unit: 'TIME',
        direction: 'LOWER_IS_BETTER',
        windAffected: false,
        environment: 'OUTDOOR',
      });
    }
  });
});

describe('championships.json', () => {
  const LEVELS = ['OLYMPIC', 'WORLD', 'CONTINENTAL', 'REGIONAL', 'NATIONAL', 'CIRCUIT', 'OTHER'];
  const AGES = ['SENIOR', 'U23', 'U20', 'U18', 'MASTERS'];

  it('has every field, typed, and nothing else', () => {
    for (const c of championships) {
      expect(fieldsOf(c)).toEqual(['ageCategory', 'awardsMedals', 'level', 'name', 'slug']);
      expect(typeof c.name).toBe('string');
      expect(typeof c.awardsMedals).toBe('boolean');
    }
  });

  it('has unique slugs of lower-case words joined by single hyphens', () => {
    const slugs = championships.map((c) => c.slug);
    expect(slugs.filter((slug) => !SLUG.test(slug))).toEqual([]);
    expect(duplicates(slugs)).toEqual([]);
    expect(duplicates(championships.map((c) => c.name))).toEqual([]);
  });

  it('uses only the levels and age categories the schema knows', () => {
    expect(championships.filter((c) => !LEVELS.includes(c.level))).toEqual([]);
    expect(championships.filter((c) => !AGES.includes(c.ageCategory))).toEqual([]);
  });

  it('awards medals at championships and none on circuits', () => {
    expect(championships.filter((c) => c.awardsMedals === (c.level === 'CIRCUIT'))).toEqual([]);
  });

  it('lists at least 30 series', () => {
    expect(championships.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the six series the other tests and seeds depend on', () => {
    const kept: Championship[] = [
      { slug: 'olympic-games', name: 'Olympic Games', level: 'OLYMPIC', ageCategory: 'SENIOR', awardsMedals: true },
      { slug: 'world-championships', name: 'World Athletics Championships', level: 'WORLD', ageCategory: 'SENIOR', awardsMedals: true },
      {
        slug: 'world-u20-championships',
        name: 'World Athletics U20 Championships',
        level: 'WORLD',
        ageCategory: 'U20',
        awardsMedals: true,
      },
      { slug: 'african-games', name: 'African Games', level: 'CONTINENTAL', ageCategory: 'SENIOR', awardsMedals: true },
      {
        slug: 'african-u20-championships',
        name: 'African U20 Championships',
        level: 'CONTINENTAL',
        ageCategory: 'U20',
        awardsMedals: true,
      },
      { slug: 'diamond-league', name: 'Diamond League', level: 'CIRCUIT', ageCategory: 'SENIOR', awardsMedals: false },
    ];
    for (const c of kept) expect(championships.find((x) => x.slug === c.slug)).toEqual(c);
  });

  it('has every series the meets name', () => {
    const slugs = new Set(championships.map((c) => c.slug));
    const named = read<{ championship: string | null }>('meets.json')
      .map((m) => m.championship)
      .filter((s): s is string => s !== null);
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});
