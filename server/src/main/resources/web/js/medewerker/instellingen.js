// SWV settings for coordinators: answer deadline and informatiepunt contact data.
import { el, fill, showError, api } from '../common.js';
import { aangemeld } from './sessie.js';

const container = document.getElementById('instellingen');

async function laad() {
  const ik = await aangemeld();
  const swvs = ik.swvs || [];
  if (!swvs.length) {
    fill(container, el('p', {}, 'U bent aan geen samenwerkingsverband gekoppeld.'));
    return;
  }
  fill(container, swvs.map((s) => el('section', { class: 'blok', 'aria-labelledby': `swv-${s.swv}` },
    el('h2', { id: `swv-${s.swv}` }, s.swv),
    el('p', {}, `Uw rol: ${s.rol}`),
    el('div', { id: `gegevens-${s.swv}` }, el('p', { class: 'laden' }, 'Bezig met laden…')))));
  for (const s of swvs) {
    const doel = document.getElementById(`gegevens-${s.swv}`);
    try {
      const swv = await api(`/api/swv/${encodeURIComponent(s.swv)}`);
      const ip = swv.informatiepunt || {};
      fill(doel, el('dl', { class: 'feiten' },
        el('dt', {}, 'Naam'), el('dd', {}, swv.naam),
        el('dt', {}, 'Informatiepunt'), el('dd', {}, ip.naam || 'Onbekend'),
        el('dt', {}, 'E-mail'), el('dd', {}, ip.email || 'Niet ingevuld'),
        el('dt', {}, 'Telefoon'), el('dd', {}, ip.telefoon || 'Niet ingevuld'),
        el('dt', {}, 'Antwoordtermijn'), el('dd', {}, swv.antwoordtermijnWerkdagen ? `${swv.antwoordtermijnWerkdagen} werkdagen` : 'Standaard')),
      ip.placeholder ? el('p', { class: 'melding let-op' }, 'De contactgegevens zijn nog voorlopig.') : null);
    } catch (error) {
      showError(doel, error);
    }
  }
}

laad();
