// The progression chart as a hand-written SVG string: a pure function of its data, so that
// the layout can be tested without a server and no chart library is needed.
import { formatMark, type MarkDirection, type MarkPrecision, type MarkUnit } from '../../domain';

export interface ProgressionPoint {
  season: number;
  /** The mark as an integer (ms, mm or points). */
  value: number;
  /** The mark as published, e.g. "8:03.53". */
  text: string;
}

export interface ProgressionChartData {
  athleteName: string;
  /** e.g. "3000m Steeplechase (men)". */
  eventName: string;
  unit: MarkUnit;
  direction: MarkDirection;
  indoor: boolean;
  /** Oldest first, one per season. */
  points: readonly ProgressionPoint[];
}

const WIDTH = 800;
const HEIGHT = 500;
const PLOT = { left: 90, right: WIDTH - 40, top: 100, bottom: HEIGHT - 70 };

/** Text and attribute values: the five XML special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// Tick labels are round values, formatted as marks are (times to the hundredth).
const TICK_PRECISION: Record<MarkUnit, MarkPrecision> = {
  TIME: 'HUNDREDTHS',
  DISTANCE: 'CENTIMETRES',
  HEIGHT: 'CENTIMETRES',
  POINTS: 'POINTS',
};

/** A 1, 2 or 5 × 10^k step giving about `count` ticks over the span (never below 1 unit). */
function niceStep(span: number, count: number): number {
  const raw = Math.max(span / count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw)!;
  return factor * power;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function renderProgressionSvg(data: ProgressionChartData): string {
  const setting = data.indoor ? 'indoor' : 'outdoor';
  const title = `${data.athleteName}: ${data.eventName} progression (${setting})`;
  const points = data.points;
  const desc =
    points.length === 0
      ? `${data.athleteName} has no legal ${setting} marks in ${data.eventName}.`
      : `Best legal ${setting} mark per season, ${points[0]!.season} to ${points[points.length - 1]!.season}: ` +
        points.map((p) => `${p.season} ${p.text}`).join(', ') +
        '.';
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="36" text-anchor="middle" font-size="20" font-weight="bold" fill="#222">${escapeXml(data.athleteName)}</text>`,
    `<text x="${WIDTH / 2}" y="60" text-anchor="middle" font-size="15" fill="#444">${escapeXml(`${data.eventName}, best legal mark per season (${setting})`)}</text>`,
  ];
  if (points.length === 0) {
    parts.push(`<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" font-size="18" fill="#666">No legal marks</text>`, '</svg>');
    return parts.join('\n');
  }

  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = niceStep(hi - lo || Math.max(hi / 50, 1), 5);
  const min = Math.floor(lo / step) * step - (hi === lo ? step : 0);
  const max = Math.ceil(hi / step) * step + (hi === lo ? step : 0);
  const better = data.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher';
  // Better marks are drawn higher: for times the smallest value is at the top.
  const y = (v: number) => {
    const t = (v - min) / (max - min || 1);
    return round1(better === 'lower' ? PLOT.top + t * (PLOT.bottom - PLOT.top) : PLOT.bottom - t * (PLOT.bottom - PLOT.top));
  };
  const first = points[0]!.season;
  const last = points[points.length - 1]!.season;
  const pad = 0.5;
  const x = (season: number) => round1(PLOT.left + ((season - first + pad) / (last - first + 2 * pad)) * (PLOT.right - PLOT.left));

  parts.push(`<g class="y-axis" font-size="12" fill="#444">`);
  for (let v = max; v >= min; v -= step) {
    if (v < 0) break;
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e3e3"/>`,
      `<text x="${PLOT.left - 8}" y="${y(v) + 4}" text-anchor="end">${escapeXml(formatMark(v, data.unit, TICK_PRECISION[data.unit]))}</text>`,
    );
  }
  parts.push('</g>', `<g class="x-axis" font-size="13" fill="#444">`);
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#888"/>`);
  for (const p of points) {
    parts.push(`<text x="${x(p.season)}" y="${PLOT.bottom + 22}" text-anchor="middle">${p.season}</text>`);
  }
  parts.push('</g>');
  parts.push(`<text x="${WIDTH / 2}" y="${HEIGHT - 20}" text-anchor="middle" font-size="13" fill="#444">Season</text>`);
  parts.push(
    `<text x="20" y="${(PLOT.top + PLOT.bottom) / 2}" text-anchor="middle" font-size="13" fill="#444" transform="rotate(-90 20 ${(PLOT.top + PLOT.bottom) / 2})">Mark (better is up)</text>`,
  );
  const line = points.map((p) => `${x(p.season)},${y(p.value)}`).join(' ');
  parts.push(`<polyline points="${line}" fill="none" stroke="#1f6fb2" stroke-width="2.5"/>`);
  parts.push(`<g class="points" font-size="13" fill="#1f6fb2">`);
  for (const p of points) {
    parts.push(
      `<circle cx="${x(p.season)}" cy="${y(p.value)}" r="5" fill="#1f6fb2"><title>${escapeXml(`${p.season}: ${p.text}`)}</title></circle>`,
      `<text x="${x(p.season)}" y="${y(p.value) - 12}" text-anchor="middle" font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeXml(p.text)}</text>`,
    );
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}
