/**
 * One finding in the list: a native button (Enter and Space work everywhere) that selects what it
 * is about, every range of a finding about many cells at once; its fix; and, for a finding about
 * many cells, a toggle that lists them, each a button that goes to that one cell.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PanelFinding } from '../../core/actions';
import { cellsOfRanges, rangesOf } from './finding-cells';
import { S } from './strings';

/** Cells listed when a grouped finding is opened; the finding's own button selects them all. */
const CELLS_LISTED = 200;

export type GoTo = (sheet: string, cells: readonly string[]) => void;

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'flex-start',
    minWidth: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
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
  /** A to-do line: one short sentence, in the size of the fixes, so the list stays a few lines. */
  compact: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
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
    overflowWrap: 'anywhere',
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
  toggle: {
    flexShrink: 0,
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS} 0 0`,
  },
  cells: {
    listStyleType: 'none',
    margin: '0',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  cell: {
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontVariantNumeric: 'tabular-nums',
  },
  moreCells: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** The list of a grouped finding's cells, each a button to go to it. */
function CellList(props: { id: string; finding: PanelFinding; label: string; onGo: GoTo }): JSX.Element {
  const styles = useStyles();
  const { cells, more } = cellsOfRanges(rangesOf(props.finding), CELLS_LISTED);
  return (
    <ul id={props.id} className={styles.cells} aria-label={S.findings.cellsLabel(props.label)}>
      {cells.map((cell) => (
        <li key={cell}>
          <Button className={styles.cell} size="small" appearance="subtle" aria-label={S.findings.goToCell(props.finding.sheet, cell)} onClick={() => props.onGo(props.finding.sheet, [cell])}>
            {cell}
          </Button>
        </li>
      ))}
      {more > 0 && <li className={styles.moreCells}>{S.findings.moreCells(more)}</li>}
    </ul>
  );
}

export interface FindingItemProps {
  readonly finding: PanelFinding;
  /** A line of a card with a title above it (a group, the to-do list). */
  readonly grouped: boolean;
  readonly showFix: boolean;
  /** Show the to-do line (what, how many, where) instead of the message and place. */
  readonly asTodo?: boolean;
  readonly onGo: GoTo;
}

export function FindingItem(props: FindingItemProps): JSX.Element {
  const styles = useStyles();
  const fixId = useId();
  const cellsId = useId();
  const [open, setOpen] = useState(false);
  const { finding } = props;
  const ranges = rangesOf(finding);
  const many = finding.cells !== undefined;
  const count = many ? cellsOfRanges(ranges, 0).more : 1;
  const label = props.asTodo ? (finding.todo ?? finding.message) : finding.message;
  return (
    <li className={mergeClasses(props.grouped && styles.groupedItem)}>
      <div className={styles.line}>
        <button
          type="button"
          data-finding={finding.code}
          className={mergeClasses(styles.item, props.asTodo && styles.compact)}
          aria-describedby={props.showFix ? fixId : undefined}
          onClick={() => props.onGo(finding.sheet, ranges)}
        >
          <span className={styles.message}>{label}</span>
          {!props.asTodo && <span className={styles.where}>{many ? S.findings.whereRanges(finding.sheet, ranges) : S.findings.where(finding.sheet, finding.cell)}</span>}
        </button>
        {many && (
          <Button
            className={styles.toggle}
            appearance="subtle"
            size="small"
            icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={open}
            aria-controls={open ? cellsId : undefined}
            aria-label={open ? S.findings.hideCellsOf(label) : S.findings.showCellsOf(count, label)}
            title={open ? S.findings.hideCells : S.findings.showCells(count)}
            onClick={() => setOpen((o) => !o)}
          />
        )}
      </div>
      {props.showFix && (
        <p id={fixId} className={styles.fix}>
          <span className={styles.fixLabel}>{S.findings.fix}</span> {finding.fix}
        </p>
      )}
      {many && open && <CellList id={cellsId} finding={finding} label={label} onGo={props.onGo} />}
    </li>
  );
}
