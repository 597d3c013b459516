import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { SharedRegisterEntry } from '../../../shared/contract/contract';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { Field, Outcome } from '../parametres/Fields';
import { useSave } from '../parametres/use-save';
import '../parametres/parametres.css';

interface Target {
  host: string;
  port: string;
  database: string;
  user: string;
}

const EMPTY: Target = { host: '', port: '5432', database: 'registre', user: '' };

const named = (r: SharedRegisterEntry) => `${r.database} sur ${r.host}:${r.port} (${r.user})`;

/**
 * « Ouvrir un registre partagé » : the address of a register that a team shares on a PostgreSQL
 * server, and the secretary's own account on it. Once the server accepts, the whole page starts
 * again on that register: nothing read from the previous one stays on screen.
 */
export function SharedRegisterScreen({ client }: { client: ContractClient }) {
  const known = useCall(client, 'register:shared-list', {});
  const [target, setTarget] = useState<Target>(EMPTY);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const save = useSave(['host', 'port', 'database', 'user', 'password', 'remember']);
  const set = (key: keyof Target) => (v: string) => (save.edited(), setTarget({ ...target, [key]: v }));
  const open = (t: Target, typed: string, keep: boolean) =>
    save.run(
      () =>
        client.call('register:open-shared', {
          host: t.host,
          // A port that is not a number is refused by the contract, under the field, like any other.
          port: /^\d+$/.test(t.port.trim()) ? Number(t.port) : (t.port as unknown as number),
          database: t.database,
          user: t.user,
          ...(typed === '' ? {} : { password: typed }),
          remember: keep,
        }),
      (opened) => `Registre partagé ouvert : ${opened.file}. Chargement…`,
      () => {
        window.location.hash = '#/';
        window.location.reload();
      },
    );
  const keychain = known.state === 'ok' && known.value.keychain;
  return (
    <section aria-labelledby="shared-title" className="settings">
      <h1 id="shared-title">Ouvrir un registre partagé</h1>
      <p className="settings-note">
        Le registre d'une équipe vit sur un serveur PostgreSQL : chaque secrétaire s'y connecte avec son propre compte, et le journal la nomme. Le registre
        ouvert dans cette fenêtre est fermé quand le serveur accepte la connexion.
      </p>
      {known.state === 'loading' && <Waiting />}
      {known.state === 'error' && <Refused error={known.error} />}
      {known.state === 'ok' && known.value.registers.length > 0 && (
        <table className="settings-table">
          <caption>Registres partagés déjà ouverts sur ce poste</caption>
          <thead>
            <tr>
              <th scope="col">Registre</th>
              <th scope="col">Mot de passe</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {known.value.registers.map((r) => (
              <tr key={named(r)}>
                <th scope="row">{named(r)}</th>
                <td>{r.passwordKept ? 'gardé dans le trousseau' : 'demandé à l’ouverture'}</td>
                <td className="settings-row-actions">
                  {r.passwordKept && (
                    <Button className="small" isDisabled={save.busy} onPress={() => void open({ ...r, port: String(r.port) }, '', false)}>
                      Ouvrir<span className="visually-hidden"> {named(r)}</span>
                    </Button>
                  )}
                  <Button className="small" onPress={() => (save.edited(), setTarget({ ...r, port: String(r.port) }), setPassword(''))}>
                    Remplir le formulaire<span className="visually-hidden"> avec {named(r)}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form
        className="settings-form"
        aria-labelledby="shared-form-title"
        validationBehavior="aria"
        validationErrors={save.errors}
        onSubmit={(e) => {
          e.preventDefault();
          void open(target, password, remember);
        }}
      >
        <h2 id="shared-form-title">Adresse et compte</h2>
        <Field name="host" label="Serveur" value={target.host} onChange={set('host')} size={40} description="Nom ou adresse du serveur, par exemple registre.departement.local." isRequired />
        <Field name="port" label="Port" value={target.port} onChange={set('port')} size={6} description="5432 sauf indication de votre service informatique." isRequired />
        <Field name="database" label="Base" value={target.database} onChange={set('database')} size={30} isRequired />
        <Field name="user" label="Utilisateur" value={target.user} onChange={set('user')} size={30} description="Votre compte sur le serveur : le journal des modifications l'inscrit." isRequired />
        <Field
          name="password"
          label="Mot de passe"
          type="password"
          value={password}
          onChange={(v) => (save.edited(), setPassword(v))}
          size={30}
          description={
            keychain
              ? 'Laissé vide : celui que le trousseau garde, sinon celui de la variable PGPASSWORD ou du fichier .pgpass de ce poste.'
              : 'Laissé vide : celui de la variable PGPASSWORD ou du fichier .pgpass de ce poste.'
          }
        />
        {keychain ? (
          <label className="settings-check">
            <input type="checkbox" name="remember" checked={remember} onChange={(e) => (save.edited(), setRemember(e.target.checked))} />
            Garder le mot de passe dans le trousseau du système (chiffré ; jamais écrit en clair)
          </label>
        ) : (
          <p className="settings-note">Ce poste n'a pas de trousseau du système : le mot de passe n'est jamais gardé, il est demandé à chaque ouverture.</p>
        )}
        {save.errors.remember !== undefined && <p className="error">{save.errors.remember}</p>}
        <div className="actions">
          <Button type="submit" isDisabled={save.busy}>
            Ouvrir le registre partagé
          </Button>
        </div>
        <Outcome state={save} />
      </Form>
    </section>
  );
}
