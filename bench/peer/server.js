'use strict';
// The peer: what a team would otherwise build for Entente's chat-and-fan-out job — a minimal Node.js
// server on the `ws` package. Rooms with roles, channels (plenary, bilateral:A+B), per-role gap-free
// stream positions, and the same JSON frames as Entente for the subset the load generator uses:
//   POST /api/v1/sessions {scenario, roles?}  -> 201 {id, scenario, title, facilitatorToken, invites:[{role,name,token,link}]}
//   GET  /health                             -> {status:"UP", node, sessions}
//   ws /ws: join{token,name?} -> welcome; post{id,channel,text} -> event (to the channel's members) + ack;
//           openBilateral{id,with} -> ack; ping -> pong; anything else -> reject.
// No journal, no game rules: a deliberately light baseline (docs/performance.md).
const http = require('http');
const crypto = require('crypto');
const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const argOf = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const port = parseInt(argOf('--port', process.env.PEER_PORT || '8090'), 10);
const host = argOf('--host', '127.0.0.1');
const adminKey = process.env.ENTENTE_ADMIN_KEY || null;
const nodeId = crypto.randomUUID();
const DEFAULT_ROLES = ['USA', 'FRA', 'GBR', 'ITA', 'QAT', 'TUR', 'DEU'];
const WHITE_CELL = 'WHITE_CELL';

const rooms = new Map();   // id -> room
const grants = new Map();  // token -> {room, role}

function newToken() { return crypto.randomBytes(24).toString('base64url'); }

function createRoom(scenario, roles) {
  const id = crypto.randomBytes(8).toString('hex');
  const room = { id, scenario, roles, members: new Set(), positions: new Map() };
  for (const r of roles.concat([WHITE_CELL])) room.positions.set(r, 0);
  rooms.set(id, room);
  const facilitatorToken = newToken();
  grants.set(facilitatorToken, { room, role: WHITE_CELL });
  const invites = roles.map(role => {
    const token = newToken();
    grants.set(token, { room, role });
    return { role, name: role, token, link: `http://${host}:${port}/play.html#token=${token}` };
  });
  return { id, scenario, title: scenario, facilitatorToken, invites };
}

// Who may read a channel: plenary — everyone; bilateral:A+B — A, B and the white cell.
function audience(room, channel) {
  if (channel === 'plenary') return null; // everyone
  if (channel.startsWith('bilateral:')) {
    const pair = channel.substring('bilateral:'.length).split('+');
    if (pair.length === 2 && pair.every(n => room.positions.has(n) && n !== WHITE_CELL)) return new Set([pair[0], pair[1], WHITE_CELL]);
  }
  return undefined; // no such channel
}

const server = http.createServer((req, res) => {
  const send = (status, obj) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(obj));
  };
  if (req.method === 'GET' && req.url === '/health') return send(200, { status: 'UP', node: nodeId, sessions: rooms.size });
  if (req.method === 'POST' && req.url === '/api/v1/sessions') {
    if (adminKey && req.headers.authorization !== `Bearer ${adminKey}`) return send(401, { code: 'ADMIN_KEY_REQUIRED' });
    let body = '';
    req.on('data', c => { body += c; if (body.length > 262144) req.destroy(); });
    req.on('end', () => {
      let b;
      try { b = JSON.parse(body); } catch (e) { return send(400, { code: 'MALFORMED_JSON' }); }
      if (!b || typeof b.scenario !== 'string') return send(400, { code: 'MISSING_FIELD', field: 'scenario' });
      const roles = Array.isArray(b.roles) && b.roles.length >= 2 ? b.roles.map(String) : DEFAULT_ROLES;
      const created = createRoom(b.scenario, roles);
      res.writeHead(201, { 'Content-Type': 'application/json; charset=utf-8', Location: `/api/v1/sessions/${created.id}` });
      res.end(JSON.stringify(created));
    });
    return;
  }
  send(404, { code: 'NOT_FOUND' });
});

const wss = new WebSocketServer({ server, path: '/ws', maxPayload: 256 * 1024 });

function reject(ws, id, code, field, message) {
  ws.send(JSON.stringify({ type: 'reject', id: id ?? null, code, field: field ?? null, message }));
}

wss.on('connection', ws => {
  let member = null; // {ws, room, role, name}
  ws.on('message', (data, isBinary) => {
    if (isBinary) return reject(ws, null, 'BINARY_NOT_SUPPORTED', null, 'Send JSON text frames.');
    if (data.length > 16384) return reject(ws, null, 'FRAME_TOO_LARGE', null, 'Frame too large.');
    let m;
    try { m = JSON.parse(data.toString()); } catch (e) { return reject(ws, null, 'MALFORMED_JSON', null, 'Not JSON.'); }
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return reject(ws, null, 'NOT_AN_OBJECT', null, 'Not an object.');
    switch (m.type) {
      case 'join': {
        if (member) return reject(ws, null, 'ALREADY_JOINED', null, 'Already joined.');
        const g = grants.get(m.token);
        if (!g) return reject(ws, null, 'UNKNOWN_TOKEN', 'token', 'This token opens no session.');
        member = { ws, room: g.room, role: g.role, name: typeof m.name === 'string' ? m.name : null };
        g.room.members.add(member);
        const channels = [{ id: 'plenary', kind: 'plenary', nations: g.room.roles, writable: true, messages: [] }];
        ws.send(JSON.stringify({ type: 'welcome', session: g.room.id, role: g.role, seq: g.room.positions.get(g.role), resumed: false,
          snapshot: { sessionId: g.room.id, scenarioId: g.room.scenario, role: g.role, nations: g.room.roles.map(id => ({ id, name: id })), channels } }));
        return;
      }
      case 'ping': return ws.send(JSON.stringify({ type: 'pong', id: m.id ?? null }));
      case 'post': case 'openBilateral': break;
      default: return reject(ws, m.id, 'UNKNOWN_TYPE', 'type', 'Unknown type.');
    }
    if (!member) return reject(ws, m.id, 'NOT_JOINED', null, 'Join first.');
    if (typeof m.id !== 'string' || !/^[A-Za-z0-9._:-]{1,64}$/.test(m.id)) return reject(ws, null, 'INVALID_FIELD', 'id', 'Bad id.');
    const room = member.room;
    if (m.type === 'openBilateral') {
      // Channels are implicit here; answer as Entente does for a new channel.
      return ws.send(JSON.stringify({ type: 'ack', id: m.id, seq: room.positions.get(member.role), duplicate: false }));
    }
    if (typeof m.channel !== 'string') return reject(ws, m.id, 'MISSING_FIELD', 'channel', 'No channel.');
    if (typeof m.text !== 'string' || m.text.length === 0) return reject(ws, m.id, 'EMPTY_MESSAGE', 'text', 'Empty message.');
    if (m.text.length > 4000) return reject(ws, m.id, 'TOO_LONG', 'text', 'Too long.');
    const who = audience(room, m.channel);
    if (who === undefined || (who !== null && !who.has(member.role))) return reject(ws, m.id, 'UNKNOWN_CHANNEL', 'channel', 'No such channel.');
    if (member.role === WHITE_CELL && who !== null) return reject(ws, m.id, 'READ_ONLY_CHANNEL', 'channel', 'Read only.');
    // Each role that may see it gets its next position; the event is encoded once and shared.
    const at = Date.now();
    const eventJson = JSON.stringify({ type: 'message.posted', channel: m.channel, from: member.role, author: member.name, text: m.text });
    const tail = `,"at":${at},"actor":${JSON.stringify(member.role)},"event":${eventJson}}`;
    const pos = new Map();
    for (const role of room.positions.keys()) {
      if (who === null || who.has(role)) { const p = room.positions.get(role) + 1; room.positions.set(role, p); pos.set(role, p); }
    }
    for (const other of room.members) {
      const p = pos.get(other.role);
      if (p !== undefined && other.ws.readyState === 1) other.ws.send('{"type":"event","seq":' + p + tail);
    }
    ws.send(JSON.stringify({ type: 'ack', id: m.id, seq: pos.get(member.role), duplicate: false }));
  });
  ws.on('close', () => { if (member) member.room.members.delete(member); });
  ws.on('error', () => ws.terminate());
});

server.listen(port, host, () => console.log(`peer listening on http://${host}:${server.address().port} (node ${process.version}, ws)`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
