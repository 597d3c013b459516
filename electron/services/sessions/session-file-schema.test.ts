import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionFileJsonSchema } from '../../../shared/session-file/json-schema';

type Node = { properties: Record<string, Node>; required?: string[]; items?: Node; anyOf?: Node[] };
const committed = () => JSON.parse(readFileSync(new URL('../../../reference/session-file.schema.json', import.meta.url), 'utf8')) as Node;

describe('the session file JSON Schema', () => {
  it('is the one the importer applies (regenerate: npx tsx build/session-file-schema.ts)', () => {
    expect(committed()).toEqual(sessionFileJsonSchema());
  });

  it('adds series, transmission dates and withdrawals as optional fields: older files stay valid', () => {
    const schema = committed();
    const act = schema.properties.acts?.items as Node;
    expect(schema.properties.series).toMatchObject({ pattern: '^[A-Z]$' });
    expect(schema.required).not.toContain('series');
    expect(Object.keys(act.properties)).toEqual(expect.arrayContaining(['transmissionDate', 'withdrawals']));
    expect(act.required).not.toContain('transmissionDate');
    expect(act.required).not.toContain('withdrawals');
    const withdrawal = act.properties.withdrawals?.items as Node;
    expect(withdrawal.properties.basis).toMatchObject({ enum: ['L1111-6', 'interest'] });
  });
});
