import { validationError } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import { recordLegalityDates } from '../../services/ctes/legality';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';

const printed = (d: string | null) => (d === null ? '—' : numericDate(d));

export const datesCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, {
      session: { type: 'string' },
      body: { type: 'string' },
      act: { type: 'string' },
      transmission: { type: 'string' },
      reception: { type: 'string' },
      online: { type: 'string' },
    });
    const where = { body: bodyCode(values), date: sessionDate(values), act: required(values, 'act') };
    const given = (name: string) => (typeof values[name] === 'string' ? { value: values[name] } : undefined);
    const transmission = given('transmission');
    const reception = given('reception');
    const online = given('online');
    if (transmission === undefined && reception === undefined && online === undefined) {
      throw validationError('Indiquez au moins une date : --transmission, --reception ou --online (AAAA-MM-JJ).', 'dates');
    }
    const a = recordLegalityDates(await openDb(), where.body, where.date, where.act, {
      ...(transmission === undefined ? {} : { transmissionDate: transmission.value }),
      ...(reception === undefined ? {} : { legalityReceptionDate: reception.value }),
      ...(online === undefined ? {} : { onlineDate: online.value }),
    }, now());
    out(
      `Acte ${a.series}${a.number} : transmis le ${printed(a.transmissionDate)}, reçu en préfecture le ${printed(a.legalityReceptionDate)}, ` +
        `mis en ligne le ${printed(a.onlineDate)} ; ${a.executoryDate === null ? 'pas encore exécutoire' : `exécutoire le ${numericDate(a.executoryDate)}`}.`,
    );
    // As the screen asks before (« Mettre en ligne sans accusé de réception ? »), said once done.
    if (a.executoryDate !== null && a.legalityReceptionDate === null) {
      out("Exécutoire sur sa seule transmission, sans accusé de réception enregistré : il est scellé, un accusé daté d'après ne pourra plus y être enregistré.");
    }
  },
};
