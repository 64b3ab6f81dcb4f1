/**
 * The risk count per likelihood and impact, in the band colours of the methodology, as a real
 * table (caption, row and column headers) so a screen reader can walk it cell by cell. Rows show
 * the level number to fit up to 10 x 10 in 300 px; the full label is read out and shown on hover.
 */
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { HeatmapView, MethodologyView } from '../../core/actions';
import { textOn } from './colours';
import { S } from './strings';
import { useSharedStyles } from './styles';

type Which = 'inherent' | 'residual';

const useStyles = makeStyles({
  toggle: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
  },
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: '2px',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  axis: {
    width: '2.25em',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
    padding: '0',
  },
  colHeader: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  cell: {
    height: '28px',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusSmall,
    padding: '0',
    fontWeight: tokens.fontWeightSemibold,
  },
  axes: {
    display: 'flex',
    justifyContent: 'space-between',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  note: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  legend: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** "5 - Almost certain" → ["5", "Almost certain"]. */
function splitLevel(option: string): [string, string] {
  const m = /^(\S+)\s+-\s+(.*)$/.exec(option);
  return m ? [m[1]!, m[2]!] : [option, ''];
}

export function MiniHeatmap(props: { heatmap: HeatmapView; methodology: MethodologyView; risks: number }): JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [which, setWhich] = useState<Which>('inherent');
  const bandsId = useId();
  const counts = which === 'inherent' ? props.heatmap.inherent : props.heatmap.residual;
  const placed = counts.reduce((n, row) => n + row.reduce((a, b) => a + b, 0), 0);

  return (
    <div className={shared.stack}>
      <div className={styles.toggle} role="group" aria-label={S.heatmap.viewLabel}>
        {(['inherent', 'residual'] as const).map((w) => (
          <ToggleButton key={w} size="small" shape="circular" appearance={which === w ? 'primary' : 'subtle'} checked={which === w} onClick={() => setWhich(w)}>
            {w === 'inherent' ? S.heatmap.inherent : S.heatmap.residual}
          </ToggleButton>
        ))}
      </div>
      <div className={shared.stack}>
        <table className={styles.table}>
          <caption className={shared.visuallyHidden}>{S.heatmap.caption(which)}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.axis}>
                <span aria-hidden="true">{S.heatmap.corner}</span>
                <span className={shared.visuallyHidden}>{S.heatmap.axisLikelihood}</span>
              </th>
              {props.heatmap.impact.map((option) => {
                const [n, label] = splitLevel(option);
                return (
                  <th key={option} scope="col" className={styles.colHeader} title={option}>
                    <span className={shared.visuallyHidden}>{S.heatmap.axisImpact} </span>
                    {n}
                    {label !== '' && <span className={shared.visuallyHidden}> {label}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {props.heatmap.likelihood.map((option, r) => {
              const [n, label] = splitLevel(option);
              return (
                <tr key={option}>
                  <th scope="row" className={styles.axis} title={option}>
                    {n}
                    {label !== '' && <span className={shared.visuallyHidden}> {label}</span>}
                  </th>
                  {props.heatmap.impact.map((impact, c) => {
                    const count = counts[r]?.[c] ?? 0;
                    const fill = props.heatmap.colours[r]?.[c] ?? '#FFFFFF';
                    return (
                      <td
                        key={impact}
                        className={styles.cell}
                        style={{ backgroundColor: fill, color: textOn(fill) }}
                        title={`${option} × ${impact}: ${count}`}
                      >
                        {count === 0 ? <span className={shared.visuallyHidden}>0</span> : count}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className={styles.axes} aria-hidden="true">
          <span>↑ {S.heatmap.axisLikelihood}</span>
          <span>{S.heatmap.axisImpact} →</span>
        </div>
        <p className={styles.note}>{S.heatmap.placed(placed, props.risks, which)}</p>
      </div>
      <div>
        <span className={shared.visuallyHidden} id={bandsId}>
          {S.heatmap.bandsLabel}
        </span>
        <ul className={styles.legend} aria-labelledby={bandsId}>
          {props.methodology.bands.map((b) => (
            <li key={b.name} className={styles.chip} style={{ backgroundColor: b.colour, color: textOn(b.colour) }}>
              <strong>{b.name}</strong> {S.heatmap.bandRange(b.min, b.max)}
              <span className={shared.visuallyHidden}>, {S.editor.decisions[b.decision]}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
