// The player's page: one nation's view of the session — its channels, and the exercise: dashboard,
// offers and threats, the council, orders, turn reports with charts, and the final scores.
import { startSessionPage } from './session-page.js';
import { startClock } from './clock.js';
import { startDashboard } from './dashboard.js';
import { startOffers } from './offers.js';
import { startCouncil } from './council.js';
import { startOrders } from './orders.js';
import { startReport } from './report.js';
import { announcerOn, tabs } from './ui.js';
import { $ } from './dom.js';

startSessionPage('play', (conn) => {
  $('game').hidden = false;
  const tabbar = tabs($('game-tabs'));
  announcerOn(conn);
  startClock(conn);
  startDashboard(conn);
  startOffers(conn);
  startCouncil(conn);
  startOrders(conn);
  startReport(conn);
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
