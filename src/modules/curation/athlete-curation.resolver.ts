import type { Athlete } from '../../db/generated/client';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { AthleteType } from '../athletes/athlete.type';
import { requireApiKey } from '../auth/request-auth';
import { CreateAthleteInput, UpdateAthleteInput } from './curation.inputs';
import { idOf } from './curation-helpers';

@Resolver()
export class AthleteCurationResolver {
  @Mutation(() => AthleteType, { description: 'Adds an athlete. Needs an API key; audited.' })
  async createAthlete(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAthleteInput, { description: 'The athlete.' }) input: CreateAthleteInput,
  ): Promise<Athlete> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.athletes.create(input, key);
  }

  @Mutation(() => AthleteType, { description: 'Corrects an athlete (fields left out stay as they are). Needs an API key; audited.' })
  async updateAthlete(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the athlete.' }) id: string,
    @Arg('input', () => UpdateAthleteInput, { description: 'The corrections.' }) input: UpdateAthleteInput,
  ): Promise<Athlete> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.athletes.update(idOf(id, 'Athlete', 'id'), input, key);
  }

  @Mutation(() => ID, {
    description:
      'Deletes an athlete without results or entries (merge duplicates with mergeAthletes); returns its id. Needs an API key; audited.',
  })
  async deleteAthlete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id of the athlete.' }) id: string): Promise<string> {
    const key = await requireApiKey(ctx);
    await ctx.services.curation.athletes.delete(idOf(id, 'Athlete', 'id'), key);
    return id;
  }

  @Mutation(() => AthleteType, {
    description:
      "Merges two records of one person: `remove`'s results, entries and external ids move to `keep`, its names become aliases, and it is deleted. Where both have a result in one race and the two agree (same status, place, shared place and mark; no contradicting wind or notes), `keep`'s is kept, completed from the other (wind, notes, photo finish) and linked to the sources of both; where they disagree, the merge is refused (BAD_USER_INPUT on `remove` naming the race, the field and both values). Refused too when the two hold different ids of one system. Needs an API key; audited.",
  })
  async mergeAthletes(
    @Ctx() ctx: Context,
    @Arg('keep', () => ID, { description: 'Global id of the record to keep.' }) keep: string,
    @Arg('remove', () => ID, { description: 'Global id of the duplicate to merge into it and delete.' }) remove: string,
  ): Promise<Athlete> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.athletes.merge(idOf(keep, 'Athlete', 'keep'), idOf(remove, 'Athlete', 'remove'), key);
  }
}
