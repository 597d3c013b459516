import type { BodyCode } from '../../shared/domain/body';
import { BODY_CODES } from '../../shared/domain/body';

export const SESSION_TABS = ['presences', 'acts', 'generation', 'details'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/** Where the secretary is: the register's sessions, one session (a tab of it), one act, or a tool. */
export type View =
  | { screen: 'sessions'; newSession?: boolean }
  | { screen: 'session'; body: BodyCode; date: string; tab: SessionTab }
  | { screen: 'act'; body: BodyCode; date: string; act: string }
  | { screen: 'settings' }
  | { screen: 'backups' }
  | { screen: 'journal' }
  | { screen: 'verify' }
  | { screen: 'sharedRegister' };

const TOOL_ADDRESSES = { settings: 'parametres', backups: 'sauvegardes', journal: 'journal', verify: 'verification', sharedRegister: 'registre-partage' } as const;

/**
 * The view as the address's hash, so that reloading the page (F5) reopens it:
 * `#/acte/CP/2024-01-15/G1`, `#/seance/CP/2024-01-15/presences`, `#/parametres`; `#/` for the sessions.
 */
export function viewAddress(view: View): string {
  const parts = (...p: string[]) => `#/${p.map(encodeURIComponent).join('/')}`;
  switch (view.screen) {
    case 'sessions':
      return '#/';
    case 'session':
      return parts('seance', view.body, view.date, view.tab);
    case 'act':
      return parts('acte', view.body, view.date, view.act);
    default:
      return parts(TOOL_ADDRESSES[view.screen]);
  }
}

/** The view an address's hash names (see viewAddress); the sessions for any other address. */
export function viewAt(hash: string): View {
  const [kind, body, date, last, ...rest] = hash.replace(/^#\/?/, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  const tool = Object.entries(TOOL_ADDRESSES).find(([, address]) => address === kind);
  if (tool !== undefined && body === undefined) return { screen: tool[0] as keyof typeof TOOL_ADDRESSES };
  const isBody = (b: string | undefined): b is BodyCode => (BODY_CODES as readonly string[]).includes(b ?? '');
  if (!isBody(body) || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || last === undefined || last === '' || rest.length > 0) return { screen: 'sessions' };
  if (kind === 'acte') return { screen: 'act', body, date: date ?? '', act: last };
  const tab = SESSION_TABS.find((t) => t === last);
  if (kind === 'seance' && tab !== undefined) return { screen: 'session', body, date: date ?? '', tab };
  return { screen: 'sessions' };
}
