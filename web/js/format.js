// Dates and money in Dutch notation, always in Amsterdam time, whatever the visitor's own time zone is.
import { lang } from './i18n.js';

const ZONE = 'Europe/Amsterdam';
const locale = () => (lang() === 'en' ? 'en-GB' : 'nl-NL');

export function money(cents) {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function dateTime(value) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'full', timeStyle: 'short' }).format(new Date(value));
}

export function time(value) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, timeStyle: 'short' }).format(new Date(value));
}

export function dayLong(value) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(value));
}

// A plain date (YYYY-MM-DD) is a calendar day, not an instant: format it at noon so no zone shifts the day.
export function date(isoDate) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00Z`));
}

// Today's date in Amsterdam as YYYY-MM-DD (the API's date parameters are Amsterdam days).
export function today(offsetDays = 0) {
  const d = new Date(Date.now() + offsetDays * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(d);
}

export function percent(share) {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
