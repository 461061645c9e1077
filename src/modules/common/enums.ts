// The database enums, exposed in GraphQL under the same names, each value described.
import { registerEnumType } from 'type-graphql';
import {
  AgeCategory,
  AttemptOutcome,
  ChampionshipLevel,
  CountryStatus,
  EventEnvironment,
  EventKind,
  MarkDirection,
  MarkPrecision,
  MarkUnit,
  PerformanceNote,
  PerformanceStatus,
  RaceStatus,
  Round,
  Sex,
} from '../../db/generated/enums';

export {
  AgeCategory,
  AttemptOutcome,
  ChampionshipLevel,
  CountryStatus,
  EventEnvironment,
  EventKind,
  MarkDirection,
  MarkPrecision,
  MarkUnit,
  PerformanceNote,
  PerformanceStatus,
  RaceStatus,
  Round,
  Sex,
};

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex category of an athlete or an event.',
  valuesConfig: {
    MALE: { description: 'Men.' },
    FEMALE: { description: 'Women.' },
    MIXED: { description: 'Mixed events (e.g. mixed relays).' },
  },
});

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of discipline an event is.',
  valuesConfig: {
    TRACK: { description: 'Run on the track, e.g. 3000m steeplechase.' },
    ROAD: { description: 'Run on the road, e.g. marathon.' },
    FIELD: { description: 'Jumps and throws.' },
    COMBINED: { description: 'Decathlon, heptathlon: scored in points.' },
    RELAY: { description: 'Team relays.' },
    WALK: { description: 'Race walking.' },
    CROSS_COUNTRY: { description: 'Cross-country running.' },
  },
});

registerEnumType(MarkUnit, {
  name: 'MarkUnit',
  description: "The unit of an event's marks and of `Mark.value`.",
  valuesConfig: {
    TIME: { description: 'A time; `value` in milliseconds.' },
    DISTANCE: { description: 'A distance; `value` in millimetres.' },
    HEIGHT: { description: 'A height; `value` in millimetres.' },
    POINTS: { description: 'A score; `value` in points.' },
  },
});

registerEnumType(MarkDirection, {
  name: 'MarkDirection',
  description: "Which way is better for an event's marks.",
  valuesConfig: {
    LOWER_IS_BETTER: { description: 'Times: the lower the better.' },
    HIGHER_IS_BETTER: { description: 'Distances, heights and points: the higher the better.' },
  },
});

registerEnumType(EventEnvironment, {
  name: 'EventEnvironment',
  description: 'Where a discipline is contested.',
  valuesConfig: {
    OUTDOOR: { description: 'Outdoors only, e.g. the 3000m steeplechase, the marathon, the hammer throw.' },
    INDOOR: { description: 'Indoors only, e.g. the 60m, the 60m hurdles, the pentathlon: never wind-affected.' },
    BOTH: { description: 'Indoors and outdoors, e.g. the 400m, the high jump.' },
  },
});

registerEnumType(CountryStatus, {
  name: 'CountryStatus',
  description: 'What a country code stands for.',
  valuesConfig: {
    MEMBER: { description: 'A current World Athletics member federation, e.g. KEN.' },
    HISTORICAL: { description: 'A team of the past, kept for old results, e.g. URS (Soviet Union), GDR (East Germany).' },
    NEUTRAL: {
      description: 'A neutral or refugee team, e.g. ANA, AIN (Authorised / Individual Neutral Athletes), ART (Athlete Refugee Team).',
    },
  },
});

registerEnumType(ChampionshipLevel, {
  name: 'ChampionshipLevel',
  description: 'The level of a championship series.',
  valuesConfig: {
    OLYMPIC: { description: 'The Olympic Games.' },
    WORLD: { description: 'World championships (any age category).' },
    CONTINENTAL: { description: 'Continental championships and games, e.g. the African Games.' },
    REGIONAL: { description: 'Regional championships and games.' },
    NATIONAL: { description: 'National championships.' },
    CIRCUIT: { description: 'A circuit of one-day meetings, e.g. the Diamond League.' },
    OTHER: { description: 'Any other series.' },
  },
});

registerEnumType(AgeCategory, {
  name: 'AgeCategory',
  description: 'The age category a championship is for; medals of different categories are never mixed.',
  valuesConfig: {
    SENIOR: { description: 'Open to all ages.' },
    U23: { description: 'Under 23.' },
    U20: { description: 'Under 20 (formerly "junior").' },
    U18: { description: 'Under 18 (formerly "youth").' },
    MASTERS: { description: 'Masters (35 and over).' },
  },
});

registerEnumType(Round, {
  name: 'Round',
  description: 'The round of a competition a race belongs to.',
  valuesConfig: {
    FINAL: { description: 'The final: its places decide medals.' },
    SEMI_FINAL: { description: 'A semi-final (numbered by `heat`).' },
    QUARTER_FINAL: { description: 'A quarter-final (numbered by `heat`).' },
    HEAT: { description: 'A first-round heat (numbered by `heat`).' },
    QUALIFICATION: { description: 'Field-event qualification (group numbered by `heat`).' },
    PRELIMINARY: { description: 'A preliminary round.' },
  },
});

registerEnumType(RaceStatus, {
  name: 'RaceStatus',
  description: 'Whether a race has been run.',
  valuesConfig: {
    SCHEDULED: { description: 'Not run yet: it may have entries but no results.' },
    COMPLETED: { description: 'Run: it has results.' },
    CANCELLED: { description: 'Called off.' },
  },
});

registerEnumType(PerformanceStatus, {
  name: 'PerformanceStatus',
  description: 'How a performance ended. Only FINISHED performances have a place or a mark.',
  valuesConfig: {
    FINISHED: { description: 'Finished, or made a valid mark in a field event.' },
    DNF: { description: 'Did not finish.' },
    DNS: { description: 'Did not start.' },
    DQ: { description: 'Disqualified.' },
    NM: { description: 'No valid mark (field events).' },
  },
});

registerEnumType(AttemptOutcome, {
  name: 'AttemptOutcome',
  description: 'How one trial of a throw or horizontal jump ended.',
  valuesConfig: {
    MARK: { description: 'A valid trial, measured.' },
    FOUL: { description: 'A foul, published as "x": no mark.' },
    PASS: { description: 'The athlete passed the trial, published as "-".' },
  },
});

registerEnumType(MarkPrecision, {
  name: 'MarkPrecision',
  description: 'How precisely a mark was measured.',
  valuesConfig: {
    THOUSANDTHS: { description: 'Fully automatic time read to the thousandth (photo finish).' },
    HUNDREDTHS: { description: 'Fully automatic time to the hundredth, as usually published.' },
    TENTHS_HAND: { description: 'Hand time to the tenth: never ranked against automatic times.' },
    WHOLE_SECONDS: { description: 'Time to the whole second (road races).' },
    CENTIMETRES: { description: 'Distance or height to the centimetre.' },
    POINTS: { description: 'Combined-events score.' },
  },
});

registerEnumType(PerformanceNote, {
  name: 'PerformanceNote',
  description: 'Annotations published with a result.',
  valuesConfig: {
    PB: { description: 'Personal best.' },
    SB: { description: 'Season best.' },
    NR: { description: 'National record.' },
    AR: { description: 'Area (continental) record.' },
    WR: { description: 'World record.' },
    CR: { description: 'Championship record.' },
    MR: { description: 'Meeting record.' },
    WL: { description: 'World lead.' },
    Q: { description: 'Qualified by place.' },
    q: { description: 'Qualified by time (fastest losers).' },
  },
});
