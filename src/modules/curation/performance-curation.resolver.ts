// Aliased: a parameter typed `Performance` would make decorator metadata name Node's global Performance class.
import type { Performance as PerformanceRow } from '../../db/generated/client';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { requireApiKey } from '../auth/request-auth';
import { PerformanceType } from '../results/performance.type';
import { CreatePerformanceInput, UpdatePerformanceInput } from './curation.inputs';
import { idOf } from './curation-helpers';

@Resolver()
export class PerformanceCurationResolver {
  @Mutation(() => PerformanceType, { description: 'Adds a result to a race. Needs an API key; audited.' })
  async createPerformance(
    @Ctx() ctx: Context,
    @Arg('input', () => CreatePerformanceInput, { description: 'The result.' }) input: CreatePerformanceInput,
  ): Promise<PerformanceRow> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.performances.create(input, key);
  }

  @Mutation(() => PerformanceType, { description: 'Corrects a result (fields left out stay as they are). Needs an API key; audited.' })
  async updatePerformance(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the performance.' }) id: string,
    @Arg('input', () => UpdatePerformanceInput, { description: 'The corrections.' }) input: UpdatePerformanceInput,
  ): Promise<PerformanceRow> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.performances.update(idOf(id, 'Performance', 'id'), input, key);
  }

  @Mutation(() => ID, { description: 'Deletes a result; returns its id. Needs an API key; audited.' })
  async deletePerformance(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the performance.' }) id: string,
  ): Promise<string> {
    const key = await requireApiKey(ctx);
    await ctx.services.curation.performances.delete(idOf(id, 'Performance', 'id'), key);
    return id;
  }
}
