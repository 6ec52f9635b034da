// The player's page: one nation's view of the session's channels.
import { startSessionPage } from './session-page.js';

startSessionPage('play');
