// Staff: trajectories with their state and counts; create or edit a draft with its agreement, publish (the API names every
// missing part), close, record that the participants got their feedback, see and export the sign-ups.
import { initPage, escapeHtml, focusHeading } from './page.js';
import { t } from './i18n.js';
import { get } from './api.js';
import { dateTime, date, today } from './format.js';
import { showApiError, showErrors, clearErrors, formValues, problemText } from './forms.js';
import { requireSignIn, staffCall, download } from './staff.js';
import { amsterdamIso, amsterdamLocal } from './zone.js';
import { initPanel, showPanel, renumber, panelBody, panelError } from './panel-settings-form.js';

const $ = (id) => document.getElementById(id);
const form = $('create-form');
const feedbackForm = $('feedback-form');
let shown = null;
// The published or closed trajectory whose feedback is being recorded, and the day its agreement promised.
let feedbackFor = null;
let promisedOn = null;
// The draft being edited, or null while the form creates a new one.
let editing = null;

async function renderList() {
  try {
    // The API lists one status at a time.
    const lists = await Promise.all(['draft', 'published', 'closed'].map((status) => staffCall('GET', `/staff/trajectories?status=${status}`)));
    const trajectories = lists.flatMap((list) => list.trajectories);
    $('rows').innerHTML = trajectories.map((tr) => `
      <tr><th scope="row">${escapeHtml(tr.title)}<br><small>${escapeHtml(tr.id)}</small></th>
      <td>${escapeHtml(t(`state.${tr.status}`))}${tr.feedback ? `<br><small>${escapeHtml(t('st.feedbackGiven', { date: date(tr.feedback.givenOn) }))}</small>` : ''}</td>
      <td>${tr.counts ? escapeHtml(t('st.counts', { confirmed: tr.counts.confirmed ?? 0, waitlisted: tr.counts.waitlisted ?? 0 })) : ''}</td>
      <td>
        ${tr.status === 'draft' ? `<button type="button" class="small secondary" data-act="edit" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('st.edit'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button>` : ''}
        ${tr.status === 'draft' ? `<button type="button" class="small" data-act="publish" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('st.publish'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button>` : ''}
        ${tr.status === 'published' ? `<button type="button" class="small secondary" data-act="close" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('st.close'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button>` : ''}
        ${tr.status !== 'draft' && !tr.feedback ? `<button type="button" class="small secondary" data-act="feedback" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('st.feedback'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button>` : ''}
        <button type="button" class="small secondary" data-act="signups" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('st.signups'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button>
      </td></tr>`).join('');
  } catch (error) {
    $('status').textContent = problemText(error);
  }
}

async function showSignups(id) {
  shown = id;
  const { signUps } = await staffCall('GET', `/staff/trajectories/${encodeURIComponent(id)}/signups`);
  $('signups').hidden = false;
  $('signups-heading').textContent = t('st.signupsOf', { id });
  $('signup-rows').innerHTML = signUps.map((s) => `<tr><td>${escapeHtml(s.name || '–')}</td><td>${escapeHtml(s.email || '')}</td>
    <td>${escapeHtml(s.phone || '')}</td><td>${escapeHtml(s.status)} · ${escapeHtml(dateTime(s.createdAt))}</td><td>${escapeHtml(s.wijk || '')}</td></tr>`).join('');
  focusHeading($('signups-heading'));
}

// Opens the feedback form of a published or closed trajectory, with today as the day it was given.
async function openFeedback(id) {
  const tr = await staffCall('GET', `/staff/trajectories/${encodeURIComponent(id)}`);
  feedbackFor = id;
  promisedOn = tr.agreement.feedbackDate ?? null;
  feedbackForm.reset();
  clearErrors(feedbackForm);
  $('givenOn').value = today();
  $('feedback').hidden = false;
  showFeedbackTexts();
  focusHeading($('feedback-heading'));
}

function showFeedbackTexts() {
  $('feedback-heading').textContent = t('st.feedbackOf', { id: feedbackFor });
  $('feedback-promise').textContent = promisedOn ? t('st.feedbackPromised', { date: date(promisedOn) }) : '';
}

async function recordFeedback(event) {
  event.preventDefault();
  clearErrors(feedbackForm);
  const { givenOn, note } = formValues(feedbackForm);
  if (!givenOn) {
    showErrors(feedbackForm, [{ field: 'givenOn', message: t('error.givenOn') }]);
    return;
  }
  try {
    await staffCall('POST', `/staff/trajectories/${encodeURIComponent(feedbackFor)}/feedback`, note ? { givenOn, note } : { givenOn });
    $('feedback').hidden = true;
    // Said once the list shows it, so what the status announces is what the page shows.
    await renderList();
    $('status').textContent = t('st.done.feedback', { id: feedbackFor });
    $('status').focus();
  } catch (error) {
    showApiError(feedbackForm, error);
  }
}

// Fills the form with a draft, the panel part included; saving then replaces the draft.
async function edit(id) {
  const tr = await staffCall('GET', `/staff/trajectories/${encodeURIComponent(id)}`);
  stopEditing();
  editing = id;
  for (const field of form.elements) {
    if (!field.name || field.name.startsWith('panel.')) continue;
    const [part, key] = field.name.startsWith('agreement.') ? [tr.agreement, field.name.slice('agreement.'.length)] : [tr, field.name];
    const value = part?.[key];
    if (value === undefined) continue;
    field.value = key === 'signUpOpens' || key === 'signUpCloses' ? amsterdamLocal(value) : value;
  }
  $('id').readOnly = true;
  showPanel(tr.kind, tr.panel ?? null);
  $('new-heading').textContent = t('st.editing', { id });
  $('stop-editing').hidden = false;
  focusHeading($('new-heading'));
}

function stopEditing() {
  editing = null;
  form.reset();
  clearErrors(form);
  showPanel('trajectory', null);
  $('id').readOnly = false;
  $('new-heading').textContent = t('st.new');
  $('stop-editing').hidden = true;
}

async function act(event) {
  const button = event.target.closest('button[data-act]');
  if (!button) return;
  const { act: action, id } = button.dataset;
  $('status').textContent = '';
  try {
    if (action === 'signups') {
      await showSignups(id);
      return;
    }
    if (action === 'edit') {
      await edit(id);
      return;
    }
    if (action === 'feedback') {
      await openFeedback(id);
      return;
    }
    await staffCall('POST', `/staff/trajectories/${encodeURIComponent(id)}/${action}`);
    await renderList();
    $('status').textContent = t(`st.done.${action}`, { id });
  } catch (error) {
    const fields = error.errors.map((e) => e.field.replace(/^agreement\./, '')).join(', ');
    $('status').textContent = fields ? t('st.missing', { fields }) : problemText(error);
  }
}

async function create(event) {
  event.preventDefault();
  clearErrors(form);
  const values = formValues(form);
  const body = { agreement: {} };
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith('panel.')) {
      continue;
    } else if (name.startsWith('agreement.')) {
      const key = name.slice('agreement.'.length);
      body.agreement[key] = key === 'signUpOpens' || key === 'signUpCloses' ? amsterdamIso(value) : value;
    } else {
      body[name] = name === 'capacity' ? Number(value) : value;
    }
  }
  if (body.kind === 'panel') body.panel = panelBody(form);
  if (!body.title) {
    showErrors(form, [{ field: 'title', message: t('error.title') }]);
    return;
  }
  try {
    const created = editing
      ? await staffCall('PUT', `/staff/trajectories/${encodeURIComponent(editing)}`, body)
      : await staffCall('POST', '/staff/trajectories', body);
    stopEditing();
    await renderList();
    $('status').textContent = t('st.created', { id: created.id });
    $('status').focus();
  } catch (error) {
    error.problem.errors = error.errors.map(panelError);
    showApiError(form, error);
  }
}

if (requireSignIn()) {
  initPage({ root: '../', staff: true, onLanguage: () => {
    renderList();
    renumber();
    if (editing) $('new-heading').textContent = t('st.editing', { id: editing });
    if (feedbackFor) showFeedbackTexts();
  } });
  $('status').tabIndex = -1;
  $('rows').addEventListener('click', act);
  $('export').addEventListener('click', () => download('GET', `/staff/trajectories/${encodeURIComponent(shown)}/signups/export`, undefined, `aanmeldingen-${shown}.csv`)
    .catch((error) => { $('status').textContent = problemText(error); }));
  form.addEventListener('submit', create);
  feedbackForm.addEventListener('submit', recordFeedback);
  initPanel($('kind'));
  $('stop-editing').addEventListener('click', () => { stopEditing(); $('id').focus(); });
  get('/wijken').then(({ wijken }) => wijken.forEach((w) => $('wijk').add(new Option(w.name, w.code))));
  renderList();
}
