// The phase schedule of the whole exercise: every turn's four phases with their lengths, where the
// clock stands, and about when each later turn begins (from the current deadline and the lengths).

import { el } from './dom.js';
import * as model from './model.js';
import { keyed, table } from './ui.js';

const PHASES = ['negotiation', 'council', 'orders', 'reports'];

function minutes(seconds) {
  return seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds / 60} min`;
}

function clockTime(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** The schedule as a table, or null when the scenario gives no phase lengths. `now` is the time to count from. */
export function scheduleTable(state, now) {
  const g = state.game;
  const lengths = g && g.scenario && g.scenario.phases;
  if (!lengths) return null;
  const turnSeconds = PHASES.reduce((n, p) => n + lengths[p], 0);
  const { turn, phase, deadline, paused, remainingWhenPaused } = g.clock;
  const running = PHASES.includes(phase);
  // When the next turn begins: what is left of this phase, then the rest of this turn's phases.
  let next = null;
  if (running && !paused && deadline) {
    const left = Math.max(0, deadline - now);
    next = now + left + PHASES.slice(PHASES.indexOf(phase) + 1).reduce((n, p) => n + lengths[p] * 1000, 0);
  } else if (running && paused) {
    next = null;
  }
  const rows = [];
  for (let t = 1; t <= g.turns; t++) {
    let when = '';
    if (phase === 'ended') when = t <= turn ? 'played' : 'not played';
    else if (!running) when = t === 1 ? 'when the white cell starts' : '';
    else if (t < turn) when = 'played';
    else if (t === turn) when = `now: ${(model.PHASE_LABEL[phase] || phase).toLowerCase()}${paused ? ' (paused)' : ''}`;
    else if (next !== null) when = `about ${clockTime(next + (t - turn - 1) * turnSeconds * 1000)}`;
    else if (paused && remainingWhenPaused !== undefined) when = 'after the pause';
    rows.push({ attrs: { 'data-turn': String(t), class: t === turn && running ? 'current' : null },
      cells: [`Turn ${t}`, ...PHASES.map((p) => (t === turn && p === phase ? el('strong', {}, minutes(lengths[p])) : minutes(lengths[p]))), when] });
  }
  const caption = `The schedule: ${g.turns} turns of ${minutes(turnSeconds)}${g.scenario.turnRepresents ? `, each about ${g.scenario.turnRepresents}` : ''}`;
  return table(caption, ['Turn', 'Negotiation', 'Council', 'Orders', 'Reports', 'Begins'], rows);
}

/** Keeps the page's schedule (details#schedule > #schedule-body) current: when the clock moves, and each minute. */
export function startSchedule(conn) {
  const body = document.getElementById('schedule-body');
  if (!body) return;
  const draw = () => {
    const s = conn.state;
    if (!s.game) return;
    const c = s.game.clock;
    keyed(body, JSON.stringify([c, Math.floor(Date.now() / 60000)]), () => scheduleTable(s, Date.now()) || el('p', { class: 'hint' }, 'No schedule.'));
    document.getElementById('schedule').hidden = false;
  };
  conn.on('state', draw);
  setInterval(draw, 30000);
  draw();
}
