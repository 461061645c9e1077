import type { RelayLeg, RelayTeam } from '../../db/generated/client';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { markDecimal } from '../../domain';
import { AthleteType } from '../athletes/athlete.type';
import { RaceType } from '../competitions/race.type';
import { CountryType } from '../countries/country.type';
import { encodeGlobalId } from '../common/relay';
import { MarkPrecision, MarkUnit } from '../common/enums';
import { MarkType } from '../results/mark.type';
import { SourceType } from '../sources/source.type';
import { RelayLegType, RelayTeamType } from './relay.type';

const timeMark = (value: number | null, text: string | null, precision: string | null): MarkType | null =>
  value === null || text === null
    ? null
    : {
        text,
        value,
        unit: MarkUnit.TIME,
        precision: (precision as MarkPrecision | null) ?? MarkPrecision.HUNDREDTHS,
        decimal: markDecimal(value, 'TIME'),
      };

@Resolver(() => RelayTeamType)
export class RelayTeamResolver {
  @FieldResolver(() => ID, { description: 'Global, opaque id of this relay result.' })
  id(@Root() team: RelayTeam): string {
    return encodeGlobalId('RelayTeam', team.id);
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'The country the team ran for; null for a club team.' })
  country(@Root() team: RelayTeam, @Ctx() ctx: Context) {
    return team.countryCode === null ? null : ctx.loaders.country.load(team.countryCode);
  }

  @FieldResolver(() => RaceType, { description: 'The race (and through it the meet, event and round).' })
  race(@Root() team: RelayTeam, @Ctx() ctx: Context) {
    return ctx.loaders.race.load(team.raceId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The place as published: "2", or "2=" when shared; null without a place.' })
  placeText(@Root() team: RelayTeam): string | null {
    return team.place === null ? null : team.tied ? `${team.place}=` : String(team.place);
  }

  @FieldResolver(() => MarkType, { nullable: true, description: "The team's time; null when not achieved or not given." })
  mark(@Root() team: RelayTeam): MarkType | null {
    return timeMark(team.markValue, team.markText, team.precision);
  }

  @FieldResolver(() => [RelayLegType], { description: 'The legs in running order (as far as the source gives them).' })
  legs(@Root() team: RelayTeam, @Ctx() ctx: Context) {
    return ctx.loaders.legsOfRelayTeam.load(team.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where this result comes from.' })
  sources(@Root() team: RelayTeam, @Ctx() ctx: Context) {
    return ctx.loaders.sourcesOfRelayTeam.load(team.id);
  }
}

@Resolver(() => RelayLegType)
export class RelayLegResolver {
  @FieldResolver(() => AthleteType, { description: 'Who ran the leg.' })
  athlete(@Root() leg: RelayLeg, @Ctx() ctx: Context) {
    return ctx.loaders.athlete.load(leg.athleteId);
  }

  @FieldResolver(() => RelayTeamType, { description: 'The team and its result.' })
  team(@Root() leg: RelayLeg, @Ctx() ctx: Context) {
    return ctx.loaders.relayTeam.load(leg.relayTeamId);
  }

  @FieldResolver(() => MarkType, { nullable: true, description: "The leg's split, when published." })
  split(@Root() leg: RelayLeg): MarkType | null {
    return timeMark(leg.splitValue, leg.splitText, MarkPrecision.HUNDREDTHS);
  }
}

@Resolver(() => RaceType)
export class RaceRelayTeamsResolver {
  @FieldResolver(() => [RelayTeamType], {
    description: "A relay race's teams, by place, then DNF, DQ and DNS by name; empty for an individual event (see `results`).",
  })
  relayTeams(@Root() race: { id: number }, @Ctx() ctx: Context) {
    return ctx.loaders.relayTeamsOfRace.load(race.id);
  }
}
