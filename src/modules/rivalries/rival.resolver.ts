// Athlete.rivals lives here, not in the athletes module: TypeGraphQL merges the field
// resolvers of every class declared for the same object type.
import type { Athlete } from '../../db/generated/client';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { PageArgs, pageOfList } from '../common/relay';
import { HeadToHeadFilter, HeadToHeadType } from './head-to-head.type';
import type { PairRecord } from './record';
import { RivalConnection, RivalType } from './rival.type';
import { meetingFilterOf } from './rivalry-inputs';

@ArgsType()
class RivalsArgs extends PageArgs {
  @Field(() => HeadToHeadFilter, {
    nullable: true,
    description: 'Which races count (event, dates, finals, championships); all by default.',
  })
  filter?: HeadToHeadFilter | null;
}

@Resolver(() => AthleteType)
export class AthleteRivalsResolver {
  @FieldResolver(() => RivalConnection, {
    description:
      'The opponents this athlete has met most often, with the record against each: most meetings first, then most wins, fewest losses, the most recent last meeting. Individual races only: relay teams do not meet as individuals.',
  })
  async rivals(@Root() athlete: Athlete, @Ctx() ctx: Context, @Args() args: RivalsArgs) {
    const filter = await meetingFilterOf(ctx, args.filter);
    // One query for every athlete of the request that asks with the same filter.
    const records = await ctx.loaders.rivalsOfAthlete.load({ athleteId: athlete.id, filter });
    return pageOfList(records, args, (r) => r.athleteBId);
  }
}

@Resolver(() => RivalType)
export class RivalResolver {
  @FieldResolver(() => AthleteType, { description: 'The rival.' })
  athlete(@Root() record: PairRecord, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(record.athleteBId);
  }

  @FieldResolver(() => Int, { description: 'Meetings the athlete won against the rival.' })
  wins(@Root() record: PairRecord): number {
    return record.winsA;
  }

  @FieldResolver(() => Int, { description: 'Meetings the rival won.' })
  losses(@Root() record: PairRecord): number {
    return record.winsB;
  }

  @FieldResolver(() => HeadToHeadType, { description: 'The full head-to-head record, with every meeting: A is the athlete, B the rival.' })
  headToHead(@Root() record: PairRecord): PairRecord {
    return record;
  }
}
