import { lazy, Suspense, useCallback } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { bodyLabel } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { Waiting } from '../../app/Status';
import type { SessionTab } from '../../app/view';
import { PresencesScreen } from '../presences/PresencesScreen';

// The session opens on Présences: the other tabs are their own chunks, fetched when chosen.
const ActsScreen = lazy(() => import('../actes/ActsScreen').then((m) => ({ default: m.ActsScreen })));
const GenerationScreen = lazy(() => import('../generation/GenerationScreen').then((m) => ({ default: m.GenerationScreen })));
const SessionDetails = lazy(() => import('./SessionDetails').then((m) => ({ default: m.SessionDetails })));



/** One session: its attendance, its ordre du jour and its documents, as three tabs. */
export function SessionScreen(props: {
  client: ContractClient;
  body: BodyCode;
  date: string;
  tab: SessionTab;
  onTab: (tab: SessionTab) => void;
  openAct: (act: string) => void;
  /** The session now has another date (Séance tab). */
  moved: (date: string) => void;
  deleted: () => void;
}) {
  const { client, body, date } = props;
  // The session opened (created, or chosen), focus goes to its title rather than falling to the
  // page when the button pressed goes away: a screen reader says which session is open, and Tab
  // goes on into its tabs. Once, as the screen is drawn.
  const focusTitle = useCallback((title: HTMLHeadingElement | null) => title?.focus(), []);
  return (
    <section aria-labelledby="session-title">
      <h1 id="session-title" tabIndex={-1} ref={focusTitle}>
        {bodyLabel(body)} — séance du {longDate(date)}
      </h1>
      <Tabs selectedKey={props.tab} onSelectionChange={(key) => props.onTab(key as SessionTab)}>
        <TabList aria-label="Séance" className="tabs">
          <Tab id="presences">Présences</Tab>
          <Tab id="acts">Ordre du jour</Tab>
          <Tab id="generation">Génération</Tab>
          <Tab id="details">Séance</Tab>
        </TabList>
        <TabPanel id="presences">
          <PresencesScreen client={client} body={body} date={date} />
        </TabPanel>
        <TabPanel id="acts">
          <Suspense fallback={<Waiting />}>
            <ActsScreen client={client} body={body} date={date} open={props.openAct} />
          </Suspense>
        </TabPanel>
        <TabPanel id="generation">
          <Suspense fallback={<Waiting />}>
            <GenerationScreen client={client} body={body} date={date} />
          </Suspense>
        </TabPanel>
        <TabPanel id="details">
          <Suspense fallback={<Waiting />}>
            <SessionDetails client={client} body={body} date={date} moved={props.moved} deleted={props.deleted} />
          </Suspense>
        </TabPanel>
      </Tabs>
    </section>
  );
}
