// The console's roster: who is connected per nation, from GET /api/v1/sessions/{id} with the
// facilitator token, polled every 5 seconds.

import { $, el, replaceChildren, timeOf } from './dom.js';

const EVERY_MS = 5000;

export function startRoster(conn) {
  const body = $('roster-body');
  const facilitators = $('roster-facilitators');
  const updated = $('roster-updated');
  const error = $('roster-error');
  let timer = null;

  async function poll() {
    const session = conn.state.session;
    if (!session) {
      timer = setTimeout(poll, 500);
      return;
    }
    try {
      const response = await fetch(`/api/v1/sessions/${encodeURIComponent(session)}`, {
        headers: { Authorization: `Bearer ${conn.token}`, Accept: 'application/json' },
        cache: 'no-store',
      });
      const json = await response.json().catch(() => null);
      if (!response.ok) {
        const msg = json && json.error ? json.error.message : `The server answered ${response.status}.`;
        error.textContent = `Roster not updated: ${msg}`;
      } else {
        error.textContent = '';
        render(json);
      }
    } catch {
      error.textContent = 'Roster not updated: the server cannot be reached. Retrying…';
    }
    timer = setTimeout(poll, EVERY_MS);
  }

  function render(s) {
    replaceChildren(body, (s.nations || []).map((n) => {
      const count = Number(n.connected) || 0;
      return el('tr', { 'data-nation': n.id },
        el('th', { scope: 'row' }, n.name),
        el('td', { class: count ? 'online' : 'offline' },
          count ? `${count} connected` : 'not connected'));
    }));
    const f = Number(s.facilitatorsConnected) || 0;
    facilitators.textContent = `${f} facilitator${f === 1 ? '' : 's'} connected`;
    updated.textContent = `Updated ${timeOf(Date.now())}`;
  }

  poll();
  return () => clearTimeout(timer);
}
