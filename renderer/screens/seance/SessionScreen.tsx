import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { bodyLabel } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { ActsScreen } from '../actes/ActsScreen';
import { GenerationScreen } from '../generation/GenerationScreen';
import { PresencesScreen } from '../presences/PresencesScreen';
import { SessionDetails } from './SessionDetails';

export type SessionTab = 'presences' | 'acts' | 'generation' | 'details';


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
  return (
    <section aria-labelledby="session-title">
      <h1 id="session-title">
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
          <ActsScreen client={client} body={body} date={date} open={props.openAct} />
        </TabPanel>
        <TabPanel id="generation">
          <GenerationScreen client={client} body={body} date={date} />
        </TabPanel>
        <TabPanel id="details">
          <SessionDetails client={client} body={body} date={date} moved={props.moved} deleted={props.deleted} />
        </TabPanel>
      </Tabs>
    </section>
  );
}
