import { join } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { renderExtracts } from '../../services/documents/extracts';
import { signExtract } from '../../services/documents/signed-extracts';
import { writeOutput } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';
import { certificateFromOptions } from '../passphrase';

export const extractCommand: CommandCode = {
  async run(argv, { openDb, readDb, out, now }) {
    const { values } = parseCommand(argv, {
      session: { type: 'string' },
      body: { type: 'string' },
      act: { type: 'string' },
      all: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      sign: { type: 'boolean' },
      p12: { type: 'string' },
      'password-env': { type: 'string' },
      delegation: { type: 'string' },
    });
    const format = required(values, 'format');
    if (format !== 'pdf' && format !== 'docx') throw validationError(`Option --format : « ${format} » inconnu ; attendu pdf ou docx.`, 'format');
    const act = typeof values.act === 'string' ? values.act : undefined;
    if ((act === undefined) === (values.all !== true)) throw validationError("Indiquez soit --act <numéro>, soit --all.", 'act');
    const target = required(values, 'out');
    const where = { body: bodyCode(values), date: sessionDate(values) };
    if (values.sign === true) {
      if (act === undefined) throw validationError('Option --sign : on signe un acte à la fois ; indiquez --act <numéro> au lieu de --all.', 'sign');
      if (format !== 'pdf') throw validationError('Option --sign : seul un extrait PDF peut être signé ; indiquez --format pdf.', 'sign');
      const { p12, passphrase } = certificateFromOptions(values);
      const delegation = typeof values.delegation === 'string' ? values.delegation : undefined;
      const signed = await signExtract(await openDb(), { ...where, act, p12, passphrase, now: now(), ...(delegation === undefined ? {} : { delegation }) });
      writeOutput(target, signed.bytes);
      const s = signed.signature;
      out(
        signed.alreadySigned
          ? `Extrait ${signed.number} déjà signé le ${s.signedAt} par ${s.signerLabel} : copie de l'extrait signé enregistré écrite dans ${target}.`
          : `Extrait ${signed.number} signé par ${s.signerLabel} (certificat n° ${s.serialNumber})` +
              `${s.delegation === null ? '' : `, par délégation : ${s.delegation}`} : ${target}`,
      );
      return;
    }
    if (values.p12 !== undefined || values['password-env'] !== undefined || values.delegation !== undefined) {
      throw validationError('Options --p12, --password-env et --delegation : elles ne servent qu’avec --sign.', 'sign');
    }
    const total = { count: 0 };
    const extracts = await renderExtracts(await readDb(), {
      ...where,
      ...(act === undefined ? {} : { act }),
      format,
      now: now(),
      onProgress: (number) => {
        total.count += 1;
        if (act === undefined) out(`${number} : extrait généré (${total.count})`);
      },
    });
    for (const e of extracts) writeOutput(act === undefined ? join(target, `${e.number}.${format}`) : target, e.bytes);
    out(act === undefined ? `${extracts.length} extraits écrits dans ${target}.` : `Extrait ${extracts[0]?.number ?? act} écrit dans ${target}.`);
  },
};
