import { CalendarPlus, Printer, Save, Search } from 'lucide-react';
import { Toolbar as Commands } from 'react-aria-components';
import { ToolButton } from './ToolButton';

/** The top bar: the application's name and the commands of the day, each with its shortcut. */
export function Toolbar(props: { newSession: () => void; search: () => void; save: () => void; print: () => void }) {
  return (
    <header className="toolbar">
      <p className="brand">Registre des délibérations</p>
      <Commands aria-label="Commandes" className="tool-group">
        <ToolButton icon={CalendarPlus} label="Nouvelle séance" onPress={props.newSession} />
        <ToolButton icon={Search} label="Rechercher un acte" shortcut="Ctrl+F" keys="Control+F" onPress={props.search} />
        <ToolButton icon={Save} label="Enregistrer" shortcut="Ctrl+S" keys="Control+S" onPress={props.save} />
        <ToolButton icon={Printer} label="Imprimer le document" shortcut="Ctrl+P" keys="Control+P" onPress={props.print} />
      </Commands>
    </header>
  );
}
