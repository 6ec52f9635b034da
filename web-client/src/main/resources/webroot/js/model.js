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
    /** The exercise as the snapshot showed it, kept current by the events (GameView on the server). */
    game: null,
    /** Crises announced to this role (the snapshot's, then the events'): {seq, at, card, title, text, leaks}. */
    crises: [],
    /** The crisis the page's banner shows: the latest announced live this turn; null once the turn moves on. */
    banner: null,
    /** What the page should tell the user as it happens (the aria-live announcer reads these): {seq, at, kind, text}. */
    news: [],
    /** The white cell's own record of injects, overrides and notes (the snapshot's, then the events'). */
    log: [],
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
    locked: !!c.locked,
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
    game: mergeGame(state.game, snap.game ?? null),
    ...fromSnapshotGame(state, snap, welcome.role, true),
  };
}

/** The crises and the white cell's log as a snapshot holds them, so that a reload shows them again. */
function fromSnapshotGame(state, snap, role, replace) {
  const g = snap.game;
  if (!g) return {};
  const out = {};
  const crises = (g.crises || []).map((c) => ({ seq: null, at: null, card: c.card, title: c.title, text: c.text, leaks: c.leaks || [] }));
  if (replace || crises.length > state.crises.length) out.crises = crises;
  if (g.whiteCellLog) {
    const names = { ...state, nations: (snap.nations || state.nations || []).map((n) => ({ id: n.id, name: n.name })), role };
    const log = g.whiteCellLog.map((e) => logEntry(names, e, null)).filter(Boolean);
    if (replace || log.length > state.log.length) out.log = log;
  }
  return out;
}

/**
 * A fresh game view keeps what the client already holds where the new one leaves it out (null): reports,
 * adjudications, the scenario's texts and the crisis deck; a refresh's offers are merged into those held.
 */
function mergeGame(before, after, refresh) {
  if (!after) return before ?? null;
  return {
    ...after,
    scenario: after.scenario ?? (before ? before.scenario : null),
    deck: after.deck ?? (before ? before.deck : null) ?? [],
    // A refresh carries only this turn's and the last turn's offers (older ones are settled): merged by id.
    offers: refresh ? (after.offers || []).reduce((held, o) => upsert(held, o), before ? before.offers || [] : []) : (after.offers ?? []),
    reports: after.reports ?? (before ? before.reports : null) ?? {},
    adjudications: after.adjudications ?? (before ? before.adjudications : null) ?? [],
    // The council's decisions as they were announced (client-side; the reports repeat the adopted ones).
    resolved: before && before.resolved ? before.resolved : [],
  };
}

/**
 * Applies a `snapshot` frame ({type:"snapshot", seq, snapshot}): the server pushes a fresh view after
 * events that change figures (a phase began, a crisis, an override, a seat, membership, the end). It
 * stands at `seq`, the event just applied; the game is replaced (keeping reports and adjudications,
 * which refresh frames leave null) and the channels stand. A snapshot for another position is ignored:
 * the events carry the state there.
 */
export function applySnapshot(state, frame) {
  if (state.lastSeq === null || frame.seq !== state.lastSeq || !frame.snapshot) return state;
  const snap = frame.snapshot;
  return {
    ...state,
    title: snap.title ?? state.title,
    nations: snap.nations ? snap.nations.map((n) => ({ id: n.id, name: n.name })) : state.nations,
    game: mergeGame(state.game, snap.game ?? null, true),
    ...fromSnapshotGame(state, snap, state.role, false),
  };
}

/**
 * Applies a `patch` frame ({type:"patch", seq, patch}): the members of the view that changed since the last
 * view this connection was sent, nested as in the view; the game's members, and its `you`'s, are taken one by
 * one (offers merged by id), and whatever the patch leaves out stands. Like a snapshot, it stands at `seq`.
 */
export function applyPatch(state, frame) {
  if (state.lastSeq === null || frame.seq !== state.lastSeq || !frame.patch) return state;
  const patch = frame.patch;
  // Held no game yet: the patch carries the game whole, to be taken as a snapshot's.
  if (!state.game) return applySnapshot(state, { type: 'snapshot', seq: frame.seq, snapshot: patch });
  const changed = patch.game || {};
  const before = state.game;
  const game = { ...before, ...changed };
  if (changed.you && before.you) game.you = { ...before.you, ...changed.you };
  if (changed.offers) game.offers = changed.offers.reduce((held, o) => upsert(held, o), before.offers || []);
  return {
    ...state,
    title: patch.title ?? state.title,
    nations: patch.nations ? patch.nations.map((n) => ({ id: n.id, name: n.name })) : state.nations,
    game,
    ...fromSnapshotGame(state, { nations: patch.nations, game: changed }, state.role, false),
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

  // The white cell locks a channel (only it may post there) and unlocks it.
  'channel.locked': (state, e, frame) => {
    const channel = state.channels.find((c) => c.id === e.channel);
    if (!channel) return state;
    const next = withChannel(state, e.channel, (c) => ({ ...c, locked: e.locked }));
    return addNews(next, frame, 'channel', `The white cell ${e.locked ? 'locked' : 'reopened'} ${channelLabel(state, channel)}${e.reason ? `: ${e.reason}` : '.'}`);
  },

  // A nation reads the council's channel only while it holds a seat.
  'council.seat': (state0, e, frame) => {
    let state = withGame(state0, (g) => ({
      ...g,
      seats: e.seated ? (g.seats.includes(e.nation) ? g.seats : [...g.seats, e.nation]) : g.seats.filter((n) => n !== e.nation),
    }));
    state = addNews(state, frame, 'seat', e.nation === state.role
      ? (e.seated ? 'You now hold a seat on the council.' : 'Your council seat was withdrawn.')
      : `${nationName(state, e.nation)} ${e.seated ? 'now holds a council seat' : 'no longer holds a council seat'}.`);
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

Object.assign(reducers, gameReducers());

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

/** The name of a nation, an adversary or a coalition of the scenario (its id if none has it). */
export function anyName(state, id) {
  if (state.nations.some((x) => x.id === id) || id === WHITE_CELL) return nationName(state, id);
  const g = state.game;
  const other = g ? [...(g.adversaries || []), ...(g.coalitions || [])].find((x) => x.id === id) : null;
  return other ? other.name : id;
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

// --- the exercise ---------------------------------------------------------------------------

export const PHASE_LABEL = {
  lobby: 'Lobby', negotiation: 'Negotiation', council: 'Council', orders: 'Orders', reports: 'Reports', ended: 'Ended',
};

export const KIND_LABEL = { aid: 'Aid offer', sidePayment: 'Side-payment', threat: 'Threat', request: 'Request' };

const NEWS_KEEP = 50;

function withGame(state, change) {
  return state.game ? { ...state, game: change(state.game) } : state;
}

function addNews(state, frame, kind, text) {
  const item = { seq: frame ? frame.seq : null, at: frame ? frame.at : null, kind, text };
  return { ...state, news: [...state.news, item].slice(-NEWS_KEEP) };
}

function upsert(list, item, key = 'id') {
  const i = (list || []).findIndex((x) => x[key] === item[key]);
  if (i < 0) return [...(list || []), item];
  const copy = [...list];
  copy[i] = item;
  return copy;
}

/** What an offer consists of, in words: "3 units of materiel", "severity 0.6", "40% of forces". */
export function offerWhat(o) {
  const form = o.form ? ` (${o.form})` : '';
  if (o.kind === 'aid' || o.kind === 'sidePayment') return `${o.amount} unit${o.amount === 1 ? '' : 's'}${form}`;
  if (o.kind === 'request') return `${Math.round(o.amount * 100)}% of forces${form}`;
  return `severity ${fmt(o.severity)}${form}`;
}

export function fmt(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return Number(x).toFixed(digits);
}

export function pct(x) {
  if (x === null || x === undefined) return '—';
  return `${Math.round(x * 100)}%`;
}

/** Units this nation can still promise this turn (the server's Commitments.uncommitted, mirrored). */
export function uncommitted(state) {
  const g = state.game;
  if (!g || !g.you) return 0;
  const promised = (g.offers || []).filter((o) => o.from === state.role && o.turn === g.clock.turn
    && (o.kind === 'aid' || o.kind === 'sidePayment') && (o.status === 'pending' || o.status === 'accepted'))
    .reduce((n, o) => n + Math.trunc(o.amount), 0);
  return Math.max(0, g.you.budget - promised);
}

/** The coalitions this role belongs to (or leads). */
export function myCoalitions(state) {
  const g = state.game;
  if (!g) return [];
  return (g.coalitions || []).filter((c) => c.members.includes(state.role));
}

/** The coalition whose council the scenario names: the one whose leader sits on it. */
export function councilCoalition(state) {
  const g = state.game;
  if (!g) return null;
  return (g.coalitions || []).find((c) => (g.seats || []).includes(c.leader)) || (g.coalitions || [])[0] || null;
}

export function isSeated(state) {
  return !!state.game && (state.game.seats || []).includes(state.role);
}

export function isCouncilLeader(state) {
  const c = councilCoalition(state);
  return !!c && c.leader === state.role;
}

/** The coalitions this nation leads. */
export function ledCoalitions(state) {
  const g = state.game;
  return g ? (g.coalitions || []).filter((c) => c.leader === state.role) : [];
}

/** This role's reports, oldest first (the white cell: a nation's). */
export function reportsOf(state, nation = state.role) {
  const g = state.game;
  if (!g || !g.reports) return [];
  return [...(g.reports[nation] || [])].sort((a, b) => a.turn - b.turn);
}

/** An offer's status as the reports settled it (kept / broken), else as the offer stands. */
export function offerStatus(state, offer) {
  let status = offer.status;
  for (const r of reportsOf(state)) {
    const o = (r.offers || []).find((x) => x.offer === offer.id);
    if (o) status = o.status;
  }
  return status;
}

/** A strategy or failure name from the framework (UNCONDITIONAL_BOLSTERING) in words. */
export function words(name) {
  if (!name) return '—';
  if (name === 'NONE') return 'none';
  return name.toLowerCase().replace(/_/g, ' ');
}

/**
 * Why a proposal with a majority failed under the leader-veto rule, in words ("vetoed by the United
 * States, which did not vote"); null otherwise. The rule: a majority that includes the council
 * coalition's leader, so a leader who votes no, or does not vote at all, vetoes it.
 */
export function vetoOf(state, resolved) {
  if (resolved.adopted || resolved.rule !== 'leader-veto') return null;
  const g = state.game;
  const c = councilCoalition(state);
  if (!g || !c) return null;
  const seated = (g.seats || []).length;
  if (resolved.yes * 2 <= seated) return null;
  const p = (g.proposals || []).find((x) => x.id === resolved.proposal);
  const vote = p && p.votes ? p.votes[c.leader] : undefined;
  const who = nationName(state, c.leader);
  return vote === false ? `vetoed by ${who}` : `vetoed by ${who}, which did not vote (under this council's rule a leader who does not vote vetoes)`;
}

/** One change of a crisis or an override in words, with its new value. */
export function changeWords(state, c) {
  const n = (id) => anyName(state, id);
  switch (c.set) {
    case 'resources': return `${n(c.nation)}'s resources set to ${c.value}`;
    case 'extraction': return `${n(c.nation)}'s extraction set to ${fmt(c.value)}`;
    case 'publicSupport': return `${n(c.nation)}'s public support set to ${fmt(c.value)}`;
    case 'progress': return `the progress of ${n(c.coalition)} set to ${fmt(c.value)}`;
    case 'strength': return `the strength of ${n(c.adversary)} set to ${fmt(c.value)}`;
    case 'affinity': return `${n(c.from)}'s affinity toward ${n(c.toward)} set to ${fmt(c.value)}`;
    case 'opportunity': return `${n(c.nation)}'s opportunity toward ${n(c.toward)} set to ${fmt(c.value)}`;
    case 'failure': return `turn ${c.turn}: ${n(c.coalition)} toward ${n(c.partner)} now judged ${words(c.failure)}`;
    case 'threat': return `the threat from ${n(c.adversary)} to ${n(c.nation)} set to ${fmt((c.power + c.proximity + c.offensive + c.intentions) / 4)}`;
    case 'membership': return `${n(c.nation)} ${c.member ? 'joins' : 'leaves'} ${n(c.coalition)}`;
    case 'seat': return `${n(c.nation)} ${c.seated ? 'gains' : 'loses'} a council seat`;
    case 'offerCut': return `offer ${c.offer} cut off`;
    case 'preferences': return `${n(c.nation)}'s preferences set to conduct ${fmt(c.conduct)}, aims ${fmt(c.aims)}`;
    default: return c.set || 'a change';
  }
}

/** A node id as the console shows it: its first eight characters, enough to tell three nodes apart. */
function shortNode(id) {
  return id ? String(id).slice(0, 8) : 'unknown';
}

/** An entry of the white cell's log for one of its events (live, or from the snapshot's whiteCellLog). */
export function logEntry(state, e, frame) {
  const at = { seq: frame ? frame.seq : null, at: frame ? frame.at : null };
  switch (e.type) {
    case 'crisis.applied': {
      const targets = (e.targets || []).map((t) => nationName(state, t)).join(', ') || 'every nation';
      const changes = (e.changes || []).map((c) => changeWords(state, c));
      return { ...at, kind: 'crisis', text: `Crisis “${e.title}” applied to ${targets}${changes.length ? `: ${changes.join('; ')}` : ''}.`, detail: e };
    }
    case 'crisis.scheduled': return { ...at, kind: 'scheduled', text: `Crisis ${e.card} scheduled for turn ${e.atTurn}.`, detail: e };
    case 'note.added': return { ...at, kind: 'note', text: e.text };
    case 'bot.seated': return { ...at, kind: 'bot', text: `Bot seated for ${nationName(state, e.role)} (${e.policy}) on node ${shortNode(e.node)}; the role's earlier links no longer work.` };
    case 'bot.resumed': return {
      ...at,
      kind: 'bot',
      text: `The bot for ${nationName(state, e.role)} resumed on node ${shortNode(e.node)}`
        + (e.previousNode ? ` (it ran on node ${shortNode(e.previousNode)})` : '') + ', after a restart or a failover.',
    };
    case 'bot.unseated': return { ...at, kind: 'bot', text: `Bot taken out of ${nationName(state, e.role)}; every link of the role was revoked.` };
    case 'result.overridden': return {
      ...at,
      kind: 'override',
      text: `Override (turn ${e.turn}): ${(e.changes || []).map((c) => changeWords(state, c)).join('; ')} (${(e.was || []).join('; ') || 'no earlier value'}) — reason: ${e.reason}`,
      detail: e,
    };
    default: return null;
  }
}

function gameReducers() {
  return {
    'phase.began': (state, e, frame) => {
      const before = state.game ? state.game.clock : null;
      let next = withGame(state, (g) => ({
        ...g,
        clock: { turn: e.turn, phase: e.phase, deadline: e.deadline, paused: false, remainingWhenPaused: 0 },
        orders: before && before.turn !== e.turn ? {} : g.orders,
      }));
      if (e.phase === 'ended' || (before && before.turn !== e.turn)) next = { ...next, banner: null };
      const label = String(PHASE_LABEL[e.phase] || e.phase || 'next');
      return addNews(next, frame, 'phase', e.phase === 'ended' ? 'The exercise has ended.'
        : `Turn ${e.turn}: the ${label.toLowerCase()} phase has begun.`);
    },
    'clock.paused': (state, e, frame) => addNews(withGame(state, (g) => ({
      ...g, clock: { ...g.clock, paused: true, remainingWhenPaused: e.remaining },
    })), frame, 'clock', `The white cell paused the clock${e.reason ? `: ${e.reason}` : '.'}`),
    'clock.moved': (state, e, frame) => addNews(withGame(state, (g) => ({
      ...g, clock: g.clock.paused ? { ...g.clock, remainingWhenPaused: e.remaining } : { ...g.clock, deadline: e.deadline },
    })), frame, 'clock', `The white cell ${e.seconds > 0 ? 'lengthened' : 'shortened'} the phase by ${Math.abs(e.seconds) >= 60
      ? `${Math.round(Math.abs(e.seconds) / 60)} minute(s)` : `${Math.abs(e.seconds)} seconds`}${e.reason ? `: ${e.reason}` : '.'}`),
    'clock.resumed': (state, e, frame) => addNews(withGame(state, (g) => ({
      ...g, clock: { ...g.clock, paused: false, deadline: e.deadline, remainingWhenPaused: 0 },
    })), frame, 'clock', 'The clock is running again.'),
    'offer.made': (state, e, frame) => {
      const o = e.offer;
      const next = withGame(state, (g) => ({ ...g, offers: upsert(g.offers, o) }));
      if (o.to !== state.role) return next;
      return addNews(next, frame, 'offer', `${nationName(state, o.from)} sends you ${KIND_LABEL[o.kind] ? KIND_LABEL[o.kind].toLowerCase() : o.kind}: ${offerWhat(o)}.`);
    },
    'offer.answered': (state, e, frame) => {
      const next = withGame(state, (g) => ({
        ...g, offers: (g.offers || []).map((o) => (o.id === e.offer ? { ...o, status: e.status } : o)),
      }));
      if (e.from !== state.role) return next;
      return addNews(next, frame, 'offer', `${nationName(state, e.to)} ${e.status} your offer.`);
    },
    'council.item': (state, e) => withGame(state, (g) => ({ ...g, agenda: upsert(g.agenda, e.item) })),
    'council.proposal': (state, e) => withGame(state, (g) => ({ ...g, proposals: upsert(g.proposals, e.proposal) })),
    'council.vote': (state, e) => withGame(state, (g) => ({
      ...g,
      proposals: (g.proposals || []).map((p) => (p.id === e.proposal ? { ...p, votes: { ...p.votes, [e.nation]: e.yes } } : p)),
    })),
    'council.resolved': (state, e, frame) => {
      const veto = vetoOf(state, e);
      return addNews(withGame(state, (g) => ({
        ...g,
        proposals: (g.proposals || []).map((p) => (p.id === e.proposal ? { ...p, status: e.adopted ? 'adopted' : 'rejected' } : p)),
        resolved: [...(g.resolved || []).filter((r) => r.proposal !== e.proposal), { ...e, turn: g.clock.turn, veto }],
      })), frame, 'council', `The council ${e.adopted ? 'adopted' : 'rejected'} “${e.text || e.proposal}” (${e.yes} yes, ${e.no} no)${veto ? `: ${veto}` : ''}.`);
    },
    'orders.submitted': (state, e) => withGame(state, (g) => ({ ...g, orders: { ...(g.orders || {}), [e.nation]: e.orders } })),
    'stance.set': (state, e) => withGame(state, (g) => ({
      ...g,
      stances: [...(g.stances || []).filter((x) => x.coalition !== e.coalition || x.partner !== e.partner), e],
    })),
    'coalition.membership': (state, e, frame) => addNews(withGame(state, (g) => ({
      ...g,
      coalitions: (g.coalitions || []).map((c) => (c.id !== e.coalition ? c : {
        ...c, members: e.member ? [...new Set([...c.members, e.nation])] : c.members.filter((n) => n !== e.nation),
      })),
    })), frame, 'membership', `${nationName(state, e.nation)} ${e.member ? 'joined' : 'left'} ${anyName(state, e.coalition)}.`),
    'turn.report': (state, e, frame) => {
      const r = e.report;
      const next = withGame(state, (g) => {
        const reports = { ...(g.reports || {}) };
        reports[r.nation] = [...(reports[r.nation] || []).filter((x) => x.turn !== r.turn), r].sort((a, b) => a.turn - b.turn);
        return { ...g, reports };
      });
      if (r.nation !== state.role) return next;
      return addNews(next, frame, 'report', `Your report for turn ${r.turn} is in.`);
    },
    'turn.adjudicated': (state, e, frame) => addNews(withGame(state, (g) => ({
      ...g,
      adjudications: [...(g.adjudications || []).filter((a) => a.turn !== e.adjudication.turn), e.adjudication]
        .sort((a, b) => a.turn - b.turn),
    })), frame, 'report', `Turn ${e.adjudication.turn} adjudicated.`),
    'exercise.ended': (state, e, frame) => addNews(withGame({ ...state, banner: null }, (g) => ({
      ...g, ended: e, clock: { ...g.clock, phase: 'ended' },
    })), frame, 'ended', `The exercise has ended: ${e.reason || ''}`.trim()),
    'crisis.announced': (state, e, frame) => {
      const crisis = { seq: frame.seq, at: frame.at, card: e.card, title: e.title, text: e.text, leaks: e.leaks || [] };
      return addNews({ ...state, crises: [...state.crises, crisis], banner: crisis }, frame, 'crisis', `Crisis: ${e.title}.`);
    },
    'crisis.applied': (state, e, frame) => ({ ...state, log: [...state.log, logEntry(state, e, frame)] }),
    'crisis.scheduled': (state, e, frame) => addNews({ ...state, log: [...state.log, logEntry(state, e, frame)] },
      frame, 'crisis', `Crisis ${e.card} scheduled for turn ${e.atTurn}.`),
    'note.added': (state, e, frame) => ({ ...state, log: [...state.log, logEntry(state, e, frame)] }),
    'bot.seated': (state, e, frame) => ({ ...state, log: [...state.log, logEntry(state, e, frame)] }),
    'bot.unseated': (state, e, frame) => ({ ...state, log: [...state.log, logEntry(state, e, frame)] }),
    'bot.resumed': (state, e, frame) => {
      const entry = logEntry(state, e, frame);
      return addNews({ ...state, log: [...state.log, entry] }, frame, 'bot', entry.text);
    },
    'result.overridden': (state, e, frame) => addNews({ ...state, log: [...state.log, logEntry(state, e, frame)] },
      frame, 'override', 'Override recorded.'),
    'override.announced': (state, e, frame) => addNews(state, frame, 'override',
      `The white cell changed a result: ${(e.changes || []).map((c) => changeWords(state, c)).join('; ')}.`),
  };
}
