// The turn report: contribution and intensity, the war's move, each estimate with the framework's
// recommended strategy, failure and explanation, the burden table with its flags, what became of the
// offers, the council's decisions, notes — and charts over turns: soft power toward and from each
// partner (the estimates), contributions, and burden shares.

import { $, el, replaceChildren } from './dom.js';
import * as model from './model.js';
import { lineChart } from './charts.js';
import { keyed, options, table } from './ui.js';

function estimateLabel(state, e) {
  return e.direction === 'yours'
    ? `Your pull on ${model.nationName(state, e.partner)}`
    : `${model.nationName(state, e.leader)}'s pull on you`;
}

/** The head of a report: figures and notes (shared with the console, which shows any nation's). */
export function reportSummary(state, r, nation = state.role) {
  const name = model.nationName(state, nation);
  const own = nation === state.role;
  return [
    el('h3', {}, `Turn ${r.turn} report${own ? '' : ` of ${name}`}`),
    el('dl', { class: 'figures', id: own ? 'report-figures' : null },
      el('div', { class: 'figure' }, el('dt', {}, 'Contribution'), el('dd', {}, `${model.fmt(r.contribution, 1)} points`)),
      el('div', { class: 'figure' }, el('dt', {}, 'Counted (after intensity)'), el('dd', {}, `${model.fmt(r.effective, 1)} points`)),
      el('div', { class: 'figure' }, el('dt', {}, 'Compliance intensity'), el('dd', {}, model.fmt(r.intensity))),
      el('div', { class: 'figure' }, el('dt', {}, 'The war'), el('dd', {}, `${model.fmt(r.progress)} of ${model.fmt(r.victoryAt)}`)),
      el('div', { class: 'figure' }, el('dt', {}, 'Budget next turn'), el('dd', {}, `${r.budgetNext} units`))),
    el('h4', {}, 'Notes'),
    el('ul', { class: 'report-notes' }, (r.notes || []).map((n) => el('li', {}, n))),
  ];
}

/** The rest of a report: estimates with the framework's reasoning, burden, offers, decisions. */
export function reportDetails(state, r, nation = state.role) {
  return [
    el('h4', {}, 'Estimates (as your intelligence reads them)'),
    (r.estimates || []).length ? el('ul', { class: 'estimates' }, r.estimates.map((e) => el('li', { class: 'estimate', 'data-partner': e.partner, 'data-direction': e.direction },
      el('p', { class: 'estimate-head' }, el('strong', {}, estimateLabel(state, e)), `: soft power ${model.fmt(e.estimate)} · recommended `,
        el('strong', {}, model.words(e.recommended)), ' · failure ', el('strong', { class: e.failure && e.failure !== 'NONE' ? 'flag' : '' }, model.words(e.failure))),
      el('ul', { class: 'explanation' }, (e.explanation || []).map((x) => el('li', {}, x))))))
      : el('p', { class: 'hint' }, 'No estimate this turn.'),
    el('h4', {}, 'Burden-sharing (whole exercise so far)'),
    table(null, ['Nation', 'Share of costs', 'Share of benefits', 'Flag'],
      (r.burden || []).map((b) => ({
        attrs: { class: b.nation === nation ? 'own' : null, 'data-nation': b.nation },
        cells: [model.nationName(state, b.nation), model.pct(b.costShare), model.pct(b.benefitShare),
          b.flag ? el('strong', { class: 'flag' }, b.flag) : '—'],
      }))),
    el('h4', {}, 'Offers'),
    (r.offers || []).length ? el('ul', { class: 'report-offers' }, r.offers.map((o) => el('li', { 'data-offer': o.offer },
      el('strong', { class: `status status-${o.status}` }, o.status), ` — ${o.note}`)))
      : el('p', { class: 'hint' }, 'No offer was settled this turn.'),
    el('h4', {}, 'Council decisions'),
    (r.decisions || []).length ? el('ul', {}, r.decisions.map((d) => el('li', {}, d))) : el('p', { class: 'hint' }, 'None adopted.'),
  ];
}

/** The series for the charts of one nation's reports. */
export function reportSeries(state, reports, nation = state.role) {
  const turns = reports.map((r) => r.turn);
  const keys = [];
  for (const r of reports) {
    for (const e of r.estimates || []) {
      const k = `${e.direction}|${e.leader}|${e.partner}`;
      if (!keys.includes(k)) keys.push(k);
    }
  }
  const soft = keys.map((k) => {
    const [direction, leader, partner] = k.split('|');
    return {
      label: direction === 'yours' ? `toward ${model.nationName(state, partner)}`
        : `${model.nationName(state, leader)} → ${nation === state.role ? 'you' : model.nationName(state, partner)}`,
      values: reports.map((r) => {
        const e = (r.estimates || []).find((x) => x.direction === direction && x.leader === leader && x.partner === partner);
        return e ? e.estimate : null;
      }),
    };
  });
  const burdenOf = (r) => (r.burden || []).find((b) => b.nation === nation) || {};
  return {
    turns,
    soft,
    contributions: [
      { label: 'Contribution (points)', values: reports.map((r) => r.contribution) },
      { label: 'Counted after intensity', values: reports.map((r) => r.effective) },
    ],
    burden: [
      { label: 'Share of costs', values: reports.map((r) => burdenOf(r).costShare ?? null) },
      { label: 'Share of benefits', values: reports.map((r) => burdenOf(r).benefitShare ?? null) },
    ],
  };
}

export function drawReportCharts(state, reports, hosts, nation = state.role) {
  const s = reportSeries(state, reports, nation);
  lineChart(hosts.soft, { id: 'soft-power', title: 'Soft power over turns (your estimates)', turns: s.turns, series: s.soft, range: [-1, 1] });
  lineChart(hosts.contrib, { id: 'contributions', title: 'Your contribution over turns', turns: s.turns, series: s.contributions, format: (v) => (v === null ? '—' : Number(v).toFixed(1)) });
  lineChart(hosts.burden, { id: 'burden', title: 'Your shares of the coalition\'s costs and benefits', turns: s.turns, series: s.burden, range: [0, 1], format: (v) => (v === null ? '—' : `${Math.round(v * 100)}%`) });
}

export class ReportView {
  constructor(conn) {
    this.conn = conn;
    this.select = $('report-turn');
    this.body = $('report-body');
    this.details = $('report-details');
    this.hosts = { soft: $('chart-soft'), contrib: $('chart-contrib'), burden: $('chart-burden') };
    this.chartKey = null;
    this.shownTurns = 0;
    this.select.addEventListener('change', () => this.render(this.conn.state, true));
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  render(state, force = false) {
    const reports = model.reportsOf(state);
    const none = $('report-none');
    none.hidden = reports.length > 0;
    $('report-content').hidden = reports.length === 0;
    if (!reports.length) return;
    const items = [...reports].reverse().map((r) => ({ value: String(r.turn), label: `Turn ${r.turn}` }));
    const grew = reports.length !== this.shownTurns;
    options(this.select, items, !grew);
    if (grew) this.select.value = items[0].value; // a new report shows itself
    this.shownTurns = reports.length;
    const r = reports.find((x) => String(x.turn) === this.select.value) || reports[reports.length - 1];
    keyed(this.body, JSON.stringify([r, state.nations]), () => reportSummary(state, r));
    keyed(this.details, JSON.stringify([r, state.nations]), () => reportDetails(state, r));
    const key = JSON.stringify(reports);
    if (force || key !== this.chartKey) {
      this.chartKey = key;
      drawReportCharts(state, reports, this.hosts);
    }
  }
}

export function startReport(conn) {
  return new ReportView(conn);
}
