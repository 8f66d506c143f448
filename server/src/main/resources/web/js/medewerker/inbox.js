// Staff inbox: questions of the signed-in member's SWVs, sorted by deadline, with deadline badges in text.
import { el, fill, params, showError, datumTijd } from '../common.js';
import { CATEGORIEEN, STATUSSEN, SECTOREN } from '../labels.js';
import { aangemeld, medewerkerApi, termijnLabel } from './sessie.js';

const OPEN = 'nieuw,in-behandeling,wacht-op-vrager';
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
  if (st) query.set('status', st === 'open' ? OPEN : st);
  if (p.get('swv')) query.set('swv', p.get('swv'));
  if (p.get('urgent') === 'true') query.set('urgent', 'true');
  query.set('sorteer', 'termijn');
  try {
    const lijst = await medewerkerApi(`/api/inbox?${query.toString()}`);
    const vragen = lijst.vragen || [];
    status.textContent = `${lijst.totaal} ${lijst.totaal === 1 ? 'vraag' : 'vragen'}.`;
    fill(container, vragen.length
      ? [el('p', {}, `${lijst.totaal} ${lijst.totaal === 1 ? 'vraag' : 'vragen'}; de eerste termijn staat bovenaan.`), tabel(vragen)]
      : el('p', {}, 'Geen vragen met deze filters.'));
  } catch (error) {
    showError(container, error, 'De inbox kon niet geladen worden.');
  }
}

export function badge(v) {
  if (v.eersteAntwoordOp) return { tekst: 'Eerste antwoord gegeven', klasse: 'goed' };
  const t = termijnLabel(v.antwoordVoor);
  return v.teLaat && t.klasse !== 'fout' ? { tekst: 'Te laat', klasse: 'fout' } : t;
}

function tabel(vragen) {
  return el('div', { class: 'tabelrol', tabindex: '0', role: 'region', 'aria-labelledby': 'inbox-caption' },
    el('table', {},
      el('caption', { id: 'inbox-caption' }, 'Vragen'),
      el('thead', {}, el('tr', {}, ['Referentie', 'Termijn', 'Status', 'Onderwerp', 'Sector', 'SWV', 'Behandelaar', 'Binnengekomen']
        .map((k) => el('th', { scope: 'col' }, k)))),
      el('tbody', {}, vragen.map((v) => {
        const termijn = badge(v);
        return el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: `/medewerker/vragen/${encodeURIComponent(v.id)}` }, v.referentie)),
          el('td', {}, el('span', { class: `label ${termijn.klasse}` }, termijn.tekst),
            v.urgent ? el('span', { class: 'label fout' }, 'Dringend') : null,
            v.thuiszitten ? el('span', { class: 'label let-op' }, 'Thuiszitter') : null),
          el('td', {}, STATUSSEN[v.status] || v.status),
          el('td', {}, CATEGORIEEN[v.categorie] || v.categorie),
          el('td', {}, SECTOREN[v.sector] || v.sector),
          el('td', {}, v.swv || 'Landelijk loket'),
          el('td', {}, v.toegewezen ? v.toegewezen.naam || 'Toegewezen' : 'Niemand'),
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
