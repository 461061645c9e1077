// The two panels, rendered from the typed results of the generated documents: a field the
// operations do not select is a compile error here.
import type { AthleteResultsQuery, HeadToHeadQuery } from '../../examples/client/gql/graphql';
import { h, table } from './dom';

type Athlete = NonNullable<AthleteResultsQuery['athlete']>;
type Performance = Athlete['performances']['nodes'][number];
type HeadToHead = HeadToHeadQuery['headToHead'];
type Meeting = HeadToHead['meetings']['nodes'][number];

/** "2", "DNF", or "2 (photo)" when a photo finish split equal times. */
function placeOf(p: Pick<Performance, 'placeText' | 'status' | 'photoFinish'>): string {
  const place = p.placeText ?? p.status;
  return p.photoFinish ? `${place} (photo finish)` : place;
}

/** Meet name, with the year it was held when that is not the year in its name. */
function meetName(meet: Performance['race']['meet']): string {
  return meet.name.includes(String(meet.year)) ? meet.name : `${meet.name} (held ${meet.year})`;
}

export function profileView(athlete: Athlete | null, slug: string): HTMLElement {
  if (!athlete) return h('div', {}, h('p', { class: 'status error' }, `No athlete "${slug}".`));
  const { country, aliases, performances } = athlete;
  return h(
    'div',
    {},
    h('h2', { 'data-testid': 'athlete-name' }, athlete.displayName),
    h(
      'p',
      { class: 'facts' },
      country ? `${country.name} (${country.code})` : 'Country not given by the sources',
      aliases.length ? ` · also published as ${aliases.join(', ')}` : '',
      ` · ${performances.totalCount} results`,
    ),
    table(
      ['Meet', 'Championship', 'Season', 'Race', 'Place', 'Mark'],
      performances.nodes.map((p) => [
        meetName(p.race.meet),
        p.race.meet.championship?.name ?? '',
        p.race.season,
        p.race.name,
        placeOf(p),
        p.mark?.text ?? '',
      ]),
      { 'data-testid': 'results' },
    ),
  );
}

function meetingRow(m: Meeting): Array<string | number> {
  return [
    m.race.meet.name,
    m.race.season,
    `${placeOf(m.performanceA)} · ${m.performanceA.mark?.text ?? '—'}`,
    `${placeOf(m.performanceB)} · ${m.performanceB.mark?.text ?? '—'}`,
    m.winner?.displayName ?? 'no decision',
    m.margin?.text ?? '',
  ];
}

export function headToHeadView(h2h: HeadToHead): HTMLElement {
  const a = h2h.athleteA.displayName;
  const b = h2h.athleteB.displayName;
  return h(
    'div',
    {},
    h('h2', {}, `Head-to-head: ${a} v ${b}`),
    h('p', { class: 'score', 'data-testid': 'score' }, h('span', {}, a), h('strong', {}, `${h2h.winsA} – ${h2h.winsB}`), h('span', {}, b)),
    h(
      'p',
      { class: 'facts', 'data-testid': 'summary' },
      `${h2h.races} races together, ${h2h.noDecision} without a decision. `,
      h2h.leader ? `${h2h.leader.displayName} leads.` : 'Level.',
    ),
    table(['Meet', 'Season', a, b, 'Winner', 'Margin'], h2h.meetings.nodes.map(meetingRow), { 'data-testid': 'meetings' }),
  );
}
