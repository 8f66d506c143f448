// SWV settings (coordinators): informatiepunt contact data and the first-answer deadline.
import { el, fill, showError, ApiError } from '../common.js';
import { aangemeld, medewerkerApi } from './sessie.js';

const container = document.getElementById('instellingen');
const VELDEN = [
  ['naam', 'Naam van het informatiepunt', 'text'], ['email', 'E-mailadres', 'email'], ['telefoon', 'Telefoon', 'tel'],
  ['website', 'Website', 'url'], ['openingstijden', 'Bereikbaar (dagen en tijden)', 'text'],
];

async function laad() {
  const ik = await aangemeld();
  // The landelijk loket (pseudo-code LANDELIJK) has no informatiepunt settings.
  const swvs = (ik.swvs || []).filter((s) => s.swv !== 'LANDELIJK');
  if (!swvs.length) {
    fill(container, el('p', {}, 'U bent aan geen samenwerkingsverband gekoppeld.'));
    return;
  }
  fill(container, swvs.map((s) => el('section', { class: 'blok', 'aria-labelledby': `swv-${s.swv}` },
    el('h2', { id: `swv-${s.swv}` }, s.swv),
    el('div', { id: `gegevens-${s.swv}` }, el('p', { class: 'laden' }, 'Bezig met laden…')))));
  for (const s of swvs) {
    const doel = document.getElementById(`gegevens-${s.swv}`);
    try {
      const inst = await medewerkerApi(`/api/swv-beheer/${encodeURIComponent(s.swv)}`);
      if (s.rol === 'coordinator') toon(doel, s.swv, inst);
      else alleenLezen(doel, inst);
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        fill(doel, el('p', {}, 'Alleen een coördinator van dit samenwerkingsverband kan de instellingen wijzigen.'));
      } else {
        showError(doel, error);
      }
    }
  }
}

/** Members who are not coordinator see the settings without a form (saving would be refused). */
function alleenLezen(doel, inst) {
  fill(doel,
    inst.placeholder ? el('p', { class: 'melding let-op' }, 'De contactgegevens zijn nog voorlopig (voorbeeldgegevens).') : null,
    el('dl', { class: 'feiten' },
      VELDEN.flatMap(([veld, label]) => [el('dt', {}, label), el('dd', {}, inst[veld] || 'Niet ingevuld')]),
      el('dt', {}, 'Antwoordtermijn'), el('dd', {}, `${inst.antwoordtermijnWerkdagen} werkdagen`)),
    el('p', {}, 'Alleen een coördinator van dit samenwerkingsverband kan deze gegevens wijzigen.'));
}

function toon(doel, code, inst) {
  const id = (veld) => `${code}-${veld}`;
  const form = el('form', { novalidate: true },
    inst.placeholder ? el('p', { class: 'melding let-op' }, 'De contactgegevens zijn nog voorlopig (voorbeeldgegevens).') : null,
    VELDEN.map(([veld, label, type]) => el('div', { class: 'veld' },
      el('label', { for: id(veld) }, label),
      el('span', { class: 'veldfout', id: `${id(veld)}-fout`, hidden: true }),
      el('input', { type, id: id(veld), name: veld, value: inst[veld] || '', 'aria-describedby': `${id(veld)}-fout` }))),
    el('div', { class: 'veld' },
      el('label', { for: id('termijn') }, 'Antwoordtermijn (werkdagen)'),
      el('span', { class: 'veldfout', id: `${id('termijn')}-fout`, hidden: true }),
      el('input', { type: 'text', inputmode: 'numeric', class: 'kort', id: id('termijn'), name: 'antwoordtermijnWerkdagen',
        value: String(inst.antwoordtermijnWerkdagen || ''), 'aria-describedby': `${id('termijn')}-fout` })),
    el('button', { type: 'submit' }, 'Opslaan'),
    el('p', { role: 'status', id: `${code}-status` }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelectorAll('.veldfout').forEach((f) => { f.hidden = true; });
    form.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
    const body = Object.fromEntries(VELDEN.map(([veld]) => [veld, form.elements[veld].value.trim() || null]));
    body.antwoordtermijnWerkdagen = Number(form.elements.antwoordtermijnWerkdagen.value);
    try {
      toon(doel, code, await medewerkerApi(`/api/swv-beheer/${encodeURIComponent(code)}`, { method: 'PUT', json: body }));
      document.getElementById(`${code}-status`).textContent = 'Opgeslagen.';
    } catch (error) {
      const fouten = (error.problem && error.problem.fouten) || [];
      for (const f of fouten) {
        const veldId = f.veld === 'antwoordtermijnWerkdagen' ? id('termijn') : id(f.veld);
        const span = document.getElementById(`${veldId}-fout`);
        if (span) { span.textContent = f.melding; span.hidden = false; }
        const input = document.getElementById(veldId);
        if (input) input.setAttribute('aria-invalid', 'true');
      }
      document.getElementById(`${code}-status`).textContent = fouten.length ? 'Niet opgeslagen: controleer de velden.' : error.message;
    }
  });
  fill(doel, form);
}

laad();
