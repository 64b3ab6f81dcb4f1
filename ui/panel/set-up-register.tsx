/**
 * Two ways to get a register: adopt one of the workbook's sheets (after a preview of how its
 * headers would be read, since adopting writes formula columns), or start a new one from a preset.
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { MappingView } from '../../core/actions';
import type { PresetName } from '../../core/methodology/types';
import { S } from './strings';
import { useSharedStyles } from './styles';

const PRESETS: readonly PresetName[] = ['5x5', '4x4', '3x3'];

const useStyles = makeStyles({
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  pairs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: '0',
    fontSize: tokens.fontSizeBase200,
  },
  pair: {
    display: 'contents',
  },
  term: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  value: {
    margin: '0',
    overflowWrap: 'anywhere',
  },
  warn: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorStatusWarningForeground1,
    overflowWrap: 'anywhere',
  },
  small: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

function MappingPreview({ preview }: { preview: MappingView }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div className={styles.preview}>
      <h4 className={shared.heading}>{S.setup.previewHeading(preview.sheet)}</h4>
      <p className={styles.small}>{S.setup.previewHeaderRow(preview.headerRow)}</p>
      <dl className={styles.pairs}>
        {preview.fields.map((f) => (
          <div key={f.field} className={styles.pair}>
            <dt className={styles.term}>{f.label}</dt>
            <dd className={styles.value}>{S.mapping.option(f.column, f.header)}</dd>
          </div>
        ))}
      </dl>
      {preview.missing.length > 0 && <p className={styles.warn}>{S.setup.previewMissing(preview.missing.map((m) => m.label).join(', '))}</p>}
      {preview.userColumns.length > 0 && <p className={styles.small}>{S.setup.previewOwn(preview.userColumns.map((c) => c.header).join(', '))}</p>}
    </div>
  );
}

export function SetUpRegister(props: {
  candidates: readonly string[];
  current: string | null;
  preview: MappingView | null;
  busy: boolean;
  onPreview: (sheet: string) => void;
  onAdopt: (sheet: string) => void;
  onNew: (preset: PresetName) => void;
  onSheetChange: () => void;
  /** Progress and results, shown under the part that was used. */
  adoptFeedback: JSX.Element;
  newFeedback: JSX.Element;
}): JSX.Element {
  const shared = useSharedStyles();
  const adoptId = useId();
  const newId = useId();
  const first = props.candidates.find((c) => c !== props.current) ?? props.candidates[0] ?? '';
  const [sheet, setSheet] = useState(first);
  const [preset, setPreset] = useState<PresetName>('5x5');
  const chosen = props.candidates.includes(sheet) ? sheet : first;
  const preview = props.preview?.sheet === chosen ? props.preview : null;

  return (
    <div className={shared.sections}>
      <section className={shared.stack} aria-labelledby={adoptId}>
        <h3 id={adoptId} className={shared.heading}>
          {S.setup.adoptHeading}
        </h3>
        <p className={shared.intro}>{S.setup.adoptIntro}</p>
        {props.candidates.length === 0 ? (
          <p className={shared.intro}>{S.setup.noSheets}</p>
        ) : (
          <>
            <Field label={S.setup.sheetLabel}>
              <Select
                className={shared.control}
                value={chosen}
                onChange={(_, data) => {
                  setSheet(data.value);
                  props.onSheetChange();
                }}
              >
                {props.candidates.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={shared.row}>
              <Button disabledFocusable={props.busy} onClick={() => props.onPreview(chosen)}>
                {S.setup.preview}
              </Button>
              {preview && (
                <Button appearance="primary" disabledFocusable={props.busy} onClick={() => props.onAdopt(chosen)}>
                  {S.setup.adopt(chosen)}
                </Button>
              )}
            </div>
            {props.adoptFeedback}
            {preview && <MappingPreview preview={preview} />}
          </>
        )}
      </section>
      <section className={shared.stack} aria-labelledby={newId}>
        <h3 id={newId} className={shared.heading}>
          {S.setup.newHeading}
        </h3>
        <p className={shared.intro}>{S.setup.newIntro}</p>
        <Field label={S.setup.presetLabel}>
          <Select className={shared.control} value={preset} onChange={(_, data) => setPreset(PRESETS.find((p) => p === data.value) ?? '5x5')}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {S.setup.presets[p]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={shared.row}>
          <Button disabledFocusable={props.busy} onClick={() => props.onNew(preset)}>
            {S.setup.create}
          </Button>
        </div>
        {props.newFeedback}
      </section>
    </div>
  );
}
