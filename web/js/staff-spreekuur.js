// Staff: today's agenda per host, booking for a resident who phones in (no minimum notice, with an internal note),
// and weekly slot series.
import { initPage, escapeHtml } from './page.js';
import { t } from './i18n.js';
import { get } from './api.js';
import { today, time } from './format.js';
import { showApiError, showErrors, clearErrors, formValues, problemText } from './forms.js';
import { requireSignIn, staffCall } from './staff.js';
import { slotRadios, slotText } from './spreekuur-common.js';
import { addWijken } from './demographics.js';

const $ = (id) => document.getElementById(id);
const NUMBERS = ['slotMinutes', 'bufferMinutes', 'capacity'];
// Slots held in a wijk may name it, so the indicators count what each wijk is offered; the city hall and online
// serve the whole city and take none.
const IN_A_WIJK = ['wijk', 'participatiebankje'];
let wijken = [];

async function loadHosts() {
  const { hosts } = await staffCall('GET', '/staff/spreekuur/hosts');
  document.querySelectorAll('.host-select').forEach((select) => {
    hosts.forEach((h) => select.add(new Option(h.name, h.id)));
  });
}

async function showAgenda(event) {
  event?.preventDefault();
  const form = $('agenda-form');
  clearErrors(form);
  const v = formValues(form);
  try {
    const agenda = await staffCall('GET', `/staff/spreekuur/agenda?${new URLSearchParams({ host: v.host, date: v.date })}`);
    $('agenda').innerHTML = agenda.slots.length ? `
      <table><caption>${escapeHtml(t('ss.agendaOf', { host: agenda.host.name, date: agenda.date }))}</caption>
      <thead><tr><th scope="col">${escapeHtml(t('ss.time'))}</th><th scope="col">${escapeHtml(t('sp.place'))}</th><th scope="col">${escapeHtml(t('ss.who'))}</th></tr></thead>
      <tbody>${agenda.slots.map((s) => `<tr><td>${escapeHtml(time(s.startsAt))}–${escapeHtml(time(s.endsAt))}</td>
        <td>${escapeHtml([t(`location.${s.location}`), wijkName(s.wijk)].filter(Boolean).join(' · '))}</td>
        <td>${s.bookings.length ? s.bookings.map((b) => escapeHtml([b.name, b.phone || b.email, b.topic, b.note && `${t('ss.note')}: ${b.note}`].filter(Boolean).join(' · '))).join('<br>') : escapeHtml(t('ss.free'))}</td></tr>`).join('')}</tbody></table>`
      : `<p>${escapeHtml(t('ss.noSlots'))}</p>`;
  } catch (error) {
    showApiError(form, error);
  }
}

function wijkName(code) {
  return code && (wijken.find((w) => w.code === code)?.name || code);
}

async function loadWijken() {
  ({ wijken } = await get('/wijken'));
  addWijken($('s-wijk'), wijken);
}

function showWijkField() {
  const inAWijk = IN_A_WIJK.includes($('s-location').value);
  $('s-wijk-field').hidden = !inAWijk;
  $('s-wijk').disabled = !inAWijk;
}

async function loadSlots() {
  const host = $('b-host').value;
  try {
    const { slots } = await get(`/spreekuur/slots?${new URLSearchParams({ host, from: today(), to: today(90) })}`);
    $('b-slots').innerHTML = slotRadios(slots);
    $('b-slot-status').textContent = slots.length ? t('sp.slotsFound', { n: slots.length }) : t('sp.noSlots');
  } catch (error) {
    $('b-slot-status').textContent = problemText(error);
  }
}

async function bookOnBehalf(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const { slot, host, ...resident } = formValues(form);
  if (!slot) {
    showErrors(form, [{ field: 'slot', message: t('error.slot') }]);
    return;
  }
  try {
    const booking = await staffCall('POST', `/staff/spreekuur/slots/${encodeURIComponent(slot)}/bookings`, resident);
    form.reset();
    $('b-host').value = host;
    await loadSlots();
    $('status').textContent = t('ss.booked', { name: resident.name, slot: slotText(booking.slot) });
    $('status').focus();
  } catch (error) {
    showApiError(form, error);
  }
}

async function createSeries(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const v = formValues(form);
  NUMBERS.forEach((name) => { if (v[name] !== undefined) v[name] = Number(v[name]); });
  try {
    const result = await staffCall('POST', '/staff/spreekuur/slot-series', v);
    $('status').textContent = t('ss.seriesDone', { created: result.created, skipped: result.skipped });
    $('status').focus();
  } catch (error) {
    showApiError(form, error);
  }
}

if (requireSignIn()) {
  initPage({ root: '../', staff: true });
  $('a-date').value = today();
  $('agenda-form').addEventListener('submit', showAgenda);
  $('behalf-form').addEventListener('submit', bookOnBehalf);
  $('b-host').addEventListener('change', loadSlots);
  $('series-form').addEventListener('submit', createSeries);
  $('s-location').addEventListener('change', showWijkField);
  showWijkField();
  Promise.all([loadHosts(), loadWijken()]).then(() => Promise.all([loadSlots(), showAgenda()]))
    .catch((error) => { $('status').textContent = problemText(error); });
}
