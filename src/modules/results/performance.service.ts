import type { Meet, Performance, Race } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { compareResults, type MarkDirection } from '../../domain';
import { groupRows, rowsByKey } from '../common/collections';

export type PerformanceWithRace = Performance & { race: Race & { meet: Meet } };

/** When a performance happened: its race's day, else its meet's first day, else its meet's year. */
export function performanceTime(p: PerformanceWithRace): number {
  const date = p.race.date ?? p.race.meet.startDate;
  return date ? date.getTime() : Date.UTC(p.race.meet.year, 0, 1);
}

export class PerformanceService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Performance | null>> {
    const rows = await this.prisma.performance.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Results of each race in official order: places, then DNF, DQ, NM, DNS. */
  async resultsOf(raceIds: readonly number[]): Promise<Performance[][]> {
    const [rows, races] = await Promise.all([
      this.prisma.performance.findMany({ where: { raceId: { in: [...raceIds] } }, orderBy: { id: 'asc' } }),
      this.prisma.race.findMany({
        where: { id: { in: [...raceIds] } },
        select: { id: true, event: { select: { direction: true } } },
      }),
    ]);
    const direction = new Map(races.map((race) => [race.id, race.event.direction as MarkDirection]));
    return groupRows(raceIds, rows, (row) => row.raceId).map((results, i) =>
      results.sort((a, b) => compareResults(a, b, direction.get(raceIds[i]) ?? 'LOWER_IS_BETTER') || a.id - b.id),
    );
  }

  /** Each athlete's performances, most recent first. */
  async performancesOf(athleteIds: readonly number[]): Promise<PerformanceWithRace[][]> {
    const rows = await this.prisma.performance.findMany({
      where: { athleteId: { in: [...athleteIds] } },
      include: { race: { include: { meet: true } } },
    });
    rows.sort((a, b) => performanceTime(b) - performanceTime(a) || b.raceId - a.raceId);
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }
}
