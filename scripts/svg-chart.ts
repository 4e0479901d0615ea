/** A line chart as a hand-written SVG string (no chart library: the report must build offline, headless). */
export interface Series {
  name: string;
  points: [number, number][];
  color: string;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  yMin: number;
  yMax: number;
  /** A dashed horizontal line (a target), with its label. */
  target?: { y: number; label: string };
  xTicks: number[];
  yTicks: number[];
  formatY?: (y: number) => string;
  formatX?: (x: number) => string;
}

const W = 800;
const H = 360;
const M = { left: 64, right: 200, top: 40, bottom: 48 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Renders the chart. */
export function lineChart(c: ChartSpec): string {
  const xs = c.series.flatMap((s) => s.points.map((p) => p[0]));
  const [x0, x1] = [Math.min(...xs, ...c.xTicks), Math.max(...xs, ...c.xTicks)];
  const px = (x: number) => M.left + ((x - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y: number) =>
    Math.round((H - M.bottom - ((y - c.yMin) / (c.yMax - c.yMin)) * (H - M.top - M.bottom)) * 10) / 10;
  const fy = c.formatY ?? String;
  const fx = c.formatX ?? String;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2 - M.right / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(c.title)}</text>`,
  ];
  for (const y of c.yTicks)
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${py(y) + 4}" text-anchor="end">${esc(fy(y))}</text>`,
    );
  for (const x of c.xTicks)
    out.push(`<text x="${px(x)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(fx(x))}</text>`);
  out.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">${esc(c.xLabel)}</text>`,
    `<text x="16" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(M.top + H - M.bottom) / 2})">${esc(c.yLabel)}</text>`,
  );
  if (c.target)
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(c.target.y)}" y2="${py(c.target.y)}" stroke="#c00" stroke-dasharray="6 4"/>`,
      `<text x="${M.left + 6}" y="${py(c.target.y) - 5}" fill="#c00">${esc(c.target.label)}</text>`,
    );
  c.series.forEach((s, i) => {
    const d = s.points.map((p, k) => `${k ? 'L' : 'M'}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
    for (const p of s.points)
      out.push(`<circle cx="${px(p[0]).toFixed(1)}" cy="${py(p[1]).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = M.top + 20 + i * 20;
    out.push(
      `<line x1="${W - M.right + 6}" x2="${W - M.right + 26}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2.5"/>`,
      `<text x="${W - M.right + 32}" y="${ly + 4}">${esc(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
