import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister } from '../../testing/temp-register';
import { listActsOfYear } from './acts-list';

let cleanup = () => {};
afterEach(() => cleanup());

describe('listActsOfYear', () => {
  it("lists a year's acts by date and number, and nothing for another year", () => {
    const r = referenceRegister();
    cleanup = r.cleanup;
    const acts = listActsOfYear(r.db, 'CP', 2023);
    expect(acts.map((a) => a.number)).toEqual(['G1', 'G2', 'G3', 'G4', 'G6', 'G7', 'G8', 'G11', 'G12', 'G20', 'G22', 'G23', 'G24', 'G25', 'G26', 'G28']);
    expect(acts[0]).toMatchObject({ sessionDate: '2023-10-16', object: expect.stringMatching(/^RESILIATION ANTICIPEE/) as unknown });
    expect(listActsOfYear(r.db, 'CP', 2022)).toEqual([]);
    expect(listActsOfYear(r.db, 'CD', 2023)).toEqual([]);
  });
});
