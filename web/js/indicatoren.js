// The public indicator dashboard: per programme goal a chart of each kind of figure (scores, counts, shares) and a
// table with every published figure, small cells shown as withheld; below, one indicator's course over time.
import { initPage, escapeHtml } from './page.js';
import { lang, t } from './i18n.js';
import { get, ApiError } from './api.js';
import { dateTime, today } from './format.js';
import { problemText } from './forms.js';
import config from '../config.js';
import { drawBars, drawLine } from './charts.js';
import { kindOf, chartValue, valueText, countText, intervalText, noteText, cellText, periodText, periodStart } from './indicator-text.js';

const $ = (id) => document.getElementById(id);
const CHARTED = ['score', 'count', 'share'];
let kind = 'quarter';
let snapshot = null;
let catalogue = null;
let wijken = [];

const label = (labels) => labels[lang()] || labels.nl;
const total = (indicator) => indicator.figures.find((f) => f.dimension === 'total');
const goalNumber = (goal) => goal.id.replace(/^G/, '');

function indicatorsOf(goal) {
  return snapshot.indicators.filter((indicator) => indicator.goals.includes(goal.id));
}

// Scores: one bar per question for everyone and per respondent group; counts and shares: the overall figure.
function chartData(indicators, chartKind) {
  const labels = indicators.map((indicator) => label(indicator.labels));
  if (chartKind !== 'score') {
    return { labels, datasets: [{ label: t(`dash.chart.${chartKind}`), values: indicators.map((i) => chartValue(i, total(i))) }] };
  }
  const datasets = [{ label: t('dash.everyone'), colour: 0, values: indicators.map((i) => chartValue(i, total(i))) }];
  respondentGroups().forEach((group, index) => datasets.push({
    label: t(`groups.${group}`),
    colour: index + 1,
    values: indicators.map((i) => chartValue(i, i.figures.find((f) => f.dimension === 'group' && f.cell === group))),
  }));
  // A group whose every figure is withheld has no bar to show; the table says so.
  return { labels, datasets: datasets.filter((set) => set.values.some((value) => value !== null)) };
}

function respondentGroups() {
  return [...new Set(snapshot.indicators.flatMap((i) => i.figures.filter((f) => f.dimension === 'group').map((f) => f.cell)))];
}

function tableRows(indicators) {
  return indicators.flatMap((indicator) => indicator.figures.map((figure) => `
    <tr data-indicator="${escapeHtml(indicator.id)}" data-dimension="${escapeHtml(figure.dimension)}" data-cell="${escapeHtml(figure.cell)}">
      <th scope="row">${escapeHtml(label(indicator.labels))}</th>
      <td>${escapeHtml(cellText(figure, wijken))}</td>
      <td class="number${figure.suppressed ? ' withheld' : ''}">${escapeHtml(valueText(indicator, figure))}</td>
      <td class="number">${escapeHtml(countText(figure))}</td>
      <td class="number">${escapeHtml(intervalText(figure))}</td>
      <td>${figure.note && figure.value !== undefined ? escapeHtml(noteText(figure.note)) : ''}</td>
    </tr>`)).join('');
}

function goalSection(goal) {
  const indicators = indicatorsOf(goal);
  const charts = CHARTED.filter((chartKind) => indicators.some((i) => kindOf(i) === chartKind)).map((chartKind) => `
    <figure class="chart">
      <figcaption id="caption-${goal.id}-${chartKind}">${escapeHtml(t(`dash.caption.${chartKind}`, { n: goalNumber(goal) }))}</figcaption>
      <div class="chart-box"><canvas id="chart-${goal.id}-${chartKind}" role="img" data-kind="${chartKind}"></canvas></div>
    </figure>`).join('');
  return `
    <section id="goal-${goal.id}" aria-labelledby="goal-${goal.id}-heading">
      <h2 id="goal-${goal.id}-heading">${escapeHtml(t('dash.goal', { n: goalNumber(goal), label: label(goal.labels) }))}</h2>
      ${indicators.length ? '' : `<p>${escapeHtml(t('dash.noIndicators'))}</p>`}
      ${charts}
      <div class="table-scroll">
        <table id="table-${goal.id}">
          <caption>${escapeHtml(t('dash.tableCaption', { n: goalNumber(goal) }))}</caption>
          <thead><tr>
            <th scope="col">${escapeHtml(t('dash.indicator'))}</th><th scope="col">${escapeHtml(t('dash.breakdown'))}</th>
            <th scope="col" class="number">${escapeHtml(t('dash.value'))}</th><th scope="col" class="number">${escapeHtml(t('dash.count'))}</th>
            <th scope="col" class="number">${escapeHtml(t('dash.interval'))}</th><th scope="col">${escapeHtml(t('dash.note'))}</th>
          </tr></thead>
          <tbody>${tableRows(indicators)}</tbody>
        </table>
      </div>
    </section>`;
}

function drawGoalCharts(goal) {
  const indicators = indicatorsOf(goal);
  document.querySelectorAll(`#goal-${goal.id} canvas`).forEach((canvas) => {
    const chartKind = canvas.dataset.kind;
    const caption = t(`dash.caption.${chartKind}`, { n: goalNumber(goal) });
    drawBars(canvas, { name: t('dash.chartName', { caption }), kind: chartKind,
      ...chartData(indicators.filter((i) => kindOf(i) === chartKind), chartKind) });
  });
}

function render() {
  $('dash-status').textContent = t('dash.loaded', { period: periodText(snapshot.period), computed: dateTime(snapshot.lineage.computedAt) });
  $('csv-link').href = `${config.apiBaseUrl}/indicators?period=${kind}&format=csv`;
  $('goal-links').innerHTML = catalogue.goals.map((goal) => `
    <li><a href="#goal-${goal.id}">${escapeHtml(t('dash.goalShort', { n: goalNumber(goal) }))}</a></li>`).join('');
  $('goals').innerHTML = catalogue.goals.map(goalSection).join('');
  catalogue.goals.forEach(drawGoalCharts);
  const select = $('trend-indicator');
  const chosen = select.value || snapshot.indicators[0]?.id;
  select.innerHTML = snapshot.indicators.map((i) => `<option value="${escapeHtml(i.id)}">${escapeHtml(label(i.labels))}</option>`).join('');
  select.value = chosen;
  $('dashboard').hidden = false;
}

async function loadTrend() {
  const indicator = snapshot.indicators.find((i) => i.id === $('trend-indicator').value);
  if (!indicator) return;
  const caption = t('dash.trendCaption', { name: label(indicator.labels) });
  $('trend-caption').textContent = caption;
  $('trend-table-caption').textContent = caption;
  let history;
  try {
    ({ history } = await get(`/indicators/${encodeURIComponent(indicator.id)}/history?period=${kind}`));
  } catch (error) {
    $('trend-rows').innerHTML = `<tr><td colspan="3">${escapeHtml(problemText(error))}</td></tr>`;
    return;
  }
  const now = today();
  const shown = history.filter((entry) => periodStart(entry.period) <= now);
  const chartKind = CHARTED.includes(kindOf(indicator)) ? kindOf(indicator) : 'count';
  drawLine($('trend-chart'), {
    name: t('dash.chartName', { caption }), kind: chartKind, label: label(indicator.labels),
    labels: shown.map((entry) => periodText(entry.period)), values: shown.map((entry) => chartValue(indicator, entry.figure)),
  });
  $('trend-rows').innerHTML = shown.map((entry) => `
    <tr data-period="${escapeHtml(entry.period)}">
      <th scope="row">${escapeHtml(periodText(entry.period))}</th>
      <td class="number${entry.figure.suppressed ? ' withheld' : ''}">${escapeHtml(valueText(indicator, entry.figure))}</td>
      <td class="number">${escapeHtml(countText(entry.figure))}</td>
    </tr>`).join('');
}

async function load() {
  const status = $('dash-status');
  status.textContent = t('dash.loading');
  try {
    [snapshot, catalogue, { wijken }] = await Promise.all([
      get(`/indicators?period=${kind}`), get('/indicators/catalogue'), get('/wijken')]);
  } catch (error) {
    $('dashboard').hidden = true;
    status.textContent = error instanceof ApiError && error.status === 404 ? t('dash.noFigures') : problemText(error);
    return;
  }
  render();
  await loadTrend();
}

initPage({ onLanguage: () => { if (snapshot) { render(); loadTrend(); } } });
$('period-form').addEventListener('change', (event) => { kind = event.target.value; load(); });
$('trend-indicator').addEventListener('change', loadTrend);
load();
