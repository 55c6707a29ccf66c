// The QSLD survey: the questions of an open round, the respondent's group, optional wijk and age band, and the
// personal code of a panel round (from the link or typed in from a letter).
import { initPage, focusHeading, escapeHtml } from './page.js';
import { lang, t, has } from './i18n.js';
import { get, post, ApiError } from './api.js';
import { date } from './format.js';
import { clearErrors, formValues, showErrors, problemText } from './forms.js';
import { insertDemographics, addWijken } from './demographics.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
const linkToken = fragment.get('token') || params.get('token');
let survey = null;
let round = null;

// A code in the address would end up in history and server logs: keep it in the form only.
if (params.has('token') || fragment.has('token')) {
  params.delete('token');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

const label = (labels) => labels[lang()] || labels.nl;

function scaleText(scale, value) {
  const key = `scale.${scale.type}.${value}`;
  return has(key) ? t(key) : String(value);
}

function renderForm() {
  $('round-title').textContent = round.title;
  $('round-facts').textContent = t('survey.openUntil', { date: date(round.closesOn) });
  $('groups').innerHTML = survey.respondentGroups.map((group) => `
    <div class="choice">
      <input type="radio" id="group-${escapeHtml(group)}" name="group" value="${escapeHtml(group)}">
      <label for="group-${escapeHtml(group)}">${escapeHtml(has(`group.${group}`) ? t(`group.${group}`) : group)}</label>
    </div>`).join('');
  $('questions').innerHTML = survey.questions.map((question) => {
    const values = [];
    for (let value = question.scale.min; value <= question.scale.max; value += 1) values.push(value);
    const id = `q-${question.id}`;
    return `
    <fieldset class="question">
      <legend>${escapeHtml(t('survey.questionNumber', { id: question.id }))}<span class="question-text">${escapeHtml(label(question.labels))}</span></legend>
      <div class="scale">${values.map((value) => `
        <div class="choice">
          <input type="radio" id="${escapeHtml(id)}-${value}" name="answers.${escapeHtml(question.id)}" value="${value}">
          <label for="${escapeHtml(id)}-${value}">${escapeHtml(scaleText(question.scale, value))}</label>
        </div>`).join('')}
      </div>
    </fieldset>`;
  }).join('');
}

// Keeps what was chosen when the language changes, since the form is drawn again in the other language.
function redraw() {
  const chosen = formValues($('survey-form'));
  renderForm();
  Object.entries(chosen).forEach(([name, value]) => {
    const input = $('survey-form').querySelector(`input[type=radio][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (input) input.checked = true;
  });
}

function body(form) {
  const values = formValues(form);
  const answers = {};
  const sent = { round: round.id, answers };
  Object.entries(values).forEach(([name, value]) => {
    if (name.startsWith('answers.')) answers[name.slice('answers.'.length)] = Number(value);
    else sent[name] = value;
  });
  return sent;
}

function fieldMessage(error) {
  if (error.field.startsWith('answers.')) {
    const question = survey.questions.find((q) => `answers.${q.id}` === error.field);
    return question ? t('survey.error.answer', { min: question.scale.min, max: question.scale.max }) : error.message;
  }
  const key = `survey.error.${error.field}`;
  return has(key) ? t(key) : error.message;
}

function showProblem(form, error) {
  if (error.errors.length) {
    showErrors(form, error.errors.map((e) => ({ field: e.field, message: fieldMessage(e) })), t('form.errorsIntro'));
    // The message on all questions belongs above them, not below the last one.
    const answersError = $('answers-error');
    if (answersError) $('answers').querySelector('.hint').after(answersError);
  } else if (error.status === 403) {
    $('token-field').hidden = false;
    showErrors(form, [{ field: 'token', message: t('survey.error.tokenUsed') }]);
  } else if (error.status === 404 || error.status === 409) {
    showErrors(form, [], t('survey.closed'));
  } else {
    showErrors(form, [], problemText(error));
  }
}

async function submit(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await post('/survey/responses', body(form));
    form.hidden = true;
    $('survey-done').hidden = false;
    focusHeading($('done-heading'));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showProblem(form, error);
  } finally {
    button.disabled = false;
  }
}

async function load() {
  const status = $('survey-status');
  let wijken;
  try {
    [survey, { wijken }] = await Promise.all([get('/survey/questions'), get('/wijken')]);
  } catch (error) {
    status.textContent = problemText(error);
    return;
  }
  const wanted = params.get('ronde');
  round = wanted ? survey.openRounds.find((r) => r.id === wanted) : survey.openRounds[0];
  if (!round) {
    status.textContent = wanted ? t('survey.roundNotOpen') : t('survey.none');
    return;
  }
  addWijken($('wijk'), wijken);
  if (linkToken) $('token').value = linkToken;
  $('token-field').hidden = !(round.tokensRequired || linkToken);
  renderForm();
  $('survey-form').hidden = false;
}

insertDemographics($('demographics'), 'survey.whyOptional');
initPage({ onLanguage: () => { if (round) redraw(); } });
$('survey-form').addEventListener('submit', submit);
load();
