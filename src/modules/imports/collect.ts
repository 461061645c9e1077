// What the first pass keeps in memory: one record per distinct meet, race, athlete and
// source the file names (never one per row), with each row's values merged in. Rows go to
// the staging table carrying only the indexes of these records.
import type { ExternalId, Round, Sex } from '../../domain';
import type { ColumnName } from './import-format';
import { own, type MeetCells } from './row';
import type { RowParts } from './row-batch';

export interface MeetAgg extends Omit<MeetCells, 'key'> {
  idx: number;
  /** The row that first gave each attribute, for messages about rows that contradict it. */
  origin: Partial<Record<MeetAttr, number>>;
  /** The last checked cells merged in: rows repeating them (the same object) need no merge. */
  lastCells: unknown;
  sources: Set<number>;
  lastSource: number;
  /** Filled by resolution. */
  id: number | null;
}

export interface RaceAgg {
  idx: number;
  meet: MeetAgg;
  eventId: number;
  eventCode: string;
  sex: Sex;
  round: Round;
  heat: number;
  date: string | null;
  wind: string | null;
  origin: Partial<Record<'date' | 'wind', number>>;
  lastCells: unknown;
  /** Runs of consecutive rows the race has in the file (more than one: its rows are scattered). */
  runs: number;
  id: number | null;
}

export interface AthleteAgg {
  idx: number;
  name: string;
  folded: string;
  country: string | null;
  sex: Sex;
  birthDate: string | null;
  /** athlete_id as given (a global id or slug). */
  pin: string | null;
  externalId: ExternalId | null;
}

export interface SourceAgg {
  idx: number;
  reference: string;
  title: string | null;
  id: number | null;
}

export type MeetAttr = 'startDate' | 'endDate' | 'city' | 'country' | 'championship' | 'indoor';

export const MEET_COLUMN: Record<MeetAttr, ColumnName> = {
  startDate: 'meet_start_date',
  endDate: 'meet_end_date',
  city: 'meet_city',
  country: 'meet_country',
  championship: 'championship',
  indoor: 'indoor',
};

export interface Contradiction {
  column: ColumnName;
  message: string;
}

export class Collector {
  readonly meets = new Map<string, MeetAgg>();
  readonly races = new Map<string, RaceAgg>();
  readonly athletes = new Map<string, AthleteAgg>();
  readonly sources = new Map<string, SourceAgg>();
  readonly meetList: MeetAgg[] = [];
  readonly raceList: RaceAgg[] = [];
  readonly athleteList: AthleteAgg[] = [];
  readonly sourceList: SourceAgg[] = [];
  private lastSource: SourceAgg | null = null;
  // Rows name the same parts as the row before (a race's rows come together) or the same
  // objects as earlier rows (the checker's memos): found by identity, before any string key.
  private lastMeet: MeetAgg | null = null;
  private lastRace: RaceAgg | null = null;
  private athleteOfCells = new WeakMap<object, AthleteAgg>();

  /** Records the row's keys; returns the contradictions with earlier rows (the row is then not staged). */
  add(
    row: RowParts,
    ref: number,
    describe: (ref: number) => string,
    problems: Contradiction[],
  ): { race: RaceAgg; athlete: AthleteAgg; source: SourceAgg } {
    const meet = this.meet(row, ref, describe, problems);
    const race = this.race(row, meet, ref, describe, problems);

    let athlete = this.athleteOfCells.get(row.athlete);
    if (athlete === undefined) {
      athlete = this.athletes.get(row.athlete.key);
      if (!athlete) {
        const a = row.athlete;
        athlete = {
          idx: this.athleteList.length,
          name: a.name,
          folded: a.folded,
          country: a.country,
          sex: a.sex,
          birthDate: a.birthDate,
          pin: a.pin,
          externalId: a.externalId,
        };
        this.athletes.set(own(a.key), athlete);
        this.athleteList.push(athlete);
      }
      this.athleteOfCells.set(row.athlete, athlete);
    }

    let source = this.lastSource !== null && this.lastSource.reference === row.source ? this.lastSource : this.sources.get(row.source);
    if (!source) {
      source = { idx: this.sourceList.length, reference: own(row.source), title: own(row.sourceTitle), id: null };
      this.sources.set(source.reference, source);
      this.sourceList.push(source);
    } else if (source.title === null && row.sourceTitle !== null) {
      source.title = own(row.sourceTitle);
    }
    this.lastSource = source;
    if (meet.lastSource !== source.idx) {
      meet.sources.add(source.idx);
      meet.lastSource = source.idx;
    }
    return { race, athlete, source };
  }

  private meet(row: RowParts, ref: number, describe: (ref: number) => string, problems: Contradiction[]): MeetAgg {
    const m = row.meet;
    if (this.lastMeet !== null && this.lastMeet.lastCells === m) return this.lastMeet;
    let meet = this.meets.get(m.key);
    if (!meet) {
      meet = {
        idx: this.meetList.length,
        name: m.name,
        folded: m.folded,
        year: m.year,
        startDate: null,
        endDate: null,
        city: null,
        country: null,
        championshipId: null,
        championship: null,
        indoor: null,
        origin: {},
        lastCells: null,
        sources: new Set(),
        lastSource: -1,
        id: null,
      };
      this.meets.set(own(m.key), meet);
      this.meetList.push(meet);
    }
    this.lastMeet = meet;
    if (meet.lastCells === m) return meet;
    const before = problems.length;
    const merge = <K extends MeetAttr>(
      attr: K,
      value: MeetAgg[K] | null,
      same: (a: NonNullable<MeetAgg[K]>, b: NonNullable<MeetAgg[K]>) => boolean = (a, b) => a === b,
    ) => {
      if (value === null) return;
      const current = meet[attr];
      if (current === null) {
        meet[attr] = value as MeetAgg[K];
        meet.origin[attr] = ref;
      } else if (!same(current as NonNullable<MeetAgg[K]>, value as NonNullable<MeetAgg[K]>)) {
        problems.push({
          column: MEET_COLUMN[attr],
          message: `"${String(value)}" contradicts ${describe(meet.origin[attr] as number)}, which gives "${String(current)}" for the same meet (${meet.name}, ${meet.year})`,
        });
      }
    };
    merge('startDate', m.startDate);
    merge('endDate', m.endDate);
    merge('city', m.city, (a, b) => a.toLowerCase() === b.toLowerCase());
    merge('country', m.country);
    merge('championship', m.championship);
    if (m.championshipId !== null) meet.championshipId = meet.championshipId ?? m.championshipId;
    merge('indoor', m.indoor);
    const setHere = meet.origin.startDate === ref || meet.origin.endDate === ref;
    if (setHere && meet.startDate && meet.endDate && meet.endDate < meet.startDate) {
      problems.push({ column: 'meet_end_date', message: `the meet's end date ${meet.endDate} is before its start date ${meet.startDate}` });
    }
    // Only cells that merged cleanly may be skipped next time; a contradiction is reported on every row that makes it.
    if (problems.length === before) meet.lastCells = m;
    return meet;
  }

  private race(row: RowParts, meet: MeetAgg, ref: number, describe: (ref: number) => string, problems: Contradiction[]): RaceAgg {
    const r = row.race;
    if (this.lastRace !== null && this.lastRace.lastCells === r) return this.lastRace;
    let race = this.races.get(r.key);
    if (!race) {
      race = {
        idx: this.raceList.length,
        meet,
        eventId: r.event.id,
        eventCode: r.event.code,
        sex: r.event.sex,
        round: r.round,
        heat: r.heat,
        date: null,
        wind: null,
        origin: {},
        lastCells: null,
        runs: 0,
        id: null,
      };
      this.races.set(own(r.key), race);
      this.raceList.push(race);
    }
    this.lastRace = race;
    if (race.lastCells === r) return race;
    const before = problems.length;
    for (const [attr, column, value] of [
      ['date', 'race_date', r.date],
      ['wind', 'race_wind', r.wind],
    ] as const) {
      if (value === null) continue;
      if (race[attr] === null) {
        race[attr] = value;
        race.origin[attr] = ref;
      } else if (race[attr] !== value) {
        problems.push({
          column,
          message: `"${value}" contradicts ${describe(race.origin[attr] as number)}, which gives "${race[attr]}" for the same race`,
        });
      }
    }
    if (problems.length === before) race.lastCells = r;
    return race;
  }
}
