// Dutch labels for codes used by the intake and staff API (text for every status; colour is never the only signal).
export const CATEGORIEEN = {
  'school-zoeken': 'Een school zoeken die past',
  'aanmelden-zorgplicht': 'Aanmelden en zorgplicht',
  weggeadviseerd: 'De school raadt aan ergens anders te gaan',
  'geen-passende-plek': 'Geen passende plek gevonden',
  'ondersteuning-op-school': 'Ondersteuning op school',
  opp: 'Ontwikkelingsperspectiefplan (OPP)',
  'tlv-speciaal-onderwijs': 'Toelaatbaarheidsverklaring en speciaal onderwijs',
  thuiszitten: 'Thuiszitten of (bijna) niet naar school',
  'schorsing-verwijdering': 'Schorsing of verwijdering',
  'lwoo-pro': 'Leerwegondersteuning of praktijkonderwijs',
  'cluster-1-2': 'Zien, horen, taal en spraak (cluster 1 en 2)',
  vrijstelling: 'Vrijstelling van de leerplicht',
  'jeugdhulp-zorg-op-school': 'Jeugdhulp en zorg op school',
  leerlingenvervoer: 'Leerlingenvervoer',
  overstap: 'Overstap naar een andere school of onderwijssoort',
  hoogbegaafdheid: 'Hoogbegaafdheid',
  'dyslexie-dyscalculie': 'Dyslexie en dyscalculie',
  'geschil-klacht': 'Onenigheid, klacht of geschil',
  hoorrecht: 'Gehoord worden als leerling',
  medezeggenschap: 'Medezeggenschap',
  anders: 'Iets anders',
};

export const STATUSSEN = {
  nieuw: 'Nieuw', 'in-behandeling': 'In behandeling', 'wacht-op-vrager': 'Wacht op vrager',
  beantwoord: 'Beantwoord', gesloten: 'Gesloten', ingetrokken: 'Ingetrokken',
};

export const SECTOREN = { po: 'Basisonderwijs', vo: 'Voortgezet onderwijs', 'so-vso': 'Speciaal onderwijs', mbo: 'Mbo', 'weet-niet': 'Weet niet' };
