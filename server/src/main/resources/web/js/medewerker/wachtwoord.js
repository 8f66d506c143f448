// Set a password with the one-time token from the invitation link (#token=...), then show a TOTP secret if required.
import { api, el, fill } from '../common.js';

const form = document.getElementById('wachtwoordformulier');
const fouten = document.getElementById('wachtwoordfouten');
const uitkomst = document.getElementById('wachtwoorduitkomst');
const token = new URLSearchParams(window.location.hash.slice(1)).get('token') || '';
history.replaceState(null, '', window.location.pathname);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const nieuw = form.querySelector('#nieuw');
  const herhaal = form.querySelector('#herhaal');
  let melding = null;
  if (!token) melding = ['nieuw', 'Deze pagina werkt alleen via de link uit uw uitnodiging.'];
  else if (nieuw.value.length < 12) melding = ['nieuw', 'Kies een wachtwoord van minstens 12 tekens.'];
  else if (nieuw.value !== herhaal.value) melding = ['herhaal', 'De twee wachtwoorden zijn niet gelijk.'];
  if (!melding) {
    try {
      const antwoord = await api('/api/medewerker/wachtwoord-instellen', { method: 'POST', json: { token, wachtwoord: nieuw.value } });
      form.hidden = true;
      fill(fouten);
      fill(uitkomst, el('div', { class: 'melding goed' }, el('h2', {}, 'Uw wachtwoord is ingesteld'),
        antwoord.totpVerplicht ? [
          el('p', {}, 'Stel nu de tweede stap in: voeg deze sleutel toe aan uw authenticator-app.'),
          el('p', {}, el('span', { class: 'code' }, antwoord.totpGeheim))] : null,
        el('p', {}, el('a', { class: 'knop', href: '/medewerker' }, 'Naar inloggen'))));
      uitkomst.focus();
      return;
    } catch (error) {
      melding = ['nieuw', error.message];
    }
  }
  document.getElementById(melding[0]).setAttribute('aria-invalid', 'true');
  fill(fouten, el('div', { class: 'foutoverzicht', role: 'alert' }, el('h2', {}, 'Het wachtwoord is niet opgeslagen'),
    el('ul', {}, el('li', {}, el('a', { href: `#${melding[0]}` }, melding[1])))));
  fouten.focus();
});
