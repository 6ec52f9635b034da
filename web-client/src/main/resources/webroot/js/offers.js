// Offers and threats: the inbox (accept, reject, counter), what this nation sent (withdraw), the
// history of what was promised and what became of it (kept or broken, from the reports), and the
// form to compose an aid offer, side-payment, threat or request with its conditions. A refusal from
// the server is shown beside the field it names.

import { $, el } from './dom.js';
import * as model from './model.js';
import { FormErrors, keyed, labelled, options, slider, table } from './ui.js';

const STATUS_WORDS = {
  pending: 'awaiting an answer', accepted: 'accepted', rejected: 'rejected', countered: 'countered',
  withdrawn: 'withdrawn', expired: 'expired', kept: 'kept', broken: 'broken',
};

function conditionsText(o) {
  const c = o.conditions || {};
  const parts = [];
  if (c.stringency) parts.push(`stringency ${model.fmt(c.stringency)}`);
  if (c.requiredForces !== null && c.requiredForces !== undefined) parts.push(`commit at least ${model.pct(c.requiredForces)} of forces`);
  if (!parts.length && !c.text) return 'no conditions';
  return parts.join('; ');
}

/** One offer as a card: who, what, the demand and the conditions in the sender's own words (as text). */
function offerCard(state, o, actions) {
  const status = model.offerStatus(state, o);
  return el('li', { class: `offer offer-${o.kind}`, 'data-offer': o.id, 'data-status': status },
    el('p', { class: 'offer-head' },
      el('strong', {}, `${model.KIND_LABEL[o.kind] || o.kind}`),
      ` from ${model.nationName(state, o.from)} to ${model.nationName(state, o.to)} · turn ${o.turn} · `,
      el('span', { class: 'status' }, STATUS_WORDS[status] || status)),
    el('p', { class: 'offer-what' }, model.offerWhat(o), o.counterOf ? ' (a counter-offer)' : ''),
    o.demand ? el('p', { class: 'offer-demand' }, el('span', { class: 'k' }, 'Demand: '), el('span', { class: 'user-text' }, o.demand)) : null,
    el('p', { class: 'offer-conditions' }, el('span', { class: 'k' }, 'Conditions: '), conditionsText(o)),
    o.conditions && o.conditions.text ? el('p', { class: 'offer-conditions-text user-text' }, o.conditions.text) : null,
    o.delivered ? el('p', {}, `Delivered: ${o.delivered} unit(s)`) : null,
    actions && actions.length ? el('div', { class: 'actions' }, actions) : null);
}

export class OffersView {
  constructor(conn) {
    this.conn = conn;
    this.inbox = $('offers-inbox');
    this.sent = $('offers-sent');
    this.history = $('offers-history');
    this.actionError = $('offers-action-error');
    this.counterOf = null;
    this.buildForm($('offer-form-host'));
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  buildForm(host) {
    const general = el('p', { class: 'error', role: 'alert', id: 'offer-error' });
    this.errors = new FormErrors(general);
    const f = {};
    f.to = el('select', { id: 'offer-to', name: 'to' });
    f.kind = el('select', { id: 'offer-kind', name: 'kind' },
      ['aid', 'sidePayment', 'threat', 'request'].map((k) => el('option', { value: k }, model.KIND_LABEL[k])));
    f.form = el('input', { id: 'offer-form', type: 'text', maxlength: 200, placeholder: 'e.g. Lend-Lease materiel' });
    f.amount = el('input', { id: 'offer-amount', type: 'number', min: 1, step: 1, value: 1, inputmode: 'numeric' });
    f.share = slider({ min: 0.05, max: 1, step: 0.05, value: 0.3, label: 'Share of its forces you ask for', format: (v) => `${Math.round(v * 100)}%` });
    f.severity = slider({ min: 0.05, max: 1, step: 0.05, value: 0.5, label: 'Severity (1: force or abandonment)' });
    f.demand = el('textarea', { id: 'offer-demand', rows: 2, maxlength: 4000 });
    f.condText = el('textarea', { id: 'offer-cond-text', rows: 2, maxlength: 4000 });
    f.stringency = slider({ min: 0, max: 1, step: 0.05, value: 0, label: 'Stringency of the conditions (0 none, 0.3 mild, 0.6 firm, 1 draconian)' });
    f.reqOn = el('input', { type: 'checkbox', id: 'offer-req-on' });
    f.req = slider({ min: 0, max: 1, step: 0.05, value: 0.5, label: 'Share of its forces the recipient must commit', format: (v) => `${Math.round(v * 100)}%` });
    f.counterText = el('span', { id: 'offer-counter-text' });
    f.counterLine = el('p', { class: 'counter-line', id: 'offer-counter-line', hidden: true }, f.counterText, ' ');
    f.cancelCounter = el('button', { type: 'button', class: 'secondary', id: 'offer-counter-cancel' }, 'Not a counter-offer');
    f.submit = el('button', { type: 'submit', id: 'offer-send' }, 'Send');
    f.budgetHint = el('p', { class: 'hint', id: 'offer-budget-hint' });
    this.f = f;

    const amountWrap = labelled('Resource units', f.amount);
    const demandWrap = labelled('Demand: what the recipient is to do', f.demand);
    const e = this.errors;
    amountWrap.append(e.field('amount', f.amount), f.budgetHint);
    // The server names `amount` for aid units and for a request's share alike: kindChanged points it at the one shown.
    const shareError = el('p', { class: 'error field-error', role: 'alert', id: 'offer-share-error' });
    f.share.input.setAttribute('aria-describedby', 'offer-share-error');
    f.share.wrap.append(shareError);
    this.amountEntries = { units: e.fields.get('amount'), share: { input: f.share.input, p: shareError } };
    f.severity.wrap.append(e.field('severity', f.severity.input));
    demandWrap.append(e.field('demand', f.demand));
    const toWrap = labelled('To', f.to);
    toWrap.append(e.field('to', f.to));
    const kindWrap = labelled('Kind', f.kind, 'Aid strengthens the war effort; a side-payment is unrelated to the war (trade, a visit, a guarantee).');
    kindWrap.append(e.field('kind', f.kind));
    const formWrap = labelled('What it consists of (optional)', f.form);
    formWrap.append(e.field('form', f.form));
    const condWrap = labelled('Conditions, in your words (optional)', f.condText);
    condWrap.append(e.field('conditions.text', f.condText));
    f.stringency.wrap.append(e.field('conditions.stringency', f.stringency.input));
    const reqWrap = el('div', { class: 'field' },
      el('div', { class: 'check' }, f.reqOn, el('label', { for: 'offer-req-on' }, 'Require the recipient to commit forces')), f.req.wrap);
    f.req.wrap.append(e.field('conditions.requiredForces', f.req.input));
    f.counterLine.append(e.field('counterOf', f.cancelCounter));
    this.wraps = { amountWrap, share: f.share.wrap, severity: f.severity.wrap, demandWrap, req: f.req.wrap };

    const form = el('form', { id: 'offer-compose', class: 'stack', novalidate: true },
      f.counterLine, el('div', { class: 'row' }, toWrap, kindWrap), formWrap, amountWrap, f.share.wrap, f.severity.wrap, demandWrap,
      el('fieldset', {}, el('legend', {}, 'Conditions'), condWrap, f.stringency.wrap, reqWrap),
      el('div', { class: 'row' }, f.submit), general);
    f.kind.addEventListener('change', () => this.kindChanged());
    f.reqOn.addEventListener('change', () => { f.req.input.disabled = !f.reqOn.checked; });
    f.req.input.disabled = true;
    f.cancelCounter.addEventListener('click', () => this.setCounter(null));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.send();
    });
    host.append(form);
    this.kindChanged();
  }

  kindChanged() {
    const k = this.f.kind.value;
    const units = k === 'aid' || k === 'sidePayment';
    this.wraps.amountWrap.hidden = !units;
    this.wraps.share.hidden = k !== 'request';
    this.wraps.severity.hidden = k !== 'threat';
    this.wraps.demandWrap.hidden = !(k === 'threat' || k === 'request');
    this.errors.fields.set('amount', k === 'request' ? this.amountEntries.share : this.amountEntries.units);
  }

  /**
   * Puts an offer's terms into the form (the defaults for none): a new offer starts blank, and a
   * counter-offer starts from the terms it answers, so nothing of an earlier offer is carried over.
   */
  fill(o) {
    const f = this.f;
    const c = (o && o.conditions) || {};
    f.kind.value = o ? o.kind : 'aid';
    f.form.value = (o && o.form) || '';
    f.amount.value = o && (o.kind === 'aid' || o.kind === 'sidePayment') ? String(o.amount) : '1';
    f.share.input.value = String(o && o.kind === 'request' ? o.amount : 0.3);
    f.severity.input.value = String(o && o.kind === 'threat' && o.severity ? o.severity : 0.5);
    f.demand.value = (o && o.demand) || '';
    f.condText.value = c.text || '';
    f.stringency.input.value = String(c.stringency || 0);
    f.reqOn.checked = typeof c.requiredForces === 'number';
    f.req.input.value = String(typeof c.requiredForces === 'number' ? c.requiredForces : 0.5);
    f.req.input.disabled = !f.reqOn.checked;
    for (const sl of [f.share, f.severity, f.stringency, f.req]) sl.sync();
    this.kindChanged();
  }

  setCounter(offer) {
    this.counterOf = offer ? offer.id : null;
    const line = this.f.counterLine;
    if (offer) {
      this.fill(offer);
      this.f.to.value = offer.from;
      this.f.counterText.textContent = `Countering ${model.nationName(this.conn.state, offer.from)}'s ${model.KIND_LABEL[offer.kind].toLowerCase()} (${model.offerWhat(offer)}): your offer goes back to them and closes theirs.`;
      line.hidden = false;
      this.f.to.disabled = true;
      this.f.kind.focus();
    } else {
      this.f.counterText.textContent = '';
      line.hidden = true;
      this.f.to.disabled = false;
    }
  }

  send() {
    const { f, conn } = this;
    const kind = f.kind.value;
    const cmd = { type: 'makeOffer', to: f.to.value, kind };
    if (f.form.value.trim()) cmd.form = f.form.value.trim();
    if (kind === 'aid' || kind === 'sidePayment') cmd.amount = Number(f.amount.value);
    if (kind === 'request') cmd.amount = Number(f.share.input.value);
    if (kind === 'threat') cmd.severity = Number(f.severity.input.value);
    if ((kind === 'threat' || kind === 'request') && f.demand.value.trim()) cmd.demand = f.demand.value;
    const conditions = {};
    if (f.condText.value.trim()) conditions.text = f.condText.value;
    if (Number(f.stringency.input.value) > 0) conditions.stringency = Number(f.stringency.input.value);
    if (f.reqOn.checked) conditions.requiredForces = Number(f.req.input.value);
    if (Object.keys(conditions).length) cmd.conditions = conditions;
    if (this.counterOf) cmd.counterOf = this.counterOf;
    this.errors.clear();
    // Not disabled while sending (that would drop the keyboard focus to the page): a flag stops a double send.
    if (this.sending) return;
    this.sending = true;
    $('offer-sent-note').textContent = '';
    conn.send(cmd).then(() => {
      this.setCounter(null);
      this.fill(null);
      this.errors.general.textContent = '';
      $('offer-sent-note').textContent = `Sent to ${model.nationName(conn.state, cmd.to)}.`;
    }, (rejected) => this.errors.show(rejected)).finally(() => { this.sending = false; });
  }

  answer(offer, accept) {
    this.actionError.textContent = '';
    this.conn.send({ type: 'answerOffer', offer: offer.id, accept }).catch((r) => { this.actionError.textContent = r.message; });
  }

  withdraw(offer) {
    this.actionError.textContent = '';
    this.conn.send({ type: 'withdrawOffer', offer: offer.id }).catch((r) => { this.actionError.textContent = r.message; });
  }

  render(state) {
    const g = state.game;
    if (!g || !g.you) return;
    const f = this.f;
    options(f.to, state.nations.filter((n) => n.id !== state.role).map((n) => ({ value: n.id, label: n.name })));
    const free = model.uncommitted(state);
    f.amount.max = String(Math.max(1, free));
    f.budgetHint.textContent = `You can still promise ${free} of your ${g.you.budget} units this turn.`;
    // The stringency slider stops at what the government allows.
    const maxC = g.you.maxConditionality;
    if (f.stringency.input.max !== String(maxC)) {
      f.stringency.input.max = String(maxC);
      f.stringency.sync();
    }
    const phase = g.clock.phase;
    const canMake = (phase === 'negotiation' || phase === 'council') && !g.clock.paused;
    f.submit.disabled = false;
    $('offer-phase-hint').textContent = canMake ? 'Offers may be made in this phase.'
      : 'Offers are made in the negotiation and council phases; the server will refuse one now.';

    const offers = g.offers || [];
    const incoming = offers.filter((o) => o.to === state.role && o.status === 'pending');
    const mine = offers.filter((o) => o.from === state.role && o.status === 'pending');
    const reportsKey = model.reportsOf(state).map((r) => r.offers);
    keyed(this.inbox, JSON.stringify(incoming), () => (incoming.length
      ? el('ul', { class: 'offer-list' }, incoming.map((o) => offerCard(state, o, [
        el('button', { type: 'button', 'data-focus': `acc-${o.id}`, 'data-action': 'accept', 'aria-label': `Accept ${model.nationName(state, o.from)}'s ${model.KIND_LABEL[o.kind].toLowerCase()}` }, 'Accept'),
        el('button', { type: 'button', class: 'secondary', 'data-focus': `rej-${o.id}`, 'data-action': 'reject', 'aria-label': `Reject ${model.nationName(state, o.from)}'s ${model.KIND_LABEL[o.kind].toLowerCase()}` }, 'Reject'),
        el('button', { type: 'button', class: 'secondary', 'data-focus': `ctr-${o.id}`, 'data-action': 'counter', 'aria-label': `Counter ${model.nationName(state, o.from)}'s ${model.KIND_LABEL[o.kind].toLowerCase()}` }, 'Counter…'),
      ])))
      : el('p', { class: 'hint' }, 'Nothing awaits your answer.')));
    keyed(this.sent, JSON.stringify(mine), () => (mine.length
      ? el('ul', { class: 'offer-list' }, mine.map((o) => offerCard(state, o, [
        el('button', { type: 'button', class: 'secondary', 'data-focus': `wd-${o.id}`, 'data-action': 'withdraw', 'aria-label': `Withdraw your offer to ${model.nationName(state, o.to)}` }, 'Withdraw')])))
      : el('p', { class: 'hint' }, 'You have no offer awaiting an answer.')));
    const closed = offers.filter((o) => o.status !== 'pending').sort((a, b) => b.turn - a.turn);
    keyed(this.history, JSON.stringify([closed, reportsKey]), () => (closed.length
      ? table('What was promised and what became of it', ['Turn', 'From → to', 'Kind', 'What', 'Conditions', 'Status', 'Delivered'],
        closed.map((o) => ({
          attrs: { 'data-offer': o.id },
          cells: [String(o.turn), `${model.nationName(state, o.from)} → ${model.nationName(state, o.to)}`, model.KIND_LABEL[o.kind],
            model.offerWhat(o), el('span', { class: 'user-text' }, [conditionsText(o), o.conditions && o.conditions.text ? ` — ${o.conditions.text}` : '']),
            el('strong', { class: `status status-${model.offerStatus(state, o)}` }, STATUS_WORDS[model.offerStatus(state, o)] || model.offerStatus(state, o)),
            o.kind === 'aid' || o.kind === 'sidePayment' ? String(o.delivered || 0) : '—'],
        })), { rowHeaders: true })
      : el('p', { class: 'hint' }, 'No offer has been answered yet.')));
  }

  wire() {
    const handler = (e) => {
      const b = e.target.closest('button[data-action]');
      if (!b) return;
      const id = b.closest('[data-offer]').dataset.offer;
      const offer = (this.conn.state.game.offers || []).find((o) => o.id === id);
      if (!offer) return;
      if (b.dataset.action === 'accept') this.answer(offer, true);
      else if (b.dataset.action === 'reject') this.answer(offer, false);
      else if (b.dataset.action === 'withdraw') this.withdraw(offer);
      else if (b.dataset.action === 'counter') this.setCounter(offer);
    };
    this.inbox.addEventListener('click', handler);
    this.sent.addEventListener('click', handler);
    return this;
  }
}

export function startOffers(conn) {
  return new OffersView(conn).wire();
}
