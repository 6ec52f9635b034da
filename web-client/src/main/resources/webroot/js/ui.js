// Small pieces the exercise's views share: tabs, keyed redraws that keep the keyboard focus, form
// errors placed by the field the server names, the announcer (aria-live), and labelled controls.
// Everything builds DOM through dom.js (text nodes only).

import { $, el, replaceChildren } from './dom.js';

let uid = 0;
/** A unique element id with a readable prefix. */
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * Tabs: a role=tablist of role=tab buttons, each with aria-controls naming its panel. Click or
 * Enter/Space selects; Left/Right/Home/End move between tabs (the WAI-ARIA pattern, automatic activation).
 */
export function tabs(list, onSelect) {
  const all = () => [...list.querySelectorAll('[role="tab"]')];
  const select = (tab, focus) => {
    for (const t of all()) {
      const on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    if (onSelect) onSelect(tab.dataset.tab);
  };
  list.addEventListener('click', (e) => {
    const tab = e.target.closest('[role="tab"]');
    if (tab) select(tab, false);
  });
  list.addEventListener('keydown', (e) => {
    const tabsNow = all();
    const i = tabsNow.indexOf(document.activeElement);
    if (i < 0) return;
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % tabsNow.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + tabsNow.length) % tabsNow.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabsNow.length - 1;
    if (j !== null) {
      e.preventDefault();
      select(tabsNow[j], true);
    }
  });
  const first = all().find((t) => t.getAttribute('aria-selected') === 'true') || all()[0];
  if (first) select(first, false);
  return {
    select: (name) => {
      const t = all().find((x) => x.dataset.tab === name);
      if (t) select(t, false);
    },
  };
}

/**
 * Redraws a container only when its key (a JSON of what it shows) changed, and gives the focus back
 * to the control with the same data-focus key, so a redraw never throws the keyboard user out.
 */
export function keyed(container, key, build) {
  if (container.dataset.key === key) return false;
  const active = document.activeElement;
  const focusKey = active && container.contains(active) ? active.dataset.focus : undefined;
  container.dataset.key = key;
  replaceChildren(container, build());
  if (focusKey) {
    const again = [...container.querySelectorAll('[data-focus]')].find((n) => n.dataset.focus === focusKey);
    if (again && !again.disabled) again.focus();
  }
  return true;
}

/**
 * A server refusal in a player's words: the API's messages are written for programmers ("Field
 * 'amount' must be a number from 0.0 to 1000.0", "… as a bearer token"); the page says the same plainly.
 */
export function plainMessage(rejected) {
  const code = rejected && rejected.code;
  const message = String((rejected && rejected.message) || rejected || '');
  if (code === 'ADMIN_KEY_REQUIRED') return 'That is not this server\'s admin key. It is printed when the server starts.';
  if (code === 'TOKEN_REQUIRED' || code === 'UNKNOWN_TOKEN') return 'This link does not open this session (it may have been revoked). Ask the facilitator for a new one.';
  const range = /^Field '[^']*' must be a number from (-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)\.?$/.exec(message);
  const plain = (x) => String(Number(x));
  if (range) return `Enter a number from ${plain(range[1])} to ${plain(range[2])}.`;
  return message.replace(/^Field '([^']*)' /, (m, f) => {
    const words = f.replace(/.*\./, '').replace(/\[\d+\]/g, '').replace(/([A-Z])/g, ' $1').toLowerCase();
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} `;
  })
    .replace(/\s*as a bearer token/g, '');
}

/**
 * A form's errors: `fields` maps the server's field names (`amount`, `conditions.stringency`, …) to
 * inputs. `show(rejected)` puts the server's words beside the named field (role=alert, aria-invalid on
 * the input) or, for a field it does not know, at the form's foot.
 */
export class FormErrors {
  constructor(general) {
    this.general = general;
    this.fields = new Map();
  }

  /** Registers a field; returns the error paragraph to place beside it. */
  field(name, input) {
    const id = nextId('err');
    const p = el('p', { class: 'error field-error', id, role: 'alert' });
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    input.setAttribute('aria-describedby', [...described, id].join(' '));
    this.fields.set(name, { input, p });
    return p;
  }

  clear() {
    for (const { input, p } of this.fields.values()) {
      p.textContent = '';
      input.removeAttribute('aria-invalid');
    }
    this.general.textContent = '';
  }

  show(rejected) {
    this.clear();
    const f = rejected.field ? this.fields.get(rejected.field) : null;
    if (f) {
      f.p.textContent = plainMessage(rejected);
      f.input.setAttribute('aria-invalid', 'true');
      f.input.focus();
    } else {
      this.general.textContent = plainMessage(rejected);
    }
  }
}

/** A labelled control in a wrapper: el('div.field', label, control, hint?). */
export function labelled(text, control, hint) {
  const id = control.id || nextId('f');
  control.id = id;
  const parts = [el('label', { for: id }, text), control];
  if (hint) {
    const hid = nextId('hint');
    parts.push(el('p', { class: 'hint', id: hid }, hint));
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), hid].filter(Boolean).join(' '));
  }
  return el('div', { class: 'field' }, parts);
}

/** A range slider with its value shown beside it (an <output>), both read by screen readers. */
export function slider({ id = nextId('range'), min, max, step, value, label, format = (v) => Number(v).toFixed(2) }) {
  const input = el('input', { type: 'range', min, max, step, value });
  const out = el('output', { class: 'slider-value' });
  const sync = () => {
    out.textContent = format(input.value);
    input.setAttribute('aria-valuetext', format(input.value));
  };
  input.addEventListener('input', sync);
  sync();
  input.id = id;
  out.setAttribute('for', id);
  const wrap = el('div', { class: 'field slider' }, el('label', { for: id }, label), el('div', { class: 'slider-row' }, input, out));
  return { wrap, input, out, sync };
}

/** Options for a select: [{value, label}]. */
export function options(select, items, keep = true) {
  const chosen = select.value;
  replaceChildren(select, items.map((o) => el('option', { value: o.value }, o.label)));
  if (keep && items.some((o) => o.value === chosen)) select.value = chosen;
}

/** The announcer: new items of state.news, read politely by screen readers, shown as a short log. */
export class Announcer {
  constructor(region) {
    this.region = region;
    this.seen = -1;
  }

  render(state) {
    // News is made by events only (never by a welcome's snapshot), so nothing old is read out on opening.
    const fresh = (state.news || []).filter((n) => n.seq !== null && n.seq > this.seen);
    if (!fresh.length) return;
    this.seen = fresh[fresh.length - 1].seq;
    for (const n of fresh) this.region.append(el('p', { class: `news news-${n.kind}` }, n.text));
    while (this.region.children.length > 4) this.region.firstChild.remove();
  }
}

/** Binds the banner announcer of a page (an element with id `announcer`). */
export function announcerOn(conn) {
  const a = new Announcer($('announcer'));
  conn.on('state', (s) => a.render(s));
  return a;
}

/** A table: headers and rows of cells (strings or nodes); the first cell of a row is its header. */
export function table(caption, headers, rows, { rowHeaders = true, className = 'data' } = {}) {
  return el('table', { class: className },
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', r.attrs || {}, (r.cells || r).map((c, i) => (i === 0 && rowHeaders
      ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
}
