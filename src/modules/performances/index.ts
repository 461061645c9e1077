import { MarkResolver } from './mark.resolver';
import { PerformanceSearchResolver } from './performance-search.resolver';

/** The analysts' performance search, `parseMark` and `Performance.behindWinner`. */
export const performanceResolvers = [PerformanceSearchResolver, MarkResolver] as const;
