// Staff: the indicators. Run the aggregation now (the nightly schedule does the same), optionally snapshotting one
// period again; and the QSLD survey rounds: open one, close it, and make single-use codes for a round sent to a panel.
import { initPage, escapeHtml } from './page.js';
import { t } from './i18n.js';
import { date } from './format.js';
import { showApiError, clearErrors, formValues, problemText } from './forms.js';
import { requireSignIn, staffCall, saveFile } from './staff.js';

const $ = (id) => document.getElementById(id);
const ACTION_LABELS = { tokens: 'si.makeTokens', close: 'si.close' };

function say(text) {
  $('status').textContent = text;
  $('status').focus();
}

async function run(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const { period } = formValues(form);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const report = await staffCall('POST', '/staff/indicators/run', period ? { period } : undefined);
    say(t('si.ran', { read: report.itemsRead, changed: report.factsChanged, periods: report.periods.join(', ') }));
  } catch (error) {
    showApiError(form, error);
  } finally {
    button.disabled = false;
  }
}

async function renderRounds() {
  try {
    const { rounds } = await staffCall('GET', '/staff/survey/rounds');
    $('round-rows').innerHTML = rounds.length ? rounds.map((r) => `
      <tr><th scope="row">${escapeHtml(r.title)}<br><small>${escapeHtml(r.id)}</small></th>
      <td>${escapeHtml(date(r.opensOn))} – ${escapeHtml(date(r.closesOn))}</td>
      <td>${escapeHtml(t(r.tokensRequired ? 'si.withTokens' : 'si.withoutTokens'))}</td>
      <td>${escapeHtml(t(r.closed ? 'si.closed' : 'si.open'))}</td>
      <td>${r.closed ? '' : ['tokens', 'close'].map((a) => `<button type="button" class="small" data-act="${a}" data-id="${escapeHtml(r.id)}">${escapeHtml(t(ACTION_LABELS[a]))}<span class="visually-hidden"> ${escapeHtml(r.title)}</span></button>`).join('')}</td></tr>`).join('')
      : `<tr><td colspan="5">${escapeHtml(t('si.noRounds'))}</td></tr>`;
  } catch (error) {
    say(problemText(error));
  }
}

async function act(event) {
  const button = event.target.closest('button[data-act]');
  if (!button) return;
  const { act: action, id } = button.dataset;
  try {
    if (action === 'tokens') {
      const count = Number($('token-count').value);
      const { tokens } = await staffCall('POST', `/staff/survey/rounds/${encodeURIComponent(id)}/tokens`, { count });
      // Shown once, as a CSV file for the mail merge: the system keeps only their keyed hashes.
      saveFile(`code\n${tokens.join('\n')}\n`, `enquetecodes-${id}.csv`);
      say(t('si.tokensDone', { count: tokens.length, id }));
    } else {
      await staffCall('POST', `/staff/survey/rounds/${encodeURIComponent(id)}/close`);
      await renderRounds();
      say(t('si.closedDone', { id }));
    }
  } catch (error) {
    say(error.errors?.length ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') : problemText(error));
  }
}

async function openRound(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const v = formValues(form);
  try {
    const round = await staffCall('POST', '/staff/survey/rounds',
      { id: v.id, title: v.title, opensOn: v.opensOn, closesOn: v.closesOn, tokensRequired: v.tokensRequired === 'true' });
    form.reset();
    await renderRounds();
    say(t('si.opened', { id: round.id }));
  } catch (error) {
    showApiError(form, error);
  }
}

if (requireSignIn()) {
  initPage({ root: '../', staff: true, onLanguage: renderRounds });
  $('run-form').addEventListener('submit', run);
  $('round-rows').addEventListener('click', act);
  $('round-form').addEventListener('submit', openRound);
  renderRounds();
}
