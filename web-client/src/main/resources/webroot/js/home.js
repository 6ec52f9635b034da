// The home page: what Entente is, the scenarios, and starting a session with the admin key.
// Nothing is stored: the admin key goes with the one request, and the links are shown once.

import { $, copyText, el, replaceChildren, show } from './dom.js';
import { renderSheet } from './invite-sheet.js';
import { plainMessage } from './ui.js';

const ui = {
  list: $('scenario-list'),
  listError: $('scenarios-error'),
  form: $('start-form'),
  scenario: $('scenario'),
  scenarioError: $('scenario-error'),
  key: $('admin-key'),
  keyError: $('admin-key-error'),
  button: $('start-button'),
  error: $('start-error'),
  status: $('start-status'),
  created: $('created'),
  summary: $('created-summary'),
  facilitator: $('facilitator-link'),
  invites: $('invite-list'),
  copyStatus: $('copy-status'),
};

/** Which form control an API error's field names. */
const FIELDS = {
  scenario: [ui.scenario, ui.scenarioError],
  Authorization: [ui.key, ui.keyError],
};

async function loadScenarios() {
  try {
    const response = await fetch('/api/v1/scenarios', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    const scenarios = await response.json();
    replaceChildren(ui.list, scenarios.map((s) => el('li', { class: 'scenario', 'data-scenario': s.id },
      el('h3', {}, s.title),
      el('p', {}, s.summary || ''),
      el('p', { class: 'roles' }, el('span', { class: 'roles-label' }, 'Roles: '),
        (s.roles || []).map((r) => r.name).join(' · ')))));
    replaceChildren(ui.scenario, scenarios.map((s) => el('option', { value: s.id }, s.title)));
    if (!scenarios.length) replaceChildren(ui.scenario, el('option', { value: '' }, 'No scenarios on this server'));
  } catch (e) {
    ui.listError.textContent = `The scenarios could not be loaded: ${e.message}`;
    replaceChildren(ui.scenario, el('option', { value: '' }, 'Scenarios unavailable'));
  } finally {
    ui.list.setAttribute('aria-busy', 'false');
  }
}

function clearErrors() {
  ui.error.textContent = '';
  for (const [field, message] of Object.values(FIELDS)) {
    message.textContent = '';
    field.removeAttribute('aria-invalid');
  }
}

/** Shows an error next to the field it names (or under the form), in words. */
function showError(message, field) {
  const target = FIELDS[field];
  if (target) {
    target[0].setAttribute('aria-invalid', 'true');
    target[1].textContent = message;
    target[0].focus();
  } else {
    ui.error.textContent = field ? `${message} (field: ${field})` : message;
  }
}

function safeLink(href) {
  try {
    const url = new URL(href, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

let copyCount = 0;
function linkRow(label, href, id) {
  const url = safeLink(href) || '';
  const fieldId = `link-${id}-${++copyCount}`;
  const field = el('input', { id: fieldId, type: 'text', readonly: true, class: 'link-field', value: url, 'aria-label': `Link for ${label}` });
  const copy = el('button', { type: 'button', class: 'secondary copy', 'data-copy': fieldId }, 'Copy link');
  copy.append(el('span', { class: 'sr-only' }, ` for ${label}`));
  copy.addEventListener('click', async () => {
    const ok = await copyText(url, field);
    ui.copyStatus.textContent = ok ? `Copied the link for ${label}.` : `Select the link for ${label} and copy it (Ctrl+C).`;
  });
  return el('div', { class: 'link-row', 'data-role': id },
    el('p', { class: 'link-label' }, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label)),
    el('div', { class: 'link-tools' }, field, copy));
}

let created = null;
$('sheet-prepare').addEventListener('click', async () => {
  if (!created) return;
  $('sheet-error').textContent = '';
  try {
    await renderSheet($('invite-sheet'), created.title, (created.invites || [])
      .map((inv) => ({ role: inv.role, name: inv.name, link: safeLink(inv.link) })).filter((e) => e.link));
    $('sheet-print').hidden = false;
    $('sheet-print').focus();
  } catch (err) {
    $('sheet-error').textContent = `No sheet: ${err.message}`;
  }
});
$('sheet-print').addEventListener('click', () => window.print());

function showCreated(s) {
  created = s;
  ui.summary.textContent = `“${s.title}” is running as session ${s.id}.`;
  replaceChildren(ui.facilitator, linkRow('White cell console', s.facilitatorLink, 'facilitator'));
  replaceChildren(ui.invites, (s.invites || []).map((inv) => el('li', {}, linkRow(inv.name, inv.link, inv.role))));
  show(ui.created, true);
  ui.created.focus();
}

ui.form.addEventListener('submit', async (e) => {
  e.preventDefault();
  clearErrors();
  if (!ui.scenario.value) {
    showError('Choose a scenario.', 'scenario');
    return;
  }
  if (!ui.key.value) {
    showError('Enter the admin key the server printed when it started.', 'Authorization');
    return;
  }
  ui.button.disabled = true;
  ui.status.textContent = 'Creating the session…';
  try {
    const response = await fetch('/api/v1/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${ui.key.value}` },
      body: JSON.stringify({ scenario: ui.scenario.value }),
      cache: 'no-store',
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const err = json && json.error ? json.error : { message: `The server answered ${response.status}.` };
      ui.status.textContent = '';
      showError(plainMessage(err) || err.code, err.field);
      return;
    }
    ui.key.value = '';
    ui.status.textContent = 'Session created.';
    showCreated(json);
  } catch (err) {
    ui.status.textContent = '';
    showError(`The server could not be reached: ${err.message}`);
  } finally {
    ui.button.disabled = false;
  }
});

loadScenarios();
