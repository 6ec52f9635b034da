// The facilitator's (white cell's) console: every channel live, the roster, and the exercise's
// controls — clock, true figures beside the estimates, injects, overrides, announcements and notes,
// invites, every nation's reports and charts.
import { startSessionPage } from './session-page.js';
import { startRoster } from './roster.js';
import { startClock } from './clock.js';
import { startWhiteCell } from './whitecell.js';
import { announcerOn, tabs } from './ui.js';
import { startSchedule } from './schedule.js';
import { $ } from './dom.js';

startSessionPage('console', (conn) => {
  startRoster(conn);
  startClock(conn);
  startSchedule(conn);
  announcerOn(conn);
  // The white cell's forms list the session's nations: build them once the first snapshot is in.
  let started = false;
  const begin = (s) => {
    if (started || !s.game) return;
    started = true;
    $('wc-game').hidden = false;
    tabs($('wc-tabs'));
    startWhiteCell(conn);
  };
  conn.on('state', begin);
  begin(conn.state);
});
