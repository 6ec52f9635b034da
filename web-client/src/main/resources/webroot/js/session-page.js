// What the player's page and the console share: take the token from the link, ask for an optional
// display name (remembered on this computer), then connect and show the workspace.

import { Connection } from './connection.js';
import { ChatView } from './chat-view.js';
import { $, show } from './dom.js';
import { markJoined, rememberName, rememberedName, takeToken, wasJoined } from './token.js';

/**
 * @param {'play'|'console'} page
 * @param {(conn: Connection, view: ChatView) => void} [onStarted]
 */
export function startSessionPage(page, onStarted) {
  const token = takeToken(page);
  const joinPanel = $('join-panel');
  const form = $('join-form');
  const nameField = $('display-name');
  const error = $('page-error');

  if (!token) {
    show(joinPanel, false);
    error.textContent = page === 'play'
      ? 'This page needs an invite link (it ends in #token=…). Ask your facilitator for your nation\'s link.'
      : 'This page needs the facilitator link (it ends in #token=…) that was shown when the session was created.';
    show(error, true);
    return;
  }

  const begin = (name) => {
    show(joinPanel, false);
    markJoined(page);
    const conn = new Connection({ token, name });
    const view = new ChatView(conn, { mode: page === 'play' ? 'player' : 'console', displayName: name });
    view.start();
    conn.start();
    if (onStarted) onStarted(conn, view);
  };

  nameField.value = rememberedName();
  if (wasJoined(page)) {
    begin(nameField.value.trim());
    return;
  }
  show(joinPanel, true);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = nameField.value.trim();
    rememberName(name);
    begin(name);
    // The join form is gone: put the keyboard where the work is rather than leave it nowhere.
    $('compose-text').focus();
  });
  nameField.focus();
}
