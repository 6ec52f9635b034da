// The facilitator's (white cell's) console: every channel live, and the roster.
import { startSessionPage } from './session-page.js';
import { startRoster } from './roster.js';

startSessionPage('console', (conn) => startRoster(conn));
