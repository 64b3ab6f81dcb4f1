/**
 * The pane's one piece of state: the last status the host sent, which request is running, what
 * the last one said, and the sentence screen readers hear. Components only call `run`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionOutcome, MappingView, PanelRequest, PanelStatus } from '../../core/actions';
import type { HostBridge } from '../host-bridge';
import { S } from './strings';

/** Where a request came from: its progress and result are shown there, next to the control used. */
export type Origin = 'main' | 'mapping' | 'adopt' | 'new' | 'methodology';

export type Feedback =
  | { readonly kind: 'done'; readonly origin: Origin; readonly title: string; readonly changes: readonly string[] }
  | { readonly kind: 'problem'; readonly origin: Origin; readonly message: string; readonly problems: readonly string[] }
  | { readonly kind: 'failed'; readonly origin: Origin; readonly message: string; readonly canRetry: boolean };

export interface Busy {
  readonly origin: Origin;
  readonly label: string;
}

export interface Announcement {
  readonly text: string;
  /** Failures interrupt; everything else waits for the screen reader to finish. */
  readonly urgent: boolean;
}

export interface PanelModel {
  readonly status: PanelStatus | null;
  readonly busy: Busy | null;
  readonly feedback: Feedback | null;
  readonly preview: MappingView | null;
  readonly announcement: Announcement;
  /**
   * Sends a request unless one is running. Progress shows at `origin`, the result at `resultAt`
   * (default: `origin`), for a request that moves its own controls, such as creating the register.
   */
  run(request: PanelRequest, origin: Origin, resultAt?: Origin): Promise<ActionOutcome | null>;
  retry(): void;
  dismiss(): void;
  clearPreview(): void;
  goTo(sheet: string, cells: readonly string[]): void;
}

export function progressLabel(request: PanelRequest): string {
  switch (request.kind) {
    case 'status':
      return S.progress.status;
    case 'generate':
      return S.progress[request.action];
    case 'newRegister':
      return S.progress.newRegister;
    case 'previewSheet':
      return S.progress.previewSheet(request.sheet);
    case 'adoptSheet':
      return S.progress.adoptSheet(request.sheet);
    case 'saveMapping':
      return S.progress.saveMapping;
    case 'saveMethodology':
      return S.progress.saveMethodology;
    case 'seedSoa':
      return S.progress.seedSoa;
    case 'registerIdsTo2022':
      return S.progress.registerIdsTo2022;
    case 'newCycle':
      return S.progress.newCycle;
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return S.result.unknownError;
}

function doneAnnouncement(request: PanelRequest, outcome: ActionOutcome & { ok: true }): string {
  if (request.kind === 'generate' || request.kind === 'adoptSheet' || request.kind === 'saveMethodology' || request.kind === 'saveMapping' || request.kind === 'seedSoa' || request.kind === 'newCycle') {
    const { errors, warnings } = outcome.status.summary;
    return `${outcome.title}. ${S.result.findingsAfter(errors, warnings)}`;
  }
  return outcome.title;
}

export function usePanel(bridge: HostBridge): PanelModel {
  const [status, setStatus] = useState<PanelStatus | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [preview, setPreview] = useState<MappingView | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', urgent: false });
  // A ref, not state: two clicks in the same frame must not both start a request.
  const running = useRef(false);
  const mounted = useRef(true);
  const last = useRef<{ request: PanelRequest; origin: Origin; resultAt: Origin } | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (request: PanelRequest, origin: Origin, resultAt: Origin = origin): Promise<ActionOutcome | null> => {
      if (running.current) return null;
      running.current = true;
      last.current = { request, origin, resultAt };
      const label = progressLabel(request);
      setBusy({ origin, label });
      setFeedback(null);
      setAnnouncement({ text: label, urgent: false });
      try {
        const outcome = await bridge.request(request);
        if (!mounted.current) return outcome;
        if (outcome.ok) {
          setStatus(outcome.status);
          setPreview(request.kind === 'previewSheet' ? (outcome.preview ?? null) : null);
          // The load and a preview speak for themselves on screen; a message bar would be noise.
          if (request.kind !== 'status' && request.kind !== 'previewSheet') {
            setFeedback({ kind: 'done', origin: resultAt, title: outcome.title, changes: outcome.changes });
          }
          setAnnouncement({ text: doneAnnouncement(request, outcome), urgent: false });
        } else {
          if (request.kind === 'previewSheet') setPreview(null);
          setFeedback({ kind: 'problem', origin: resultAt, message: outcome.message, problems: outcome.problems ?? [] });
          setAnnouncement({ text: [outcome.message, ...(outcome.problems ?? [])].join(' '), urgent: true });
        }
        return outcome;
      } catch (error) {
        if (mounted.current) {
          const message = S.result.hostFailed(errorText(error));
          setFeedback({ kind: 'failed', origin: resultAt, message, canRetry: true });
          setAnnouncement({ text: message, urgent: true });
        }
        return null;
      } finally {
        running.current = false;
        if (mounted.current) setBusy(null);
      }
    },
    [bridge],
  );

  const retry = useCallback(() => {
    if (last.current) void run(last.current.request, last.current.origin, last.current.resultAt);
  }, [run]);

  const dismiss = useCallback(() => setFeedback(null), []);
  const clearPreview = useCallback(() => setPreview(null), []);

  const goTo = useCallback(
    (sheet: string, cells: readonly string[]) => {
      bridge.selectCells(sheet, cells).catch((error: unknown) => {
        if (!mounted.current) return;
        const message = S.result.selectFailed(sheet, cells[0] ?? '', errorText(error));
        setFeedback({ kind: 'failed', origin: 'main', message, canRetry: false });
        setAnnouncement({ text: message, urgent: true });
      });
    },
    [bridge],
  );

  useEffect(() => {
    void run({ kind: 'status' }, 'main');
  }, [run]);

  return { status, busy, feedback, preview, announcement, run, retry, dismiss, clearPreview, goTo };
}
