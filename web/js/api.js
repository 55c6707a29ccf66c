// Calls the Stadmaken HTTP API. Failures become an ApiError carrying the problem+json body, so forms can show each
// field's message next to that field.
import config from '../config.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || problem.message || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export async function request(method, path, { body, token, accept = 'application/json' } = {}) {
  const headers = { accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  // A retry of the same submission (double click, flaky network) must not book or vote twice.
  if (method !== 'GET') headers['idempotency-key'] = crypto.randomUUID();
  let response;
  try {
    response = await fetch(config.apiBaseUrl + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { type: 'network' });
  }
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => ({})) : {};
    throw new ApiError(response.status, problem);
  }
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options = {}) => request('POST', path, { ...options, body });
export const put = (path, body, options = {}) => request('PUT', path, { ...options, body });
