// datetime-local inputs have no zone; staff enter Amsterdam time, so the offset of Amsterdam at that moment is added.
export function amsterdamIso(local) {
  const guess = new Date(`${local}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(guess);
  const offset = parts.find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
  return `${local}:00${offset}`;
}
