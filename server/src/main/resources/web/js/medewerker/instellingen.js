// SWV settings (coordinators): informatiepunt contact data, the first-answer deadline and reply templates.
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
    el('div', { id: `gegevens-${s.swv}` }, el('p', { class: 'laden' }, 'Bezig met laden…')),
    el('h3', {}, 'Antwoordsjablonen'),
    el('div', { id: `sjablonen-${s.swv}` }, el('p', { class: 'laden' }, 'Bezig met laden…')))));
  for (const s of swvs) {
    sjablonen(document.getElementById(`sjablonen-${s.swv}`), s.swv, s.rol === 'coordinator');
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
    wisVeldfouten(form);
    const body = Object.fromEntries(VELDEN.map(([veld]) => [veld, form.elements[veld].value.trim() || null]));
    body.antwoordtermijnWerkdagen = Number(form.elements.antwoordtermijnWerkdagen.value);
    try {
      toon(doel, code, await medewerkerApi(`/api/swv-beheer/${encodeURIComponent(code)}`, { method: 'PUT', json: body }));
      document.getElementById(`${code}-status`).textContent = 'Opgeslagen.';
    } catch (error) {
      document.getElementById(`${code}-status`).textContent = toonVeldfouten(error,
        (veld) => (veld === 'antwoordtermijnWerkdagen' ? id('termijn') : id(veld)));
    }
  });
  fill(doel, form);
}

function wisVeldfouten(form) {
  form.querySelectorAll('.veldfout').forEach((f) => { f.hidden = true; });
  form.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
}

/**
 * Shows the API's field errors (problem+json `fouten`) at their fields; `idVan` gives a field's input id, its error
 * span is that id plus "-fout". Returns the line for the form's status.
 */
function toonVeldfouten(error, idVan) {
  const fouten = (error.problem && error.problem.fouten) || [];
  for (const f of fouten) {
    const span = document.getElementById(`${idVan(f.veld)}-fout`);
    if (span) { span.textContent = f.melding; span.hidden = false; }
    const input = document.getElementById(idVan(f.veld));
    if (input) input.setAttribute('aria-invalid', 'true');
  }
  return fouten.length ? 'Niet opgeslagen: controleer de velden.' : error.message;
}

/** Reply templates: every member may use them in an answer; coordinators add, change and remove them. */
async function sjablonen(doel, code, coordinator) {
  const pad = `/api/swv-beheer/${encodeURIComponent(code)}/sjablonen`;
  let lijst;
  try {
    lijst = await medewerkerApi(pad);
  } catch (error) {
    showError(doel, error);
    return;
  }
  if (!coordinator) {
    fill(doel, lijst.length
      ? el('ul', {}, lijst.map((s) => el('li', {}, s.titel)))
      : el('p', {}, 'Nog geen sjablonen.'),
    el('p', {}, 'U kunt ze gebruiken bij een antwoord. Alleen een coördinator kan sjablonen toevoegen of wijzigen.'));
    return;
  }
  const herlaad = () => sjablonen(doel, code, coordinator);
  fill(doel,
    lijst.length ? null : el('p', {}, 'Nog geen sjablonen.'),
    lijst.map((s, i) => sjabloonFormulier(`${code}-sjabloon-${i}`, s, async (body) => {
      await medewerkerApi(`${pad}/${encodeURIComponent(s.id)}`, { method: 'PUT', json: body });
      await herlaad();
    }, async () => {
      await medewerkerApi(`${pad}/${encodeURIComponent(s.id)}`, { method: 'DELETE' });
      await herlaad();
    })),
    sjabloonFormulier(`${code}-sjabloon-nieuw`, null, async (body) => {
      await medewerkerApi(pad, { method: 'POST', json: body });
      await herlaad();
    }));
}

function sjabloonFormulier(id, sjabloon, opslaan, verwijderen) {
  const form = el('form', { class: 'blok', novalidate: true, id },
    el('h4', {}, sjabloon ? sjabloon.titel : 'Nieuw sjabloon'),
    el('div', { class: 'veld' },
      el('label', { for: `${id}-titel` }, 'Titel'),
      el('span', { class: 'veldfout', id: `${id}-titel-fout`, hidden: true }),
      el('input', { type: 'text', id: `${id}-titel`, name: 'titel', maxlength: '200', value: sjabloon ? sjabloon.titel : '',
        'aria-describedby': `${id}-titel-fout` })),
    el('div', { class: 'veld' },
      el('label', { for: `${id}-tekst` }, 'Tekst'),
      el('span', { class: 'veldfout', id: `${id}-tekst-fout`, hidden: true }),
      el('textarea', { id: `${id}-tekst`, name: 'tekst', maxlength: '10000', 'aria-describedby': `${id}-tekst-fout` },
        sjabloon ? sjabloon.tekst : '')),
    el('button', { type: 'submit' }, sjabloon ? 'Sjabloon opslaan' : 'Sjabloon toevoegen'),
    sjabloon ? el('button', { type: 'button', class: 'secundair', 'data-actie': 'verwijderen' }, 'Verwijderen') : null,
    el('p', { role: 'status', id: `${id}-status` }));
  const melding = form.querySelector(`[id='${id}-status']`);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    wisVeldfouten(form);
    try {
      await opslaan({ titel: form.elements.titel.value.trim(), tekst: form.elements.tekst.value.trim() });
    } catch (error) {
      melding.textContent = toonVeldfouten(error, (veld) => `${id}-${veld}`);
    }
  });
  const knop = form.querySelector("[data-actie='verwijderen']");
  if (knop) {
    knop.addEventListener('click', () => verwijderen().catch((error) => { melding.textContent = error.message; }));
  }
  return form;
}

laad();
