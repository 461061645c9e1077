import type { Country } from '../../db/generated/client';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context';
import { connectionTypes, encodeGlobalId, PageArgs, pageOfList } from '../common/relay';
import { CountryType } from './country.type';

export const { connection: CountryConnection } = connectionTypes(CountryType, 'Country', 'country');

@Resolver(() => CountryType)
export class CountryResolver {
  @Query(() => CountryType, { nullable: true, description: 'One country by its three-letter code, e.g. "MAR".' })
  country(@Ctx() ctx: Context, @Arg('code', { description: 'Three-letter code, any case.' }) code: string) {
    return ctx.loaders.country.load(code.toUpperCase());
  }

  @Query(() => CountryConnection, { description: 'Countries by name.' })
  async countries(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return pageOfList(await ctx.services.countries.all(), page, (c) => c.code);
  }

  @FieldResolver(() => ID, { description: 'Global, opaque id of this country.' })
  id(@Root() country: Country): string {
    return encodeGlobalId('Country', country.code);
  }
}
