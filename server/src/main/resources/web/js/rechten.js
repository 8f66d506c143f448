// Rights index: articles grouped by topic, for parents or for young people.
import { api, el, fill, params, showError, artikelStatus } from './common.js';

const doelgroep = params().get('doelgroep') === 'jongeren' ? 'jongeren' : 'ouders';
const container = document.getElementById('rechten');

document.querySelectorAll('#doelgroepkeuze a').forEach((link) => {
  if (link.dataset.doelgroep === doelgroep) link.setAttribute('aria-current', 'page');
});

async function laad() {
  try {
    const artikelen = await api(`/api/rechten?doelgroep=${doelgroep}`);
    const perOnderwerp = new Map();
    for (const artikel of artikelen) {
      const onderwerpen = artikel.onderwerpen && artikel.onderwerpen.length ? artikel.onderwerpen : ['Overig'];
      const onderwerp = onderwerpen[0];
      if (!perOnderwerp.has(onderwerp)) perOnderwerp.set(onderwerp, []);
      perOnderwerp.get(onderwerp).push(artikel);
    }
    const onderwerpen = [...perOnderwerp.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
    fill(container,
      el('p', {}, doelgroep === 'jongeren'
        ? `${artikelen.length} onderwerpen, uitgelegd voor jongeren.`
        : `${artikelen.length} onderwerpen, uitgelegd voor ouders.`),
      el('nav', { 'aria-label': 'Onderwerpen' },
        el('ul', { class: 'begrippen' }, onderwerpen.map((o, i) => el('li', {}, el('a', { href: `#onderwerp-${i}` }, hoofdletter(o)))))),
      onderwerpen.map((onderwerp, i) => el('section', { class: 'onderwerp', 'aria-labelledby': `onderwerp-${i}` },
        el('h2', { id: `onderwerp-${i}`, tabindex: '-1' }, hoofdletter(onderwerp)),
        el('ul', { class: 'lijst-los' }, perOnderwerp.get(onderwerp)
          .sort((a, b) => a.titel.localeCompare(b.titel, 'nl'))
          .map((artikel) => el('li', {},
            el('a', { href: artikel.url }, artikel.titel), ' ', artikelStatus(artikel),
            el('br'), el('span', {}, artikel.samenvatting)))))));
  } catch (error) {
    showError(container, error, 'De onderwerpen konden niet geladen worden.');
  }
}

const AFKORTINGEN = { opp: 'OPP (ontwikkelingsperspectief)', tlv: 'TLV', sop: 'SOP' };

function hoofdletter(text) {
  if (!text) return text;
  if (AFKORTINGEN[text]) return AFKORTINGEN[text];
  return text.charAt(0).toUpperCase() + text.slice(1).replaceAll('-', ' ');
}

laad();
