import { cellText, flatten } from './flatten';
import { toTable } from './table';

describe('flatten', () => {
  it("makes rows of a connection's nodes, dotted columns of nested objects, context of the rest", () => {
    const flat = flatten({
      athlete: {
        displayName: 'Amos Serem',
        aliases: ['Serem'],
        performances: {
          totalCount: 2,
          nodes: [
            { placeText: '2', mark: { text: '8:04.29' }, race: { meet: { name: 'Silesia 2024' } } },
            { placeText: '14', mark: { text: '8:19.74' }, race: { meet: { name: 'Paris 2024' } } },
          ],
        },
      },
    });
    expect(flat.rowPath).toBe('athlete.performances.nodes');
    expect(flat.columns).toEqual(['placeText', 'mark.text', 'race.meet.name']);
    expect(flat.rows).toEqual([
      { placeText: '2', 'mark.text': '8:04.29', 'race.meet.name': 'Silesia 2024' },
      { placeText: '14', 'mark.text': '8:19.74', 'race.meet.name': 'Paris 2024' },
    ]);
    // A list of scalars is not a row list: it is joined, in the context.
    expect(flat.context).toEqual([
      ['athlete.displayName', 'Amos Serem'],
      ['athlete.aliases', 'Serem'],
      ['athlete.performances.totalCount', '2'],
    ]);
  });

  it("inlines edges' nodes beside the edge's own fields", () => {
    const flat = flatten({ athletes: { edges: [{ cursor: 'c1', node: { slug: 'amos-serem', country: null } }] } });
    expect(flat.columns).toEqual(['cursor', 'slug', 'country']);
    expect(flat.rows).toEqual([{ cursor: 'c1', slug: 'amos-serem', country: '' }]);
  });

  it('joins lists of scalars with ";" and writes null, booleans and numbers plainly', () => {
    const flat = flatten({ p: { nodes: [{ notes: ['PB', 'SB'], place: null, photoFinish: true, value: 484290, wind: -0.5 }] } });
    expect(flat.rows).toEqual([{ notes: 'PB;SB', place: '', photoFinish: 'true', value: '484290', wind: '-0.5' }]);
    expect(cellText([])).toBe('');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  it('takes the first list of objects, depth first in selection order, also a plain list', () => {
    const flat = flatten({
      medalTable: { championship: { name: 'Olympic Games' }, rows: [{ rank: 1, country: { code: 'MAR' } }], other: [{ x: 1 }] },
    });
    expect(flat.rowPath).toBe('medalTable.rows');
    expect(flat.rows).toEqual([{ rank: '1', 'country.code': 'MAR' }]);
    expect(flat.context).toEqual([
      ['medalTable.championship.name', 'Olympic Games'],
      ['medalTable.other', '[{"x":1}]'],
    ]);
  });

  it("unnests the first nested list of a row, repeating the row's other columns", () => {
    const flat = flatten({
      meet: {
        races: {
          nodes: [
            {
              name: 'Final',
              results: {
                nodes: [
                  { place: 1, athlete: { displayName: 'A' } },
                  { place: 2, athlete: { displayName: 'B' } },
                ],
              },
              status: 'COMPLETED',
            },
            { name: 'Heat 1', results: { nodes: [] }, status: 'SCHEDULED' },
          ],
        },
      },
    });
    expect(flat.columns).toEqual(['name', 'results.place', 'results.athlete.displayName', 'status']);
    expect(flat.rows).toEqual([
      { name: 'Final', 'results.place': '1', 'results.athlete.displayName': 'A', status: 'COMPLETED' },
      { name: 'Final', 'results.place': '2', 'results.athlete.displayName': 'B', status: 'COMPLETED' },
      { name: 'Heat 1', status: 'SCHEDULED' }, // an empty list keeps the row, with blanks
    ]);
  });

  it("keeps a null object's fields as blank columns where other rows have them, in order", () => {
    const flat = flatten({
      p: {
        nodes: [
          { place: null, mark: null, status: 'DNF' },
          { place: 1, mark: { text: '8:04.29' }, status: 'FINISHED' },
        ],
      },
    });
    expect(flat.columns).toEqual(['place', 'mark.text', 'status']);
    expect(flat.rows[0]).toEqual({ place: '', status: 'DNF' });
    expect(toTable(flat)).toContain('mark.text');
  });

  it('makes one row of a result without lists, and no rows of an empty connection', () => {
    expect(flatten({ athlete: { displayName: 'Amos Serem', country: { code: 'KEN' } } })).toMatchObject({
      rowPath: null,
      columns: ['athlete.displayName', 'athlete.country.code'],
      rows: [{ 'athlete.displayName': 'Amos Serem', 'athlete.country.code': 'KEN' }],
    });
    expect(flatten({ athletes: { totalCount: 0, nodes: [] } })).toEqual({
      rowPath: 'athletes.nodes',
      columns: [],
      rows: [],
      context: [['athletes.totalCount', '0']],
    });
  });
});

describe('toTable', () => {
  it('prints the context, aligned columns (numbers to the right) and the row count', () => {
    const text = toTable(
      flatten({
        h: {
          winsB: 2,
          meetings: {
            nodes: [
              { meet: 'Paris 2024', place: 14 },
              { meet: 'Silesia 2024', place: 2 },
            ],
          },
        },
      }),
    );
    expect(text).toBe(
      ['h.winsB: 2', '', 'meet          place', '------------  -----', 'Paris 2024       14', 'Silesia 2024      2', '(2 rows)', ''].join(
        '\n',
      ),
    );
  });
});
