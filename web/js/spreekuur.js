// Booking a conversation with a college member: host, place, a free slot, the form; then the confirmation with
// the calendar file and the link to move or cancel.
import { initPage, escapeHtml, focusHeading } from './page.js';
import { t } from './i18n.js';
import { get, post } from './api.js';
import { today } from './format.js';
import { showApiError, showErrors, clearErrors, formValues } from './forms.js';
import { slotText, calendarHref, slotRadios } from './spreekuur-common.js';
import { addWijken } from './demographics.js';

const $ = (id) => document.getElementById(id);
const form = $('booking-form');
let hosts = [];

function renderHosts() {
  const chosen = form.querySelector('input[name=host]:checked')?.value;
  $('hosts').innerHTML = hosts.map((h, i) => `
    <div class="choice">
      <input type="radio" name="host" id="host-${escapeHtml(h.id)}" value="${escapeHtml(h.id)}"
             aria-describedby="host-${escapeHtml(h.id)}-topics" ${(chosen ? chosen === h.id : i === 0) ? 'checked' : ''}>
      <div>
        <label for="host-${escapeHtml(h.id)}">${escapeHtml(h.name)}</label>
        <p class="hint" id="host-${escapeHtml(h.id)}-topics">${escapeHtml(t('sp.topics', { topics: h.topics.join(', ') }))}</p>
      </div>
    </div>`).join('');
}

async function loadSlots() {
  const host = form.querySelector('input[name=host]:checked')?.value;
  if (!host) return;
  const params = new URLSearchParams({ host, from: today(), to: today(90) });
  if ($('location').value) params.set('location', $('location').value);
  $('slot-status').textContent = t('sp.loading');
  try {
    const { slots } = await get(`/spreekuur/slots?${params}`);
    $('slots').innerHTML = slotRadios(slots);
    $('slot-status').textContent = slots.length ? t('sp.slotsFound', { n: slots.length }) : t('sp.noSlots');
  } catch (error) {
    $('slots').innerHTML = '';
    $('slot-status').textContent = error.message;
  }
}

async function submit(event) {
  event.preventDefault();
  clearErrors(form);
  const values = formValues(form);
  const slot = values.slot;
  if (!slot) {
    // Field "slot" has no input until slots have loaded; the summary still names it.
    showErrors(form, [{ field: 'slot', message: t('error.slot') }]);
    return;
  }
  delete values.slot;
  delete values.host;
  delete values.location;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const booking = await post(`/spreekuur/slots/${encodeURIComponent(slot)}/bookings`, values);
    form.hidden = true;
    $('booked').hidden = false;
    $('booked-text').textContent = t('sp.bookedText', { host: booking.host.name, slot: slotText(booking.slot) });
    $('ics-link').href = calendarHref(booking.calendar);
    // Fragment, not query: the manage token must never reach a server log.
    $('manage-link').href = `spreekuur-beheren.html#token=${encodeURIComponent(booking.manageToken)}`;
    focusHeading($('booked-heading'));
  } catch (error) {
    showApiError(form, error);
  } finally {
    button.disabled = false;
  }
}

async function start() {
  try {
    const [{ hosts: list }, { wijken }] = await Promise.all([get('/spreekuur/hosts'), get('/wijken')]);
    hosts = list;
    addWijken($('wijk'), wijken);
  } catch (error) {
    $('slot-status').textContent = error.message;
    return;
  }
  renderHosts();
  await loadSlots();
}

initPage({ onLanguage: () => { renderHosts(); loadSlots(); } });
form.addEventListener('change', (event) => {
  if (event.target.name === 'host' || event.target.name === 'location') loadSlots();
});
form.addEventListener('submit', submit);
start();
