/**
 * The findings, grouped by severity and then by code. Each finding is a native button (Enter and
 * Space work everywhere) that selects its cell in the workbook. Groups show their first few
 * findings and expand on request, so a long list stays short in a 300 px pane.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PanelFinding, PanelStatus } from '../../core/actions';
import type { Severity } from '../../core/findings/finding';
import type { FindingGroup } from './finding-groups';
import { groupFindings } from './finding-groups';
import { S } from './strings';
import { useSharedStyles } from './styles';

/** Findings shown per group before "Show all". */
const GROUP_PREVIEW = 3;

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    margin: '0',
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  count: {
    color: tokens.colorNeutralForeground2,
  },
  countError: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  countWarning: {
    color: tokens.colorStatusWarningForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  badge: {
    flexShrink: 0,
    minWidth: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground5,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  severityHeading: {
    margin: '0',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  errorIcon: { color: tokens.colorStatusDangerForeground1, fontSize: '20px' },
  warningIcon: { color: tokens.colorStatusWarningForeground1, fontSize: '20px' },
  infoIcon: { color: tokens.colorNeutralForeground3, fontSize: '20px' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    overflow: 'hidden',
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  groupHeader: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS}`,
  },
  groupTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  clause: {
    display: 'block',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  groupList: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  groupFix: {
    margin: '0',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    margin: '0',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: '0',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  groupedItem: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  message: {
    overflowWrap: 'anywhere',
  },
  where: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorBrandForeground1,
  },
  fix: {
    margin: '0',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  fixLabel: {
    fontWeight: tokens.fontWeightSemibold,
  },
  more: {
    alignSelf: 'flex-start',
    margin: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}`,
  },
  notShown: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

function SeverityIcon({ severity }: { severity: Severity }): JSX.Element {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircleRegular className={styles.errorIcon} aria-hidden="true" />;
  if (severity === 'warning') return <WarningRegular className={styles.warningIcon} aria-hidden="true" />;
  return <InfoRegular className={styles.infoIcon} aria-hidden="true" />;
}

function FindingButton(props: { finding: PanelFinding; grouped: boolean; showFix: boolean; onGo: (f: PanelFinding) => void }): JSX.Element {
  const styles = useStyles();
  const fixId = useId();
  const { finding } = props;
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, props.grouped && styles.groupedItem)}
        aria-describedby={props.showFix ? fixId : undefined}
        onClick={() => props.onGo(finding)}
      >
        <span className={styles.message}>{finding.message}</span>
        <span className={styles.where}>{S.findings.where(finding.sheet, finding.cell)}</span>
      </button>
      {props.showFix && (
        <p id={fixId} className={styles.fix}>
          <span className={styles.fixLabel}>{S.findings.fix}</span> {finding.fix}
        </p>
      )}
    </li>
  );
}

function GroupCard(props: { group: FindingGroup; severity: Severity; onGo: (f: PanelFinding) => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const { group } = props;
  const single = group.findings.length === 1;
  const shown = expanded ? group.findings : group.findings.slice(0, GROUP_PREVIEW);
  const sameFix = group.findings.every((f) => f.fix === group.findings[0]?.fix);
  const sharedFix = !single && sameFix ? (group.findings[0]?.fix ?? '') : '';

  return (
    <li className={mergeClasses(styles.card, styles[props.severity])}>
      {!single && (
        <div className={styles.groupHeader}>
          <h4 className={styles.groupTitle}>
            {group.title}
            <span className={shared.visuallyHidden}>{S.findings.groupCount(group.findings.length)}</span>
            {group.clause !== '' && <span className={styles.clause}>{S.findings.clause(group.clause)}</span>}
          </h4>
          <span className={styles.badge} aria-hidden="true">
            {group.findings.length}
          </span>
        </div>
      )}
      {sharedFix !== '' && (
        <p className={styles.groupFix}>
          <span className={styles.fixLabel}>{S.findings.fix}</span> {sharedFix}
        </p>
      )}
      <ul id={listId} className={styles.groupList}>
        {shown.map((f) => (
          <FindingButton key={`${f.sheet}!${f.cell}!${f.code}`} finding={f} grouped={!single} showFix={sharedFix === ''} onGo={props.onGo} />
        ))}
      </ul>
      {group.findings.length > GROUP_PREVIEW && (
        <Button
          className={styles.more}
          appearance="transparent"
          size="small"
          aria-expanded={expanded}
          aria-controls={listId}
          // The visible words start the name (WCAG 2.5.3); the rest says which group among many.
          aria-label={expanded ? undefined : S.findings.showAll(group.findings.length, group.title)}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? S.findings.showFewer : S.findings.showAllShort(group.findings.length)}
        </Button>
      )}
    </li>
  );
}

export function FindingsList(props: { status: PanelStatus; onGo: (sheet: string, cell: string) => void }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const { findings, summary, findingsNotShown, sheets } = props.status;
  const sections = groupFindings(findings);
  const go = (f: PanelFinding): void => props.onGo(f.sheet, f.cell);

  return (
    <section className={shared.part} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {S.findings.heading}
        </h2>
        {/* One sentence for screen readers; the coloured words are for the eye. */}
        <p className={shared.visuallyHidden}>{S.findings.counts(summary.errors, summary.warnings, summary.infos)}</p>
        <p className={styles.counts} aria-hidden="true">
          <span className={mergeClasses(styles.count, summary.errors > 0 && styles.countError)}>{S.findings.errors(summary.errors)}</span>
          <span>·</span>
          <span className={mergeClasses(styles.count, summary.warnings > 0 && styles.countWarning)}>{S.findings.warnings(summary.warnings)}</span>
          <span>·</span>
          <span className={styles.count}>{S.findings.notes(summary.infos)}</span>
        </p>
      </div>
      {findings.length === 0 && <p className={shared.muted}>{S.findings.none}</p>}
      {sections.map((section) => {
        const id = `${headingId}-${section.severity}`;
        return (
          <section key={section.severity} className={styles.section} aria-labelledby={id}>
            <h3 id={id} className={styles.severityHeading}>
              <SeverityIcon severity={section.severity} />
              {S.findings.severityHeading(section.severity, section.count)}
            </h3>
            <ul className={shared.plainList}>
              {section.groups.map((g) => (
                <GroupCard key={g.code} group={g} severity={section.severity} onGo={go} />
              ))}
            </ul>
          </section>
        );
      })}
      {findingsNotShown > 0 && (
        <div className={shared.stack}>
          <p className={styles.notShown}>{S.findings.notShown(findingsNotShown)}</p>
          {sheets.checks !== null && (
            <Button size="small" onClick={() => props.onGo(sheets.checks!, 'A1')}>
              {S.findings.openChecks}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
