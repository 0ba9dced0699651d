// The admin's session in this tab: the token and org id, kept in sessionStorage only.
const KEY = 'trellis.admin';

export function session() {
  const saved = sessionStorage.getItem(KEY);
  return saved ? JSON.parse(saved) : null;
}

export function signIn(token, orgId) {
  sessionStorage.setItem(KEY, JSON.stringify({ token: token.trim(), orgId: orgId.trim() }));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** GETs an admin API path of the signed-in org; throws an Error with the API's reason. */
export async function getJson(path) {
  const { token, orgId } = session();
  const response = await fetch(`/api/admin/orgs/${encodeURIComponent(orgId)}${path}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!response.ok) {
    let reason = `The request failed (${response.status}).`;
    try {
      const problem = await response.json();
      reason = problem.detail || reason;
    } catch (ignored) {
      // Not a problem document: keep the status.
    }
    if (response.status === 401) {
      reason = 'The token was not accepted. Sign out and paste it again.';
    }
    throw new Error(reason);
  }
  return response.json();
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
