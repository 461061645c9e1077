import type { Meet, Race } from '../../db/generated/client';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { requireApiKey } from '../auth/request-auth';
import { MeetType } from '../competitions/meet.type';
import { RaceType } from '../competitions/race.type';
import { CreateMeetInput, CreateRaceInput, UpdateMeetInput, UpdateRaceInput } from './curation.inputs';
import { idOf } from './curation-helpers';

@Resolver()
export class CompetitionCurationResolver {
  @Mutation(() => MeetType, { description: 'Adds a meet. Needs an API key; audited.' })
  async createMeet(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMeetInput, { description: 'The meet.' }) input: CreateMeetInput,
  ): Promise<Meet> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.competitions.createMeet(input, key);
  }

  @Mutation(() => MeetType, { description: 'Corrects a meet (fields left out stay as they are). Needs an API key; audited.' })
  async updateMeet(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the meet.' }) id: string,
    @Arg('input', () => UpdateMeetInput, { description: 'The corrections.' }) input: UpdateMeetInput,
  ): Promise<Meet> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.competitions.updateMeet(idOf(id, 'Meet', 'id'), input, key);
  }

  @Mutation(() => ID, { description: 'Deletes a meet without races; returns its id. Needs an API key; audited.' })
  async deleteMeet(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id of the meet.' }) id: string): Promise<string> {
    const key = await requireApiKey(ctx);
    await ctx.services.curation.competitions.deleteMeet(idOf(id, 'Meet', 'id'), key);
    return id;
  }

  @Mutation(() => RaceType, { description: 'Adds a race to a meet. Needs an API key; audited.' })
  async createRace(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateRaceInput, { description: 'The race.' }) input: CreateRaceInput,
  ): Promise<Race> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.competitions.createRace(input, key);
  }

  @Mutation(() => RaceType, { description: 'Corrects a race (fields left out stay as they are). Needs an API key; audited.' })
  async updateRace(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the race.' }) id: string,
    @Arg('input', () => UpdateRaceInput, { description: 'The corrections.' }) input: UpdateRaceInput,
  ): Promise<Race> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.competitions.updateRace(idOf(id, 'Race', 'id'), input, key);
  }

  @Mutation(() => ID, { description: 'Deletes a race without results or entries; returns its id. Needs an API key; audited.' })
  async deleteRace(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id of the race.' }) id: string): Promise<string> {
    const key = await requireApiKey(ctx);
    await ctx.services.curation.competitions.deleteRace(idOf(id, 'Race', 'id'), key);
    return id;
  }
}
