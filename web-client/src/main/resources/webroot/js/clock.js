// The phase and its countdown, by the server's deadline (epoch ms). The countdown ticks every second
// in a role=timer (not read aloud each second); phase changes are read by the announcer.

import { $, el, replaceChildren } from './dom.js';
import { PHASE_LABEL } from './model.js';

/** "7:05", "1:02:03" from milliseconds (never negative). */
export function mmss(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function startClock(conn, now = () => Date.now()) {
  const phase = $('clock-phase');
  const left = $('clock-left');
  const bar = $('clock-bar');
  let clock = null;
  let turns = 0;

  function tick() {
    if (!clock) return;
    if (clock.phase === 'lobby' || clock.phase === 'ended' || !clock.deadline && !clock.paused) {
      left.textContent = '';
      return;
    }
    const ms = clock.paused ? clock.remainingWhenPaused : clock.deadline - now();
    left.textContent = clock.paused ? `Paused · ${mmss(ms)} left` : `${mmss(ms)} left`;
    left.dataset.urgent = !clock.paused && ms < 60000 ? 'true' : 'false';
  }

  function render(state) {
    const g = state.game;
    if (!g) return;
    clock = g.clock;
    turns = g.turns;
    bar.dataset.phase = clock.phase;
    bar.dataset.paused = clock.paused ? 'true' : 'false';
    const label = PHASE_LABEL[clock.phase] || clock.phase;
    if (clock.phase === 'lobby') replaceChildren(phase, 'Lobby: waiting for the white cell to start the exercise');
    else if (clock.phase === 'ended') replaceChildren(phase, 'The exercise has ended');
    else {
      replaceChildren(phase, el('span', { class: 'turn' }, `Turn ${clock.turn} of ${turns}`), ' · ',
        el('strong', { class: 'phase-name' }, `${label} phase`), clock.paused ? el('span', { class: 'paused-tag' }, ' · PAUSED') : null);
    }
    tick();
  }

  conn.on('state', render);
  render(conn.state);
  setInterval(tick, 1000);
}
