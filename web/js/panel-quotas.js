// The quota table of the panel draw form: a row per feature value with a minimum and a maximum, read into the API's
// quotas, and the API's problems with them led back to the inputs they are about.
import { escapeHtml } from './page.js';
import { t, featureLabel } from './i18n.js';

const key = (feature, value) => `${feature}\n${value}`;
const rowsOf = (panel) => panel.features.flatMap((f) => f.values.map((value) => ({ feature: f.name, value })));

// How many in the pool (confirmed sign-ups) have each feature value, to help choose quotas.
export function poolCounts(signUps) {
  const counts = {};
  signUps.filter((s) => s.status === 'confirmed').forEach((s) => Object.entries(s.features ?? {}).forEach(([feature, value]) => {
    counts[key(feature, value)] = (counts[key(feature, value)] ?? 0) + 1;
  }));
  return counts;
}

// What staff typed survives a re-render (a language switch).
export function renderQuotaTable(tbody, panel, pool) {
  const typed = Object.fromEntries([...tbody.querySelectorAll('input')].map((input) => [input.name, input.value]));
  tbody.innerHTML = rowsOf(panel).map((row, i) => {
    const names = { feature: featureLabel(row.feature), value: row.value };
    const input = (part) => `<div class="field"><label class="visually-hidden" for="q-${i}-${part}">${escapeHtml(t(`pn.${part}Of`, names))}</label>
      <input type="number" id="q-${i}-${part}" name="q-${i}-${part}" class="short" min="0" step="1" inputmode="numeric"></div>`;
    return `<tr><td>${escapeHtml(names.feature)}</td><th scope="row">${escapeHtml(row.value)}</th>
      <td class="number">${pool[key(row.feature, row.value)] ?? 0}</td><td>${input('min')}</td><td>${input('max')}</td></tr>`;
  }).join('');
  tbody.querySelectorAll('input').forEach((input) => { input.value = typed[input.name] ?? ''; });
}

// Empty minimum means 0, empty maximum the panel size; a row with neither sets no quota. sent[k] is the row of the
// k-th quota sent, so that the API's quotas[k] finds its inputs.
export function quotasFrom(form, panel, size) {
  const sent = [];
  const errors = [];
  const quotas = [];
  rowsOf(panel).forEach((row, i) => {
    const text = { min: form.elements[`q-${i}-min`].value.trim(), max: form.elements[`q-${i}-max`].value.trim() };
    for (const part of ['min', 'max']) {
      const n = Number(text[part]);
      if (text[part] !== '' && !(Number.isInteger(n) && n >= 0)) errors.push({ field: `q-${i}-${part}`, message: t('pn.error.quotaNumber') });
    }
    if (text.min === '' && text.max === '') return;
    sent.push(i);
    quotas.push({ feature: row.feature, value: row.value, min: Number(text.min || 0), max: text.max === '' ? size : Number(text.max) });
  });
  return { quotas, sent, errors };
}

// The input an API error is about. The API names quotas by their place in the request (quotas[2].max); impossible
// quotas come as reasons under "quotas" naming a feature value (geslacht=vrouw: ...) or a feature (geslacht: ...),
// and otherwise the panel size. Other fields keep their name.
export function quotaErrorField(error, sent, panel) {
  const quota = /^quotas\[(\d+)\](?:\.(\w+))?$/.exec(error.field);
  if (quota) return `q-${sent[Number(quota[1])]}-${quota[2] === 'max' ? 'max' : 'min'}`;
  if (error.field !== 'quotas') return error.field;
  const rows = rowsOf(panel);
  const byValue = rows.findIndex((row) => [':', ' ('].some((end) => error.message.includes(`${row.feature}=${row.value}${end}`)));
  const byFeature = rows.findIndex((row) => error.message.startsWith(`${row.feature}:`));
  const i = byValue >= 0 ? byValue : byFeature;
  return i >= 0 ? `q-${i}-min` : 'panelSize';
}
