/**
 * The four things a person comes to the pane for. The primary button is first in the tab order.
 * While anything runs the buttons stay focusable but inert (`disabledFocusable`), so keyboard
 * focus stays on the button that was pressed instead of falling back to the top of the page.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { GenerateAction } from '../../core/engine';
import { S } from './strings';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  primary: {
    width: '100%',
    minHeight: '40px',
  },
  secondary: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(80px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  secondaryButton: {
    minWidth: '0',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: 'normal',
    lineHeight: tokens.lineHeightBase200,
  },
  hint: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

const SECONDARY: readonly { action: Exclude<GenerateAction, 'recalc'>; title: string }[] = [
  { action: 'soa', title: S.actions.soaTitle },
  { action: 'rtp', title: S.actions.rtpTitle },
  { action: 'heatmap', title: S.actions.heatmapTitle },
];

export function ActionBar(props: { busy: boolean; hasRegister: boolean; onGenerate: (action: GenerateAction) => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const inert = props.busy || !props.hasRegister;
  const hintId = useId();
  const describedBy = props.hasRegister ? undefined : hintId;
  return (
    <div className={shared.stack} role="group" aria-label={S.actions.groupLabel}>
      <Button
        className={styles.primary}
        appearance="primary"
        disabledFocusable={inert}
        aria-describedby={describedBy}
        onClick={() => props.onGenerate('recalc')}
      >
        {S.actions.recalc}
      </Button>
      <div className={styles.secondary}>
        {SECONDARY.map(({ action, title }) => (
          <Button
            key={action}
            className={styles.secondaryButton}
            size="small"
            title={title}
            disabledFocusable={inert}
            aria-describedby={describedBy}
            onClick={() => props.onGenerate(action)}
          >
            {S.actions[action]}
          </Button>
        ))}
      </div>
      {!props.hasRegister && (
        <p id={hintId} className={styles.hint}>
          {S.actions.needsRegister}
        </p>
      )}
    </div>
  );
}
