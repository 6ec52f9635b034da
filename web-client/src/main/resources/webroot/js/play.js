// The player's page: one nation's view of the session — its channels, and the exercise: dashboard,
// offers and threats, the council, orders, turn reports with charts, and the final scores.
import { startSessionPage } from './session-page.js';
import { startClock } from './clock.js';
import { startDashboard } from './dashboard.js';
import { startOffers } from './offers.js';
import { startCouncil } from './council.js';
import { startOrders } from './orders.js';
import { startStances } from './stances.js';
import { startReport } from './report.js';
import { announcerOn, tabs } from './ui.js';
import { startSchedule } from './schedule.js';
import { $, el, replaceChildren } from './dom.js';
import { startNotifications } from './notify.js';

/** What waits for this nation: offers to answer, and (seated) proposals of this turn it has not voted on. */
function waiting(s) {
  const g = s.game;
  if (!g) return { offers: 0, council: 0 };
  const offers = (g.offers || []).filter((o) => o.to === s.role && o.status === 'pending').length;
  const council = (g.seats || []).includes(s.role)
    ? (g.proposals || []).filter((p) => p.status === 'pending' && p.turn === g.clock.turn && !(p.votes && s.role in p.votes)).length : 0;
  return { offers, council };
}

/** A tab's badge: the count beside its name, read as ", 2 waiting". */
function badge(tab, label, count) {
  const key = String(count);
  if (tab.dataset.badge === key) return;
  tab.dataset.badge = key;
  replaceChildren(tab, label, count ? el('span', { class: 'tab-badge' }, String(count), el('span', { class: 'sr-only' }, ' waiting')) : null);
}

startSessionPage('play', (conn) => {
  $('game').hidden = false;
  const tabbar = tabs($('game-tabs'));
  announcerOn(conn);
  startClock(conn);
  startDashboard(conn);
  startOffers(conn);
  startCouncil(conn);
  startOrders(conn);
  startStances(conn);
  startReport(conn);
  startNotifications(conn);
  startSchedule(conn);
  conn.on('state', (s) => {
    const w = waiting(s);
    badge($('tab-offers'), 'Offers', w.offers);
    badge($('tab-council'), 'Council', w.council);
  });
  // The phase brings its tab forward once (the player may move elsewhere at once).
  let lastPhase = null;
  conn.on('state', (s) => {
    const phase = s.game && s.game.clock ? `${s.game.clock.turn}:${s.game.clock.phase}` : null;
    if (!phase || phase === lastPhase) return;
    const first = lastPhase === null;
    lastPhase = phase;
    if (first) return;
    const p = s.game.clock.phase;
    if (p === 'orders') tabbar.select('orders');
    else if (p === 'reports') tabbar.select('report');
    else if (p === 'council' && s.game.seats.includes(s.role)) tabbar.select('council');
  });
});
