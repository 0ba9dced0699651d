// The admin's session in this tab: the token, the org worked on and whether the token is the
// operator's, kept in sessionStorage only; and the calls of the admin API made with it.
const KEY = 'trellis.admin';

export function session() {
  const saved = sessionStorage.getItem(KEY);
  return saved ? JSON.parse(saved) : null;
}

/** orgId may be null for the operator, who picks an org on the Organisations page. */
export function signIn(token, orgId, operator = false) {
  sessionStorage.setItem(KEY, JSON.stringify({ token: token.trim(), orgId: orgId ? orgId.trim() : null, operator }));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The operator moves to another org; the pages read the org at each call. */
export function chooseOrg(orgId) {
  sessionStorage.setItem(KEY, JSON.stringify({ ...session(), orgId }));
}

/** A failed call: the API's reason (its problem `detail`), its status and the whole problem. */
export class ApiError extends Error {
  constructor(reason, status, problem) {
    super(reason);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Calls an admin API path (from /api/admin) with the session's token, or `token` when given;
 * sends `json` or `csv` (a File or text) as the body. Resolves to the answer's JSON, or null when it
 * has none; throws an ApiError with the API's reason, never a stack trace.
 */
export async function call(method, path, { json, csv, token } = {}) {
  const headers = { Authorization: `Bearer ${token ?? session().token}`, Accept: 'application/json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (csv !== undefined) {
    headers['Content-Type'] = 'text/csv; charset=utf-8';
    body = csv;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch (offline) {
    throw new ApiError('Trellis could not be reached. Check the connection and try again.', 0, null);
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (ignored) {
      // Not a problem document: the status says it.
    }
    let reason = problem?.detail || `The request failed (${response.status}).`;
    if (response.status === 401) {
      reason = 'The token was not accepted. Sign out and paste it again.';
    }
    throw new ApiError(reason, response.status, problem);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The admin API path of the signed-in org. */
export function orgPath(path = '') {
  return `/api/admin/orgs/${encodeURIComponent(session().orgId)}${path}`;
}

/** GETs an admin API path of the signed-in org; throws an Error with the API's reason. */
export function getJson(path) {
  return call('GET', orgPath(path));
}

export function postJson(path, json) {
  return call('POST', orgPath(path), { json });
}

export function putJson(path, json) {
  return call('PUT', orgPath(path), { json });
}

export function postCsv(path, csv) {
  return call('POST', orgPath(path), { csv });
}

export function deleteAt(path) {
  return call('DELETE', orgPath(path));
}

/**
 * What a token opens: every org (the operator's: GET /api/admin/orgs answers) or one (an org
 * token gets 403 there, and its org must be named). Throws an ApiError saying why not.
 */
export async function whoIs(token, orgId) {
  let operator = true;
  try {
    await call('GET', '/api/admin/orgs', { token });
  } catch (e) {
    if (e.status !== 403) throw e;
    operator = false;
  }
  if (!operator && !orgId) {
    throw new ApiError('This token opens one organisation: enter its id too.', 403, null);
  }
  if (orgId) {
    await call('GET', `/api/admin/orgs/${encodeURIComponent(orgId)}`, { token });
  }
  return { operator, orgId: orgId || null };
}

// --- Writes of the question bank, cohorts and outbox pages ---

/**
 * Sends a method (POST, PUT, DELETE) with an optional JSON body to an admin API path of the
 * signed-in org; answers the parsed JSON answer, or null when there is none. Throws an Error with
 * the API's reason.
 */
export async function sendJson(method, path, body) {
  const { token, orgId } = session();
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/admin/orgs/${encodeURIComponent(orgId)}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let reason = `The request failed (${response.status}).`;
    try {
      reason = (await response.json()).detail || reason;
    } catch (ignored) {
      // Not a problem document: keep the status.
    }
    if (response.status === 401) {
      reason = 'The token was not accepted. Sign out and paste it again.';
    }
    throw new Error(reason);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
