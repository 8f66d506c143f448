// Staff inbox: questions of the signed-in member's SWVs, overdue and urgent first, with deadline badges in text.
import { el, fill, params, showError, datumTijd } from '../common.js';
import { aangemeld, medewerkerApi, termijnLabel } from './sessie.js';

const STATUS = { nieuw: 'Nieuw', 'in-behandeling': 'In behandeling', 'wacht-op-vrager': 'Wacht op vrager',
  beantwoord: 'Beantwoord', gesloten: 'Gesloten', ingetrokken: 'Ingetrokken' };
const container = document.getElementById('inbox');
const status = document.getElementById('inboxstatus');
const form = document.getElementById('inboxfilters');

async function start() {
  const ik = await aangemeld();
  const p = params();
  fill(form.swv, el('option', { value: '' }, 'Alle van mij'),
    (ik.swvs || []).map((s) => el('option', { value: s.swv, selected: p.get('swv') === s.swv }, s.swv)));
  form.status.value = p.has('status') ? p.get('status') : 'open';
  form.urgent.checked = p.get('urgent') === 'true';
  await laad();
}

async function laad() {
  const p = params();
  const query = new URLSearchParams();
  const st = p.has('status') ? p.get('status') : 'open';
  if (st) query.set('status', st);
  if (p.get('swv')) query.set('swv', p.get('swv'));
  if (p.get('urgent') === 'true') query.set('urgent', 'true');
  try {
    const antwoord = await medewerkerApi(`/api/inbox?${query.toString()}`);
    const vragen = Array.isArray(antwoord) ? antwoord : antwoord.vragen || [];
    status.textContent = `${vragen.length} vragen.`;
    fill(container, vragen.length ? tabel(vragen) : el('p', {}, 'Geen vragen met deze filters.'));
  } catch (error) {
    showError(container, error, 'De inbox kon niet geladen worden.');
  }
}

function tabel(vragen) {
  return el('div', { class: 'tabelrol', tabindex: '0', role: 'region', 'aria-labelledby': 'inbox-caption' },
    el('table', {},
      el('caption', { id: 'inbox-caption' }, 'Vragen, de eerste termijn bovenaan'),
      el('thead', {}, el('tr', {}, ['Referentie', 'Termijn', 'Status', 'Onderwerp', 'Samenwerkingsverband', 'Binnengekomen']
        .map((k) => el('th', { scope: 'col' }, k)))),
      el('tbody', {}, vragen.map((v) => {
        const termijn = termijnLabel(v.antwoordVoor);
        return el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: `/medewerker/vragen/${encodeURIComponent(v.id)}` }, v.referentie)),
          el('td', {}, el('span', { class: `label ${termijn.klasse}` }, termijn.tekst),
            v.urgent ? el('span', { class: 'label fout' }, 'Dringend') : null,
            v.thuiszitten ? el('span', { class: 'label let-op' }, 'Thuiszitter') : null),
          el('td', {}, STATUS[v.status] || v.status),
          el('td', {}, v.categorieLabel || v.categorie),
          el('td', {}, v.swvCode || v.swv || 'Landelijk loket'),
          el('td', {}, datumTijd(v.ingediendOp)));
      }))));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const p = new URLSearchParams();
  p.set('status', form.status.value);
  if (form.swv.value) p.set('swv', form.swv.value);
  if (form.urgent.checked) p.set('urgent', 'true');
  history.pushState({}, '', `/medewerker/inbox?${p.toString()}`);
  laad();
});
window.addEventListener('popstate', laad);

start();
