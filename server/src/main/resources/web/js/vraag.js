// Question form: inline validation tied to fields, an error summary, live rights suggestions while typing, a pupil
// variant (?voor=jongeren) and the confirmation with referentie and volgcode. Without JavaScript the same form posts
// to the intake endpoint as a plain form.
import { api, el, fill, params, debounce, datum, ApiError } from './common.js';

const jongeren = params().get('voor') === 'jongeren';
const form = document.getElementById('vraagformulier');
const overzicht = document.getElementById('foutoverzicht');
const suggesties = document.getElementById('artikelsuggesties');
const bevestiging = document.getElementById('bevestiging');
const schoolSelect = document.getElementById('school');
const schoolZoeker = document.getElementById('schoolzoeker');
const idempotencyKey = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

const VELD_ID = { rol: 'rol', leeftijdsband: 'leeftijdsband', postcode: 'postcode', sector: 'sector', leeftijd: 'leeftijd',
  huidigeSchool: 'school', aangemeldeSchool: 'school', categorie: 'categorie', vraag: 'tekst', aanmelddatum: 'aanmelddatum',
  email: 'email', toestemming: 'toestemming' };
let vraagMinLengte = 20;

function jongerenVariant() {
  document.querySelectorAll('[data-jongeren]').forEach((node) => { node.textContent = node.dataset.jongeren; });
  document.querySelectorAll('[data-alleen-ouders]').forEach((node) => { node.hidden = true; });
  document.getElementById('vraag-titel').textContent = 'Stel je vraag';
  document.getElementById('vraag-intro').textContent = 'Heb je een vraag over school en extra hulp? Stel hem hier. '
    + 'Iemand van het informatiepunt leest je vraag en geeft antwoord. Je krijgt een code. Daarmee lees je het antwoord.';
  const link = document.getElementById('andere-variant');
  link.href = '/vraag';
  link.textContent = 'Ben je een ouder? Gebruik het formulier voor ouders.';
  document.getElementById('rol-leerling').checked = true;
  document.title = 'Stel je vraag – Passend Wijzer';
}

async function categorieen() {
  try {
    const formulier = await api('/api/vragen/formulier');
    // The server fills both into the page (for the no-JS form post); keep those so the fill time counts from page load.
    if (!form.formulierToken.value) form.formulierToken.value = formulier.formulierToken || '';
    if (!form.toestemmingVersie.value) form.toestemmingVersie.value = formulier.toestemmingVersie || '';
    vraagMinLengte = formulier.vraagMinLengte || vraagMinLengte;
    const lijst = formulier.categorieen || [];
    const select = form.categorie;
    const huidig = select.value;
    fill(select, el('option', { value: '' }, 'Kies…'),
      lijst.map((c) => el('option', { value: c.code, selected: c.code === huidig }, c.label)));
  } catch (e) {
    // The static options in the page stay; they match the intake categories.
  }
}

async function schoolVooraf() {
  const id = params().get('school');
  if (!id) return;
  try {
    const s = await api(`/api/scholen/${encodeURIComponent(id)}`);
    fill(schoolSelect, el('option', { value: '' }, 'Geen school gekozen'), el('option', { value: s.id, selected: true }, `${s.naam}, ${s.plaats}`));
    schoolZoeker.value = s.naam;
    if (s.sop || s.soort) {
      const sector = { bao: 'po', sbo: 'po', so: 'so-vso', vso: 'so-vso', vo: 'vo' }[s.soort];
      if (sector && !form.sector.value) form.sector.value = sector;
    }
  } catch (e) {
    // An unknown school id in the link: the field simply stays empty.
  }
}

const zoekScholen = debounce(async (tekst) => {
  if (tekst.length < 2) return;
  try {
    const gevonden = await api(`/api/scholen?naam=${encodeURIComponent(tekst)}`);
    const huidig = schoolSelect.value;
    fill(schoolSelect, el('option', { value: '' }, gevonden.length ? `${gevonden.length} scholen gevonden, kies er een` : 'Geen school gevonden'),
      gevonden.map((s) => el('option', { value: s.id, selected: s.id === huidig }, `${s.naam}, ${s.plaats}`)));
  } catch (e) {
    // Searching schools is a convenience; the question can be sent without one.
  }
}, 250);

const zoekArtikelen = debounce(async (tekst) => {
  if (tekst.length < 12) return;
  try {
    const antwoord = await api(`/api/zoek?type=artikel&doelgroep=${jongeren ? 'jongeren' : 'ouders'}&q=${encodeURIComponent(tekst.slice(0, 300))}`);
    const artikelen = (antwoord.resultaten || []).slice(0, 4);
    fill(suggesties, artikelen.length
      ? el('ul', { class: 'lijst-los' }, artikelen.map((a) => el('li', {}, el('a', { href: a.url, target: '_blank', rel: 'noopener' }, a.titel, el('span', { class: 'verborgen' }, ' (opent in nieuw tabblad)')))))
      : el('p', { class: 'meta' }, 'Nog geen passende uitleg gevonden.'));
  } catch (e) {
    // Suggestions are optional.
  }
}, 400);

function valideer() {
  const fouten = [];
  const waarde = (naam) => (form.elements[naam].value || '').trim();
  if (!/^[1-9][0-9]{3}\s?([A-Za-z]{2})?$/.test(waarde('postcode'))) {
    fouten.push(['postcode', jongeren ? 'Vul je postcode in, bijvoorbeeld 3511.' : 'Vul een postcode in met 4 cijfers, bijvoorbeeld 3511.']);
  }
  if (!waarde('sector')) fouten.push(['sector', jongeren ? 'Kies naar wat voor school je gaat.' : 'Kies het soort onderwijs.']);
  const leeftijd = waarde('leeftijd');
  if (leeftijd && !(/^\d{1,2}$/.test(leeftijd) && Number(leeftijd) >= 2 && Number(leeftijd) <= 30)) {
    fouten.push(['leeftijd', 'Vul een leeftijd in cijfers in, of laat het leeg.']);
  }
  if (!waarde('categorie')) fouten.push(['categorie', jongeren ? 'Kies waar je vraag over gaat.' : 'Kies een onderwerp.']);
  if (form.querySelector('input[name="rol"]:checked').value === 'leerling' && !waarde('leeftijdsband')) {
    fouten.push(['leeftijdsband', jongeren ? 'Kies hoe oud je bent.' : 'Kies de leeftijd van de leerling.']);
  }
  if (waarde('vraag').length < vraagMinLengte) {
    fouten.push(['vraag', jongeren ? `Schrijf je vraag op (minstens ${vraagMinLengte} tekens).` : `Beschrijf uw vraag (minstens ${vraagMinLengte} tekens).`]);
  }
  const email = waarde('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fouten.push(['email', 'Vul een geldig e-mailadres in, of laat het leeg.']);
  if (!form.toestemming.checked) fouten.push(['toestemming', jongeren ? 'Zet een vinkje als je het goed vindt.' : 'Geef toestemming om de vraag te versturen.']);
  return fouten;
}

function wisFouten() {
  fill(overzicht);
  form.querySelectorAll('.veldfout').forEach((span) => { span.hidden = true; span.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((veld) => veld.removeAttribute('aria-invalid'));
}

function toonFouten(fouten) {
  wisFouten();
  const items = [];
  for (const [naam, melding] of fouten) {
    const id = VELD_ID[naam] || naam;
    const span = document.getElementById(`${id}-fout`);
    const veld = document.getElementById(id);
    if (span) { span.textContent = melding; span.hidden = false; }
    if (veld && veld.tagName !== 'FIELDSET') veld.setAttribute('aria-invalid', 'true');
    items.push(el('li', {}, veld ? el('a', { href: `#${id}` }, melding) : melding));
  }
  fill(overzicht, el('div', { class: 'foutoverzicht', role: 'alert', 'aria-labelledby': 'foutoverzicht-kop' },
    el('h2', { id: 'foutoverzicht-kop' }, fouten.length === 1 ? 'Er is 1 ding niet goed ingevuld' : `Er zijn ${fouten.length} dingen niet goed ingevuld`),
    el('ul', {}, items)));
  overzicht.focus();
}

overzicht.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  if (!link) return;
  event.preventDefault();
  const veld = document.getElementById(link.getAttribute('href').slice(1));
  if (veld) (veld.tagName === 'FIELDSET' ? veld.querySelector('input') : veld).focus();
});

function gegevens() {
  const f = form.elements;
  const tekst = (naam) => (f[naam].value || '').trim() || undefined;
  return {
    rol: form.querySelector('input[name="rol"]:checked').value,
    leeftijdsband: tekst('leeftijdsband'),
    postcode: tekst('postcode'),
    sector: tekst('sector'),
    leeftijd: tekst('leeftijd') ? Number(tekst('leeftijd')) : undefined,
    huidigeSchool: tekst('huidigeSchool'),
    categorie: tekst('categorie'),
    vraag: tekst('vraag'),
    thuiszitten: f.thuiszitten.checked,
    aanmelddatum: tekst('aanmelddatum'),
    email: tekst('email'),
    voorkeurskanaal: tekst('email') ? 'email' : 'alleen-site',
    toestemming: f.toestemming.checked,
    toestemmingVersie: f.toestemmingVersie.value,
    formulierToken: f.formulierToken.value,
  };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fouten = valideer();
  if (fouten.length) {
    toonFouten(fouten);
    return;
  }
  wisFouten();
  const knop = document.getElementById('verstuur');
  knop.disabled = true;
  try {
    const antwoord = await api('/api/vragen', { method: 'POST', json: gegevens(), headers: { 'Idempotency-Key': idempotencyKey } });
    toonBevestiging(antwoord);
  } catch (error) {
    const veldFouten = error instanceof ApiError && error.problem.fouten;
    if (veldFouten && veldFouten.length) {
      toonFouten(veldFouten.map((f) => [f.veld, f.melding]));
    } else {
      fill(overzicht, el('div', { class: 'melding fout', role: 'alert' },
        el('p', {}, error.message || 'Versturen lukte niet.', ' Je vraag is niet verstuurd. Probeer het opnieuw.')));
      overzicht.focus();
    }
  } finally {
    knop.disabled = false;
  }
});

function toonBevestiging(a) {
  const ip = a.informatiepunt || {};
  document.getElementById('vraagpagina').hidden = true;
  document.title = 'Vraag verstuurd – Passend Wijzer';
  fill(bevestiging,
    el('h1', {}, jongeren ? 'Je vraag is verstuurd' : 'Uw vraag is verstuurd'),
    el('div', { class: 'melding goed' },
      el('p', {}, 'Referentie: ', el('strong', { id: 'referentie', class: 'code' }, a.referentie)),
      el('p', {}, 'Bewaar deze code: ', el('strong', { id: 'volgcode', class: 'code' }, a.volgcode)),
      el('p', {}, jongeren
        ? 'Met de referentie en de code lees je het antwoord. Schrijf ze op of maak een foto. We kunnen de code niet opnieuw sturen.'
        : 'Met de referentie en deze volgcode leest u het antwoord. Bewaar ze goed: we kunnen de volgcode niet opnieuw sturen.')),
    el('dl', { class: 'feiten' },
      a.verwachtAntwoordVoor ? [el('dt', {}, jongeren ? 'Antwoord uiterlijk' : 'U krijgt antwoord vóór'), el('dd', { id: 'antwoord-voor' }, datum(a.verwachtAntwoordVoor))] : null,
      a.swv ? [el('dt', {}, 'Samenwerkingsverband'), el('dd', { id: 'samenwerkingsverband', 'data-code': a.swv.code }, a.swv.naam ? `${a.swv.naam} (${a.swv.code})` : String(a.swv.code || a.swv))] : null,
      ip.naam ? [el('dt', {}, 'Informatiepunt'), el('dd', {}, ip.naam)] : null,
      ip.telefoon ? [el('dt', {}, 'Telefoon'), el('dd', {}, ip.telefoon)] : null),
    a.suggesties && a.suggesties.length ? [el('h2', {}, jongeren ? 'Dit kun je alvast lezen' : 'Alvast lezen'),
      el('ul', { id: 'suggesties' }, a.suggesties.map((s) => el('li', {}, el('a', { href: s.url || `/rechten/${encodeURIComponent(s.slug || s)}` }, s.titel || s.slug || String(s)))))] : null,
    el('p', {}, el('a', { class: 'knop', href: '/volg' }, jongeren ? 'Naar Volg je vraag' : 'Naar Volg je vraag')));
  bevestiging.hidden = false;
  bevestiging.focus();
}

if (jongeren) jongerenVariant();
form.vraag.addEventListener('input', () => zoekArtikelen(form.vraag.value.trim()));
schoolZoeker.addEventListener('input', () => zoekScholen(schoolZoeker.value.trim()));
categorieen();
schoolVooraf();
