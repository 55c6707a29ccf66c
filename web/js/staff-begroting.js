// Staff: budget rounds. Create a round and its proposals while a draft (and remove a proposal), open it, generate
// voting codes (CSV for the mail merge, shown only once), close, read the count with both rules before publishing,
// and publish. Money is typed in whole euros and sent in cents.
import { initPage, escapeHtml, focusHeading, show } from './page.js';
import { t } from './i18n.js';
import { dateTime, money, percent } from './format.js';
import { showApiError, clearErrors, formValues, problemText } from './forms.js';
import { requireSignIn, staffCall, download } from './staff.js';
import { amsterdamIso } from './zone.js';

const $ = (id) => document.getElementById(id);
let rounds = [];

const ACTIONS = { draft: ['proposals', 'open'], open: ['codes', 'close'], closed: ['results', 'publish'], published: ['results'] };

async function renderList() {
  try {
    // The API lists one status at a time (open when none is given).
    const lists = await Promise.all(Object.keys(ACTIONS).map((status) => staffCall('GET', `/staff/budget/rounds?status=${status}`)));
    rounds = lists.flatMap((list) => list.rounds);
    $('rows').innerHTML = rounds.map((r) => `
      <tr><th scope="row">${escapeHtml(r.title)}<br><small>${escapeHtml(r.id)}</small></th>
      <td>${escapeHtml(t(`state.${r.status}`))}</td>
      <td>${escapeHtml(dateTime(r.opensAt))} – ${escapeHtml(dateTime(r.closesAt))}</td>
      <td>${ACTIONS[r.status].map((a) => `<button type="button" class="small" data-act="${a}" data-id="${escapeHtml(r.id)}">${escapeHtml(t(`sb.${a}`))}<span class="visually-hidden"> ${escapeHtml(r.title)}</span></button>`).join('')}</td></tr>`).join('');
    const select = $('p-round');
    select.innerHTML = '';
    rounds.filter((r) => r.status === 'draft').forEach((r) => select.add(new Option(r.title, r.id)));
  } catch (error) {
    $('status').textContent = problemText(error);
  }
}

async function act(event) {
  const button = event.target.closest('button[data-act]');
  if (!button) return;
  const { act: action, id } = button.dataset;
  try {
    if (action === 'proposals') {
      await showProposals(id);
      return;
    } else if (action === 'results') {
      await showResults(id);
      return;
    } else if (action === 'codes') {
      const count = Number($('code-count').value);
      await download('POST', `/staff/budget/rounds/${encodeURIComponent(id)}/codes`, { count }, `stemcodes-${id}.csv`);
      $('status').textContent = t('sb.codesDone', { count, id });
    } else {
      await staffCall('POST', `/staff/budget/rounds/${encodeURIComponent(id)}/${action}`);
      // Said once the list shows it, so what the status announces is what the page shows.
      await renderList();
      $('status').textContent = t(`sb.done.${action}`, { id });
    }
  } catch (error) {
    $('status').textContent = error.errors.length ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') : problemText(error);
  }
  $('status').focus();
}

async function showProposals(id) {
  const round = await staffCall('GET', `/staff/budget/rounds/${encodeURIComponent(id)}`);
  show($('results-view'), false);
  $('proposals-heading').textContent = t('sb.proposalsOf', { title: round.title, budget: money(round.budgetCents) });
  $('proposal-rows').innerHTML = round.proposals.length ? round.proposals.map((p) => `
    <tr><th scope="row">${escapeHtml(p.title)}</th><td>${escapeHtml(money(p.costCents))}</td><td>${escapeHtml(p.initiator ?? '')}</td>
    <td><button type="button" class="small" data-remove="${escapeHtml(p.id)}" data-round="${escapeHtml(round.id)}" data-title="${escapeHtml(p.title)}">${escapeHtml(t('sb.remove'))}<span class="visually-hidden"> ${escapeHtml(p.title)}</span></button></td></tr>`).join('')
    : `<tr><td colspan="4">${escapeHtml(t('sb.noProposals'))}</td></tr>`;
  show($('proposals-view'));
  focusHeading($('proposals-heading'));
}

async function removeProposal(event) {
  const button = event.target.closest('button[data-remove]');
  if (!button) return;
  const { remove, round, title } = button.dataset;
  try {
    await staffCall('DELETE', `/staff/budget/rounds/${encodeURIComponent(round)}/proposals/${encodeURIComponent(remove)}`);
    await showProposals(round);
    $('status').textContent = t('sb.removed', { title });
  } catch (error) {
    $('status').textContent = problemText(error);
  }
  $('status').focus();
}

// The count with both rules side by side, the round's own rule first, and why each proposal did or did not win:
// what staff check before they publish.
async function showResults(id) {
  const result = await staffCall('GET', `/staff/budget/rounds/${encodeURIComponent(id)}/results`);
  const round = rounds.find((r) => r.id === id);
  show($('proposals-view'), false);
  $('results-heading').textContent = t('sb.resultsOf', { title: round ? round.title : id });
  $('results-facts').textContent = t('sb.resultsFacts', {
    rule: t(`rule.${result.officialRule}`), cast: result.turnout.ballotsCast, issued: result.turnout.codesIssued,
    share: percent(result.turnout.share), budget: money(result.budgetCents),
  });
  const reason = (r) => escapeHtml(r ? t(`reason.${r}`) : '–');
  $('result-rows').innerHTML = result.proposals.map((p) => `
    <tr><th scope="row">${escapeHtml(p.title)}</th><td>${escapeHtml(money(p.costCents))}</td><td>${p.votes}</td>
    <td>${reason(p.reason)}</td><td>${reason(p.greedyReason)}</td><td>${reason(p.equalSharesReason)}</td></tr>`).join('');
  show($('results-view'));
  focusHeading($('results-heading'));
}

const cents = (euros) => (euros === undefined ? undefined : Math.round(Number(euros) * 100));

async function createRound(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const v = formValues(form);
  const body = {
    id: v.id, title: v.title, area: v.area, budgetCents: cents(v.budgetEuro), ballotKind: v.ballotKind,
    opensAt: v.opensAt && amsterdamIso(v.opensAt), closesAt: v.closesAt && amsterdamIso(v.closesAt), tallyRule: v.tallyRule,
  };
  if (v.ballotKind === 'approval') Object.assign(body, { minChoices: Number(v.minChoices), maxChoices: Number(v.maxChoices) });
  try {
    const round = await staffCall('POST', '/staff/budget/rounds', body);
    form.reset();
    await renderList();
    $('status').textContent = t('sb.created', { id: round.id });
    $('p-round').value = round.id;
    $('status').focus();
  } catch (error) {
    // Money is typed in euros: point the API's cents fields at the euro inputs.
    error.problem.errors = error.errors.map((e) => ({ ...e, field: e.field === 'budgetCents' ? 'budgetEuro' : e.field }));
    showApiError(form, error);
  }
}

async function addProposal(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const v = formValues(form);
  try {
    await staffCall('POST', `/staff/budget/rounds/${encodeURIComponent(v.round)}/proposals`,
      { title: v.title, summary: v.summary, costCents: cents(v.costEuro), initiator: v.initiator });
    form.elements.title.value = '';
    form.elements.summary.value = '';
    form.elements.costEuro.value = '';
    $('status').textContent = t('sb.proposalAdded', { title: v.title });
    $('status').focus();
  } catch (error) {
    error.problem.errors = error.errors.map((e) => ({ ...e, field: e.field === 'costCents' ? 'costEuro' : e.field }));
    showApiError(form, error);
  }
}

if (requireSignIn()) {
  initPage({ root: '../', staff: true, onLanguage: renderList });
  $('rows').addEventListener('click', act);
  $('proposal-rows').addEventListener('click', removeProposal);
  $('round-form').addEventListener('submit', createRound);
  $('proposal-form').addEventListener('submit', addProposal);
  renderList();
}
