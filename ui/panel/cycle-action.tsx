/**
 * The assessment cycle, year on year: where the register stands against the cycle begun (its
 * risks new, modified, unchanged and closed since), and the offer to start a new one. Starting one
 * replaces the baseline every risk is marked against, so it asks once more before it does.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { PanelStatus } from '../../core/actions';
import { S } from './strings';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

export function CycleAction(props: { cycle: PanelStatus['cycle']; busy: boolean; onStart: () => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const textId = useId();
  const [asking, setAsking] = useState(false);
  const c = props.cycle;
  return (
    <div className={shared.stack} role="group" aria-label={S.cycle.groupLabel}>
      <p id={textId} className={shared.offerText}>
        {asking ? S.cycle.confirm : c ? S.cycle.current(c.began, c) : S.cycle.none}
      </p>
      {asking ? (
        <div className={styles.row}>
          <Button
            className={shared.wrappingButton}
            appearance="primary"
            disabledFocusable={props.busy}
            aria-describedby={textId}
            onClick={() => {
              setAsking(false);
              props.onStart();
            }}
          >
            {S.cycle.confirmStart}
          </Button>
          <Button className={shared.wrappingButton} onClick={() => setAsking(false)}>
            {S.cycle.cancel}
          </Button>
        </div>
      ) : (
        <Button className={shared.wrappingButton} disabledFocusable={props.busy} aria-describedby={textId} onClick={() => setAsking(true)}>
          {S.cycle.start}
        </Button>
      )}
    </div>
  );
}
