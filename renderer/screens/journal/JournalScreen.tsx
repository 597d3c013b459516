import { counted } from '../../../shared/rules/plural';
import { useMemo, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { JournalFilter } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { saveFile } from '../../app/download';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { Select } from '../../ui/Select';
import { JournalTable } from './JournalTable';
import './journal.css';

const ALL = '*';

/**
 * Journal: the changes of the whole register or of a session (one of its acts), filtered by author,
 * kind of change and days; « Exporter en CSV » writes exactly what `registre journal --csv` writes.
 */
export function JournalScreen({ client, body, date }: { client: ContractClient; body?: BodyCode; date?: string }) {
  const sessions = useCall(client, 'sessions:list', {});
  const [session, setSession] = useState(body !== undefined && date !== undefined ? `${body}:${date}` : ALL);
  const [act, setAct] = useState('');
  const [author, setAuthor] = useState(ALL);
  const [subject, setSubject] = useState(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [chosenBody, chosenDate] = session === ALL ? [undefined, undefined] : (session.split(':') as [BodyCode, string]);
  const scope = { ...(chosenBody === undefined ? {} : { body: chosenBody, date: chosenDate }) };
  // Who and what can be chosen: what the register or the session holds.
  const everything = useCall(client, 'journal:search', scope);
  const filter: JournalFilter = {
    ...scope,
    ...(act.trim() === '' || chosenBody === undefined ? {} : { act: act.trim() }),
    ...(author === ALL ? {} : { author }),
    ...(subject === ALL ? {} : { subject }),
    ...(from === '' ? {} : { from }),
    ...(to === '' ? {} : { to }),
  };
  const entries = useCall(client, 'journal:search', filter);
  const choices = useMemo(() => {
    const list = everything.state === 'ok' ? everything.value : [];
    const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'fr'));
    return { authors: distinct(list.map((e) => e.author)), subjects: distinct(list.map((e) => e.subject)) };
  }, [everything]);

  const exportCsv = async () => {
    setExported(null);
    setExportError(null);
    const reply = await client.call('journal:csv', filter);
    if (!reply.ok) return setExportError(reply.error.message);
    saveFile(reply.value);
    setExported(`${counted(reply.value.entries, 'entrée exportée', 'entrées exportées')} dans ${reply.value.fileName}.`);
  };

  return (
    <section aria-labelledby="journal-title" className="journal">
      <h1 id="journal-title">Journal des modifications</h1>
      <div className="inline-form journal-filters" role="group" aria-label="Filtres du journal">
        <Select
          label="Séance"
          value={session}
          options={[
            { id: ALL, label: 'Tout le registre' },
            ...(sessions.state === 'ok' ? [...sessions.value].reverse().map((s) => ({ id: `${s.body}:${s.date}`, label: `${s.body} — ${longDate(s.date)}` })) : []),
          ]}
          onChange={(id) => (setSession(id), setAct(''))}
        />
        <TextField className="field" value={act} onChange={setAct} isDisabled={chosenBody === undefined}>
          <Label>Acte</Label>
          <Input size={6} placeholder="G25" />
        </TextField>
        <Select label="Auteur" value={author} options={[{ id: ALL, label: 'Tous' }, ...choices.authors.map((a) => ({ id: a, label: a }))]} onChange={setAuthor} />
        <Select label="Nature de la modification" value={subject} options={[{ id: ALL, label: 'Toutes' }, ...choices.subjects.map((s) => ({ id: s, label: s }))]} onChange={setSubject} />
        <TextField className="field" type="date" value={from} onChange={setFrom}>
          <Label>Du</Label>
          <Input />
        </TextField>
        <TextField className="field" type="date" value={to} onChange={setTo}>
          <Label>Au</Label>
          <Input />
        </TextField>
        <Button onPress={() => void exportCsv()}>Exporter en CSV</Button>
      </div>
      <p role="status" aria-live="polite" className="ok">
        {exported}
      </p>
      {exportError !== null && (
        <p role="alert" className="error">
          {exportError}
        </p>
      )}
      {entries.state === 'loading' && <Waiting />}
      {entries.state === 'error' && <Refused error={entries.error} />}
      {entries.state === 'ok' && entries.value.length === 0 && <p>Aucune modification ne correspond à ces filtres.</p>}
      {entries.state === 'ok' && entries.value.length > 0 && (
        <JournalTable className="journal-table" entries={entries.value} caption={`${counted(entries.value.length, 'modification', 'modifications')}, de la plus récente à la plus ancienne`} withPlace />
      )}
    </section>
  );
}
