// The parts every page shares: skip link, header with language switch, footer, and translation of static text.
import { lang, setLang, translate, t } from './i18n.js';

function header(root, staff) {
  const prefix = root;
  const links = staff
    ? [['staff/index.html', 'nav.staffHome'], ['staff/trajecten.html', 'nav.staffTrajectories'],
      ['staff/panelen.html', 'nav.staffPanels'],
      ['staff/begroting.html', 'nav.staffBudget'], ['staff/spreekuur.html', 'nav.staffSpreekuur'],
      ['staff/indicatoren.html', 'nav.staffIndicators']]
    : [['trajecten.html', 'nav.trajectories'], ['stemmen.html', 'nav.budget'], ['spreekuur.html', 'nav.spreekuur'],
      ['enquete.html', 'nav.survey'], ['indicatoren.html', 'nav.figures']];
  return `
    <a class="skip-link" href="#main" data-i18n="skip"></a>
    <header class="site-header">
      <div class="wrap header-row">
        <a class="brand" href="${prefix}index.html" data-i18n="brand"></a>
        <nav data-i18n-attr="aria-label:nav.label">
          <ul>${links.map(([href, key]) => `<li><a href="${prefix}${href}" data-i18n="${key}"></a></li>`).join('')}</ul>
        </nav>
        <button type="button" class="lang-switch" id="lang-switch"></button>
      </div>
    </header>`;
}

export function initPage({ root = '', staff = false, onLanguage } = {}) {
  document.body.insertAdjacentHTML('afterbegin', header(root, staff));
  document.body.insertAdjacentHTML('beforeend',
    `<footer class="site-footer"><div class="wrap"><p data-i18n="footer"></p>
      <p><a href="${root}toegankelijkheidsverklaring.html" data-i18n="footer.a11y"></a></p></div></footer>`);
  const here = location.pathname.split('/').pop() || 'index.html';
  document.querySelectorAll('.site-header nav a').forEach((a) => {
    if (a.getAttribute('href').endsWith(`/${here}`) || a.getAttribute('href') === here) a.setAttribute('aria-current', 'page');
  });
  const button = document.getElementById('lang-switch');
  const render = () => {
    translate();
    const other = lang() === 'nl' ? 'en' : 'nl';
    button.textContent = t(`lang.${other}`);
    button.lang = other;
    const title = document.querySelector('title[data-i18n]');
    if (title) document.title = `${t(title.dataset.i18n)} | ${t('brand')}`;
  };
  button.addEventListener('click', () => {
    setLang(lang() === 'nl' ? 'en' : 'nl');
    render();
    onLanguage?.();
  });
  render();
}

// Moves focus to a heading that just appeared, so screen reader and keyboard users land on the new content.
export function focusHeading(el) {
  el.tabIndex = -1;
  el.focus();
}

export function show(el, visible = true) {
  el.hidden = !visible;
}

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
