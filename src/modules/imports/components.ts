// A combined event's breakdown in one cell: "100:10.12@+0.2=1011;LJ:8.24@+0.4=1123;...;
// 1500:4:31.08=750", each discipline CODE:MARK[@WIND][=POINTS] in the event's order, or
// CODE:NM, CODE:DNF, CODE:DNS for a discipline without a mark. Scored with the domain's
// tables (combined-events.ts); published points that disagree are kept and reported.
import {
  CombinedEventError,
  combinedEvent,
  combinedEventDiscipline,
  MarkParseError,
  parseMark,
  scoreCombinedEventMark,
  type CombinedEventDefinition,
  type PerformanceStatus,
} from '../../domain';
import type { EventRef } from './reference-data';
import { checkWind } from './row-cells';

export interface ComponentCells {
  discipline: string;
  markValue: number | null;
  markText: string | null;
  wind: string | null;
  status: PerformanceStatus;
  /** Computed from the mark. */
  points: number;
  published: number | null;
}

export class ComponentsError extends Error {}

const STATUSES = new Set(['NM', 'DNF', 'DNS']);

/** Whether the event is a combined event the domain scores. */
export function combinedEventOf(event: EventRef): CombinedEventDefinition | null {
  try {
    return combinedEvent(event.code, event.sex);
  } catch (error) {
    if (error instanceof CombinedEventError) return null;
    throw error;
  }
}

/** The components, checked against the event's disciplines and order. Throws ComponentsError. */
export function parseComponents(text: string, def: CombinedEventDefinition): ComponentCells[] {
  const entries = text
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new ComponentsError('is empty: give CODE:MARK entries separated by ";"');
  if (entries.length > def.disciplines.length)
    throw new ComponentsError(
      `gives ${entries.length} disciplines; the event has ${def.disciplines.length}: ${def.disciplines.join(', ')}`,
    );
  return entries.map((entry, i) => {
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new ComponentsError(`"${entry}" is not CODE:MARK[@WIND][=POINTS]`);
    const code = entry.slice(0, colon).trim().toUpperCase();
    const expected = def.disciplines[i];
    let discipline;
    try {
      discipline = combinedEventDiscipline(def, code);
    } catch (error) {
      if (error instanceof CombinedEventError) throw new ComponentsError(error.message);
      throw error;
    }
    if (discipline.code !== expected)
      throw new ComponentsError(`discipline ${i + 1} is ${expected}, not ${code} (the order is ${def.disciplines.join(', ')})`);
    let rest = entry.slice(colon + 1).trim();
    let published: number | null = null;
    const eq = rest.lastIndexOf('=');
    if (eq >= 0) {
      const p = rest.slice(eq + 1).trim();
      if (!/^\d{1,5}$/.test(p)) throw new ComponentsError(`"${p}" in "${entry}" is not a number of points`);
      published = Number(p);
      rest = rest.slice(0, eq).trim();
    }
    const upper = rest.toUpperCase();
    if (STATUSES.has(upper)) {
      if (published !== null && published !== 0) throw new ComponentsError(`"${entry}": a ${upper} scores 0 points`);
      return { discipline: code, markValue: null, markText: null, wind: null, status: upper as PerformanceStatus, points: 0, published };
    }
    let wind: string | null = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
      wind = checkWind(rest.slice(at + 1).trim());
      if (wind === null) throw new ComponentsError(`"${rest.slice(at + 1)}" in "${entry}" is not a wind in m/s, e.g. +0.4`);
      rest = rest.slice(0, at).trim();
    }
    try {
      const mark = parseMark(rest, discipline.unit);
      const { points } = scoreCombinedEventMark(def, code, { value: mark.value, precision: mark.precision });
      return { discipline: code, markValue: mark.value, markText: mark.text, wind, status: 'FINISHED', points, published };
    } catch (error) {
      if (error instanceof MarkParseError || error instanceof CombinedEventError) throw new ComponentsError(`"${entry}": ${error.message}`);
      throw error;
    }
  });
}
