import { SourceResolver } from './source.resolver';

/** The sources module's resolvers, for the schema's list. */
export const sourceResolvers = [SourceResolver] as const;
