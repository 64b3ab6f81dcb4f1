/**
 * The offer to take over the team's own SoA: a 2022 SoA can be copied into Riskbook's, a 2013 SoA
 * migrated to a 2022 one; once Riskbook's SoA is in use, the team's decisions can still fill the
 * rows nobody decided on there. Works without a register too
 * (a workbook that holds only an SoA). The team's sheet is never changed, and the pane says so.
 */
import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import type { PanelStatus } from '../../core/actions';
import { S } from './strings';
import { useSharedStyles } from './styles';

export function TeamSoaAction(props: { teamSoa: PanelStatus['teamSoa']; busy: boolean; onSeed: () => void }): JSX.Element | null {
  const shared = useSharedStyles();
  const textId = useId();
  const soa = props.teamSoa;
  // A 2013 SoA beside Riskbook's is one already migrated: nothing more to offer.
  if (!soa || (!soa.inUse && soa.edition === '2013')) return null;
  const text = !soa.inUse ? S.teamSoa.notRead(soa.sheet) : soa.edition === '2013' ? S.teamSoa.found2013(soa.sheet) : S.teamSoa.found2022(soa.sheet);
  const label = soa.edition === '2013' ? S.teamSoa.migrate : soa.inUse ? S.teamSoa.copy : S.teamSoa.copyAgain;
  return (
    <div className={shared.stack} role="group" aria-label={S.teamSoa.groupLabel}>
      <p id={textId} className={shared.offerText}>
        {text} {S.teamSoa.kept(soa.sheet)}
      </p>
      <Button className={shared.wrappingButton} disabledFocusable={props.busy} aria-describedby={textId} onClick={props.onSeed}>
        {label}
      </Button>
    </div>
  );
}
