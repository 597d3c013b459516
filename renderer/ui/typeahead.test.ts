import { describe, expect, it } from 'vitest';
import { typeaheadText } from './typeahead';

describe('typeaheadText', () => {
  it('puts the surname first and drops the civility, so typing a surname finds the member', () => {
    expect(typeaheadText('M. Ludovic PONTONE')).toBe('PONTONE Ludovic');
    expect(typeaheadText('Mme Andrée SAMAT, Vice-présidente')).toBe('SAMAT Andrée, Vice-présidente');
    expect(typeaheadText('M. Jean-Louis MASSON')).toBe('MASSON Jean-Louis');
    expect(typeaheadText('Mme Marie DE LA ROCHE')).toBe('DE LA ROCHE Marie');
  });

  it('finds a surname that starts with an accented capital (« ÉPÉE »), whole', () => {
    expect(typeaheadText("Mme Sylvie ÉPÉE-D'ORSAY")).toBe("ÉPÉE-D'ORSAY Sylvie");
    expect(typeaheadText('M. Émile ÉMERY')).toBe('ÉMERY Émile');
    expect(typeaheadText('Mme Ève ÉYGLIERS, Vice-présidente')).toBe('ÉYGLIERS Ève, Vice-présidente');
  });

  it('leaves any other label as it is', () => {
    expect(typeaheadText('Commission permanente')).toBe('Commission permanente');
    expect(typeaheadText('Aucune procuration')).toBe('Aucune procuration');
  });
});
