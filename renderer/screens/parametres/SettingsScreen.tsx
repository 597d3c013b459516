import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { useGuardedMove } from '../../app/use-guarded-move';
import { BodiesPanel } from './BodiesForm';
import { CollectivityForm } from './CollectivityForm';
import { CtesTransmissionForm } from './CtesTransmissionForm';
import { MembersPanel } from './MembersPanel';
import { NumberingForm } from './NumberingForm';
import { SignatoriesPanel } from './SignatoriesForm';
import { TemplatesPanel } from './TemplatesPanel';
import './parametres.css';

/** Paramètres: the collectivity, its bodies, members and precedence, signatories, numbering and templates. */
export function SettingsScreen({ client }: { client: ContractClient }) {
  // Read again after each save, so that tables and examples show the register.
  const { loaded, reload } = useLiveCall(client, 'settings:get', {});
  // Another tab asks first when the one left holds an unsaved edit (a template).
  const [tab, setTab] = useState<Key>('collectivity');
  const { go, dialog } = useGuardedMove(setTab);
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const s = loaded.value;
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">Paramètres</h1>
      <Tabs selectedKey={tab} onSelectionChange={go}>
        <TabList aria-label="Paramètres" className="tabs">
          <Tab id="collectivity">Collectivité</Tab>
          <Tab id="bodies">Organes</Tab>
          <Tab id="members">Élus et ordre du tableau</Tab>
          <Tab id="signatories">Signataires</Tab>
          <Tab id="numbering">Numérotation</Tab>
          <Tab id="ctes">Transmission @ctes</Tab>
          <Tab id="templates">Modèles</Tab>
        </TabList>
        <TabPanel id="collectivity">
          <CollectivityForm client={client} initial={s.collectivity} saved={reload} />
        </TabPanel>
        <TabPanel id="bodies">
          <BodiesPanel client={client} bodies={s.bodies} saved={reload} />
        </TabPanel>
        <TabPanel id="members">
          <MembersPanel client={client} bodies={s.bodies} members={s.members} mandates={s.mandates} saved={reload} />
        </TabPanel>
        <TabPanel id="signatories">
          <SignatoriesPanel client={client} signatories={s.signatories} saved={reload} />
        </TabPanel>
        <TabPanel id="numbering">
          <NumberingForm client={client} initial={s.numbering} />
        </TabPanel>
        <TabPanel id="ctes">
          <CtesTransmissionForm client={client} initial={s.ctesTransmission} />
        </TabPanel>
        <TabPanel id="templates">
          <TemplatesPanel client={client} />
        </TabPanel>
      </Tabs>
      {dialog}
    </section>
  );
}
