import type { Source } from '../../db/generated/client';
import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { encodeGlobalId } from '../common/relay';
import { SourceType } from './source.type';

@Resolver(() => SourceType)
export class SourceResolver {
  @FieldResolver(() => ID, { description: 'Global, opaque id of this source.' })
  id(@Root() source: Source): string {
    return encodeGlobalId('Source', source.id);
  }
}
