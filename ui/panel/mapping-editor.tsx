/**
 * How each register field was matched to a header, with a picker per field to correct it. Only
 * the fields a person changed are sent, as column letters, so a header that appears twice cannot
 * be misread.
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { MappingView } from '../../core/actions';
import type { MappingOverride, RegisterField } from '../../core/requests';
import { DERIVED_FIELDS, FIELD_LABELS, REGISTER_FIELDS, REQUIRED_FIELDS } from '../../core/requests';
import { S } from './strings';
import { useSharedStyles } from './styles';

/** The fields without which risks cannot be read or scored. */
const REQUIRED: ReadonlySet<RegisterField> = new Set<RegisterField>(REQUIRED_FIELDS);

const INPUT_FIELDS = REGISTER_FIELDS.filter((f) => !DERIVED_FIELDS.includes(f));

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  field: {
    // Fluent's horizontal field gives the control `1fr`, which a long option would stretch past the pane.
    gridTemplateColumns: '40% minmax(0, 1fr)',
    minWidth: 0,
  },
  select: {
    minWidth: 0,
  },
  secondary: {
    minWidth: 'auto',
  },
  intro: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

type Draft = Readonly<Partial<Record<RegisterField, string>>>;

function currentColumns(mapping: MappingView): Draft {
  const draft: Partial<Record<RegisterField, string>> = {};
  for (const f of mapping.fields) draft[f.field] = f.column;
  return draft;
}

/** Only what changed: a column letter, or '' to unmap. */
export function mappingOverride(before: Draft, after: Draft): MappingOverride {
  const override: Partial<Record<RegisterField, string>> = {};
  for (const field of REGISTER_FIELDS) {
    const was = before[field] ?? '';
    const now = after[field] ?? '';
    if (was !== now) override[field] = now;
  }
  return override;
}

export function MappingEditor(props: { mapping: MappingView; busy: boolean; onSave: (override: MappingOverride) => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const initial = useMemo(() => currentColumns(props.mapping), [props.mapping]);
  const [draft, setDraft] = useState<Draft>(initial);
  const override = mappingOverride(initial, draft);
  const dirty = Object.keys(override).length > 0;

  const picker = (field: RegisterField): JSX.Element => (
    <Field
      key={field}
      className={styles.field}
      label={FIELD_LABELS[field]}
      orientation="horizontal"
      required={REQUIRED.has(field)}
      size="small"
    >
      <Select className={styles.select} size="small" value={draft[field] ?? ''} onChange={(_, data) => setDraft({ ...draft, [field]: data.value })}>
        <option value="">{S.mapping.notMapped}</option>
        {props.mapping.headers.map((h) => (
          <option key={h.column} value={h.column}>
            {S.mapping.option(h.column, h.header)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={shared.part}>
      <p className={styles.intro}>{S.mapping.intro}</p>
      <div className={styles.group}>
        <h3 className={shared.heading}>{S.mapping.yourFields}</h3>
        {INPUT_FIELDS.map(picker)}
      </div>
      <div className={styles.group}>
        <h3 className={shared.heading}>{S.mapping.derivedFields}</h3>
        {DERIVED_FIELDS.map(picker)}
      </div>
      {props.mapping.userColumns.length > 0 && (
        <p className={styles.intro}>{S.mapping.own(props.mapping.userColumns.map((c) => `${c.column} ${c.header}`).join(', '))}</p>
      )}
      <div className={shared.row}>
        <Button appearance="primary" disabledFocusable={props.busy || !dirty} onClick={() => props.onSave(override)}>
          {S.mapping.save}
        </Button>
        <Button className={styles.secondary} disabledFocusable={props.busy || !dirty} onClick={() => setDraft(initial)}>
          {S.mapping.reset}
        </Button>
      </div>
    </div>
  );
}
