// The panel part of the staff trajectory form: features with their values, and one member per household. Inputs are
// named after the API's field paths (panel.features[0].name), so forms.js puts each API error next to its input.
import { t } from './i18n.js';

const MAX_FEATURES = 10;
const $ = (id) => document.getElementById(id);
const features = () => [...$('features').querySelectorAll('fieldset')];
const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

// Names, ids, labels and legends follow each feature's place in the list, as the API counts them; an error shown
// below an input moves with it.
function place(field, id, text, hintId) {
  const input = field.querySelector('input, textarea');
  const label = field.querySelector('label');
  const error = field.querySelector('.field-error');
  input.id = input.name = label.htmlFor = id;
  label.textContent = text;
  if (error) error.id = `${id}-error`;
  const described = [hintId, error?.id].filter(Boolean).join(' ');
  if (described) input.setAttribute('aria-describedby', described); else input.removeAttribute('aria-describedby');
}

export function renumber() {
  features().forEach((fieldset, i) => {
    const base = `panel.features[${i}]`;
    const [nameField, valuesField] = fieldset.querySelectorAll('.field');
    const hint = nameField.querySelector('.hint');
    hint.id = `${base}.name-hint`;
    hint.textContent = t('st.featureNameHint');
    fieldset.querySelector('legend').textContent = t('st.feature', { n: i + 1 });
    place(nameField, `${base}.name`, t('st.featureName'), hint.id);
    place(valuesField, `${base}.values`, t('st.featureValues'));
    fieldset.querySelector(':scope > button').textContent = t('st.removeFeature', { n: i + 1 });
  });
  $('add-feature').hidden = features().length >= MAX_FEATURES;
}

function addFeature({ name = '', values = [] } = {}) {
  const fieldset = document.createElement('fieldset');
  fieldset.innerHTML = `<legend></legend>
    <div class="field"><label></label><p class="hint"></p><input type="text" class="short" autocomplete="off" spellcheck="false"></div>
    <div class="field"><label></label><textarea rows="4"></textarea></div>
    <button type="button" class="small secondary"></button>`;
  fieldset.querySelector('input').value = name;
  fieldset.querySelector('textarea').value = values.join('\n');
  $('features').append(fieldset);
  renumber();
  return fieldset;
}

function removeFeature(fieldset) {
  const next = fieldset.nextElementSibling;
  fieldset.remove();
  renumber();
  (next?.querySelector('input') || $('add-feature')).focus();
}

// Shows the panel part only for kind panel, with the given settings (none: an empty list).
export function showPanel(kind, settings) {
  $('panel').hidden = kind !== 'panel';
  if (settings !== undefined) {
    $('features').replaceChildren();
    (settings?.features || []).forEach(addFeature);
    $('panel.oneMemberPerHousehold').checked = Boolean(settings?.oneMemberPerHousehold);
    renumber();
  }
}

export function initPanel(kindSelect) {
  kindSelect.addEventListener('change', () => showPanel(kindSelect.value));
  $('add-feature').addEventListener('click', () => addFeature().querySelector('input').focus());
  $('features').addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button) removeFeature(button.closest('fieldset'));
  });
}

// The API's panel object, read from the inputs by their names; values are the non-empty lines.
export function panelBody(form) {
  return {
    features: features().map((_, i) => ({
      name: form.elements[`panel.features[${i}].name`].value.trim(),
      values: lines(form.elements[`panel.features[${i}].values`].value),
    })),
    oneMemberPerHousehold: form.elements['panel.oneMemberPerHousehold'].checked,
  };
}

// An error on one value belongs to its feature's textarea, which holds all values; the message says which value.
export function panelError(error) {
  const match = /^(panel\.features\[\d+\])\.(name|values)(?:\[(\d+)\])?$/.exec(error.field);
  if (!match) return error;
  const [, feature, part, value] = match;
  if (part === 'name') {
    return { field: error.field, message: t(error.message === 'named twice' ? 'st.error.featureTwice' : 'st.error.featureName') };
  }
  if (value === undefined) return { field: error.field, message: t('st.error.featureValues') };
  const key = error.message === 'listed twice' ? 'st.error.valueTwice' : 'st.error.valueLong';
  return { field: `${feature}.values`, message: t(key, { n: Number(value) + 1 }) };
}
