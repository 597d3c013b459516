import { counted } from '../../../shared/rules/plural';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import { saveFile } from '../../app/download';

/** « Données ouvertes »: the délibérations of a year in the SCDL format, as `registre opendata` writes them. */
export function OpenDataExport({ client }: { client: ContractClient }) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Form
      className="opendata"
      aria-labelledby="opendata-title"
      // « aria »: a year marked invalid tells assistive technologies, and never blocks the next try
      // (with the browser's own validation, the corrected year could not be sent any more).
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        setError(null);
        if (!/^\d{4}$/.test(year)) return setError(`Année « ${year} » : quatre chiffres attendus, par exemple 2023.`);
        void client.call('opendata:export', { year: Number(year) }).then((r) => {
          if (!r.ok) return setError(r.error.message);
          saveFile(r.value);
          const missing = r.value.withoutSubject.length;
          setDone(`${counted(r.value.rows, 'délibération', 'délibérations')} de ${year} ${r.value.rows > 1 ? 'exportées' : 'exportée'} dans ${r.value.fileName}.${missing > 0 ? ` ${missing} sans matière @ctes.` : ''}`);
        });
      }}
    >
      <h2 id="opendata-title">Données ouvertes</h2>
      <div className="inline-form">
        <TextField
          name="year"
          className="field"
          value={year}
          onChange={(v) => {
            setYear(v);
            setError(null);
          }}
          isInvalid={error !== null}
        >
          <Label>Année</Label>
          <Input size={6} inputMode="numeric" />
        </TextField>
        <Button type="submit">Exporter les délibérations (CSV SCDL)</Button>
      </div>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" aria-live="polite" className="ok">
        {done}
      </p>
    </Form>
  );
}
