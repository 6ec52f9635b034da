// Building DOM without markup strings: every text goes in as a text node, so nothing a user typed
// can become an element, an attribute or a script. No HTML is ever parsed from a string here.

/**
 * el('p', {class: 'x', id: 'y'}, 'text', child, ...): an element with attributes and children.
 * Strings become text nodes. Event handlers are attached with addEventListener, never as attributes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k)) throw new Error(`attach ${k} with addEventListener`);
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

export function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`no element #${id}`);
  return node;
}

export function show(node, visible = true) {
  node.hidden = !visible;
}

/** A time of day from epoch milliseconds, in the reader's locale (24-hour where that is the custom). */
export function timeOf(at) {
  const d = new Date(at);
  return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Copies text to the clipboard; falls back to a selected field where the Clipboard API is absent (plain http). */
export async function copyText(text, fallbackField) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch { /* fall through */ }
  }
  if (fallbackField) {
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  return false;
}
