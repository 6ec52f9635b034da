// Orders, in the orders phase: the share of forces committed, money, basing and overflight, what is
// delivered on each accepted offer, rejected threats carried out, and — for a leader — its stated
// assessment of its soft power toward each partner. The last orders sent count.

import { $, el, replaceChildren } from './dom.js';
import * as model from './model.js';
import { FormErrors, labelled, slider } from './ui.js';

export class OrdersView {
  constructor(conn) {
    this.conn = conn;
    this.host = $('orders-host');
    this.status = $('orders-status');
    this.layoutKey = null;
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  /** The form is rebuilt only when what it asks for changes (a new turn, a new accepted offer, a partner). */
  build(state) {
    const g = state.game;
    const general = el('p', { class: 'error', role: 'alert', id: 'orders-error' });
    const errors = new FormErrors(general);
    this.errors = errors;
    const sent = (g.orders || {})[state.role];
    const forces = slider({ id: 'orders-forces', min: 0, max: 1, step: 0.05, value: sent ? sent.forces : 0.5, label: 'Forces committed to the war (share of your forces)', format: (v) => `${Math.round(v * 100)}%` });
    forces.wrap.append(errors.field('forces', forces.input));
    const money = el('input', { type: 'number', id: 'orders-money', min: 0, step: 1, value: sent ? sent.money : 0, inputmode: 'numeric' });
    const moneyWrap = labelled('Money to the war effort (units)', money);
    moneyWrap.append(errors.field('money', money));
    const basing = el('input', { type: 'checkbox', id: 'orders-basing' });
    basing.checked = sent ? sent.basing : false;
    const overflight = el('input', { type: 'checkbox', id: 'orders-overflight' });
    overflight.checked = sent ? sent.overflight : false;
    const access = el('fieldset', {}, el('legend', {}, 'Access granted to the coalition'),
      el('div', { class: 'check' }, basing, el('label', { for: 'orders-basing' }, 'Bases on your territory')),
      el('div', { class: 'check' }, overflight, el('label', { for: 'orders-overflight' }, 'Overflight')));
    errors.field('basing', basing);
    errors.field('overflight', overflight);

    const deliverable = this.deliverable(state);
    const deliveries = deliverable.map((o) => {
      const input = el('input', { type: 'number', min: 0, max: Math.trunc(o.amount), step: 1, 'data-offer': o.id, id: `deliver-${o.id}`,
        value: sent && sent.deliveries && sent.deliveries[o.id] !== undefined ? sent.deliveries[o.id] : Math.trunc(o.amount) });
      const w = labelled(`Deliver to ${model.nationName(state, o.to)}: ${model.offerWhat(o)} promised`, input);
      w.append(errors.field(`deliveries.${o.id}`, input));
      return { o, input, w };
    });
    const threats = this.threats(state).map((o) => {
      const box = el('input', { type: 'checkbox', id: `carry-${o.id}`, 'data-offer': o.id });
      box.checked = !!(sent && sent.carryOut && sent.carryOut.includes(o.id));
      return { o, box, w: el('div', { class: 'check' }, box, el('label', { for: box.id }, `Carry out the threat against ${model.nationName(state, o.to)} (severity ${model.fmt(o.severity)}; costs 1 unit)`)) };
    });
    const partners = this.partners(state).map((n) => {
      const on = el('input', { type: 'checkbox', id: `assess-on-${n}` });
      const had = sent && sent.assessments && sent.assessments[n] !== undefined;
      on.checked = had;
      const s = slider({ min: -1, max: 1, step: 0.05, value: had ? sent.assessments[n] : 0.3, label: `Your soft power toward ${model.nationName(state, n)}` });
      s.input.disabled = !had;
      on.addEventListener('change', () => { s.input.disabled = !on.checked; });
      s.wrap.append(errors.field(`assessments.${n}`, s.input));
      return { n, on, s, w: el('div', { class: 'assessment' }, el('div', { class: 'check' }, on, el('label', { for: on.id }, `State an assessment for ${model.nationName(state, n)}`)), s.wrap) };
    });
    const spend = el('p', { class: 'hint', id: 'orders-spend', 'aria-live': 'polite' });
    const submit = el('button', { type: 'submit', id: 'orders-submit' }, 'Send orders');
    const form = el('form', { id: 'orders-form', class: 'stack', novalidate: true },
      forces.wrap, moneyWrap, access,
      el('fieldset', {}, el('legend', {}, 'Deliveries on accepted offers'),
        deliveries.length ? deliveries.map((d) => d.w) : el('p', { class: 'hint' }, 'You promised nothing this turn.')),
      threats.length ? el('fieldset', {}, el('legend', {}, 'Rejected threats'), threats.map((t) => t.w)) : null,
      partners.length ? el('fieldset', {}, el('legend', {}, 'Your assessments (a leader\'s soft power, −1 … 1; optional)'),
        el('p', { class: 'hint' }, 'If you state none, the adjudicator uses the estimate in your last report.'),
        partners.map((p) => p.w)) : null,
      spend, el('div', { class: 'row' }, submit), general);
    const updateSpend = () => {
      const units = Number(money.value || 0) + deliveries.reduce((n, d) => n + Number(d.input.value || 0), 0)
        + threats.filter((t) => t.box.checked).length;
      spend.textContent = `These orders spend ${units} of your ${g.you.budget} units.`;
    };
    form.addEventListener('input', updateSpend);
    form.addEventListener('change', updateSpend);
    updateSpend();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      errors.clear();
      const cmd = { type: 'submitOrders', forces: Number(forces.input.value), money: Number(money.value || 0), basing: basing.checked, overflight: overflight.checked };
      if (deliveries.length) cmd.deliveries = Object.fromEntries(deliveries.map((d) => [d.o.id, Number(d.input.value || 0)]));
      const carry = threats.filter((t) => t.box.checked).map((t) => t.o.id);
      if (carry.length) cmd.carryOut = carry;
      const assessed = partners.filter((p) => p.on.checked);
      if (assessed.length) cmd.assessments = Object.fromEntries(assessed.map((p) => [p.n, Number(p.s.input.value)]));
      // The button stays enabled (a disabled button would drop the keyboard focus to the page): a flag stops a double send.
      if (this.sending) return;
      this.sending = true;
      submit.setAttribute('aria-disabled', 'true');
      this.conn.send(cmd).then(() => {
        this.render(this.conn.state);
      }, (r) => errors.show(r)).finally(() => {
        this.sending = false;
        submit.removeAttribute('aria-disabled');
      });
    });
    this.submit = submit;
    return form;
  }

  deliverable(state) {
    const g = state.game;
    return (g.offers || []).filter((o) => o.from === state.role && o.turn === g.clock.turn
      && (o.kind === 'aid' || o.kind === 'sidePayment') && o.status === 'accepted');
  }

  threats(state) {
    const g = state.game;
    return (g.offers || []).filter((o) => o.from === state.role && o.turn === g.clock.turn && o.kind === 'threat' && o.status === 'rejected');
  }

  partners(state) {
    return model.ledCoalitions(state).flatMap((c) => c.members.filter((m) => m !== state.role));
  }

  render(state) {
    const g = state.game;
    if (!g || !g.you) return;
    const phase = g.clock.phase;
    const key = JSON.stringify([g.clock.turn, this.deliverable(state).map((o) => o.id), this.threats(state).map((o) => o.id), this.partners(state)]);
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      replaceChildren(this.host, this.build(state));
    }
    const open = phase === 'orders' && !g.clock.paused;
    this.submit.disabled = !open;
    const sent = (g.orders || {})[state.role];
    // From this turn's orders as the server holds them, not from the page's memory: a new turn starts empty.
    $('orders-sent-note').textContent = sent && phase === 'orders'
      ? 'Orders received. You may send new ones until the phase ends: the last sent counts.' : '';
    this.status.textContent = open
      ? `The orders phase is open.${sent ? ' Your orders are in; sending again replaces them.' : ' You have not sent orders yet.'}`
      : `Orders are given in the orders phase${phase === 'lobby' || phase === 'ended' ? '' : ` (now: ${model.PHASE_LABEL[phase] || phase})`}. A nation that sends none keeps last turn's forces, bases and overflight and spends nothing.`;
  }
}

export function startOrders(conn) {
  return new OrdersView(conn);
}
