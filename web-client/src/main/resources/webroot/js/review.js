// The reviewer view (review.html#session=…&token=…): the after-action review of a session over the
// review API (docs/replay.md). The timeline's charts and tables, the turning points, and a scrubber
// over log positions that shows the state at that moment as the chosen role saw it, beside the truth.
// The token leaves the address bar for this tab's sessionStorage; the session id stays in the fragment
// (it is not a secret) so that a reload works. Every text from the API goes in as a text node.

import { el, replaceChildren, $, show } from './dom.js';
import { lineChart } from './charts.js';

const EXPORTS = [
  ['log.jsonl', 'The full log (JSON Lines)'],
  ['relationships.csv', 'Relationships per turn (CSV)'],
  ['nations.csv', 'Nations per turn: contributions and burden (CSV)'],
  ['offers.csv', 'Offers, threats and requests (CSV)'],
  ['transcript.txt', 'Chat transcript (text)'],
  ['report.html', 'The after-action report (HTML, printable)'],
];
const RECENT_MESSAGES = 5;

const page = { token: null, session: null, timeline: null, truth: false, as: null, pos: 1, max: 1, names: {}, request: 0, timer: null };

function words(name) {
  if (!name) return '—';
  if (name === 'NONE') return 'none';
  return String(name).toLowerCase().replace(/_/g, ' ');
}

function num(v, digits = 2) {
  return v === null || v === undefined ? '—' : Number(v).toFixed(digits);
}

function nationName(id) {
  if (id === 'WHITE_CELL') return 'the white cell (everything)';
  return page.names[id] ? `${page.names[id]} (${id})` : id;
}

/** A nation (or the white cell) by its name alone, for running text. */
function who(id) {
  const key = id && id.id ? id.id : id;
  if (key === 'WHITE_CELL') return 'White cell';
  return page.names[key] || key;
}

/** The token and the session from the fragment; the token then lives in this tab's storage only. */
function readLink() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const session = params.get('session') || sessionStorage.getItem('entente.review.session');
  const fromUrl = params.get('token');
  if (fromUrl) sessionStorage.setItem('entente.review.token', fromUrl);
  if (session) sessionStorage.setItem('entente.review.session', session);
  if (fromUrl || !params.get('session')) {
    history.replaceState(null, '', window.location.pathname + window.location.search + (session ? `#session=${encodeURIComponent(session)}` : ''));
  }
  return { token: sessionStorage.getItem('entente.review.token'), session };
}

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  words() {
    return `${this.message} (${this.code}, HTTP ${this.status})`;
  }
}

async function api(path) {
  let resp;
  try {
    resp = await fetch(`/api/v1/sessions/${encodeURIComponent(page.session)}${path}`, {
      headers: { Authorization: `Bearer ${page.token}` }, cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached.');
  }
  if (!resp.ok) {
    let code = 'HTTP_ERROR';
    let message = `The server answered ${resp.status}.`;
    try {
      const body = await resp.json();
      if (body && body.error) {
        code = body.error.code || code;
        message = body.error.message || message;
      }
    } catch { /* not JSON */ }
    throw new ApiError(resp.status, code, message);
  }
  return resp;
}

function pageError(text) {
  const p = $('page-error');
  p.textContent = text;
  show(p, true);
}

function status(text) {
  $('review-status').textContent = text;
}

// --- the timeline: charts, tables, turning points, exports -------------------------------------

function relKey(r) {
  return `${r.leader} → ${r.partner}`;
}

function renderCharts(t) {
  const turns = t.turns.map((r) => r.turn);
  const coalitions = [...new Set(t.turns.flatMap((r) => r.coalitions.map((c) => c.coalition)))];
  lineChart($('chart-progress'), {
    id: 'progress',
    title: `The war's progress (victory at ${num(t.victoryAt)})`,
    turns,
    range: [0, 1],
    series: coalitions.map((c) => ({
      label: c,
      values: t.turns.map((r) => { const row = r.coalitions.find((x) => x.coalition === c); return row ? row.progress : null; }),
    })),
  });
  const rels = [...new Set(t.turns.flatMap((r) => r.relationships.map(relKey)))];
  lineChart($('chart-soft'), {
    id: 'soft',
    title: t.truth ? 'Soft power per relationship' : 'Soft power per relationship (your estimates)',
    turns,
    range: [-1, 1],
    series: rels.map((k) => ({
      label: k,
      values: t.turns.map((r) => { const row = r.relationships.find((x) => relKey(x) === k); return row ? row.softPower : null; }),
    })),
  });
  const nations = [...new Set(t.turns.flatMap((r) => r.nations.map((n) => n.nation)))];
  lineChart($('chart-burden'), {
    id: 'burden',
    title: 'Burden: each member\'s share of the coalition\'s costs',
    turns,
    range: [0, 1],
    series: nations.map((n) => ({
      label: n,
      values: t.turns.map((r) => { const row = r.nations.find((x) => x.nation === n); return row ? row.costShare : null; }),
    })),
  });
}

function table(caption, heads, rows) {
  return el('table', { class: 'data review-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

function renderTables(t) {
  const strategyRows = t.turns.flatMap((r) => r.relationships.map((x) => {
    const failed = x.failure && x.failure !== 'NONE';
    return el('tr', { class: failed ? 'failed' : '' },
      el('th', { scope: 'row' }, String(r.turn)),
      el('td', {}, relKey(x)),
      el('td', {}, num(x.softPower)),
      el('td', {}, words(x.recommended)),
      el('td', {}, x.estimated ? '(not known to you)' : (x.used || []).join(', ')),
      el('td', {}, failed ? el('strong', { class: 'flag' }, `⚑ ${words(x.failure)}`) : 'none',
        x.failureOverride ? ` — the white cell ruled: ${words(x.failureOverride)}` : ''),
      el('td', {}, x.compliance ? words(x.compliance) : '—'),
      el('td', {}, num(x.intensity)));
  }));
  replaceChildren($('strategies'), table(
    t.truth ? 'Per turn and relationship: the recommendation beside what the leader deployed, the failure flagged and the compliance'
      : 'Per turn: your estimates, the strategy recommended and the failure flagged',
    ['Turn', 'Relationship', t.truth ? 'Soft power' : 'Soft power (estimated)', 'Recommended', 'Used', 'Failure flagged', 'Compliance', 'Intensity'],
    strategyRows));
  const nationRows = t.turns.flatMap((r) => r.nations.map((n) => el('tr', {},
    el('th', { scope: 'row' }, String(r.turn)),
    el('td', {}, n.nation),
    el('td', {}, num(n.contribution)),
    el('td', {}, num(n.effective)),
    el('td', {}, num(n.costsTotal)),
    el('td', {}, num(n.benefitsTotal)),
    el('td', {}, num(n.costShare)),
    el('td', {}, num(n.benefitShare)),
    el('td', {}, n.burdenFlag ? el('strong', { class: 'flag' }, `⚑ ${n.burdenFlag}`) : '—'))));
  replaceChildren($('contributions'), table('Per turn and nation: contribution, what counted, costs, benefits and burden shares',
    ['Turn', 'Nation', 'Contribution', 'Effective', 'Costs so far', 'Benefits so far', 'Cost share', 'Benefit share', 'Burden flag'],
    nationRows));
  show($('overrides-section'), t.truth);
  replaceChildren($('overrides'), t.overrides.length
    ? table('Each override beside what it replaced, with the reason', ['Position', 'Turn', 'Set', 'Was', 'Reason'],
      t.overrides.map((o) => el('tr', {},
        el('th', { scope: 'row' }, String(o.position)),
        el('td', {}, String(o.turn)),
        el('td', {}, o.changes.join('; ')),
        el('td', {}, o.was.join('; ')),
        el('td', {}, o.reason))))
    : el('p', { class: 'hint' }, 'The white cell overrode no result.'));
}

function renderTurningPoints(t) {
  const items = [
    ...t.turningPoints,
    ...t.notes.map((n) => ({ position: n.position, turn: n.turn, kind: 'note', title: 'White-cell note', detail: n.text })),
  ].sort((a, b) => a.position - b.position);
  const list = $('turning-points');
  if (!items.length) {
    replaceChildren(list, el('li', { class: 'hint' }, 'No turning points.'));
    return;
  }
  replaceChildren(list, items.map((p) => {
    const button = el('button', { type: 'button', class: 'link-button', 'data-position': p.position },
      `Position ${p.position} · turn ${p.turn} · ${words(p.kind)}: `, el('strong', {}, p.title));
    button.addEventListener('click', () => {
      jump(p.position);
      $('scrub').focus();
    });
    return el('li', { class: `point point-${p.kind.replace(/[^a-z]/g, '-')}` }, button, el('p', { class: 'point-detail' }, p.detail));
  }));
}

function renderExports() {
  replaceChildren($('exports'), EXPORTS.map(([file, label]) => {
    const href = `/api/v1/sessions/${encodeURIComponent(page.session)}/export/${file}`;
    const a = el('a', { href, 'data-file': file, download: `${page.session}-${file}` }, label);
    a.addEventListener('click', async (e) => {
      e.preventDefault();
      $('export-error').textContent = '';
      try {
        const blob = await (await api(`/export/${file}`)).blob();
        const url = URL.createObjectURL(blob);
        const save = el('a', { href: url, download: `${page.session}-${file}` });
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        status(`${label}: downloaded.`);
      } catch (err) {
        $('export-error').textContent = `${label}: ${err instanceof ApiError ? err.words() : err.message}`;
      }
    });
    return el('li', {}, a);
  }));
}

// --- the state at a position ---------------------------------------------------------------------

function section(title, ...children) {
  return el('section', { class: 'state-part' }, el('h4', {}, title), ...children);
}

function dl(pairs) {
  return el('dl', { class: 'figures' }, pairs.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function renderRoleView(view, role, isTruth) {
  const g = view.game || {};
  const parts = [];
  const clock = g.clock || {};
  const facts = [['Turn', `${clock.turn ?? '—'} of ${g.turns ?? '—'}`], ['Phase', words(clock.phase)]];
  for (const c of g.coalitions || []) facts.push([`Progress of ${c.name || c.id}`, num(c.progress)]);
  for (const a of g.adversaries || []) if (a.strength !== null && a.strength !== undefined) facts.push([`Strength of ${a.name}`, num(a.strength)]);
  parts.push(section('Where things stood', dl(facts)));

  if (g.you) {
    const y = g.you;
    const figs = [['Budget', `${y.budget} units (${y.uncommitted} uncommitted)`], ['Resources', num(y.resources)],
      ['Public support', num(y.publicSupport)]];
    for (const [adv, v] of Object.entries(y.threat || {})) figs.push([`Threat from ${adv}`, num(v)]);
    for (const [n, v] of Object.entries(y.affinity || {})) figs.push([`Affinity toward ${n}`, num(v)]);
    parts.push(section('Its figures', dl(figs)));
  }
  const reports = (g.reports || {})[role] || [];
  const last = reports[reports.length - 1];
  if (!isTruth && last) {
    parts.push(section(`Its estimates (report of turn ${last.turn})`, el('ul', { class: 'plain' },
      (last.estimates || []).map((e) => el('li', {}, `${who(e.leader)} → ${who(e.partner)}: soft power ${num(e.estimate)} (estimated) · recommended ${words(e.recommended)} · failure ${words(e.failure)}`)))));
  }
  const adj = (g.adjudications || [])[(g.adjudications || []).length - 1];
  if (isTruth && adj) {
    parts.push(section(`True judgements (turn ${adj.turn})`, el('ul', { class: 'plain' },
      (adj.relationships || []).map((r) => el('li', {}, `${who(r.leader)} → ${who(r.partner)}: soft power ${num(r.softPower)} · recommended ${words(r.recommended)} · failure ${words(r.failure)} · compliance ${words(r.compliance)}`)))));
  }
  const offers = g.offers || [];
  parts.push(section(isTruth ? 'Offers' : 'Its offers', offers.length
    ? el('ul', { class: 'plain' }, offers.map((o) => el('li', {},
      `${o.id}: ${who(o.from)} → ${who(o.to)}, ${words(o.kind)}`, o.amount ? ` of ${o.amount}` : '', o.form ? ` (${o.form})` : '',
      o.demand ? ` demanding: ${o.demand}` : '', ` — ${words(o.status)}`)))
    : el('p', { class: 'hint' }, 'No offers yet.')));
  const crises = g.crises || [];
  if (crises.length) parts.push(section('Crises announced', el('ul', { class: 'plain' }, crises.map((c) => el('li', {}, c.title)))));
  const channels = (view.channels || []).filter((c) => (c.messages || []).length);
  parts.push(section(isTruth ? 'Recent messages in every channel' : 'Recent messages in its channels', channels.length
    ? channels.map((c) => el('div', { class: 'state-channel' }, el('h5', {}, c.id),
      el('ol', { class: 'plain' }, c.messages.slice(-RECENT_MESSAGES).map((m) => el('li', {},
        el('span', { class: 'msg-from' }, `${m.author ? `${m.author} (${who(m.from)})` : who(m.from)}: `), m.text)))))
    : el('p', { class: 'hint' }, 'No messages yet.')));
  return parts;
}

function renderState(s) {
  const role = s.as;
  const where = page.truth ? `log position ${s.seq} of ${s.lastSeq}` : `position ${s.position} of ${s.positions} in your stream`;
  $('state-heading').textContent = `As ${nationName(role)} · ${where}`;
  $('state-view-h').textContent = role === 'WHITE_CELL' ? 'As the white cell saw it (everything)' : `As ${nationName(role)} saw it`;
  const seen = s.lastSeen
    ? el('p', { class: 'hint' }, `The last event it had seen: ${s.lastSeen.event.type} (position ${s.position} in its own stream).`)
    : el('p', { class: 'hint' }, 'It had seen nothing yet.');
  replaceChildren($('state-view'), seen, renderRoleView(s.view, role, role === 'WHITE_CELL'));
  if (s.truth) {
    const ev = s.event ? el('p', { class: 'hint' }, `The event at ${s.seq}: ${s.event.event.type}, by ${s.event.actor}.`) : null;
    replaceChildren($('state-truth'), ev, renderRoleView(s.truth, 'WHITE_CELL', true));
  }
}

function scrubLabel() {
  const p = page.pos;
  const row = [...page.timeline.turns].reverse().find((r) => r.position <= p);
  $('scrub-at').textContent = `Position ${p} of ${page.max}${row ? ` · after turn ${row.turn}'s results` : ' · before the first results'}`;
  $('scrub').setAttribute('aria-valuetext', `position ${p} of ${page.max}`);
  const exact = page.timeline.turns.find((r) => r.position === p);
  $('turn-picker').value = exact ? String(exact.position) : '';
}

async function loadState() {
  const ticket = ++page.request;
  const query = `?seq=${page.pos}&as=${encodeURIComponent(page.as)}`;
  try {
    const s = await (await api(`/review/state${query}`)).json();
    if (ticket !== page.request) return;
    $('state-error').textContent = '';
    if (page.truth === false && s.positions && s.positions !== page.max) {
      page.max = s.positions;
      $('scrub').max = String(page.max);
    }
    if (!Object.keys(page.names).length) {
      for (const n of s.view.nations || []) page.names[n.id] = n.name;
      fillRoles();
    }
    renderState(s);
    status(`Showing position ${page.pos} as ${nationName(page.as)}.`);
  } catch (err) {
    if (ticket !== page.request) return;
    $('state-error').textContent = err instanceof ApiError ? err.words() : String(err.message);
  }
}

function jump(pos) {
  page.pos = Math.max(1, Math.min(page.max, pos));
  $('scrub').value = String(page.pos);
  scrubLabel();
  clearTimeout(page.timer);
  loadState();
}

function fillRoles() {
  const select = $('role-select');
  const roles = page.truth ? ['WHITE_CELL', ...Object.keys(page.names)] : [page.timeline.as];
  replaceChildren(select, roles.map((r) => el('option', { value: r }, nationName(r))));
  select.value = page.as;
  select.disabled = !page.truth;
}

function wireControls() {
  const scrub = $('scrub');
  scrub.addEventListener('input', () => {
    page.pos = Number(scrub.value);
    scrubLabel();
    clearTimeout(page.timer);
    page.timer = setTimeout(loadState, 150);
  });
  scrub.addEventListener('change', () => {
    page.pos = Number(scrub.value);
    scrubLabel();
    clearTimeout(page.timer);
    loadState();
  });
  $('prev-event').addEventListener('click', () => jump(page.pos - 1));
  $('next-event').addEventListener('click', () => jump(page.pos + 1));
  $('turn-picker').addEventListener('change', (e) => {
    if (e.target.value) jump(Number(e.target.value));
  });
  $('role-select').addEventListener('change', (e) => {
    page.as = e.target.value;
    loadState();
  });
}

async function start() {
  const at = Number(new URLSearchParams(window.location.hash.replace(/^#/, '')).get('at')); // from the debrief's evidence links
  const link = readLink();
  if (!link.token || !link.session) {
    pageError('This page needs a review link: review.html#session=…&token=… with a facilitator or reviewer token (or, once the white cell has opened the review, your invite token).');
    return;
  }
  page.token = link.token;
  page.session = link.session;
  let t;
  try {
    t = await (await api('/review/timeline')).json();
  } catch (err) {
    $('review-title').textContent = 'The review cannot be shown';
    pageError(err instanceof ApiError ? err.words() : String(err.message));
    return;
  }
  page.timeline = t;
  page.truth = t.truth;
  page.as = t.as;
  page.max = Math.max(1, t.events);
  page.pos = at >= 1 && at <= page.max ? at : page.max;
  $('review-title').textContent = t.title || t.sessionId;
  $('review-who').textContent = t.truth
    ? `Session ${t.sessionId} · ${t.scenarioId} · reviewing everything (${t.events} events)${t.ended ? ` · ended: ${t.ended.reason}` : ''}`
    : `Session ${t.sessionId} · ${t.scenarioId} · your own view as ${t.as} (${t.events} events you saw)`;
  show($('truth-side'), t.truth);
  const scrub = $('scrub');
  scrub.max = String(page.max);
  scrub.value = String(page.pos);
  replaceChildren($('turn-picker'), el('option', { value: '' }, 'Choose a turn…'),
    t.turns.map((r) => el('option', { value: r.position }, `Turn ${r.turn} (position ${r.position})`)));
  show($('review'), true);
  renderExports();
  renderTurningPoints(t);
  renderTables(t);
  renderCharts(t);
  fillRoles();
  wireControls();
  scrubLabel();
  await loadState();
}

window.addEventListener('hashchange', () => {
  if (new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token')) window.location.reload();
});

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
