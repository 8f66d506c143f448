// One rights article, for parents or young people, with its status, sources and related articles.
import { api, el, fill, params, lastSegment, showError, setTrustedHtml, markJargon, datum, titel, ARTIKEL_STATUS } from './common.js';

const slug = lastSegment();
const doelgroep = params().get('doelgroep') === 'jongeren' ? 'jongeren' : 'ouders';
const container = document.getElementById('artikel');

const BRONSOORT = { wet: 'Wet', url: 'Website', seed: 'Brondocument' };

async function laad() {
  try {
    const a = await api(`/api/rechten/${encodeURIComponent(slug)}?doelgroep=${doelgroep}`);
    titel(a.titel);
    document.documentElement.dataset.doelgroep = a.doelgroep;
    const tekst = setTrustedHtml(el('div', { class: 'artikeltekst' }), a.html);
    const status = ARTIKEL_STATUS[a.status];
    const eigen = `/rechten/${encodeURIComponent(slug)}${a.doelgroep === 'jongeren' ? '?doelgroep=jongeren' : ''}`;
    const ander = a.andereDoelgroep;
    const links = {
      ouders: a.doelgroep === 'ouders' ? eigen : ander && ander.doelgroep === 'ouders' ? ander.url : null,
      jongeren: a.doelgroep === 'jongeren' ? eigen : ander && ander.doelgroep === 'jongeren' ? ander.url : null,
    };
    fill(container,
      el('h1', {}, a.titel),
      el('nav', { class: 'schakelaar', 'aria-label': 'Uitleg voor' },
        ['ouders', 'jongeren'].filter((d) => links[d]).map((d) => el('a', {
          href: links[d], 'aria-current': d === a.doelgroep ? 'page' : null, lang: 'nl',
        }, d === 'ouders' ? 'Voor ouders' : 'Voor jongeren'))),
      status ? el('div', { class: `melding ${status.klasse === 'fout' ? 'fout' : 'let-op'}`, role: 'note' },
        el('p', {}, el('strong', {}, `${status.label}. `), a.statusLabel)) : null,
      el('p', { class: 'inleiding' }, el('strong', {}, a.samenvatting)),
      tekst,
      el('section', { 'aria-labelledby': 'bronnen-kop' },
        el('h2', { id: 'bronnen-kop' }, a.doelgroep === 'jongeren' ? 'Waar komt dit vandaan?' : 'Bronnen'),
        el('ul', {}, (a.bronnen || []).map((b) => el('li', {},
          el('span', { class: 'label' }, BRONSOORT[b.soort] || b.soort), ' ',
          b.link ? el('a', { href: b.link, rel: 'noopener' }, b.waarde) : b.waarde,
          b.over ? ` – ${b.over}` : ''))),
        a.laatstGecontroleerd ? el('p', {}, `Laatst gecontroleerd op ${datum(a.laatstGecontroleerd)}.`) : null),
      a.gerelateerd && a.gerelateerd.length ? el('section', { 'aria-labelledby': 'verder-kop' },
        el('h2', { id: 'verder-kop' }, 'Lees ook'),
        el('ul', {}, a.gerelateerd.map((g) => el('li', {}, el('a', { href: g.url }, g.titel))))) : null,
      el('section', { class: 'melding', 'aria-labelledby': 'vraag-kop' },
        el('h2', { id: 'vraag-kop' }, a.doelgroep === 'jongeren' ? 'Kom je er niet uit?' : 'Heeft u nog een vraag?'),
        el('p', {}, a.doelgroep === 'jongeren'
          ? 'Stel je vraag aan het informatiepunt. Je krijgt een antwoord van iemand die je kan helpen.'
          : 'Het ouder- en jeugdinformatiepunt van uw samenwerkingsverband helpt u verder.'),
        el('p', {}, el('a', { class: 'knop', href: a.doelgroep === 'jongeren' ? '/vraag?voor=jongeren' : '/vraag' },
          a.doelgroep === 'jongeren' ? 'Stel je vraag' : 'Stel een vraag'))));
    await markJargon(tekst, a.doelgroep);
  } catch (error) {
    if (error.status === 404) {
      fill(container, el('h1', {}, 'Dit onderwerp bestaat niet'),
        el('p', {}, 'Misschien is de link oud. ', el('a', { href: '/rechten' }, 'Bekijk alle onderwerpen'), '.'));
    } else {
      showError(container, error, 'Dit onderwerp kon niet geladen worden.');
    }
  }
}

laad();
