import { numericDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { decodeXmlBytes } from '../../services/ctes/ctes-xml';
import { importAcknowledgement } from '../../services/ctes/legality';
import type { CommandCode } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

export const arCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { positionals } = parseCommand(argv, {});
    const { bytes } = readInput(positionals, "Indiquez le fichier d'accusé de réception @ctes : registre ar <ARActe.xml>.");
    const act = importAcknowledgement(await openDb(), decodeXmlBytes(bytes), now());
    out(
      `Acte ${formatActNumber({ series: act.series, value: act.number })} de la séance du ${numericDate(act.sessionDate)} : ` +
        `reçu en préfecture le ${numericDate(act.legalityReceptionDate ?? '')}` +
        (act.executoryDate === null ? ' ; pas encore exécutoire.' : ` ; exécutoire le ${numericDate(act.executoryDate)}.`),
    );
  },
};
