// The white cell's console beyond the channels: clock control, the true figures beside each nation's
// estimates, injects (a deck card or one composed on the spot), overrides with a reason,
// announcements and notes, invites issued and revoked over the HTTP API, every nation's reports,
// and charts of the war's progress and of the true soft power per relationship.

import { $, el, replaceChildren, copyText } from './dom.js';
import * as model from './model.js';
import { lineChart } from './charts.js';
import { reportDetails, reportSummary } from './report.js';
import { FormErrors, keyed, labelled, nextId, options, table } from './ui.js';
import { renderSheet } from './invite-sheet.js';

/** The bot API's refusals in a facilitator's words. */
function plainBotError(message, name) {
  if (/connected as/i.test(message)) return `a player is connected as ${name}: a bot takes only an empty role.`;
  if (/already holds/i.test(message)) return `a bot already plays ${name}.`;
  return message;
}

/** Effect kinds a composed crisis may carry, with their parameters (docs/scenario-format.md). */
const EFFECTS = {
  threat: ['adversary', 'component', 'delta', 'targets'],
  strength: ['adversary', 'delta'],
  progress: ['delta'],
  resources: ['delta', 'targets'],
  extraction: ['delta', 'targets'],
  publicSupport: ['delta', 'targets'],
  opportunity: ['toward', 'delta', 'targets'],
  affinity: ['from', 'toward', 'delta', 'mutual'],
  aidCutoff: ['from', 'to'],
  leak: ['about', 'reveals', 'to'],
  governmentFalls: ['target', 'publicSupport', 'leaves'],
  joins: ['nation', 'coalition'],
  leaves: ['nation', 'coalition'],
};
const PARAM_LABEL = {
  adversary: 'Adversary', component: 'Component', delta: 'Change (delta)', targets: 'Targets (none ticked: the inject\'s)',
  toward: 'Toward', from: 'From', mutual: 'Both ways', to: 'To',
  about: 'About', reveals: 'Reveals', target: 'Target', publicSupport: 'Public support after (0…1)', leaves: 'Leaves its coalitions',
  nation: 'Nation', coalition: 'Coalition',
};
/** Effect kinds in words, for the kind picker. */
const EFFECT_LABEL = {
  threat: 'Threat from an adversary', strength: 'Adversary strength', progress: 'War progress', resources: 'Resources',
  extraction: 'Extraction', publicSupport: 'Public support', opportunity: 'Opportunity', affinity: 'Affinity', aidCutoff: 'Aid cut off',
  leak: 'A leak', governmentFalls: 'A government falls', joins: 'A nation joins a coalition', leaves: 'A nation leaves a coalition',
};
const OVERRIDES = {
  progress: ['coalition', 'value'],
  affinity: ['from', 'toward', 'value'],
  resources: ['nation', 'value'],
  extraction: ['nation', 'value'],
  publicSupport: ['nation', 'value'],
  strength: ['adversary', 'value'],
  failure: ['turn', 'coalition', 'partner', 'failure'],
};

function injectedNote(name, atTurn, verb) {
  return atTurn ? `“${name}” is scheduled for the start of turn ${atTurn}; no nation knows yet.` : `${verb} “${name}”.`;
}


function checkboxes(name, state, legend) {
  const boxes = state.nations.map((n) => {
    const id = nextId(name);
    const box = el('input', { type: 'checkbox', id, value: n.id, name });
    return { box, w: el('span', { class: 'check inline' }, box, el('label', { for: id }, n.name)) };
  });
  const fs = el('fieldset', { class: 'nation-checks', tabindex: '-1' }, el('legend', {}, legend), boxes.map((b) => b.w));
  return { fs, chosen: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value), boxes };
}

export class WhiteCellView {
  constructor(conn) {
    this.conn = conn;
    this.buildClock();
    this.buildInjects();
    this.buildOverride();
    this.buildWords();
    this.buildInvites();
    this.buildLock();
    this.truthTurn = $('truth-turn');
    this.truthTurn.addEventListener('change', () => { $('truth-body').dataset.key = ''; this.render(conn.state); });
    this.reportNation = $('wc-report-nation');
    this.reportNation.addEventListener('change', () => this.render(conn.state));
    this.chartKey = null;
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  // --- clock ----------------------------------------------------------------------------------

  buildClock() {
    const err = $('clock-error');
    const reason = $('clock-reason');
    const act = (type, withReason, extra = {}) => {
      err.textContent = '';
      const cmd = { type, ...extra };
      if (withReason && reason.value.trim()) cmd.reason = reason.value.trim();
      this.conn.send(cmd).then(() => { if (withReason) reason.value = ''; }, (r) => { err.textContent = r.message; });
    };
    $('clock-start').addEventListener('click', () => act('startExercise', false));
    $('clock-pause').addEventListener('click', () => act('pauseClock', true));
    $('clock-resume').addEventListener('click', () => act('resumeClock', false));
    // The phase on screen is the one closed: a second press before the view moves on closes nothing more.
    $('clock-advance').addEventListener('click', () => {
      const clock = this.conn.state.game && this.conn.state.game.clock;
      act('advancePhase', true, clock ? { from: { turn: clock.turn, phase: clock.phase } } : {});
    });
    const adjust = (seconds) => {
      err.textContent = '';
      const cmd = { type: 'adjustClock', seconds };
      if (reason.value.trim()) cmd.reason = reason.value.trim();
      this.conn.send(cmd).then(() => { reason.value = ''; }, (r) => { err.textContent = r.message; });
    };
    $('clock-longer').addEventListener('click', () => adjust(120));
    $('clock-shorter').addEventListener('click', () => adjust(-60));
    $('clock-end').addEventListener('click', () => {
      err.textContent = '';
      const why = reason.value.trim();
      if (!why) {
        err.textContent = 'Write why the exercise ends now in the reason box: everyone reads it with the scores.';
        reason.focus();
        return;
      }
      if (!window.confirm('End the exercise now? Every nation is scored as things stand.')) return;
      this.conn.send({ type: 'endExercise', reason: why }).then(() => { reason.value = ''; }, (r) => { err.textContent = r.message; });
    });
  }

  // --- injects --------------------------------------------------------------------------------

  buildInjects() {
    const host = $('inject-host');
    // Play a deck card.
    const playErr = el('p', { class: 'error', role: 'alert' });
    this.playErrors = new FormErrors(playErr);
    const card = el('select', { id: 'inject-card' });
    this.cardText = el('p', { class: 'hint', id: 'inject-card-text' });
    const cardWrap = labelled('Card', card);
    cardWrap.append(this.cardText, this.playErrors.field('card', card));
    card.addEventListener('change', () => this.showCard());
    this.f = { card };
    const playTargets = checkboxes('play-target', this.conn.state, 'Targets (none ticked: the card\'s own)');
    const playTell = checkboxes('play-tell', this.conn.state, 'Who is told (none ticked: every nation)');
    const when = this.whenControls('play');
    const playForm = el('form', { id: 'play-form', class: 'stack', novalidate: true }, el('h3', {}, 'Play a card from the deck'),
      cardWrap, playTargets.fs, playTell.fs, when.fs, el('button', { type: 'submit', id: 'inject-play' }, 'Play the card'), playErr);
    this.playErrors.field('targets', playTargets.fs);
    this.playErrors.field('tell', playTell.fs);
    this.playErrors.field('atTurn', when.turn);
    playForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.playErrors.clear();
      $('inject-note').textContent = '';
      const cmd = { type: 'playCrisis', card: card.value };
      if (playTargets.chosen().length) cmd.targets = playTargets.chosen();
      if (playTell.chosen().length) cmd.tell = playTell.chosen();
      if (when.later.checked) cmd.atTurn = Number(when.turn.value);
      const name = card.selectedOptions[0].textContent;
      this.conn.send(cmd).then(() => {
        $('inject-note').textContent = injectedNote(name, cmd.atTurn, 'Played');
      }, (r) => this.playErrors.show(r));
    });

    // Compose one.
    const compErr = el('p', { class: 'error', role: 'alert', id: 'compose-crisis-error' });
    this.composeErrors = new FormErrors(compErr);
    const title = el('input', { type: 'text', id: 'crisis-title', maxlength: 200 });
    const text = el('textarea', { id: 'crisis-text', rows: 3 });
    const tW = labelled('Title', title);
    tW.append(this.composeErrors.field('card.title', title));
    const xW = labelled('What the nations read', text);
    xW.append(this.composeErrors.field('card.text', text));
    this.effectList = el('ol', { class: 'effects', id: 'crisis-effects' });
    this.effects = [];
    const addEffect = el('button', { type: 'button', class: 'secondary', id: 'crisis-add-effect' }, 'Add an effect');
    addEffect.addEventListener('click', () => this.addEffect(true));
    const compTargets = checkboxes('comp-target', this.conn.state, 'Targets (none ticked: every nation)');
    const compTell = checkboxes('comp-tell', this.conn.state, 'Who is told (none ticked: every nation)');
    const cwhen = this.whenControls('comp');
    this.composeErrors.field('targets', compTargets.fs);
    this.composeErrors.field('tell', compTell.fs);
    this.composeErrors.field('atTurn', cwhen.turn);
    this.composeErrors.field('card', title);
    const compForm = el('form', { id: 'compose-crisis-form', class: 'stack', novalidate: true }, el('h3', {}, 'Compose a crisis'),
      tW, xW, el('fieldset', {}, el('legend', {}, 'Effects'), this.effectList, addEffect), compTargets.fs, compTell.fs, cwhen.fs,
      el('button', { type: 'submit', id: 'crisis-compose' }, 'Inject the crisis'), compErr);
    compForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.composeErrors.clear();
      $('inject-note').textContent = '';
      const effects = this.effects.map((fx) => fx.value());
      const cmd = { type: 'composeCrisis', card: { title: title.value, text: text.value, effects } };
      if (compTargets.chosen().length) cmd.targets = compTargets.chosen();
      if (compTell.chosen().length) cmd.tell = compTell.chosen();
      if (cwhen.later.checked) cmd.atTurn = Number(cwhen.turn.value);
      const name = title.value;
      this.conn.send(cmd).then(() => {
        $('inject-note').textContent = injectedNote(name, cmd.atTurn, 'Injected');
      }, (r) => this.composeErrors.show(r));
    });
    this.addEffect(false);
    host.append(el('div', { class: 'row inject-forms' }, playForm, compForm));
  }

  whenControls(prefix) {
    const nowId = nextId(`${prefix}-now`);
    const laterId = nextId(`${prefix}-later`);
    const now = el('input', { type: 'radio', name: `${prefix}-when`, id: nowId, value: 'now', checked: true });
    const later = el('input', { type: 'radio', name: `${prefix}-when`, id: laterId, value: 'later' });
    const turn = el('input', { type: 'number', min: 1, max: 40, step: 1, value: 2, id: `${prefix}-at-turn`, 'aria-label': 'At the start of turn' });
    const fs = el('fieldset', {}, el('legend', {}, 'When'),
      el('span', { class: 'check inline' }, now, el('label', { for: nowId }, 'Now')),
      el('span', { class: 'check inline' }, later, el('label', { for: laterId }, 'When turn … begins:')), turn);
    return { fs, now, later, turn };
  }

  addEffect(focus) {
    const index = this.effects.length;
    const kind = el('select', { id: `effect-${index}-kind` }, Object.keys(EFFECTS).map((k) => el('option', { value: k }, EFFECT_LABEL[k] || k)));
    const params = el('div', { class: 'effect-params' });
    const li = el('li', { class: 'effect', 'data-index': index }, labelled(`Effect ${index + 1}: kind`, kind), params);
    const inputs = {};
    const draw = () => {
      replaceChildren(params);
      for (const k of Object.keys(inputs)) delete inputs[k];
      for (const p of EFFECTS[kind.value]) {
        const label = PARAM_LABEL[p] || p;
        const many = p === 'targets' || (p === 'to' && kind.value === 'leak');
        if (many) {
          const group = checkboxes(`effect-${index}-${p}`, this.conn.state, label);
          group.fs.id = `effect-${index}-${p}`;
          group.fs.append(this.composeErrors.field(`card.effects[${index}].${p}`, group.fs));
          inputs[p] = { type: 'many', value: group.chosen };
          params.append(group.fs);
          continue;
        }
        let input;
        const names = this.names(p, kind.value);
        if (names) input = el('select', {}, names.map((o) => el('option', { value: o.value }, o.label)));
        else if (p === 'component') input = el('select', {}, ['', 'power', 'proximity', 'offensive', 'intentions'].map((c) => el('option', { value: c }, c || '(all four)')));
        else if (p === 'reveals') input = el('select', {}, ['objectives', 'offers', 'briefing'].map((c) => el('option', { value: c }, c)));
        else if (p === 'mutual' || p === 'leaves') input = el('input', { type: 'checkbox' });
        else if (p === 'delta' || p === 'publicSupport') input = el('input', { type: 'number', step: 'any', value: p === 'delta' ? '0.1' : '' });
        else input = el('input', { type: 'text' });
        input.id = `effect-${index}-${p}`;
        const w = input.type === 'checkbox' ? el('div', { class: 'check' }, input, el('label', { for: input.id }, label)) : labelled(label, input);
        w.append(this.composeErrors.field(`card.effects[${index}].${p}`, input));
        inputs[p] = input;
        params.append(w);
      }
    };
    kind.addEventListener('change', draw);
    this.composeErrors.field(`card.effects[${index}].kind`, kind);
    this.composeErrors.field(`card.effects[${index}]`, kind);
    draw();
    this.effects.push({
      value: () => {
        const fx = { kind: kind.value };
        for (const [p, input] of Object.entries(inputs)) {
          if (input.type === 'many') {
            if (input.value().length) fx[p] = input.value();
          } else if (input.type === 'checkbox') {
            if (input.checked) fx[p] = true;
          } else if (input.value.trim() !== '') {
            if (p === 'delta' || p === 'publicSupport') fx[p] = Number(input.value);
            else fx[p] = input.value.trim();
          }
        }
        if (kind.value === 'resources' && fx.delta !== undefined) fx.delta = Math.trunc(fx.delta);
        return fx;
      },
    });
    this.effectList.append(li);
    if (focus) kind.focus();
  }

  /**
   * The names a parameter is picked from (values are the scenario's ids, labels its names), or null
   * for a parameter typed in: nations, adversaries, coalitions, as the effect kind asks.
   */
  names(p, effectKind) {
    const state = this.conn.state;
    const g = state.game || {};
    const nations = state.nations.map((n) => ({ value: n.id, label: n.name }));
    const adversaries = (g.adversaries || []).map((a) => ({ value: a.id, label: a.name }));
    const coalitions = (g.coalitions || []).map((c) => ({ value: c.id, label: c.name }));
    if (p === 'adversary') return adversaries;
    if (p === 'coalition') return coalitions;
    if (p === 'toward') return effectKind === 'opportunity' ? [...nations, ...coalitions, ...adversaries] : nations;
    if (['from', 'to', 'about', 'target', 'nation'].includes(p)) return nations;
    return null;
  }

  showCard() {
    const g = this.conn.state.game;
    const c = g && (g.deck || []).find((x) => x.id === this.f.card.value);
    this.cardText.textContent = c ? `${c.text.trim()} — effects: ${c.effects.join(', ')}; default targets: ${(c.defaultTargets || []).join(', ') || 'all'}.` : '';
  }

  // --- overrides ------------------------------------------------------------------------------

  buildOverride() {
    const err = el('p', { class: 'error', role: 'alert' });
    const errors = new FormErrors(err);
    const kind = el('select', { id: 'override-kind' }, Object.keys(OVERRIDES).map((k) => el('option', { value: k }, k)));
    const params = el('div', { class: 'override-params' });
    const reason = el('textarea', { id: 'override-reason', rows: 2 });
    const inputs = {};
    const draw = () => {
      replaceChildren(params);
      for (const k of Object.keys(inputs)) delete inputs[k];
      for (const p of OVERRIDES[kind.value]) {
        let input;
        if (p === 'failure') input = el('select', {}, ['NONE', 'MALIGN_NEGLECT', 'HEAVY_HANDEDNESS', 'LIGHT_HANDEDNESS'].map((f) => el('option', { value: f }, model.words(f))));
        else if (['from', 'toward', 'nation', 'partner'].includes(p)) {
          input = el('select', {}, this.conn.state.nations.map((n) => el('option', { value: n.id }, n.name)));
        } else if (p === 'coalition') {
          input = el('select', {}, ((this.conn.state.game && this.conn.state.game.coalitions) || []).map((c) => el('option', { value: c.id }, c.name)));
        } else if (p === 'value' || p === 'turn') input = el('input', { type: 'number', step: p === 'turn' ? 1 : 'any' });
        else input = el('input', { type: 'text' });
        input.id = `override-${p}`;
        const w = labelled(p === 'value' ? 'New value' : p, input);
        w.append(errors.field(`set.${p}`, input));
        inputs[p] = input;
        params.append(w);
      }
    };
    kind.addEventListener('change', draw);
    draw();
    const kW = labelled('What to set', kind);
    kW.append(errors.field('set', kind), errors.field('set.kind', kind));
    const rW = labelled('Reason (kept beside the original in the log)', reason);
    rW.append(errors.field('reason', reason));
    const form = el('form', { id: 'override-form', class: 'stack', novalidate: true }, kW, params, rW,
      el('button', { type: 'submit', id: 'override-submit' }, 'Override'), err);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      errors.clear();
      $('override-note').textContent = '';
      const set = { kind: kind.value };
      for (const [p, input] of Object.entries(inputs)) {
        if (input.value === '') continue;
        set[p] = p === 'value' || p === 'turn' ? Number(input.value) : input.value;
      }
      this.conn.send({ type: 'override', set, reason: reason.value }).then(() => {
        reason.value = '';
        $('override-note').textContent = 'Override recorded.';
      }, (r) => errors.show(r));
    });
    this.overrideDraw = draw;
    $('override-host').append(form);
  }

  // --- announcements and notes ----------------------------------------------------------------

  buildWords() {
    const wire = (formId, fieldId, errId, make, done) => {
      const field = $(fieldId);
      const err = $(errId);
      $(formId).addEventListener('submit', (e) => {
        e.preventDefault();
        err.textContent = '';
        field.removeAttribute('aria-invalid');
        if (!field.value.trim()) return;
        this.conn.send(make(field.value)).then(() => { field.value = ''; $(done).textContent = 'Sent.'; }, (r) => {
          err.textContent = r.message;
          field.setAttribute('aria-invalid', 'true');
        });
      });
    };
    wire('announce-form', 'announce-text', 'announce-error', (text) => ({ type: 'post', channel: 'plenary', text }), 'announce-done');
    wire('note-form', 'note-text', 'note-error', (text) => ({ type: 'addNote', text }), 'note-done');
  }

  // --- press channels: lock and reopen --------------------------------------------------------

  buildLock() {
    const button = $('channel-lock');
    button.addEventListener('click', () => {
      const ch = model.selectedChannel(this.conn.state);
      if (!ch) return;
      $('channel-lock-error').textContent = '';
      this.conn.send({ type: 'lockChannel', channel: ch.id, locked: !ch.locked }).catch((r) => { $('channel-lock-error').textContent = r.message; });
    });
  }

  renderLock(state) {
    const ch = model.selectedChannel(state);
    const button = $('channel-lock');
    const can = !!ch && ch.kind !== 'white-cell' && state.game.clock.phase !== 'ended';
    button.hidden = !can;
    if (can) button.textContent = ch.locked ? 'Reopen this channel' : 'Lock this channel (only you can post)';
  }

  // --- people: links, bots, reviewers, the review, the invite sheet ---------------------------

  buildInvites() {
    this.invites = $('invites-body');
    this.invitesError = $('invites-error');
    this.issued = $('invites-issued');
    this.bots = [];
    this.policies = [];
    this.invites.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-invite], button[data-bot]');
      if (!b) return;
      const role = b.dataset.role;
      if (b.dataset.invite === 'issue') this.issue(role);
      else if (b.dataset.bot === 'start') this.startBot(role);
      else if (b.dataset.bot === 'handback') this.handBack(role);
      else if (b.dataset.invite === 'revoke') {
        if (b.dataset.confirm !== 'yes') {
          b.dataset.confirm = 'yes';
          b.textContent = `Confirm: revoke every ${role} link`;
          return;
        }
        this.revoke(role, b);
      }
    });
    fetch('/api/v1/bot-policies', { cache: 'no-store' }).then((r) => r.json()).then((names) => {
      this.policies = Array.isArray(names) ? names : [];
      this.render(this.conn.state);
    }, () => {});
    this.refreshBots();

    $('invite-sheet-prepare').addEventListener('click', () => this.prepareSheet());
    $('invite-sheet-print').addEventListener('click', () => window.print());
    $('reviewer-issue').addEventListener('click', () => this.issueReviewer());
    $('reviewer-revoke').addEventListener('click', (e) => {
      const b = e.currentTarget;
      if (b.dataset.confirm !== 'yes') {
        b.dataset.confirm = 'yes';
        b.textContent = 'Confirm: revoke every reviewer link';
        return;
      }
      this.revokeReviewers(b);
    });
    $('review-open').addEventListener('click', () => this.setReviewOpen(true));
    $('review-close').addEventListener('click', () => this.setReviewOpen(false));
    this.refreshReview();
  }

  async api(method, path, body) {
    const response = await fetch(`/api/v1/sessions/${encodeURIComponent(this.conn.state.session)}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.conn.token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
    const json = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new Error(json && json.error ? json.error.message : `The server answered ${response.status}.`);
    return json;
  }

  roleName(role) {
    return role === model.WHITE_CELL ? 'a facilitator' : model.nationName(this.conn.state, role);
  }

  /** Lists a link just issued, with its Copy button; `kind` groups links that die together (a role, or 'reviewer'). */
  listLink(list, kind, label, link) {
    const safe = /^https?:\/\//.test(link) ? link : '';
    const field = el('input', { type: 'text', readonly: true, value: safe, class: 'link-field', id: nextId(`issued-${kind}`), 'aria-label': label });
    const copy = el('button', { type: 'button', class: 'secondary' }, 'Copy');
    copy.addEventListener('click', () => copyText(safe, field).then((ok) => { copy.textContent = ok ? 'Copied' : 'Copy failed'; }));
    list.prepend(el('li', { 'data-role': kind }, el('p', { class: 'link-label' }, label), el('div', { class: 'link-tools' }, field, copy)));
  }

  /** Every listed link of `kind` stopped working: it says so, and offers no Copy any more. */
  killLinks(list, kind, why) {
    for (const li of list.querySelectorAll(`li[data-role="${kind}"]:not(.dead)`)) {
      li.classList.add('dead');
      const field = li.querySelector('input');
      const tools = li.querySelector('.link-tools');
      if (field) field.value = '';
      replaceChildren(tools, el('p', { class: 'hint dead-note' }, why));
      const label = li.querySelector('.link-label');
      if (label) label.textContent = `${label.textContent} (no longer works)`;
    }
  }

  issue(role) {
    this.invitesError.textContent = '';
    return this.api('POST', '/invites', { role }).then((json) => {
      this.listLink(this.issued, role, `New link for ${this.roleName(role)}`, json.link);
      return json;
    }, (e) => { this.invitesError.textContent = `No link issued: ${e.message}`; return null; });
  }

  revoke(role, button) {
    this.invitesError.textContent = '';
    this.api('DELETE', `/invites/${encodeURIComponent(role)}`).then(() => {
      button.dataset.confirm = '';
      button.textContent = 'Revoke links';
      this.killLinks(this.issued, role, 'Revoked: this link no longer works.');
      $('invites-done').textContent = `Every link of ${model.nationName(this.conn.state, role)} stopped working; its players were disconnected.`;
    }, (e) => { this.invitesError.textContent = `Not revoked: ${e.message}`; });
  }

  refreshBots() {
    return this.api('GET', '/bots').then((list) => {
      this.bots = Array.isArray(list) ? list : [];
      this.render(this.conn.state);
    }, () => {});
  }

  startBot(role) {
    this.invitesError.textContent = '';
    const pick = this.invites.querySelector(`select[data-policy-for="${role}"]`);
    const policy = pick ? pick.value : '';
    this.api('POST', '/bots', { role, policy }).then(() => {
      $('invites-done').textContent = `A bot (${policy}) now plays ${model.nationName(this.conn.state, role)}.`;
      return this.refreshBots();
    }, (e) => { this.invitesError.textContent = `No bot started: ${plainBotError(e.message, model.nationName(this.conn.state, role))}`; })
      .then(() => this.focusRow(role, 'handback'));
  }

  /** Takes the bot out (its link dies) and issues a fresh link for the late player. */
  handBack(role) {
    this.invitesError.textContent = '';
    const name = model.nationName(this.conn.state, role);
    this.api('DELETE', `/bots/${encodeURIComponent(role)}`).then(async () => {
      this.killLinks(this.issued, role, 'The bot left: earlier links of this nation no longer work.');
      await this.refreshBots();
      const link = await this.issue(role);
      $('invites-done').textContent = link ? `The bot left ${name}. Send the new link below to the player who takes it over.`
        : `The bot left ${name}; issue a link for the player.`;
      this.focusRow(role, 'start');
    }, (e) => { this.invitesError.textContent = `Not handed back: ${e.message}`; });
  }

  focusRow(role, what) {
    const b = this.invites.querySelector(`button[data-bot="${what}"][data-role="${role}"]`);
    if (b) b.focus();
  }

  async prepareSheet() {
    this.invitesError.textContent = '';
    const entries = [];
    for (const n of this.conn.state.nations) {
      const json = await this.issue(n.id);
      if (!json) return;
      entries.push({ role: n.id, name: n.name, link: json.link });
    }
    try {
      await renderSheet($('invite-sheet'), this.conn.state.title, entries);
      $('invite-sheet-print').hidden = false;
      $('invites-done').textContent = 'The invite sheet is ready below: one new link per nation (earlier links keep working).';
      $('invite-sheet-print').focus();
    } catch (e) {
      this.invitesError.textContent = `No sheet: ${e.message}`;
    }
  }

  // --- the review ---

  reviewLink(token) {
    return `${window.location.origin}/review.html#session=${encodeURIComponent(this.conn.state.session)}&token=${encodeURIComponent(token)}`;
  }

  issueReviewer() {
    $('review-error').textContent = '';
    this.api('POST', '/reviewers').then((json) => {
      this.listLink($('reviewers-issued'), 'reviewer', 'Reviewer link', this.reviewLink(json.token));
      return this.refreshReview();
    }, (e) => { $('review-error').textContent = `No reviewer link issued: ${e.message}`; });
  }

  revokeReviewers(button) {
    $('review-error').textContent = '';
    this.api('DELETE', '/reviewers').then(() => {
      button.dataset.confirm = '';
      button.textContent = 'Revoke every reviewer link';
      this.killLinks($('reviewers-issued'), 'reviewer', 'Revoked: this reviewer link no longer works.');
      return this.refreshReview();
    }, (e) => { $('review-error').textContent = `Not revoked: ${e.message}`; });
  }

  setReviewOpen(open) {
    $('review-error').textContent = '';
    this.api(open ? 'POST' : 'DELETE', '/review/open').then(() => this.refreshReview(),
      (e) => { $('review-error').textContent = e.message; });
  }

  refreshReview() {
    return this.api('GET', '/review/open').then((r) => {
      this.review = r;
      const who = r.openToPlayers
        ? (r.ended ? 'Open to the players: each may review its own nation.' : 'Open to the players from the end of the exercise.')
        : 'Closed to the players.';
      $('review-status').textContent = `${who} ${r.reviewers} reviewer link${r.reviewers === 1 ? '' : 's'} working.`;
      $('review-open').disabled = r.openToPlayers;
      $('review-close').disabled = !r.openToPlayers;
    }, (e) => { $('review-error').textContent = e.message; });
  }

  // --- rendering ------------------------------------------------------------------------------

  render(state) {
    const g = state.game;
    if (!g) return;
    const phase = g.clock.phase;
    $('clock-start').disabled = phase !== 'lobby';
    $('clock-pause').disabled = phase === 'lobby' || phase === 'ended' || g.clock.paused;
    $('clock-resume').disabled = !g.clock.paused;
    $('clock-advance').disabled = phase === 'lobby' || phase === 'ended';
    $('clock-longer').disabled = phase === 'lobby' || phase === 'ended';
    $('clock-shorter').disabled = phase === 'lobby' || phase === 'ended';
    $('clock-end').disabled = phase === 'ended';

    const deckKey = JSON.stringify(g.deck || []);
    if (this.f.card.dataset.key !== deckKey) {
      this.f.card.dataset.key = deckKey;
      options(this.f.card, (g.deck || []).map((c) => ({ value: c.id, label: c.title })));
      this.showCard();
    }

    this.renderPeople(state);
    this.renderLock(state);
    this.renderOrdersStatus(state);
    this.renderDebrief(state);
    this.renderTruth(state);
    this.renderReports(state);
    this.renderLog(state);
    this.renderCharts(state);
    // A bot seated, resumed (after a restart or a failover) or taken out, here or by another facilitator: list them again.
    const botEvents = state.log.filter((l) => l.kind === 'bot').length;
    if (botEvents !== this.botEvents) {
      const seenBefore = this.botEvents !== undefined;
      this.botEvents = botEvents;
      if (seenBefore) this.refreshBots();
    }
  }

  renderPeople(state) {
    const bots = new Map(this.bots.map((b) => [b.role, b]));
    const key = JSON.stringify([state.nations, this.bots.map((b) => [b.role, b.policy]), this.policies]);
    keyed(this.invites, key, () => [...state.nations, { id: model.WHITE_CELL, name: 'A second facilitator' }].map((n) => {
      const bot = bots.get(n.id);
      let botCell = '';
      if (n.id !== model.WHITE_CELL && bot) {
        botCell = el('div', { class: 'bot-cell' }, el('span', { class: 'bot-holds' }, `Bot playing (${bot.policy})`),
          el('button', { type: 'button', class: 'secondary', 'data-bot': 'handback', 'data-role': n.id, 'data-focus': `handback-${n.id}` },
            'Hand back to a player', el('span', { class: 'sr-only' }, ` (${n.name})`)));
      } else if (n.id !== model.WHITE_CELL && this.policies.length) {
        const pick = el('select', { 'data-policy-for': n.id, id: `bot-policy-${n.id}`, 'data-focus': `policy-${n.id}` },
          this.policies.map((p) => el('option', { value: p }, p)));
        botCell = el('div', { class: 'bot-cell' }, el('label', { for: pick.id, class: 'sr-only' }, `Bot policy for ${n.name}`), pick,
          el('button', { type: 'button', class: 'secondary', 'data-bot': 'start', 'data-role': n.id, 'data-focus': `bot-${n.id}` },
            'Put a bot in', el('span', { class: 'sr-only' }, ` (${n.name})`)));
      }
      return el('tr', { 'data-role': n.id },
        el('th', { scope: 'row' }, n.name),
        el('td', {}, el('button', { type: 'button', class: 'secondary', 'data-invite': 'issue', 'data-role': n.id, 'data-focus': `issue-${n.id}` }, 'Issue a link')),
        el('td', {}, botCell),
        el('td', {}, n.id === model.WHITE_CELL ? '' : el('button', { type: 'button', class: 'secondary danger', 'data-invite': 'revoke', 'data-role': n.id, 'data-focus': `revoke-${n.id}` }, 'Revoke links')));
    }));
  }

  /** Who has sent orders this turn (the white cell sees every nation's orders as they come). */
  renderOrdersStatus(state) {
    const g = state.game;
    const active = ['negotiation', 'council', 'orders'].includes(g.clock.phase);
    const sent = g.orders || {};
    const bots = new Set(this.bots.map((b) => b.role));
    keyed($('orders-status-body'), JSON.stringify([g.clock.turn, g.clock.phase, Object.keys(sent), [...bots]]), () => state.nations.map((n) => {
      const has = !!sent[n.id];
      const text = has ? `Sent (turn ${g.clock.turn})` : active ? 'Not yet' : '—';
      return el('tr', { 'data-nation': n.id, 'data-orders': has ? 'sent' : 'missing' },
        el('th', { scope: 'row' }, n.name, bots.has(n.id) ? el('span', { class: 'hint' }, ' (bot)') : null),
        el('td', { class: has ? 'online' : 'offline' }, text));
    }));
  }

  /** Once the exercise has ended, the console links to the debrief (the after-action review). */
  renderDebrief(state) {
    const ended = state.game.clock.phase === 'ended' || !!state.game.ended;
    const box = $('debrief');
    if (ended && box.hidden) {
      $('debrief-link').setAttribute('href', this.reviewLink(this.conn.token));
      box.hidden = false;
      this.refreshReview();
    } else if (!ended) box.hidden = true;
  }

  /** The true figures of each relationship beside the leader's and the partner's estimates of it. */
  renderTruth(state) {
    const adjs = state.game.adjudications || [];
    $('truth-none').hidden = adjs.length > 0;
    options(this.truthTurn, [...adjs].reverse().map((a) => ({ value: String(a.turn), label: `Turn ${a.turn}` })));
    if (!adjs.length) {
      replaceChildren($('truth-body'));
      return;
    }
    if (!adjs.some((a) => String(a.turn) === this.truthTurn.value)) this.truthTurn.value = String(adjs[adjs.length - 1].turn);
    const a = adjs.find((x) => String(x.turn) === this.truthTurn.value);
    const estimate = (nation, rel, direction) => {
      const r = model.reportsOf(state, nation).find((x) => x.turn === a.turn);
      const e = r && (r.estimates || []).find((x) => x.direction === direction && x.leader === rel.leader && x.partner === rel.partner);
      return e || null;
    };
    const diff = (e, truth) => (e ? `${model.fmt(e.estimate)} (${e.estimate - truth >= 0 ? '+' : '−'}${model.fmt(Math.abs(e.estimate - truth))})` : '—');
    keyed($('truth-body'), JSON.stringify([a, state.game.reports, state.nations]), () => {
      const co = (a.coalitions || []).map((c) => `${c.coalition}: effectiveness ${model.fmt(c.effectiveness)}, progress ${model.fmt(c.progressBefore)} → ${model.fmt(c.progressAfter)}${c.victory ? ' — victory' : ''}`);
      return [
        el('ul', {}, co.map((t) => el('li', {}, t))),
        table(`Turn ${a.turn}: true soft power beside each side's estimate`, ['Leader → partner', 'True soft power', 'Leader\'s estimate (error)', 'Partner\'s estimate (error)', 'Recommended', 'Failure', 'Compliance'],
          (a.relationships || []).map((rel) => {
            const le = estimate(rel.leader, rel, 'yours');
            const pe = estimate(rel.partner, rel, 'theirs');
            return {
              attrs: { 'data-relationship': `${rel.leader}-${rel.partner}` },
              cells: [`${model.nationName(state, rel.leader)} → ${model.nationName(state, rel.partner)}`, el('strong', { class: 'truth' }, model.fmt(rel.softPower)),
                diff(le, rel.softPower), diff(pe, rel.softPower), model.words(rel.recommended),
                el('span', { class: rel.failure !== 'NONE' ? 'flag' : '' }, model.words(rel.failure)), `${model.words(rel.compliance)} (${model.fmt(rel.intensity)})`],
            };
          })),
        el('details', {}, el('summary', {}, 'The inputs the adjudicator derived'),
          table(null, ['Relationship', 'Threat', 'Power', 'Opportunity', 'Affinity', 'Voice', 'Divergence', 'Coercion', 'Bolstering', 'Side-payment', 'Conditionality', 'Leader\'s stated estimate'],
            (a.relationships || []).map((rel) => [`${rel.leader} → ${rel.partner}`, ...['threat', 'power', 'opportunity', 'affinity', 'voice', 'divergence', 'coercion', 'bolstering', 'sidePayment', 'conditionality']
              .map((k) => model.fmt(rel.inputs[k])), rel.inputs.leaderEstimate === null ? '—' : model.fmt(rel.inputs.leaderEstimate)]))),
        table('Burden', ['Nation', 'Costs', 'Benefits', 'Flag'], (a.burden || []).map((b) => [model.nationName(state, b.nation), model.pct(b.costShare), model.pct(b.benefitShare), b.flag || '—'])),
        el('ul', {}, (a.offers || []).map((o) => el('li', {}, `${o.status}: ${o.note}`))),
      ];
    });
  }

  renderReports(state) {
    options(this.reportNation, state.nations.map((n) => ({ value: n.id, label: n.name })));
    const nation = this.reportNation.value;
    const reports = model.reportsOf(state, nation);
    keyed($('wc-report-body'), JSON.stringify([nation, reports.length ? reports[reports.length - 1] : null]), () => (reports.length
      ? [...reportSummary(state, reports[reports.length - 1], nation), ...reportDetails(state, reports[reports.length - 1], nation)] : el('p', { class: 'hint' }, 'No report yet.')));
  }

  renderLog(state) {
    const g = state.game;
    keyed($('wc-log'), JSON.stringify([state.log, state.crises]), () => {
      const items = [...state.log].reverse();
      return items.length ? el('ul', {}, items.map((l) => el('li', { class: `log-${l.kind}` }, el('strong', {}, l.kind), ': ', l.text)))
        : el('p', { class: 'hint' }, 'Nothing yet.');
    });
    void g;
  }

  renderCharts(state) {
    const adjs = state.game.adjudications || [];
    const key = JSON.stringify(adjs.map((a) => a.turn)) + JSON.stringify(state.game.coalitions);
    if (key === this.chartKey) return;
    this.chartKey = key;
    const turns = adjs.map((a) => a.turn);
    const coalitions = [...new Set(adjs.flatMap((a) => a.coalitions.map((c) => c.coalition)))];
    // The war's progress: where it stood before the first adjudicated turn (as turn 0), then after each.
    const ptTurns = adjs.length ? [adjs[0].turn - 1, ...turns] : [];
    lineChart($('wc-chart-progress'), {
      id: 'war-progress', title: 'The war\'s progress after each turn (victory at ' + model.fmt(state.game.victoryAt) + ')', turns: ptTurns,
      series: coalitions.map((c) => {
        const at = (a) => a.coalitions.find((y) => y.coalition === c);
        const first = adjs.length && at(adjs[0]) ? at(adjs[0]).progressBefore : null;
        return { label: c, values: adjs.length ? [first, ...adjs.map((a) => (at(a) ? at(a).progressAfter : null))] : [] };
      }),
      range: [0, 1],
    });
    const rels = [...new Set(adjs.flatMap((a) => a.relationships.map((r) => `${r.leader}|${r.partner}`)))];
    lineChart($('wc-chart-soft'), {
      id: 'true-soft-power', title: 'True soft power per relationship', turns,
      series: rels.map((k) => {
        const [l, p] = k.split('|');
        return { label: `${l} → ${p}`, values: adjs.map((a) => { const r = a.relationships.find((x) => x.leader === l && x.partner === p); return r ? r.softPower : null; }) };
      }),
      range: [-1, 1],
    });
  }
}

export function startWhiteCell(conn) {
  return new WhiteCellView(conn);
}
