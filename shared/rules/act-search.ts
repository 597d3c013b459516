/**
 * Finding an act across the register as a secretary types it: by its number (« G25 »), its
 * session's date (« 16/10/2023 », « 10/2023 », « 2023 » or « 2023-10-16 ») or words of its objet,
 * accents and capitals ignored. Every word typed must match; a word shaped like a number finds that
 * number only.
 */
export interface SearchableAct {
  /** As printed, e.g. "G25". */
  number: string;
  /** The session's ISO date. */
  date: string;
  object: string;
}

/** « Garantie d'emprunt » → « garantie d'emprunt »; « Éducation » → « education ». */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** « 16/10/2023 » → « 2023-10-16 », « 10/2023 » → « 2023-10 », « 2023 » stays: a prefix of ISO dates. */
function datePrefix(word: string): string | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(word);
  if (m !== null) return `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  m = /^(\d{1,2})\/(\d{4})$/.exec(word);
  if (m !== null) return `${m[2]}-${m[1]?.padStart(2, '0')}`;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(word)) return word;
  return null;
}

/** The test an act passes to be found by `query`; an empty query finds nothing. */
export function actMatcher(query: string): (act: SearchableAct) => boolean {
  const words = foldText(query).split(' ').filter((w) => w !== '');
  if (words.length === 0) return () => false;
  return (act) => {
    const object = foldText(act.object);
    return words.every((word) => {
      // « g25 » is an act number: it finds that act, not the objets that cite it.
      if (/^[a-z][1-9][0-9]*$/.test(word)) return act.number.toLowerCase() === word;
      const prefix = datePrefix(word);
      return (prefix !== null && act.date.startsWith(prefix)) || object.includes(word);
    });
  };
}
