/**
 * The offer to move the register's 2013 control ids to their 2022 successors: the one request that
 * writes into a column of the team's register, so it is a button a person presses, shown only
 * while some risk cites a 2013 id.
 */
import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import { S } from './strings';
import { useSharedStyles } from './styles';

export function Controls2013Action(props: { count: number; busy: boolean; onMove: () => void }): JSX.Element | null {
  const shared = useSharedStyles();
  const textId = useId();
  if (props.count === 0) return null;
  return (
    <div className={shared.stack} role="group" aria-label={S.controls2013.groupLabel}>
      <p id={textId} className={shared.offerText}>
        {S.controls2013.found(props.count)}
      </p>
      <Button className={shared.wrappingButton} disabledFocusable={props.busy} aria-describedby={textId} onClick={props.onMove}>
        {S.controls2013.move}
      </Button>
    </div>
  );
}
