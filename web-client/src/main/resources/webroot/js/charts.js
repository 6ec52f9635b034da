// Line charts over turns with uPlot (the WebJar, loaded by a <script src> as the global `uPlot`), each
// with its figures as a table for screen readers (and for anyone, at the press of a button). Series
// differ by dash pattern and point shape as well as colour: no information is carried by colour alone.

import { el, replaceChildren } from './dom.js';
import { nextId } from './ui.js';

const COLOURS = ['#0047b3', '#a4000f', '#0b5d1e', '#7a3e00', '#5a1a8c', '#00616b', '#3b4049', '#b3006b'];
const DASHES = [[], [10, 5], [3, 4], [12, 4, 3, 4], [1, 3], [16, 6]];

/**
 * Draws a chart into `host` (replacing what was there).
 * @param {{title: string, turns: number[], series: {label: string, values: (number|null)[]}[],
 *          range?: [number, number], format?: (v: number) => string, id?: string}} spec
 */
export function lineChart(host, spec) {
  const format = spec.format || ((v) => (v === null || v === undefined ? '—' : Number(v).toFixed(2)));
  const captionId = nextId('chart-cap');
  const plotBox = el('div', { class: 'chart-plot', 'aria-hidden': 'true' });
  const tableId = nextId('chart-table');
  const tbl = el('table', { class: 'data chart-table' },
    el('caption', {}, `${spec.title}: the figures`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Turn'), spec.series.map((s) => el('th', { scope: 'col' }, s.label)))),
    el('tbody', {}, spec.turns.map((t, i) => el('tr', {}, el('th', { scope: 'row' }, String(t)),
      spec.series.map((s) => el('td', {}, format(s.values[i])))))));
  // The table sits in a box that is visually hidden (still read by screen readers) until asked for.
  const box = el('div', { class: 'chart-table-box sr-only', id: tableId }, tbl);
  const toggle = el('button', { type: 'button', class: 'secondary small', 'aria-controls': tableId, 'aria-expanded': 'false' }, 'Show the figures as a table');
  toggle.addEventListener('click', () => {
    const open = box.classList.toggle('sr-only') === false;
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    toggle.textContent = open ? 'Hide the table' : 'Show the figures as a table';
  });
  const figure = el('figure', { class: 'chart', 'aria-labelledby': captionId, 'data-chart': spec.id || '' },
    el('figcaption', { id: captionId }, spec.title), plotBox, toggle, box);
  replaceChildren(host, figure);

  const U = globalThis.uPlot;
  if (!U || !spec.turns.length) {
    plotBox.append(el('p', { class: 'hint' }, spec.turns.length ? 'The chart cannot be drawn here; the table below holds its figures.' : 'No figures yet.'));
    if (spec.turns.length) box.classList.remove('sr-only');
    return null;
  }
  const width = () => Math.max(300, Math.min(900, (host.clientWidth || 640) - 8));
  const opts = {
    width: width(),
    height: 260,
    scales: {
      x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] },
      y: spec.range ? { range: spec.range } : { auto: true },
    },
    axes: [
      { label: 'Turn', incrs: [1], values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? String(v) : '')), stroke: '#0b0c0e', grid: { stroke: '#d9dce1' } },
      { stroke: '#0b0c0e', grid: { stroke: '#d9dce1' }, values: (u, vals) => vals.map((v) => format(v)) },
    ],
    series: [{ label: 'Turn' }, ...spec.series.map((s, i) => ({
      label: s.label,
      stroke: COLOURS[i % COLOURS.length],
      width: 3,
      dash: DASHES[i % DASHES.length],
      points: { show: true, size: 9, fill: i % 2 ? '#ffffff' : COLOURS[i % COLOURS.length] },
      value: (u, v) => format(v),
      spanGaps: true,
    }))],
    legend: { show: true },
    cursor: { show: true, points: { show: false } },
  };
  const data = [spec.turns, ...spec.series.map((s) => s.values.map((v) => (v === undefined ? null : v)))];
  const plot = new U(opts, data, plotBox);
  if (typeof ResizeObserver === 'function') {
    let last = opts.width;
    new ResizeObserver(() => {
      const w = width();
      if (host.clientWidth && Math.abs(w - last) > 8) {
        last = w;
        plot.setSize({ width: w, height: 260 });
      }
    }).observe(host);
  }
  return plot;
}
