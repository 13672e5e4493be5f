// The wizard's view: it draws the session's current screen, laid out by build-screen.ts, and
// nothing else. It reads no keys (the keyboard reader sends them to the session) and keeps no
// state of its own, so what is on screen is always the session as it is.

import { useEffect, useMemo } from 'react';
import { Box, useApp } from 'ink';
import { buildScreen, type Part } from './layout/build-screen.js';
import { currentFrame } from './session.js';
import { useSession } from './session-context.js';
import { exitCodeOf } from './session-machine.js';
import { Choices } from './components/Choices.js';
import { Field } from './components/Field.js';
import { Lines } from './components/Lines.js';
import { TooSmall } from './components/TooSmall.js';

interface Props {
  /** Receives the exit code when the technician leaves (0 after q, 130 after Ctrl+C). */
  onExit?: (exitCode: number) => void;
  /** Mark the caret for the painter (a real terminal) instead of drawing it inverse. */
  caretMarker?: boolean;
}

function PartView({ part, frameId, caretMarker }: { part: Part; frameId: number; caretMarker: boolean }) {
  if (part.kind === 'options') return <Choices part={part} frameId={frameId} />;
  if (part.kind === 'field') return <Field part={part} caretMarker={caretMarker} />;
  return <Lines lines={part.lines} />;
}

/** The wizard. */
export function App({ onExit, caretMarker = false }: Props) {
  const session = useSession((s) => s.context);
  const exitCode = useSession(exitCodeOf);
  const { exit } = useApp();
  const screen = useMemo(() => buildScreen(session), [session]);

  useEffect(() => {
    if (exitCode === undefined) return;
    onExit?.(exitCode);
    exit();
  }, [exitCode, exit, onExit]);

  if (screen.tooSmall) return <TooSmall columns={session.size.columns} rows={session.size.rows} />;
  const frameId = currentFrame(session).id;
  return (
    <Box flexDirection="column">
      {screen.parts.map((part, i) => (
        <PartView key={i} part={part} frameId={frameId} caretMarker={caretMarker} />
      ))}
    </Box>
  );
}
