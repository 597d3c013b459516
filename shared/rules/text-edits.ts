import type { JournalEntryView } from '../contract/channels/register';
import { counted } from './plural';

/** The start of the journal's « after » for a change of an act's text. */
export const TEXT_CHANGED = 'texte modifié';

/**
 * The journal's « after » for a change of an act's text: « texte modifié : objet, décisions »; for
 * `saves` successive saves shown as one, « texte modifié (3 enregistrements) : objet, décisions ».
 */
export function textChanged(fields: readonly string[], saves = 1): string {
  return `${TEXT_CHANGED}${saves === 1 ? '' : ` (${counted(saves, 'enregistrement', 'enregistrements')})`} : ${fields.join(', ')}`;
}

/** Two saves of one secretary this close (or closer) belong to one working stretch on the act. */
const STRETCH_MS = 30 * 60 * 1000;

const fieldsOf = (e: JournalEntryView): string[] => (e.after ?? '').slice(`${TEXT_CHANGED} : `.length).split(', ').filter((f) => f !== '');
const isTextEdit = (e: JournalEntryView) => e.subject === 'acte' && (e.after ?? '').startsWith(TEXT_CHANGED);

/**
 * An act's journal as its panel shows it: the text is journaled at every autosave that changes it
 * (the act's version rests on those entries), so a secretary drafting for an hour leaves dozens of
 * « texte modifié » lines. Consecutive ones by the same secretary, each within half an hour of the
 * next, are shown as one — the newest, « texte modifié (12 enregistrements) : visas, décisions ».
 * The journal itself keeps every entry (Journal screen, CSV export, `registre journal`, the
 * service's actJournal).
 * `entries` newest first, as the journal lists them.
 */
export function groupTextEdits(entries: readonly JournalEntryView[]): JournalEntryView[] {
  const shown: { entry: JournalEntryView; saves: number; fields: string[]; oldest: JournalEntryView }[] = [];
  for (const entry of entries) {
    const last = shown[shown.length - 1];
    const joins =
      last !== undefined &&
      isTextEdit(entry) &&
      isTextEdit(last.oldest) &&
      entry.author === last.oldest.author &&
      Date.parse(last.oldest.at) - Date.parse(entry.at) <= STRETCH_MS;
    if (joins) {
      last.saves++;
      last.fields = [...fieldsOf(entry).filter((f) => !last.fields.includes(f)), ...last.fields];
      last.oldest = entry;
    } else shown.push({ entry, saves: 1, fields: fieldsOf(entry), oldest: entry });
  }
  return shown.map(({ entry, saves, fields }) => (saves === 1 ? entry : { ...entry, after: textChanged(fields, saves) }));
}
