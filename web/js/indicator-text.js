// How a figure reads: its value in its indicator's unit, its breakdown cell by name, and why a number is missing.
import { lang, t, has } from './i18n.js';
import { money } from './format.js';

const locale = () => (lang() === 'en' ? 'en-GB' : 'nl-NL');

function decimal(value, digits) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

// What kind of number an indicator gives, which decides its chart and how its values are written.
export function kindOf(indicator) {
  switch (indicator.aggregation) {
    case 'mean': return 'score';
    case 'share':
    case 'kept-share': return 'share';
    case 'dissimilarity': return 'index';
    case 'sum': return indicator.unit === 'euro cents' ? 'money' : 'count';
    default: return 'count';
  }
}

export function noteText(note) {
  return has(`note.${note}`) ? t(`note.${note}`) : note;
}

// A figure's number for a chart: shares as percentages, nothing where the figure has no published value.
export function chartValue(indicator, figure) {
  if (!figure || figure.suppressed || figure.value === undefined) return null;
  return kindOf(indicator) === 'share' ? figure.value * 100 : figure.value;
}

export function valueText(indicator, figure) {
  if (figure.suppressed) return t('dash.withheld');
  if (figure.value === undefined) return figure.note ? noteText(figure.note) : '–';
  switch (kindOf(indicator)) {
    case 'score': return decimal(figure.value, 1);
    case 'share': return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(figure.value);
    case 'index': return decimal(figure.value, 2);
    case 'money': return money(figure.value);
    default: return new Intl.NumberFormat(locale()).format(figure.value);
  }
}

export function countText(figure) {
  return figure.count === undefined ? '–' : new Intl.NumberFormat(locale()).format(figure.count);
}

export function intervalText(figure) {
  return figure.lower === undefined || figure.upper === undefined ? '' : `${decimal(figure.lower, 1)} – ${decimal(figure.upper, 1)}`;
}

// "Stadsdeel: Schalkwijk", "Wijk: Oude Stad", "Leeftijd: 25 tot 45 jaar"; the overall figure is "Totaal".
export function cellText(figure, wijken) {
  if (figure.dimension === 'total') return t('dash.total');
  const names = {
    wijk: () => wijken.find((w) => w.code === figure.cell)?.name,
    ageBand: () => t(`age.${figure.cell}`),
    group: () => t(`groups.${figure.cell}`),
    location: () => t(`location.${figure.cell}`),
  };
  // The job's own cells: the whole city (the city hall, online, city-wide trajectories) and an area not given.
  const own = { city: 'dash.cellCity', unknown: 'dash.cellUnknown' }[figure.cell];
  const name = (own && t(own)) || names[figure.dimension]?.() || figure.cell;
  return has(`dim.${figure.dimension}`) ? `${t(`dim.${figure.dimension}`)}: ${name}` : name;
}

// "4e kwartaal 2026", "november 2026", "2026".
export function periodText(key) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('dash.quarterName', { n: quarter[2], year: quarter[1] });
  if (/^\d{4}-\d{2}$/.test(key)) {
    return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-15T12:00:00Z`));
  }
  return key;
}

// The first day of a period, to leave out periods ahead (they hold only promises that fall due then).
export function periodStart(key) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}-${String((quarter[2] - 1) * 3 + 1).padStart(2, '0')}-01`;
  return /^\d{4}-\d{2}$/.test(key) ? `${key}-01` : `${key}-01-01`;
}
