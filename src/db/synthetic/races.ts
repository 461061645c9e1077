// One race (or one field-event competition): marks from ability, day form and wind;
// statuses; places consistent with the marks (photo finishes, countbacks and shared places
// for equal marks); PB/SB notes from each athlete's history.
import { formatMark, type MarkPrecision, type PerformanceNote, type PerformanceStatus, type Round } from '../../domain';
import type { AthleteState } from './athletes';
import type { EventSpec } from './catalog';
import type { Random } from './random';

export interface Entrant {
  athlete: AthleteState;
  ability: number;
}

export interface PerformanceRow {
  id: number;
  raceId: number;
  athleteId: number;
  place: number | null;
  markValue: number | null;
  markText: string | null;
  precision: MarkPrecision | null;
  windMps: string | null;
  status: PerformanceStatus;
  notes: PerformanceNote[];
  photoFinish: boolean;
  /** The place is shared ("2="). */
  tied: boolean;
}

export interface RaceSetup {
  raceId: number;
  event: number;
  spec: EventSpec;
  indoor: boolean;
  round: Round;
  /** Championship rounds are run harder in finals and easier in heats. */
  championship: boolean;
  handTimed: boolean;
  /** Race wind (sprints outdoors); null when not measured or not applicable. */
  windMps: number | null;
  /** Field events outdoors: whether the meet measured wind per jump. */
  fieldWind: boolean;
  /** Extra chance of a DNF (pacemakers at circuit meetings). */
  extraDnf: number;
}

export interface Placed {
  entrant: Entrant;
  row: PerformanceRow;
}

/** Best legal marks seen so far: career (PB) and per season (SB), per athlete and event. */
export class Notebook {
  private readonly personal = new Map<number, number>();
  private season = new Map<number, number>();

  newSeason(): void {
    this.season = new Map();
  }

  /** The note a legal mark earns, updating the bests (lower-is-better when `lower`). */
  note(athleteId: number, event: number, indoor: boolean, value: number, lower: boolean): PerformanceNote | null {
    const key = athleteId * 128 + event;
    const seasonKey = key * 2 + (indoor ? 1 : 0);
    const better = (a: number, b: number) => (lower ? a < b : a > b);
    const pb = this.personal.get(key);
    const sb = this.season.get(seasonKey);
    if (sb === undefined || better(value, sb)) this.season.set(seasonKey, value);
    if (pb === undefined) {
      this.personal.set(key, value);
      return null;
    }
    if (better(value, pb)) {
      this.personal.set(key, value);
      return 'PB';
    }
    return sb !== undefined && better(value, sb) ? 'SB' : null;
  }
}

const INDOOR_FACTOR: Record<string, number> = { '400': 1.012, '800': 1.006, '1500': 1.004, HJ: 0.995, PV: 1, LJ: 0.99, TJ: 0.992, SP: 1 };

function precisionOf(spec: EventSpec, handTimed: boolean): MarkPrecision {
  if (spec.unit === 'POINTS') return 'POINTS';
  if (spec.unit !== 'TIME') return 'CENTIMETRES';
  if (spec.kind === 'ROAD') return 'WHOLE_SECONDS';
  return handTimed ? 'TENTHS_HAND' : 'HUNDREDTHS';
}

/** A raw mark rounded as published: times up, distances and heights down (to the bar for vertical jumps). */
function quantize(raw: number, spec: EventSpec, precision: MarkPrecision): number {
  switch (precision) {
    case 'WHOLE_SECONDS':
      return Math.ceil(raw / 1000) * 1000;
    case 'TENTHS_HAND':
      return Math.ceil(raw / 100) * 100;
    case 'HUNDREDTHS':
      return Math.ceil(raw / 10) * 10;
    case 'POINTS':
      return Math.max(1, Math.round(raw));
    default:
      return Math.max(10, Math.floor(raw / (spec.barStep || 10)) * (spec.barStep || 10));
  }
}

const windText = (w: number): string => (Math.round(w * 10) / 10).toFixed(1);

/** A wind reading in m/s: mostly light tailwinds, sometimes over the +2.0 limit. */
export function windReading(rng: Random): number {
  return Math.max(-3, Math.min(4.5, Math.round((0.7 + rng.normal() * 1.1) * 10) / 10));
}

export function simulateRace(rng: Random, setup: RaceSetup, entrants: Entrant[], nextId: () => number, notebook: Notebook): Placed[] {
  const { spec } = setup;
  const lower = spec.direction === 'LOWER_IS_BETTER';
  const precision = precisionOf(spec, setup.handTimed);
  const finishers: Array<{ placed: Placed; value: number; tiebreak: number }> = [];
  const others: Placed[] = [];
  const worse = lower ? 1 : -1;
  const roundEffect = !setup.championship ? 0 : setup.round === 'FINAL' ? -0.4 : setup.round === 'SEMI_FINAL' ? -0.1 : 0.35;

  for (const entrant of entrants) {
    const row: PerformanceRow = {
      id: nextId(),
      raceId: setup.raceId,
      athleteId: entrant.athlete.id,
      place: null,
      markValue: null,
      markText: null,
      precision: null,
      windMps: null,
      status: 'FINISHED',
      notes: [],
      photoFinish: false,
      tied: false,
    };
    const placed: Placed = { entrant, row };
    const r = rng.next();
    const dns = 0.012;
    const dq = dns + spec.dq;
    const dnf = dq + spec.dnf + setup.extraDnf;
    const nm = dnf + spec.nm;
    if (r < dns) row.status = 'DNS';
    else if (r < dq) row.status = 'DQ';
    else if (r < dnf) row.status = 'DNF';
    else if (r < nm) row.status = 'NM';
    if (row.status !== 'FINISHED') {
      others.push(placed);
      continue;
    }

    const base = spec.club + (spec.elite - spec.club) * entrant.ability;
    let rel = spec.noise * (rng.normal() + worse * roundEffect);
    if (rng.chance(0.06)) rel += worse * spec.noise * rng.uniform(1.5, 4); // a bad day
    let raw = base * (1 + rel);
    let wind: number | null;
    if (spec.windAffected && !setup.indoor) {
      if (spec.kind === 'FIELD') wind = setup.fieldWind ? windReading(rng) : null;
      else wind = setup.windMps;
      if (wind !== null) raw *= lower ? 1 - spec.windGain * wind : 1 + spec.windGain * wind;
      if (wind !== null && spec.kind === 'FIELD') row.windMps = windText(wind);
    }
    if (setup.indoor) raw *= INDOOR_FACTOR[spec.code] ?? 1;
    // Beyond world class, marks close in on the world record without passing it.
    const gain = lower ? spec.elite - raw : raw - spec.elite;
    if (gain > 0) {
      const room = Math.abs(spec.elite - spec.record);
      const kept = room * (1 - Math.exp(-gain / room));
      raw = lower ? spec.elite - kept : spec.elite + kept;
    }
    const value = quantize(raw, spec, precision);
    row.markValue = value;
    row.precision = precision;
    row.markText = formatMark(value, spec.unit, precision);
    finishers.push({ placed, value, tiebreak: rng.next() });
  }

  finishers.sort((a, b) => (lower ? a.value - b.value : b.value - a.value) || a.tiebreak - b.tiebreak);
  // Equal marks: the photo finish (track), the countback (vertical jumps) or the next best
  // attempt (horizontal jumps, throws) separates most of them; the rest share the place.
  let i = 0;
  while (i < finishers.length) {
    let j = i + 1;
    while (j < finishers.length && finishers[j].value === finishers[i].value) j++;
    const tied = j - i > 1;
    let shared = false;
    if (tied) {
      const separated =
        spec.unit === 'TIME' ? (setup.handTimed ? 0.5 : 0.85) : spec.unit === 'HEIGHT' ? 0.7 : spec.unit === 'POINTS' ? 0.3 : 0.95;
      shared = !rng.chance(separated);
    }
    for (let k = i; k < j; k++) {
      const row = finishers[k].placed.row;
      row.place = shared ? i + 1 : k + 1;
      row.tied = shared;
      row.photoFinish = tied && !shared && spec.unit === 'TIME' && !setup.handTimed;
    }
    i = j;
  }

  for (const f of finishers) {
    const row = f.placed.row;
    const assisted =
      row.windMps !== null ? Number(row.windMps) > 2 : setup.windMps !== null && setup.windMps > 2 && spec.windAffected && !setup.indoor;
    if (assisted || setup.handTimed) continue; // neither counts for PB/SB
    const note = notebook.note(row.athleteId, setup.event, setup.indoor, f.value, lower);
    if (note) row.notes.push(note);
  }
  return [...finishers.map((f) => f.placed), ...others];
}
