import type { Chart, ChartDataset } from 'chart.js';

/** What a page draws: a line or bar chart of labelled series, with its own y scale (and x, when stacked). */
export interface ChartSpec {
  type: 'line' | 'bar';
  labels: string[];
  datasets: ChartDataset<'line' | 'bar', (number | null)[]>[];
  scales?: Record<string, unknown>;
}

/**
 * Draws `spec` on `canvas`: the chart already bound to the canvas gets the new labels and series, else
 * one is made. chart.js loads on first use (it stays out of the pages that draw nothing). The check for a
 * bound chart runs after the import with no await in between, so two draws racing for one canvas make
 * one chart, not a "canvas already in use" error.
 */
export async function renderChart(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<Chart> {
  const { default: ChartJs } = await import('chart.js/auto');
  const bound = ChartJs.getChart(canvas);
  if (bound) {
    bound.data.labels = spec.labels;
    bound.data.datasets = spec.datasets as typeof bound.data.datasets;
    bound.update();
    return bound;
  }
  return new ChartJs(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: spec.datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: spec.scales ?? { y: { beginAtZero: true } },
    },
  } as never);
}
