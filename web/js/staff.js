// Staff sign-in: the hosted sign-in named in config.js (Cognito in AWS, the runner's stand-in locally) with the OAuth
// 2.0 authorization code flow and PKCE (no client secret in a static page); without one configured, a pasted token.
// The token lives in sessionStorage, so it ends with the browser tab.
import config from '../config.js';
import { request } from './api.js';

const TOKEN = 'stadmaken.staffToken';
const VERIFIER = 'stadmaken.pkceVerifier';
const STATE = 'stadmaken.pkceState';
const RETURN = 'stadmaken.returnTo';

export const token = () => sessionStorage.getItem(TOKEN);
export const signOut = () => sessionStorage.removeItem(TOKEN);
export const setToken = (value) => sessionStorage.setItem(TOKEN, value.trim().replace(/^Bearer\s+/i, ''));
export const usesCognito = () => Boolean(config.cognito?.domain && config.cognito?.clientId);

// Every staff page calls this first; without a token it sends the user to the sign-in page, to come back after.
export function requireSignIn() {
  if (!token()) {
    sessionStorage.setItem(RETURN, location.href);
    location.replace(new URL('index.html', import.meta.url.replace('/js/staff.js', '/staff/')).href);
    return false;
  }
  return true;
}

export async function staffCall(method, path, body) {
  try {
    return await request(method, path, { body, token: token() });
  } catch (error) {
    if (error.status === 401) {
      signOut();
      requireSignIn();
    }
    throw error;
  }
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri() {
  return new URL(config.cognito.redirectPath, new URL('../', import.meta.url)).href;
}

export async function startCognitoSignIn() {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(VERIFIER, verifier);
  sessionStorage.setItem(STATE, state);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const params = new URLSearchParams({
    response_type: 'code', client_id: config.cognito.clientId, redirect_uri: redirectUri(),
    scope: config.cognito.scopes, state, code_challenge_method: 'S256', code_challenge: challenge,
  });
  location.assign(`${config.cognito.domain}/oauth2/authorize?${params}`);
}

// On return from the hosted sign-in (?code=&state=, or ?error=): exchange the code for tokens. The API's authorizer
// checks the audience (the app client id), which the id token carries.
export async function finishCognitoSignIn() {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code && !params.has('error')) return false;
  const expected = sessionStorage.getItem(STATE);
  sessionStorage.removeItem(STATE);
  history.replaceState(null, '', location.pathname);
  if (!code) throw new Error(params.get('error'));
  if (!expected || params.get('state') !== expected) throw new Error('state');
  const response = await fetch(`${config.cognito.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: config.cognito.clientId, code,
      redirect_uri: redirectUri(), code_verifier: sessionStorage.getItem(VERIFIER) || '',
    }),
  });
  sessionStorage.removeItem(VERIFIER);
  if (!response.ok) throw new Error('token');
  setToken((await response.json()).id_token);
  return true;
}

// After signing in: back to the staff page that sent the user to sign in, if one did (false if none).
export function returnAfterSignIn() {
  const target = sessionStorage.getItem(RETURN);
  sessionStorage.removeItem(RETURN);
  if (!target || new URL(target).origin !== location.origin) return false;
  location.replace(target);
  return true;
}

// Downloads a staff file (CSV, .pb) that needs the Authorization header, so a plain link cannot fetch it.
export async function download(method, path, body, filename) {
  const text = await staffCall(method, path, body);
  saveFile(text, filename);
  return text;
}

// Hands text to the browser as a file to save (codes shown only once, exports).
export function saveFile(text, filename) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
