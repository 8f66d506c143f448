// Staff figures for one SWV and period: totals, per category/sector/status, time to first answer, within deadline.
import { el, fill, showError, params, datum } from '../common.js';
import { CATEGORIEEN, STATUSSEN, SECTOREN } from '../labels.js';
import { aangemeld, medewerkerApi } from './sessie.js';

const container = document.getElementById('statistiek');

async function laad() {
  const ik = await aangemeld();
  const swvs = (ik.swvs || []).map((s) => s.swv);
  const p = params();
  const swv = p.get('swv') || swvs[0];
  if (!swv) {
    fill(container, el('p', {}, 'U bent aan geen samenwerkingsverband gekoppeld.'));
    return;
  }
  const query = new URLSearchParams({ swv });
  if (p.get('van')) query.set('van', p.get('van'));
  if (p.get('tot')) query.set('tot', p.get('tot'));
  try {
    const s = await medewerkerApi(`/api/inbox/statistiek?${query.toString()}`);
    fill(container,
      filterFormulier(swvs, s),
      el('p', {}, `${s.swv}, van ${datum(s.van)} tot en met ${datum(s.tot)}.`),
      el('dl', { class: 'feiten' },
        el('dt', {}, 'Vragen'), el('dd', { id: 'aantal' }, String(s.aantal)),
        el('dt', {}, 'Nu te laat'), el('dd', {}, String(s.teLaatNu)),
        el('dt', {}, 'Binnen de termijn beantwoord'), el('dd', {}, s.aandeelBinnenTermijn == null ? 'Nog niet te berekenen'
          : `${Math.round(s.aandeelBinnenTermijn * 100)}%`),
        el('dt', {}, 'Mediane tijd tot eerste antwoord'), el('dd', {}, s.medianeUrenTotEersteAntwoord == null ? 'Nog niet te berekenen'
          : `${Math.round(s.medianeUrenTotEersteAntwoord)} uur`)),
      el('div', { class: 'twee' },
        verdeling('Per onderwerp', s.perCategorie, CATEGORIEEN),
        verdeling('Per status', s.perStatus, STATUSSEN)),
      verdeling('Per soort onderwijs', s.perSector, SECTOREN),
      el('p', {}, el('a', { href: `/api/inbox/statistiek?${query.toString()}&formaat=csv` }, 'Download als CSV-bestand')));
  } catch (error) {
    showError(container, error, 'De cijfers konden niet geladen worden.');
  }
}

function filterFormulier(swvs, s) {
  return el('form', { class: 'zoekformulier', method: 'get', action: '/medewerker/statistiek' },
    el('div', { class: 'zoekrij' },
      el('div', { class: 'veld' }, el('label', { for: 's-swv' }, 'Samenwerkingsverband'),
        el('select', { id: 's-swv', name: 'swv' }, swvs.map((c) => el('option', { value: c, selected: c === s.swv }, c)))),
      el('div', { class: 'veld' }, el('label', { for: 's-van' }, 'Van'), el('input', { type: 'date', id: 's-van', name: 'van', value: s.van })),
      el('div', { class: 'veld' }, el('label', { for: 's-tot' }, 'Tot en met'), el('input', { type: 'date', id: 's-tot', name: 'tot', value: s.tot })),
      el('button', { type: 'submit' }, 'Toon')));
}

function verdeling(titel, map, labels) {
  const rijen = Object.entries(map || {}).sort((a, b) => b[1] - a[1]);
  return el('section', { class: 'blok' },
    el('table', {},
      el('caption', {}, titel),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Soort'), el('th', { scope: 'col' }, 'Aantal'))),
      el('tbody', {}, rijen.length ? rijen.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, labels[k] || k), el('td', {}, String(v))))
        : el('tr', {}, el('td', { colspan: '2' }, 'Geen vragen in deze periode.')))));
}

laad();
