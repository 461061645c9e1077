import { HeadToHeadMeetingResolver, HeadToHeadResolver } from './head-to-head.resolver';
import { RacePreviewEntrantResolver, RacePreviewFieldsResolver, RacePreviewResolver } from './race-preview.resolver';
import { AthleteRivalsResolver, RivalResolver } from './rival.resolver';

/** The rivalries module's resolvers (head-to-head, rivals, race previews), for the schema's list. */
export const rivalryResolvers = [
  HeadToHeadResolver,
  HeadToHeadMeetingResolver,
  AthleteRivalsResolver,
  RivalResolver,
  RacePreviewResolver,
  RacePreviewFieldsResolver,
  RacePreviewEntrantResolver,
] as const;
