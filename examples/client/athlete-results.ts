// Typed example: an athlete's results as lines of text. Run against a server with
//   npx tsc -p examples/client && node examples/client/dist/athlete-results.js amos-serem
import { AthleteResultsDocument } from './gql/graphql';
import { request } from './request';

export async function athleteResultLines(url: string, slug: string): Promise<string[]> {
  const data = await request(url, AthleteResultsDocument, { slug });
  if (!data.athlete) return [];
  // Every field below is typed from the operation: a typo here fails to compile.
  return data.athlete.performances.nodes.map((p) =>
    `${p.race.meet.name} (${p.race.season}): ${p.placeText ?? p.status} ${p.mark?.text ?? ''}`.trim(),
  );
}

if (require.main === module) {
  const [slug = 'amos-serem', url = 'http://localhost:4000/graphql'] = process.argv.slice(2);
  athleteResultLines(url, slug).then((lines) => console.log(lines.join('\n')));
}
