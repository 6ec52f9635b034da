// One websocket to the server, kept alive: it joins, reconnects with backoff after any drop,
// resumes from the last event applied (so nothing is lost or doubled), re-sends unacknowledged
// commands with their original ids (the server applies a command id once), and folds what arrives
// into the model (model.js). Pages subscribe to state and status changes; they never touch the socket.

import * as model from './model.js';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 8000;
const OPEN_TIMEOUT_MS = 10000;
const PING_EVERY_MS = 15000;
const PONG_TIMEOUT_MS = 10000;

/** A command id: crypto.randomUUID where the page is a secure context, else a v4 UUID from getRandomValues. */
export function newId() {
  if (globalThis.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function socketUrl(loc = window.location) {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
}

/** A command the server refused: code, field at fault, and the server's words. */
export class Rejected extends Error {
  constructor(frame) {
    super(frame.message || frame.code);
    this.code = frame.code;
    this.field = frame.field;
  }
}

export class Connection {
  /**
   * @param {{token: string, name?: string, url?: string}} options
   */
  constructor({ token, name, url }) {
    this.token = token;
    this.name = name || null;
    this.url = url || socketUrl();
    this.state = model.emptyState();
    /** 'connecting' | 'online' | 'reconnecting' | 'failed' */
    this.status = 'connecting';
    this.statusDetail = '';
    this.pending = new Map(); // id -> {frame, resolve, reject}
    this.listeners = { state: new Set(), status: new Set(), notice: new Set() };
    this.ws = null;
    this.joined = false;
    this.attempt = 0;
    this.retryTimer = null;
    this.openTimer = null;
    this.pingTimer = null;
    this.pongTimer = null;
    this.stopped = false;
    this.everJoined = false;
  }

  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }

  emit(kind, value) {
    for (const fn of this.listeners[kind]) fn(value);
  }

  setState(next) {
    if (next === this.state) return;
    this.state = next;
    this.emit('state', next);
  }

  setStatus(status, detail = '') {
    this.status = status;
    this.statusDetail = detail;
    this.emit('status', { status, detail, pending: this.pending.size });
  }

  start() {
    this.stopped = false;
    this.open();
    window.addEventListener('online', () => this.retryNow());
    // Background tabs throttle timers: when the page is looked at again, do not wait out the backoff.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.retryNow();
    });
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.detach();
  }

  /** Skips the wait before the next reconnect attempt. */
  retryNow() {
    if (this.stopped || this.joined || (this.ws && this.ws.readyState === WebSocket.CONNECTING)) return;
    clearTimeout(this.retryTimer);
    this.open();
  }

  open() {
    clearTimeout(this.retryTimer);
    this.setStatus(this.everJoined || this.attempt > 0 ? 'reconnecting' : 'connecting',
      this.attempt > 0 ? `attempt ${this.attempt + 1}` : '');
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    this.openTimer = setTimeout(() => this.drop(ws), OPEN_TIMEOUT_MS);
    ws.addEventListener('open', () => {
      if (this.ws !== ws) return;
      clearTimeout(this.openTimer);
      const join = { type: 'join', token: this.token };
      if (this.name) join.name = this.name;
      if (this.state.lastSeq !== null) join.lastSeq = this.state.lastSeq;
      ws.send(JSON.stringify(join));
    });
    ws.addEventListener('message', (e) => {
      if (this.ws !== ws) return;
      let frame;
      try {
        frame = JSON.parse(e.data);
      } catch {
        return;
      }
      this.onFrame(frame, ws);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.drop(ws);
    });
  }

  /** Forgets a socket (closing it if need be) and, unless stopped, tries again after a backoff. */
  drop(ws) {
    if (this.ws !== ws) return;
    this.detach();
    if (!this.stopped) this.scheduleRetry();
  }

  detach() {
    const ws = this.ws;
    this.ws = null;
    this.joined = false;
    clearTimeout(this.openTimer);
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    if (ws && ws.readyState <= WebSocket.OPEN) {
      try { ws.close(); } catch { /* already gone */ }
    }
  }

  scheduleRetry() {
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt);
    const delay = Math.round(base * (0.75 + Math.random() * 0.25));
    this.attempt++;
    this.setStatus('reconnecting', `next attempt in ${Math.max(1, Math.round(delay / 1000))} s`);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  onFrame(frame, ws) {
    switch (frame.type) {
      case 'welcome': return this.onWelcome(frame, ws);
      case 'event': return this.onEvent(frame, ws);
      case 'snapshot': return this.setState(model.applySnapshot(this.state, frame));
      case 'patch': return this.setState(model.applyPatch(this.state, frame));
      case 'ack': return this.onAck(frame);
      case 'reject': return this.onReject(frame);
      case 'pong': clearTimeout(this.pongTimer); return undefined;
      default: return undefined;
    }
  }

  onWelcome(frame, ws) {
    this.joined = true;
    this.everJoined = true;
    this.attempt = 0;
    this.setState(model.applyWelcome(this.state, frame));
    this.setStatus('online');
    // Unacknowledged commands go again with their own ids: the server applies each id once.
    for (const [, p] of this.pending) ws.send(JSON.stringify(p.frame));
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => this.ping(ws), PING_EVERY_MS);
  }

  onEvent(frame, ws) {
    const where = model.classify(this.state, frame.seq);
    if (where === 'duplicate') return;
    if (where === 'gap') {
      // Never skip: drop this socket and resume from the last event applied.
      this.drop(ws);
      return;
    }
    this.setState(model.applyEvent(this.state, frame));
  }

  onAck(frame) {
    const p = this.pending.get(frame.id);
    if (!p) return;
    this.pending.delete(frame.id);
    this.emit('status', { status: this.status, detail: this.statusDetail, pending: this.pending.size });
    p.resolve(frame);
  }

  onReject(frame) {
    const p = frame.id ? this.pending.get(frame.id) : null;
    if (p) {
      this.pending.delete(frame.id);
      this.emit('status', { status: this.status, detail: this.statusDetail, pending: this.pending.size });
      p.reject(new Rejected(frame));
      return;
    }
    if (!this.joined && frame.code === 'SESSION_UNAVAILABLE') {
      // Cluster: the session is moving to another node or waits for a majority. Nothing is lost: try again
      // (through the same address, which may now lead to the new owner) and resume from the last event.
      const ws = this.ws;
      this.drop(ws);
      this.setStatus('reconnecting', frame.message || 'The session is moving; retrying.');
      return;
    }
    if (!this.joined && (frame.code === 'UNKNOWN_TOKEN' || frame.field === 'token')) {
      // The token opens nothing: retrying cannot help.
      this.stop();
      this.setStatus('failed', frame.message || 'This link opens no session.');
      return;
    }
    this.emit('notice', frame);
  }

  ping(ws) {
    if (this.ws !== ws || !this.joined) return;
    const id = newId();
    ws.send(JSON.stringify({ type: 'ping', id }));
    clearTimeout(this.pongTimer);
    this.pongTimer = setTimeout(() => this.drop(ws), PONG_TIMEOUT_MS);
  }

  /**
   * Sends a command ({type, ...fields}); resolves with the ack, rejects with a {@link Rejected}.
   * While disconnected it waits, and it is re-sent with the same id after every reconnect until answered.
   */
  send(command) {
    const frame = { ...command, id: newId() };
    return new Promise((resolve, reject) => {
      this.pending.set(frame.id, { frame, resolve, reject });
      this.emit('status', { status: this.status, detail: this.statusDetail, pending: this.pending.size });
      if (this.ws && this.joined && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame));
    });
  }

  select(channelId) {
    this.setState(model.select(this.state, channelId));
  }
}
