import type { LucideIcon } from 'lucide-react';

/**
 * An icon button of the toolbar: its name for screen readers (and its shortcut, in
 * aria-keyshortcuts), a tooltip with both for the eye, shown on hover and keyboard focus. Plain
 * elements: the toolbar is on the first screen, whose bundle carries no react-aria.
 */
export function ToolButton(props: {
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  keys?: string;
  onPress: () => void;
  isDisabled?: boolean;
  tabIndex: number;
  onFocus: () => void;
}) {
  const Icon = props.icon;
  return (
    <span className="tool">
      <button
        type="button"
        className="tool-button"
        aria-label={props.label}
        aria-keyshortcuts={props.keys}
        onClick={props.onPress}
        disabled={props.isDisabled}
        tabIndex={props.tabIndex}
        onFocus={props.onFocus}
      >
        <Icon aria-hidden="true" size={20} strokeWidth={1.75} />
      </button>
      {/* What the button's name and aria-keyshortcuts already say: for the eye only. */}
      <span className="tooltip" aria-hidden="true">
        {props.label}
        {props.shortcut !== undefined && <kbd>{props.shortcut}</kbd>}
      </span>
    </span>
  );
}
