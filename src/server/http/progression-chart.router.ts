// GET /athletes/<slug>/progression.svg: the progression chart as an image, linkable from the
// API (Athlete.progressionChartUrl). Errors answer in GraphQL's error shape, as the rest of HTTP does.
import { Router, type Request } from 'express';
import type { Services } from '../../app/services';
import { loadProgressionChart, type ProgressionChartQuery } from '../../modules/charts/progression-chart';
import { renderProgressionSvg } from '../../modules/charts/progression-svg';
import { sendGraphQLError } from './graphql-error-body';

// Charts change only when results are imported: clients and proxies may keep them a while.
const CACHE_CONTROL = 'public, max-age=300';

function one(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseQuery(req: Request): ProgressionChartQuery | string {
  const q = req.query as Record<string, unknown>;
  const indoor = one(q.indoor);
  if (indoor !== undefined && indoor !== 'true' && indoor !== 'false') return 'indoor must be true or false';
  if (q.event !== undefined && one(q.event) === undefined) return 'give event once';
  if (q.sex !== undefined && one(q.sex) === undefined) return 'give sex once';
  return { event: one(q.event), sex: one(q.sex), indoor: indoor === undefined ? undefined : indoor === 'true' };
}

export function progressionChartRouter(services: Services): Router {
  const router = Router();
  router.get('/athletes/:slug/progression.svg', async (req, res, next) => {
    try {
      const query = parseQuery(req);
      if (typeof query === 'string') return sendGraphQLError(res, 400, 'BAD_USER_INPUT', query);
      const slug = String(req.params.slug);
      const result = await loadProgressionChart(services, slug, query);
      if (result.kind === 'unknown-athlete') {
        return sendGraphQLError(res, 404, 'NOT_FOUND', `No athlete has the slug "${slug.slice(0, 100)}"`);
      }
      if (result.kind === 'bad-query') return sendGraphQLError(res, 400, 'BAD_USER_INPUT', result.message);
      res.set('Cache-Control', CACHE_CONTROL).type('image/svg+xml').send(renderProgressionSvg(result.data));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
