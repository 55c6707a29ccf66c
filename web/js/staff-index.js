// The staff sign-in page and the way into the staff pages.
import { initPage } from './page.js';
import { t } from './i18n.js';
import { showErrors, clearErrors, problemText } from './forms.js';
import { request } from './api.js';
import {
  token, setToken, signOut, usesCognito, startCognitoSignIn, finishCognitoSignIn, returnAfterSignIn,
} from './staff.js';

const $ = (id) => document.getElementById(id);

function render() {
  $('signed-in').hidden = !token();
  $('signed-out').hidden = Boolean(token());
  $('cognito').hidden = !usesCognito();
  $('token-form').hidden = usesCognito();
}

initPage({ root: '../', staff: true });
$('cognito').addEventListener('click', startCognitoSignIn);
$('sign-out').addEventListener('click', () => { signOut(); render(); });
$('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  setToken(form.token.value);
  try {
    await request('GET', '/staff/spreekuur/hosts', { token: token() });
    if (returnAfterSignIn()) return;
    render();
    $('heading').focus();
  } catch (error) {
    signOut();
    showErrors(form, [{ field: 'token', message: error.status === 401 ? t('staff.badToken') : problemText(error) }]);
  }
});
finishCognitoSignIn().then(
  (signedIn) => { if (!(signedIn && returnAfterSignIn())) render(); },
  () => { render(); showErrors($('signed-out'), [], t('staff.cognitoFailed')); },
);
