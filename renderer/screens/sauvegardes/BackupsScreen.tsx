import { useState } from 'react';
import { Button } from 'react-aria-components';
import { counted } from '../../../shared/rules/plural';
import type { ContractClient } from '../../../shared/contract/client';
import type { BackupPreviewView, BackupView, RestoreView } from '../../../shared/contract/contract';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { longDate, screenInstant } from '../../../shared/rules/french-dates';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { useShell } from '../../app/shell/shell-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import './sauvegardes.css';

const kio = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

const REASONS: Record<string, string> = {
  quotidienne: 'quotidienne',
  manuelle: 'manuelle',
  'avant-migration': 'avant mise à jour',
  'avant-restauration': 'avant restauration',
};

const when = (b: BackupView) => screenInstant(b.date, 'long');
const dateOrDash = (d: string | null) => (d === null ? '—' : longDate(d));

/**
 * Sauvegardes: the register's backups, what each one holds, and its restoration into the open
 * register; for a shared register, where its backups are made instead (its server's tools).
 */
export function BackupsScreen({ client }: { client: ContractClient }) {
  const info = useCall(client, 'register:info', {});
  if (info.state === 'loading') return <Waiting />;
  if (info.state === 'ok' && info.value.shared) return <SharedRegisterBackups />;
  return <FileBackups client={client} />;
}

function SharedRegisterBackups() {
  return (
    <section aria-labelledby="backups-title" className="backups">
      <h1 id="backups-title">Sauvegardes</h1>
      <p className="backups-note">
        Ce registre est partagé : il vit sur un serveur PostgreSQL, où il se sauvegarde et se restaure, et non sur ce poste. Le service informatique
        le sauvegarde avec le serveur ; une sauvegarde s'en fait aussi depuis un poste par la commande <code>registre backup --db postgres://…</code>,
        et se restaure dans une base vide par <code>registre restore</code>.
      </p>
    </section>
  );
}

function FileBackups({ client }: { client: ContractClient }) {
  // A restoration adds a backup (the state before it): the list is read again.
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<{ restored: RestoreView; label: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  const { reportSessionChange } = useShell();
  const backupNow = async () => {
    setSaved(null);
    setFailure(null);
    const reply = await client.call('backup:now', {});
    if (!reply.ok) return setFailure(reply.error);
    setSaved(`Sauvegarde du ${when(reply.value)} enregistrée.`);
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="backups-title" className="backups">
      <h1 id="backups-title">Sauvegardes</h1>
      <p className="backups-note">
        Le registre est sauvegardé chaque jour à l'ouverture et avant chaque mise à jour ; les 30 dernières sauvegardes sont gardées dans le dossier
        « sauvegardes » à côté du registre.
      </p>
      <div className="actions">
        <Button onPress={() => void backupNow()}>Sauvegarder maintenant</Button>
        <span role="status" aria-live="polite" className="ok">
          {saved}
        </span>
      </div>
      {failure !== null && <Refused error={failure} />}
      {done !== null && (
        <p role="status" className="ok">
          Sauvegarde du {done.label} restaurée : le registre contient {counted(done.restored.restored.sessions.length, 'séance', 'séances')}. Son état précédent est conservé
          dans la sauvegarde « {done.restored.previous} » : restaurez-la pour annuler.
        </p>
      )}
      <BackupList
        key={version}
        client={client}
        onRestored={(restored, label) => {
          setDone({ restored, label });
          setVersion((v) => v + 1);
          // The register is now the backup's: the sidebar lists its séances, not the ones restored over.
          reportSessionChange();
        }}
      />
    </section>
  );
}

function BackupList({ client, onRestored }: { client: ContractClient; onRestored: (r: RestoreView, label: string) => void }) {
  const list = useCall(client, 'backups:list', {});
  const [selected, setSelected] = useState<BackupView | null>(null);
  if (list.state === 'loading') return <Waiting />;
  if (list.state === 'error') return <Refused error={list.error} />;
  if (list.value.length === 0) return <p>Aucune sauvegarde pour ce registre.</p>;
  return (
    <div className="backups-columns">
      <table className="backups-table">
        <caption>Sauvegardes, de la plus récente à la plus ancienne</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col" className="number">
              Taille
            </th>
            <th scope="col">
              <span className="visually-hidden">Contenu</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.value.map((b) => (
            <tr key={b.name} aria-current={selected?.name === b.name ? 'true' : undefined}>
              <th scope="row">{when(b)}</th>
              <td>{REASONS[b.reason] ?? b.reason}</td>
              <td className="number">{kio.format(b.size / 1024)} Kio</td>
              <td>
                <button type="button" className="link" onClick={() => setSelected(b)} aria-label={`Voir le contenu de la sauvegarde du ${when(b)}`}>
                  Voir le contenu
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected !== null && <BackupPreview key={selected.name} client={client} backup={selected} onRestored={onRestored} />}
    </div>
  );
}

function BackupPreview({ client, backup, onRestored }: { client: ContractClient; backup: BackupView; onRestored: (r: RestoreView, label: string) => void }) {
  const preview = useCall(client, 'backup:preview', { name: backup.name });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  if (preview.state === 'loading') return <Waiting />;
  if (preview.state === 'error') return <Refused error={preview.error} />;
  const p = preview.value;

  const restore = async () => {
    setBusy(true);
    setFailure(null);
    const reply = await client.call('backup:restore', { name: backup.name });
    setBusy(false);
    if (reply.ok) onRestored(reply.value, when(backup));
    else setFailure(reply.error);
  };

  return (
    <section className="backup-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Sauvegarde du {when(backup)}</h2>
      <p className={p.intact ? 'ok' : 'error'}>
        {p.intact ? 'Contrôle d’intégrité : sauvegarde intacte.' : 'Contrôle d’intégrité en échec : cette sauvegarde est endommagée et ne peut pas être restaurée.'}
      </p>
      {p.intact && <Contents preview={p} />}
      {p.intact && !p.restorable && <p className="error">Cette sauvegarde vient d'une version plus récente de Registre.</p>}
      {p.restorable && (
        <div className="actions">
          <ConfirmDialog trigger="Restaurer cette sauvegarde…" triggerClass="restore" title="Restaurer cette sauvegarde ?" action="Restaurer" onConfirm={() => void restore()} isDisabled={busy}>
            <p>
              Tout le registre ouvert (séances, actes, présences, votes, dates, signatures, paramètres) sera remplacé par le contenu de la sauvegarde du{' '}
              {when(backup)} : {counted(p.sessions.length, 'séance', 'séances')}, {counted(p.sessions.reduce((n, s) => n + s.acts, 0), 'acte', 'actes')}.
            </p>
            <p>
              L'état actuel du registre est d'abord sauvegardé (« avant restauration ») : restaurer cette sauvegarde-là annule l'opération. Le journal des
              modifications est conservé et note la restauration.
            </p>
          </ConfirmDialog>
          {busy && (
            <span role="status" aria-live="polite">
              Restauration en cours…
            </span>
          )}
        </div>
      )}
      {failure !== null && <Refused error={failure} />}
    </section>
  );
}

function Contents({ preview: p }: { preview: BackupPreviewView }) {
  return (
    <>
      <dl className="backup-facts">
        <dt>Version du schéma</dt>
        <dd>{p.schemaVersion}</dd>
        <dt>Dernière date exécutoire</dt>
        <dd>{dateOrDash(p.latest.executory)}</dd>
        <dt>Dernière réception en préfecture</dt>
        <dd>{dateOrDash(p.latest.reception)}</dd>
        <dt>Dernière mise en ligne</dt>
        <dd>{dateOrDash(p.latest.online)}</dd>
        <dt>Entrées du journal</dt>
        <dd>{p.journalEntries}</dd>
      </dl>
      {p.sessions.length === 0 ? (
        <p>Aucune séance.</p>
      ) : (
        <table>
          <caption>Séances contenues</caption>
          <thead>
            <tr>
              <th scope="col">Organe</th>
              <th scope="col">Séance</th>
              <th scope="col" className="number">
                Actes
              </th>
            </tr>
          </thead>
          <tbody>
            {p.sessions.map((s) => (
              <tr key={`${s.body}-${s.date}`}>
                <td>{s.body}</td>
                <th scope="row">{longDate(s.date)}</th>
                <td className="number">{counted(s.acts, 'acte', 'actes')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
