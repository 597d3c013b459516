import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/contract/contract';
import { PRELOAD_FUNCTIONS } from '../shared/contract/preload-api';

// The preload runs inside Electron: here its two Electron objects are stand-ins that record
// what the preload hands to the renderer and which channels it invokes.
const exposed = new Map<string, unknown>();
const invoked: [string, unknown][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: (channel: string, payload: unknown) => Promise.resolve(invoked.push([channel, payload])) },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('preload', () => {
  it('exposes exactly one named function per contract channel on window.registre', () => {
    expect([...exposed.keys()]).toEqual(['registre']);
    const api = exposed.get('registre') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.values(PRELOAD_FUNCTIONS).sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
  });

  it("sends each function's payload on its own channel", async () => {
    const api = exposed.get('registre') as Record<string, (input: unknown) => Promise<unknown>>;
    for (const channel of CHANNELS) await api[PRELOAD_FUNCTIONS[channel]]?.({ probe: channel });
    expect(invoked).toEqual(CHANNELS.map((c) => [c, { probe: c }]));
  });
});
