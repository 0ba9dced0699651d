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
