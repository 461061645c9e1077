import { ExternalIdError, formatExternalId, parseExternalId } from './external-ids';

describe('parseExternalId', () => {
  it.each([
    ['WA:14208194', 'WA', '14208194'],
    ['wa:14208194', 'WA', '14208194'],
    ['  WA:14208194 ', 'WA', '14208194'],
    ['WIKIDATA:Q21622479', 'WIKIDATA', 'Q21622479'],
    ['wikidata:q21622479', 'WIKIDATA', 'Q21622479'],
    ['TILASTOPAJA:abc-123_x', 'TILASTOPAJA', 'abc-123_x'],
    ['ALL_ATHLETICS:a:b', 'ALL_ATHLETICS', 'a:b'], // only the first colon separates
    ['Federation2:Kibiwott', 'FEDERATION2', 'Kibiwott'], // other systems keep the value's case
  ])('reads %j as %s %s', (text, system, value) => {
    expect(parseExternalId(text)).toEqual({ system, value });
  });

  it.each([
    ['14208194', /is not SYSTEM:value/],
    [':14208194', /the system .* is letters, digits and underscores/],
    ['W A:1', /the system/],
    ['WA-X:1', /the system/],
    ['WA:', /has no value/],
    ['WA:142 08194', /has no spaces/],
    ['WA:Q14208194', /a World Athletics id is digits/],
    ['WA:-1', /a World Athletics id is digits/],
    ['WIKIDATA:21622479', /a Wikidata id is Q followed by digits/],
    ['WIKIDATA:Q', /a Wikidata id is Q followed by digits/],
    ['OTHER:a b', /has no spaces/],
    [`OTHER:${'x'.repeat(201)}`, /at most 200 characters/],
  ])('refuses %j', (text, message) => {
    expect(() => parseExternalId(text)).toThrow(ExternalIdError);
    expect(() => parseExternalId(text)).toThrow(message);
  });

  it('writes an id back as SYSTEM:value', () => {
    expect(formatExternalId(parseExternalId('wikidata:q42'))).toBe('WIKIDATA:Q42');
  });
});
