import { validationError } from '../../../shared/domain/errors';
import { signatureVerdict } from '../../../shared/rules/signature-verdict';
import { verifyPdf } from '../../services/signing';
import type { CommandCode } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

const paris = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export const verifyCommand: CommandCode = {
  async run(argv, { out }) {
    const { positionals } = parseCommand(argv, {});
    const { file: input, bytes: pdf } = readInput(positionals, 'Indiquez le PDF à vérifier : registre verify <fichier.pdf>.');
    const report = await verifyPdf(pdf);
    if (!report.signed) throw validationError(`« ${input} » ne porte aucune signature électronique.`, 'fichier');
    for (const s of report.signatures) {
      const when = s.signingTime === null ? '' : `, le ${paris.format(s.signingTime)}`;
      out(`Signé par ${s.signerCommonName}${when} (${s.subFilter}) : ${signatureVerdict(s).text}.`);
    }
    if (report.signatures.some((s) => !signatureVerdict(s).sound)) {
      throw validationError(`« ${input} » a été modifié après sa signature : ne le publiez pas.`, 'fichier');
    }
  },
};
