import {
  COMBINED_EVENTS,
  CombinedEventError,
  combinedEvent,
  combinedEventDiscipline,
  combinedEventTotal,
  scoreCombinedEventMark,
} from './combined-events';
import { parseMark } from './marks';

// One discipline of a published result: the mark as published, the points the source gives for it
// (where it gives them) and the running total it gives after it (where it gives one). A running
// total after each of two disciplines in a row pins the second one's points too.
interface Row {
  discipline: string;
  mark: string;
  points?: number;
  after?: number;
}

interface Competition {
  title: string;
  event: string;
  sex: 'MALE' | 'FEMALE';
  rows: Row[];
  total: number;
}

function scoreRows(c: Competition) {
  const event = combinedEvent(c.event, c.sex);
  return c.rows.map((row) => {
    const unit = combinedEventDiscipline(event, row.discipline).unit;
    return { row, score: scoreCombinedEventMark(event, row.discipline, parseMark(row.mark, unit)) };
  });
}

function checkCompetition(c: Competition) {
  const scored = scoreRows(c);
  let running = 0;
  for (const { row, score } of scored) {
    running += score.points;
    if (row.points !== undefined) expect({ [row.discipline]: score.points }).toEqual({ [row.discipline]: row.points });
    if (row.after !== undefined) expect({ [`after ${row.discipline}`]: running }).toEqual({ [`after ${row.discipline}`]: row.after });
  }
  const event = combinedEvent(c.event, c.sex);
  const total = combinedEventTotal(
    event,
    scored.map(({ row, score }) => ({ discipline: row.discipline, mark: parseMark(row.mark, score.discipline.unit) })),
  );
  expect(total.total).toBe(c.total);
  expect(total.scores.map((s) => s.discipline.code)).toEqual(c.rows.map((r) => r.discipline));
}

// Ashton Eaton, Olympic champion, London 2012, 8869. Marks and points as published in:
// - "London 2012 - Event Report - Decathlon - 100 Metres", https://www.iaaf.org/news/report/london-2012-event-report-decathlon-100
//   (10.35, 1011 points)
// - "Eaton leads after three Olympic decathlon events", http://www.mybasin.com/2012/08/08/eaton-leads-after-three-olympic-decathlon-events/
//   (8.03 m for 1068, 14.66 m for 769, 2,848 after three events)
// - "London 2012 - Event Report - Decathlon - Long Jump", https://www.iaaf.org/news/report/london-2012-event-report-decathlon-long (2079p)
// - Daily Emerald, "Ashton Eaton leads after first day of Olympic decathlon in London",
//   http://dailyemerald.com/54226/sports/ashton-eaton-leads-after-first-day-of-olympic-decathlon-in-london/
//   (2.05 m, 850 points, 3,698 after four events)
// - "Ducks of London: Eaton Impresses, Others Fall Short",
//   https://www.addictedtoquack.com/2012/8/8/3229590/ducks-of-london-eaton-impresses-others-fall-short (400 m under 47 s for 963, 4661)
// - "London 2012 - Event Report - Decathlon 110m Hurdles", https://www.iaaf.org/news/report/london-2012-event-report-decathlon-110m-h
//   (13.56; "Eaton leads with 5693")
// - Reuters, 9 Aug 2012, http://cn.reuters.com/article/oly-athl-atmdec-wrap-day-idCNL4E8J94M920120809 (discus 42.53; Hardee's
//   48.26 "for 834 points, 118 more than Eaton's mark earned"; pole vault 5.20; 7,381 points with two events to come)
// - "Ashton Eaton proves to be the best all round athlete at 2012 Olympics",
//   https://www.thesphinx.co.uk/2012/08/ashton-eaton-proves-to-be-the-best-all-round-athlete-at-2012-olympics/ (972 in the pole vault)
// - "London 2012 - Event Report - Decathlon Javelin Throw", https://www.worldathletics.org/news/report/london-2012-event-report-decathlon-javeli
//   (61.96 m, 8148 after nine events)
// - Reuters, 10 Aug 2012, http://cn.reuters.com/article/oly-athl-atmdec-wrap-day-idCNL6E8J9HCQ20120810 (1500 m 4:33.59, 8,869)
const EATON_LONDON_2012: Competition = {
  title: "men's decathlon, London 2012 Olympic Games: Ashton Eaton",
  event: 'DEC',
  sex: 'MALE',
  rows: [
    { discipline: '100', mark: '10.35', points: 1011, after: 1011 },
    { discipline: 'LJ', mark: '8.03', points: 1068, after: 2079 },
    { discipline: 'SP', mark: '14.66', points: 769, after: 2848 },
    { discipline: 'HJ', mark: '2.05', points: 850, after: 3698 },
    { discipline: '400', mark: '46.90', points: 963, after: 4661 },
    { discipline: '110H', mark: '13.56', after: 5693 },
    { discipline: 'DT', mark: '42.53', points: 834 - 118 },
    { discipline: 'PV', mark: '5.20', points: 972, after: 7381 },
    { discipline: 'JT', mark: '61.96', after: 8148 },
    { discipline: '1500', mark: '4:33.59', after: 8869 },
  ],
  total: 8869,
};

// Damian Warner, Olympic champion, Tokyo 2020 (held 2021), 9018. Marks: insider.gr,
// "Ο Γουόρνερ χρυσό στο δέκαθλο", https://insider.gr/olympiakoi-agones/184257/o-goyorner-hryso-sto-dekathlo
// (10.12, 8.24, 14.80, 2.02, 47.48, 13.46, 48.67, 4.90, 63.44, 4:31.08; 9.018); Olympedia also gives
// 10.12 (http://www.olympedia.org/results/19000594, as stored at olympedia-pro...elasticbeanstalk.com).
// World Athletics' report ("Warner fulfils lifetime goal by winning Olympic decathlon title with 9018
// Games record", https://worldathletics.org/es/competitions/olympic-games/paris24/news/article/tokyo-olympic-games-men-decathlon-report)
// says 10.14 but also "ending the day still in first place with 4722", which only 10.12 adds up to.
// Points: NBC's "Decathlon tracker: Live updates, results, highlights from each event"
// (https://www.tmj4.com/news/decathlon-tracker-live-updates-results-highlights-each-event: 2189 after the long
// jump; LePage's 15.31 m "for 809 points, 32 more than ... Damian Warner"; 2966 after the shot;
// https://nbcolympics.com/news/decathlon-tracker-live-updates-results-highlights-each-event?chrcontext=ktvz:
// 4.90 m "good for 880", 63.44 m "worth 790 points", 8280 after the javelin, 9018).
const WARNER_TOKYO_2020: Competition = {
  title: "men's decathlon, Tokyo 2020 Olympic Games: Damian Warner",
  event: 'DEC',
  sex: 'MALE',
  rows: [
    { discipline: '100', mark: '10.12' },
    { discipline: 'LJ', mark: '8.24', after: 2189 },
    { discipline: 'SP', mark: '14.80', points: 809 - 32, after: 2966 },
    { discipline: 'HJ', mark: '2.02' },
    { discipline: '400', mark: '47.48', after: 4722 },
    { discipline: '110H', mark: '13.46' },
    { discipline: 'DT', mark: '48.67' },
    { discipline: 'PV', mark: '4.90', points: 880 },
    { discipline: 'JT', mark: '63.44', points: 790, after: 8280 },
    { discipline: '1500', mark: '4:31.08', after: 9018 },
  ],
  total: 9018,
};

// Kevin Mayer's world record, Décastar, Talence, 16 September 2018, 9126.
// "Incredible Mayer sets world decathlon record 9126 points",
// https://www.european-athletics.com/news/incredible-mayer-sets-world-decathlon-record-9126-points (10.55 for 963,
// 7.80 m for 1010, 16.00 m for 851); the IAAF's account as reprinted in "IAAF celebrates the amazing performance of
// Kevin Mayer", https://www.runblogrun.com/2018/09/iaaf-celebrates-the-amazing-performance-of-kevin-mayer.html
// (2.05, 48.42, "end the first day with 4563 points", 13.75, 50.54, 5.45, 71.90, 4:36.11, 9126).
const MAYER_TALENCE_2018: Competition = {
  title: "men's decathlon world record, Talence 2018: Kevin Mayer",
  event: 'DEC',
  sex: 'MALE',
  rows: [
    { discipline: '100', mark: '10.55', points: 963 },
    { discipline: 'LJ', mark: '7.80', points: 1010 },
    { discipline: 'SP', mark: '16.00', points: 851 },
    { discipline: 'HJ', mark: '2.05' },
    { discipline: '400', mark: '48.42', after: 4563 },
    { discipline: '110H', mark: '13.75' },
    { discipline: 'DT', mark: '50.54' },
    { discipline: 'PV', mark: '5.45' },
    { discipline: 'JT', mark: '71.90' },
    { discipline: '1500', mark: '4:36.11', after: 9126 },
  ],
  total: 9126,
};

// Jessica Ennis, Olympic champion, London 2012, 6955.
// - "London 2012 - Event Report - Heptathlon 100m Hurdles", https://worldathletics.org/news/report/london-2012-event-report-heptathlon-100m
//   (12.54, "1195 total points after event one")
// - The Daily Star, "Ennis sets scorching pace", https://www.thedailystar.net/news-detail-244736 ("cleared 1.86m in the high jump
//   for 2,249 points after the first two events")
// - "London 2012 - Event Report - Heptathlon Shot Put", https://worldathletics.org/news/report/london-2012-event-report-heptathlon-shot
//   (14.28 m; "Briton Jessica Ennis (3062 for 2nd)")
// - Reuters, "Athletics: Superb Ennis delights crowd", http://www.reuters.com/article/us-oly-athl-atwhep-wrap-day-idUSBRE8721JZ20120803
//   (22.83 in the 200 m "for a total of 4,158 points")
// - The Scotsman, "London 2012 Olympics: Jessica Ennis extends lead in Heptathlon",
//   https://www.scotsman.com/sport/london-2012-olympics-jessica-ennis-extends-lead-heptathlon-1615154 ("6.48m for 1,001 points")
// - "London 2012 - Event Report - Heptathlon Long Jump", http://www.iaaf.org/news/report/london-2012-event-report-heptathlon-long (5159)
// - "London 2012 - Event Report - Heptathlon Javelin Throw", http://www.iaaf.org/news/report/london-2012-event-report-heptathlon-javel
//   (47.49 m, "5971 points after six events")
// - "London 2012 - Event Report - Heptathlon 800m", https://worldathletics.org/news/report/london-2012-event-report-heptathlon-800m
//   (2:08.65 "for a total of 6955 points")
const ENNIS_LONDON_2012: Competition = {
  title: "women's heptathlon, London 2012 Olympic Games: Jessica Ennis",
  event: 'HEP',
  sex: 'FEMALE',
  rows: [
    { discipline: '100H', mark: '12.54', points: 1195, after: 1195 },
    { discipline: 'HJ', mark: '1.86', after: 2249 },
    { discipline: 'SP', mark: '14.28', after: 3062 },
    { discipline: '200', mark: '22.83', after: 4158 },
    { discipline: 'LJ', mark: '6.48', points: 1001, after: 5159 },
    { discipline: 'JT', mark: '47.49', after: 5971 },
    { discipline: '800', mark: '2:08.65', after: 6955 },
  ],
  total: 6955,
};

// Austra Skujytė's women's decathlon world record, Columbia (Missouri), 14–15 April 2005, 8358.
// Marks and score: decathlon2000.com, "Women's decathlon", https://www.decathlon2000.com/2810/womens-decathlon/?q=pentathlon
// (100 m 12.49, LJ 6.12, SP 16.42, HJ 1.78, 400 m 57.19, 100 m H 14.22, DT 46.19, PV 3.10, JT 48.78, 1500 m 5:15.86; 8358).
// Day totals: leichtathletik.de, "Austra Skujyte markiert neuen Zehnkampf-Weltrekord",
// https://www.leichtathletik.de/news/news/detail/austra-skujyte-markiert-neuen-zehnkampf-weltrekord, reported the
// 100 m as 12.45, the first day as 3898 and the second as 4468, 8366 in all; PZLA, "Drugi start rekordzistki świata w
// 10-boju", http://pzla.pl/aktualnosci/15-drugi-start-rekordzistki-swiata-w-10-boju, gives the record as 8358 and
// her 2006 first day, 3699, as 191 points below 2005's (so 3890 with the 12.49).
const SKUJYTE_COLUMBIA_2005: Competition = {
  title: "women's decathlon world record, Columbia 2005: Austra Skujytė",
  event: 'DEC',
  sex: 'FEMALE',
  rows: [
    { discipline: '100', mark: '12.49' },
    { discipline: 'DT', mark: '46.19' },
    { discipline: 'PV', mark: '3.10' },
    { discipline: 'JT', mark: '48.78' },
    { discipline: '400', mark: '57.19', after: 3699 + 191 },
    { discipline: '100H', mark: '14.22' },
    { discipline: 'LJ', mark: '6.12' },
    { discipline: 'SP', mark: '16.42' },
    { discipline: 'HJ', mark: '1.78' },
    { discipline: '1500', mark: '5:15.86', after: 3890 + 4468 },
  ],
  total: 8358,
};

// Ashton Eaton's indoor heptathlon world record, World Indoor Championships, Istanbul 2012, 6645.
// - The Peninsula, "Eaton storms to new heptathlon world record",
//   http://www.thepeninsulaqatar.com/sports/international-sport/186540/eaton-storms-to-new-heptathlon-world-record
//   (6.79, 8.16, 14.56, 2.03, 7.68, 5.20, 2:32.77; 6,645)
// - "EVENT REPORT - Men's Long Jump - Heptathlon", https://www.iaaf.org/news/report/event-report-mens-long-jump-heptathlon (2060 after two)
// - "EVENT REPORT - Men's 60 Metres Hurdles - Heptathlon",
//   https://www.iaaf.org/competitions/iaaf-world-indoor-championships/news/event-report-mens-60-metres-hurdles-hepta
//   (3654 after day one; "7.67. The time was rounded up to 7.68 worth 1064 points"; Kasyanov "second with 4375 – 343
//   points off Eaton")
// - "EVENT REPORT - Men's 1000 Metres - Heptathlon", http://www.iaaf.org/news/report/event-report-mens-1000-metres-heptathlon (6645)
const EATON_ISTANBUL_2012: Competition = {
  title: "men's indoor heptathlon, World Indoor Championships Istanbul 2012: Ashton Eaton",
  event: 'HEP',
  sex: 'MALE',
  rows: [
    { discipline: '60', mark: '6.79' },
    { discipline: 'LJ', mark: '8.16', after: 2060 },
    { discipline: 'SP', mark: '14.56' },
    { discipline: 'HJ', mark: '2.03', after: 3654 },
    { discipline: '60H', mark: '7.68', points: 1064, after: 4375 + 343 },
    { discipline: 'PV', mark: '5.20' },
    { discipline: '1000', mark: '2:32.77', after: 6645 },
  ],
  total: 6645,
};

// Eaton's two earlier indoor heptathlon world records, as listed in Athletics Weekly's "Eaton breaks heptathlon world
// record in Tallinn" (6 February 2011), quoted at http://forums.polevaultpower.com/forum/viewtopic.php?f=2&t=21018&view=print:
// 6568 in Tallinn 2011 (6.66, 7.77m, 14.45m, 2.01m / 7.60, 5.20m, 2:34.74) and 6499 in Fayetteville 2010 (6.71, 7.73m,
// 13.12m, 2.11m / 7.77, 5.10m, 2:32.67).
const HEPTATHLON = ['60', 'LJ', 'SP', 'HJ', '60H', 'PV', '1000'];
const EATON_EARLIER: Competition[] = [
  ['Tallinn 2011', ['6.66', '7.77', '14.45', '2.01', '7.60', '5.20', '2:34.74'], 6568] as const,
  ['Fayetteville 2010', ['6.71', '7.73', '13.12', '2.11', '7.77', '5.10', '2:32.67'], 6499] as const,
].map(([where, marks, total]) => ({
  title: `men's indoor heptathlon world record, ${where}: Ashton Eaton`,
  event: 'HEP',
  sex: 'MALE',
  rows: marks.map((mark, i) => ({ discipline: HEPTATHLON[i], mark })),
  total,
}));

// Women's pentathlon, World Indoor Championships, Istanbul 2012.
// Marks and totals: TagesWoche, "Gold und Weltrekord für Dobrinska", https://tageswoche.ch/allgemein/gold-und-weltrekord-fuer-dobrinska/index.html
// (Dobrynska 5013: 8,38 / 1,84 / 16,51 / 6,57 / 2:11,15; Ennis 4965: 7,91 / 1,87 / 14,79 / 6,19 / 2:08,09; Skujyte 4802:
// 8,57 / 1,90 / 16,26 / 6,24 / 2:19,99). Running totals: Athletics Weekly, "Dobrynska sets world record to beat Ennis as
// starting equipment causes havoc at World Indoors",
// http://www.athleticsweekly.com/0/admin/news/dobrynska-sets-world-record-to-beat-ennis-as-starting-equipment-causes-havoc-at-world-indoors/?replytocom=30633
// (after three events Ennis 3064, Skujyte 3054, Dobrynska 3035; after the long jump Dobrynska 4065, Skujyte 3978, Ennis 3972).
// Dobrynska's first two events: Track & Field News, "World Record Pentathlon Score For Thiam",
// https://trackandfieldnews.com/world-record-pentathlon-score-for-thiam/ ("Dobrynska's 1044" after the hurdles, "Dobrynska's 2073"
// after the high jump).
const PENTATHLON = ['60H', 'HJ', 'SP', 'LJ', '800'];
const ISTANBUL_2012_PENTATHLON: Competition[] = [
  ['Nataliya Dobrynska', ['8.38', '1.84', '16.51', '6.57', '2:11.15'], [1044, 2073, 3035, 4065], 5013] as const,
  ['Jessica Ennis', ['7.91', '1.87', '14.79', '6.19', '2:08.09'], [undefined, undefined, 3064, 3972], 4965] as const,
  ['Austra Skujytė', ['8.57', '1.90', '16.26', '6.24', '2:19.99'], [undefined, undefined, 3054, 3978], 4802] as const,
].map(([who, marks, after, total]) => ({
  title: `women's indoor pentathlon, World Indoor Championships Istanbul 2012: ${who}`,
  event: 'PEN',
  sex: 'FEMALE',
  rows: marks.map((mark, i) => ({ discipline: PENTATHLON[i], mark, after: i < after.length ? after[i] : total })),
  total,
}));

describe('scores published combined events exactly', () => {
  it.each(
    [
      EATON_LONDON_2012,
      WARNER_TOKYO_2020,
      MAYER_TALENCE_2018,
      ENNIS_LONDON_2012,
      SKUJYTE_COLUMBIA_2005,
      EATON_ISTANBUL_2012,
      ...EATON_EARLIER,
      ...ISTANBUL_2012_PENTATHLON,
    ].map((c) => [c.title, c] as const),
  )('%s', (_title, competition) => checkCompetition(competition));

  // The first-reported 12.45 in Skujytė's 100 m (leichtathletik.de, above) made the first day 3898 and the score 8366.
  it("scores the first-reported 100 m of the women's record the way it was first reported", () => {
    const rows = SKUJYTE_COLUMBIA_2005.rows.map((r) => (r.discipline === '100' ? { ...r, mark: '12.45' } : r));
    checkCompetition({
      ...SKUJYTE_COLUMBIA_2005,
      rows: rows.map((r) => (r.discipline === '400' ? { ...r, after: 3898 } : { ...r, after: undefined })),
      total: 8366,
    });
  });

  // Skujytė's second Columbia decathlon, 2006, against 2005 (PZLA, above): "100 m – 12.70 (12.49’2005) – strata 38 pkt,
  // Dysk – 49.21 (46.19’05) – zysk 60, Tyczka – 3.20 (3.10’05) – zysk 39, Oszczep – 41.78 (48.78’05) – strata 135,
  // 400 m – 60.01 (57.19’05) – strata 117", and a first day of 3699.
  it.each([
    ['100', '12.70', '12.49', -38],
    ['DT', '49.21', '46.19', 60],
    ['PV', '3.20', '3.10', 39],
    ['JT', '41.78', '48.78', -135],
    ['400', '60.01', '57.19', -117],
  ])("women's decathlon %s: %s against %s is %d points", (discipline, mark2006, mark2005, gain) => {
    const event = combinedEvent('DEC', 'FEMALE');
    const unit = combinedEventDiscipline(event, discipline).unit;
    const points = (mark: string) => scoreCombinedEventMark(event, discipline, parseMark(mark, unit)).points;
    expect(points(mark2006) - points(mark2005)).toBe(gain);
  });

  it("totals Skujytė's 2006 first day as published", () => {
    const event = combinedEvent('DEC', 'FEMALE');
    const marks = [
      ['100', '12.70'],
      ['DT', '49.21'],
      ['PV', '3.20'],
      ['JT', '41.78'],
      ['400', '60.01'],
    ];
    const total = combinedEventTotal(
      event,
      marks.map(([discipline, mark]) => ({ discipline, mark: parseMark(mark, combinedEventDiscipline(event, discipline).unit) })),
    );
    expect(total.total).toBe(3699);
  });

  // The decathlon 100 m at the 2022 World Championships, Eugene, as tabled in "2022 World Athletics Championships – Men's
  // decathlon explained", http://cryer.org.uk/2022_World_Athletics_Championships_-_Men%27s_decathlon (a copy of Wikipedia's article).
  it.each([
    ['10.27', 1030],
    ['10.39', 1001],
    ['10.49', 977],
    ['10.52', 970],
    ['10.57', 959],
    ['10.62', 947],
    ['10.69', 931],
  ])("men's decathlon 100 m, Eugene 2022: %s scores %d", (mark, points) => {
    const event = combinedEvent('DEC', 'MALE');
    expect(scoreCombinedEventMark(event, '100', parseMark(mark, 'TIME')).points).toBe(points);
  });
});

describe('rounding and hand timing', () => {
  const men = combinedEvent('DEC', 'MALE');

  // Eaton's 60 m hurdles in Istanbul (above): the clock showed 7.67, "rounded up to 7.68 worth 1064 points".
  it('rounds a time up to the hundredth before scoring (7.671 counts as 7.68)', () => {
    const hep = combinedEvent('HEP', 'MALE');
    expect(scoreCombinedEventMark(hep, '60H', { value: 7671, precision: 'THOUSANDTHS' })).toMatchObject({ points: 1064, scoredAs: 7.68 });
    expect(scoreCombinedEventMark(hep, '60H', { value: 7680, precision: 'HUNDREDTHS' }).points).toBe(1064);
  });

  it('scores distances and heights to the centimetre below', () => {
    expect(scoreCombinedEventMark(men, 'LJ', { value: 8039, precision: 'CENTIMETRES' })).toMatchObject({ points: 1068, scoredAs: 803 });
    expect(scoreCombinedEventMark(men, 'SP', { value: 14669, precision: 'CENTIMETRES' })).toMatchObject({ points: 769, scoredAs: 14.66 });
  });

  // GlaivePro/IaafPoints (MIT), tests/CombinedCalculatorTest.php: a women's 400 m of 59.0 hand-timed scores 734.
  it('adds 0.14 s to a hand-timed 400 m', () => {
    const women = combinedEvent('DEC', 'FEMALE');
    const hand = scoreCombinedEventMark(women, '400', parseMark('59.0h', 'TIME'));
    expect(hand).toMatchObject({ points: 734, scoredAs: 59.14, handTimeCorrectionMs: 140 });
    expect(scoreCombinedEventMark(women, '400', parseMark('59.14', 'TIME')).points).toBe(734);
    expect(scoreCombinedEventMark(women, '400', parseMark('59.00', 'TIME')).points).toBeGreaterThan(734);
  });

  it.each([
    ['DEC', 'MALE', '100', '10.5h', '10.74'],
    ['DEC', 'MALE', '110H', '13.9h', '14.14'],
    ['HEP', 'FEMALE', '100H', '13.1h', '13.34'],
    ['HEP', 'FEMALE', '200', '23.8h', '24.04'],
    ['HEP', 'MALE', '60', '6.9h', '7.14'],
    ['PEN', 'FEMALE', '60H', '8.3h', '8.54'],
  ])('adds 0.24 s to a hand time in the %s (%s) %s: %s scores as %s', (code, sex, discipline, hand, automatic) => {
    const event = combinedEvent(code, sex);
    const score = scoreCombinedEventMark(event, discipline, parseMark(hand, 'TIME'));
    expect(score.handTimeCorrectionMs).toBe(240);
    expect(score.points).toBe(scoreCombinedEventMark(event, discipline, parseMark(automatic, 'TIME')).points);
  });

  it('adds nothing to a hand time from 800 m up', () => {
    const score = scoreCombinedEventMark(men, '1500', parseMark('4:33.6h', 'TIME'));
    expect(score).toMatchObject({ handTimeCorrectionMs: 0, scoredAs: 273.6 });
    expect(score.points).toBe(scoreCombinedEventMark(men, '1500', parseMark('4:33.60', 'TIME')).points);
  });

  it('gives 0 for a mark not better than B, and for one worse', () => {
    expect(scoreCombinedEventMark(men, '100', parseMark('18.00', 'TIME')).points).toBe(0);
    expect(scoreCombinedEventMark(men, '100', parseMark('19.20', 'TIME')).points).toBe(0);
    expect(scoreCombinedEventMark(men, '100', parseMark('17.99', 'TIME')).points).toBe(0); // 25.4347 × 0.01^1.81
    expect(scoreCombinedEventMark(men, 'HJ', parseMark('0.75', 'HEIGHT')).points).toBe(0);
    expect(scoreCombinedEventMark(men, 'DT', parseMark('3.50', 'DISTANCE')).points).toBe(0);
  });
});

describe('events and disciplines', () => {
  it('knows the five World Athletics combined events of the catalogue, with their disciplines', () => {
    expect(COMBINED_EVENTS.map((e) => `${e.code} ${e.sex} ${e.disciplines.length}`)).toEqual([
      'DEC MALE 10',
      'DEC FEMALE 10',
      'HEP FEMALE 7',
      'HEP MALE 7',
      'PEN FEMALE 5',
    ]);
    expect(combinedEvent(' dec ', 'MALE').disciplines).toEqual(['100', 'LJ', 'SP', 'HJ', '400', '110H', 'DT', 'PV', 'JT', '1500']);
  });

  it('gives each discipline the unit its marks are in', () => {
    const hep = combinedEvent('HEP', 'FEMALE');
    expect(hep.disciplines.map((d) => [d, combinedEventDiscipline(hep, d).unit])).toEqual([
      ['100H', 'TIME'],
      ['HJ', 'HEIGHT'],
      ['SP', 'DISTANCE'],
      ['200', 'TIME'],
      ['LJ', 'DISTANCE'],
      ['JT', 'DISTANCE'],
      ['800', 'TIME'],
    ]);
    expect(combinedEventDiscipline(combinedEvent('DEC', 'MALE'), 'pv').coefficients).toEqual({
      a: 0.2797,
      b: 100,
      c: 1.35,
      formula: 'JUMP',
    });
  });

  it('refuses an event World Athletics does not score', () => {
    expect(() => combinedEvent('PEN', 'MALE')).toThrow(expect.objectContaining({ reason: 'UNKNOWN_COMBINED_EVENT' }));
    expect(() => combinedEvent('DEC', 'MIXED')).toThrow(CombinedEventError);
    expect(() => combinedEvent('100', 'MALE')).toThrow(/no World Athletics combined event "100" for sex MALE/);
  });

  it('refuses a discipline the event does not hold, naming the ones it does', () => {
    const pen = combinedEvent('PEN', 'FEMALE');
    expect(() => scoreCombinedEventMark(pen, 'JT', { value: 45000, precision: 'CENTIMETRES' })).toThrow(
      expect.objectContaining({
        reason: 'NOT_A_DISCIPLINE',
        message: '"JT" is not a discipline of the women\'s indoor pentathlon (PEN), which is 60H, HJ, SP, LJ, 800',
      }),
    );
    expect(() => scoreCombinedEventMark(combinedEvent('DEC', 'MALE'), '100H', { value: 13500, precision: 'HUNDREDTHS' })).toThrow(
      /not a discipline/,
    );
  });

  it('refuses a mark that is not a mark of the discipline', () => {
    const dec = combinedEvent('DEC', 'MALE');
    expect(() => scoreCombinedEventMark(dec, 'LJ', { value: 8030, precision: 'HUNDREDTHS' })).toThrow(
      expect.objectContaining({ reason: 'INVALID_MARK' }),
    );
    expect(() => scoreCombinedEventMark(dec, '100', { value: 10350, precision: 'CENTIMETRES' })).toThrow(
      expect.objectContaining({ reason: 'INVALID_MARK' }),
    );
    expect(() => scoreCombinedEventMark(dec, '100', { value: 0, precision: 'HUNDREDTHS' })).toThrow(
      expect.objectContaining({ reason: 'INVALID_MARK' }),
    );
    expect(() => scoreCombinedEventMark(dec, '100', { value: 10.35, precision: 'HUNDREDTHS' })).toThrow(
      expect.objectContaining({ reason: 'INVALID_MARK' }),
    );
  });

  it('totals each discipline once', () => {
    const dec = combinedEvent('DEC', 'MALE');
    const mark = { value: 10350, precision: 'HUNDREDTHS' } as const;
    expect(combinedEventTotal(dec, []).total).toBe(0);
    expect(() =>
      combinedEventTotal(dec, [
        { discipline: '100', mark },
        { discipline: ' 100', mark },
      ]),
    ).toThrow(expect.objectContaining({ reason: 'DUPLICATE_DISCIPLINE' }));
  });
});
