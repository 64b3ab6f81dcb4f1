/**
 * The methodology editor: scale levels (labels, descriptions; how many, core/requests.ts says),
 * risk bands (name, range, colour, decision), review interval and scoring method. Saving sends the whole method to
 * the core, which validates it and rewrites the Methodology sheet; its problems are shown here,
 * next to the button that was pressed.
 */
import { Button, Field, Input, Select, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MethodologyView } from '../../core/actions';
import { MAX_BANDS, MAX_LEVELS, MIN_LEVELS } from '../../core/requests';
import type { Decision, Methodology, ScoringMethod } from '../../core/methodology/types';
import { isHexColour } from './colours';
import type { MethodDraft, Scale } from './methodology-draft';
import {
  addBand,
  addLevel,
  draftErrors,
  draftFrom,
  removeBand,
  removeLevel,
  scoreRange,
  setScoring,
  toMethodology,
  updateBand,
  updateLevel,
} from './methodology-draft';
import { S } from './strings';
import { useSharedStyles } from './styles';

const SCORING: readonly ScoringMethod[] = ['multiply', 'add', 'matrix'];
const DECISIONS: readonly Decision[] = ['acceptable', 'tolerable', 'unacceptable'];

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  bandBox: {
    borderLeftWidth: '6px',
  },
  boxHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  boxTitle: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  colourRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  swatch: {
    flexShrink: 0,
    width: '32px',
    height: '32px',
    padding: '0',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    cursor: 'pointer',
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
  input: {
    minWidth: 0,
    maxWidth: '100%',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  secondary: {
    minWidth: 'auto',
  },
  unsaved: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  warn: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorStatusWarningForeground1,
  },
});

function LevelEditor(props: {
  draft: MethodDraft;
  scale: Scale;
  errors: Record<string, string>;
  busy: boolean;
  onChange: (draft: MethodDraft) => void;
}): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const name = props.scale === 'likelihood' ? S.heatmap.axisLikelihood : S.heatmap.axisImpact;
  const levels = props.draft[props.scale];
  return (
    <section className={shared.stack} aria-labelledby={headingId}>
      <h3 id={headingId} className={shared.heading}>
        {props.scale === 'likelihood' ? S.editor.likelihood : S.editor.impact}
      </h3>
      <p className={shared.intro}>{S.editor.levelLimits}</p>
      {levels.map((level, i) => {
        const legendId = `${headingId}-${i}`;
        const labelError = props.errors[`${props.scale}.${i}.label`];
        const descriptionError = props.errors[`${props.scale}.${i}.description`];
        return (
          <div key={i} className={styles.box} role="group" aria-labelledby={legendId}>
            <div className={styles.boxHeader}>
              <span id={legendId} className={styles.boxTitle}>
                {S.editor.levelLegend(name, level.value)}
              </span>
              <Button
                appearance="subtle"
                size="small"
                icon={<DeleteRegular />}
                aria-label={S.editor.removeLevel(name, level.value)}
                title={S.editor.removeLevel(name, level.value)}
                disabledFocusable={levels.length <= MIN_LEVELS}
                onClick={() => props.onChange(removeLevel(props.draft, props.scale, i))}
              />
            </div>
            <Field
              size="small"
              label={
                <>
                  {S.editor.label}
                  <span className={shared.visuallyHidden}>{S.editor.ofLevel(name, level.value)}</span>
                </>
              }
              validationMessage={labelError}
              validationState={labelError ? 'error' : 'none'}
            >
              <Input
                className={styles.input}
                size="small"
                value={level.label}
                onChange={(_, data) => props.onChange(updateLevel(props.draft, props.scale, i, { label: data.value }))}
              />
            </Field>
            <Field
              size="small"
              label={
                <>
                  {S.editor.description}
                  <span className={shared.visuallyHidden}>{S.editor.ofLevel(name, level.value)}</span>
                </>
              }
              validationMessage={descriptionError}
              validationState={descriptionError ? 'error' : 'none'}
            >
              <Textarea
                size="small"
                resize="vertical"
                rows={3}
                value={level.description}
                onChange={(_, data) => props.onChange(updateLevel(props.draft, props.scale, i, { description: data.value }))}
              />
            </Field>
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          icon={<AddRegular />}
          disabledFocusable={props.busy || levels.length >= MAX_LEVELS}
          onClick={() => props.onChange(addLevel(props.draft, props.scale))}
        >
          {S.editor.addLevel(name)}
        </Button>
      </div>
    </section>
  );
}

function BandsEditor(props: { draft: MethodDraft; errors: Record<string, string>; busy: boolean; onChange: (draft: MethodDraft) => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const range = scoreRange(props.draft);
  const { draft, errors } = props;
  const hidden = (text: string): JSX.Element => <span className={shared.visuallyHidden}>{text}</span>;
  return (
    <section className={shared.stack} aria-labelledby={headingId}>
      <h3 id={headingId} className={shared.heading}>
        {S.editor.bands}
      </h3>
      <p className={shared.intro}>
        {S.editor.bandsIntro}
        {range && ` ${S.editor.scoreRange(range.min, range.max)}`}
      </p>
      {draft.bands.map((band, i) => {
        const legendId = `${headingId}-${i}`;
        const label = band.name.trim() === '' ? String(i + 1) : band.name;
        const err = (key: string): { validationMessage?: string; validationState: 'error' | 'none' } => {
          const message = errors[`bands.${i}.${key}`];
          return message ? { validationMessage: message, validationState: 'error' } : { validationState: 'none' };
        };
        const colour = isHexColour(band.colour) ? band.colour.toLowerCase() : '#ffffff';
        return (
          <div key={i} className={mergeClasses(styles.box, styles.bandBox)} style={{ borderLeftColor: colour }} role="group" aria-labelledby={legendId}>
            <div className={styles.boxHeader}>
              <span id={legendId} className={styles.boxTitle}>
                {S.editor.bandLegend(label)}
              </span>
              <Button
                appearance="subtle"
                size="small"
                icon={<DeleteRegular />}
                aria-label={S.editor.removeBand(label)}
                title={S.editor.removeBand(label)}
                disabledFocusable={draft.bands.length <= 1}
                onClick={() => props.onChange(removeBand(draft, i))}
              />
            </div>
            <Field size="small" label={<>{S.editor.bandName}{hidden(S.editor.ofBand(label))}</>} {...err('name')}>
              <Input className={styles.input} size="small" value={band.name} onChange={(_, d) => props.onChange(updateBand(draft, i, { name: d.value }))} />
            </Field>
            <div className={styles.pair}>
              <Field size="small" label={<>{S.editor.bandMin}{hidden(S.editor.ofBand(label))}</>} {...err('min')}>
                <Input className={styles.input} size="small" inputMode="numeric" value={band.min} onChange={(_, d) => props.onChange(updateBand(draft, i, { min: d.value }))} />
              </Field>
              <Field size="small" label={<>{S.editor.bandMax}{hidden(S.editor.ofBand(label))}</>} {...err('max')}>
                <Input className={styles.input} size="small" inputMode="numeric" value={band.max} onChange={(_, d) => props.onChange(updateBand(draft, i, { max: d.value }))} />
              </Field>
            </div>
            <Field size="small" label={<>{S.editor.bandColour}{hidden(S.editor.ofBand(label))}</>} {...err('colour')}>
              <div className={styles.colourRow}>
                <input
                  type="color"
                  className={styles.swatch}
                  value={colour}
                  aria-label={S.editor.bandColourPicker(label)}
                  onChange={(e) => props.onChange(updateBand(draft, i, { colour: e.target.value.toUpperCase() }))}
                />
                <Input className={styles.grow} size="small" value={band.colour} onChange={(_, d) => props.onChange(updateBand(draft, i, { colour: d.value }))} />
              </div>
            </Field>
            <Field size="small" label={<>{S.editor.bandDecision}{hidden(S.editor.ofBand(label))}</>}>
              <Select
                className={shared.control}
                size="small"
                value={band.decision}
                onChange={(_, d) => props.onChange(updateBand(draft, i, { decision: DECISIONS.find((x) => x === d.value) ?? band.decision }))}
              >
                {DECISIONS.map((d) => (
                  <option key={d} value={d}>
                    {S.editor.decisions[d]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        );
      })}
      <div>
        <Button size="small" icon={<AddRegular />} disabledFocusable={props.busy || draft.bands.length >= MAX_BANDS} onClick={() => props.onChange(addBand(draft))}>
          {S.editor.addBand}
        </Button>
      </div>
    </section>
  );
}

export function MethodologyEditor(props: {
  view: MethodologyView;
  busy: boolean;
  onSave: (methodology: Methodology) => void;
  feedback: JSX.Element | null;
}): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const initial = useMemo(() => draftFrom(props.view), [props.view]);
  const [draft, setDraft] = useState<MethodDraft>(initial);
  const [attempted, setAttempted] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const allErrors = draftErrors(draft);
  const errors = attempted > 0 ? allErrors : {};
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const matrixMissing = draft.scoring === 'matrix' && draft.matrix === null;

  useEffect(() => {
    // After a refused save, take the keyboard to the first field to correct.
    if (attempted === 0) return;
    rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempted]);

  const save = (): void => {
    const methodology = toMethodology(draft, props.view);
    if (!methodology) {
      setAttempted((n) => n + 1);
      return;
    }
    props.onSave(methodology);
  };

  const fieldError = (key: string): { validationMessage?: string; validationState: 'error' | 'none' } =>
    errors[key] ? { validationMessage: errors[key], validationState: 'error' } : { validationState: 'none' };

  return (
    <div className={shared.sections} ref={rootRef}>
      <p className={shared.intro}>{S.editor.intro}</p>
      <div className={shared.stack}>
        <Field label={S.editor.version} hint={S.editor.versionHint} size="small" {...fieldError('version')}>
          <Input className={styles.input} size="small" value={draft.version} onChange={(_, d) => setDraft({ ...draft, version: d.value })} />
        </Field>
        <Field label={S.editor.scoring} size="small">
          <Select className={shared.control} size="small" value={draft.scoring} onChange={(_, d) => setDraft(setScoring(draft, SCORING.find((s) => s === d.value) ?? draft.scoring))}>
            {SCORING.map((s) => (
              <option key={s} value={s}>
                {S.editor.scoringOptions[s]}
              </option>
            ))}
          </Select>
        </Field>
        {matrixMissing && <p className={styles.warn}>{S.editor.matrixUnknown}</p>}
        <Field label={S.editor.review} size="small" {...fieldError('review')}>
          <Input className={styles.input} size="small" inputMode="numeric" value={draft.review} onChange={(_, d) => setDraft({ ...draft, review: d.value })} />
        </Field>
      </div>
      <LevelEditor draft={draft} scale="likelihood" errors={errors} busy={props.busy} onChange={setDraft} />
      <LevelEditor draft={draft} scale="impact" errors={errors} busy={props.busy} onChange={setDraft} />
      <BandsEditor draft={draft} errors={errors} busy={props.busy} onChange={setDraft} />
      {attempted > 0 && Object.keys(allErrors).length > 0 && (
        <p className={styles.warn} role="alert">
          {S.editor.invalid.fixFirst}
        </p>
      )}
      {props.feedback}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={props.busy || matrixMissing} onClick={save}>
          {S.editor.save}
        </Button>
        <Button className={styles.secondary} disabledFocusable={props.busy || !dirty} onClick={() => setDraft(initial)}>
          {S.editor.reset}
        </Button>
        {dirty && <span className={styles.unsaved}>{S.editor.unsaved}</span>}
      </div>
    </div>
  );
}
