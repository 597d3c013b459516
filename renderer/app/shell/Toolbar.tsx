import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { CalendarPlus, Printer, Save, Search } from 'lucide-react';
import { ToolButton } from './ToolButton';

/**
 * The top bar: the application's name and the commands of the day, each with its shortcut. The
 * commands are one tab stop; the arrow keys (and Home, End) move between them.
 */
export function Toolbar(props: { newSession: () => void; search: () => void; save: () => void; print: () => void }) {
  const commands = [
    { icon: CalendarPlus, label: 'Nouvelle séance', onPress: props.newSession },
    { icon: Search, label: 'Rechercher un acte', shortcut: 'Ctrl+F', keys: 'Control+F', onPress: props.search },
    { icon: Save, label: 'Enregistrer', shortcut: 'Ctrl+S', keys: 'Control+S', onPress: props.save },
    { icon: Printer, label: 'Imprimer le document', shortcut: 'Ctrl+P', keys: 'Control+P', onPress: props.print },
  ];
  const [current, setCurrent] = useState(0);
  const group = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const last = commands.length - 1;
    const to = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    group.current?.querySelectorAll<HTMLButtonElement>('.tool-button')[to]?.focus();
  };
  return (
    <header className="toolbar">
      <p className="brand">Registre des délibérations</p>
      <div role="toolbar" aria-label="Commandes" aria-orientation="horizontal" className="tool-group" ref={group} onKeyDown={move}>
        {commands.map((c, i) => (
          <ToolButton key={c.label} {...c} tabIndex={i === current ? 0 : -1} onFocus={() => setCurrent(i)} />
        ))}
      </div>
    </header>
  );
}
