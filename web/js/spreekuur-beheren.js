// Managing a booking from the link in its confirmation (spreekuur-beheren.html#token=...): see it, download its
// calendar file, move it to another free slot of the same host, or cancel it.
import { initPage, focusHeading } from './page.js';
import { t } from './i18n.js';
import { get, post } from './api.js';
import { today } from './format.js';
import { showApiError, showErrors, clearErrors, problemText } from './forms.js';
import { slotText, calendarHref, slotRadios } from './spreekuur-common.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(location.hash.slice(1)).get('token');
let booking = null;

function render() {
  const cancelled = booking.status === 'cancelled';
  $('booking-text').textContent = cancelled
    ? t('manage.cancelledText', { host: booking.host.name, slot: slotText(booking.slot) })
    : t('manage.bookedText', { host: booking.host.name, slot: slotText(booking.slot) });
  $('ics-link').href = calendarHref(booking.calendar);
  $('actions').hidden = cancelled;
}

async function loadSlots() {
  const params = new URLSearchParams({ host: booking.host.id, from: today(), to: today(90) });
  const { slots } = await get(`/spreekuur/slots?${params}`);
  $('slots').innerHTML = slotRadios(slots.filter((s) => s.id !== booking.slot.id));
}

async function load() {
  if (!token) {
    $('load-status').textContent = t('manage.noToken');
    return;
  }
  try {
    booking = await post('/spreekuur/bookings/lookup', { token });
  } catch (error) {
    $('load-status').textContent = problemText(error);
    return;
  }
  $('booking').hidden = false;
  render();
  if (booking.status !== 'cancelled') await loadSlots();
}

function done(message) {
  render();
  const result = $('result');
  result.hidden = false;
  result.textContent = message;
  focusHeading($('heading'));
}

$('move-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const slotId = form.querySelector('input[name=slot]:checked')?.value;
  if (!slotId) {
    showErrors(form, [{ field: 'slot', message: t('error.slot') }]);
    return;
  }
  try {
    booking = await post('/spreekuur/bookings/move', { token, slotId });
    await loadSlots();
    done(t('manage.moved', { slot: slotText(booking.slot) }));
  } catch (error) {
    showApiError(form, error);
  }
});

$('cancel-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    booking = await post('/spreekuur/bookings/cancel', { token });
    done(t('manage.cancelled'));
  } catch (error) {
    showApiError(form, error);
  }
});

initPage({ onLanguage: () => { if (booking) render(); } });
load();
