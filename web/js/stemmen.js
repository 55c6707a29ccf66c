// The budget round: enter the code, choose proposals (remaining budget or number shown live), confirm, receipt;
// the same code may change the ballot while the round allows it; results with a reason per proposal once published.
import { initPage, escapeHtml, focusHeading } from './page.js';
import { t } from './i18n.js';
import { get, post } from './api.js';
import { money, dateTime } from './format.js';
import { showApiError, showErrors, clearErrors, problemText } from './forms.js';

const roundId = new URLSearchParams(location.search).get('ronde');
let round = null;
let code = '';
let previous = null;
const $ = (id) => document.getElementById(id);
const steps = ['code-form', 'choice-form', 'confirm-form', 'receipt-view'];

function step(name) {
  steps.forEach((s) => { $(s).hidden = s !== name; });
}

async function renderRounds() {
  $('rounds-view').hidden = false;
  try {
    const [open, published] = await Promise.all([get('/budget/rounds?status=open'), get('/budget/rounds?status=published')]);
    const rounds = [...open.rounds, ...published.rounds];
    $('rounds-status').textContent = rounds.length ? '' : t('budget.none');
    $('round-list').innerHTML = rounds.map((r) => `
      <li><h2><a href="stemmen.html?ronde=${encodeURIComponent(r.id)}">${escapeHtml(r.title)}</a></h2>
      <p>${escapeHtml(r.status === 'open' ? t('budget.openUntil', { date: dateTime(r.closesAt) }) : t('budget.resultsOut'))}</p></li>`).join('');
  } catch (error) {
    $('rounds-status').textContent = problemText(error);
  }
}

function ruleText() {
  if (round.ballotKind === 'knapsack') return t('budget.ruleKnapsack', { budget: money(round.budgetCents) });
  return round.minChoices === round.maxChoices
    ? t('budget.ruleExact', { n: round.maxChoices })
    : t('budget.ruleApproval', { min: round.minChoices, max: round.maxChoices });
}

function renderFacts() {
  $('round-title').textContent = round.title;
  document.title = `${round.title} | ${t('brand')}`;
  const facts = [t('budget.budget', { amount: money(round.budgetCents) })];
  if (round.area) facts.push(round.area);
  if (round.status === 'open') facts.push(t('budget.openUntil', { date: dateTime(round.closesAt) }));
  $('round-facts').textContent = facts.join(' · ');
  $('choice-rule').textContent = ruleText();
}

function renderProposals(chosen) {
  $('proposals').innerHTML = round.proposals.map((p) => `
    <div class="choice">
      <input type="checkbox" name="proposals" id="p-${escapeHtml(p.id)}" value="${escapeHtml(p.id)}"
             aria-describedby="p-${escapeHtml(p.id)}-info" ${chosen.includes(p.id) ? 'checked' : ''}>
      <div>
        <label for="p-${escapeHtml(p.id)}"><strong>${escapeHtml(p.title)}</strong> – ${escapeHtml(money(p.costCents))}</label>
        <p class="hint" id="p-${escapeHtml(p.id)}-info">${escapeHtml([p.summary, p.initiator && t('budget.by', { name: p.initiator })].filter(Boolean).join(' '))}</p>
      </div>
    </div>`).join('');
  updateTotal();
}

function chosenIds() {
  return [...document.querySelectorAll('#proposals input:checked')].map((el) => el.value);
}

function spent(ids) {
  return round.proposals.filter((p) => ids.includes(p.id)).reduce((sum, p) => sum + p.costCents, 0);
}

function updateTotal() {
  const ids = chosenIds();
  if (round.ballotKind === 'knapsack') {
    const left = round.budgetCents - spent(ids);
    $('live-total').textContent = left >= 0 ? t('budget.leftOver', { amount: money(left) }) : t('budget.overBudget', { amount: money(-left) });
  } else {
    $('live-total').textContent = t('budget.chosenCount', { n: ids.length, max: round.maxChoices });
  }
}

function localCheck(ids) {
  if (round.ballotKind === 'knapsack') {
    if (ids.length === 0) return t('budget.pickOne');
    if (spent(ids) > round.budgetCents) return t('budget.tooExpensive');
    return null;
  }
  if (ids.length < round.minChoices) return t('budget.tooFew', { n: round.minChoices });
  if (ids.length > round.maxChoices) return t('budget.tooMany', { n: round.maxChoices });
  return null;
}

async function submitCode(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  code = form.code.value.trim().toUpperCase();
  if (!code) {
    showErrors(form, [{ field: 'code', message: t('error.code') }]);
    return;
  }
  try {
    const ballot = await post(`/budget/rounds/${encodeURIComponent(roundId)}/ballots/lookup`, { code });
    previous = ballot.voted ? ballot : null;
    openChoice();
  } catch (error) {
    showApiError(form, error, { 400: 'code', 403: 'code', 422: 'code', 429: 'code' });
  }
}

function openChoice() {
  const already = $('already');
  already.hidden = !previous;
  already.textContent = previous ? t('budget.alreadyVoted', { date: dateTime(previous.castAt) }) : '';
  renderProposals(previous ? previous.proposals : []);
  step('choice-form');
  focusHeading($('choice-heading'));
}

function review(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const ids = chosenIds();
  const problem = localCheck(ids);
  if (problem) {
    showErrors(form, [{ field: 'proposals', message: problem }]);
    return;
  }
  $('confirm-list').innerHTML = round.proposals.filter((p) => ids.includes(p.id))
    .map((p) => `<li>${escapeHtml(p.title)} – ${escapeHtml(money(p.costCents))}</li>`).join('');
  $('confirm-total').textContent = t('budget.total', { amount: money(spent(ids)) });
  step('confirm-form');
  focusHeading($('confirm-heading'));
}

async function confirm(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const answer = await post(`/budget/rounds/${encodeURIComponent(roundId)}/ballots`, { code, proposals: chosenIds() });
    $('receipt').textContent = answer.receipt;
    previous = { voted: true, proposals: answer.proposals, castAt: new Date().toISOString() };
    const canChange = round.allowReplace !== false;
    $('receipt-change').hidden = !canChange;
    $('change-vote').hidden = !canChange;
    step('receipt-view');
    focusHeading($('receipt-heading'));
  } catch (error) {
    showApiError(form, error);
  } finally {
    button.disabled = false;
  }
}

async function renderResults() {
  $('results-view').hidden = false;
  try {
    const result = await get(`/budget/rounds/${encodeURIComponent(roundId)}/results`);
    const share = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(result.turnout.share);
    $('turnout').textContent = t('budget.turnout', { cast: result.turnout.ballotsCast, issued: result.turnout.codesIssued, share });
    $('results-body').innerHTML = result.proposals.map((p) => `
      <tr><th scope="row">${escapeHtml(p.title)}</th><td>${escapeHtml(money(p.costCents))}</td><td>${p.votes}</td>
      <td>${escapeHtml(t(`reason.${p.reason}`))}</td></tr>`).join('');
  } catch (error) {
    $('turnout').textContent = problemText(error);
  }
}

async function loadRound() {
  $('round-view').hidden = false;
  try {
    round = await get(`/budget/rounds/${encodeURIComponent(roundId)}`);
  } catch (error) {
    $('round-title').textContent = problemText(error);
    return;
  }
  renderFacts();
  if (round.status === 'open') step('code-form');
  if (round.status === 'published') renderResults();
  if (round.status === 'closed') $('round-facts').textContent += ` · ${t('budget.counting')}`;
}

initPage({ onLanguage: () => { if (round) { renderFacts(); if (!$('choice-form').hidden) updateTotal(); } else if (!roundId) renderRounds(); } });
$('code-form').addEventListener('submit', submitCode);
$('choice-form').addEventListener('submit', review);
$('choice-form').addEventListener('change', updateTotal);
$('confirm-form').addEventListener('submit', confirm);
$('confirm-back').addEventListener('click', () => { step('choice-form'); focusHeading($('choice-heading')); });
$('change-vote').addEventListener('click', openChoice);
if (roundId) loadRound(); else renderRounds();
