// Charts of the indicator dashboard, drawn with the vendored Chart.js (web/vendor/chart.js). Every chart has a text
// name and its numbers are in a table next to it, so nothing is only in the picture.
const COLOURS = ['#a30d24', '#0b4f8a', '#1d5e2b', '#7a4b00', '#5b2a86'];

export const chartsAvailable = () => typeof window.Chart === 'function';

function setDefaults() {
  const { Chart } = window;
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1a1a1a';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
}

// Long labels on more lines, as Chart.js does not wrap them itself.
function wrap(text, width = 38) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

function prepare(canvas, name, rows) {
  window.Chart.getChart(canvas)?.destroy();
  canvas.setAttribute('aria-label', name);
  canvas.textContent = name;
  canvas.parentElement.style.height = `${Math.max(10, 4 + rows * 1.9)}rem`;
}

const axes = {
  score: { min: 1, max: 5, ticks: { stepSize: 1 } },
  share: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } },
  count: { beginAtZero: true, ticks: { precision: 0 } },
};

// Horizontal bars, one per label and dataset; null leaves a gap (a withheld or missing figure). A dataset's colour
// index keeps a group in the same colour in every chart.
export function drawBars(canvas, { name, kind, labels, datasets }) {
  if (!chartsAvailable()) return null;
  setDefaults();
  prepare(canvas, name, labels.length * Math.max(1, datasets.length * 0.6));
  return new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels.map((label) => wrap(label)),
      datasets: datasets.map((set, i) => ({ label: set.label, data: set.values,
        backgroundColor: COLOURS[(set.colour ?? i) % COLOURS.length] })),
    },
    options: {
      indexAxis: 'y',
      scales: { x: axes[kind] || axes.count },
      plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
    },
  });
}

export function drawLine(canvas, { name, kind, labels, label, values }) {
  if (!chartsAvailable()) return null;
  setDefaults();
  prepare(canvas, name, 8);
  return new window.Chart(canvas, {
    type: 'line',
    data: { labels, datasets: [{ label, data: values, borderColor: COLOURS[1], backgroundColor: COLOURS[1], pointRadius: 5 }] },
    options: { scales: { y: axes[kind] || axes.count }, plugins: { legend: { display: false } } },
  });
}
