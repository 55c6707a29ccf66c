// Withdrawal from the link in the sign-up confirmation: intrekken.html#token=... (never in the query string, so the
// token does not reach any server log). Without a token in the link, the resident can paste it.
import { initPage, focusHeading } from './page.js';
import { t } from './i18n.js';
import { post } from './api.js';
import { showApiError, clearErrors, showErrors } from './forms.js';

initPage();
const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
const form = document.getElementById('withdraw-form');
document.getElementById('token-field').hidden = Boolean(fromLink);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const token = fromLink || form.token.value.trim();
  if (!token) {
    showErrors(form, [{ field: 'token', message: t('error.token') }]);
    return;
  }
  try {
    await post('/withdrawals', { token });
    // The token has done its work; keep it out of the history entry.
    history.replaceState(null, '', location.pathname);
    form.hidden = true;
    document.getElementById('done').hidden = false;
    const heading = document.getElementById('heading');
    heading.textContent = t('withdraw.doneTitle');
    focusHeading(heading);
  } catch (error) {
    if (fromLink) document.getElementById('token-field').hidden = false;
    showApiError(form, error, { 400: 'token', 404: 'token', 422: 'token' });
  }
});
