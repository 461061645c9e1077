import { DuplicateCandidateResolver } from './duplicate-candidate.resolver';

/** Identity across sources: duplicate athlete records, for the schema's list. */
export const identityResolvers = [DuplicateCandidateResolver] as const;
