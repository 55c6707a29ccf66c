// Staff: panels drawn by lot. Pick a panel; fix its public seed while the pool is open; after it closed, draw the panel
// with quotas per feature value; then see the members, the quota counts, the audit files and the outbox, and draw
// replacements for members who withdrew.
import { initPage, escapeHtml, focusHeading } from './page.js';
import { t, has, featureLabel } from './i18n.js';
import { get } from './api.js';
import { dateTime } from './format.js';
import { showErrors, clearErrors, problemText } from './forms.js';
import { requireSignIn, staffCall, download } from './staff.js';
import { facts, renderDraw, renderOutbox, renderDraws } from './panel-draw-view.js';
import { poolCounts, renderQuotaTable, quotasFrom, quotaErrorField } from './panel-quotas.js';

const $ = (id) => document.getElementById(id);
const panelPath = (id, rest = '') => `/staff/trajectories/${encodeURIComponent(id)}/panel${rest}`;
// The panel shown: trajectory, published seed and draws, the staff view of one draw, the outbox, pool counts per value.
let current = null;

const countsText = (tr) => t('st.counts', { confirmed: tr.counts?.confirmed ?? 0, waitlisted: tr.counts?.waitlisted ?? 0 });
const problemCode = (error) => String(error.problem?.type || '').split(':').pop();

// The API's conflicts in plain words; anything else as every form says it.
function panelProblem(error) {
  const key = `pn.problem.${problemCode(error)}`;
  return has(key) ? t(key) : problemText(error);
}

async function renderList() {
  try {
    // The API lists one status at a time.
    const lists = await Promise.all(['draft', 'published', 'closed'].map((status) => staffCall('GET', `/staff/trajectories?status=${status}`)));
    const panels = lists.flatMap((list) => list.trajectories).filter((tr) => tr.kind === 'panel');
    $('none').hidden = panels.length > 0;
    $('rows').innerHTML = panels.map((tr) => `
      <tr><th scope="row">${escapeHtml(tr.title)}<br><small>${escapeHtml(tr.id)}</small></th>
      <td>${escapeHtml(t(`state.${tr.status}`))}</td>
      <td>${escapeHtml(countsText(tr))}</td>
      <td>${tr.agreement.signUpCloses ? escapeHtml(dateTime(tr.agreement.signUpCloses)) : ''}</td>
      <td><button type="button" class="small secondary" data-id="${escapeHtml(tr.id)}">${escapeHtml(t('pn.open'))}<span class="visually-hidden"> ${escapeHtml(tr.title)}</span></button></td></tr>`).join('');
  } catch (error) {
    $('status').textContent = problemText(error);
  }
}

// Fetches what the page shows of one panel; drawNumber picks a draw other than the latest.
async function load(id, drawNumber) {
  const trajectory = await staffCall('GET', `/staff/trajectories/${encodeURIComponent(id)}`);
  const published = trajectory.status === 'draft' ? { draws: [] } : await get(`/trajectories/${encodeURIComponent(id)}/panel`);
  const number = drawNumber ?? published.draws.at(-1)?.number;
  const drawable = !poolOpen(trajectory) && published.seed && !number;
  const [shown, outbox, signUps] = await Promise.all([
    number ? staffCall('GET', panelPath(id, `/draws/${number}`)) : null,
    number ? staffCall('GET', panelPath(id, '/outbox')) : null,
    drawable ? staffCall('GET', `/staff/trajectories/${encodeURIComponent(id)}/signups`) : null,
  ]);
  current = { trajectory, published, shown, outbox: outbox?.messages ?? [], pool: poolCounts(signUps?.signUps ?? []) };
}

function poolOpen(trajectory) {
  const closes = trajectory.agreement.signUpCloses;
  return !closes || Date.now() < Date.parse(closes);
}

function renderPanel() {
  const { trajectory: tr, published, shown } = current;
  const closes = tr.agreement.signUpCloses;
  const open = poolOpen(tr);
  $('panel').hidden = false;
  $('panel-heading').textContent = tr.title;
  $('panel-facts').innerHTML = facts([
    ['pn.pool', countsText(tr)],
    ['pn.poolCloses', !closes ? t('pn.noClose') : t(open ? 'pn.closesOpen' : 'pn.closesClosed', { date: dateTime(closes) })],
    ['pn.seed', published.seed ? t('pn.seedFixed', { seed: published.seed.seed, date: dateTime(published.seed.fixedAt) }) : t('pn.noSeed')],
    ['pn.features', tr.panel.features.map((f) => `${featureLabel(f.name)}: ${f.values.join(', ')}`).join('; ') || t('pn.noFeatures')],
    ['pn.household', t(tr.panel.oneMemberPerHousehold ? 'pn.household.one' : 'pn.household.any')],
  ]);
  const draft = tr.status === 'draft';
  const note = draft ? t('pn.draft')
    : open ? (closes ? t('pn.drawLater', { date: dateTime(closes) }) : '')
      : !published.seed ? t('pn.problem.no-seed') : '';
  $('panel-note').textContent = note;
  $('panel-note').hidden = !note;
  $('seed-part').hidden = draft || !open || Boolean(published.seed);
  $('draw-part').hidden = draft || open || !published.seed || published.draws.length > 0;
  if (!$('draw-part').hidden) renderQuotaTable($('quota-rows'), tr.panel, current.pool);
  $('result').hidden = !shown;
  $('outbox').hidden = !shown;
  if (shown) {
    renderDraw(shown);
    renderOutbox(current.outbox);
    renderDraws(published.draws, shown.draw.number);
    $('replace-part').hidden = shown.draw.number !== published.draws.at(-1).number;
  }
}

// Shows a panel (and its latest draw, or the one asked for), then moves focus to what changed.
async function showPanel(id, { draw, focus = draw ? 'result-heading' : 'panel-heading' } = {}) {
  $('status').textContent = '';
  try {
    if (current?.trajectory.id !== id) {
      $('draw-form').reset();
      $('quota-rows').innerHTML = '';
    }
    await load(id, draw);
    ['seed-form', 'draw-form'].forEach((form) => clearErrors($(form)));
    $('replace-status').textContent = '';
    renderPanel();
    focusHeading($(focus));
  } catch (error) {
    $('status').textContent = problemText(error);
    $('status').focus();
  }
}

async function fixSeed(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const seed = form.elements.seed.value.trim();
  if (!seed) {
    showErrors(form, [{ field: 'seed', message: t('pn.error.seed') }]);
    return;
  }
  try {
    current.published.seed = await staffCall('PUT', panelPath(current.trajectory.id, '/seed'), { seed });
    renderPanel();
    $('status').textContent = t('pn.seedDone');
    $('status').focus();
  } catch (error) {
    if (error.errors.length) showErrors(form, [{ field: 'seed', message: t('pn.error.seed') }]);
    else showErrors(form, [], panelProblem(error));
  }
}

const panelSizeError = () => ({ field: 'panelSize', message: t('pn.error.panelSize', { pool: current.trajectory.counts?.confirmed ?? 0 }) });

// Plain words for what the form can get wrong; the reasons quotas are impossible as the draw states them.
function drawErrorMessage(error) {
  if (error.field === 'panelSize') return panelSizeError().message;
  if (error.field === 'algorithm') return t('pn.problem.draw-gave-up');
  if (/^quotas\[\d+\]\.max$/.test(error.field) && /at least min/.test(error.message)) return t('pn.error.maxBelowMin');
  if (/^quotas\[/.test(error.field)) return t('pn.error.quotaNumber');
  return error.message;
}

async function drawPanel(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const size = Number(form.elements.panelSize.value);
  const panel = current.trajectory.panel;
  const { quotas, sent, errors } = quotasFrom(form, panel, size);
  if (!Number.isInteger(size) || size < 1) errors.unshift(panelSizeError());
  if (errors.length) {
    showErrors(form, errors, t('form.errorsIntro'));
    return;
  }
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  $('status').textContent = t('pn.drawing');
  try {
    const id = current.trajectory.id;
    await staffCall('POST', panelPath(id, '/draws'), { panelSize: size, algorithm: form.elements.algorithm.value, quotas });
    await showPanel(id, { focus: 'result-heading' });
    $('status').textContent = t('pn.drawn');
  } catch (error) {
    $('status').textContent = '';
    const fieldErrors = error.errors.map((e) => ({ field: quotaErrorField(e, sent, panel), message: drawErrorMessage(e) }));
    if (fieldErrors.length) showErrors(form, fieldErrors, t(problemCode(error) === 'quotas-infeasible' ? 'pn.infeasible' : 'form.errorsIntro'));
    else showErrors(form, [], panelProblem(error));
  } finally {
    button.disabled = false;
  }
}

async function drawReplacements() {
  const id = current.trajectory.id;
  const latest = current.published.draws.at(-1).number;
  $('replace-status').textContent = '';
  try {
    const record = await staffCall('POST', panelPath(id, `/draws/${latest}/replacements`));
    await showPanel(id, { focus: 'result-heading' });
    $('status').textContent = t('pn.replaced', { n: record.drawn.length });
  } catch (error) {
    $('replace-status').textContent = panelProblem(error);
  }
}

function rerender() {
  renderList();
  if (current) renderPanel();
}

if (requireSignIn()) {
  initPage({ root: '../', staff: true, onLanguage: rerender });
  $('rows').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-id]');
    if (button) showPanel(button.dataset.id);
  });
  $('draws').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-draw]');
    if (button) showPanel(current.trajectory.id, { draw: Number(button.dataset.draw) });
  });
  $('seed-form').addEventListener('submit', fixSeed);
  $('draw-form').addEventListener('submit', drawPanel);
  $('replace').addEventListener('click', drawReplacements);
  const auditFile = (kind, file) => () => download('GET', panelPath(current.trajectory.id, `/${kind}`), undefined, `${file}-${current.trajectory.id}.csv`)
    .catch((error) => { $('status').textContent = problemText(error); });
  $('download-pool').addEventListener('click', auditFile('pool', 'pool'));
  $('download-quotas').addEventListener('click', auditFile('quotas', 'quota'));
  renderList();
}
