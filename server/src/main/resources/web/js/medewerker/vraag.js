// One question for staff: the question, routing reason, messages; reply, internal note, transfer to another SWV.
import { el, fill, lastSegment, showError, datum, datumTijd, api } from '../common.js';
import { aangemeld, medewerkerApi, termijnLabel } from './sessie.js';

const id = lastSegment();
const container = document.getElementById('vraag');
const status = document.getElementById('vraagstatus');
const SOORT = { antwoord: 'Antwoord aan de vrager', notitie: 'Interne notitie (niet zichtbaar voor de vrager)', vrager: 'Bericht van de vrager' };

async function laad() {
  try {
    const v = await medewerkerApi(`/api/inbox/${encodeURIComponent(id)}`);
    toon(v);
  } catch (error) {
    showError(container, error, 'De vraag kon niet geladen worden.');
  }
}

function toon(v) {
  const termijn = termijnLabel(v.antwoordVoor);
  document.title = `Vraag ${v.referentie} – Passend Wijzer`;
  fill(container,
    el('h1', {}, `Vraag ${v.referentie}`),
    el('p', {}, el('span', { class: `label ${termijn.klasse}` }, `Termijn: ${termijn.tekst}`),
      v.urgent ? el('span', { class: 'label fout' }, 'Dringend') : null,
      v.thuiszitten ? el('span', { class: 'label let-op' }, 'Thuiszitter') : null),
    el('dl', { class: 'feiten' },
      rij('Status', v.statusLabel || v.status),
      rij('Onderwerp', v.categorieLabel || v.categorie),
      rij('Vrager', [v.rol, v.leeftijd ? `${v.leeftijd} jaar` : null].filter(Boolean).join(', ')),
      rij('Postcode (PC4)', v.pc4 || v.postcode),
      rij('Sector', v.sector),
      rij('School', v.schoolNaam || v.huidigeSchoolId),
      rij('Samenwerkingsverband', v.swvCode || 'Landelijk loket'),
      rij('Waarom hier', v.routeringReden),
      rij('Binnengekomen', datumTijd(v.ingediendOp)),
      rij('Antwoord vóór', datum(v.antwoordVoor)),
      rij('Zorgplicht: besluit vóór', datum(v.zorgplichtBesluitVoor)),
      rij('Contact', v.email ? `${v.voorkeurskanaal || 'e-mail'}: ${v.email}` : 'Geen; de vrager leest het antwoord met de volgcode')),
    el('h2', {}, 'De vraag'),
    el('p', { class: 'bericht-tekst blok' }, v.tekst || '(verwijderd)'),
    el('h2', {}, 'Berichten'),
    (v.berichten || []).length
      ? el('ol', { class: 'berichten' }, v.berichten.map((b) => el('li', { class: `bericht ${b.soort === 'notitie' ? 'notitie' : ''}` },
        el('p', { class: 'meta' }, `${SOORT[b.soort] || b.soort}${b.auteur ? ` – ${b.auteur}` : ''} – ${datumTijd(b.op || b.geplaatstOp)}`),
        el('p', { class: 'bericht-tekst' }, b.tekst))))
      : el('p', {}, 'Nog geen berichten.'),
    v.status === 'ingetrokken' ? null : [
      schrijfFormulier('antwoord', 'Antwoord aan de vrager', 'Antwoord versturen', 'De vrager ziet dit antwoord op de pagina Volg je vraag.'),
      schrijfFormulier('notitie', 'Interne notitie', 'Notitie opslaan', 'Alleen medewerkers van dit samenwerkingsverband zien dit.'),
      doorstuurFormulier(v)]);
}

function rij(naam, waarde) {
  return waarde ? [el('dt', {}, naam), el('dd', {}, waarde)] : null;
}

function schrijfFormulier(soort, kop, knop, hint) {
  const veldId = `${soort}-tekst`;
  const form = el('form', { class: 'blok', id: `${soort}formulier`, novalidate: true },
    el('h2', {}, kop),
    el('div', { class: 'veld' },
      el('label', { for: veldId }, soort === 'antwoord' ? 'Uw antwoord' : 'Notitie'),
      el('span', { class: 'hint', id: `${veldId}-hint` }, hint),
      el('span', { class: 'veldfout', id: `${veldId}-fout`, hidden: true }),
      el('textarea', { id: veldId, maxlength: '10000', 'aria-describedby': `${veldId}-hint ${veldId}-fout` })),
    el('button', { type: 'submit' }, knop));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const veld = form.querySelector('textarea');
    const fout = form.querySelector('.veldfout');
    if (veld.value.trim().length < 2) {
      fout.textContent = 'Schrijf eerst een tekst.';
      fout.hidden = false;
      veld.setAttribute('aria-invalid', 'true');
      veld.focus();
      return;
    }
    try {
      await medewerkerApi(`/api/inbox/${encodeURIComponent(id)}/${soort}`, { method: 'POST', json: { tekst: veld.value.trim() } });
      status.textContent = soort === 'antwoord' ? 'Het antwoord is verstuurd.' : 'De notitie is opgeslagen.';
      await laad();
    } catch (error) {
      fout.textContent = error.message;
      fout.hidden = false;
    }
  });
  return form;
}

function doorstuurFormulier(v) {
  const form = el('form', { class: 'blok', id: 'doorstuurformulier', novalidate: true },
    el('h2', {}, 'Doorsturen naar een ander samenwerkingsverband'),
    el('div', { class: 'veld' },
      el('label', { for: 'doorsturen-swv' }, 'Samenwerkingsverband'),
      el('span', { class: 'veldfout', id: 'doorsturen-fout', hidden: true }),
      el('select', { id: 'doorsturen-swv', 'aria-describedby': 'doorsturen-fout' }, el('option', { value: '' }, 'Kies…'))),
    el('div', { class: 'veld' },
      el('label', { for: 'doorsturen-reden' }, 'Reden'),
      el('input', { type: 'text', id: 'doorsturen-reden', maxlength: '500' })),
    el('button', { type: 'submit', class: 'secundair' }, 'Doorsturen'));
  const select = form.querySelector('select');
  api('/api/swv').then((lijst) => {
    for (const swv of lijst) if (swv.code !== v.swvCode) select.append(el('option', { value: swv.code }, `${swv.code} ${swv.naam}`));
  }).catch(() => {});
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fout = form.querySelector('.veldfout');
    if (!select.value) {
      fout.textContent = 'Kies een samenwerkingsverband.';
      fout.hidden = false;
      select.setAttribute('aria-invalid', 'true');
      select.focus();
      return;
    }
    try {
      await medewerkerApi(`/api/inbox/${encodeURIComponent(id)}/doorsturen`, { method: 'POST',
        json: { swv: select.value, reden: form.querySelector('#doorsturen-reden').value.trim() } });
      status.textContent = `De vraag is doorgestuurd naar ${select.value}.`;
      fill(container, el('h1', {}, 'Doorgestuurd'), el('p', { role: 'status' }, `De vraag is doorgestuurd naar ${select.value}.`),
        el('p', {}, el('a', { href: '/medewerker/inbox' }, 'Terug naar de inbox')));
    } catch (error) {
      fout.textContent = error.message;
      fout.hidden = false;
    }
  });
  return form;
}

aangemeld().then(laad);
