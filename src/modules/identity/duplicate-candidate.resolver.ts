import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { PageArgs } from '../common/relay';
import { DuplicateCandidateConnection } from './duplicate-candidate.type';

@Resolver()
export class DuplicateCandidateResolver {
  @Query(() => DuplicateCandidateConnection, {
    description:
      'Pairs of athlete records that are probably one person, strongest evidence first (see DuplicateCandidate.strength), then by ids: similar names (the same name, words in another order, spellings a letter or two apart, an initial for a given name, a name more or fewer), the same sex, no two different countries or dates of birth, and seasons of results that overlap or touch. For curators, to merge with mergeAthletes; open to read. Three SQL statements, whatever the number of athletes.',
  })
  async duplicateCandidates(@Ctx() ctx: Context, @Args() page: PageArgs) {
    const candidates = await ctx.services.duplicateCandidates.candidates(page);
    ctx.loaders.remember(candidates.related);
    return candidates;
  }
}
