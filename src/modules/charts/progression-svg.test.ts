import { escapeXml, renderProgressionSvg, type ProgressionChartData } from './progression-svg';

const steeple: ProgressionChartData = {
  athleteName: 'Soufiane El Bakkali',
  eventName: '3000m Steeplechase',
  unit: 'TIME',
  direction: 'LOWER_IS_BETTER',
  indoor: false,
  points: [
    { season: 2021, value: 488_900, text: '8:08.90' },
    { season: 2022, value: 483_530, text: '8:03.53' },
    { season: 2023, value: 491_560, text: '8:11.56' },
  ],
};

/** The y coordinate of each point's circle, in order. */
const circleYs = (svg: string) => [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('renderProgressionSvg', () => {
  it('draws a labelled point per season with an accessible title and description', () => {
    const svg = renderProgressionSvg(steeple);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="chart-title">Soufiane El Bakkali: 3000m Steeplechase progression (outdoor)</title>');
    expect(svg).toMatch(
      /<desc id="chart-desc">Best legal outdoor mark per season, 2021 to 2023: 2021 8:08.90, 2022 8:03.53, 2023 8:11.56\.<\/desc>/,
    );
    for (const text of ['8:08.90', '8:03.53', '8:11.56'])
      expect(svg).toContain(`font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">${text}</text>`);
    for (const season of [2021, 2022, 2023]) expect(svg).toContain(`>${season}</text>`);
    expect(circleYs(svg)).toHaveLength(3);
  });

  it('puts better times higher (smaller y) and labels ticks as marks', () => {
    const ys = circleYs(renderProgressionSvg(steeple));
    expect(ys[1]).toBeLessThan(ys[0]!); // 8:03.53 above 8:08.90
    expect(ys[0]).toBeLessThan(ys[2]!); // 8:08.90 above 8:11.56
    expect(renderProgressionSvg(steeple)).toMatch(/text-anchor="end">8:\d\d\.00<\/text>/);
  });

  it('puts longer distances higher', () => {
    const ys = circleYs(
      renderProgressionSvg({
        ...steeple,
        eventName: 'Long Jump',
        unit: 'DISTANCE',
        direction: 'HIGHER_IS_BETTER',
        points: [
          { season: 2020, value: 8100, text: '8.10' },
          { season: 2021, value: 8350, text: '8.35' },
        ],
      }),
    );
    expect(ys[1]).toBeLessThan(ys[0]!);
  });

  it('escapes XML special characters in every text', () => {
    const svg = renderProgressionSvg({ ...steeple, athleteName: `Tom & "Jerry" <O'Neil>`, eventName: '<b>5000</b>' });
    expect(svg).not.toContain("<O'Neil>");
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Tom &amp; &quot;Jerry&quot; &lt;O&apos;Neil&gt;');
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('says so when there are no legal marks', () => {
    const svg = renderProgressionSvg({ ...steeple, points: [] });
    expect(svg).toContain('No legal marks');
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('has no legal outdoor marks in 3000m Steeplechase');
  });

  it('draws a single season without dividing by zero', () => {
    const svg = renderProgressionSvg({ ...steeple, points: [steeple.points[1]!] });
    expect(svg).not.toContain('NaN');
    expect(circleYs(svg)).toHaveLength(1);
  });
});
