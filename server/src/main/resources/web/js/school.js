// School page: plain-language SOP (offers, limits, team), schoolgids sections, the SWV and its informatiepunt.
import { api, el, fill, lastSegment, showError, term, datum, titel, markJargon } from './common.js';

const id = lastSegment();
const container = document.getElementById('school');

async function laad() {
  try {
    const s = await api(`/api/scholen/${encodeURIComponent(id)}`);
    titel(s.naam);
    fill(container,
      el('h1', {}, s.naam),
      s.fictief ? el('div', { class: 'melding let-op', role: 'note' },
        el('p', {}, el('strong', {}, 'Fictieve school. '), s.fictiefMelding || 'Deze school bestaat niet; de gegevens zijn voorbeelden.')) : null,
      el('dl', { class: 'feiten' },
        feit('Soort school', [s.soortLabel || s.soort, s.niveaus && s.niveaus.length ? ` (${s.niveaus.join(', ')})` : ''].join('')),
        feit('Adres', [s.straat, [s.postcode, s.plaats].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
        s.gemeente ? feit('Gemeente', s.gemeente) : null,
        s.denominatie ? feit('Richting', s.denominatie) : null,
        s.website ? feit('Website', el('a', { href: s.website, rel: 'noopener' }, s.website)) : null),
      el('div', { class: 'knoppen' },
        el('a', { class: 'knop', href: `/vraag?school=${encodeURIComponent(s.id)}` }, 'Stel een vraag over deze school'),
        el('a', { class: 'knop secundair', href: `/vergelijken?ids=${encodeURIComponent(s.id)}` }, 'Vergelijk met andere scholen')),
      sop(s.sop),
      schoolgids(s.schoolgids),
      samenwerkingsverbanden(s.samenwerkingsverbanden || []));
    await markJargon(container);
  } catch (error) {
    if (error.status === 404) {
      fill(container, el('h1', {}, 'School niet gevonden'),
        el('p', {}, 'Deze school staat niet (meer) in Passend Wijzer. ', el('a', { href: '/' }, 'Zoek een andere school'), '.'));
    } else {
      showError(container, error, 'De school kon niet geladen worden.');
    }
  }
}

function feit(naam, waarde) {
  return [el('dt', {}, naam), el('dd', {}, waarde)];
}

function metUitleg(item) {
  return item.uitleg ? term(item.label, item.uitleg) : item.label;
}

function sop(p) {
  if (!p) {
    return el('section', { 'aria-labelledby': 'sop-kop' },
      el('h2', { id: 'sop-kop' }, 'Ondersteuning op deze school'),
      el('p', {}, 'Van deze school is nog geen schoolondersteuningsprofiel (SOP) bekend.'));
  }
  const vastgesteld = [p.schooljaar ? `Schooljaar ${p.schooljaar}` : null,
    p.vastgesteldOp ? `vastgesteld op ${datum(p.vastgesteldOp)}` : null].filter(Boolean).join(', ');
  return el('section', { 'aria-labelledby': 'sop-kop' },
    el('h2', { id: 'sop-kop' }, 'Ondersteuning op deze school'),
    el('p', {}, 'Uit het schoolondersteuningsprofiel (SOP): wat de school biedt en wat niet. ', vastgesteld ? `${vastgesteld}.` : ''),
    p.mrAdvies ? el('p', { class: 'meta' }, `Advies medezeggenschapsraad: ${p.mrAdvies}`) : null,
    el('div', { class: 'twee' },
      el('div', { class: 'blok' },
        el('h3', {}, 'Wat de school biedt'),
        p.gebieden && p.gebieden.length ? [
          el('p', {}, 'Extra ondersteuning bij:'),
          el('ul', {}, p.gebieden.map((g) => el('li', {}, metUitleg(g),
            g.niveau ? ` – ${g.niveau}` : '', g.toelichting ? el('br') : null, g.toelichting || ''))),
        ] : el('p', {}, 'Geen extra ondersteuningsgebieden genoemd.'),
        p.voorzieningen && p.voorzieningen.length ? [
          el('p', {}, 'Voorzieningen:'),
          el('ul', {}, p.voorzieningen.map((v) => el('li', {}, metUitleg(v)))),
        ] : null),
      el('div', { class: 'blok' },
        el('h3', { id: 'grenzen-kop' }, 'Wat de school niet kan bieden'),
        p.grenzen && p.grenzen.length
          ? el('ul', { class: 'grenzen', 'aria-labelledby': 'grenzen-kop' }, p.grenzen.map((g) => el('li', {}, g)))
          : el('p', {}, 'De school noemt geen grenzen. Vraag ernaar bij de school.'))),
    p.basisondersteuning && p.basisondersteuning.length ? el('details', {},
      el('summary', {}, `Basisondersteuning (${p.basisondersteuning.length} onderdelen, dit biedt elke school)`),
      el('ul', {}, p.basisondersteuning.map((b) => el('li', {}, metUitleg(b))))) : null,
    p.team && p.team.length ? [el('h3', {}, 'Het ondersteuningsteam'),
      el('ul', {}, p.team.map((t) => el('li', {}, t.label)))] : null,
    p.toelichting ? [el('h3', {}, 'Toelichting van de school'), el('p', {}, p.toelichting)] : null,
    p.document && p.document.url ? el('p', {}, el('a', { href: p.document.url }, `Het volledige ondersteuningsprofiel (${(p.document.formaat || '').toUpperCase()})`)) : null);
}

function schoolgids(g) {
  if (!g || !g.secties || !g.secties.length) return null;
  return el('section', { 'aria-labelledby': 'gids-kop' },
    el('h2', { id: 'gids-kop' }, `Uit de schoolgids${g.schooljaar ? ` ${g.schooljaar}` : ''}`),
    el('ul', { class: 'lijst-los' }, g.secties.map((sectie) => el('li', { class: 'blok' },
      el('h3', {}, kop(sectie.kopPad)),
      el('p', {}, kort(sectie.tekst)),
      sectie.url ? el('a', { href: sectie.url }, sectie.pagina ? `Lees verder in de schoolgids, p. ${sectie.pagina}` : 'Lees verder in de schoolgids',
        el('span', { class: 'verborgen' }, `: ${kop(sectie.kopPad)}`)) : null))));
}

function kop(pad) {
  const delen = pad || [];
  return (delen.length > 1 ? delen.slice(1) : delen).join(' › ') || 'Schoolgids';
}

function kort(tekst) {
  if (!tekst || tekst.length <= 400) return tekst || '';
  return `${tekst.slice(0, 400).replace(/\s+\S*$/, '')} …`;
}

function samenwerkingsverbanden(lijst) {
  if (!lijst.length) return null;
  return el('section', { 'aria-labelledby': 'swv-kop' },
    el('h2', { id: 'swv-kop' }, 'Samenwerkingsverband en informatiepunt'),
    el('p', {}, 'De school hoort bij een samenwerkingsverband. Het ouder- en jeugdinformatiepunt daarvan helpt bij vragen over ondersteuning.'),
    lijst.map((swv) => {
      const ip = swv.informatiepunt || {};
      return el('div', { class: 'blok' },
        el('h3', {}, `${swv.naam} (${swv.code})`),
        ip.placeholder || ip.melding ? el('p', { class: 'melding let-op' }, ip.melding || 'De contactgegevens zijn nog niet bevestigd.') : null,
        el('dl', { class: 'feiten' },
          ip.naam ? feit('Informatiepunt', ip.naam) : null,
          ip.email ? feit('E-mail', el('a', { href: `mailto:${ip.email}` }, ip.email)) : null,
          ip.telefoon ? feit('Telefoon', el('a', { href: `tel:${ip.telefoon.replace(/\s/g, '')}` }, ip.telefoon)) : null,
          ip.website ? feit('Website', el('a', { href: ip.website, rel: 'noopener' }, ip.website)) : null,
          ip.openingstijden ? feit('Bereikbaar', ip.openingstijden) : null));
    }));
}

laad();
