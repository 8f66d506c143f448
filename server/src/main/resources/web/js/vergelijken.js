// Compare 2-4 schools side by side in a real table: support areas, provisions, limits.
import { api, el, fill, params, showError, debounce } from './common.js';

const MAX = 4;
const container = document.getElementById('vergelijking');
const status = document.getElementById('vergelijkstatus');
const form = document.getElementById('toevoegen');
const naam = document.getElementById('schoolnaam');
const keuze = document.getElementById('schoolkeuze');

function ids() {
  return (params().get('ids') || '').split(',').map((x) => x.trim()).filter(Boolean).slice(0, MAX);
}

function naar(lijst) {
  sessionStorage.setItem('vergelijk', JSON.stringify(lijst));
  history.pushState({}, '', lijst.length ? `/vergelijken?ids=${lijst.map(encodeURIComponent).join(',')}` : '/vergelijken');
  laad();
}

async function laad() {
  const lijst = ids();
  if (lijst.length < 2) {
    fill(container, el('p', { class: 'melding' }, lijst.length === 1
      ? 'Er is 1 school gekozen. Voeg er nog minstens één toe om te vergelijken.'
      : 'Nog geen scholen gekozen. Voeg scholen toe hierboven, of kies ze bij de zoekresultaten.'),
    lijst.length === 1 ? el('p', {}, 'Gekozen: ', el('a', { href: `/scholen/${encodeURIComponent(lijst[0])}` }, lijst[0])) : null);
    return;
  }
  try {
    const scholen = await api(`/api/vergelijk?ids=${lijst.map(encodeURIComponent).join(',')}`);
    fill(container, tabel(scholen));
    status.textContent = `${scholen.length} scholen naast elkaar.`;
  } catch (error) {
    showError(container, error, 'Vergelijken lukte niet.');
  }
}

function unie(scholen, pak) {
  const gezien = new Map();
  for (const s of scholen) for (const item of pak(s)) if (!gezien.has(item.id)) gezien.set(item.id, item.label);
  return [...gezien.entries()];
}

function tabel(scholen) {
  const sop = (s) => s.sop || {};
  const gebieden = unie(scholen, (s) => sop(s).gebieden || []);
  const voorzieningen = unie(scholen, (s) => sop(s).voorzieningen || []);
  const kolommen = scholen.length + 1;
  const groep = (tekst) => el('tr', { class: 'groep' }, el('th', { colspan: kolommen, scope: 'colgroup' }, tekst));
  const rij = (kop, cel) => el('tr', {}, el('th', { scope: 'row' }, kop), scholen.map((s) => el('td', {}, cel(s))));
  return el('div', { class: 'tabelrol', tabindex: '0', role: 'region', 'aria-labelledby': 'vergelijk-caption' },
    el('table', {},
      el('caption', { id: 'vergelijk-caption' }, `Vergelijking van ${scholen.length} scholen`),
      el('thead', {}, el('tr', {}, el('td'), scholen.map((s) => el('th', { scope: 'col' },
        el('a', { href: `/scholen/${encodeURIComponent(s.id)}` }, s.naam),
        s.fictief ? [el('br'), el('span', { class: 'label let-op' }, 'Fictief')] : null,
        el('br'),
        el('button', { type: 'button', class: 'secundair', 'data-verwijder': s.id, 'aria-label': `${s.naam} weghalen uit de vergelijking` }, 'Weghalen'))))),
      el('tbody', {},
        groep('Algemeen'),
        rij('Soort school', (s) => s.soortLabel || s.soort),
        rij('Plaats', (s) => s.plaats),
        rij('Ondersteuningsprofiel', (s) => (sop(s).schooljaar ? `Schooljaar ${sop(s).schooljaar}` : 'Niet bekend'))),
      el('tbody', {},
        groep('Extra ondersteuning bij'),
        gebieden.length ? gebieden.map(([gid, label]) => rij(label, (s) => {
          const g = (sop(s).gebieden || []).find((x) => x.id === gid);
          return g ? [el('strong', {}, 'Ja'), g.niveau ? ` – ${g.niveau}` : '', g.toelichting ? [el('br'), g.toelichting] : null] : 'Niet genoemd';
        })) : rij('Geen gegevens', () => '–')),
      el('tbody', {},
        groep('Voorzieningen'),
        voorzieningen.length ? voorzieningen.map(([vid, label]) => rij(label,
          (s) => ((sop(s).voorzieningen || []).some((x) => x.id === vid) ? el('strong', {}, 'Ja') : 'Nee'))) : rij('Geen gegevens', () => '–')),
      el('tbody', {},
        groep('Grenzen'),
        rij('Wat de school niet kan bieden', (s) => ((sop(s).grenzen || []).length
          ? el('ul', {}, sop(s).grenzen.map((g) => el('li', {}, g))) : 'Niets genoemd')),
        rij('Ondersteuningsteam', (s) => (sop(s).team || []).map((t) => t.label).join(', ') || 'Niet genoemd'))));
}

container.addEventListener('click', (event) => {
  const knop = event.target.closest('[data-verwijder]');
  if (knop) naar(ids().filter((x) => x !== knop.dataset.verwijder));
});

const zoekScholen = debounce(async (tekst) => {
  if (tekst.length < 2) return;
  try {
    const gevonden = await api(`/api/scholen?naam=${encodeURIComponent(tekst)}`);
    fill(keuze, gevonden.length
      ? gevonden.map((s) => el('option', { value: s.id }, `${s.naam}, ${s.plaats}`))
      : el('option', { value: '' }, 'Geen school gevonden'));
    status.textContent = `${gevonden.length} scholen gevonden.`;
  } catch (e) {
    status.textContent = 'Scholen zoeken lukte niet.';
  }
}, 250);

naam.addEventListener('input', () => zoekScholen(naam.value.trim()));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const gekozen = keuze.value;
  const lijst = ids();
  if (!gekozen) {
    status.textContent = 'Kies eerst een school uit de lijst.';
    return;
  }
  if (lijst.length >= MAX) {
    status.textContent = `U kunt maximaal ${MAX} scholen vergelijken.`;
    return;
  }
  if (!lijst.includes(gekozen)) naar([...lijst, gekozen]);
});
window.addEventListener('popstate', laad);

laad();
