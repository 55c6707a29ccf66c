// datetime-local inputs have no zone; staff enter Amsterdam time, so the offset of Amsterdam at that moment is added.
export function amsterdamIso(local) {
  const guess = new Date(`${local}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(guess);
  const offset = parts.find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
  return `${local}:00${offset}`;
}

// The other way, to fill a datetime-local input with the Amsterdam time of an instant.
export function amsterdamLocal(iso) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
