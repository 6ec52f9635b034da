// The debrief (debrief.html#session=…&token=…; docs/debrief.md): the scenario's learning objectives judged
// over the session's log, with the hot-wash questions beside the evidence; the leader's estimates against
// the truth; a what-if at any recorded decision, re-adjudicated by the server's engine and never written to
// the log; and several syndicates (sessions of the same scenario) side by side, turn by turn, on the lessons.
// Tokens leave the address bar for this tab's sessionStorage (the review page's, if it came from there).
// Every text from the API goes in as a text node.

import { el, replaceChildren, $, show } from './dom.js';

const VERDICT_WORDS = { MET: 'Met', NOT_MET: 'Not met', NOT_TESTED: 'Not tested' };
const INSTRUMENTS = ['sidePayment', 'bolstering', 'conditionality', 'coercion'];
const page = { session: null, token: null, debrief: null, syndicates: [] };

function words(name) {
  if (!name) return '—';
  if (name === 'NONE') return 'none';
  return String(name).toLowerCase().replace(/_/g, ' ');
}

function num(v, digits = 2) {
  return v === null || v === undefined ? '—' : Number(v).toFixed(digits);
}

function verdictBadge(v, text) {
  return el('span', { class: 'verdict', 'data-verdict': v }, text || VERDICT_WORDS[v] || v);
}

function reviewLink(position, label) {
  return el('a', { href: `review.html#session=${encodeURIComponent(page.session)}&at=${position}` }, label);
}

/** Session and token from the fragment (or from the review page's storage in this tab); extra syndicates too. */
function readLink() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const session = params.get('session') || sessionStorage.getItem('entente.review.session');
  const token = params.get('token');
  if (token) {
    sessionStorage.setItem('entente.review.token', token);
  }
  if (session) sessionStorage.setItem('entente.review.session', session);
  const extra = params.getAll('with');
  if (extra.length) {
    const kept = JSON.parse(sessionStorage.getItem('entente.debrief.syndicates') || '[]');
    for (const w of extra) {
      const cut = w.indexOf('~');
      if (cut > 0) kept.push({ session: w.slice(0, cut), token: w.slice(cut + 1) });
    }
    sessionStorage.setItem('entente.debrief.syndicates', JSON.stringify(kept));
  }
  if (token || extra.length || !params.get('session')) {
    history.replaceState(null, '', window.location.pathname + window.location.search + (session ? `#session=${encodeURIComponent(session)}` : ''));
  }
  return { session, token: sessionStorage.getItem('entente.review.token') };
}

class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  words() {
    return `${this.message} (${this.code}${this.field ? `, field ${this.field}` : ''}, HTTP ${this.status})`;
  }
}

async function api(session, token, path, body) {
  let resp;
  try {
    resp = await fetch(`/api/v1/sessions/${encodeURIComponent(session)}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: body ? { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } : { Authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached.');
  }
  if (!resp.ok) {
    let code = 'HTTP_ERROR';
    let message = `The server answered ${resp.status}.`;
    let field = null;
    try {
      const b = await resp.json();
      if (b && b.error) {
        code = b.error.code || code;
        message = b.error.message || message;
        field = b.error.field || null;
      }
    } catch { /* not JSON */ }
    throw new ApiError(resp.status, code, message, field);
  }
  return resp.json();
}

function status(text) {
  $('debrief-status').textContent = text;
}

// --- learning objectives -------------------------------------------------------------------------

function renderLessons(d) {
  const counts = { MET: 0, NOT_MET: 0, NOT_TESTED: 0 };
  d.lessons.forEach((l) => { counts[l.verdict] += 1; });
  replaceChildren($('verdict-summary'), Object.entries(counts).map(([v, n]) =>
    el('li', {}, verdictBadge(v), ` ${n} of ${d.lessons.length}`)));
  if (!d.lessons.length) {
    replaceChildren($('lesson-list'), el('p', {}, 'This scenario names no learning objectives (its YAML has no lessons:).'));
    return;
  }
  replaceChildren($('lesson-list'), d.lessons.map((l) => el('article', { class: 'lesson-card', id: `lesson-${l.id}`, 'data-lesson': l.id, 'data-verdict': l.verdict },
    el('h3', {}, verdictBadge(l.verdict), ' ', l.lesson),
    el('p', { class: 'lesson-summary' }, l.summary),
    el('p', { class: 'hint' }, `Evidence: ${l.evidence}.`),
    el('div', { class: 'lesson-body' },
      el('div', {},
        el('h4', {}, 'Hot-wash questions'),
        l.questions.length ? el('ol', { class: 'hotwash' }, l.questions.map((q) => el('li', {}, q))) : el('p', {}, '—'),
        el('h4', {}, 'Turn by turn'),
        el('ul', { class: 'turn-strip', 'aria-label': `${l.id}, turn by turn` }, l.turns.map((t) =>
          el('li', { 'data-turn': t.turn, 'data-status': t.status },
            reviewLink(t.position, verdictBadge(t.status, `T${t.turn}`)))))),
      el('div', {},
        el('h4', {}, 'The evidence in the log'),
        checksTable(l))))));
}

function checksTable(l) {
  if (!l.checks.length) return el('p', {}, 'Nothing in the log tested it.');
  return el('div', { class: 'table-scroll' }, el('table', { class: 'review-table checks' },
    el('caption', { class: 'sr-only' }, `Evidence for ${l.id}`),
    el('thead', {}, el('tr', {}, ['Turn', 'Log', 'Who', '', 'What the log shows', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, l.checks.map((c) => {
      const partner = c.subject.split('→').pop().trim();
      const ask = el('button', { type: 'button', class: 'secondary', 'data-turn': c.turn, 'data-partner': partner }, 'What if?');
      ask.addEventListener('click', () => openWhatIf(c.turn, partner));
      return el('tr', { class: c.passed ? '' : 'failed', 'data-passed': String(c.passed) },
        el('td', {}, String(c.turn)),
        el('td', {}, reviewLink(c.position, String(c.position))),
        el('td', {}, c.subject),
        el('td', { class: c.passed ? 'passed' : 'failed' }, c.passed ? 'passed' : 'failed'),
        el('td', {}, c.detail),
        el('td', {}, c.subject.includes('→') ? ask : ''));
    }))));
}

// --- estimates against the truth -----------------------------------------------------------------

function relKey(r) {
  return `${r.coalition}>${r.partner}`;
}

function renderEstimates(d) {
  const select = $('estimate-select');
  replaceChildren(select, d.estimates.map((r) => el('option', { value: relKey(r) }, `${r.leader} → ${r.partner} (${r.coalition})`)));
  const draw = () => {
    const row = d.estimates.find((r) => relKey(r) === select.value);
    if (!row) { replaceChildren($('estimate-table'), ''); return; }
    replaceChildren($('estimate-table'), el('table', { class: 'review-table' },
      el('caption', {}, `${row.leader}'s estimate of its soft power toward ${row.partner}, against the truth`),
      el('thead', {}, el('tr', {}, ['Turn', 'Estimate', 'Truth', 'Gap', 'Recommended', 'Deployed', 'Failure'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, row.turns.map((p) => el('tr', { class: p.failure && p.failure !== 'NONE' ? 'failed' : '' },
        el('td', {}, reviewLink(p.position, `Turn ${p.turn}`)),
        el('td', {}, p.estimate === null ? 'none' : num(p.estimate)),
        el('td', {}, num(p.truth)),
        el('td', { class: p.gap !== null && p.gap > 0.25 ? 'gap-over' : '' }, p.gap === null ? '—' : `${p.gap > 0 ? '+' : ''}${num(p.gap)}`),
        el('td', {}, words(p.recommended)),
        el('td', {}, p.deployed),
        el('td', {}, words(p.failure)))))));
  };
  select.addEventListener('change', draw);
  draw();
}

// --- what if -------------------------------------------------------------------------------------

function recorded(turn, rel) {
  const row = page.debrief.estimates.find((r) => relKey(r) === rel);
  return row ? row.turns.find((p) => p.turn === Number(turn)) : null;
}

function fillWhatIf() {
  const p = recorded($('wi-turn').value, $('wi-rel').value);
  if (!p) return;
  for (const k of INSTRUMENTS) $(`wi-${k}`).value = num(p.inputs[k]);
  $('wi-voice').value = num(p.inputs.voice);
  $('wi-leaderEstimate').value = p.inputs.leaderEstimate === null ? '' : num(p.inputs.leaderEstimate);
}

function openWhatIf(turn, partner) {
  const rel = page.debrief.estimates.find((r) => r.partner === partner);
  $('wi-turn').value = String(turn);
  if (rel) $('wi-rel').value = relKey(rel);
  fillWhatIf();
  replaceChildren($('whatif-result'), '');
  $('what-if').focus();
  $('what-if').scrollIntoView();
}

function readNumber(id, min, max, label) {
  const raw = $(id).value.trim();
  if (raw === '') return null;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min || v > max) throw new Error(`${label} is a number from ${min} to ${max}.`);
  return v;
}

async function runWhatIf(e) {
  e.preventDefault();
  $('whatif-error').textContent = '';
  const [coalition, partner] = $('wi-rel').value.split('>');
  let body;
  try {
    const deployed = {};
    for (const k of INSTRUMENTS) {
      const v = readNumber(`wi-${k}`, 0, 1, $(`wi-${k}`).labels[0].textContent);
      if (v !== null) deployed[k] = v;
    }
    body = { turn: Number($('wi-turn').value), coalition, partner, deployed };
    const voice = readNumber('wi-voice', 0, 1, 'Voice');
    if (voice !== null) body.voice = voice;
    body.leaderEstimate = readNumber('wi-leaderEstimate', -1, 1, "The leader's estimate");
  } catch (err) {
    $('whatif-error').textContent = err.message;
    return;
  }
  status('Re-adjudicating the turn…');
  try {
    const r = await api(page.session, page.token, '/debrief/what-if', body);
    renderWhatIf(r);
    status(`What if: ${words(r.whatIf.judgement.failure)} instead of ${words(r.happened.judgement.failure)}.`);
  } catch (err) {
    $('whatif-error').textContent = err instanceof ApiError ? err.words() : String(err.message);
  }
}

function sideRows(s) {
  const j = s.judgement;
  const rows = [
    ['softPower', 'Soft power', num(j.softPower)],
    ['recommended', 'Recommended', words(j.recommended)],
    ['deployed', 'Deployed', `side-payments ${num(j.inputs.sidePayment)}, aid ${num(j.inputs.bolstering)}, conditions ${num(j.inputs.conditionality)}, coercion ${num(j.inputs.coercion)}, voice ${num(j.inputs.voice)}, estimate ${j.inputs.leaderEstimate === null ? 'none' : num(j.inputs.leaderEstimate)}`],
    ['failure', 'Failure', words(j.failure)],
    ['compliance', 'Compliance', `${words(j.compliance)} (intensity ${num(j.intensity)})`],
  ];
  if (s.partner) rows.push(['effective', `${s.partner.nation}'s contribution that counted`, `${num(s.partner.effective, 1)} of ${num(s.partner.contribution, 1)}`]);
  for (const c of s.coalitions) {
    rows.push([`progress-${c.coalition}`, `${c.coalition}: progress after the turn`, `${num(c.progressAfter)} (effectiveness ${num(c.effectiveness)})${c.victory ? ', victory' : ''}`]);
  }
  return rows;
}

function renderWhatIf(r) {
  const before = sideRows(r.happened);
  const after = sideRows(r.whatIf);
  const table = (side, rows, other) => el('table', { class: 'review-table', 'data-side': side },
    el('caption', {}, side === 'happened' ? 'What happened (the log)' : 'What if (re-adjudicated, not recorded)'),
    el('tbody', {}, rows.map(([key, label, value], i) => el('tr', {},
      el('th', { scope: 'row' }, label),
      el('td', { 'data-field': key, class: other[i] && other[i][2] !== value ? 'changed' : '' }, value)))));
  replaceChildren($('whatif-result'),
    el('h3', {}, `Turn ${r.turn}: ${r.leader} toward ${r.partner}`),
    el('p', { class: 'hint' }, r.reproduced
      ? 'The engine, given the recorded inputs, gives the recorded adjudication again; the what-if changes only what you changed.'
      : 'Warning: the engine no longer reproduces the recorded adjudication exactly (run replay --verify).'),
    el('div', { class: 'whatif-beside' },
      el('div', {}, table('happened', before, after), el('ul', {}, r.happened.judgement.explanation.map((x) => el('li', {}, x)))),
      el('div', {}, table('whatIf', after, before), el('ul', {}, r.whatIf.judgement.explanation.map((x) => el('li', {}, x))))));
}

function wireWhatIf(d) {
  replaceChildren($('wi-turn'), d.turns.map((t) => el('option', { value: t }, `Turn ${t}`)));
  replaceChildren($('wi-rel'), d.estimates.map((r) => el('option', { value: relKey(r) }, `${r.leader} → ${r.partner} (${r.coalition})`)));
  $('wi-turn').addEventListener('change', fillWhatIf);
  $('wi-rel').addEventListener('change', fillWhatIf);
  $('wi-reset').addEventListener('click', fillWhatIf);
  $('whatif-form').addEventListener('submit', runWhatIf);
  fillWhatIf();
}

// --- syndicates side by side ---------------------------------------------------------------------

function renderComparison() {
  const all = [{ session: page.session, debrief: page.debrief }, ...page.syndicates];
  if (all.length < 2) {
    replaceChildren($('comparison'), el('p', {}, 'Add another session of the same scenario to compare.'));
    return;
  }
  const maxTurn = Math.max(...all.map((s) => Math.max(0, ...s.debrief.turns)));
  const turns = Array.from({ length: maxTurn }, (_, i) => i + 1);
  replaceChildren($('comparison'), page.debrief.lessons.map((lesson) => el('div', { class: 'table-scroll' },
    el('table', { class: 'review-table comparison', 'data-lesson': lesson.id },
      el('caption', {}, lesson.lesson),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Syndicate'), el('th', { scope: 'col' }, 'Verdict'),
        turns.map((t) => el('th', { scope: 'col' }, `T${t}`)))),
      el('tbody', {}, all.map((s, i) => {
        const l = s.debrief.lessons.find((x) => x.id === lesson.id);
        return el('tr', { 'data-session': s.session },
          el('th', { scope: 'row' }, `Syndicate ${i + 1} (${s.session})`),
          el('td', { 'data-verdict': l ? l.verdict : 'ABSENT' }, l ? verdictBadge(l.verdict) : 'not in its scenario'),
          turns.map((t) => {
            const ts = l && l.turns.find((x) => x.turn === t);
            return el('td', { 'data-turn': t, 'data-status': ts ? ts.status : '' }, ts ? verdictBadge(ts.status, words(ts.status)) : '—');
          }));
      }))))));
}

async function addSyndicate(session, token) {
  $('syndicate-error').textContent = '';
  try {
    const d = await api(session, token, '/debrief');
    if (d.scenarioId !== page.debrief.scenarioId) {
      $('syndicate-error').textContent = `Session ${session} played ${d.scenarioId}, not ${page.debrief.scenarioId}: only lessons with the same id are compared.`;
    }
    page.syndicates = page.syndicates.filter((s) => s.session !== session).concat([{ session, token, debrief: d }]);
    sessionStorage.setItem('entente.debrief.syndicates', JSON.stringify(page.syndicates.map((s) => ({ session: s.session, token: s.token }))));
    renderComparison();
    status(`Syndicate ${session} added.`);
  } catch (err) {
    $('syndicate-error').textContent = `Session ${session}: ${err instanceof ApiError ? err.words() : String(err.message)}`;
  }
}

function wireSyndicates() {
  $('syndicate-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const session = $('syn-session').value.trim();
    const token = $('syn-token').value.trim();
    if (!session || !token) {
      $('syndicate-error').textContent = 'Give the session id and a facilitator or reviewer token of that session.';
      return;
    }
    await addSyndicate(session, token);
    $('syn-token').value = '';
  });
}

async function start() {
  const link = readLink();
  if (!link.session || !link.token) {
    $('page-error').textContent = 'This page needs a debrief link: debrief.html#session=…&token=… with a facilitator or reviewer token (or open it from the review page).';
    show($('page-error'), true);
    return;
  }
  page.session = link.session;
  page.token = link.token;
  let d;
  try {
    d = await api(page.session, page.token, '/debrief');
  } catch (err) {
    $('debrief-title').textContent = 'The debrief cannot be shown';
    $('page-error').textContent = err instanceof ApiError ? err.words() : String(err.message);
    show($('page-error'), true);
    return;
  }
  page.debrief = d;
  $('debrief-title').textContent = `Debrief: ${d.title || d.sessionId}`;
  $('debrief-who').textContent = `Session ${d.sessionId} · ${d.scenarioId} · ${d.turns.length} turn(s) adjudicated`;
  $('review-link').href = `review.html#session=${encodeURIComponent(page.session)}`;
  show($('debrief'), true);
  renderLessons(d);
  renderEstimates(d);
  wireWhatIf(d);
  wireSyndicates();
  renderComparison();
  const kept = JSON.parse(sessionStorage.getItem('entente.debrief.syndicates') || '[]');
  for (const s of kept) {
    if (s.session !== page.session) await addSyndicate(s.session, s.token);
  }
  status(`Debrief loaded: ${d.lessons.length} learning objectives.`);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
