// One question for staff: the question, routing reason, deadlines, messages; assign, reply, internal note, transfer.
import { el, fill, lastSegment, showError, datum, datumTijd, api } from '../common.js';
import { CATEGORIEEN, STATUSSEN, SECTOREN } from '../labels.js';
import { aangemeld, medewerkerApi, termijnLabel } from './sessie.js';

const id = lastSegment();
const container = document.getElementById('vraag');
const status = document.getElementById('vraagstatus');
const SOORT = { antwoord: 'Antwoord aan de vrager', notitie: 'Interne notitie (niet zichtbaar voor de vrager)',
  vrager: 'Bericht van de vrager', 'meer-informatie': 'Vraag om meer informatie' };
const ROL = { ouder: 'Ouder of verzorger', leerling: 'Leerling', anders: 'Iemand anders' };

async function laad(focusId) {
  try {
    const v = await medewerkerApi(`/api/inbox/${encodeURIComponent(id)}`);
    toon(v);
    const focus = focusId && document.getElementById(focusId);
    if (focus) focus.focus();
  } catch (error) {
    showError(container, error, 'De vraag kon niet geladen worden.');
  }
}

function toon(v) {
  const t = v.termijnen || {};
  const termijn = t.eersteAntwoordOp ? { tekst: 'Eerste antwoord gegeven', klasse: 'goed' } : termijnLabel(t.antwoordVoor);
  const c = v.contact || {};
  document.title = `Vraag ${v.referentie} – Passend Wijzer`;
  fill(container,
    el('h1', { id: 'vraag-kop', tabindex: '-1' }, `Vraag ${v.referentie}`),
    el('p', {}, el('span', { class: `label ${termijn.klasse}` }, `Termijn: ${termijn.tekst}`),
      v.urgent ? el('span', { class: 'label fout' }, 'Dringend') : null,
      v.thuiszitten ? el('span', { class: 'label let-op' }, 'Thuiszitter') : null),
    el('dl', { class: 'feiten' },
      rij('Status', STATUSSEN[v.status] || v.status),
      rij('Onderwerp', CATEGORIEEN[v.categorie] || v.categorie),
      rij('Vrager', [ROL[v.rol] || v.rol, v.leeftijd ? `kind van ${v.leeftijd} jaar` : v.leeftijdsband].filter(Boolean).join(', ')),
      rij('Postcode (PC4)', v.pc4),
      rij('Onderwijs', SECTOREN[v.sector] || v.sector),
      rij('School', v.huidigeSchoolId || v.aangemeldeSchoolId),
      rij('Samenwerkingsverband', v.swv || 'Landelijk loket'),
      rij('Waarom hier', v.routering && v.routering.reden),
      rij('Binnengekomen', datumTijd(v.ingediendOp)),
      rij('Antwoord vóór', datum(t.antwoordVoor)),
      rij('Aangemeld op', datum(v.aanmelddatum)),
      rij('Zorgplicht: besluit vóór', datum(t.zorgplichtBesluitVoor)),
      rij('Behandelaar', v.toegewezen ? v.toegewezen.naam || 'Toegewezen' : 'Niemand'),
      rij('Contact', c.email || c.telefoon ? [c.naam, c.email, c.telefoon].filter(Boolean).join(', ')
        : 'Geen; de vrager leest het antwoord met de volgcode')),
    v.toegewezen ? null : el('p', {}, knop('Aan mij toewijzen', 'toewijzen', async () => {
      await medewerkerApi(`/api/inbox/${encodeURIComponent(id)}/toewijzen`, { method: 'POST' });
      status.textContent = 'De vraag is aan u toegewezen.';
      await laad('vraag-kop');
    })),
    el('h2', {}, 'De vraag'),
    el('p', { class: 'bericht-tekst blok' }, v.tekst || '(verwijderd)'),
    v.suggesties && v.suggesties.length ? el('p', {}, 'Bij het stellen voorgesteld: ',
      v.suggesties.flatMap((s, i) => [i ? ', ' : '', el('a', { href: `/rechten/${encodeURIComponent(s.slug)}` }, s.slug)])) : null,
    el('h2', {}, 'Berichten'),
    (v.berichten || []).length
      ? el('ol', { class: 'berichten' }, v.berichten.map((b) => el('li', { class: `bericht ${b.soort === 'notitie' ? 'notitie' : ''}` },
        el('p', { class: 'meta' }, [SOORT[b.soort] || b.soort, auteur(b.auteur), datumTijd(b.geplaatstOp)].filter(Boolean).join(' – ')),
        el('p', { class: 'bericht-tekst' }, b.tekst))))
      : el('p', {}, 'Nog geen berichten.'),
    ['ingetrokken', 'gesloten'].includes(v.status) ? null : [
      schrijfFormulier('antwoord', 'Antwoord aan de vrager', 'Antwoord versturen', 'De vrager ziet dit antwoord op de pagina Volg je vraag.', v.swv),
      schrijfFormulier('notitie', 'Interne notitie', 'Notitie opslaan', 'Alleen medewerkers van dit samenwerkingsverband zien dit.'),
      doorstuurFormulier(v)]);
}

/** The API names staff authors as "medewerker:{id}": show "u" for the signed-in member, "een collega" otherwise. */
function auteur(code) {
  if (!code || !code.startsWith('medewerker:')) return code === 'vrager' ? null : code;
  return ik && code === `medewerker:${ik.id}` ? `door u (${ik.naam})` : 'door een collega';
}

function knop(tekst, knopId, actie) {
  const b = el('button', { type: 'button', class: 'secundair', id: knopId }, tekst);
  b.addEventListener('click', () => actie().catch((error) => { status.textContent = error.message; }));
  return b;
}

function rij(naam, waarde) {
  return waarde ? [el('dt', {}, naam), el('dd', {}, waarde)] : null;
}

function schrijfFormulier(soort, kop, knopTekst, hint, swv) {
  const veldId = `${soort}-tekst`;
  const form = el('form', { class: 'blok', id: `${soort}formulier`, novalidate: true },
    el('h2', {}, kop),
    swv ? sjabloonKiezer(swv, veldId) : null,
    el('div', { class: 'veld' },
      el('label', { for: veldId }, soort === 'antwoord' ? 'Uw antwoord' : 'Notitie'),
      el('span', { class: 'hint', id: `${veldId}-hint` }, hint),
      el('span', { class: 'veldfout', id: `${veldId}-fout`, hidden: true }),
      el('textarea', { id: veldId, maxlength: '10000', 'aria-describedby': `${veldId}-hint ${veldId}-fout` })),
    el('button', { type: 'submit' }, knopTekst));
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
      await laad('vraag-kop');
    } catch (error) {
      fout.textContent = error.message;
      fout.hidden = false;
    }
  });
  return form;
}

/** The SWV's reply templates (kept by its coordinators under Instellingen), shown only when there are any. */
function sjabloonKiezer(swv, veldId) {
  const select = el('select', { id: 'sjabloon' }, el('option', { value: '' }, 'Kies een sjabloon…'));
  const invoegen = el('button', { type: 'button', class: 'secundair', id: 'sjabloon-invoegen' }, 'Invoegen');
  const kiezer = el('div', { class: 'veld', hidden: true },
    el('label', { for: 'sjabloon' }, 'Begin met een sjabloon'),
    el('span', { class: 'hint' }, 'De tekst komt in het antwoordveld; pas hem aan voordat u verstuurt.'),
    select, invoegen);
  let sjablonen = [];
  medewerkerApi(`/api/swv-beheer/${encodeURIComponent(swv)}/sjablonen`).then((lijst) => {
    sjablonen = lijst;
    lijst.forEach((s, i) => select.append(el('option', { value: String(i) }, s.titel)));
    kiezer.hidden = lijst.length === 0;
  }).catch(() => {});
  invoegen.addEventListener('click', () => {
    const gekozen = sjablonen[Number(select.value)];
    if (select.value === '' || !gekozen) return;
    const veld = document.getElementById(veldId);
    veld.value = veld.value.trim() ? `${veld.value.trimEnd()}\n\n${gekozen.tekst}` : gekozen.tekst;
    status.textContent = `Sjabloon "${gekozen.titel}" ingevoegd.`;
    veld.focus();
  });
  return kiezer;
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
  const alternatieven = (v.routering && v.routering.alternatieven) || [];
  api('/api/swv').then((lijst) => {
    const sorted = [...lijst].sort((a, b) => (alternatieven.includes(b.code) - alternatieven.includes(a.code)) || a.code.localeCompare(b.code));
    for (const swv of sorted) {
      if (swv.code !== v.swv) select.append(el('option', { value: swv.code }, `${swv.code} ${swv.naam}${alternatieven.includes(swv.code) ? ' (alternatief)' : ''}`));
    }
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
      fill(container, el('h1', { id: 'vraag-kop', tabindex: '-1' }, 'Doorgestuurd'),
        el('p', {}, `De vraag is doorgestuurd naar ${select.value}. U ziet hem niet meer als u niet bij dat samenwerkingsverband hoort.`),
        el('p', {}, el('a', { href: '/medewerker/inbox' }, 'Terug naar de inbox')));
      document.getElementById('vraag-kop').focus();
    } catch (error) {
      fout.textContent = error.message;
      fout.hidden = false;
    }
  });
  return form;
}

let ik = null;
aangemeld().then((wie) => { ik = wie; return laad(); });
