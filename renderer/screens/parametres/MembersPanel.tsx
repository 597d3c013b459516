import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { BodyView, MandateView, MemberView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { bodyLabel } from '../../../shared/domain/body';
import { counted } from '../../../shared/rules/plural';
import type { Civility } from '../../../shared/domain/member';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Choice, Pick } from './Choice';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';

const CIVILITIES = [
  { id: 'M.', label: 'M.' },
  { id: 'Mme', label: 'Mme' },
] as const;

/** A form opened from a row of the table takes the focus, so that the keyboard and the screen reader follow. */
function useFocusWhen(opened: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (opened) ref.current?.focus();
  }, [opened]);
  return ref;
}

const frenchDate = (iso: string | null) => (iso === null ? '' : iso.split('-').reverse().join('/'));

/** Élus et ordre du tableau: the mandates in office body by body, a member form and a mandate form. */
export function MembersPanel(props: { client: ContractClient; bodies: BodyView[]; members: MemberView[]; mandates: MandateView[]; saved: () => void }) {
  const { client, bodies, members, mandates, saved } = props;
  const [member, setMember] = useState<MemberView | null>(null);
  const [mandate, setMandate] = useState<MandateDraft>(newMandate(bodies[0]?.code ?? 'CP', null));
  const [formKey, setFormKey] = useState(0);
  const move = useSave([]);
  const editMember = (m: MemberView | null) => (setMember(m), setFormKey(formKey + 1));
  const editMandate = (d: MandateDraft) => (setMandate(d), setFormKey(formKey + 1));
  return (
    <>
      <div className="settings-columns">
        <MemberForm
          key={`member-${formKey}`}
          client={client}
          initial={member}
          onCancel={() => editMember(null)}
          saved={(m) => {
            saved();
            if (member === null) setMandate(newMandate(mandate.body, m.id));
          }}
        />
        <MandateForm key={`mandate-${formKey}-${mandate.memberId ?? ''}`} client={client} bodies={bodies} members={members} initial={mandate} onCancel={() => editMandate(newMandate(mandate.body, null))} saved={saved} />
      </div>
      <DeleteMemberForm client={client} members={members} deleted={() => (editMember(null), saved())} />
      <h2>Ordre du tableau</h2>
      <p>Les élus ayant un rang (Président, vice-présidents…) viennent d'abord, dans l'ordre ; les autres suivent par ordre alphabétique. Un rang se donne dans le formulaire du mandat.</p>
      <Outcome state={move} />
      {bodies.map((b) => (
        <PrecedenceTable
          key={b.code}
          body={b}
          mandates={mandates.filter((m) => m.body === b.code)}
          busy={move.busy}
          onMove={(m, direction) =>
            void move.run(
              () => client.call('precedence:move', { mandateId: m.id, direction }),
              (list) => `${m.member} est désormais au rang ${list.find((x) => x.id === m.id)?.precedence ?? ''}.`,
              saved,
            )
          }
          onEditMandate={(m) => editMandate({ ...m, precedence: m.precedence === null ? '' : String(m.precedence), quality: m.quality ?? '', endDate: m.endDate ?? '' })}
          onEditMember={(m) => editMember(members.find((x) => x.id === m.memberId) ?? null)}
        />
      ))}
    </>
  );
}

function PrecedenceTable(props: {
  body: BodyView;
  mandates: MandateView[];
  busy: boolean;
  onMove: (m: MandateView, direction: 'up' | 'down') => void;
  onEditMandate: (m: MandateView) => void;
  onEditMember: (m: MandateView) => void;
}) {
  const ranked = props.mandates.filter((m) => m.precedence !== null);
  return (
    <table className="settings-table">
      <caption>
        {props.body.name} — {counted(props.mandates.length, 'élu en exercice', 'élus en exercice')}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="number">
            Rang
          </th>
          <th scope="col">Élu</th>
          <th scope="col">Qualité</th>
          <th scope="col">Mandat</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {props.mandates.map((m) => {
          const index = ranked.indexOf(m);
          return (
            <tr key={m.id}>
              <td className="number">{m.precedence ?? '—'}</td>
              <th scope="row">{m.member}</th>
              <td>{m.quality ?? ''}</td>
              <td className="nowrap">
                {frenchDate(m.startDate)}
                {m.endDate === null ? '' : ` – ${frenchDate(m.endDate)}`}
              </td>
              <td>
                <div className="settings-row-actions">
                {index !== -1 && (
                  <>
                    <Button className="small" aria-label={`Monter ${m.member}`} isDisabled={props.busy || index === 0} onPress={() => props.onMove(m, 'up')}>
                      Monter
                    </Button>
                    <Button className="small" aria-label={`Descendre ${m.member}`} isDisabled={props.busy || index === ranked.length - 1} onPress={() => props.onMove(m, 'down')}>
                      Descendre
                    </Button>
                  </>
                )}
                <Button className="link" aria-label={`Modifier le mandat de ${m.member}`} onPress={() => props.onEditMandate(m)}>
                  Mandat
                </Button>
                <Button className="link" aria-label={`Corriger l'élu ${m.member}`} onPress={() => props.onEditMember(m)}>
                  Élu
                </Button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MemberForm(props: { client: ContractClient; initial: MemberView | null; onCancel: () => void; saved: (m: MemberView) => void }) {
  const { initial } = props;
  // No civility chosen in advance: a pre-checked « Mme » once made a second, silent entry of M. BERNARD.
  const [civility, setCivility] = useState<Civility | null>(initial?.civility ?? null);
  const [firstName, setFirstName] = useState(initial?.firstName ?? '');
  const [lastName, setLastName] = useState(initial?.lastName ?? '');
  const save = useSave(['civility', 'firstName', 'lastName']);
  const title = initial === null ? 'Ajouter un élu' : `Corriger ${initial.label}`;
  const heading = useFocusWhen(initial !== null);
  return (
    <Form
      className="settings-form"
      aria-label={title}
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        if (civility === null) return save.refuse({ type: 'validation', message: 'Civilité : obligatoire ; choisissez « M. » ou « Mme ».', field: 'civility' });
        void save.run(
          () => props.client.call('member:save', { id: initial?.id ?? null, civility, firstName, lastName }),
          (m) => {
            const e = civility === 'Mme' ? 'e' : '';
            return initial === null ? `${m.label} ajouté${e} au registre ; donnez-lui un mandat ci-contre.` : `${m.label} enregistré${e}.`;
          },
          (m) => {
            // A new member is added: the form is ready for the next one.
            if (initial === null) {
              setCivility(null);
              setFirstName('');
              setLastName('');
            }
            props.saved(m);
          },
        );
      }}
    >
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <Choice name="civility" label="Civilité" value={civility} options={CIVILITIES} onChange={(v) => (save.edited(), setCivility(v))} isRequired />
      <Field name="firstName" label="Prénom" value={firstName} onChange={(v) => (save.edited(), setFirstName(v))} isRequired />
      <Field name="lastName" label="Nom" value={lastName} onChange={(v) => (save.edited(), setLastName(v))} description="Écrit en capitales dans les listes." isRequired />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          {initial === null ? "Ajouter l'élu" : "Enregistrer l'élu"}
        </Button>
        {initial !== null && (
          <Button className="link" onPress={props.onCancel}>
            Annuler
          </Button>
        )}
      </div>
      <Outcome state={save} />
    </Form>
  );
}

interface MandateDraft {
  id: number | null;
  memberId: number | null;
  body: BodyCode;
  startDate: string;
  endDate: string;
  quality: string;
  precedence: string;
}

const newMandate = (body: BodyCode, memberId: number | null): MandateDraft => ({
  id: null,
  memberId,
  body,
  startDate: new Date().toISOString().slice(0, 10),
  endDate: '',
  quality: '',
  precedence: '',
});

const MANDATE_FIELDS = ['memberId', 'body', 'startDate', 'endDate', 'quality', 'precedence'];

function MandateForm(props: { client: ContractClient; bodies: BodyView[]; members: MemberView[]; initial: MandateDraft; onCancel: () => void; saved: () => void }) {
  const [d, setD] = useState(props.initial);
  const save = useSave(MANDATE_FIELDS, (f) => (f === 'id' ? 'memberId' : f));
  const change = (next: MandateDraft) => (save.edited(), setD(next));
  const set = (key: keyof MandateDraft) => (v: string) => change({ ...d, [key]: v });
  const member = props.members.find((m) => m.id === d.memberId);
  const title = d.id === null ? 'Ajouter un mandat' : `Modifier le mandat de ${member?.label ?? ''}`;
  const heading = useFocusWhen(props.initial.id !== null);
  const submit = () => {
    const rank = d.precedence.trim();
    if (d.memberId === null) return save.refuse({ type: 'validation', message: 'Élu : choisissez un élu dans la liste.', field: 'memberId' });
    if (rank !== '' && !/^\d+$/.test(rank)) {
      return save.refuse({ type: 'validation', message: 'Rang : un nombre entier (0 pour le Président, 1 pour le Premier Vice-président…), ou vide.', field: 'precedence' });
    }
    const input = {
      id: d.id,
      memberId: d.memberId,
      body: d.body,
      startDate: d.startDate,
      endDate: d.endDate === '' ? null : d.endDate,
      quality: d.quality,
      precedence: rank === '' ? null : Number(rank),
    };
    return save.run(() => props.client.call('mandate:save', input), (m) => `Mandat de ${m.member} enregistré.`, (m) => (setD({ ...d, id: m.id }), props.saved()));
  };
  return (
    <Form
      className="settings-form"
      aria-label={title}
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <Pick name="memberId" label="Élu" value={d.memberId} options={props.members} onChange={(memberId) => change({ ...d, memberId })} />
      <Choice name="body" label="Organe" value={d.body} options={props.bodies.map((b) => ({ id: b.code, label: bodyLabel(b.code) }))} onChange={(body) => change({ ...d, body })} />
      <Field name="startDate" label="Début du mandat" type="date" value={d.startDate} onChange={set('startDate')} isRequired />
      <Field name="endDate" label="Fin du mandat" type="date" value={d.endDate} onChange={set('endDate')} description="Vide tant que le mandat court." />
      <Field name="quality" label="Qualité" value={d.quality} onChange={set('quality')} size={50} description="Par exemple « Premier Vice-président du Conseil départemental » ; vide pour un conseiller." />
      <Field name="precedence" label="Rang dans l'ordre du tableau" value={d.precedence} onChange={set('precedence')} size={4} description="0 pour le Président, 1 pour le Premier Vice-président… ; vide pour les autres élus." />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer le mandat
        </Button>
        {d.id !== null && (
          <Button className="link" onPress={props.onCancel}>
            Nouveau mandat
          </Button>
        )}
      </div>
      <Outcome state={save} />
    </Form>
  );
}

/**
 * Deletes a member entered by mistake (a twin, a typo), after a confirmation; the register refuses,
 * saying why, a member who sat in a session.
 */
function DeleteMemberForm(props: { client: ContractClient; members: MemberView[]; deleted: () => void }) {
  const [id, setId] = useState<number | null>(null);
  const save = useSave(['id']);
  const chosen = props.members.find((m) => m.id === id);
  return (
    <Form className="settings-form" aria-labelledby="delete-member-title" validationBehavior="aria" validationErrors={save.errors} onSubmit={(e) => e.preventDefault()}>
      <h3 id="delete-member-title">Supprimer un élu inscrit par erreur</h3>
      <Pick name="id" label="Élu à supprimer" value={id} options={props.members.map((m) => ({ id: m.id, label: m.label }))} onChange={(v) => (save.edited(), setId(v))} />
      <div className="actions">
        <ConfirmDialog
          trigger="Supprimer l'élu"
          triggerClass="secondary"
          title={`Supprimer ${chosen?.label ?? "l'élu"} ?`}
          action="Supprimer définitivement"
          isDisabled={chosen === undefined || save.busy}
          onConfirm={() => {
            if (id === null) return;
            void save.run(
              () => props.client.call('member:delete', { id }),
              (v) => `${v.label} supprimé${chosen?.civility === 'Mme' ? 'e' : ''} du registre, avec ses mandats.`,
              () => (setId(null), props.deleted()),
            );
          }}
        >
          <p>
            {chosen?.label} et ses mandats seront supprimés du registre. Seul un élu qui n'a siégé dans aucune séance (ni présence, ni procuration, ni
            présidence, ni vote, ni signature) peut l'être ; sinon, donnez une fin à son mandat.
          </p>
        </ConfirmDialog>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
