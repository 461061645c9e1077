import { EntryResolver } from './entry.resolver';
import { PerformanceDetailResolver } from './performance-detail.resolver';
import { PerformanceResolver } from './performance.resolver';

/** The results module's resolvers: performances and entries, for the schema's list. */
export const resultResolvers = [EntryResolver, PerformanceResolver, PerformanceDetailResolver] as const;
