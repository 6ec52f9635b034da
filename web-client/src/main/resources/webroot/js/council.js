// The council: who holds a seat (public), the agenda and proposals with their votes (seated members),
// tabling, proposing and voting when seated, and the leader's grant/withdraw controls.

import { $, el } from './dom.js';
import * as model from './model.js';
import { FormErrors, keyed, labelled, options, slider, table } from './ui.js';

function proposalWhat(p) {
  if (p.kind === 'aims') return `Move the coalition's ${p.axis} toward ${model.fmt(p.toward)}`;
  if (p.kind === 'contribution') return `Every member commits at least ${model.pct(p.minForces)} of its forces this turn`;
  return 'Resolution';
}

export class CouncilView {
  constructor(conn) {
    this.conn = conn;
    this.seats = $('council-seats');
    this.agenda = $('council-agenda');
    this.status = $('council-status');
    this.actionError = $('council-action-error');
    this.decisions = $('council-decisions');
    this.buildForms($('council-forms'));
    this.seats.addEventListener('click', (e) => this.onSeat(e));
    this.agenda.addEventListener('click', (e) => this.onVote(e));
    conn.on('state', (s) => this.render(s));
    this.render(conn.state);
  }

  buildForms(host) {
    // Table an item.
    const tErr = el('p', { class: 'error', role: 'alert' });
    this.tableErrors = new FormErrors(tErr);
    const title = el('input', { type: 'text', id: 'item-title', maxlength: 200 });
    const text = el('textarea', { id: 'item-text', rows: 2 });
    const tTitle = labelled('Item title', title);
    tTitle.append(this.tableErrors.field('title', title));
    const tText = labelled('Details (optional)', text);
    tText.append(this.tableErrors.field('text', text));
    const tForm = el('form', { id: 'table-form', class: 'stack', novalidate: true }, el('h3', {}, 'Table an agenda item'),
      tTitle, tText, el('button', { type: 'submit', id: 'item-submit' }, 'Table item'), tErr);
    tForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.tableErrors.clear();
      const cmd = { type: 'tableItem', title: title.value.trim() };
      if (text.value.trim()) cmd.text = text.value;
      this.conn.send(cmd).then(() => { title.value = ''; text.value = ''; }, (r) => this.tableErrors.show(r));
    });

    // Propose.
    const pErr = el('p', { class: 'error', role: 'alert' });
    this.proposeErrors = new FormErrors(pErr);
    const item = el('select', { id: 'proposal-item' });
    const kind = el('select', { id: 'proposal-kind' },
      el('option', { value: 'aims' }, 'Aims or conduct: move the coalition toward a position'),
      el('option', { value: 'contribution' }, 'Contribution: every member commits at least a share of forces'),
      el('option', { value: 'resolution' }, 'Resolution: words only'));
    const ptext = el('textarea', { id: 'proposal-text', rows: 2 });
    const axis = el('select', { id: 'proposal-axis' }, el('option', { value: 'conduct' }, 'Conduct of the war'), el('option', { value: 'aims' }, 'War aims'));
    const toward = slider({ min: 0, max: 1, step: 0.05, value: 0.5, label: 'Toward (0 … 1 on the axis)' });
    const minForces = slider({ min: 0.05, max: 1, step: 0.05, value: 0.5, label: 'Each member commits at least', format: (v) => `${Math.round(v * 100)}%` });
    const wItem = labelled('Under the item', item);
    wItem.append(this.proposeErrors.field('item', item));
    const wKind = labelled('Kind', kind);
    wKind.append(this.proposeErrors.field('kind', kind));
    const wText = labelled('Text', ptext);
    wText.append(this.proposeErrors.field('text', ptext));
    const wAxis = labelled('Axis', axis);
    this.axisHint = el('p', { class: 'hint', id: 'axis-hint' });
    wAxis.append(this.axisHint, this.proposeErrors.field('axis', axis));
    toward.wrap.append(this.proposeErrors.field('toward', toward.input));
    minForces.wrap.append(this.proposeErrors.field('minForces', minForces.input));
    const sync = () => {
      wAxis.hidden = kind.value !== 'aims';
      toward.wrap.hidden = kind.value !== 'aims';
      minForces.wrap.hidden = kind.value !== 'contribution';
    };
    kind.addEventListener('change', sync);
    axis.addEventListener('change', () => this.render(this.conn.state, true));
    sync();
    const pForm = el('form', { id: 'propose-form', class: 'stack', novalidate: true }, el('h3', {}, 'Propose'),
      wItem, wKind, wText, wAxis, toward.wrap, minForces.wrap, el('button', { type: 'submit', id: 'proposal-submit' }, 'Propose'), pErr);
    pForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.proposeErrors.clear();
      const cmd = { type: 'propose', item: item.value, kind: kind.value };
      if (ptext.value.trim()) cmd.text = ptext.value;
      if (kind.value === 'aims') {
        cmd.axis = axis.value;
        cmd.toward = Number(toward.input.value);
      }
      if (kind.value === 'contribution') cmd.minForces = Number(minForces.input.value);
      this.conn.send(cmd).then(() => { ptext.value = ''; }, (r) => this.proposeErrors.show(r));
    });
    this.f = { item, axis, tForm, pForm };
    host.append(el('div', { class: 'row council-forms' }, tForm, pForm));
  }

  onSeat(e) {
    const b = e.target.closest('button[data-seat]');
    if (!b) return;
    this.actionError.textContent = '';
    this.conn.send({ type: 'setSeat', nation: b.dataset.seat, seated: b.dataset.seated === 'true' })
      .catch((r) => { this.actionError.textContent = r.message; });
  }

  onVote(e) {
    const b = e.target.closest('button[data-vote]');
    if (!b) return;
    this.actionError.textContent = '';
    this.conn.send({ type: 'vote', proposal: b.dataset.proposal, yes: b.dataset.vote === 'yes' })
      .catch((r) => { this.actionError.textContent = r.message; });
  }

  render(state) {
    const g = state.game;
    if (!g) return;
    const whiteCell = model.isWhiteCell(state);
    const seated = model.isSeated(state);
    const leader = model.isCouncilLeader(state);
    const council = model.councilCoalition(state);
    const name = g.scenario ? g.scenario.councilName : 'The council';
    const phase = g.clock.phase;
    this.status.textContent = `${name} (${g.scenario ? g.scenario.voting : ''} voting). `
      + (whiteCell ? 'The white cell sees the council\'s proceedings.'
        : seated ? 'You hold a seat: you may table items and propose (negotiation and council phases) and vote (council phase).'
          : 'You hold no seat: you see who is seated and what the council decides, not its proceedings.');

    // Seats: public; the leader grants and withdraws.
    const members = council ? council.members : [];
    keyed(this.seats, JSON.stringify([g.seats, members, leader, state.nations]), () => table('Seats', ['Nation', 'Seat', leader ? 'Leader\'s control' : ''],
      members.map((n) => {
        const has = g.seats.includes(n);
        const control = leader && n !== state.role
          ? el('button', { type: 'button', class: 'secondary', 'data-seat': n, 'data-seated': has ? 'false' : 'true', 'data-focus': `seat-${n}` },
            has ? `Withdraw ${model.nationName(state, n)}'s seat` : `Grant ${model.nationName(state, n)} a seat`)
          : '';
        return { attrs: { 'data-nation': n }, cells: [model.nationName(state, n), has ? 'Seated' : 'No seat', control] };
      })));

    const showForms = !whiteCell && seated;
    this.f.tForm.hidden = !showForms;
    this.f.pForm.hidden = !showForms;
    options(this.f.item, (g.agenda || []).filter((i) => i.turn === g.clock.turn).map((i) => ({ value: i.id, label: i.title })));
    if (g.scenario) {
      const ax = this.f.axis.value === 'aims' ? g.scenario.aimsAxis : g.scenario.conductAxis;
      this.axisHint.textContent = ax ? `0: ${ax.low} · 1: ${ax.high}` : '';
    }

    const proposals = g.proposals || [];
    const canVote = seated && phase === 'council' && !g.clock.paused;
    keyed(this.agenda, JSON.stringify([g.agenda, proposals, canVote, state.nations]), () => {
      if (!seated && !whiteCell) return el('p', { class: 'hint' }, 'The agenda and proposals are for seated members.');
      const items = [...(g.agenda || [])].sort((a, b) => b.turn - a.turn);
      if (!items.length) return el('p', { class: 'hint' }, 'Nothing has been tabled yet.');
      return el('ul', { class: 'agenda-list' }, items.map((i) => el('li', { class: 'agenda-item', 'data-item': i.id },
        el('h4', {}, el('span', { class: 'user-text' }, i.title), ` — tabled by ${model.nationName(state, i.by)}, turn ${i.turn}`),
        i.text ? el('p', { class: 'user-text' }, i.text) : null,
        el('ul', { class: 'proposal-list' }, proposals.filter((p) => p.item === i.id).map((p) => {
          const votes = Object.entries(p.votes || {});
          const mine = p.votes ? p.votes[state.role] : undefined;
          return el('li', { class: 'proposal', 'data-proposal': p.id, 'data-status': p.status },
            el('p', {}, el('strong', {}, `${p.kind[0].toUpperCase()}${p.kind.slice(1)} proposal`), ` by ${model.nationName(state, p.by)}: ${proposalWhat(p)}. `,
              el('span', { class: 'status' }, p.status)),
            p.text ? el('p', { class: 'user-text' }, p.text) : null,
            el('p', { class: 'votes' }, `Votes: ${votes.length ? votes.map(([n, y]) => `${model.nationName(state, n)} ${y ? 'yes' : 'no'}`).join(', ') : 'none yet'}`),
            canVote && p.status === 'pending' ? el('div', { class: 'actions' },
              el('button', { type: 'button', 'data-vote': 'yes', 'data-proposal': p.id, 'data-focus': `yes-${p.id}`, 'aria-pressed': mine === true ? 'true' : 'false' }, 'Vote yes'),
              el('button', { type: 'button', class: 'secondary', 'data-vote': 'no', 'data-proposal': p.id, 'data-focus': `no-${p.id}`, 'aria-pressed': mine === false ? 'true' : 'false' }, 'Vote no'))
              : null);
        })))));
    });

    const resolved = g.resolved || [];
    const reported = model.reportsOf(state).flatMap((r) => (r.decisions || []).map((d) => `Turn ${r.turn}: ${d}`));
    keyed(this.decisions, JSON.stringify([resolved, reported]), () => (resolved.length || reported.length
      ? el('ul', {}, resolved.map((r) => el('li', { 'data-proposal': r.proposal },
        `Turn ${r.turn}: “`, el('span', { class: 'user-text' }, r.text || r.proposal), `” ${r.adopted ? 'adopted' : 'rejected'} (${r.yes} yes, ${r.no} no; ${r.rule})${r.veto ? `: ${r.veto}` : ''}.`)),
      reported.map((d) => el('li', {}, d)))
      : el('p', { class: 'hint' }, 'No decision yet.')));
  }
}

export function startCouncil(conn) {
  return new CouncilView(conn);
}
