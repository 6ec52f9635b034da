// The negotiation workspace shared by the player's page and the facilitator's console: the channel
// list with unread counts, the selected channel's messages, the compose box, the connection banner,
// and (for players) opening a bilateral channel. It renders the model's state; user text only ever
// enters the page through text nodes (dom.js).

import * as model from './model.js';
import { $, el, replaceChildren, show, timeOf } from './dom.js';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  online: 'Connected',
  reconnecting: 'Reconnecting…',
  failed: 'Not connected',
};

export class ChatView {
  /**
   * @param {import('./connection.js').Connection} conn
   * @param {{mode: 'player'|'console', displayName?: string}} options
   */
  constructor(conn, { mode, displayName }) {
    this.conn = conn;
    this.mode = mode;
    this.displayName = displayName || '';
    this.buttons = new Map(); // channel id -> {li, button, label, badge, sr}
    this.rendered = { channel: null, epoch: -1, count: 0 };
    this.composeFor = null; // channel the compose box's draft belongs to
    this.drafts = new Map(); // channel id -> unsent draft

    this.ui = {
      title: $('session-title'),
      roleLine: $('role-line'),
      connState: $('connection-state'),
      statusRegion: $('status-region'),
      retry: $('retry-now'),
      pageError: $('page-error'),
      workspace: $('workspace'),
      channelList: $('channel-list'),
      channelTitle: $('channel-title'),
      channelMembers: $('channel-members'),
      messages: $('messages'),
      empty: $('messages-empty'),
      composeForm: $('compose-form'),
      composeLabel: $('compose-label'),
      composeText: $('compose-text'),
      composeSend: $('compose-send'),
      composeCount: $('compose-count'),
      composeError: $('compose-error'),
      composePending: $('compose-pending'),
      composeReadonly: $('compose-readonly'),
    };
    if (mode === 'player') {
      this.ui.bilateralForm = $('bilateral-form');
      this.ui.bilateralWith = $('bilateral-with');
      this.ui.bilateralOpen = $('bilateral-open');
      this.ui.bilateralError = $('bilateral-error');
    }
    this.wire();
  }

  wire() {
    const { ui, conn } = this;
    conn.on('state', (s) => this.render(s));
    conn.on('status', (s) => this.renderStatus(s));
    conn.on('notice', (frame) => this.showPageError(frame.message || frame.code));
    ui.retry.addEventListener('click', () => conn.retryNow());

    ui.channelList.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-channel]');
      if (button) conn.select(button.dataset.channel);
    });

    ui.composeText.addEventListener('input', () => this.updateCount());
    ui.composeText.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        this.sendDraft();
      }
    });
    ui.composeForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.sendDraft();
    });

    if (ui.bilateralForm) {
      ui.bilateralForm.addEventListener('submit', (e) => {
        e.preventDefault();
        this.openBilateral();
      });
      ui.bilateralWith.addEventListener('change', () => this.clearError(ui.bilateralError, ui.bilateralWith));
    }
  }

  start() {
    show(this.ui.workspace, true);
    this.render(this.conn.state);
    this.renderStatus({ status: this.conn.status, detail: this.conn.statusDetail, pending: this.conn.pending.size });
  }

  // --- status -------------------------------------------------------------------------------

  renderStatus({ status, detail, pending }) {
    const { ui } = this;
    ui.connState.textContent = STATUS_TEXT[status] || status;
    ui.connState.dataset.status = status;
    document.body.dataset.connection = status;
    if (status === 'reconnecting') {
      const parts = ['Reconnecting… The connection to the server dropped; nothing you send is lost.'];
      if (pending) parts.push(`${pending} waiting to be sent.`);
      if (detail) parts.push(`(${detail})`);
      replaceChildren(ui.statusRegion, el('p', { class: 'banner banner-warn' }, parts.join(' ')));
      show(ui.retry, true);
    } else if (status === 'connecting') {
      replaceChildren(ui.statusRegion, el('p', { class: 'banner' }, 'Connecting…'));
      show(ui.retry, false);
    } else if (status === 'failed') {
      replaceChildren(ui.statusRegion);
      show(ui.retry, false);
      this.showPageError(detail || 'Not connected.');
    } else {
      replaceChildren(ui.statusRegion);
      show(ui.retry, false);
    }
    ui.composePending.textContent = pending
      ? `${pending === 1 ? 'One message' : `${pending} messages`} waiting for the server…` : '';
  }

  showPageError(text) {
    this.ui.pageError.textContent = text;
    show(this.ui.pageError, true);
  }

  // --- state --------------------------------------------------------------------------------

  render(state) {
    if (state.lastSeq === null) return;
    const { ui } = this;
    ui.title.textContent = state.title || 'Entente session';
    if (model.isWhiteCell(state)) {
      ui.roleLine.textContent = `White cell (facilitators)${this.displayName ? ` · ${this.displayName}` : ''}`;
    } else {
      ui.roleLine.textContent = `Playing ${model.nationName(state, state.role)}${this.displayName ? ` · ${this.displayName}` : ''}`;
    }
    const unread = model.totalUnread(state);
    document.title = `${unread ? `(${unread}) ` : ''}${model.isWhiteCell(state) ? 'White cell' : model.nationName(state, state.role)} · Entente`;
    this.renderChannels(state);
    this.renderConversation(state);
    if (ui.bilateralForm) this.renderBilateral(state);
  }

  renderChannels(state) {
    const { ui } = this;
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.channel : undefined;
    const ids = state.channels.map((c) => c.id);
    for (const [id, entry] of this.buttons) {
      if (!ids.includes(id)) {
        entry.li.remove();
        this.buttons.delete(id);
      }
    }
    for (const c of state.channels) {
      let entry = this.buttons.get(c.id);
      if (!entry) {
        const label = el('span', { class: 'channel-name' });
        const badge = el('span', { class: 'unread', 'aria-hidden': 'true' });
        const sr = el('span', { class: 'sr-only' });
        const button = el('button', { type: 'button', class: 'channel', 'data-channel': c.id }, label, badge, sr);
        entry = { li: el('li', {}, button), button, label, badge, sr };
        this.buttons.set(c.id, entry);
      }
      entry.label.textContent = model.channelLabel(state, c);
      entry.badge.textContent = c.unread ? String(c.unread) : '';
      show(entry.badge, c.unread > 0);
      entry.sr.textContent = c.unread ? `, ${c.unread} unread` : '';
      entry.button.dataset.kind = c.kind;
      if (c.id === state.selected) entry.button.setAttribute('aria-current', 'true');
      else entry.button.removeAttribute('aria-current');
    }
    const current = [...ui.channelList.children].map((li) => li.firstChild.dataset.channel);
    if (current.join('\n') !== ids.join('\n')) {
      for (const id of ids) ui.channelList.append(this.buttons.get(id).li);
      if (focused && this.buttons.has(focused)) this.buttons.get(focused).button.focus();
    }
  }

  renderConversation(state) {
    const { ui } = this;
    const channel = model.selectedChannel(state);
    if (!channel) {
      ui.channelTitle.textContent = 'No channel';
      replaceChildren(ui.messages);
      return;
    }
    const label = model.channelLabel(state, channel);
    ui.channelTitle.textContent = label;
    ui.channelMembers.textContent = channel.kind === 'plenary' ? 'Every nation and the white cell read this channel.'
      : channel.kind === 'council' ? 'The nations seated on the council, and the white cell.'
        : `Members: ${channel.nations.map((n) => model.nationName(state, n)).join(', ')}, and the white cell.`;

    const r = this.rendered;
    const sameView = r.channel === channel.id && r.epoch === state.epoch && channel.messages.length >= r.count;
    const nearBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
    if (sameView) {
      for (const m of channel.messages.slice(r.count)) ui.messages.append(this.messageItem(state, m));
    } else {
      ui.messages.setAttribute('aria-busy', 'true');
      replaceChildren(ui.messages, channel.messages.map((m) => this.messageItem(state, m)));
      requestAnimationFrame(() => ui.messages.setAttribute('aria-busy', 'false'));
    }
    if (!sameView || nearBottom) ui.messages.scrollTop = ui.messages.scrollHeight;
    this.rendered = { channel: channel.id, epoch: state.epoch, count: channel.messages.length };
    show(ui.empty, channel.messages.length === 0);

    // The compose box follows the channel: each channel keeps its own draft.
    if (this.composeFor !== channel.id) {
      if (this.composeFor !== null) this.drafts.set(this.composeFor, ui.composeText.value);
      ui.composeText.value = this.drafts.get(channel.id) || '';
      this.composeFor = channel.id;
      this.clearError(ui.composeError, ui.composeText);
    }
    ui.composeLabel.textContent = `Message to ${label}`;
    const lockedOut = channel.locked && !model.isWhiteCell(state);
    ui.composeText.disabled = !channel.writable || lockedOut;
    ui.composeSend.disabled = !channel.writable || lockedOut;
    show(ui.composeReadonly, !channel.writable || !!channel.locked);
    ui.composeReadonly.textContent = !channel.writable
      ? 'The white cell reads this channel but does not speak in it: use the plenary or a white-cell channel.'
      : lockedOut ? 'The white cell has locked this channel for now: you can read it, and post again once it reopens.'
        : channel.locked ? 'Locked: only the white cell can post here.' : '';
    this.updateCount();
  }

  messageItem(state, m) {
    const mine = m.from === state.role;
    const time = el('time', { datetime: new Date(m.at).toISOString() }, timeOf(m.at));
    return el('li', { class: mine ? 'message own' : 'message', 'data-seq': m.seq ?? '' },
      el('p', { class: 'meta' }, el('span', { class: 'author' }, model.authorLabel(state, m)), ' ', time),
      el('p', { class: 'text' }, m.text));
  }

  renderBilateral(state) {
    const { ui } = this;
    const candidates = model.bilateralCandidates(state);
    const chosen = ui.bilateralWith.value;
    replaceChildren(ui.bilateralWith, candidates.map((n) => el('option', { value: n.id }, n.name)));
    if (candidates.some((n) => n.id === chosen)) ui.bilateralWith.value = chosen;
    const none = candidates.length === 0;
    ui.bilateralWith.disabled = none;
    ui.bilateralOpen.disabled = none;
    if (none) replaceChildren(ui.bilateralWith, el('option', { value: '' }, 'You have a channel with every nation'));
  }

  // --- commands -----------------------------------------------------------------------------

  updateCount() {
    const { ui } = this;
    const n = model.charCount(ui.composeText.value);
    ui.composeCount.textContent = `${n} / ${model.MAX_MESSAGE_CHARS}`;
    ui.composeCount.classList.toggle('over', n > model.MAX_MESSAGE_CHARS);
  }

  setError(node, field, text) {
    node.textContent = text;
    if (field) field.setAttribute('aria-invalid', 'true');
  }

  clearError(node, field) {
    node.textContent = '';
    if (field) field.removeAttribute('aria-invalid');
  }

  sendDraft() {
    const { ui, conn } = this;
    const channel = model.selectedChannel(conn.state);
    const text = ui.composeText.value;
    if (!channel || !channel.writable || text.length === 0) return;
    const n = model.charCount(text);
    if (n > model.MAX_MESSAGE_CHARS) {
      this.setError(ui.composeError, ui.composeText,
        `The message is ${n} characters long; the limit is ${model.MAX_MESSAGE_CHARS}. Shorten it or send it in parts.`);
      return;
    }
    this.clearError(ui.composeError, ui.composeText);
    ui.composeText.value = '';
    this.drafts.delete(channel.id);
    this.updateCount();
    const label = model.channelLabel(conn.state, channel);
    conn.send({ type: 'post', channel: channel.id, text }).catch((rejected) => {
      // Show the refusal beside the compose box, in the server's words, and give the text back.
      if (this.composeFor === channel.id && ui.composeText.value === '') {
        ui.composeText.value = text;
        this.updateCount();
      }
      this.setError(ui.composeError, ui.composeText, `Not sent to ${label}: ${rejected.message}`);
    });
  }

  openBilateral() {
    const { ui, conn } = this;
    const other = ui.bilateralWith.value;
    if (!other) return;
    this.clearError(ui.bilateralError, ui.bilateralWith);
    ui.bilateralOpen.disabled = true;
    conn.send({ type: 'openBilateral', with: other }).then(() => {
      const id = model.bilateralId(conn.state.role, other);
      conn.select(id);
      ui.composeText.focus();
    }, (rejected) => {
      this.setError(ui.bilateralError, ui.bilateralWith, rejected.message);
    }).finally(() => {
      ui.bilateralOpen.disabled = model.bilateralCandidates(conn.state).length === 0;
    });
  }
}
