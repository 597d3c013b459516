import { describe, expect, it } from 'vitest';
import { table } from './table';

describe('table', () => {
  it('builds a table whose rows, header and widths agree', () => {
    expect(table(['Lot', 'Montant'], [['1', '22 240,00 €']], { columnWidths: [1, 2] })).toEqual({
      kind: 'table',
      header: ['Lot', 'Montant'],
      rows: [['1', '22 240,00 €']],
      columnWidths: [1, 2],
    });
  });

  it('refuses a row, width or alignment list of another length', () => {
    expect(() => table(['Lot', 'Montant'], [['1']])).toThrow('need 2 columns');
    expect(() => table(undefined, [['1', '2']], { columnWidths: [1] })).toThrow('need 2 columns');
    expect(() => table(undefined, [['1']], { columnAlign: ['left', 'right'] })).toThrow('need 1 columns');
  });

  it('refuses a table without columns and widths that are not positive', () => {
    expect(() => table(undefined, [])).toThrow('at least one column');
    expect(() => table(undefined, [['1', '2']], { columnWidths: [1, 0] })).toThrow('must be positive');
  });
});
