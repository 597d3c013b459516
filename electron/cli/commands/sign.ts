import { checkProducedByRegistre, readCertificate, signPdf } from '../../services/signing';
import type { CommandCode } from '../command';
import { readInput } from '../input';
import { parseCommand, required } from '../args';
import { writeOutput } from '../output';
import { certificateFromOptions } from '../passphrase';

export const signCommand: CommandCode = {
  async run(argv, { out, now }) {
    const { values, positionals } = parseCommand(argv, {
      p12: { type: 'string' },
      'password-env': { type: 'string' },
      out: { type: 'string' },
      qualite: { type: 'string' },
    });
    const { file, bytes: pdf } = readInput(positionals, 'Indiquez le PDF à signer : registre sign <entrée.pdf> …');
    const target = required(values, 'out');
    const { p12, passphrase } = certificateFromOptions(values);
    await checkProducedByRegistre(pdf, file);
    const signingTime = now();
    const certificate = await readCertificate(p12, passphrase, signingTime);
    const quality = typeof values.qualite === 'string' && values.qualite.trim() !== '' ? `, ${values.qualite.trim()}` : '';
    const signed = await signPdf(pdf, p12, passphrase, { signingTime, signerLabel: `${certificate.subjectCommonName}${quality}` });
    writeOutput(target, signed);
    out(`PDF signé par ${certificate.subjectCommonName} (certificat n° ${certificate.serialNumber}) : ${target}`);
  },
};
