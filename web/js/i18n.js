// Dutch by default, English on request. Static texts carry data-i18n="key" (text) or data-i18n-attr="attr:key";
// the choice is remembered in localStorage on this device only.
import nl from '../i18n/nl.js';
import en from '../i18n/en.js';

const DICTIONARIES = { nl, en };
const KEY = 'stadmaken.lang';
let current = DICTIONARIES[localStorage.getItem(KEY)] ? localStorage.getItem(KEY) : 'nl';

export const lang = () => current;

export function t(key, vars = {}) {
  const text = DICTIONARIES[current][key] ?? DICTIONARIES.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? ''));
}

export const has = (key) => key in DICTIONARIES[current] || key in DICTIONARIES.nl;

export function translate(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    });
  });
}

export function setLang(next) {
  current = next;
  localStorage.setItem(KEY, next);
}

// Panel features are named by staff, as data: a known name has a translation, any other is shown as written.
export function featureLabel(name) {
  const key = `feature.${name}`;
  return has(key) ? t(key) : name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');
}
