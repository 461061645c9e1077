// Race.preview lives here, not in the competitions module: TypeGraphQL merges the field
// resolvers of every class declared for the same object type.
import type { Race } from '../../db/generated/client';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { RaceType } from '../competitions/race.type';
import { HeadToHeadFilter } from './head-to-head.type';
import { PreviewFieldSource, RacePreviewEntrantType, RacePreviewType } from './race-preview.type';
import type { FieldRecord, PairRecord } from './record';
import { meetingFilterOf } from './rivalry-inputs';

export interface RacePreviewValue {
  raceId: number;
  fieldSource: PreviewFieldSource;
  entrants: FieldRecord[];
  pairs: PairRecord[];
}

@Resolver(() => RaceType)
export class RacePreviewResolver {
  @FieldResolver(() => RacePreviewType, {
    description:
      "The head-to-head matrix of the field going into this race: every pair of entrants (the start list, else the athletes with a result) with their meetings and wins, and each entrant's record against the field.",
  })
  async preview(
    @Root() race: Race,
    @Ctx() ctx: Context,
    @Arg('filter', () => HeadToHeadFilter, {
      nullable: true,
      description: 'Which earlier races count (event, dates, finals, championships); all by default.',
    })
    filter?: HeadToHeadFilter | null,
  ): Promise<RacePreviewValue> {
    const [meetingFilter, entries, results] = await Promise.all([
      meetingFilterOf(ctx, filter),
      ctx.loaders.entriesOfRace.load(race.id),
      ctx.loaders.resultsOfRace.load(race.id),
    ]);
    const fieldSource =
      entries.length > 0 ? PreviewFieldSource.ENTRIES : results.length > 0 ? PreviewFieldSource.RESULTS : PreviewFieldSource.NONE;
    const athleteIds = (entries.length > 0 ? entries : results).map((row) => row.athleteId);
    // One query for the fields of every race of the request.
    const matrix = await ctx.loaders.previewOfRace.load({ raceId: race.id, athleteIds, filter: meetingFilter });
    return { raceId: race.id, fieldSource, ...matrix };
  }
}

@Resolver(() => RacePreviewType)
export class RacePreviewFieldsResolver {
  @FieldResolver(() => RaceType, { description: 'The race previewed.' })
  race(@Root() preview: RacePreviewValue, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(preview.raceId);
  }
}

@Resolver(() => RacePreviewEntrantType)
export class RacePreviewEntrantResolver {
  @FieldResolver(() => AthleteType, { description: 'The entrant.' })
  athlete(@Root() entrant: FieldRecord, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(entrant.athleteId);
  }
}
