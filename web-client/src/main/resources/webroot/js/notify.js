// Opt-in browser notifications for a player whose tab is in the background: an offer received or
// answered, a crisis, a new phase, a council decision, an override of its figures, the end. Off until
// the player presses the button (the browser then asks); the choice is remembered on this computer.

import { $ } from './dom.js';

const KEY = 'entente.notify';
const KINDS = new Set(['offer', 'crisis', 'phase', 'council', 'override', 'ended', 'report']);

export function startNotifications(conn) {
  const button = $('notify-toggle');
  if (!button || typeof Notification === 'undefined') return;
  button.hidden = false;
  let on = localStorage.getItem(KEY) === 'on' && Notification.permission === 'granted';
  const show = () => {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = on ? 'Notifications on' : 'Notify me when something arrives';
  };
  show();
  button.addEventListener('click', async () => {
    if (on) {
      on = false;
      localStorage.setItem(KEY, 'off');
    } else {
      const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
      on = permission === 'granted';
      localStorage.setItem(KEY, on ? 'on' : 'off');
      if (!on) button.title = 'The browser blocks notifications for this page: allow them in its site settings.';
    }
    show();
  });
  // News is made by events only (never by a snapshot), so nothing old pops up on opening.
  let seen = -1;
  conn.on('state', (s) => {
    const fresh = (s.news || []).filter((n) => n.seq !== null && n.seq > seen);
    if (!fresh.length) return;
    seen = fresh[fresh.length - 1].seq;
    if (!on || !document.hidden) return;
    for (const n of fresh.filter((x) => KINDS.has(x.kind)).slice(-3)) {
      try {
        new Notification(`Entente · ${s.title || 'exercise'}`, { body: n.text, tag: `entente-${n.seq}` });
      } catch { /* a browser that refuses page notifications: the announcer still shows it */ }
    }
  });
}
