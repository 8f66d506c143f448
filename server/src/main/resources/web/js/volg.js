// Follow a question: referentie + volgcode (sent in a header, never in the URL) → status and replies; add a message;
// delete the question.
import { api, el, fill, datumTijd, datum, ApiError } from './common.js';

const form = document.getElementById('volgformulier');
const fouten = document.getElementById('volgfouten');
const uitkomst = document.getElementById('mijnvraag');
const status = document.getElementById('vraagstatus');
let sleutel = null;

const STATUS = {
  nieuw: 'Ontvangen, nog niet in behandeling', 'in-behandeling': 'In behandeling', 'wacht-op-vrager': 'Wacht op jouw reactie',
  beantwoord: 'Beantwoord', gesloten: 'Afgesloten', ingetrokken: 'Verwijderd',
};
const AFZENDER = { antwoord: 'Antwoord van het informatiepunt', vrager: 'Jouw bericht' };

function headers() {
  return { 'X-Volgcode': sleutel.volgcode };
}

function pad() {
  return `/api/vragen/${encodeURIComponent(sleutel.referentie)}`;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const referentie = form.referentie.value.trim().toUpperCase();
  const volgcode = form.volgcode.value.trim();
  const missend = [];
  if (!referentie) missend.push(['referentie', 'Vul de referentie in.']);
  if (!volgcode) missend.push(['volgcode', 'Vul de volgcode in.']);
  toonVeldfouten(missend);
  if (missend.length) return;
  sleutel = { referentie, volgcode };
  await laad(true);
});

function toonVeldfouten(lijst) {
  form.querySelectorAll('[aria-invalid]').forEach((v) => v.removeAttribute('aria-invalid'));
  fill(fouten);
  if (!lijst.length) return;
  for (const [id] of lijst) document.getElementById(id).setAttribute('aria-invalid', 'true');
  fill(fouten, el('div', { class: 'foutoverzicht', role: 'alert' },
    el('h2', {}, 'Controleer wat je hebt ingevuld'),
    el('ul', {}, lijst.map(([id, melding]) => el('li', {}, el('a', { href: `#${id}` }, melding))))));
}

async function laad(focus) {
  try {
    const v = await api(pad(), { headers: headers() });
    toon(v);
    if (focus) document.getElementById('mijnvraag-kop').focus();
  } catch (error) {
    fill(uitkomst);
    if (error instanceof ApiError && (error.status === 404 || error.status === 403 || error.status === 401)) {
      toonVeldfouten([['referentie', 'We vinden geen vraag met deze referentie en volgcode. Controleer ze allebei.']]);
    } else {
      fill(fouten, el('div', { class: 'melding fout', role: 'alert' }, el('p', {}, error.message)));
    }
  }
}

function toon(v) {
  const berichten = (v.berichten || []).filter((b) => b.soort !== 'notitie');
  fill(uitkomst,
    el('h2', { id: 'mijnvraag-kop', tabindex: '-1' }, `Vraag ${v.referentie || sleutel.referentie}`),
    el('dl', { class: 'feiten' },
      el('dt', {}, 'Status'), el('dd', { id: 'status' }, el('strong', {}, v.statusLabel || STATUS[v.status] || v.status)),
      v.ingediendOp ? [el('dt', {}, 'Gesteld op'), el('dd', {}, datumTijd(v.ingediendOp))] : null,
      v.categorieLabel ? [el('dt', {}, 'Onderwerp'), el('dd', {}, v.categorieLabel)] : null,
      v.verwachtAntwoordVoor ? [el('dt', {}, 'Antwoord verwacht vóór'), el('dd', {}, datum(v.verwachtAntwoordVoor))] : null,
      v.informatiepunt && v.informatiepunt.naam ? [el('dt', {}, 'Informatiepunt'), el('dd', {}, v.informatiepunt.naam)] : null),
    v.vraag ? [el('h3', {}, 'Je vraag'), el('p', { class: 'bericht-tekst' }, v.vraag)] : null,
    el('h3', {}, 'Berichten'),
    berichten.length
      ? el('ol', { class: 'berichten', id: 'berichten' }, berichten.map((b) => el('li', { class: 'bericht' },
        el('p', { class: 'meta' }, `${AFZENDER[b.soort] || b.soort}${b.geplaatstOp ? ` – ${datumTijd(b.geplaatstOp)}` : ''}`),
        el('p', { class: 'bericht-tekst' }, b.tekst))))
      : el('p', { id: 'berichten' }, 'Nog geen antwoord. Je krijgt antwoord zo snel mogelijk.'),
    v.status === 'ingetrokken' || v.status === 'gesloten' ? null : berichtFormulier(),
    v.status === 'ingetrokken' ? null : verwijderBlok());
}

function berichtFormulier() {
  const f = el('form', { class: 'blok', id: 'berichtformulier', novalidate: true },
    el('h3', {}, 'Iets toevoegen'),
    el('div', { class: 'veld' },
      el('label', { for: 'bericht' }, 'Je bericht'),
      el('span', { class: 'veldfout', id: 'bericht-fout', hidden: true }),
      el('textarea', { id: 'bericht', name: 'tekst', maxlength: '5000', 'aria-describedby': 'bericht-fout' })),
    el('button', { type: 'submit' }, 'Bericht versturen'));
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const veld = f.querySelector('#bericht');
    const fout = f.querySelector('#bericht-fout');
    if (veld.value.trim().length < 2) {
      fout.textContent = 'Schrijf eerst een bericht.';
      fout.hidden = false;
      veld.setAttribute('aria-invalid', 'true');
      veld.focus();
      return;
    }
    try {
      await api(`${pad()}/berichten`, { method: 'POST', headers: headers(), json: { tekst: veld.value.trim() } });
      status.textContent = 'Je bericht is verstuurd.';
      await laad(false);
    } catch (error) {
      fout.textContent = error.message;
      fout.hidden = false;
    }
  });
  return f;
}

function verwijderBlok() {
  const blok = el('section', { class: 'blok', 'aria-labelledby': 'verwijder-kop' },
    el('h3', { id: 'verwijder-kop' }, 'Vraag verwijderen'),
    el('p', {}, 'Wil je niet dat we je vraag bewaren? Dan kun je hem verwijderen. Het informatiepunt kan hem dan niet meer lezen.'));
  const vraag = el('button', { type: 'button', class: 'secundair', id: 'verwijder' }, 'Mijn vraag verwijderen');
  const bevestig = el('div', { hidden: true, id: 'verwijder-bevestig' },
    el('p', {}, el('strong', {}, 'Weet je het zeker? Dit kan niet ongedaan worden.')),
    el('div', { class: 'knoppen' },
      el('button', { type: 'button', class: 'gevaar', id: 'verwijder-ja' }, 'Ja, verwijder mijn vraag'),
      el('button', { type: 'button', class: 'secundair', id: 'verwijder-nee' }, 'Nee, niet verwijderen')));
  vraag.addEventListener('click', () => { bevestig.hidden = false; vraag.hidden = true; bevestig.querySelector('#verwijder-nee').focus(); });
  bevestig.querySelector('#verwijder-nee').addEventListener('click', () => { bevestig.hidden = true; vraag.hidden = false; vraag.focus(); });
  bevestig.querySelector('#verwijder-ja').addEventListener('click', async () => {
    try {
      await api(pad(), { method: 'DELETE', headers: headers() });
      fill(uitkomst, el('div', { class: 'melding goed', role: 'status' }, el('h2', { id: 'mijnvraag-kop', tabindex: '-1' }, 'Je vraag is verwijderd'),
        el('p', {}, 'We hebben je vraag en de berichten verwijderd.')));
      form.reset();
      sleutel = null;
      document.getElementById('mijnvraag-kop').focus();
    } catch (error) {
      fill(bevestig, el('p', { class: 'melding fout', role: 'alert' }, error.message));
    }
  });
  blok.append(vraag, bevestig);
  return blok;
}
