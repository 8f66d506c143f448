// The staff session: who is signed in, the CSRF token for state-changing calls, sign out.
import { api, ApiError } from '../common.js';

let ik = null;

/** The signed-in staff member; sends the browser to the sign-in page when there is none. */
export async function aangemeld() {
  try {
    ik = await api('/api/medewerker/ik');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      window.location.href = `/medewerker?terug=${encodeURIComponent(window.location.pathname + window.location.search)}`;
      return new Promise(() => {});
    }
    throw error;
  }
  const knop = document.getElementById('afmelden');
  if (knop) {
    knop.hidden = false;
    knop.addEventListener('click', async () => {
      try {
        await medewerkerApi('/api/medewerker/logout', { method: 'POST' });
      } finally {
        window.location.href = '/medewerker';
      }
    });
  }
  return ik;
}

/** A call with the CSRF header of this session. */
export function medewerkerApi(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (ik && ik.csrfToken) headers['X-CSRF-Token'] = ik.csrfToken;
  return api(path, { ...options, headers });
}

/** Deadline badge: always text, never colour alone. */
export function termijnLabel(datumString, vandaag = new Date()) {
  if (!datumString) return { tekst: 'Geen termijn', klasse: '' };
  const deadline = new Date(`${datumString.slice(0, 10)}T23:59:59`);
  const dagen = Math.ceil((deadline - vandaag) / 86400000) - 1;
  if (dagen < 0) return { tekst: `Te laat (${-dagen} ${-dagen === 1 ? 'dag' : 'dagen'})`, klasse: 'fout' };
  if (dagen === 0) return { tekst: 'Vandaag', klasse: 'let-op' };
  if (dagen <= 2) return { tekst: `Nog ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`, klasse: 'let-op' };
  return { tekst: `Nog ${dagen} dagen`, klasse: 'goed' };
}
