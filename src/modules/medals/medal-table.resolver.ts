import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { ChampionshipType } from '../competitions/championship.type';
import { MeetType } from '../competitions/meet.type';
import { Sex } from '../common/enums';
import { CountryType } from '../countries/country.type';
import { MedalTableRowType, MedalTableType, type MedalTableRowValue, type MedalTableValue } from './medal-table.type';

@ArgsType()
class MedalTableArgs {
  @Field(() => String, { description: 'The championship series, by slug, e.g. "olympic-games".' })
  championship!: string;

  @Field(() => String, {
    nullable: true,
    description: 'One edition of it, by meet slug, e.g. "paris-2024"; omit for the table of all its editions.',
  })
  edition?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this event, by code, e.g. "3000SC" (both sexes unless `sex` is given).' })
  event?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Only events of this sex.' })
  sex?: Sex | null;
}

@Resolver(() => MedalTableType)
export class MedalTableResolver {
  @Query(() => MedalTableType, {
    description:
      "Medals by country for one edition of a championship (`edition`) or for all its editions, optionally for one event. Medals are credited to the athlete's country as recorded (the data keeps one country per athlete, not one per result); athletes whose country no source gives are grouped in one row with `country: null`.",
  })
  medalTable(@Ctx() ctx: Context, @Args() args: MedalTableArgs): Promise<MedalTableValue> {
    return ctx.services.medals.tableOf(args);
  }

  @FieldResolver(() => ChampionshipType, { description: 'The championship series the table is for.' })
  championship(@Root() table: MedalTableValue, @Ctx() ctx: Context) {
    return ctx.loaders.championship.load(table.championshipId);
  }

  @FieldResolver(() => MeetType, { nullable: true, description: 'The edition the table is for; null for the table of all editions.' })
  edition(@Root() table: MedalTableValue, @Ctx() ctx: Context) {
    return table.meetId === null ? null : ctx.loaders.meet.load(table.meetId);
  }
}

@Resolver(() => MedalTableRowType)
export class MedalTableRowResolver {
  @FieldResolver(() => CountryType, {
    nullable: true,
    description: 'The country; null for the one row of medals won by athletes whose country no source gives (not credited to any country).',
  })
  country(@Root() row: MedalTableRowValue, @Ctx() ctx: Context) {
    return row.countryCode === null ? null : ctx.loaders.country.load(row.countryCode);
  }
}
