// A coalition leader's stance toward each partner: engage (the default), leave (a lost cause written
// off) or keepOut (its entry would cost the coalition). Each needs a reason; the turn report says
// whether the adjudicator accepted it or charged neglect all the same. A partner asked to stay out
// sees that request here.

import { $, el, replaceChildren } from './dom.js';
import * as model from './model.js';
import { FormErrors, labelled } from './ui.js';

const STANCES = [
  ['engage', 'Engage: seek its cooperation (the default)'],
  ['leave', 'Leave it: a lost cause, knowingly written off'],
  ['keepOut', 'Keep it out: its entry would cost the coalition'],
];
const WORDS = Object.fromEntries(STANCES.map(([k, v]) => [k, v.split(':')[0]]));
const OPEN_PHASES = ['negotiation', 'council', 'orders'];

export class StancesView {
  constructor(conn) {
    this.conn = conn;
    this.section = $('stances');
    this.host = $('stances-host');
    this.layoutKey = null;
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  /** The form is rebuilt only when the partners it offers change. */
  build(state) {
    const led = model.ledCoalitions(state);
    const general = el('p', { class: 'error', role: 'alert', id: 'stance-error' });
    const errors = new FormErrors(general);
    const partner = el('select', { id: 'stance-partner' },
      this.partners(state).map((n) => el('option', { value: n }, model.nationName(state, n))));
    const stance = el('select', { id: 'stance-kind' }, STANCES.map(([k, v]) => el('option', { value: k }, v)));
    const reason = el('textarea', { id: 'stance-reason', rows: 2, maxlength: 500 });
    const coalition = led.length > 1
      ? el('select', { id: 'stance-coalition' }, led.map((c) => el('option', { value: c.id }, c.name || c.id))) : null;
    const fields = [
      withError(labelled('Partner', partner), errors.field('partner', partner)),
      withError(labelled('Stance', stance), errors.field('stance', stance)),
      withError(labelled('Reason (required; the report judges it)', reason,
        'Leaving a motivated partner, or keeping one out unpaid, is still charged as neglect.'), errors.field('reason', reason)),
    ];
    if (coalition) fields.unshift(withError(labelled('Coalition', coalition), errors.field('coalition', coalition)));
    const submit = el('button', { type: 'submit', id: 'stance-submit' }, 'Declare stance');
    const note = el('p', { class: 'hint', id: 'stance-sent', role: 'status' });
    const form = el('form', { id: 'stance-form', class: 'stack', novalidate: true }, fields, el('div', { class: 'row' }, submit), general, note);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      errors.clear();
      note.textContent = '';
      const cmd = { type: 'setStance', partner: partner.value, stance: stance.value, reason: reason.value };
      if (coalition) cmd.coalition = coalition.value;
      if (this.sending) return;
      this.sending = true;
      submit.setAttribute('aria-disabled', 'true');
      this.conn.send(cmd).then(() => {
        note.textContent = `Stance declared: ${WORDS[cmd.stance]} toward ${model.nationName(this.conn.state, cmd.partner)}.`;
        reason.value = '';
      }, (r) => errors.show(r)).finally(() => {
        this.sending = false;
        submit.removeAttribute('aria-disabled');
      });
    });
    this.submit = submit;
    this.list = el('ul', { id: 'stance-list', class: 'stance-list' });
    return [form, el('h4', {}, 'In force'), this.list];
  }

  partners(state) {
    const g = state.game;
    return (g.nations || []).map((n) => n.id).filter((id) => id !== state.role);
  }

  render(state) {
    const g = state.game;
    if (!g || !g.you) return;
    const leads = model.ledCoalitions(state).length > 0;
    const stances = g.stances || [];
    const toMe = stances.filter((s) => s.partner === state.role && s.stance === 'keepOut');
    this.section.hidden = !leads && toMe.length === 0;
    if (!leads) {
      replaceChildren(this.host, el('ul', { id: 'stance-list', class: 'stance-list' }, toMe.map((s) => el('li', {},
        `${model.nationName(state, s.leader)} asks you to stay out of ${model.anyName(state, s.coalition)}: “${s.reason}”`))));
      return;
    }
    const key = JSON.stringify(this.partners(state));
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      replaceChildren(this.host, this.build(state));
    }
    const open = OPEN_PHASES.includes(g.clock.phase) && !g.clock.paused;
    this.submit.disabled = !open;
    const mine = stances.filter((s) => s.leader === state.role);
    replaceChildren(this.list, mine.length ? mine.map((s) => el('li', {},
      `${model.nationName(state, s.partner)}: ${WORDS[s.stance] || s.stance} (since turn ${s.turn}) — “${s.reason}”`))
      : el('li', { class: 'hint' }, 'None declared: you engage every partner.'));
  }
}

function withError(wrap, error) {
  wrap.append(error);
  return wrap;
}

export function startStances(conn) {
  return new StancesView(conn);
}
