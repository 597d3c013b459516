import iconv from 'iconv-lite';
import { create } from 'xmlbuilder2';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { checkCtesTransmission, envelopeName } from '../../../shared/rules/ctes-envelope';
import type { Db } from '../../db/open';
import { getCollectivity } from '../../db/repositories/collectivity';
import { actTransmissions } from './ctes-bundle';
import { ACTES_NS, INSEE_NS } from './ctes-xml';
import { ctesTransmissionSettings } from '../settings/ctes-transmission';
import { tarGz } from './tar-gz';

/*
 * The archive form of the ministry's exchange format: per act, a .tar.gz named after its envelope
 * (`EACT--<SIREN>--<AAAAMMJJ>-<n>.tar.gz`) holding the envelope `EACT--<SIREN>--<AAAAMMJJ>-<n>.xml`
 * (actes:EnveloppeCLMISILL: the sender, the return address, the message sent), the message
 * `<IDActe>-1-1_0.xml` and the pieces `99_DE-<IDActe>-1-1_1.pdf`, `…_2.pdf`…, as the TdT
 * (S2LOW, STELA) write them. The date is the day the archives are made and n counts them from 1.
 * An operator of transmission prefixes its own trigram (« SIC-EACT--… ») when it sends them.
 */

export interface CtesArchive {
  /** "G25" */
  number: string;
  /** "EACT--228300018--20231021-1.tar.gz" */
  fileName: string;
  bytes: Uint8Array;
  /** The files inside, in order. */
  entries: string[];
}

const WHERE = 'renseignez-le dans Paramètres › Transmission @ctes (ou registre settings)';

/** The envelope of one message, encoded ISO-8859-1 like the message. */
export function envelopeXml(
  sender: { siren: string; departmentCode: string; arrondissement: string; nature: string },
  referent: { name: string | null; telephone: string | null; email: string },
  messageName: string,
): Uint8Array {
  const root = create({ version: '1.0', encoding: 'ISO-8859-1' }).ele(ACTES_NS, 'actes:EnveloppeCLMISILL').att('xmlns:insee', INSEE_NS);
  const emitter = root.ele(ACTES_NS, 'actes:Emetteur');
  emitter
    .ele(ACTES_NS, 'actes:IDCL')
    .att(INSEE_NS, 'insee:SIREN', sender.siren)
    .att(ACTES_NS, 'actes:Departement', sender.departmentCode)
    .att(ACTES_NS, 'actes:Arrondissement', sender.arrondissement)
    .att(ACTES_NS, 'actes:Nature', sender.nature);
  const r = emitter.ele(ACTES_NS, 'actes:Referent');
  if (referent.name !== null) r.ele(ACTES_NS, 'actes:Nom').txt(referent.name);
  if (referent.telephone !== null) r.ele(ACTES_NS, 'actes:Telephone').txt(referent.telephone);
  r.ele(ACTES_NS, 'actes:Email').txt(referent.email);
  root.ele(ACTES_NS, 'actes:AdressesRetour').ele(ACTES_NS, 'actes:Email').txt(referent.email);
  root.ele(ACTES_NS, 'actes:FormulairesEnvoyes').ele(ACTES_NS, 'actes:Formulaire').ele(ACTES_NS, 'actes:NomFichier').txt(messageName);
  const text = root.end({ prettyPrint: true }).replace(/[\u{100}-\u{10FFFF}]/gu, (c) => `&#${c.codePointAt(0)};`);
  return iconv.encode(`${text}\n`, 'latin1');
}

/**
 * The @ctes archives of one act (`act` "G25") or of every act of a session, one .tar.gz per act.
 * Refused, saying where to set them, while the arrondissement, the collectivité's @ctes nature or
 * the référent's e-mail are not set. `now` dates the envelopes and the files.
 */
export async function buildCtesArchives(db: Db, args: { body: BodyCode; date: string; act?: string; now: Date }): Promise<CtesArchive[]> {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const settings = ctesTransmissionSettings(db);
  checkCtesTransmission(settings);
  if (settings.arrondissement === null) throw validationError(`Enveloppe @ctes : l'arrondissement de la collectivité n'est pas renseigné ; ${WHERE}.`, 'arrondissement');
  if (settings.collectivityNature === null) {
    throw validationError(`Enveloppe @ctes : la nature @ctes de la collectivité n'est pas renseignée ; ${WHERE}.`, 'collectivityNature');
  }
  if (settings.referentEmail === null) {
    throw validationError(`Enveloppe @ctes : le courriel du référent (adresse de retour de la préfecture) n'est pas renseigné ; ${WHERE}.`, 'referentEmail');
  }
  const sender = {
    siren: collectivity.siren,
    departmentCode: collectivity.departmentCode,
    arrondissement: settings.arrondissement,
    nature: settings.collectivityNature,
  };
  const referent = { name: settings.referentName, telephone: settings.referentTelephone, email: settings.referentEmail };
  const day = [args.now.getFullYear(), args.now.getMonth() + 1, args.now.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  return (await actTransmissions(db, args)).map((t, i) => {
    const envelope = envelopeName(collectivity.siren, day, i + 1);
    const files = [{ name: envelope, bytes: envelopeXml(sender, referent, t.message.name) }, t.message, ...t.pieces];
    return { number: t.number, fileName: envelope.replace(/\.xml$/, '.tar.gz'), bytes: tarGz(files, args.now), entries: files.map((f) => f.name) };
  });
}
