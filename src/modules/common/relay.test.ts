import { pluralOf } from './relay';

describe('pluralOf (connection descriptions)', () => {
  it('turns a consonant + y into -ies and adds s otherwise', () => {
    expect(pluralOf('country')).toBe('countries');
    expect(pluralOf('audit log entry')).toBe('audit log entries');
    expect(pluralOf('athlete')).toBe('athletes');
    expect(pluralOf('relay')).toBe('relays');
  });
});
