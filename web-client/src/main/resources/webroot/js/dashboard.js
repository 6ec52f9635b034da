// The nation's dashboard: its budget and what is still uncommitted, resources, forces, public
// support, the war's progress toward victory, its threat per adversary, affinities, objectives and
// briefing; the crises it was told of; the final scores when the exercise ends.

import { $, el, replaceChildren } from './dom.js';
import * as model from './model.js';
import { keyed, table } from './ui.js';

function figure(label, value, note) {
  return el('div', { class: 'figure' }, el('dt', {}, label), el('dd', {}, el('span', { class: 'figure-value' }, value),
    note ? el('span', { class: 'figure-note' }, ` ${note}`) : null));
}

/** A bar with its figure in words (a <meter> is read by screen readers; the words are for everyone). */
export function progressBar(label, value, max, mark) {
  const m = el('meter', { min: 0, max: max ?? 1, value: Math.max(0, value), 'aria-label': label });
  return el('div', { class: 'progress-row' }, el('span', { class: 'progress-label' }, label), m,
    el('span', { class: 'progress-text' }, mark));
}

export function renderScores(state, container, token) {
  const g = state.game;
  if (!g || !g.ended) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  keyed(container, JSON.stringify(g.ended), () => [
    el('h2', {}, 'Final scores'),
    el('p', {}, g.ended.reason || ''),
    el('ul', {}, (g.ended.outcomes || []).map((o) => el('li', {}, o))),
    table('Each nation against its private objectives', ['Nation', 'Points', 'Objectives'],
      (g.ended.scores || []).map((s) => ({
        attrs: { 'data-nation': s.nation, class: s.nation === state.role ? 'own' : null },
        cells: [model.nationName(state, s.nation), `${s.points} of ${s.possible}`,
          el('ul', { class: 'objective-results' }, (s.objectives || []).map((o) => el('li', {},
            el('strong', {}, o.met ? 'Met' : 'Not met'), ` (${o.weight}): ${o.text} — ${o.detail}`)))],
      }))),
    token ? el('p', { class: 'debrief' }, el('a', {
      id: 'review-link', href: `review.html#session=${encodeURIComponent(state.session)}&token=${encodeURIComponent(token)}`, target: '_blank', rel: 'noopener',
    }, 'Your nation\'s after-action review'), el('span', { class: 'hint' }, ' (opens once the white cell opens the review to the players)')) : null,
  ]);
}

export function renderDashboard(state, container) {
  const g = state.game;
  if (!g || !g.you) return;
  const you = g.you;
  const coalitions = model.myCoalitions(state);
  const key = JSON.stringify([you, coalitions, g.nations, g.seats, g.victoryAt, state.crises, g.clock.turn, g.offers]);
  keyed(container, key, () => {
    const me = (g.nations || []).find((n) => n.id === state.role) || {};
    const free = model.uncommitted(state);
    const parts = [];
    parts.push(el('section', { class: 'dash-block', 'aria-labelledby': 'dash-figures-h' },
      el('h3', { id: 'dash-figures-h' }, 'Your figures'),
      el('dl', { class: 'figures', id: 'dash-figures' },
        figure('Budget this turn', `${you.budget} units`, `(${free} uncommitted)`),
        figure('Resources', `${you.resources}`, `× extraction ${model.fmt(you.extraction)}`),
        figure('Forces (military)', model.fmt(me.military)),
        figure('Public support', model.pct(you.publicSupport)),
        figure('Voice', model.fmt(you.voice), you.seatTurns ? `(${you.seatTurns} turn(s) seated)` : ''),
        figure('Conditions at most', model.fmt(you.maxConditionality), '(domestic constraint)'),
        figure('Costs / benefits so far', `${model.fmt(you.costs, 0)} / ${model.fmt(you.benefits, 0)}`),
        figure('Aid received', `${model.fmt(you.aidReceived, 0)} units`))));

    parts.push(el('section', { class: 'dash-block', 'aria-labelledby': 'dash-war-h' },
      el('h3', { id: 'dash-war-h' }, 'The war'),
      coalitions.length ? coalitions.map((c) => el('div', { class: 'war', 'data-coalition': c.id },
        el('p', { class: 'war-name' }, el('strong', {}, c.name), c.leader === state.role ? ' (you lead)' : ` (led by ${model.nationName(state, c.leader)})`),
        progressBar(`Progress toward victory`, c.progress / g.victoryAt, 1,
          `${model.fmt(c.progress)} of the ${model.fmt(g.victoryAt)} needed`)))
        : el('p', {}, 'You belong to no coalition.')));

    const threat = Object.entries(you.threat || {});
    parts.push(el('section', { class: 'dash-block', 'aria-labelledby': 'dash-threat-h' },
      el('h3', { id: 'dash-threat-h' }, 'Threat and affinity'),
      threat.length ? table('Threat each adversary poses to you', ['Adversary', 'Threat'],
        threat.map(([a, v]) => [model.anyName(state, a), model.fmt(v)])) : el('p', {}, 'No adversary threatens you.'),
      table('Your affinity toward each nation (−1 repulsion … +1 attraction)', ['Nation', 'Affinity'],
        Object.entries(you.affinity || {}).map(([n, v]) => [model.nationName(state, n), `${v >= 0 ? '+' : '−'}${model.fmt(Math.abs(v))}`]))));

    parts.push(el('section', { class: 'dash-block', 'aria-labelledby': 'dash-obj-h' },
      el('h3', { id: 'dash-obj-h' }, 'Your objectives (private)'),
      el('ul', { class: 'objectives' }, (you.objectives || []).map((o) => el('li', {},
        el('strong', {}, `${o.weight} pt${o.weight === 1 ? '' : 's'}`), ` ${o.text}`)))));

    parts.push(el('section', { class: 'dash-block', 'aria-labelledby': 'dash-crises-h' },
      el('h3', { id: 'dash-crises-h' }, 'Crises'),
      state.crises.length ? el('ul', { class: 'crisis-list', id: 'crisis-list' }, [...state.crises].reverse().map((c) => el('li', { class: 'crisis' },
        el('p', { class: 'crisis-title' }, c.title), el('p', { class: 'crisis-text' }, c.text),
        c.leaks.length ? el('ul', {}, c.leaks.map((l) => el('li', {}, `Leaked: ${l}`))) : null)))
        : el('p', { class: 'hint', id: 'crisis-list-empty' }, 'No crisis so far.')));

    parts.push(el('details', { class: 'dash-block briefing' },
      el('summary', {}, 'Your briefing and the scenario'),
      el('h3', {}, 'Briefing (private)'), el('p', { class: 'prose' }, you.briefing || ''),
      el('h3', {}, g.scenario ? `The situation, ${g.scenario.date || ''}` : 'The situation'),
      el('p', { class: 'prose' }, g.scenario ? g.scenario.briefing : ''),
      el('p', { class: 'hint' }, `Seated on the ${g.scenario ? g.scenario.councilName : 'council'}: ${(g.seats || []).map((n) => model.nationName(state, n)).join(', ') || 'nobody'}.`)));
    return parts;
  });
}

export function startDashboard(conn) {
  const container = $('dashboard');
  const scores = $('final-scores');
  const render = (s) => {
    renderDashboard(s, container);
    renderScores(s, scores, conn.token);
    // The banner shows the crisis announced live this turn; it goes when the turn moves on or the exercise ends.
    const latest = s.banner;
    const banner = $('crisis-banner');
    const key = latest ? String(latest.seq) : '';
    if (banner.dataset.seq !== key) {
      banner.dataset.seq = key;
      if (latest) replaceChildren(banner, el('strong', {}, `Crisis: ${latest.title}. `), latest.text);
      else replaceChildren(banner);
      banner.hidden = !latest;
    }
  };
  conn.on('state', render);
  render(conn.state);
}
