/**
 * The findings: what is left to fill in first, as a short to-do list (its first few lines while
 * errors follow); then the rest by severity and by code, errors first and always in full. Warning and note groups show their first few
 * findings and expand on request, so a long list stays short in a 300 px pane; two choices narrow
 * the list to a severity or a sheet.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, TaskListLtrRegular, WarningRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PanelFinding, PanelStatus } from '../../core/actions';
import type { Severity } from '../../core/findings/finding';
import type { FindingFilter, FindingGroup, SeveritySection } from './finding-groups';
import { NO_FILTER, arrangeFindings, filterChoices, filterFindings } from './finding-groups';
import type { GoTo } from './finding-item';
import { FindingItem } from './finding-item';
import { FindingsFilter } from './findings-filter';
import { S } from './strings';
import { useSharedStyles } from './styles';

/** Findings shown per warning or note group, and to-do lines while errors follow, before "Show all"; error groups show every one. */
const GROUP_PREVIEW = 3;
/** A list this short is taken in at a glance: it gets no filter. */
const FILTER_FROM = 6;

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
  /** A severity heading that folds its section: looks like the heading it is. */
  fold: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    margin: '0',
    padding: '0',
    border: 'none',
    backgroundColor: 'transparent',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  chevron: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontSize: '16px' },
  errorIcon: { color: tokens.colorStatusDangerForeground1, fontSize: '20px' },
  warningIcon: { color: tokens.colorStatusWarningForeground1, fontSize: '20px' },
  infoIcon: { color: tokens.colorNeutralForeground3, fontSize: '20px' },
  todoIcon: { color: tokens.colorBrandForeground1, fontSize: '20px' },
  todo: { borderLeftColor: tokens.colorBrandStroke1 },
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

/** "Show all N" under a list that shows its first few, and "Show fewer" once open. */
function ShowAll(props: { count: number; title: string; expanded: boolean; controls: string; onToggle: () => void }): JSX.Element {
  const styles = useStyles();
  return (
    <Button
      className={styles.more}
      appearance="transparent"
      size="small"
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      // The visible words start the name (WCAG 2.5.3); the rest says which list among many.
      aria-label={props.expanded ? undefined : S.findings.showAll(props.count, props.title)}
      onClick={props.onToggle}
    >
      {props.expanded ? S.findings.showFewer : S.findings.showAllShort(props.count)}
    </Button>
  );
}

function GroupCard(props: { group: FindingGroup; severity: Severity; onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const { group } = props;
  const single = group.findings.length === 1;
  // Every error stays in view: only warnings and notes fold.
  const preview = props.severity === 'error' ? Infinity : GROUP_PREVIEW;
  const shown = expanded ? group.findings : group.findings.slice(0, preview);
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
          <FindingItem key={`${f.sheet}!${f.cell}!${f.code}!${f.message}`} finding={f} grouped={!single} showFix={sharedFix === ''} onGo={props.onGo} />
        ))}
      </ul>
      {group.findings.length > preview && (
        <ShowAll count={group.findings.length} title={group.title} expanded={expanded} controls={listId} onToggle={() => setExpanded((e) => !e)} />
      )}
    </li>
  );
}

/**
 * One severity's findings under its heading. Errors are always open; warnings and notes fold
 * under their heading while there are errors above them, so the errors lead on the first screen.
 */
function SeveritySectionView(props: { section: SeveritySection; id: string; folds: boolean; onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const listId = useId();
  const [open, setOpen] = useState(!props.folds);
  const { section } = props;
  const title = (
    <>
      <SeverityIcon severity={section.severity} />
      {S.findings.severityHeading(section.severity, section.count)}
    </>
  );
  return (
    <section className={styles.section} aria-labelledby={props.id} data-severity={section.severity}>
      <h3 id={props.id} className={styles.severityHeading}>
        {props.folds ? (
          <button type="button" className={styles.fold} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
            {title}
            {open ? <ChevronDownRegular className={styles.chevron} aria-hidden="true" /> : <ChevronRightRegular className={styles.chevron} aria-hidden="true" />}
          </button>
        ) : (
          title
        )}
      </h3>
      {open && (
        <ul id={listId} className={shared.plainList}>
          {section.groups.map((g) => (
            <GroupCard key={g.code} group={g} severity={section.severity} onGo={props.onGo} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What is left to fill in: one line a rule, each selecting every cell it names. With errors below
 * it shows its first few lines and the rest on request.
 */
function TodoList(props: { todos: readonly PanelFinding[]; headingId: string; folds: boolean; onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const preview = props.folds ? GROUP_PREVIEW : Infinity;
  const shown = expanded ? props.todos : props.todos.slice(0, preview);
  const heading = S.findings.todoHeading(props.todos.length);
  return (
    <section className={styles.section} aria-labelledby={props.headingId} data-todo="">
      <h3 id={props.headingId} className={styles.severityHeading}>
        <TaskListLtrRegular className={styles.todoIcon} aria-hidden="true" />
        {heading}
      </h3>
      <ul className={shared.plainList}>
        <li className={mergeClasses(styles.card, styles.todo)}>
          <ul id={listId} className={styles.groupList}>
            {shown.map((f, i) => (
              // The fix is the to-do line in other words: it stays the button's description.
              <FindingItem key={`${f.sheet}!${f.cell}!${f.code}`} finding={f} grouped={i > 0} showFix={false} asTodo onGo={props.onGo} />
            ))}
          </ul>
          {props.todos.length > preview && (
            <ShowAll count={props.todos.length} title={heading} expanded={expanded} controls={listId} onToggle={() => setExpanded((e) => !e)} />
          )}
        </li>
      </ul>
    </section>
  );
}

export function FindingsList(props: { status: PanelStatus; onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const { findings, summary, findingsNotShown, sheets } = props.status;
  const choices = filterChoices(findings);
  const todoCount = findings.filter((f) => f.todo !== undefined).length;
  // A filter that no longer matches anything sent (the findings changed) shows everything again.
  const active: FindingFilter = {
    severity: choices.severities.some(([s]) => s === filter.severity) ? filter.severity : null,
    sheet: choices.sheets.some(([s]) => s === filter.sheet) ? filter.sheet : null,
  };
  const shown = filterFindings(findings, active);
  const { todos, sections } = arrangeFindings(shown);
  const narrows = findings.length >= FILTER_FROM && (choices.severities.length > 1 || choices.sheets.length > 1);
  const hasErrors = sections.some((s) => s.severity === 'error');

  return (
    <section className={shared.part} aria-labelledby={headingId} data-findings="">
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {S.findings.heading}
        </h2>
        {/* One sentence for screen readers; the coloured words are for the eye. */}
        <p className={shared.visuallyHidden}>{S.findings.counts(summary.errors, summary.warnings, summary.infos, todoCount)}</p>
        <p className={styles.counts} aria-hidden="true">
          <span className={mergeClasses(styles.count, summary.errors > 0 && styles.countError)}>{S.findings.errors(summary.errors)}</span>
          <span>·</span>
          <span className={mergeClasses(styles.count, summary.warnings > 0 && styles.countWarning)}>{S.findings.warnings(summary.warnings)}</span>
          <span>·</span>
          <span className={styles.count}>{S.findings.notes(summary.infos)}</span>
          {todoCount > 0 && (
            <>
              <span>·</span>
              <span className={styles.count}>{S.findings.todos(todoCount)}</span>
            </>
          )}
        </p>
      </div>
      {findings.length === 0 && <p className={shared.muted}>{S.findings.none}</p>}
      {narrows && <FindingsFilter filter={active} severities={choices.severities} sheets={choices.sheets} onChange={setFilter} />}
      {findings.length > 0 && shown.length === 0 && <p className={shared.muted}>{S.findings.noneMatch}</p>}
      {todos.length > 0 && <TodoList key={`todo-${hasErrors}`} todos={todos} headingId={`${headingId}-todo`} folds={hasErrors} onGo={props.onGo} />}
      {sections.map((section) => {
        const folds = section.severity !== 'error' && hasErrors;
        // Keyed by whether it folds, so a section starts folded or open again when that changes.
        return <SeveritySectionView key={`${section.severity}-${folds}`} section={section} id={`${headingId}-${section.severity}`} folds={folds} onGo={props.onGo} />;
      })}
      {findingsNotShown > 0 && (
        <div className={shared.stack}>
          <p className={styles.notShown}>{S.findings.notShown(findingsNotShown)}</p>
          {sheets.checks !== null && (
            <Button size="small" onClick={() => props.onGo(sheets.checks!, ['A1'])}>
              {S.findings.openChecks}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
