// The client-side model: a welcome's snapshot plus the events that follow it, folded into the state
// the pages render. Pure: no DOM, no network, no clock, no randomness. Every function takes a state
// and returns a new one (the old one is never changed), so the pages and the tests can reason about
// it as values. The shapes it reads are the server's (docs/api/asyncapi.yaml).

export const WHITE_CELL = 'WHITE_CELL';
/** The server's limit on a message, counted in Unicode code points (as the server counts). */
export const MAX_MESSAGE_CHARS = 4000;
/** The server's limit on a display name. */
export const MAX_NAME_CHARS = 40;

const KIND_ORDER = { plenary: 0, council: 1, team: 2, 'white-cell': 3, bilateral: 4 };

/** The state before any welcome. */
export function emptyState() {
  return {
    session: null,
    role: null,
    scenario: null,
    title: '',
    nations: [],
    channels: [],
    selected: null,
    /** The seq of the last event applied (this role's own gap-free numbering); null before a welcome. */
    lastSeq: null,
    /** Bumped each time a snapshot replaces the state, so views know to redraw rather than append. */
    epoch: 0,
    /** The exercise as the snapshot showed it (the game grows on this in later work). */
    game: null,
  };
}

export function isWhiteCell(state) {
  return state.role === WHITE_CELL;
}

/** Code points, as the server counts them. */
export function charCount(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Whether a role may write in a channel of this kind and membership (mirrors the server's rule). */
export function canWrite(role, kind, nations) {
  if (role === WHITE_CELL) return kind === 'plenary' || kind === 'white-cell';
  return kind === 'plenary' || kind === 'council' || nations.includes(role);
}

function channelFrom(c, role, unread) {
  return {
    id: c.id,
    kind: c.kind,
    nations: [...(c.nations || [])],
    writable: typeof c.writable === 'boolean' ? c.writable : canWrite(role, c.kind, c.nations || []),
    messages: (c.messages || []).map((m) => ({ seq: null, at: m.at, from: m.from, author: m.author ?? null, text: m.text })),
    unread,
  };
}

function sortChannels(channels) {
  return [...channels].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.id.localeCompare(b.id));
}

function defaultSelection(channels, previous) {
  if (previous && channels.some((c) => c.id === previous)) return previous;
  const plenary = channels.find((c) => c.kind === 'plenary');
  return plenary ? plenary.id : channels.length ? channels[0].id : null;
}

/**
 * Applies a welcome. With a snapshot, the state is rebuilt from it (keeping the selected channel and
 * counting as unread what arrived in the other channels since the state last saw them); without one
 * (a resumed connection), the state stands and the missed events follow.
 */
export function applyWelcome(state, welcome) {
  if (!welcome.snapshot) {
    return { ...state, session: welcome.session, role: welcome.role, lastSeq: state.lastSeq ?? welcome.seq };
  }
  const snap = welcome.snapshot;
  const first = state.lastSeq === null;
  const channels = sortChannels((snap.channels || []).map((c) => {
    const before = state.channels.find((p) => p.id === c.id);
    let unread = 0;
    if (!first) {
      const had = before ? before.messages.length : 0;
      unread = (before ? before.unread : 0) + Math.max(0, (c.messages || []).length - had);
    }
    return channelFrom(c, welcome.role, unread);
  }));
  const selected = defaultSelection(channels, state.selected);
  return {
    ...state,
    session: welcome.session,
    role: welcome.role,
    scenario: snap.scenarioId ?? state.scenario,
    title: snap.title ?? state.title,
    nations: (snap.nations || []).map((n) => ({ id: n.id, name: n.name })),
    channels: channels.map((c) => (c.id === selected ? { ...c, unread: 0 } : c)),
    selected,
    lastSeq: welcome.seq,
    epoch: state.epoch + 1,
    game: snap.game ?? null,
  };
}

/**
 * Where an event frame stands against the state: 'duplicate' (already applied: drop it), 'next'
 * (apply it), or 'gap' (something in between is missing: resume from lastSeq to fetch it).
 */
export function classify(state, seq) {
  if (state.lastSeq === null) return 'gap';
  if (seq <= state.lastSeq) return 'duplicate';
  return seq === state.lastSeq + 1 ? 'next' : 'gap';
}

function withChannel(state, id, change) {
  return { ...state, channels: state.channels.map((c) => (c.id === id ? change(c) : c)) };
}

const reducers = {
  'session.created': (state, e) => ({
    ...state,
    title: e.title ?? state.title,
    nations: (e.nations || []).map((n) => ({ id: n.id, name: n.name })),
  }),

  'channel.opened': (state, e) => {
    if (state.channels.some((c) => c.id === e.channel)) return state;
    const channel = channelFrom({ id: e.channel, kind: e.kind, nations: e.nations, messages: [] }, state.role, 0);
    const channels = sortChannels([...state.channels, channel]);
    return { ...state, channels, selected: state.selected ?? channel.id };
  },

  'message.posted': (state, e, frame) => {
    if (!state.channels.some((c) => c.id === e.channel)) return state;
    const message = { seq: frame.seq, at: frame.at, from: e.from, author: e.author ?? null, text: e.text };
    return withChannel(state, e.channel, (c) => ({
      ...c,
      messages: [...c.messages, message],
      unread: c.id === state.selected ? c.unread : c.unread + 1,
    }));
  },

  // A nation reads the council's channel only while it holds a seat.
  'council.seat': (state, e) => {
    if (state.role !== e.nation) return state;
    const has = state.channels.some((c) => c.id === 'council');
    if (e.seated && !has) {
      const council = channelFrom({ id: 'council', kind: 'council', nations: [], messages: [] }, state.role, 0);
      return { ...state, channels: sortChannels([...state.channels, council]) };
    }
    if (!e.seated && has) {
      const channels = state.channels.filter((c) => c.id !== 'council');
      return { ...state, channels, selected: defaultSelection(channels, state.selected) };
    }
    return state;
  },
};

/**
 * Applies one event frame ({type:"event", seq, at, actor, event}). A frame already applied is
 * ignored (so a resend can never double a message); a frame past a gap is not applied either — the
 * caller resumes from lastSeq to fetch what is missing. Event types the client does not know yet
 * still advance lastSeq.
 */
export function applyEvent(state, frame) {
  if (classify(state, frame.seq) !== 'next') return state;
  const reduce = reducers[frame.event && frame.event.type];
  const next = reduce ? reduce(state, frame.event, frame) : state;
  return { ...next, lastSeq: frame.seq };
}

/** Selects a channel: its messages count as read. */
export function select(state, channelId) {
  if (!state.channels.some((c) => c.id === channelId)) return state;
  return withChannel({ ...state, selected: channelId }, channelId, (c) => ({ ...c, unread: 0 }));
}

export function selectedChannel(state) {
  return state.channels.find((c) => c.id === state.selected) || null;
}

export function totalUnread(state) {
  return state.channels.reduce((n, c) => n + c.unread, 0);
}

export function nationName(state, id) {
  if (id === WHITE_CELL) return 'White cell';
  const n = state.nations.find((x) => x.id === id);
  return n ? n.name : id;
}

/** The nations this role could open a bilateral channel with: every other nation it has none with yet. */
export function bilateralCandidates(state) {
  if (isWhiteCell(state)) return [];
  return state.nations.filter((n) => n.id !== state.role
    && !state.channels.some((c) => c.kind === 'bilateral' && c.nations.includes(n.id)));
}

/** The channel id a bilateral between two nations has (the server's rule: alphabetical). */
export function bilateralId(a, b) {
  return a < b ? `bilateral:${a}+${b}` : `bilateral:${b}+${a}`;
}

/** A channel's name as this role reads it. */
export function channelLabel(state, channel) {
  const whiteCell = isWhiteCell(state);
  switch (channel.kind) {
    case 'plenary': return 'Plenary (all nations)';
    case 'council': return 'Council';
    case 'team': return whiteCell ? `Team: ${nationName(state, channel.nations[0])}` : 'Team (your nation)';
    case 'white-cell': return whiteCell ? `White cell ↔ ${nationName(state, channel.nations[0])}` : 'White cell (facilitators)';
    case 'bilateral': {
      if (whiteCell) return `Bilateral: ${channel.nations.map((n) => nationName(state, n)).join(' ↔ ')}`;
      const other = channel.nations.find((n) => n !== state.role) ?? channel.nations[0];
      return `Bilateral: ${nationName(state, other)}`;
    }
    default: return channel.id;
  }
}

/** Who wrote a message, as shown beside it: "Name (Nation)", or the nation (or white cell) alone. */
export function authorLabel(state, message) {
  const who = nationName(state, message.from);
  return message.author ? `${message.author} (${who})` : who;
}
