/**
 * Progress and the result of a request, shown where the request was made (the main buttons, the
 * mapping, the set-up, the methodology editor) so a person never scrolls to find out what happened.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { S } from './strings';
import { useSharedStyles } from './styles';
import type { Origin, PanelModel } from './use-panel';

const CHANGES_SHOWN = 3;

const useStyles = makeStyles({
  spinner: {
    justifyContent: 'flex-start',
  },
  bar: {
    minWidth: 0,
  },
  body: {
    overflowWrap: 'anywhere',
  },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export function ActionFeedback({ origin, model }: { origin: Origin; model: PanelModel }): JSX.Element | null {
  const styles = useStyles();
  const shared = useSharedStyles();
  const busy = model.busy?.origin === origin ? model.busy : null;
  const feedback = model.feedback?.origin === origin ? model.feedback : null;
  if (!busy && !feedback) return null;

  const dismiss = (
    <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={S.result.dismiss} onClick={model.dismiss} />
  );

  return (
    <div className={shared.stack}>
      {busy && <Spinner className={styles.spinner} size="tiny" labelPosition="after" label={busy.label} />}
      {feedback?.kind === 'done' && (
        <MessageBar className={styles.bar} intent="success" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{feedback.title}</MessageBarTitle>
            {feedback.changes.length === 0 ? (
              <div>{S.result.noChanges}</div>
            ) : (
              <ul className={styles.list}>
                {feedback.changes.slice(0, CHANGES_SHOWN).map((c) => (
                  <li key={c}>{c}</li>
                ))}
                {feedback.changes.length > CHANGES_SHOWN && <li className={shared.muted}>{S.result.moreChanges(feedback.changes.length - CHANGES_SHOWN)}</li>}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss} />
        </MessageBar>
      )}
      {feedback?.kind === 'problem' && (
        <MessageBar className={styles.bar} intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            {feedback.problems.length === 0 ? (
              <div>{feedback.message}</div>
            ) : (
              <>
                <MessageBarTitle>{feedback.message}</MessageBarTitle>
                <ul className={styles.list}>
                  {feedback.problems.map((p, i) => (
                    <li key={`${i}-${p}`}>{p}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss} />
        </MessageBar>
      )}
      {feedback?.kind === 'failed' && (
        <MessageBar className={styles.bar} intent="error" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{S.result.failedTitle}</MessageBarTitle>
            <div>{feedback.message}</div>
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss}>
            {feedback.canRetry && (
              <Button size="small" onClick={model.retry} disabled={model.busy !== null}>
                {S.result.retry}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

/** The sentence a screen reader hears after every step; both regions exist from the start so the first change is announced. */
export function LiveRegion({ model }: { model: PanelModel }): JSX.Element {
  const shared = useSharedStyles();
  const { text, urgent } = model.announcement;
  return (
    <>
      <div className={shared.visuallyHidden} role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
        {urgent ? '' : text}
      </div>
      <div className={shared.visuallyHidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
        {urgent ? text : ''}
      </div>
    </>
  );
}
