import { ChartUrlResolver } from './chart-url.resolver';

/** The charts module's resolvers (the SVG itself is served by src/server/http/progression-chart.router.ts), for the schema's list. */
export const chartResolvers = [ChartUrlResolver] as const;
