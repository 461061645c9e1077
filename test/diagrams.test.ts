// The pictures in README.md and docs/data-model.md are generated (`npm run diagrams`) and
// must match prisma/schema.prisma and schema.graphql, like schema.graphql matches the code.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { END, erDiagram, objectsFlowchart, parsePrisma, render, staleFiles, START, viewsFlowchart } from '../scripts/diagrams';

const ROOT = join(__dirname, '..');

it('`npm run diagrams -- --check` passes: README.md and docs/data-model.md are up to date', async () => {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'diagrams', '--', '--check'], { cwd: ROOT });
  expect(stdout).toContain('diagrams are up to date');
});

const PRISMA = `
/// A person.
model Athlete {
  id          Int           @id @default(autoincrement())
  slug        String        @unique
  countryCode String?       @map("country_code") @db.Char(3)
  country     Country?      @relation(fields: [countryCode], references: [code])
  results     Performance[]
  @@map("athletes")
}
model Country {
  code     String    @id @db.Char(3)
  athletes Athlete[]
  @@map("countries")
}
model Performance {
  athleteId Int     @map("athlete_id")
  athlete   Athlete @relation(fields: [athleteId], references: [id], onDelete: Cascade)
  raceId    Int     @map("race_id")
  /// Exact mark.
  markValue Int?    @map("mark_value")
  notes     Note[]  @default([])
  @@id([athleteId, raceId])
  @@map("performances")
}
enum Note {
  PB
}
`;

describe('erDiagram', () => {
  const diagram = erDiagram(parsePrisma(PRISMA));

  it('draws tables with their columns, keys and nullable columns', () => {
    expect(diagram).toContain(['  athletes {', '    int id PK', '    text slug UK', '    char country_code FK "null"', '  }'].join('\n'));
    expect(diagram).toContain(
      [
        '  performances {',
        '    int athlete_id PK, FK',
        '    int race_id PK',
        '    int mark_value "null"',
        '    Note_array notes',
        '  }',
      ].join('\n'),
    );
  });

  it('draws relations with their cardinality, identifying when the key is part of the primary key', () => {
    // An athlete may have no country (|o), a country many athletes (o{).
    expect(diagram).toContain('  countries |o..o{ athletes : "athletes"');
    // A performance has exactly one athlete, and that key is in its primary key (--).
    expect(diagram).toContain('  athletes ||--o{ performances : "results"');
  });
});

describe('flowcharts of the graph', () => {
  const schema = buildSchema(`
    interface Node { id: ID! }
    type Query { athlete(slug: String): Athlete, headToHead(a: ID!, b: ID!): HeadToHead! }
    type Athlete implements Node { id: ID!, performances: PerformanceConnection!, country: Country }
    type Country implements Node { id: ID!, name: String! }
    type Performance implements Node { id: ID!, athlete: Athlete!, mark: Mark }
    type Mark { text: String! }
    type PerformanceConnection { nodes: [Performance!]!, edges: [PerformanceEdge!]!, pageInfo: PageInfo! }
    type PerformanceEdge { node: Performance!, cursor: String! }
    type PageInfo { hasNextPage: Boolean! }
    type HeadToHead { athleteA: Athlete!, athleteB: Athlete!, winsA: Int! }
  `);

  it('links the objects through their fields, connections seen through, two-way pairs on one line', () => {
    const chart = objectsFlowchart(schema);
    expect(chart).toContain('  Athlete <-->|"performances / athlete"| Performance');
    expect(chart).toContain('  Athlete -->|"country"| Country');
    // Value types and connection plumbing are not drawn.
    expect(chart).not.toMatch(/Mark|Connection|Edge|PageInfo/);
  });

  it('shows the computed views with where they are asked from', () => {
    const chart = viewsFlowchart(schema);
    expect(chart).toContain('  Query -->|"headToHead"| HeadToHead');
    expect(chart).toContain('  HeadToHead -->|"athleteA, athleteB"| Athlete');
    expect(chart).toContain('  class HeadToHead view;');
  });
});

describe('render', () => {
  const sources = { prisma: PRISMA, graphql: 'type Query { a: Int }', readme: `# Title\n\nintro\n\n${START}\nold\n${END}\n\n## After\n` };

  it('replaces only what is between the markers', () => {
    const { readme, doc } = render(sources);
    expect(readme.startsWith('# Title\n\nintro\n\n<!-- diagrams:start -->\n')).toBe(true);
    expect(readme.endsWith('<!-- diagrams:end -->\n\n## After\n')).toBe(true);
    expect(readme).not.toContain('\nold\n');
    expect(readme).toContain('```mermaid\nerDiagram\n');
    expect(doc).toContain('| `mark_value` | int | yes |  | Exact mark. |');
    expect(render({ ...sources, readme })).toEqual({ readme, doc }); // stable: a second run changes nothing
  });

  it('finds the stale files, and none once they are rendered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    try {
      const paths = {
        prisma: join(dir, 'schema.prisma'),
        graphql: join(dir, 'schema.graphql'),
        readme: join(dir, 'README.md'),
        doc: join(dir, 'data-model.md'),
      };
      writeFileSync(paths.prisma, sources.prisma);
      writeFileSync(paths.graphql, sources.graphql);
      writeFileSync(paths.readme, sources.readme);
      expect(staleFiles(paths)).toEqual([paths.readme, paths.doc]);
      const { readme, doc } = render(sources);
      writeFileSync(paths.readme, readme);
      writeFileSync(paths.doc, doc);
      expect(staleFiles(paths)).toEqual([]);
      writeFileSync(paths.prisma, sources.prisma.replace('slug        String        @unique', 'slug String'));
      expect(staleFiles(paths)).toEqual([paths.readme, paths.doc]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a README without the markers', () => {
    expect(() => render({ ...sources, readme: '# Title\n' })).toThrow(/no <!-- diagrams:start -->/);
  });
});
