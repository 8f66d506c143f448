// Staff figures: counts per status and category, answered in time, for the member's SWVs.
import { el, fill, showError } from '../common.js';
import { aangemeld, medewerkerApi } from './sessie.js';

const container = document.getElementById('statistiek');

async function laad() {
  await aangemeld();
  try {
    const s = await medewerkerApi('/api/inbox/statistiek');
    fill(container, Object.entries(s).map(([naam, waarde]) => blok(naam, waarde)));
  } catch (error) {
    showError(container, error, 'De cijfers konden niet geladen worden.');
  }
}

function leesbaar(naam) {
  return naam.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).toLowerCase().replace(/^./, (c) => c.toUpperCase());
}

function blok(naam, waarde) {
  if (waarde && typeof waarde === 'object' && !Array.isArray(waarde)) {
    return el('section', { class: 'blok' }, el('h2', {}, leesbaar(naam)),
      el('table', {}, el('caption', { class: 'verborgen' }, leesbaar(naam)),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Soort'), el('th', { scope: 'col' }, 'Aantal'))),
        el('tbody', {}, Object.entries(waarde).map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k),
          el('td', {}, typeof v === 'object' ? JSON.stringify(v) : String(v)))))));
  }
  if (Array.isArray(waarde)) {
    return el('section', { class: 'blok' }, el('h2', {}, leesbaar(naam)),
      el('ul', {}, waarde.map((w) => el('li', {}, typeof w === 'object' ? Object.values(w).join(': ') : String(w)))));
  }
  return el('p', {}, el('strong', {}, `${leesbaar(naam)}: `), String(waarde));
}

laad();
