// Deployment settings, edited per environment; the pages read nothing else from outside.
export default {
  // Base URL of the HTTP API. '' means the same origin, as the local runner serves both the API and these pages.
  apiBaseUrl: '',
  // Cognito hosted sign-in for staff (OAuth 2.0 code flow with PKCE). Leave domain empty to sign in by pasting a
  // token, as with the local runner.
  cognito: {
    domain: '',            // for example 'https://stadmaken.auth.eu-west-1.amazoncognito.com'
    clientId: '',          // the StaffUserPoolClient id
    redirectPath: 'staff/', // one of StaffCallbackUrls, relative to where these pages are hosted
    scopes: 'openid email',
  },
};
