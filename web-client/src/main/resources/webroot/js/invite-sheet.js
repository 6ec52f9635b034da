// The printable invite sheet: one card per role with its name, its link as text, and the link as a
// QR code to scan from a phone in the room. The QR modules come from the server (POST /api/v1/qr,
// ZXing's encoder); the code is drawn here as one SVG path (no markup parsed). The print stylesheet
// prints the sheet alone when the page holds one (body.has-sheet).

import { el, replaceChildren } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const QUIET = 4;

/** The QR modules of a link: {size, modules: ['0101…', …]}. */
export async function qrModules(link) {
  const response = await fetch('/api/v1/qr', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ text: link }),
    cache: 'no-store',
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(json && json.error ? json.error.message : `The server answered ${response.status}.`);
  return json;
}

/** An SVG drawing of QR modules, named for screen readers. */
export function qrSvg(qr, label) {
  const n = qr.size + 2 * QUIET;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(n));
  bg.setAttribute('height', String(n));
  bg.setAttribute('fill', '#fff');
  let d = '';
  qr.modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  });
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  path.dataset.modules = qr.modules.join(',');
  svg.append(bg, path);
  return svg;
}

/**
 * Draws the sheet into `host`: a title, how to join, and a card per entry ({role, name, link}).
 * Resolves once every QR code is drawn; marks the page so that printing prints the sheet alone.
 */
export async function renderSheet(host, title, entries) {
  const cards = await Promise.all(entries.map(async (e) => {
    const qr = await qrModules(e.link);
    return el('article', { class: 'invite-card', 'data-role': e.role },
      el('h3', {}, e.name),
      qrSvg(qr, `QR code of the link for ${e.name}`),
      el('p', { class: 'invite-how' }, 'Scan with a phone camera, or type the link below. Keep it to your own team.'),
      el('p', { class: 'invite-link' }, e.link));
  }));
  replaceChildren(host, el('h2', { class: 'sheet-title' }, `Invitations: ${title}`),
    el('p', { class: 'hint sheet-hint' }, 'Cut along the lines and hand each nation its own card: the link lets its holder act for that nation.'),
    el('div', { class: 'invite-cards' }, cards));
  host.hidden = false;
  document.body.classList.add('has-sheet');
}
