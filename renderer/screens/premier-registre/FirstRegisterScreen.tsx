import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { BodiesPanel } from '../parametres/BodiesForm';
import { CollectivityForm } from '../parametres/CollectivityForm';
import { MembersPanel } from '../parametres/MembersPanel';
import { SignatoriesPanel } from '../parametres/SignatoriesForm';
import { NewSessionForm } from '../seances/NewSessionForm';
import { SessionFileImport } from '../seances/SessionFileImport';
import { MembersImport } from './MembersImport';
import '../parametres/parametres.css';
import './premier-registre.css';

/**
 * The guided first screen of an empty register: the collectivité, its organes, the élus and their
 * mandates (typed or imported from a spreadsheet), then the first session — with the Paramètres
 * forms themselves, so that what is set here is what Paramètres shows.
 */
export function FirstRegisterScreen({ client, open }: { client: ContractClient; open: (body: BodyCode, date: string) => void }) {
  const { loaded, reload } = useLiveCall(client, 'settings:get', {});
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const s = loaded.value;
  const steps = [
    { done: s.collectivity !== null, label: 'Collectivité' },
    { done: s.bodies.length > 0, label: 'Organes' },
    { done: s.mandates.length > 0, label: 'Élus et mandats' },
    { done: s.signatories.some((x) => x.source !== 'none'), label: 'Signataire' },
  ];
  return (
    <section aria-labelledby="first-title" className="first-register settings">
      <h1 id="first-title">Nouveau registre : mise en route</h1>
      <p>
        Ce registre est vide. Renseignez la collectivité, ses organes, ses élus et le signataire de la certification, puis créez la première
        séance ; tout se corrige ensuite dans Paramètres.
      </p>
      <ol className="first-steps" aria-label="Étapes">
        {steps.map((step) => (
          <li key={step.label} className={step.done ? 'ok' : undefined}>
            {step.label} {step.done ? '(fait)' : '(à faire)'}
          </li>
        ))}
      </ol>
      <div className="first-step">
        <CollectivityForm client={client} initial={s.collectivity} saved={reload} />
      </div>
      <section className="first-step" aria-labelledby="first-bodies-title">
        <h2 id="first-bodies-title">Organes</h2>
        <BodiesPanel client={client} bodies={s.bodies} saved={reload} />
      </section>
      <section className="first-step" aria-labelledby="first-members-title">
        <h2 id="first-members-title">Élus et mandats</h2>
        {s.bodies.length === 0 ? (
          <p>Enregistrez d'abord au moins un organe : chaque mandat est celui d'un élu sur un organe.</p>
        ) : (
          <>
            <MembersImport client={client} imported={reload} />
            <MembersPanel client={client} bodies={s.bodies} members={s.members} mandates={s.mandates} saved={reload} />
          </>
        )}
      </section>
      {s.signatories.length > 0 && (
        <div className="first-step">
          <p>La certification du caractère exécutoire, imprimée sur chaque extrait, est signée par :</p>
          <SignatoriesPanel client={client} signatories={s.signatories} saved={reload} />
        </div>
      )}
      <div className="first-step">
        <NewSessionForm client={client} created={open} title="Première séance" submit="Créer la première séance" />
      </div>
      <div className="first-step">
        <SessionFileImport client={client} imported={open} />
      </div>
    </section>
  );
}
