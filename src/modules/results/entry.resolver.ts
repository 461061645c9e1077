import type { Entry } from '../../db/generated/client';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { RaceType } from '../competitions/race.type';
import { encodeGlobalId } from '../common/relay';
import { SourceType } from '../sources/source.type';
import { EntryType } from './entry.type';

@Resolver(() => EntryType)
export class EntryResolver {
  @FieldResolver(() => ID, { description: 'Global, opaque id of this entry.' })
  id(@Root() entry: Entry): string {
    return encodeGlobalId('Entry', entry.id);
  }

  @FieldResolver(() => AthleteType, { description: 'The athlete entered.' })
  athlete(@Root() entry: Entry, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(entry.athleteId);
  }

  @FieldResolver(() => RaceType, { description: 'The race entered.' })
  race(@Root() entry: Entry, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(entry.raceId);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the entry is reported.' })
  sources(@Root() entry: Entry, @Ctx() ctx: Context) {
    return ctx.loaders.sourcesOfEntry.load(entry.id);
  }
}
