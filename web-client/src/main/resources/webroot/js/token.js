// Tokens arrive in the URL fragment (#token=...), which browsers never send to a server. The page
// moves it into sessionStorage (this tab only) and takes it out of the address bar, so it is not left
// in the history, in a screenshot of the address bar, or in a link someone copies from it.

/** The token for this page ('play' or 'console'): from the fragment if present, else from this tab's storage. */
export function takeToken(page) {
  const key = `entente.${page}.token`;
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = params.get('token');
  if (fromUrl) {
    const previous = sessionStorage.getItem(key);
    sessionStorage.setItem(key, fromUrl);
    if (previous !== fromUrl) sessionStorage.removeItem(`entente.${page}.joined`);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(key);
}

export function markJoined(page) {
  sessionStorage.setItem(`entente.${page}.joined`, '1');
}

export function wasJoined(page) {
  return sessionStorage.getItem(`entente.${page}.joined`) === '1';
}

const NAME_KEY = 'entente.displayName';

export function rememberedName() {
  try {
    return localStorage.getItem(NAME_KEY) || '';
  } catch {
    return '';
  }
}

export function rememberName(name) {
  try {
    if (name) localStorage.setItem(NAME_KEY, name);
    else localStorage.removeItem(NAME_KEY);
  } catch { /* storage may be off; the name still works for this visit */ }
}
