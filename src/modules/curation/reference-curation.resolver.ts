// Aliased: a parameter typed `Event` would make decorator metadata name Node's global Event class.
import type { Championship, Country, Event as EventRow } from '../../db/generated/client';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { requireApiKey } from '../auth/request-auth';
import { ChampionshipType } from '../competitions/championship.type';
import { EventType } from '../competitions/event.type';
import { CountryType } from '../countries/country.type';
import { idOf } from './curation-helpers';
import {
  CreateChampionshipInput,
  CreateCountryInput,
  CreateEventInput,
  UpdateChampionshipInput,
  UpdateCountryInput,
  UpdateEventInput,
} from './reference-curation.inputs';

@Resolver()
export class ReferenceCurationResolver {
  @Mutation(() => CountryType, { description: 'Adds a country (or team). Needs an API key; audited.' })
  async createCountry(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCountryInput, { description: 'The country.' }) input: CreateCountryInput,
  ): Promise<Country> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.createCountry(input, key);
  }

  @Mutation(() => CountryType, { description: 'Corrects a country (fields left out stay as they are). Needs an API key; audited.' })
  async updateCountry(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: 'Its three-letter code, any case.' }) code: string,
    @Arg('input', () => UpdateCountryInput, { description: 'The corrections.' }) input: UpdateCountryInput,
  ): Promise<Country> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.updateCountry(code, input, key);
  }

  @Mutation(() => EventType, { description: 'Adds an event (a discipline for one sex). Needs an API key; audited.' })
  async createEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEventInput, { description: 'The event.' }) input: CreateEventInput,
  ): Promise<EventRow> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.createEvent(input, key);
  }

  @Mutation(() => EventType, {
    description:
      'Corrects an event (fields left out stay as they are; unit, direction and sex are fixed once it has races). Needs an API key; audited.',
  })
  async updateEvent(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the event.' }) id: string,
    @Arg('input', () => UpdateEventInput, { description: 'The corrections.' }) input: UpdateEventInput,
  ): Promise<EventRow> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.updateEvent(idOf(id, 'Event', 'id'), input, key);
  }

  @Mutation(() => ChampionshipType, { description: 'Adds a championship series. Needs an API key; audited.' })
  async createChampionship(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateChampionshipInput, { description: 'The series.' }) input: CreateChampionshipInput,
  ): Promise<Championship> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.createChampionship(input, key);
  }

  @Mutation(() => ChampionshipType, {
    description: 'Corrects a championship series (fields left out stay as they are). Needs an API key; audited.',
  })
  async updateChampionship(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global id of the championship.' }) id: string,
    @Arg('input', () => UpdateChampionshipInput, { description: 'The corrections.' }) input: UpdateChampionshipInput,
  ): Promise<Championship> {
    const key = await requireApiKey(ctx);
    return ctx.services.curation.reference.updateChampionship(idOf(id, 'Championship', 'id'), input, key);
  }
}
