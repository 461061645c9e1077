import { Arg, Query, Resolver } from 'type-graphql';
import { MarkUnit } from '../common/enums';
import { MarkType } from '../results/mark.type';
import { markOf, readMark } from './mark-input';

@Resolver(() => MarkType)
export class MarkResolver {
  @Query(() => MarkType, {
    description:
      'How the API reads a mark typed as published, e.g. "8:04.29" as 484290 ms. A mark it cannot read is a BAD_USER_INPUT naming `text`, with the reason in `extensions.reason` (e.g. DOT_SEPARATOR for "8.04.29").',
  })
  parseMark(
    @Arg('text', () => String, { description: 'The mark as published: "8:04.29", "13.45", "10.5h", "2:03:00", "8.95", "8998".' })
    text: string,
    @Arg('unit', () => MarkUnit, { description: 'The unit to read it in: TIME, DISTANCE, HEIGHT or POINTS.' }) unit: MarkUnit,
  ): MarkType {
    const parsed = readMark(text, unit, 'text');
    return markOf(parsed.value, parsed.text, unit, parsed.precision);
  }
}
