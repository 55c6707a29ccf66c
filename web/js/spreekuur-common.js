// What the booking and managing pages share: describing a slot and offering its calendar file.
import { t } from './i18n.js';
import { dayLong, time } from './format.js';
import { escapeHtml } from './page.js';

export function slotText(slot) {
  return `${dayLong(slot.startsAt)}, ${time(slot.startsAt)}–${time(slot.endsAt)} · ${t(`location.${slot.location}`)}${slot.address ? `, ${slot.address}` : ''}`;
}

// A data: URL keeps the calendar file on this device; nothing is fetched again to download it.
export function calendarHref(ics) {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

export function slotRadios(slots, name = 'slot') {
  return slots.map((s) => `
    <div class="choice">
      <input type="radio" name="${name}" id="${name}-${escapeHtml(s.id)}" value="${escapeHtml(s.id)}">
      <label for="${name}-${escapeHtml(s.id)}">${escapeHtml(slotText(s))}${s.hostName ? ` · ${escapeHtml(s.hostName)}` : ''}</label>
    </div>`).join('');
}
