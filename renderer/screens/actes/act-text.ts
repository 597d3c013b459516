import type { ActContentView } from '../../../shared/contract/contract';

/*
 * The editor shows each list of paragraphs as one text area: one paragraph per line, and for the
 * decisions one decision per block of lines separated by an empty line (a decision's own lines
 * carry its tables and sub-items). What the secretary typed is kept as typed until it is saved.
 */

export interface ActTexts {
  object: string;
  serviceCodeLines: string;
  examinationSentence: string;
  visas: string;
  considerants: string;
  decisions: string;
  decisionNotes: string;
  annexes: string;
}

export function textsOf(c: ActContentView): ActTexts {
  return {
    object: c.object,
    serviceCodeLines: c.serviceCodeLines.join('\n'),
    examinationSentence: c.examinationSentence ?? '',
    visas: c.visas.join('\n'),
    considerants: c.considerants.join('\n'),
    decisions: c.decisions.join('\n\n'),
    decisionNotes: c.decisionNotes.join('\n'),
    annexes: c.annexes.map((a) => a.title).join('\n'),
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');

export function contentOf(t: ActTexts, previous: ActContentView): Omit<ActContentView, 'vote'> {
  return {
    object: t.object.trim(),
    serviceCodeLines: lines(t.serviceCodeLines),
    examinationSentence: t.examinationSentence.trim() === '' ? null : t.examinationSentence.trim(),
    visas: lines(t.visas),
    considerants: lines(t.considerants),
    decisions: t.decisions
      .split(/\n[ \t]*\n/)
      .map((d) => d.split('\n').map((l) => l.trimEnd()).join('\n').trim())
      .filter((d) => d !== ''),
    decisionNotes: lines(t.decisionNotes),
    annexes: lines(t.annexes).map((title, i) => ({ kind: previous.annexes[i]?.kind ?? 'annexe', title })),
  };
}
