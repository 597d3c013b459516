import type { LucideIcon } from 'lucide-react';
import { Button, OverlayArrow, Tooltip, TooltipTrigger } from 'react-aria-components';

/** An icon button of the toolbar: its name for screen readers, a tooltip with its shortcut. */
export function ToolButton(props: { icon: LucideIcon; label: string; shortcut?: string; keys?: string; onPress: () => void; isDisabled?: boolean }) {
  const Icon = props.icon;
  return (
    <TooltipTrigger delay={400}>
      <Button className="tool-button" aria-label={props.label} aria-keyshortcuts={props.keys} onPress={props.onPress} isDisabled={props.isDisabled}>
        <Icon aria-hidden="true" size={20} strokeWidth={1.75} />
      </Button>
      <Tooltip className="tooltip" placement="bottom">
        <OverlayArrow>
          <svg width={8} height={8} viewBox="0 0 8 8" aria-hidden="true">
            <path d="M0 0 L4 4 L8 0" />
          </svg>
        </OverlayArrow>
        {props.label}
        {props.shortcut !== undefined && <kbd>{props.shortcut}</kbd>}
      </Tooltip>
    </TooltipTrigger>
  );
}
