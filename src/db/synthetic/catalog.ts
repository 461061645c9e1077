// The fixed vocabulary of the synthetic dataset: events with their units and realistic
// mark ranges, countries, cities, championship series and their real editions.
import type { EventKind, MarkDirection, MarkUnit, Sex } from '../../domain';

export type SexCode = Exclude<Sex, 'MIXED'>;

export interface EventSpec {
  code: string;
  name: string;
  sex: SexCode;
  kind: EventKind;
  unit: MarkUnit;
  direction: MarkDirection;
  windAffected: boolean;
  outdoor: boolean;
  indoor: boolean;
  /** Mark (storage units) of a world-class athlete, ability 1. */
  elite: number;
  /** Mark of a club athlete, ability 0. */
  club: number;
  /** About the world record: marks approach it but never pass it. */
  record: number;
  /** Day-to-day spread, relative to the mark. */
  noise: number;
  /** Relative change of the mark per m/s of tailwind (wind-affected events). */
  windGain: number;
  /** Bar step (mm) for vertical jumps; 0 elsewhere. */
  barStep: number;
  /** How often the event is held at an ordinary meet (relative). */
  popularity: number;
  /** Runners per race (or field size) at an ordinary meet. */
  fieldSize: [number, number];
  /** Chance a starter does not finish, is disqualified, or (field) records no mark. */
  dnf: number;
  dq: number;
  nm: number;
}

const time = (text: string): number => {
  const parts = text.split(':').map(Number);
  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + part;
  return Math.round(seconds * 1000);
};
const metres = (m: number): number => Math.round(m * 1000);

type Base = Omit<EventSpec, 'sex' | 'elite' | 'club' | 'record'>;
const track = (code: string, name: string, o: Partial<Base>): Base => ({
  code,
  name,
  kind: 'TRACK',
  unit: 'TIME',
  direction: 'LOWER_IS_BETTER',
  windAffected: false,
  outdoor: true,
  indoor: false,
  noise: 0.008,
  windGain: 0,
  barStep: 0,
  popularity: 5,
  fieldSize: [8, 8],
  dnf: 0.004,
  dq: 0.004,
  nm: 0,
  ...o,
});
const field = (code: string, name: string, unit: MarkUnit, o: Partial<Base>): Base => ({
  code,
  name,
  kind: 'FIELD',
  unit,
  direction: 'HIGHER_IS_BETTER',
  windAffected: false,
  outdoor: true,
  indoor: false,
  noise: 0.025,
  windGain: 0,
  barStep: 0,
  popularity: 3,
  fieldSize: [8, 12],
  dnf: 0,
  dq: 0,
  nm: 0.03,
  ...o,
});

// [base, men's elite, men's club, women's elite, women's club]
const EVENTS: Array<[Base, number, number, number, number]> = [
  [
    track('60', '60 Metres', { outdoor: false, indoor: true, noise: 0.009, popularity: 8, dq: 0.01 }),
    time('6.48'),
    time('7.35'),
    time('7.02'),
    time('8.05'),
  ],
  [
    track('100', '100 Metres', { windAffected: true, noise: 0.009, windGain: 0.005, popularity: 10, dq: 0.008 }),
    time('9.82'),
    time('11.30'),
    time('10.85'),
    time('12.60'),
  ],
  [
    track('200', '200 Metres', { windAffected: true, noise: 0.01, windGain: 0.0035, popularity: 7 }),
    time('19.75'),
    time('23.00'),
    time('21.90'),
    time('25.80'),
  ],
  [
    track('400', '400 Metres', { indoor: true, noise: 0.011, popularity: 7, fieldSize: [6, 8] }),
    time('43.90'),
    time('50.50'),
    time('49.30'),
    time('58.00'),
  ],
  [
    track('800', '800 Metres', { indoor: true, noise: 0.012, popularity: 7, fieldSize: [8, 11], dnf: 0.01 }),
    time('1:43.20'),
    time('1:57.00'),
    time('1:57.80'),
    time('2:17.00'),
  ],
  [
    track('1500', '1500 Metres', { indoor: true, noise: 0.013, popularity: 7, fieldSize: [10, 15], dnf: 0.012 }),
    time('3:30.50'),
    time('4:04.00'),
    time('3:57.00'),
    time('4:42.00'),
  ],
  [
    track('3000', '3000 Metres', { outdoor: false, indoor: true, noise: 0.013, popularity: 4, fieldSize: [10, 15], dnf: 0.02 }),
    time('7:32.00'),
    time('8:50.00'),
    time('8:28.00'),
    time('10:05.00'),
  ],
  [
    track('5000', '5000 Metres', { noise: 0.014, popularity: 5, fieldSize: [12, 20], dnf: 0.035 }),
    time('12:55.00'),
    time('15:05.00'),
    time('14:28.00'),
    time('17:40.00'),
  ],
  [
    track('10000', '10,000 Metres', { noise: 0.015, popularity: 3, fieldSize: [14, 26], dnf: 0.05 }),
    time('26:55.00'),
    time('31:40.00'),
    time('30:05.00'),
    time('36:40.00'),
  ],
  [
    track('3000SC', '3000 Metres Steeplechase', { noise: 0.015, popularity: 3, fieldSize: [10, 15], dnf: 0.035, dq: 0.008 }),
    time('8:06.00'),
    time('9:35.00'),
    time('9:02.00'),
    time('11:05.00'),
  ],
  [
    { ...track('MAR', 'Marathon', { noise: 0.018, popularity: 0, fieldSize: [30, 90], dnf: 0.12, dq: 0.001 }), kind: 'ROAD' },
    time('2:05:00'),
    time('2:26:00'),
    time('2:20:00'),
    time('2:52:00'),
  ],
  [
    track('60H', '60 Metres Hurdles', { outdoor: false, indoor: true, noise: 0.01, popularity: 4, dq: 0.015, dnf: 0.01 }),
    time('7.45'),
    time('8.45'),
    time('7.85'),
    time('8.95'),
  ],
  [
    track('110H', '110 Metres Hurdles', { windAffected: true, noise: 0.011, windGain: 0.004, popularity: 4, dq: 0.015, dnf: 0.012 }),
    time('13.00'),
    time('14.90'),
    0,
    0,
  ],
  [
    track('100H', '100 Metres Hurdles', { windAffected: true, noise: 0.011, windGain: 0.004, popularity: 4, dq: 0.015, dnf: 0.012 }),
    0,
    0,
    time('12.45'),
    time('14.30'),
  ],
  [
    track('400H', '400 Metres Hurdles', { noise: 0.013, popularity: 3, dq: 0.01, dnf: 0.01 }),
    time('47.50'),
    time('54.80'),
    time('53.00'),
    time('62.50'),
  ],
  [
    field('HJ', 'High Jump', 'HEIGHT', { indoor: true, noise: 0.022, barStep: 30, popularity: 3, nm: 0.04 }),
    metres(2.36),
    metres(2.0),
    metres(2.02),
    metres(1.68),
  ],
  [
    field('PV', 'Pole Vault', 'HEIGHT', { indoor: true, noise: 0.03, barStep: 50, popularity: 3, nm: 0.06 }),
    metres(5.95),
    metres(4.6),
    metres(4.85),
    metres(3.6),
  ],
  [
    field('LJ', 'Long Jump', 'DISTANCE', { indoor: true, windAffected: true, noise: 0.022, windGain: 0.006, popularity: 4 }),
    metres(8.45),
    metres(6.9),
    metres(7.05),
    metres(5.7),
  ],
  [
    field('TJ', 'Triple Jump', 'DISTANCE', { indoor: true, windAffected: true, noise: 0.02, windGain: 0.005, popularity: 3 }),
    metres(17.6),
    metres(14.5),
    metres(15.0),
    metres(12.2),
  ],
  [
    field('SP', 'Shot Put', 'DISTANCE', { indoor: true, noise: 0.025, popularity: 3, nm: 0.015 }),
    metres(22.4),
    metres(16.0),
    metres(20.3),
    metres(14.0),
  ],
  [
    field('DT', 'Discus Throw', 'DISTANCE', { noise: 0.035, popularity: 3, nm: 0.03 }),
    metres(68.5),
    metres(50.0),
    metres(67.0),
    metres(48.0),
  ],
  [
    field('HT', 'Hammer Throw', 'DISTANCE', { noise: 0.03, popularity: 2, nm: 0.04 }),
    metres(81.5),
    metres(62.0),
    metres(77.0),
    metres(55.0),
  ],
  [
    field('JT', 'Javelin Throw', 'DISTANCE', { noise: 0.035, popularity: 3, nm: 0.02 }),
    metres(89.0),
    metres(65.0),
    metres(66.0),
    metres(48.0),
  ],
  [
    { ...field('DEC', 'Decathlon', 'POINTS', { noise: 0.03, popularity: 1, fieldSize: [10, 20], nm: 0, dnf: 0.12 }), kind: 'COMBINED' },
    8750,
    6800,
    0,
    0,
  ],
  [
    { ...field('HEP', 'Heptathlon', 'POINTS', { noise: 0.03, popularity: 1, fieldSize: [10, 20], nm: 0, dnf: 0.1 }), kind: 'COMBINED' },
    0,
    0,
    6850,
    5200,
  ],
];

// Roughly the world records, men's then women's (indoor ones for indoor-only events).
const RECORDS: Record<string, [number, number]> = {
  '60': [time('6.34'), time('6.92')],
  '100': [time('9.58'), time('10.49')],
  '200': [time('19.19'), time('21.34')],
  '400': [time('43.03'), time('47.60')],
  '800': [time('1:40.91'), time('1:53.28')],
  '1500': [time('3:26.00'), time('3:49.04')],
  '3000': [time('7:22.91'), time('8:16.60')],
  '5000': [time('12:35.36'), time('14:00.21')],
  '10000': [time('26:11.00'), time('28:54.14')],
  '3000SC': [time('7:52.11'), time('8:44.32')],
  MAR: [time('2:00:35'), time('2:09:56')],
  '60H': [time('7.27'), time('7.67')],
  '110H': [time('12.80'), 0],
  '100H': [0, time('12.12')],
  '400H': [time('45.94'), time('50.37')],
  HJ: [metres(2.45), metres(2.1)],
  PV: [metres(6.3), metres(5.06)],
  LJ: [metres(8.95), metres(7.52)],
  TJ: [metres(18.29), metres(15.74)],
  SP: [metres(23.56), metres(22.63)],
  DT: [metres(74.35), metres(76.8)],
  HT: [metres(86.74), metres(82.98)],
  JT: [metres(98.48), metres(72.28)],
  DEC: [9126, 0],
  HEP: [0, 7291],
};

/** Every event, men's then women's, in a fixed order (the order of their ids in a fresh database). */
export const EVENT_SPECS: readonly EventSpec[] = (['MALE', 'FEMALE'] as const).flatMap((sex) =>
  EVENTS.filter(([, me, , we]) => (sex === 'MALE' ? me : we) > 0).map(([base, me, mc, we, wc]) => ({
    ...base,
    sex,
    elite: sex === 'MALE' ? me : we,
    club: sex === 'MALE' ? mc : wc,
    record: RECORDS[base.code][sex === 'MALE' ? 0 : 1],
  })),
);

export function eventIndex(code: string, sex: SexCode): number {
  const i = EVENT_SPECS.findIndex((e) => e.code === code && e.sex === sex);
  if (i < 0) throw new Error(`No synthetic event ${code} for ${sex}`);
  return i;
}

// ---------------------------------------------------------------------------------------
// Specialties: which events an athlete does, outdoors and indoors, with the chance of
// each secondary event. Per sex, "H" stands for the sprint hurdles and "CE" for the
// combined event.

export interface Specialty {
  key: string;
  /** Share of athletes (relative). */
  weight: number;
  outdoor: Array<[code: string, chance: number]>;
  indoor: Array<[code: string, chance: number]>;
  /** Chance the athlete competes indoors at all. */
  indoorChance: number;
}

export const SPECIALTIES: readonly Specialty[] = [
  {
    key: 'sprint',
    weight: 10,
    outdoor: [
      ['100', 1],
      ['200', 0.6],
    ],
    indoor: [['60', 1]],
    indoorChance: 0.5,
  },
  {
    key: '200',
    weight: 5,
    outdoor: [
      ['200', 1],
      ['100', 0.6],
      ['400', 0.2],
    ],
    indoor: [
      ['60', 0.7],
      ['400', 0.4],
    ],
    indoorChance: 0.4,
  },
  {
    key: '400',
    weight: 6,
    outdoor: [
      ['400', 1],
      ['200', 0.4],
    ],
    indoor: [['400', 1]],
    indoorChance: 0.45,
  },
  {
    key: '800',
    weight: 7,
    outdoor: [
      ['800', 1],
      ['1500', 0.4],
      ['400', 0.1],
    ],
    indoor: [
      ['800', 1],
      ['1500', 0.3],
    ],
    indoorChance: 0.45,
  },
  {
    key: '1500',
    weight: 7,
    outdoor: [
      ['1500', 1],
      ['800', 0.35],
      ['5000', 0.3],
    ],
    indoor: [
      ['1500', 1],
      ['3000', 0.5],
    ],
    indoorChance: 0.45,
  },
  {
    key: '5000',
    weight: 5,
    outdoor: [
      ['5000', 1],
      ['10000', 0.5],
      ['1500', 0.25],
    ],
    indoor: [['3000', 1]],
    indoorChance: 0.3,
  },
  {
    key: '10000',
    weight: 3,
    outdoor: [
      ['10000', 1],
      ['5000', 0.7],
      ['MAR', 0.15],
    ],
    indoor: [['3000', 1]],
    indoorChance: 0.15,
  },
  {
    key: 'steeple',
    weight: 3,
    outdoor: [
      ['3000SC', 1],
      ['5000', 0.3],
      ['1500', 0.2],
    ],
    indoor: [
      ['3000', 0.8],
      ['1500', 0.3],
    ],
    indoorChance: 0.3,
  },
  {
    key: 'marathon',
    weight: 7,
    outdoor: [
      ['MAR', 1],
      ['10000', 0.2],
    ],
    indoor: [],
    indoorChance: 0,
  },
  {
    key: 'hurdles',
    weight: 4,
    outdoor: [
      ['H', 1],
      ['100', 0.15],
    ],
    indoor: [
      ['60H', 1],
      ['60', 0.2],
    ],
    indoorChance: 0.55,
  },
  {
    key: '400h',
    weight: 3,
    outdoor: [
      ['400H', 1],
      ['400', 0.3],
    ],
    indoor: [['400', 1]],
    indoorChance: 0.3,
  },
  { key: 'hj', weight: 3, outdoor: [['HJ', 1]], indoor: [['HJ', 1]], indoorChance: 0.6 },
  { key: 'pv', weight: 3, outdoor: [['PV', 1]], indoor: [['PV', 1]], indoorChance: 0.65 },
  {
    key: 'lj',
    weight: 4,
    outdoor: [
      ['LJ', 1],
      ['TJ', 0.15],
      ['100', 0.15],
    ],
    indoor: [
      ['LJ', 1],
      ['60', 0.3],
    ],
    indoorChance: 0.55,
  },
  {
    key: 'tj',
    weight: 3,
    outdoor: [
      ['TJ', 1],
      ['LJ', 0.3],
    ],
    indoor: [
      ['TJ', 1],
      ['LJ', 0.2],
    ],
    indoorChance: 0.55,
  },
  {
    key: 'sp',
    weight: 3,
    outdoor: [
      ['SP', 1],
      ['DT', 0.3],
    ],
    indoor: [['SP', 1]],
    indoorChance: 0.6,
  },
  {
    key: 'dt',
    weight: 3,
    outdoor: [
      ['DT', 1],
      ['SP', 0.3],
    ],
    indoor: [['SP', 0.8]],
    indoorChance: 0.3,
  },
  {
    key: 'ht',
    weight: 2,
    outdoor: [
      ['HT', 1],
      ['DT', 0.1],
    ],
    indoor: [],
    indoorChance: 0,
  },
  { key: 'jt', weight: 3, outdoor: [['JT', 1]], indoor: [], indoorChance: 0 },
  {
    key: 'combined',
    weight: 2,
    outdoor: [
      ['CE', 1],
      ['LJ', 0.2],
      ['H', 0.2],
      ['HJ', 0.15],
    ],
    indoor: [
      ['60H', 0.6],
      ['LJ', 0.4],
      ['HJ', 0.3],
      ['SP', 0.2],
    ],
    indoorChance: 0.5,
  },
];

export function specialtyEventCode(code: string, sex: SexCode): string {
  if (code === 'H') return sex === 'MALE' ? '110H' : '100H';
  if (code === 'CE') return sex === 'MALE' ? 'DEC' : 'HEP';
  return code;
}

// ---------------------------------------------------------------------------------------
// Countries

export type Continent = 'AF' | 'AM' | 'AS' | 'EU' | 'OC';

export interface CountrySpec {
  code: string;
  name: string;
  continent: Continent;
  names: string;
  /** Share of athletes (relative). */
  weight: number;
  /** Specialties the country is known for: their athletes are more often of these. */
  strong?: string[];
}

const DISTANCE = ['800', '1500', '5000', '10000', 'steeple', 'marathon'];
const SPRINT = ['sprint', '200', '400', 'hurdles'];

export const COUNTRIES: readonly CountrySpec[] = [
  { code: 'USA', name: 'United States', continent: 'AM', names: 'anglo', weight: 14, strong: [...SPRINT, '400h', 'sp', 'pv'] },
  { code: 'KEN', name: 'Kenya', continent: 'AF', names: 'eastafrica', weight: 7, strong: DISTANCE },
  { code: 'ETH', name: 'Ethiopia', continent: 'AF', names: 'ethiopian', weight: 5, strong: DISTANCE },
  { code: 'JAM', name: 'Jamaica', continent: 'AM', names: 'caribbean', weight: 4, strong: SPRINT },
  { code: 'GBR', name: 'Great Britain & N.I.', continent: 'EU', names: 'anglo', weight: 6 },
  { code: 'GER', name: 'Germany', continent: 'EU', names: 'german', weight: 5, strong: ['dt', 'jt', 'ht', 'combined'] },
  { code: 'FRA', name: 'France', continent: 'EU', names: 'french', weight: 5, strong: ['pv', 'combined'] },
  { code: 'ITA', name: 'Italy', continent: 'EU', names: 'italian', weight: 4 },
  { code: 'ESP', name: 'Spain', continent: 'EU', names: 'hispanic', weight: 4 },
  { code: 'POL', name: 'Poland', continent: 'EU', names: 'polish', weight: 3, strong: ['ht', 'sp', 'dt'] },
  { code: 'UKR', name: 'Ukraine', continent: 'EU', names: 'slavic', weight: 3, strong: ['hj', 'tj'] },
  { code: 'RUS', name: 'Russia', continent: 'EU', names: 'slavic', weight: 3, strong: ['hj', 'pv', 'ht'] },
  { code: 'CZE', name: 'Czechia', continent: 'EU', names: 'slavic', weight: 2, strong: ['jt'] },
  { code: 'NOR', name: 'Norway', continent: 'EU', names: 'nordic', weight: 2, strong: ['1500', '400h'] },
  { code: 'SWE', name: 'Sweden', continent: 'EU', names: 'nordic', weight: 2, strong: ['pv', 'hj', 'dt'] },
  { code: 'FIN', name: 'Finland', continent: 'EU', names: 'nordic', weight: 1, strong: ['jt'] },
  { code: 'NED', name: 'Netherlands', continent: 'EU', names: 'dutch', weight: 2, strong: ['400', '400h', 'combined'] },
  { code: 'BEL', name: 'Belgium', continent: 'EU', names: 'dutch', weight: 1.5, strong: ['combined', '400'] },
  { code: 'POR', name: 'Portugal', continent: 'EU', names: 'lusophone', weight: 1.5, strong: ['tj'] },
  { code: 'TUR', name: 'Türkiye', continent: 'EU', names: 'turkish', weight: 1.5 },
  { code: 'HUN', name: 'Hungary', continent: 'EU', names: 'slavic', weight: 1, strong: ['ht'] },
  { code: 'CRO', name: 'Croatia', continent: 'EU', names: 'slavic', weight: 0.8, strong: ['dt'] },
  { code: 'SUI', name: 'Switzerland', continent: 'EU', names: 'german', weight: 1.2 },
  { code: 'BRA', name: 'Brazil', continent: 'AM', names: 'lusophone', weight: 3, strong: ['pv', 'lj'] },
  { code: 'CUB', name: 'Cuba', continent: 'AM', names: 'hispanic', weight: 2.5, strong: ['tj', 'lj', 'hj', 'dt'] },
  { code: 'CAN', name: 'Canada', continent: 'AM', names: 'anglo', weight: 3, strong: ['sprint', 'combined'] },
  { code: 'MEX', name: 'Mexico', continent: 'AM', names: 'hispanic', weight: 1.5 },
  { code: 'COL', name: 'Colombia', continent: 'AM', names: 'hispanic', weight: 1, strong: ['tj'] },
  { code: 'VEN', name: 'Venezuela', continent: 'AM', names: 'hispanic', weight: 0.8, strong: ['tj'] },
  { code: 'TTO', name: 'Trinidad and Tobago', continent: 'AM', names: 'caribbean', weight: 1, strong: SPRINT },
  { code: 'BAH', name: 'Bahamas', continent: 'AM', names: 'caribbean', weight: 0.8, strong: ['400', 'hj'] },
  { code: 'GRN', name: 'Grenada', continent: 'AM', names: 'caribbean', weight: 0.4, strong: ['400', 'jt'] },
  { code: 'MAR', name: 'Morocco', continent: 'AF', names: 'arabic', weight: 2, strong: DISTANCE },
  { code: 'ALG', name: 'Algeria', continent: 'AF', names: 'arabic', weight: 1, strong: ['800', '1500'] },
  { code: 'UGA', name: 'Uganda', continent: 'AF', names: 'eastafrica', weight: 1.5, strong: DISTANCE },
  { code: 'ERI', name: 'Eritrea', continent: 'AF', names: 'ethiopian', weight: 1, strong: DISTANCE },
  { code: 'NGR', name: 'Nigeria', continent: 'AF', names: 'westafrica', weight: 2.5, strong: [...SPRINT, 'lj'] },
  { code: 'GHA', name: 'Ghana', continent: 'AF', names: 'westafrica', weight: 1, strong: ['sprint'] },
  { code: 'CIV', name: "Côte d'Ivoire", continent: 'AF', names: 'westafrica', weight: 0.8, strong: ['sprint'] },
  { code: 'RSA', name: 'South Africa', continent: 'AF', names: 'anglo', weight: 2.5, strong: ['400', '800', 'lj'] },
  { code: 'BOT', name: 'Botswana', continent: 'AF', names: 'westafrica', weight: 0.8, strong: ['400', '200'] },
  { code: 'BRN', name: 'Bahrain', continent: 'AS', names: 'arabic', weight: 1, strong: DISTANCE },
  { code: 'QAT', name: 'Qatar', continent: 'AS', names: 'arabic', weight: 0.6, strong: ['hj', '400h'] },
  { code: 'JPN', name: 'Japan', continent: 'AS', names: 'japanese', weight: 4, strong: ['marathon', 'sprint', 'jt'] },
  { code: 'CHN', name: "People's Republic of China", continent: 'AS', names: 'chinese', weight: 4, strong: ['sp', 'ht', 'jt', 'lj'] },
  { code: 'IND', name: 'India', continent: 'AS', names: 'anglo', weight: 1.5, strong: ['jt'] },
  { code: 'KOR', name: 'Korea', continent: 'AS', names: 'chinese', weight: 1 },
  { code: 'KAZ', name: 'Kazakhstan', continent: 'AS', names: 'slavic', weight: 0.8 },
  { code: 'AUS', name: 'Australia', continent: 'OC', names: 'anglo', weight: 3, strong: ['hj', 'pv', '1500'] },
  { code: 'NZL', name: 'New Zealand', continent: 'OC', names: 'anglo', weight: 1, strong: ['sp', '1500'] },
];

// ---------------------------------------------------------------------------------------
// Cities where ordinary meets and marathons are held.

export const CITIES: ReadonlyArray<[city: string, country: string]> = [
  ['Eugene', 'USA'],
  ['Los Angeles', 'USA'],
  ['New York', 'USA'],
  ['Boston', 'USA'],
  ['Chicago', 'USA'],
  ['Austin', 'USA'],
  ['Des Moines', 'USA'],
  ['Philadelphia', 'USA'],
  ['Gainesville', 'USA'],
  ['Houston', 'USA'],
  ['Fayetteville', 'USA'],
  ['Albuquerque', 'USA'],
  ['Walnut', 'USA'],
  ['Palo Alto', 'USA'],
  ['Nairobi', 'KEN'],
  ['Eldoret', 'KEN'],
  ['Kakamega', 'KEN'],
  ['Addis Ababa', 'ETH'],
  ['Hengelo', 'NED'],
  ['Amsterdam', 'NED'],
  ['Kingston', 'JAM'],
  ['Montego Bay', 'JAM'],
  ['London', 'GBR'],
  ['Birmingham', 'GBR'],
  ['Glasgow', 'GBR'],
  ['Manchester', 'GBR'],
  ['Gateshead', 'GBR'],
  ['Berlin', 'GER'],
  ['Dessau', 'GER'],
  ['Karlsruhe', 'GER'],
  ['Düsseldorf', 'GER'],
  ['Ratingen', 'GER'],
  ['Halle', 'GER'],
  ['Paris', 'FRA'],
  ['Lyon', 'FRA'],
  ['Marseille', 'FRA'],
  ['Montreuil', 'FRA'],
  ['Liévin', 'FRA'],
  ['Nice', 'FRA'],
  ['Rome', 'ITA'],
  ['Florence', 'ITA'],
  ['Savona', 'ITA'],
  ['Rovereto', 'ITA'],
  ['Padua', 'ITA'],
  ['Milan', 'ITA'],
  ['Madrid', 'ESP'],
  ['Barcelona', 'ESP'],
  ['Valencia', 'ESP'],
  ['Seville', 'ESP'],
  ['Huelva', 'ESP'],
  ['Andújar', 'ESP'],
  ['Warsaw', 'POL'],
  ['Chorzów', 'POL'],
  ['Bydgoszcz', 'POL'],
  ['Toruń', 'POL'],
  ['Szczecin', 'POL'],
  ['Kyiv', 'UKR'],
  ['Lutsk', 'UKR'],
  ['Moscow', 'RUS'],
  ['Saint Petersburg', 'RUS'],
  ['Sochi', 'RUS'],
  ['Ostrava', 'CZE'],
  ['Prague', 'CZE'],
  ['Oslo', 'NOR'],
  ['Bergen', 'NOR'],
  ['Stockholm', 'SWE'],
  ['Gothenburg', 'SWE'],
  ['Karlstad', 'SWE'],
  ['Helsinki', 'FIN'],
  ['Turku', 'FIN'],
  ['Lahti', 'FIN'],
  ['Brussels', 'BEL'],
  ['Heusden-Zolder', 'BEL'],
  ['Leiden', 'NED'],
  ['Lisbon', 'POR'],
  ['Leiria', 'POR'],
  ['Istanbul', 'TUR'],
  ['Székesfehérvár', 'HUN'],
  ['Budapest', 'HUN'],
  ['Zagreb', 'CRO'],
  ['Zürich', 'SUI'],
  ['Lausanne', 'SUI'],
  ['Bellinzona', 'SUI'],
  ['Luzern', 'SUI'],
  ['Rio de Janeiro', 'BRA'],
  ['São Paulo', 'BRA'],
  ['Bragança Paulista', 'BRA'],
  ['Havana', 'CUB'],
  ['Toronto', 'CAN'],
  ['Edmonton', 'CAN'],
  ['Guelph', 'CAN'],
  ['Mexico City', 'MEX'],
  ['Medellín', 'COL'],
  ['Port of Spain', 'TTO'],
  ['Nassau', 'BAH'],
  ['Rabat', 'MAR'],
  ['Marrakech', 'MAR'],
  ['Algiers', 'ALG'],
  ['Kampala', 'UGA'],
  ['Lagos', 'NGR'],
  ['Abuja', 'NGR'],
  ['Accra', 'GHA'],
  ['Abidjan', 'CIV'],
  ['Pretoria', 'RSA'],
  ['Potchefstroom', 'RSA'],
  ['Johannesburg', 'RSA'],
  ['Cape Town', 'RSA'],
  ['Gaborone', 'BOT'],
  ['Doha', 'QAT'],
  ['Manama', 'BRN'],
  ['Tokyo', 'JPN'],
  ['Osaka', 'JPN'],
  ['Fukuroi', 'JPN'],
  ['Hiroshima', 'JPN'],
  ['Shanghai', 'CHN'],
  ['Beijing', 'CHN'],
  ['Xiamen', 'CHN'],
  ['Shaoxing', 'CHN'],
  ['Zhaoqing', 'CHN'],
  ['Bhubaneswar', 'IND'],
  ['Daegu', 'KOR'],
  ['Almaty', 'KAZ'],
  ['Melbourne', 'AUS'],
  ['Sydney', 'AUS'],
  ['Brisbane', 'AUS'],
  ['Canberra', 'AUS'],
  ['Auckland', 'NZL'],
  ['Hamilton', 'NZL'],
  ['Linz', 'AUT'],
  ['Ostrava', 'CZE'],
];

/** Cities of ordinary meets held indoors. */
export const INDOOR_CITIES: ReadonlyArray<[string, string]> = [
  ['Boston', 'USA'],
  ['New York', 'USA'],
  ['Albuquerque', 'USA'],
  ['Fayetteville', 'USA'],
  ['Glasgow', 'GBR'],
  ['Birmingham', 'GBR'],
  ['Karlsruhe', 'GER'],
  ['Düsseldorf', 'GER'],
  ['Berlin', 'GER'],
  ['Liévin', 'FRA'],
  ['Paris', 'FRA'],
  ['Madrid', 'ESP'],
  ['Toruń', 'POL'],
  ['Ostrava', 'CZE'],
  ['Stockholm', 'SWE'],
  ['Metz', 'FRA'],
  ['Belgrade', 'SRB'],
  ['Istanbul', 'TUR'],
  ['Moscow', 'RUS'],
  ['Apeldoorn', 'NED'],
  ['Ghent', 'BEL'],
  ['Lodz', 'POL'],
  ['Val-de-Reuil', 'FRA'],
  ['Athlone', 'IRL'],
  ['Nanjing', 'CHN'],
  ['Birmingham', 'USA'],
  ['Staten Island', 'USA'],
];

/** Countries used by meets only (cities above), not by athletes. */
export const MEET_ONLY_COUNTRIES: ReadonlyArray<[string, string]> = [
  ['AUT', 'Austria'],
  ['SRB', 'Serbia'],
  ['IRL', 'Ireland'],
  ['GRE', 'Greece'],
  ['KSA', 'Saudi Arabia'],
  ['MON', 'Monaco'],
  ['ROU', 'Romania'],
  ['UAE', 'United Arab Emirates'],
];

// ---------------------------------------------------------------------------------------
// Championship series and their editions.

export type SeriesKind = 'olympics' | 'worlds' | 'world-indoors' | 'world-u20' | 'continental' | 'continental-indoors' | 'circuit';

export interface SeriesSpec {
  slug: string;
  name: string;
  level: 'OLYMPIC' | 'WORLD' | 'CONTINENTAL' | 'CIRCUIT';
  ageCategory: 'SENIOR' | 'U20';
  awardsMedals: boolean;
  kind: SeriesKind;
  continent?: Continent;
  /** Editions: [name year, city, country, held year, month, day, days]. */
  editions: Array<[number, string, string, number, number, number, number]>;
}

type Ed = [number, string, string, number, number, number, number];
const ed = (year: number, city: string, country: string, month: number, day: number, days: number, held = year): Ed => [
  year,
  city,
  country,
  held,
  month,
  day,
  days,
];

export const SERIES: readonly SeriesSpec[] = [
  {
    slug: 'olympic-games',
    name: 'Olympic Games',
    level: 'OLYMPIC',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'olympics',
    editions: [
      ed(1996, 'Atlanta', 'USA', 7, 26, 10),
      ed(2000, 'Sydney', 'AUS', 9, 22, 10),
      ed(2004, 'Athens', 'GRE', 8, 18, 12),
      ed(2008, 'Beijing', 'CHN', 8, 15, 10),
      ed(2012, 'London', 'GBR', 8, 3, 10),
      ed(2016, 'Rio de Janeiro', 'BRA', 8, 12, 10),
      ed(2020, 'Tokyo', 'JPN', 7, 30, 10, 2021),
      ed(2024, 'Paris', 'FRA', 8, 1, 11),
    ],
  },
  {
    slug: 'world-championships',
    name: 'World Athletics Championships',
    level: 'WORLD',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'worlds',
    editions: [
      ed(1997, 'Athens', 'GRE', 8, 1, 10),
      ed(1999, 'Seville', 'ESP', 8, 20, 10),
      ed(2001, 'Edmonton', 'CAN', 8, 3, 10),
      ed(2003, 'Paris', 'FRA', 8, 23, 9),
      ed(2005, 'Helsinki', 'FIN', 8, 6, 9),
      ed(2007, 'Osaka', 'JPN', 8, 25, 9),
      ed(2009, 'Berlin', 'GER', 8, 15, 9),
      ed(2011, 'Daegu', 'KOR', 8, 27, 9),
      ed(2013, 'Moscow', 'RUS', 8, 10, 9),
      ed(2015, 'Beijing', 'CHN', 8, 22, 9),
      ed(2017, 'London', 'GBR', 8, 4, 10),
      ed(2019, 'Doha', 'QAT', 9, 27, 10),
      ed(2022, 'Oregon', 'USA', 7, 15, 10),
      ed(2023, 'Budapest', 'HUN', 8, 19, 9),
      ed(2025, 'Tokyo', 'JPN', 9, 13, 9),
    ],
  },
  {
    slug: 'world-indoor-championships',
    name: 'World Athletics Indoor Championships',
    level: 'WORLD',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'world-indoors',
    editions: [
      ed(1997, 'Paris', 'FRA', 3, 7, 3),
      ed(1999, 'Maebashi', 'JPN', 3, 5, 3),
      ed(2001, 'Lisbon', 'POR', 3, 9, 3),
      ed(2003, 'Birmingham', 'GBR', 3, 14, 3),
      ed(2004, 'Budapest', 'HUN', 3, 5, 3),
      ed(2006, 'Moscow', 'RUS', 3, 10, 3),
      ed(2008, 'Valencia', 'ESP', 3, 7, 3),
      ed(2010, 'Doha', 'QAT', 3, 12, 3),
      ed(2012, 'Istanbul', 'TUR', 3, 9, 3),
      ed(2014, 'Sopot', 'POL', 3, 7, 3),
      ed(2016, 'Portland', 'USA', 3, 17, 4),
      ed(2018, 'Birmingham', 'GBR', 3, 1, 4),
      ed(2022, 'Belgrade', 'SRB', 3, 18, 3),
      ed(2024, 'Glasgow', 'GBR', 3, 1, 3),
      ed(2025, 'Nanjing', 'CHN', 3, 21, 3),
    ],
  },
  {
    slug: 'world-u20-championships',
    name: 'World Athletics U20 Championships',
    level: 'WORLD',
    ageCategory: 'U20',
    awardsMedals: true,
    kind: 'world-u20',
    editions: [
      ed(1996, 'Sydney', 'AUS', 8, 20, 6),
      ed(1998, 'Annecy', 'FRA', 7, 28, 6),
      ed(2000, 'Santiago', 'CHI', 10, 17, 6),
      ed(2002, 'Kingston', 'JAM', 7, 16, 6),
      ed(2004, 'Grosseto', 'ITA', 7, 12, 6),
      ed(2006, 'Beijing', 'CHN', 8, 15, 6),
      ed(2008, 'Bydgoszcz', 'POL', 7, 8, 6),
      ed(2010, 'Moncton', 'CAN', 7, 19, 6),
      ed(2012, 'Barcelona', 'ESP', 7, 10, 6),
      ed(2014, 'Eugene', 'USA', 7, 22, 6),
      ed(2016, 'Bydgoszcz', 'POL', 7, 19, 6),
      ed(2018, 'Tampere', 'FIN', 7, 10, 6),
      ed(2021, 'Nairobi', 'KEN', 8, 17, 6),
      ed(2022, 'Cali', 'COL', 8, 1, 6),
      ed(2024, 'Lima', 'PER', 8, 27, 6),
    ],
  },
  {
    slug: 'european-championships',
    name: 'European Athletics Championships',
    level: 'CONTINENTAL',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'continental',
    continent: 'EU',
    editions: [
      ed(1998, 'Budapest', 'HUN', 8, 18, 6),
      ed(2002, 'Munich', 'GER', 8, 6, 6),
      ed(2006, 'Gothenburg', 'SWE', 8, 7, 7),
      ed(2010, 'Barcelona', 'ESP', 7, 27, 6),
      ed(2012, 'Helsinki', 'FIN', 6, 27, 5),
      ed(2014, 'Zürich', 'SUI', 8, 12, 6),
      ed(2016, 'Amsterdam', 'NED', 7, 6, 5),
      ed(2018, 'Berlin', 'GER', 8, 7, 6),
      ed(2022, 'Munich', 'GER', 8, 15, 7),
      ed(2024, 'Rome', 'ITA', 6, 7, 6),
    ],
  },
  {
    slug: 'european-indoor-championships',
    name: 'European Athletics Indoor Championships',
    level: 'CONTINENTAL',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'continental-indoors',
    continent: 'EU',
    editions: [
      ed(1996, 'Stockholm', 'SWE', 3, 8, 3),
      ed(1998, 'Valencia', 'ESP', 2, 27, 3),
      ed(2000, 'Ghent', 'BEL', 2, 25, 3),
      ed(2002, 'Vienna', 'AUT', 3, 1, 3),
      ed(2005, 'Madrid', 'ESP', 3, 4, 3),
      ed(2007, 'Birmingham', 'GBR', 3, 2, 3),
      ed(2009, 'Turin', 'ITA', 3, 6, 3),
      ed(2011, 'Paris', 'FRA', 3, 4, 3),
      ed(2013, 'Gothenburg', 'SWE', 3, 1, 3),
      ed(2015, 'Prague', 'CZE', 3, 6, 3),
      ed(2017, 'Belgrade', 'SRB', 3, 3, 3),
      ed(2019, 'Glasgow', 'GBR', 3, 1, 3),
      ed(2021, 'Toruń', 'POL', 3, 4, 4),
      ed(2023, 'Istanbul', 'TUR', 3, 2, 4),
      ed(2025, 'Apeldoorn', 'NED', 3, 6, 4),
    ],
  },
  {
    slug: 'african-games',
    name: 'African Games',
    level: 'CONTINENTAL',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'continental',
    continent: 'AF',
    editions: [
      ed(1999, 'Johannesburg', 'RSA', 9, 13, 6),
      ed(2003, 'Abuja', 'NGR', 10, 11, 6),
      ed(2007, 'Algiers', 'ALG', 7, 18, 6),
      ed(2011, 'Maputo', 'MOZ', 9, 11, 6),
      ed(2015, 'Brazzaville', 'CGO', 9, 13, 6),
      ed(2019, 'Rabat', 'MAR', 8, 26, 5),
      ed(2023, 'Accra', 'GHA', 3, 18, 6, 2024),
    ],
  },
  {
    slug: 'asian-games',
    name: 'Asian Games',
    level: 'CONTINENTAL',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'continental',
    continent: 'AS',
    editions: [
      ed(1998, 'Bangkok', 'THA', 12, 14, 6),
      ed(2002, 'Busan', 'KOR', 10, 7, 6),
      ed(2006, 'Doha', 'QAT', 12, 7, 6),
      ed(2010, 'Guangzhou', 'CHN', 11, 21, 6),
      ed(2014, 'Incheon', 'KOR', 9, 27, 7),
      ed(2018, 'Jakarta', 'INA', 8, 25, 6),
      ed(2022, 'Hangzhou', 'CHN', 9, 29, 7, 2023),
    ],
  },
  {
    slug: 'pan-american-games',
    name: 'Pan American Games',
    level: 'CONTINENTAL',
    ageCategory: 'SENIOR',
    awardsMedals: true,
    kind: 'continental',
    continent: 'AM',
    editions: [
      ed(1999, 'Winnipeg', 'CAN', 7, 25, 6),
      ed(2003, 'Santo Domingo', 'DOM', 8, 4, 6),
      ed(2007, 'Rio de Janeiro', 'BRA', 7, 23, 6),
      ed(2011, 'Guadalajara', 'MEX', 10, 24, 6),
      ed(2015, 'Toronto', 'CAN', 7, 21, 6),
      ed(2019, 'Lima', 'PER', 8, 6, 6),
      ed(2023, 'Santiago', 'CHI', 10, 30, 5),
    ],
  },
  {
    slug: 'golden-league',
    name: 'IAAF Golden League',
    level: 'CIRCUIT',
    ageCategory: 'SENIOR',
    awardsMedals: false,
    kind: 'circuit',
    editions: [],
  },
  {
    slug: 'diamond-league',
    name: 'Diamond League',
    level: 'CIRCUIT',
    ageCategory: 'SENIOR',
    awardsMedals: false,
    kind: 'circuit',
    editions: [],
  },
];

/** Countries of championship venues that no athlete represents. */
export const VENUE_ONLY_COUNTRIES: ReadonlyArray<[string, string]> = [
  ['CHI', 'Chile'],
  ['MOZ', 'Mozambique'],
  ['CGO', 'Congo'],
  ['THA', 'Thailand'],
  ['INA', 'Indonesia'],
  ['DOM', 'Dominican Republic'],
  ['PER', 'Peru'],
];

/** Circuit meetings: [meet name, city, country, month] for the Golden League (1998-2009) and the Diamond League (2010-). */
export const GOLDEN_LEAGUE_MEETINGS: ReadonlyArray<[string, string, string, number]> = [
  ['Oslo', 'Oslo', 'NOR', 6],
  ['Paris', 'Paris', 'FRA', 7],
  ['Rome', 'Rome', 'ITA', 7],
  ['Monaco', 'Monaco', 'MON', 7],
  ['Zürich', 'Zürich', 'SUI', 8],
  ['Brussels', 'Brussels', 'BEL', 9],
  ['Berlin', 'Berlin', 'GER', 9],
];

export const DIAMOND_LEAGUE_MEETINGS: ReadonlyArray<[string, string, string, number]> = [
  ['Doha', 'Doha', 'QAT', 5],
  ['Shanghai', 'Shanghai', 'CHN', 5],
  ['Rabat', 'Rabat', 'MAR', 5],
  ['Rome', 'Rome', 'ITA', 6],
  ['Oslo', 'Oslo', 'NOR', 6],
  ['Stockholm', 'Stockholm', 'SWE', 6],
  ['Paris', 'Paris', 'FRA', 6],
  ['Eugene', 'Eugene', 'USA', 7],
  ['Monaco', 'Monaco', 'MON', 7],
  ['London', 'London', 'GBR', 7],
  ['Lausanne', 'Lausanne', 'SUI', 8],
  ['Silesia', 'Chorzów', 'POL', 8],
  ['Zürich', 'Zürich', 'SUI', 9],
  ['Brussels', 'Brussels', 'BEL', 9],
];

/** Marathons: [city, country, month]. */
export const MARATHONS: ReadonlyArray<[string, string, number]> = [
  ['Tokyo', 'JPN', 3],
  ['Boston', 'USA', 4],
  ['London', 'GBR', 4],
  ['Rotterdam', 'NED', 4],
  ['Paris', 'FRA', 4],
  ['Hamburg', 'GER', 4],
  ['Berlin', 'GER', 9],
  ['Chicago', 'USA', 10],
  ['Amsterdam', 'NED', 10],
  ['Frankfurt', 'GER', 10],
  ['New York', 'USA', 11],
  ['Valencia', 'ESP', 12],
  ['Fukuoka', 'JPN', 12],
  ['Dubai', 'UAE', 1],
  ['Seoul', 'KOR', 3],
  ['Xiamen', 'CHN', 1],
  ['Osaka', 'JPN', 1],
  ['Nagoya', 'JPN', 3],
  ['Vienna', 'AUT', 4],
  ['Prague', 'CZE', 5],
];
