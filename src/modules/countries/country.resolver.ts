import type { Country } from '../../db/generated/client';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { CountryStatus } from '../common/enums';
import { connectionTypes, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { CountryType } from './country.type';

export const { connection: CountryConnection } = connectionTypes(CountryType, 'Country', 'country');

@ArgsType()
class CountriesArgs extends PageArgs {
  @Field(() => CountryStatus, { nullable: true, description: "Only countries of this status, e.g. MEMBER for today's federations." })
  status?: CountryStatus | null;
}

@Resolver(() => CountryType)
export class CountryResolver {
  @Query(() => CountryType, { nullable: true, description: 'One country by its three-letter code, e.g. "MAR".' })
  country(@Ctx() ctx: Context, @Arg('code', { description: 'Three-letter code, any case.' }) code: string) {
    return ctx.loaders.country.load(code.toUpperCase());
  }

  @Query(() => CountryConnection, { description: 'Countries by name, optionally of one status.' })
  async countries(@Ctx() ctx: Context, @Args() args: CountriesArgs) {
    const all = await ctx.services.countries.all();
    return pageOfList(args.status ? all.filter((c) => c.status === args.status) : all, args, (c) => c.code);
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this country.' })
  id(@Root() country: Country): string {
    return encodeGlobalId('Country', country.code);
  }
}
