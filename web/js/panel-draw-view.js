// How a panel and its draws look on the staff page: facts as a definition list, the members with their sign-ups, the
// quota counts against their limits, the outbox, and the list of draws.
import { escapeHtml } from './page.js';
import { t, featureLabel } from './i18n.js';
import { dateTime, percent } from './format.js';

const $ = (id) => document.getElementById(id);

// [label key, text, class]: each row of a definition list; texts are escaped here.
export function facts(rows) {
  return rows.map(([key, text, cls]) => `<dt>${escapeHtml(t(key))}</dt><dd${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</dd>`).join('');
}

export function featureText(features = {}) {
  return Object.entries(features).map(([name, value]) => `${featureLabel(name)}: ${value}`).join(', ');
}

function memberName(member) {
  const signUp = member.signUp;
  if (signUp?.name) return signUp.name;
  return t(signUp?.status === 'withdrawn' ? 'pn.withdrawn' : 'pn.erased');
}

// A staff draw view ({draw, members}); replacements are marked in a replacement draw.
export function renderDraw({ draw, members }) {
  $('result-heading').textContent = t(`pn.resultHeading.${draw.kind}`, { number: draw.number });
  $('result-facts').innerHTML = facts([
    ['pn.facts.drawnAt', dateTime(draw.drawnAt)],
    ['pn.algorithm', t('pn.algorithmVersion', { name: t(`pn.algorithmName.${draw.algorithm}`), version: draw.algorithmVersion })],
    ['pn.facts.poolSize', t('pn.poolSize', { n: draw.poolSize })],
    ['pn.facts.minProbability', percent(draw.minimumProbability)],
    ['pn.seed', draw.seed],
    ['pn.facts.inputHash', draw.inputSha256, 'receipt'],
    ...(draw.replaced.length ? [['pn.facts.replaced', t('pn.replacedCount', { n: draw.replaced.length })]] : []),
  ]);
  $('members-caption').textContent = t('pn.members', { n: members.length });
  $('member-rows').innerHTML = members.map((member) => {
    const mark = draw.kind === 'replacement' && member.drawnThisTime ? ` <strong>(${escapeHtml(t('pn.replacement'))})</strong>` : '';
    return `<tr><td>${escapeHtml(memberName(member))}${mark}</td><td>${escapeHtml(member.signUp?.email ?? '')}</td>
      <td>${escapeHtml(featureText(member.signUp?.features))}</td><td><code>${escapeHtml(member.pseudonym)}</code></td></tr>`;
  }).join('');
  $('count-rows').innerHTML = draw.quotas.map((q) => `<tr><td>${escapeHtml(featureLabel(q.feature))}</td><td>${escapeHtml(q.value)}</td>
    <td class="number">${q.min}</td><td class="number">${q.max}</td><td class="number">${q.count}</td></tr>`).join('');
}

export function renderOutbox(messages) {
  $('outbox-list').innerHTML = messages.length ? `
    <table><caption class="visually-hidden">${escapeHtml(t('pn.outbox'))}</caption>
    <thead><tr><th scope="col">${escapeHtml(t('pn.messageKind'))}</th><th scope="col">${escapeHtml(t('field.name'))}</th>
      <th scope="col">${escapeHtml(t('field.email'))}</th><th scope="col" class="number">${escapeHtml(t('pn.messageDraw'))}</th>
      <th scope="col">${escapeHtml(t('pn.messageAt'))}</th></tr></thead>
    <tbody>${messages.map((m) => `<tr><td>${escapeHtml(t(`pn.message.${m.kind}`))}</td><td>${escapeHtml(m.name)}</td>
      <td>${escapeHtml(m.email)}</td><td class="number">${m.drawNumber}</td><td>${escapeHtml(dateTime(m.createdAt))}</td></tr>`).join('')}</tbody></table>`
    : `<p>${escapeHtml(t('pn.noMessages'))}</p>`;
}

// Every draw of the panel, with a button to show one; the shown one is marked.
export function renderDraws(draws, shownNumber) {
  $('draws').innerHTML = draws.length < 2 ? '' : `
    <table><caption>${escapeHtml(t('pn.draws'))}</caption>
    <thead><tr><th scope="col" class="number">${escapeHtml(t('pn.messageDraw'))}</th><th scope="col">${escapeHtml(t('pn.kind'))}</th>
      <th scope="col">${escapeHtml(t('pn.facts.drawnAt'))}</th><th scope="col">${escapeHtml(t('st.actions'))}</th></tr></thead>
    <tbody>${draws.map((d) => `<tr><td class="number">${d.number}</td><td>${escapeHtml(t(`pn.kind.${d.kind}`))}</td>
      <td>${escapeHtml(dateTime(d.drawnAt))}</td>
      <td>${d.number === shownNumber ? escapeHtml(t('pn.shown'))
    : `<button type="button" class="small secondary" data-draw="${d.number}">${escapeHtml(t('pn.show', { number: d.number }))}</button>`}</td></tr>`).join('')}</tbody></table>`;
}
