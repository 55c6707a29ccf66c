// Open trajectories with their participation agreement, and the sign-up form of one trajectory (?id=...).
import { initPage, escapeHtml, focusHeading } from './page.js';
import { t, featureLabel } from './i18n.js';
import { get, post, ApiError } from './api.js';
import { dateTime, date } from './format.js';
import { showApiError, clearErrors, formValues, problemText } from './forms.js';
import { insertDemographics, addWijken } from './demographics.js';

const id = new URLSearchParams(location.search).get('id');
let trajectory = null;
let wijken = [];

function agreementRows(a) {
  const rows = [
    ['agr.subject', a.subject],
    ['agr.decision', a.decision],
    ['agr.openToInfluence', a.openToInfluence],
    ['agr.fixed', a.fixed],
    ['agr.decidedBy', a.decidedBy && t(`decidedBy.${a.decidedBy}`)],
    ['agr.consultedBody', a.consultedBody],
    ['agr.level', a.level && t(`level.${a.level}`)],
    ['agr.signUp', a.signUpOpens && a.signUpCloses && t('agr.signUpRange', { from: dateTime(a.signUpOpens), until: dateTime(a.signUpCloses) })],
    ['agr.decisionDate', a.decisionDate && date(a.decisionDate)],
    ['agr.feedback', a.feedbackDate && t('agr.feedbackText', { date: date(a.feedbackDate), method: a.feedbackMethod || '' })],
    ['agr.contact', [a.contactName, a.contactEmail, a.contactPhone].filter(Boolean).join(', ')],
  ];
  return rows.filter(([, value]) => value)
    .map(([key, value]) => `<dt>${escapeHtml(t(key))}</dt><dd>${escapeHtml(value)}</dd>`).join('');
}

function wijkName(code) {
  return wijken.find((w) => w.code === code)?.name || code;
}

async function renderList() {
  document.getElementById('list-view').hidden = false;
  const status = document.getElementById('list-status');
  const list = document.getElementById('trajectory-list');
  try {
    const { trajectories } = await get('/trajectories?status=published');
    status.textContent = trajectories.length ? '' : t('traj.none');
    list.innerHTML = trajectories.map((tr) => `
      <li>
        <h2><a href="trajecten.html?id=${encodeURIComponent(tr.id)}">${escapeHtml(tr.title)}</a></h2>
        ${tr.summary ? `<p>${escapeHtml(tr.summary)}</p>` : ''}
        <p>${escapeHtml(t('agr.decidedBy'))}: ${escapeHtml(t(`decidedBy.${tr.agreement.decidedBy}`))}.
           ${tr.agreement.signUpCloses ? escapeHtml(t('traj.closes', { date: dateTime(tr.agreement.signUpCloses) })) : ''}</p>
      </li>`).join('');
  } catch (error) {
    status.textContent = problemText(error);
  }
}

function renderDetail() {
  const a = trajectory.agreement;
  document.getElementById('detail-title').textContent = trajectory.title;
  document.title = `${trajectory.title} | ${t('brand')}`;
  document.getElementById('detail-summary').textContent = trajectory.summary || '';
  document.getElementById('agreement').innerHTML = agreementRows(a)
    + (trajectory.wijk ? `<dt>${escapeHtml(t('field.wijk'))}</dt><dd>${escapeHtml(wijkName(trajectory.wijk))}</dd>` : '');
  const places = document.getElementById('places');
  places.textContent = trajectory.placesLeft === undefined ? ''
    : trajectory.placesLeft > 0 ? t('traj.placesLeft', { n: trajectory.placesLeft }) : t('traj.waitlist');
  document.getElementById('consent-hint').textContent = a.feedbackDate
    ? t('traj.consentHint', { date: date(a.feedbackDate) }) : '';
  document.getElementById('signup-area').hidden = trajectory.status !== 'published';
  renderPanelFields();
}

// A panel asks every feature its draw stratifies on (values as staff wrote them), and an address when one member
// per household may be drawn.
function renderPanelFields() {
  const panel = trajectory.panel;
  document.getElementById('panel-fields').hidden = !panel;
  if (!panel) return;
  const container = document.getElementById('panel-features');
  const chosen = Object.fromEntries([...container.querySelectorAll('select')].map((s) => [s.name, s.value]));
  container.innerHTML = panel.features.map((feature, i) => `
    <div class="field">
      <label for="feature-${i}">${escapeHtml(featureLabel(feature.name))}</label>
      <select id="feature-${i}" name="features.${escapeHtml(feature.name)}" required aria-describedby="panel-hint">
        <option value="">${escapeHtml(t('field.choose'))}</option>
        ${feature.values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('')}
      </select>
    </div>`).join('');
  container.querySelectorAll('select').forEach((s) => { if (chosen[s.name]) s.value = chosen[s.name]; });
  document.getElementById('household-field').hidden = !panel.oneMemberPerHousehold;
  document.getElementById('household').required = panel.oneMemberPerHousehold;
}

async function loadDetail() {
  document.getElementById('detail-view').hidden = false;
  try {
    [trajectory, { wijken }] = await Promise.all([get(`/trajectories/${encodeURIComponent(id)}`), get('/wijken')]);
  } catch (error) {
    document.getElementById('detail-title').textContent = error instanceof ApiError && error.status === 404
      ? t('traj.notFound') : problemText(error);
    document.getElementById('signup-area').hidden = true;
    return;
  }
  addWijken(document.getElementById('wijk'), wijken);
  renderDetail();
}

async function submit(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const values = formValues(form);
  // Sent even without consent, so the API names every missing field at once.
  const body = {};
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith('features.')) (body.features ??= {})[name.slice('features.'.length)] = value;
    else body[name] = value;
  }
  if (trajectory.panel) body.features ??= {};
  body.consent = form.consent.checked;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const receipt = await post(`/trajectories/${encodeURIComponent(id)}/signups`, body);
    document.getElementById('signup-area').hidden = true;
    const done = document.getElementById('signup-done');
    done.hidden = false;
    const heading = document.getElementById('done-heading');
    heading.textContent = receipt.status === 'confirmed' ? t('traj.doneConfirmed') : t('traj.doneWaitlisted');
    document.getElementById('done-text').textContent = receipt.status === 'confirmed'
      ? t('traj.doneConfirmedText', { title: trajectory.title }) : t('traj.doneWaitlistedText', { title: trajectory.title });
    // The token goes in the fragment: browsers never send it to a server, so it stays out of access logs.
    document.getElementById('withdraw-link').href = `intrekken.html#token=${encodeURIComponent(receipt.withdrawalToken)}`;
    focusHeading(heading);
  } catch (error) {
    showApiError(form, error);
  } finally {
    button.disabled = false;
  }
}

insertDemographics(document.getElementById('demographics'), 'traj.whyOptional');
initPage({ onLanguage: () => { if (trajectory) renderDetail(); else if (!id) renderList(); } });
document.getElementById('signup-form').addEventListener('submit', submit);
if (id) loadDetail(); else renderList();
