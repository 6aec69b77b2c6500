export interface Point {
  scale: string;
  indicators: number;
  story: string;
  server: string;
  p50: number;
}

/** Latency (p50, one client) against corpus size, one line per story and server, as SVG. */
export async function latencySvg(points: Point[]): Promise<string> {
  // Both packages are ES modules only; this file is CommonJS.
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'p50 latency at 1 client vs corpus size',
    width: 520,
    height: 320,
    data: { values: points },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'indicators',
        type: 'quantitative',
        scale: { type: 'log' },
        title: 'indicators in the graph (small / medium / large)',
      },
      y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'p50 latency (ms)' },
      color: { field: 'story', type: 'nominal' },
      strokeDash: { field: 'server', type: 'nominal' },
    },
  } as const;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}
