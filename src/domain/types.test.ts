import { readFileSync } from 'fs';
import { join } from 'path';
import { EVENT_KINDS, MARK_DIRECTIONS, MARK_PRECISIONS, MARK_UNITS, PERFORMANCE_NOTES, PERFORMANCE_STATUSES, ROUNDS, SEXES } from './types';

// The domain names must stay identical to the database enums; read the schema
// as text (no database import) and compare.
const schema = readFileSync(join(__dirname, '..', '..', 'prisma', 'schema.prisma'), 'utf8');

function enumValues(name: string): string[] {
  const match = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema);
  if (!match) throw new Error(`enum ${name} not found in schema.prisma`);
  return match[1]
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => line.length > 0);
}

describe('domain types match the database enums', () => {
  it.each([
    ['MarkUnit', MARK_UNITS],
    ['MarkDirection', MARK_DIRECTIONS],
    ['MarkPrecision', MARK_PRECISIONS],
    ['PerformanceStatus', PERFORMANCE_STATUSES],
    ['EventKind', EVENT_KINDS],
    ['PerformanceNote', PERFORMANCE_NOTES],
    ['Round', ROUNDS],
    ['Sex', SEXES],
  ])('%s', (name, values) => {
    expect([...values]).toEqual(enumValues(name));
  });
});
