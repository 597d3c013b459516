import { readFileSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { verifyPdf } from '../../services/signing';
import type { Command } from '../command';
import { parseCommand } from '../args';

const paris = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'registre verify <fichier.pdf>',
  async run(argv, { out }) {
    const { positionals } = parseCommand(argv, {});
    const input = positionals[0];
    if (input === undefined) throw validationError('Indiquez le PDF à vérifier : registre verify <fichier.pdf>.', 'fichier');
    let pdf: Uint8Array;
    try {
      pdf = readFileSync(input);
    } catch {
      throw validationError(`Fichier « ${input} » illisible ou introuvable.`, 'fichier');
    }
    const report = await verifyPdf(pdf);
    if (!report.signed) throw validationError(`« ${input} » ne porte aucune signature électronique.`, 'fichier');
    for (const s of report.signatures) {
      const state = !s.intact ? 'ALTÉRÉ depuis la signature' : s.coversWholeDocument ? 'intact' : 'intact, mais des modifications ont été ajoutées après la signature';
      const when = s.signingTime === null ? '' : `, le ${paris.format(s.signingTime)}`;
      out(`Signé par ${s.signerCommonName}${when} (${s.subFilter}) : ${state}.`);
    }
    if (report.signatures.some((s) => !s.intact || !s.coversWholeDocument)) {
      throw validationError(`« ${input} » a été modifié après sa signature : ne le publiez pas.`, 'fichier');
    }
  },
};
