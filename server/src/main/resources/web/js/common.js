// Shared helpers for every page. Everything from JSON goes into the page as text (textContent); the only HTML
// inserted comes from API fields documented as already escaped (search snippet, article html), via setTrustedHtml.

/** Builds an element: el('a', {href: '/x', class: 'k'}, 'text', childNode). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** For the API fields that are documented as escaped HTML (search snippets with mark, rendered articles). */
export function setTrustedHtml(node, html) {
  node.innerHTML = html || '';
  node.querySelectorAll('script, style, iframe, object, embed').forEach((bad) => bad.remove());
  node.querySelectorAll('*').forEach((n) => {
    for (const attr of [...n.attributes]) {
      if (attr.name.startsWith('on') || attr.name === 'style' || /^\s*javascript:/i.test(attr.value)) n.removeAttribute(attr.name);
    }
  });
  return node;
}

/** An API failure with the problem+json fields. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || `De server gaf een fout (${status}).`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** fetch + JSON + problem details. options.json sends a JSON body; options.headers adds headers. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  const init = { method: options.method || 'GET', headers, credentials: 'same-origin' };
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    init.body = options.body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { detail: 'Geen verbinding met de server. Probeer het later opnieuw.' });
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The query parameters of this page. */
export function params() {
  return new URLSearchParams(window.location.search);
}

/** The last path segment (the id or slug of a pretty URL like /scholen/12AB00). */
export function lastSegment() {
  const parts = window.location.pathname.split('/').filter(Boolean);
  return decodeURIComponent(parts[parts.length - 1] || '');
}

/** Shows a failure in a container, as an alert so screen readers hear it. */
export function showError(container, error, prefix) {
  const text = error instanceof ApiError ? error.message : 'Er ging iets mis. Probeer het later opnieuw.';
  fill(container, el('div', { class: 'melding fout', role: 'alert' }, el('p', {}, prefix ? `${prefix} ${text}` : text)));
}

/** Formats yyyy-mm-dd or an ISO timestamp as a Dutch date ("12 maart 2026"). */
export function datum(value) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Formats an ISO timestamp as a Dutch date and time. */
export function datumTijd(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

let tipCounter = 0;

/**
 * A jargon term with its explanation: a button that shows a tooltip on hover and on keyboard focus, and hides it on
 * Escape (WCAG 1.4.13). The explanation is tied to the button with aria-describedby.
 */
export function term(label, uitleg) {
  tipCounter += 1;
  const id = `tip-${tipCounter}`;
  const wrapper = el('span', { class: 'term' });
  const button = el('button', { type: 'button', class: 'term-knop', 'aria-describedby': id }, label);
  const tip = el('span', { role: 'tooltip', id, class: 'tip' }, uitleg);
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') wrapper.classList.add('dicht');
  });
  button.addEventListener('click', () => wrapper.classList.toggle('dicht'));
  button.addEventListener('blur', () => wrapper.classList.remove('dicht'));
  wrapper.addEventListener('mouseleave', () => wrapper.classList.remove('dicht'));
  wrapper.append(button, tip);
  return wrapper;
}

let vocabulary;

/** The support vocabulary (cached per page). */
export async function vocabulaire() {
  if (!vocabulary) {
    vocabulary = api('/api/vocabulaire').catch(() => []);
  }
  return vocabulary;
}

/**
 * Wraps the first occurrence of each abbreviation from the vocabulary (TLV, SOP, OPP ...) in the text of root with an
 * explained term. Only text nodes are touched, outside links, buttons and headings.
 */
export async function markJargon(root, doelgroep = 'ouders') {
  const entries = await vocabulaire();
  const byAbbreviation = new Map();
  for (const entry of entries || []) {
    for (const afkorting of entry.afkortingen || []) {
      if (afkorting && afkorting.length >= 2 && !byAbbreviation.has(afkorting)) {
        const label = doelgroep === 'jongeren' ? entry.labelJongeren || entry.labelOuders : entry.labelOuders;
        byAbbreviation.set(afkorting, `${afkorting}: ${label}. ${entry.uitleg || ''}`.trim());
      }
    }
  }
  if (byAbbreviation.size === 0) return;
  const pattern = new RegExp(`\\b(${[...byAbbreviation.keys()].map(escapeRegExp).join('|')})\\b`);
  const done = new Set();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest('a, button, h1, h2, h3, h4, .term, mark, code, label, summary')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const match = pattern.exec(node.nodeValue);
    if (!match || done.has(match[1])) continue;
    done.add(match[1]);
    const after = node.splitText(match.index);
    after.nodeValue = after.nodeValue.slice(match[1].length);
    node.parentNode.insertBefore(term(match[1], byAbbreviation.get(match[1])), after);
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Calls fn at most once per delay while the user keeps typing. */
export function debounce(fn, delay = 300) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), delay);
  };
}

/** Labels for the status of a rights article (text, never colour alone). */
export const ARTIKEL_STATUS = {
  aangekondigd: { label: 'Aangekondigd', klasse: 'let-op' },
  historisch: { label: 'Historisch', klasse: 'fout' },
  'te controleren': { label: 'Te controleren', klasse: 'let-op' },
};

/** A status badge and notice for a rights article that is not simply "geldend". */
export function artikelStatus(artikel) {
  const status = ARTIKEL_STATUS[artikel.status];
  if (!status) return null;
  return el('span', { class: `label ${status.klasse}` }, status.label);
}

/** Makes the document title follow the h1. */
export function titel(text) {
  document.title = `${text} – Passend Wijzer`;
}
