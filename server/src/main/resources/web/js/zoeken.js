// Search page: one box with autocomplete, postcode + radius, rights answer cards, facets (multi-select), results
// mixing schools, SOP/schoolgids sections and rights articles; state lives in the URL so results can be shared.
import { api, el, fill, debounce, term, setTrustedHtml, ApiError } from './common.js';

const FACETTEN = [
  ['type', 'Soort resultaat'], ['sector', 'Onderwijs'], ['soort', 'Schoolsoort'], ['gebied', 'Ondersteuning bij'],
  ['voorziening', 'Voorzieningen'], ['gemeente', 'Gemeente'], ['swv', 'Samenwerkingsverband'], ['denominatie', 'Richting'],
];
const TYPE_LABEL = { school: 'School', 'sop-sectie': 'Ondersteuningsprofiel', 'gids-sectie': 'Schoolgids', artikel: 'Rechten' };
const VELDEN = ['q', 'postcode', 'straal', 'doelgroep'];
const MAX_VERGELIJK = 4;

const form = document.getElementById('zoekformulier');
const invoer = document.getElementById('q');
const lijst = document.getElementById('suggesties');
const uitkomst = document.getElementById('uitkomst');
const status = document.getElementById('zoekstatus');

function huidige() {
  return new URLSearchParams(window.location.search);
}

function vulFormulier(p) {
  invoer.value = p.get('q') || '';
  form.postcode.value = p.get('postcode') || '';
  form.straal.value = p.get('straal') || '';
}

function naarUrl(p, focusId) {
  history.pushState({ focusId }, '', `/?${p.toString()}`);
  zoek(focusId);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  sluitSuggesties();
  const p = new URLSearchParams();
  for (const veld of VELDEN) {
    const waarde = veld === 'doelgroep' ? huidige().get('doelgroep') : (form.elements[veld] && form.elements[veld].value.trim());
    if (waarde) p.set(veld, waarde);
  }
  naarUrl(p);
});

window.addEventListener('popstate', () => {
  vulFormulier(huidige());
  zoek();
});

async function zoek(focusId) {
  const p = huidige();
  if (!p.get('q') && !p.get('postcode') && !FACETTEN.some(([naam]) => p.has(naam))) {
    fill(uitkomst);
    return;
  }
  status.textContent = 'Bezig met zoeken…';
  uitkomst.setAttribute('aria-busy', 'true');
  try {
    const antwoord = await api(`/api/zoek?${p.toString()}`);
    toon(antwoord, p);
    status.textContent = `${aantalResultaten(antwoord)}${antwoord.q ? ` voor ${antwoord.q}` : ''}.`;
    const focus = focusId && document.getElementById(focusId);
    if (focus) focus.focus();
  } catch (error) {
    status.textContent = '';
    fill(uitkomst, el('div', { class: 'melding fout', role: 'alert' },
      el('p', {}, error instanceof ApiError ? error.message : 'Zoeken lukte niet. Probeer het opnieuw.')));
    if (error.problem && error.problem.code === 'invalid-postcode') {
      form.postcode.setAttribute('aria-invalid', 'true');
    }
  } finally {
    uitkomst.removeAttribute('aria-busy');
  }
}

function toon(antwoord, p) {
  form.postcode.removeAttribute('aria-invalid');
  fill(uitkomst,
    antwoord.bedoeldeU ? el('p', { class: 'melding' }, 'Bedoelde u: ',
      el('a', { href: `/?${metQ(p, antwoord.bedoeldeU)}`, id: 'bedoelde-u' }, antwoord.bedoeldeU), '?') : null,
    kaarten(antwoord.antwoordKaarten),
    begrippen(antwoord.uitleg),
    el('h2', { id: 'resultaten-kop' }, resultaatKop(antwoord)),
    el('div', { class: 'zoekindeling' },
      facetten(antwoord.facetten || {}, p, antwoord.facettenGeschat),
      el('div', {},
        antwoord.resultaten.length
          ? el('ol', { class: 'resultaten', 'aria-labelledby': 'resultaten-kop' }, antwoord.resultaten.map(resultaat))
          : el('p', {}, 'Geen resultaten. Probeer minder of andere woorden, of zet filters uit.'),
        paginering(antwoord, p),
        vergelijkBalk())));
  werkVergelijkBij();
}

// Very broad searches estimate their total from a sample (totaalGeschat): "ca. 150.000 resultaten".
function aantalResultaten(antwoord) {
  const getal = antwoord.totaal.toLocaleString('nl-NL');
  return `${antwoord.totaalGeschat ? `ca. ${getal}` : getal} ${antwoord.totaal === 1 ? 'resultaat' : 'resultaten'}`;
}

function resultaatKop(antwoord) {
  const aantal = aantalResultaten(antwoord);
  const o = antwoord.oorsprong;
  if (!o) return aantal;
  return o.straalKm ? `${aantal} binnen ${o.straalKm} km van ${o.postcode}` : `${aantal}, afstand gerekend vanaf ${o.postcode}`;
}

function metQ(p, q) {
  const nieuw = new URLSearchParams(p);
  nieuw.set('q', q);
  nieuw.delete('pagina');
  return nieuw.toString();
}

function kaarten(lijstKaarten) {
  if (!lijstKaarten || !lijstKaarten.length) return null;
  return el('section', { 'aria-labelledby': 'kaarten-kop' },
    el('h2', { id: 'kaarten-kop' }, 'Uw rechten in het kort'),
    el('ul', { class: 'kaarten' }, lijstKaarten.map((k) => el('li', { class: 'kaart' },
      el('h3', {}, el('a', { href: k.url }, k.titel)),
      el('p', {}, k.samenvatting),
      k.doelgroep === 'jongeren' ? el('span', { class: 'label' }, 'Voor jongeren') : null))));
}

function begrippen(uitleg) {
  if (!uitleg || !uitleg.length) return null;
  return el('section', { 'aria-labelledby': 'begrippen-kop' },
    el('h2', { id: 'begrippen-kop', class: 'verborgen' }, 'Begrippen uitgelegd'),
    el('p', {}, 'Begrippen uitgelegd (ga erop staan of gebruik Tab):'),
    el('ul', { class: 'begrippen' }, uitleg.map((u) => el('li', {}, term(u.term, u.uitleg),
      u.url ? el('a', { href: u.url, class: 'verborgen' }, `Meer over ${u.term}`) : null))));
}

// Counts of very broad searches are estimated from a sample (facettenGeschat): shown as "ca. …".
function facetten(alle, p, geschat) {
  const groepen = FACETTEN.filter(([naam]) => alle[naam] && alle[naam].length);
  if (!groepen.length) return el('div');
  return el('aside', { class: 'facetten', 'aria-labelledby': 'filters-kop' },
    el('h2', { id: 'filters-kop' }, 'Filters'),
    groepen.map(([naam, titel]) => el('fieldset', {},
      el('legend', {}, titel),
      alle[naam].map((f, i) => {
        const id = `f-${naam}-${i}`;
        const vak = el('input', { type: 'checkbox', id, name: naam, value: f.waarde, checked: f.geselecteerd || p.getAll(naam).includes(f.waarde) });
        vak.addEventListener('change', () => {
          const nieuw = huidige();
          const waarden = nieuw.getAll(naam).filter((w) => w !== f.waarde);
          if (vak.checked) waarden.push(f.waarde);
          nieuw.delete(naam);
          waarden.forEach((w) => nieuw.append(naam, w));
          nieuw.delete('pagina');
          naarUrl(nieuw, id);
        });
        return el('label', { class: 'keuze', for: id }, vak,
          el('span', {}, f.label || f.waarde, ' ', el('span', { class: 'aantal' }, geschat ? `(ca. ${f.aantal})` : `(${f.aantal})`)));
      }))));
}

function resultaat(r) {
  const id = `r-${r.type}-${r.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const meta = [];
  if (r.schoolNaam && r.type !== 'school') meta.push(r.schoolNaam);
  if (r.kopPad && r.kopPad.length) meta.push(r.kopPad.join(' › '));
  if (r.pagina) meta.push(`p. ${r.pagina}`);
  if (r.afstandLabel) meta.push(r.afstandLabel);
  const fragment = el('p', { class: 'fragment' });
  setTrustedHtml(fragment, r.snippet);
  return el('li', { class: 'resultaat' },
    el('span', { class: 'label' }, TYPE_LABEL[r.type] || r.type),
    r.fictief ? el('span', { class: 'label let-op' }, 'Fictieve school') : null,
    el('h3', { id }, el('a', { href: r.url }, r.titel)),
    meta.length ? el('p', { class: 'meta' }, meta.join(' · ')) : null,
    r.snippet ? fragment : null,
    r.schoolId && r.type !== 'school'
      ? el('p', { class: 'meta' }, el('a', { href: `/scholen/${encodeURIComponent(r.schoolId)}` }, `Naar de schoolpagina van ${r.schoolNaam || 'de school'}`))
      : null,
    r.waarom && r.waarom.length ? el('details', {},
      el('summary', {}, 'Waarom dit resultaat?'),
      el('ul', {}, r.waarom.map((w) => el('li', {}, w)))) : null,
    r.type === 'school' ? vergelijkKeuze(r) : null);
}

// Comparison basket: kept for this browser tab only.
function gekozen() {
  try {
    return JSON.parse(sessionStorage.getItem('vergelijk') || '[]');
  } catch (e) {
    return [];
  }
}

function vergelijkKeuze(r) {
  const id = `vergelijk-${r.schoolId || r.id}`;
  const vak = el('input', { type: 'checkbox', id, value: r.schoolId || r.id, checked: gekozen().includes(r.schoolId || r.id) });
  vak.addEventListener('change', () => {
    let lijstIds = gekozen().filter((x) => x !== vak.value);
    if (vak.checked) {
      if (lijstIds.length >= MAX_VERGELIJK) {
        vak.checked = false;
        status.textContent = `U kunt maximaal ${MAX_VERGELIJK} scholen vergelijken.`;
        return;
      }
      lijstIds.push(vak.value);
    }
    sessionStorage.setItem('vergelijk', JSON.stringify(lijstIds));
    werkVergelijkBij();
  });
  return el('label', { class: 'keuze', for: id }, vak, el('span', {}, `Vergelijk ${r.titel}`));
}

function vergelijkBalk() {
  return el('div', { class: 'vergelijkbalk', id: 'vergelijkbalk', hidden: true },
    el('p', { id: 'vergelijktekst', class: 'meta' }),
    el('a', { class: 'knop', id: 'vergelijkknop', href: '/vergelijken' }, 'Vergelijk de gekozen scholen'));
}

function werkVergelijkBij() {
  const ids = gekozen();
  const balk = document.getElementById('vergelijkbalk');
  if (!balk) return;
  balk.hidden = ids.length === 0;
  document.getElementById('vergelijktekst').textContent = ids.length === 1
    ? '1 school gekozen. Kies er nog minstens één om te vergelijken.'
    : `${ids.length} scholen gekozen (maximaal ${MAX_VERGELIJK}).`;
  const knop = document.getElementById('vergelijkknop');
  knop.href = `/vergelijken?ids=${ids.map(encodeURIComponent).join(',')}`;
  knop.hidden = ids.length < 2;
}

function paginering(antwoord, p) {
  const pagina = antwoord.pagina || 1;
  const laatste = Math.max(1, Math.ceil(antwoord.totaal / (antwoord.paginaGrootte || 10)));
  if (laatste <= 1) return null;
  const link = (n, tekst, rel) => {
    const nieuw = new URLSearchParams(p);
    nieuw.set('pagina', String(n));
    return el('a', { href: `/?${nieuw.toString()}`, rel }, tekst);
  };
  return el('nav', { class: 'paginering', 'aria-label': 'Paginering' },
    pagina > 1 ? link(pagina - 1, 'Vorige pagina', 'prev') : null,
    el('span', {}, `Pagina ${pagina} van ${laatste}`),
    pagina < laatste ? link(pagina + 1, 'Volgende pagina', 'next') : null);
}

// Autocomplete: the ARIA 1.2 combobox pattern (list box, arrow keys, Enter, Escape).
let opties = [];
let actief = -1;

const haalSuggesties = debounce(async (tekst) => {
  if (tekst.length < 2) {
    sluitSuggesties();
    return;
  }
  try {
    opties = await api(`/api/suggesties?q=${encodeURIComponent(tekst)}`);
  } catch (e) {
    opties = [];
  }
  if (invoer.value.trim() !== tekst) return;
  actief = -1;
  fill(lijst, opties.map((o, i) => el('li', { id: `suggestie-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': i },
    o.tekst, el('span', { class: 'soort' }, o.soort === 'school' ? 'school' : o.soort === 'plaats' ? 'plaats' : 'begrip'))));
  lijst.hidden = opties.length === 0;
  invoer.setAttribute('aria-expanded', String(opties.length > 0));
  invoer.removeAttribute('aria-activedescendant');
}, 200);

function sluitSuggesties() {
  lijst.hidden = true;
  invoer.setAttribute('aria-expanded', 'false');
  invoer.removeAttribute('aria-activedescendant');
  actief = -1;
}

function markeer(index) {
  actief = index;
  lijst.querySelectorAll('[role="option"]').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  if (index >= 0) invoer.setAttribute('aria-activedescendant', `suggestie-${index}`);
}

function kies(index) {
  const o = opties[index];
  if (!o) return;
  sluitSuggesties();
  if (o.soort === 'school' && o.url) {
    window.location.href = o.url;
    return;
  }
  invoer.value = o.tekst;
  form.requestSubmit();
}

invoer.addEventListener('input', () => haalSuggesties(invoer.value.trim()));
invoer.addEventListener('keydown', (event) => {
  if (lijst.hidden) return;
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    markeer(Math.min(actief + 1, opties.length - 1));
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    markeer(Math.max(actief - 1, 0));
  } else if (event.key === 'Enter' && actief >= 0) {
    event.preventDefault();
    kies(actief);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    sluitSuggesties();
  }
});
invoer.addEventListener('blur', () => setTimeout(sluitSuggesties, 150));
lijst.addEventListener('mousedown', (event) => {
  const li = event.target.closest('[role="option"]');
  if (li) {
    event.preventDefault();
    kies(Number(li.dataset.index));
  }
});

vulFormulier(huidige());
zoek();
