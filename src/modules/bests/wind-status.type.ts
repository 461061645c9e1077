// The domain's wind verdict, exposed so that a list can show why an unknown wind was let in.
import { registerEnumType } from 'type-graphql';
import type { WindStatus as DomainWindStatus } from '../../domain';

export const WindStatus: { [K in DomainWindStatus]: K } = {
  LEGAL: 'LEGAL',
  ASSISTED: 'ASSISTED',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  UNKNOWN: 'UNKNOWN',
};

registerEnumType(WindStatus, {
  name: 'WindStatus',
  description: 'Whether a mark stands as far as wind goes (over +2.0 m/s tailwind on a wind-affected event is wind-assisted).',
  valuesConfig: {
    LEGAL: { description: 'A measured wind of +2.0 m/s or less.' },
    ASSISTED: { description: 'Wind over +2.0 m/s: not valid for records, bests or lists.' },
    NOT_APPLICABLE: { description: 'The wind rule does not apply: the event is not wind-affected, or the meet was indoors.' },
    UNKNOWN: { description: 'Wind applies but no reading is known; the mark is given the benefit of the doubt.' },
  },
});
