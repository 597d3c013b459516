import { readFileSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { decodeXmlBytes } from '../../services/ctes-xml';
import { importAcknowledgement } from '../../services/legality';
import type { Command } from '../command';
import { parseCommand } from '../args';

export const arCommand: Command = {
  name: 'ar',
  usage: 'registre ar <ARActe.xml> [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    const file = positionals[0];
    if (file === undefined) throw validationError("Indiquez le fichier d'accusé de réception @ctes : registre ar <ARActe.xml>.", 'fichier');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw validationError(`Fichier « ${file} » illisible ou introuvable.`, 'fichier');
    }
    const act = importAcknowledgement(await openDb(), decodeXmlBytes(bytes));
    out(
      `Acte ${formatActNumber({ series: act.series, value: act.number })} de la séance du ${numericDate(act.sessionDate)} : ` +
        `reçu en préfecture le ${numericDate(act.legalityReceptionDate ?? '')}` +
        (act.executoryDate === null ? ' ; pas encore exécutoire.' : ` ; exécutoire le ${numericDate(act.executoryDate)}.`),
    );
  },
};
