// The example page: an athlete's profile and results, and their head-to-head with a rival,
// through codegen's typed documents (examples/*.graphql → examples/client/gql) and the
// typed `request` of examples/client. The API is this page's own origin (/graphql) unless
// VITE_GRAPHQL_URL says otherwise at build time.
import { AthleteResultsDocument, HeadToHeadDocument } from '../../examples/client/gql/graphql';
import { request } from '../../examples/client/request';
import { h } from './dom';
import { headToHeadView, profileView } from './views';
import './style.css';

const endpoint = new URL(import.meta.env.VITE_GRAPHQL_URL ?? '/graphql', window.location.href).toString();

const profile = document.getElementById('profile')!;
const h2h = document.getElementById('h2h')!;
const form = document.getElementById('pick') as HTMLFormElement;

function failure(error: unknown): HTMLElement {
  return h('p', { class: 'status error', role: 'alert' }, `Could not load: ${error instanceof Error ? error.message : String(error)}`);
}

async function show(athlete: string, rival: string): Promise<void> {
  profile.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  h2h.replaceChildren();
  const [results, record] = await Promise.allSettled([
    request(endpoint, AthleteResultsDocument, { slug: athlete }),
    rival ? request(endpoint, HeadToHeadDocument, { athleteA: { slug: athlete }, athleteB: { slug: rival } }) : Promise.resolve(null),
  ]);
  profile.replaceChildren(results.status === 'fulfilled' ? profileView(results.value.athlete, athlete) : failure(results.reason));
  if (record.status === 'rejected') h2h.replaceChildren(failure(record.reason));
  else if (record.value) h2h.replaceChildren(headToHeadView(record.value.headToHead));
  document.body.dataset.state = 'ready';
}

const params = new URLSearchParams(window.location.search);
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
input('athlete').value = params.get('athlete') ?? input('athlete').value;
input('rival').value = params.get('rival') ?? input('rival').value;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const athlete = input('athlete').value.trim();
  const rival = input('rival').value.trim();
  history.replaceState(null, '', `?${new URLSearchParams({ athlete, rival })}`);
  void show(athlete, rival);
});

void show(input('athlete').value.trim(), input('rival').value.trim());
