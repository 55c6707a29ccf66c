// Shows API problems next to the fields they name: the message below the field (linked with aria-describedby),
// aria-invalid on the field, a summary with links at the top of the form, and focus on the first wrong field.
import { t, has } from './i18n.js';

export function clearErrors(form) {
  form.querySelector('.error-summary')?.remove();
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
  });
}

function fieldFor(form, name) {
  return form.querySelector(`[name="${CSS.escape(name)}"]`);
}

function messageFor(error) {
  const key = `error.${error.field}`;
  return has(key) ? t(key) : error.message;
}

// errors: [{field, message}]; messages without a matching field appear only in the summary.
export function showErrors(form, errors, generalMessage) {
  clearErrors(form);
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.textContent = t('form.errorsTitle');
  summary.append(heading);
  if (generalMessage) {
    const p = document.createElement('p');
    p.textContent = generalMessage;
    summary.append(p);
  }
  const list = document.createElement('ul');
  let first = null;
  for (const error of errors) {
    const field = fieldFor(form, error.field);
    const text = error.message;
    const item = document.createElement('li');
    if (field) {
      const target = field;
      const id = `${target.id}-error`;
      if (!document.getElementById(id)) {
        const message = document.createElement('p');
        message.className = 'field-error';
        message.id = id;
        message.textContent = text;
        const anchor = target.closest('.field, fieldset') || target;
        anchor.append(message);
        target.setAttribute('aria-invalid', 'true');
        const described = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        target.setAttribute('aria-describedby', [...described, id].join(' '));
      }
      const link = document.createElement('a');
      link.href = `#${target.id}`;
      link.textContent = text;
      link.addEventListener('click', (event) => { event.preventDefault(); target.focus(); });
      item.append(link);
      first ??= target;
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  if (list.children.length) summary.append(list);
  form.prepend(summary);
  (first || summary).focus();
}

// Turns an ApiError into messages on the form; known cases without fields get a plain-language sentence.
export function showApiError(form, error, fieldForStatus = {}) {
  const field = fieldForStatus[error.status];
  if (error.errors.length) {
    showErrors(form, error.errors.map((e) => ({ field: e.field, message: messageFor(e) })), t('form.errorsIntro'));
  } else if (field) {
    showErrors(form, [{ field, message: t(`problem.${error.status}`) }]);
  } else {
    showErrors(form, [], problemText(error));
  }
}

export function problemText(error) {
  if (error.status === 0) return t('problem.network');
  const key = `problem.${error.status}`;
  return has(key) ? t(key) : (error.message || t('problem.other'));
}

// Plain object from a form; empty fields are left out, so optional fields stay absent for the API.
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') values[name] = value.trim();
  }
  return values;
}
