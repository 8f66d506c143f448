// Staff sign-in.
import { api, el, fill, params, ApiError } from '../common.js';

const form = document.getElementById('loginformulier');
const fouten = document.getElementById('loginfouten');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = form.email.value.trim();
  const wachtwoord = form.wachtwoord.value;
  const code = form.code.value.trim();
  const missend = [];
  if (!email) missend.push(['email', 'Vul uw e-mailadres in.']);
  if (!wachtwoord) missend.push(['wachtwoord', 'Vul uw wachtwoord in.']);
  if (missend.length) {
    toon(missend);
    return;
  }
  try {
    await api('/api/medewerker/login', { method: 'POST', json: { email, wachtwoord, code: code || null } });
    const terug = params().get('terug');
    window.location.href = terug && terug.startsWith('/medewerker/') ? terug : '/medewerker/inbox';
  } catch (error) {
    const veldFouten = error instanceof ApiError && error.problem.fouten;
    if (veldFouten && veldFouten.length) {
      toon(veldFouten.map((f) => [f.veld === 'code' ? 'code' : f.veld, f.melding]));
    } else {
      form.wachtwoord.value = '';
      toon([['wachtwoord', error.message]]);
    }
  }
});

function toon(lijst) {
  form.querySelectorAll('[aria-invalid]').forEach((v) => v.removeAttribute('aria-invalid'));
  for (const [id] of lijst) {
    const veld = document.getElementById(id);
    if (veld) veld.setAttribute('aria-invalid', 'true');
  }
  fill(fouten, el('div', { class: 'foutoverzicht', role: 'alert' },
    el('h2', {}, 'Inloggen lukte niet'),
    el('ul', {}, lijst.map(([id, melding]) => el('li', {}, document.getElementById(id) ? el('a', { href: `#${id}` }, melding) : melding)))));
  fouten.focus();
}
