import { adminUrl } from '../../test/support/database';
import { foldName } from '../domain/names';
import { foldedSql } from './fold-sql';
import { withPgClient } from './pg-client';

describe('foldedSql', () => {
  it('folds as foldName does: every character of the folded blocks, and real names', async () => {
    const texts = [
      'Zürich 2024',
      'Bislett Games',
      'Memorial Van Damme',
      'Gyulai István Memorial',
      'Łódź',
      'Ostrava Zlatá tretra',
      'Kuortane Games',
      'Göteborg 1995',
      'Sevilla 1999',
      'Doha — Qatar',
      'ÆØÅ æøå',
      'Straße',
      'Þórshöfn',
      'Hà Nội',
      'Ηράκλειο',
      'Москва 2013',
      'Škoda',
      "Côte d'Ivoire",
      'İstanbul',
      'ǄǅǆǇǈǉ',
      'A\u0301B',
      'O’Brien',
    ];
    for (let cp = 0x00a0; cp <= 0x052f; cp++) texts.push(`x${String.fromCodePoint(cp)}X`);
    for (let cp = 0x1e00; cp <= 0x1eff; cp++) texts.push(`x${String.fromCodePoint(cp)}X`);
    const rows = await withPgClient(adminUrl(), async (client) => {
      const sql = `SELECT t AS text, ${foldedSql('t').sql} AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`;
      return (await client.query<{ text: string; folded: string }>(sql, [texts])).rows;
    });
    const differ = rows
      .filter((row) => !/\s/.test(row.text.slice(1, -1)))
      .filter((row) => row.folded !== foldName(row.text))
      .map((row) => `${row.text} -> ${row.folded}, not ${foldName(row.text)}`);
    expect(differ).toEqual([]);
    expect(rows.find((row) => row.text === 'Zürich 2024')?.folded).toBe('zurich 2024');
    expect(rows.find((row) => row.text === 'Straße')?.folded).toBe('strasse');
  });
});
