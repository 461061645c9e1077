import { AthleteCurationResolver } from './athlete-curation.resolver';
import { CompetitionCurationResolver } from './competition-curation.resolver';
import { PerformanceCurationResolver } from './performance-curation.resolver';
import { ReferenceCurationResolver } from './reference-curation.resolver';

/** The curated-edit mutations, for the schema's list. */
export const curationResolvers = [
  AthleteCurationResolver,
  CompetitionCurationResolver,
  PerformanceCurationResolver,
  ReferenceCurationResolver,
] as const;
