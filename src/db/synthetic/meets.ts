// One meet of the calendar run: its row (under a slug not yet taken), its races and their
// performances, added to the batch, until the dataset has the performances asked for.
import { slugify, type Round } from '../../domain';
import { isoDay, SHORT_SPRINTS, type MeetPlan } from './calendar';
import { EVENT_SPECS, SERIES } from './catalog';
import type { Batch, GeneratorOptions, MeetRow, RaceRow } from './generator';
import { pickAthletes, type Pools } from './pools';
import type { Random } from './random';
import { simulateRace, windReading, type Entrant, type Notebook, type Placed } from './races';
import { qualify, runRounds } from './rounds';

/** What the meets of one run of the seasons share: the next ids, the slugs given, the performances so far. */
export interface MeetRun {
  readonly options: GeneratorOptions;
  /** The performances asked for. */
  readonly target: number;
  produced: number;
  nextMeet: number;
  nextRace: number;
  nextPerf: number;
  readonly meetSlugs: Set<string>;
  readonly notebook: Notebook;
}

export function runMeet(run: MeetRun, plan: MeetPlan, season: number, rng: Random, pools: Pools, batch: Batch): void {
  const { target, meetSlugs, notebook } = run;
  const nextPerfId = () => run.nextPerf++;
  let meet: MeetRow | null = null;
  const ensureMeet = (): MeetRow => {
    if (meet) return meet;
    const base = slugify(plan.name);
    let slug = base;
    const seriesSlug = plan.series === null ? null : SERIES[plan.series].slug;
    if (isTaken(run, slug) && seriesSlug) slug = `${base}-${seriesSlug}`;
    for (let n = 2; isTaken(run, slug); n++) slug = `${base}-${n}`;
    meetSlugs.add(slug);
    meet = {
      id: run.nextMeet++,
      slug,
      name: plan.name,
      series: plan.series,
      city: plan.city,
      countryCode: plan.country,
      year: season,
      indoor: plan.indoor,
      startDate: plan.datesKnown ? isoDay(plan.day) : null,
      endDate: plan.datesKnown ? isoDay(plan.day + plan.days - 1) : null,
    };
    batch.meets.push(meet);
    return meet;
  };

  const race = (event: number, round: Round, heat: number, day: number, entrants: Entrant[], extraDnf = 0): Placed[] => {
    const remaining = target - run.produced;
    if (entrants.length === 0 || remaining <= 0) return [];
    if (entrants.length > remaining) entrants = entrants.slice(0, remaining);
    const spec = EVENT_SPECS[event];
    const m = ensureMeet();
    const sprintWind = spec.windAffected && spec.kind !== 'FIELD' && !plan.indoor;
    const windMps = sprintWind && plan.windMeasured ? windReading(rng) : null;
    const row: RaceRow = {
      id: run.nextRace++,
      meetId: m.id,
      event,
      round,
      heat,
      date: plan.datesKnown && !(plan.kind === 'ordinary' && rng.chance(0.01)) ? isoDay(day) : null,
      windMps: windMps === null ? null : windMps.toFixed(1),
    };
    batch.races.push(row);
    const placed = simulateRace(
      rng,
      {
        raceId: row.id,
        event,
        spec,
        indoor: plan.indoor,
        round,
        championship: plan.kind === 'championship',
        handTimed: plan.handTimed && SHORT_SPRINTS.has(spec.code),
        windMps,
        fieldWind: plan.windMeasured,
        extraDnf,
      },
      entrants,
      nextPerfId,
      notebook,
    );
    for (const p of placed) {
      batch.performances.push(p.row);
      p.entrant.athlete.races++;
    }
    run.produced += placed.length;
    return placed;
  };

  for (const [k, ep] of plan.events.entries()) {
    if (run.produced >= target) return;
    const spec = EVENT_SPECS[ep.event];
    if (ep.entrants) {
      runRounds(plan, ep.event, ep.entrants, plan.day + ((k * 3) % Math.max(1, plan.days - 2)), rng, race);
      continue;
    }
    const pool = (plan.indoor ? pools.indoor : pools.outdoor)[ep.event];
    const taken = new Set<number>();
    const day = plan.day + (plan.days > 1 ? rng.int(0, plan.days - 1) : 0);
    if (ep.heatsAndFinal) {
      const heats = ep.sections!;
      const all: Placed[] = [];
      heats.forEach((size, h) => all.push(...race(ep.event, 'HEAT', h + 1, day, pickAthletes(rng, pool, plan, size, taken))));
      const qualifiers = qualify(all, heats.length, Math.min(8, all.length), spec);
      race(ep.event, 'FINAL', 1, day, qualifiers);
      continue;
    }
    ep.sections!.forEach((size, s) => {
      const pacemaker = plan.kind === 'circuit' && spec.unit === 'TIME' && spec.code !== '400' && !SHORT_SPRINTS.has(spec.code) ? 0.06 : 0;
      race(ep.event, 'FINAL', s + 1, day, pickAthletes(rng, pool, plan, size, taken), pacemaker);
    });
  }
}

function isTaken(run: MeetRun, slug: string): boolean {
  return run.meetSlugs.has(slug) || (run.options.takenSlugs?.meets?.has(slug) ?? false);
}
