// The wizard's root: one input handler that only sends events to the session actor, and a
// layout that renders whatever step is current without knowing which flow it belongs to.

import { useEffect, useRef } from 'react';
import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { findError, likelyMessage } from '../catalog/catalog.js';
import type { ErrorEntry } from '../catalog/schema.js';
import type { Step } from '../../flows/step.js';
import { currentContext, currentFrame, stepOf, trail, type Session } from './session.js';
import { useSession, useSessionActor } from './session-context.js';
import { exitCodeOf } from './session-machine.js';
import { TerminalSizeProvider, useTerminalSize, type TerminalSize } from './use-terminal-size.js';
import { Breadcrumb } from './components/Breadcrumb.js';
import { CodeCard } from './components/CodeCard.js';
import { fitCard, stepRows } from './screen-fit.js';
import { Footer } from './components/Footer.js';
import { HELP_CHOICE, QuestionView } from './components/QuestionView.js';
import { InputView } from './components/InputView.js';
import { ResolutionView, resolutionPages, type ResolutionContent } from './components/ResolutionView.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './components/TooSmall.js';

/** The resolution content of a step, if it is a resolution. */
function resolutionContent(step: Step, entry: ErrorEntry | undefined): ResolutionContent | undefined {
  if (step.kind === 'resolution') return step;
  if (step.kind === 'catalog-resolution' && entry) {
    return { title: entry.title, cause: entry.cause, summary: entry.resolution.summary, steps: entry.resolution.steps, commands: entry.commands };
  }
  return undefined;
}

function templateValues(session: Session) {
  const context = currentContext(session);
  return { ...context.answers, code: context.code };
}

function pageCount(session: Session, size: TerminalSize): number {
  const context = currentContext(session);
  const content = resolutionContent(stepOf(currentFrame(session).snapshot), context.code ? findError(context.code) : undefined);
  return content ? resolutionPages(content, templateValues(session), session.view, size.columns, size.rows).length : 1;
}

const tooSmall = (size: TerminalSize) => size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;

/** Sends the technician's keys to the session; never holds wizard state itself. */
function useWizardKeys(size: TerminalSize) {
  const actor = useSessionActor();
  const { isRawModeSupported } = useStdin();
  const sizeRef = useRef(size);
  sizeRef.current = size;
  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') return actor.send({ type: 'INTERRUPT' });
      if (key.escape) return actor.send({ type: 'BACK' });
      const session = actor.getSnapshot().context;
      const kind = stepOf(currentFrame(session).snapshot).kind;
      // Too small a window shows no text field, only how to go on: q quits there.
      if (tooSmall(sizeRef.current)) return input === 'q' ? actor.send({ type: 'QUIT' }) : undefined;
      if (kind === 'input') {
        if (key.tab) actor.send({ type: 'HELP' });
        return; // the text field owns every other key
      }
      if (input === 'q') return actor.send({ type: 'QUIT' });
      if (input === 'r') return actor.send({ type: 'RESTART' });
      if (input === 'p') return actor.send({ type: 'VIEW' });
      if (input === '?') return actor.send({ type: 'HELP' });
      const delta = key.rightArrow || key.pageDown || input === ' ' ? 1 : key.leftArrow || key.pageUp ? -1 : 0;
      if (delta !== 0 && kind !== 'question') {
        actor.send({ type: 'PAGE', delta, pages: pageCount(session, sizeRef.current) });
      }
    },
    { isActive: isRawModeSupported },
  );
}

/** The wizard, with one terminal-size listener for all its parts. */
export function App(props: { onExit?: (exitCode: number) => void }) {
  return (
    <TerminalSizeProvider>
      <Wizard {...props} />
    </TerminalSizeProvider>
  );
}

/** The wizard's screen. `onExit` receives the exit code when the technician quits. */
function Wizard({ onExit }: { onExit?: (exitCode: number) => void }) {
  const actor = useSessionActor();
  const session = useSession((s) => s.context);
  const exitCode = useSession(exitCodeOf);
  const { exit } = useApp();
  const size = useTerminalSize();
  useWizardKeys(size);

  useEffect(() => {
    if (exitCode === undefined) return;
    onExit?.(exitCode);
    exit();
  }, [exitCode, exit, onExit]);

  if (tooSmall(size)) return <TooSmall columns={size.columns} rows={size.rows} />;

  const frame = currentFrame(session);
  const step = stepOf(frame.snapshot);
  const context = currentContext(session);
  const entry = context.code ? findError(context.code) : undefined;
  const values = templateValues(session);
  const content = resolutionContent(step, entry);
  const pages = content ? resolutionPages(content, values, session.view, size.columns, size.rows).length : 1;

  return (
    <Box flexDirection="column">
      <Breadcrumb parts={trail(session)} columns={size.columns} />
      <Box flexDirection="column" marginTop={1}>
        {frame.codeIntro && entry && (step.kind === 'question' || step.kind === 'input') && (
          <CodeCard
            entry={entry}
            values={values}
            view={session.view}
            layout={fitCard(
              entry, likelyMessage(entry), stepRows(step, values, session.view, size.columns), size.rows, size.columns, session.view,
              // The screen below shows its own commands to run now: the card does not repeat one.
              !step.commands?.length,
            )}
          />
        )}
        {step.kind === 'question' && (
          <QuestionView
            step={step}
            values={values}
            view={session.view}
            frameId={frame.id}
            initialIndex={frame.picked ?? 0}
            helpOpen={session.helpOpen}
            onChoose={(index) => actor.send(index === HELP_CHOICE ? { type: 'HELP' } : { type: 'CHOOSE', index })}
          />
        )}
        {step.kind === 'input' && (
          <InputView
            step={step}
            values={values}
            view={session.view}
            draft={session.draft}
            error={session.error}
            helpOpen={session.helpOpen}
            frameId={frame.id}
            columns={size.columns}
            onChange={(text) => actor.send({ type: 'DRAFT', text })}
            onSubmit={() => actor.send({ type: 'SUBMIT' })}
          />
        )}
        {session.error && step.kind !== 'input' && <Text color="red">{session.error}</Text>}
        {content && <ResolutionView content={content} values={values} view={session.view} columns={size.columns} rows={size.rows} page={session.page} />}
      </Box>
      <Footer kind={step.kind} view={session.view} page={session.page} pages={pages} />
    </Box>
  );
}
