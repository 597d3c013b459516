import type { Member } from '../domain/member';
import { formalName } from '../domain/member';
import type { Body } from '../domain/session';
import { longDate, printedTime } from './french-dates';
import type { QuorumVerdict } from './quorum';

/**
 * "La séance du 16 octobre 2023 s'est tenue à 11h00 à Toulon, sous la présidence de Monsieur
 * Jean-Louis MASSON, Président du Conseil départemental."
 */
export function sessionSentence(s: { date: string; time: string; place: string }, president: Member): string {
  return (
    `La séance du ${longDate(s.date)} s'est tenue à ${printedTime(s.time)} à ${s.place}, ` +
    `sous la présidence de ${formalName(president)}, ${president.quality ?? ''}.`
  );
}

/**
 * "Pour ce dossier, le quorum est atteint et la présidence est assurée par Monsieur Jean-Louis
 * MASSON, Président du Conseil départemental. Nombre de membres en exercice : 46" — the count ends
 * the line without a period, as published.
 */
export function dossierSentence(q: QuorumVerdict, presiding: Member, quality: string, membersInOffice: number): string {
  const quorumClause = q.met ? 'le quorum est atteint' : "le quorum n'est pas atteint";
  return (
    `Pour ce dossier, ${quorumClause} et la présidence est assurée par ${formalName(presiding)}, ${quality}. ` +
    `Nombre de membres en exercice : ${membersInOffice}`
  );
}

/** The examination sentence when the act does not carry its own wording. */
export function defaultExaminationSentence(body: Pick<Body, 'assembly' | 'code'>): string {
  const called = body.code === 'CP' ? 'appelée' : 'appelé';
  return `${body.assembly} est ${called} à examiner l'affaire citée en objet, inscrite à l'ordre du jour.`;
}
