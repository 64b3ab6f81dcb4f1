/**
 * What Riskbook found: the register sheet, its size, how many columns it understood, the method
 * in force and which generated sheets exist. Read-only, so the first thing a keyboard reaches is
 * the primary action below it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { PanelStatus } from '../../core/actions';
import { SHEETS } from '../../core/workbook/names';
import { S } from './strings';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  eyebrow: {
    margin: '0',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.06em',
    textTransform: 'uppercase',
    color: tokens.colorNeutralForeground3,
  },
  name: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  line: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  note: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  sheets: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  sheetsLabel: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  chip: {
    padding: `0 ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  present: {
    color: tokens.colorPaletteGreenForeground2,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  absent: {
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
  },
});

/** Each of Riskbook's sheets, with the name it takes when the workbook has none yet. */
const GENERATED: readonly { key: keyof PanelStatus['sheets']; short: string; usual: string }[] = [
  { key: 'methodology', short: 'Method', usual: SHEETS.methodology },
  { key: 'rtp', short: 'RTP', usual: SHEETS.rtp },
  { key: 'soa', short: 'SoA', usual: SHEETS.soa },
  { key: 'heatmap', short: 'Heatmap', usual: SHEETS.heatmap },
  { key: 'checks', short: 'Checks', usual: SHEETS.checks },
];

export function RegisterCard({ status }: { status: PanelStatus }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { register, methodology } = status;
  const headingId = useId();
  const sheetsLabelId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.eyebrow}>
        {S.register.heading}
      </h2>
      {register ? (
        <>
          <p className={styles.name}>{register.sheet}</p>
          <p className={styles.line}>{S.register.summary(register.risks, register.headerRow)}</p>
          <p className={styles.line}>{S.register.columns(register.fields.length, register.userColumns.length)}</p>
        </>
      ) : (
        <>
          <p className={styles.name}>{S.register.notFound}</p>
          <p className={styles.line}>{S.register.notFoundHint}</p>
        </>
      )}
      <p className={styles.line}>
        {S.methodology.summary(methodology.version, methodology.likelihood.length, methodology.impact.length, methodology.scoring)}
      </p>
      {!methodology.found && <p className={styles.note}>{methodology.inferred ? S.methodology.inferredNote : S.methodology.defaultNote}</p>}
      <div className={styles.sheets}>
        <span className={styles.sheetsLabel} id={sheetsLabelId}>
          {S.register.sheetsLabel}
        </span>
        <ul className={styles.badges} aria-labelledby={sheetsLabelId}>
          {GENERATED.map((g) => {
            const present = status.sheets[g.key];
            return (
            <li
              key={g.key}
              className={mergeClasses(styles.chip, present !== null ? styles.present : styles.absent)}
              title={present !== null ? S.register.sheetPresent(present) : S.register.sheetAbsent(g.usual)}
            >
              {/* Both marks take the same room, so the chips do not re-wrap (and move the buttons below) once a sheet exists. */}
              <span aria-hidden="true">{present !== null ? '✓\u00A0' : '○\u00A0'}</span>
              {g.short}
              <span className={shared.visuallyHidden}>{present !== null ? S.register.presentSuffix : S.register.absentSuffix}</span>
            </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
