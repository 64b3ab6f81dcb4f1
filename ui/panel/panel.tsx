/**
 * The task pane: what was found, the actions, the findings, then the heatmap, the mapping, the
 * methodology and the register set-up as sections a person opens when needed. It knows its host
 * only through `HostBridge`.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { GenerateAction } from '../../core/engine';
import type { HostBridge } from '../host-bridge';
import { ActionBar } from './action-bar';
import { ActionFeedback, LiveRegion } from './action-feedback';
import { FindingsList } from './findings-list';
import { MappingEditor } from './mapping-editor';
import { MethodologyEditor } from './methodology-editor';
import { MiniHeatmap } from './mini-heatmap';
import { RegisterCard } from './register-card';
import { SetUpRegister } from './set-up-register';
import { Controls2013Action } from './controls-2013-action';
import { TeamSoaAction } from './team-soa-action';
import { CycleAction } from './cycle-action';
import { S } from './strings';
import { usePanel } from './use-panel';
import type { PanelModel } from './use-panel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  loading: {
    padding: tokens.spacingVerticalXXL,
  },
  setUp: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    minWidth: 0,
  },
  setUpTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  accordion: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panelBody: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalL,
    minWidth: 0,
  },
});

function Sections({ model }: { model: PanelModel }): JSX.Element | null {
  const styles = useStyles();
  const baseId = useId();
  const status = model.status;
  if (!status) return null;
  const busy = model.busy !== null;
  const register = status.register;
  const setUpId = `${baseId}-setup`;

  const setUp = (
    <SetUpRegister
      candidates={status.candidateSheets}
      current={register?.sheet ?? null}
      preview={model.preview}
      busy={busy}
      onPreview={(sheet) => void model.run({ kind: 'previewSheet', sheet }, 'adopt')}
      // Without a register the set-up sits at the top and disappears once one exists: the result then shows under the actions.
      onAdopt={(sheet) => void model.run({ kind: 'adoptSheet', sheet }, 'adopt', register ? 'adopt' : 'main')}
      onNew={(preset) => void model.run({ kind: 'newRegister', preset }, 'new', register ? 'new' : 'main')}
      onSheetChange={model.clearPreview}
      adoptFeedback={<ActionFeedback origin="adopt" model={model} />}
      newFeedback={<ActionFeedback origin="new" model={model} />}
    />
  );

  return (
    <>
      {!register && (
        <section className={styles.setUp} aria-labelledby={setUpId}>
          <h2 id={setUpId} className={styles.setUpTitle}>
            {S.setup.heading}
          </h2>
          {setUp}
        </section>
      )}
      <FindingsList status={status} onGo={model.goTo} />
      <Accordion className={styles.accordion} multiple collapsible defaultOpenItems={['heatmap']}>
        {status.heatmap && register && (
          <AccordionItem value="heatmap" className={styles.item}>
            <AccordionHeader as="h2" size="large">
              {S.heatmap.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panelBody}>
              <MiniHeatmap heatmap={status.heatmap} methodology={status.methodology} risks={register.risks} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {register && (
          <AccordionItem value="mapping" className={styles.item}>
            <AccordionHeader as="h2" size="large">
              {S.mapping.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panelBody}>
              <MappingEditor
                key={JSON.stringify([register.sheet, register.fields])}
                mapping={register}
                busy={busy}
                onSave={(override) => void model.run({ kind: 'saveMapping', override }, 'mapping')}
              />
              <ActionFeedback origin="mapping" model={model} />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="methodology" className={styles.item}>
          <AccordionHeader as="h2" size="large">
            {S.editor.heading}
          </AccordionHeader>
          <AccordionPanel className={styles.panelBody}>
            <MethodologyEditor
              key={status.methodology.hash}
              view={status.methodology}
              busy={busy}
              onSave={(methodology) => void model.run({ kind: 'saveMethodology', methodology }, 'methodology')}
              feedback={<ActionFeedback origin="methodology" model={model} />}
            />
          </AccordionPanel>
        </AccordionItem>
        {register && (
          <AccordionItem value="setup" className={styles.item}>
            <AccordionHeader as="h2" size="large">
              {S.setup.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panelBody}>
              {setUp}
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </>
  );
}

export function Panel({ bridge }: { bridge: HostBridge }): JSX.Element {
  const styles = useStyles();
  const model = usePanel(bridge);
  const status = model.status;
  const generate = (action: GenerateAction): void => void model.run({ kind: 'generate', action }, 'main');
  const rootRef = useRef<HTMLElement>(null);
  const hadRegister = useRef<boolean | null>(null);
  const hasRegister = status ? status.register !== null : null;

  useEffect(() => {
    // Creating or adopting the first register removes the set-up that held the focus; the
    // keyboard continues at the primary action rather than at the top of the page.
    const lostFocus = document.activeElement === null || document.activeElement === document.body;
    if (hadRegister.current === false && hasRegister === true && lostFocus) rootRef.current?.querySelector<HTMLElement>('button')?.focus();
    if (hasRegister !== null) hadRegister.current = hasRegister;
  }, [hasRegister]);

  // `data-busy`, not aria-busy: some screen readers hold back a busy region, live regions included.
  return (
    <main ref={rootRef} className={styles.root} aria-label={S.panel.label} data-busy={model.busy !== null}>
      <LiveRegion model={model} />
      {status ? (
        <div className={styles.top}>
          <RegisterCard status={status} />
          <ActionBar busy={model.busy !== null} hasRegister={status.register !== null} onGenerate={generate} />
          <TeamSoaAction teamSoa={status.teamSoa} busy={model.busy !== null} onSeed={() => void model.run({ kind: 'seedSoa' }, 'main')} />
          <Controls2013Action count={status.controls2013} busy={model.busy !== null} onMove={() => void model.run({ kind: 'registerIdsTo2022' }, 'main')} />
          {status.register ? <CycleAction cycle={status.cycle} busy={model.busy !== null} onStart={() => void model.run({ kind: 'newCycle' }, 'main')} /> : null}
          <ActionFeedback origin="main" model={model} />
        </div>
      ) : model.busy ? (
        <Spinner className={styles.loading} label={S.loading} />
      ) : (
        <ActionFeedback origin="main" model={model} />
      )}
      <Sections model={model} />
    </main>
  );
}
