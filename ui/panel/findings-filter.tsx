/**
 * Two small choices above the findings: one severity or all, one sheet or all. Native selects
 * (Fluent's Select), so they work with every keyboard and screen reader and add nothing to the
 * bundle the pane does not already carry.
 */
import { Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/findings/finding';
import type { FindingFilter } from './finding-groups';
import { S } from './strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  choice: {
    flexGrow: 1,
    flexBasis: '0',
    minWidth: '8em',
    maxWidth: '100%',
  },
});

const ALL = '';

export function FindingsFilter(props: {
  filter: FindingFilter;
  severities: readonly (readonly [Severity, number])[];
  sheets: readonly (readonly [string, number])[];
  onChange: (filter: FindingFilter) => void;
}): JSX.Element {
  const styles = useStyles();
  const { filter } = props;
  return (
    <div className={styles.row}>
      <Select
        className={styles.choice}
        size="small"
        aria-label={S.findings.filterSeverity}
        value={filter.severity ?? ALL}
        onChange={(_, data) => props.onChange({ ...filter, severity: data.value === ALL ? null : (data.value as Severity) })}
      >
        <option value={ALL}>{S.findings.allSeverities}</option>
        {props.severities.map(([severity, n]) => (
          <option key={severity} value={severity}>
            {S.findings.severityOption(severity, n)}
          </option>
        ))}
      </Select>
      <Select
        className={styles.choice}
        size="small"
        aria-label={S.findings.filterSheet}
        value={filter.sheet ?? ALL}
        onChange={(_, data) => props.onChange({ ...filter, sheet: data.value === ALL ? null : data.value })}
      >
        <option value={ALL}>{S.findings.allSheets}</option>
        {props.sheets.map(([sheet, n]) => (
          <option key={sheet} value={sheet}>
            {S.findings.sheetOption(sheet, n)}
          </option>
        ))}
      </Select>
    </div>
  );
}
