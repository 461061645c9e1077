import { describeNameEvidence, editDistance, ExternalIdError, externalIdText, nameEvidence, parseExternalId } from './identity';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours', () => {
    expect(editDistance('kibiwot', 'kibiwott')).toBe(1);
    expect(editDistance('kigen', 'kigne')).toBe(1);
    expect(editDistance('serem', 'sarem')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nameEvidence', () => {
  const n = (displayName: string, givenName?: string, familyName?: string) => ({ displayName, givenName, familyName });

  it('takes one letter of a long name for a spelling', () => {
    expect(nameEvidence(n('Abraham Kibiwot'), n('Abraham Kibiwott', 'Abraham', 'Kibiwott'))).toEqual({ kind: 'SPELLING', edits: 1 });
  });

  it('ignores accents, case and dots', () => {
    expect(nameEvidence(n('SOUFIANE EL BAKKALI'), n('Soufiane El Bakkali'))).toEqual({ kind: 'SAME_NAME' });
    expect(nameEvidence(n('Getnet Wale'), n('Getnet Walé'))).toEqual({ kind: 'SAME_NAME' });
  });

  it('knows a family name written first', () => {
    expect(nameEvidence(n('KIGEN Benjamin'), n('Benjamin Kigen'))).toEqual({ kind: 'WORD_ORDER' });
  });

  it('knows a given name cut to its initial', () => {
    expect(nameEvidence(n('B. Kigen'), n('Benjamin Kigen', 'Benjamin', 'Kigen'))).toEqual({ kind: 'INITIAL', familyName: 'kigen' });
    expect(nameEvidence(n('S. El Bakkali'), n('Soufiane El Bakkali', 'Soufiane', 'El Bakkali'))).toEqual({
      kind: 'INITIAL',
      familyName: 'el bakkali',
    });
  });

  it('knows a name given with fewer of its parts', () => {
    expect(nameEvidence(n('Marcell Jacobs'), n('Lamont Marcell Jacobs'))).toEqual({ kind: 'FEWER_NAMES' });
    expect(nameEvidence(n('Maruša Mišmaš'), n('Maruša Mišmaš-Zrimšek'))).toEqual({ kind: 'FEWER_NAMES' });
    expect(nameEvidence(n('Koech'), n('Simon Koech'))).toBeNull();
  });

  it('keeps apart namesakes of one family with other given names, and short names a letter apart', () => {
    expect(nameEvidence(n('Daniel Kigen'), n('Benjamin Kigen', 'Benjamin', 'Kigen'))).toBeNull();
    expect(nameEvidence(n('Ann Lee'), n('Ian Lee'))).toBeNull();
    expect(nameEvidence(n('Bo Li'), n('Bo Lu'))).toBeNull();
    expect(nameEvidence(n('Benjamin Kigen'), n('Abraham Kibiwott'))).toBeNull();
    expect(nameEvidence(n('Tie Delta'), n('Tie Beta'))).toBeNull();
    expect(nameEvidence(n('Geordie Beamish'), n('George Beamish'))).toEqual({ kind: 'SPELLING', edits: 2 });
  });

  it('reads as a curator would', () => {
    expect(describeNameEvidence({ kind: 'SPELLING', edits: 1 })).toBe('names 1 letter apart');
    expect(describeNameEvidence({ kind: 'INITIAL', familyName: 'kigen' })).toBe('the same family name (kigen) and given-name initial');
  });
});

describe('parseExternalId', () => {
  it('reads known and other systems', () => {
    expect(parseExternalId('WA:14208194')).toEqual({ system: 'WA', value: '14208194' });
    expect(parseExternalId('wikidata:q21622479')).toEqual({ system: 'WIKIDATA', value: 'Q21622479' });
    expect(parseExternalId(' tilastopaja:abc-1 ')).toEqual({ system: 'TILASTOPAJA', value: 'abc-1' });
    expect(externalIdText(parseExternalId('wa:1'))).toBe('WA:1');
  });

  it('refuses what is not an id, saying what one looks like', () => {
    expect(() => parseExternalId('14208194')).toThrow('not an external id written SYSTEM:value');
    expect(() => parseExternalId('WA:12ab')).toThrow('is not a WA id (e.g. WA:14208194)');
    expect(() => parseExternalId('WIKIDATA:21622479')).toThrow('is not a WIKIDATA id');
    expect(() => parseExternalId('WA: 1')).toThrow(ExternalIdError);
  });
});
