// The wizard session as pure functions: a stack of frames, one per screen shown, each
// holding the flow machine's snapshot at that screen. Moving on pushes a frame (XState's
// pure `transition`), Back pops one and the earlier answer is still there to highlight.
// No I/O, no Ink: the UI only renders `currentStep` and sends the technician's keys here.

import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { findError } from '../catalog/catalog.js';
import { fieldSpec, prefillFor } from '../input/fields.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import type { Answers, FlowContext, FlowEvent, FlowInput } from '../../flows/lib/context.js';
import type { Step } from '../../flows/step.js';
import type { Reading } from '../readers/reading.js';
import { choicesOf } from './choices.js';
import { localOffer, type LocalRead } from './read-local/offer.js';
import { openPreview } from './read-local/keys.js';

/** One screen in the trail. */
export interface Frame {
  id: number;
  flow: FlowId;
  snapshot: AnyMachineSnapshot;
  /** This is the first screen of the code being diagnosed (it shows the code card). */
  codeIntro: boolean;
  /** The option chosen here, when the technician moved on from a question. */
  picked?: number;
  /** The text typed here, when the technician moved on from an input. */
  typed?: string;
}

/** Which commands a resolution shows: slmgr/cmd, their PowerShell twins, or both. */
export type CommandView = 'cmd' | 'powershell' | 'both';

/** The window the wizard draws in; rows is Infinity when the terminal does not say. */
export interface WindowSize {
  columns: number;
  rows: number;
}

/** Everything the wizard shows, and nothing else. */
export interface Session {
  frames: readonly [Frame, ...Frame[]];
  nextId: number;
  /** Text in the current input field, kept when a value is refused. */
  draft: string;
  /** Where the caret is in `draft`. */
  caret: number;
  /** Why the last typed value was refused. */
  error?: string;
  /** A passing remark on the last key (pasted text cut, invisible characters removed …). */
  notice?: string;
  /** Characters the last reads typed into a full field and left out, counted across reads. */
  leftOut?: number;
  helpOpen: boolean;
  view: CommandView;
  /** The page of the current screen's text, when it is longer than the window. */
  page: number;
  /** The highlighted choice of a question (the help choice comes after the options). */
  cursor: number;
  size: WindowSize;
  /** The highlighted command of a resolution (screen order): the one `c` copies. */
  commandCursor: number;
  /** Something to do outside the session (copy, save), waiting for the runner to report back. */
  effect?: Effect;
  /** How many effects were asked for so far (their ids). */
  effectsAsked?: number;
  /** Collected output (kms-doctor collect's JSON, or --from FILE) that answers later questions as they come. */
  readings?: readonly Reading[];
  /** An answer found for the technician, shown with where it came from, waiting for Enter (pending.ts). */
  pending?: PendingAnswer;
  /** An error code being typed at a question ("0x…", typed-code.ts), looked up on Enter. */
  typedCode?: string;
  /** `r` was pressed once: a second `r` starts over, any other key keeps the answers. */
  restartArmed?: boolean;
  /** The list of this screen's keys is open (`?`). */
  keysOpen?: boolean;
  /** "Read this computer", where it is offered (read-local/offer.ts): what it shows, runs and found. */
  localRead?: LocalRead;
  /** Set when the technician leaves: q (quit) or Ctrl+C (interrupt). */
  exit?: 'quit' | 'interrupt';
}

/** An answer something other than the technician found: the option to choose, or the value to type. */
export interface FoundAnswer {
  event?: string;
  value?: string;
  /** Go to this error code (output showed a code the session is not on). */
  code?: string;
}

/**
 * An answer that a live check on this computer, or output from another machine, found for a
 * question: shown with what it read and from where, it is taken only when the technician
 * presses Enter (Esc leaves the question open). Nothing answers for them silently.
 */
export interface PendingAnswer {
  /** What was found and from where, one paragraph per entry. */
  lines: string[];
  answer: FoundAnswer;
  /** What Enter does, in words ("take it as the client's answer"). */
  takes: string;
}

/** Work the wizard asks of the world: copy the highlighted command, copy all, save the note, run a live check. */
export interface Effect {
  id: number;
  kind: 'copy-one' | 'copy-all' | 'save' | 'probe' | 'read-local';
  /** The screen it was asked on: an answer that comes back after the technician moved on is not applied. */
  frameId: number;
}

/** What the wizard starts with: nothing, or a code (or pasted text) from the command line. */
export interface SessionEntry {
  code?: string;
  /** Output to read first (kms-doctor --from FILE): its code is where to start, its facts answer questions. */
  output?: string;
  /** The window at start (default 80 columns, no known height). */
  size?: WindowSize;
  /** Which commands to show at first (cmd unless said; `p` switches). */
  view?: CommandView;
  /** Offer "Read this computer" (on Windows, or with --powershell PATH). */
  readLocal?: { powershell?: string };
}

const DEFAULT_SIZE: WindowSize = { columns: 80, rows: Number.POSITIVE_INFINITY };

/** The step a snapshot shows: the meta of its deepest active state that has one. */
export function stepOf(snapshot: AnyMachineSnapshot): Step {
  const metas = Object.entries(snapshot.getMeta() as Record<string, Step | undefined>)
    .filter(([, meta]) => meta && typeof meta === 'object' && 'kind' in meta)
    .sort(([a], [b]) => b.length - a.length);
  const step = metas[0]?.[1];
  if (!step) throw new Error(`state ${JSON.stringify(snapshot.value)} describes no step`);
  return step;
}

/** The frame on screen. */
export const currentFrame = (s: Session): Frame => s.frames[s.frames.length - 1]!;

/** The step on screen. */
export const currentStep = (s: Session): Step => stepOf(currentFrame(s).snapshot);

/** The flow context on screen (code and answers). */
export const currentContext = (s: Session): FlowContext => currentFrame(s).snapshot.context as FlowContext;

function startFlow(flow: FlowId, input: FlowInput, at?: string): AnyMachineSnapshot {
  const { machine } = FLOWS[flow];
  const [snapshot] = initialTransition(machine, input);
  return at === undefined ? snapshot : machine.resolveState({ value: at, context: snapshot.context });
}

/** Follows hand-offs until a snapshot that is a screen; returns its flow and snapshot. */
function settle(flow: FlowId, snapshot: AnyMachineSnapshot): { flow: FlowId; snapshot: AnyMachineSnapshot; codeIntro: boolean } {
  let codeIntro = false;
  for (let hops = 0; hops < 10; hops++) {
    const step = stepOf(snapshot);
    if (step.kind !== 'handoff') return { flow, snapshot, codeIntro };
    const context = snapshot.context as FlowContext;
    const input: FlowInput = { code: context.code, answers: context.answers };
    if (step.to === 'code') {
      const entry = context.code ? findError(context.code) : undefined;
      if (!entry) throw new Error(`hand-off to a code flow without a known code (${context.code})`);
      flow = entry.flow as FlowId;
      codeIntro = true;
    } else {
      flow = step.to;
    }
    snapshot = startFlow(flow, input, step.at);
  }
  throw new Error('hand-offs loop without reaching a screen');
}

function push(s: Session, flow: FlowId, snapshot: AnyMachineSnapshot, record: Partial<Frame>): Session {
  const settled = settle(flow, snapshot);
  const left = { ...currentFrame(s), ...record };
  const frame: Frame = { id: s.nextId, ...settled };
  const step = stepOf(frame.snapshot);
  // A step that asks to confirm a known value starts with the answer given earlier.
  const draft = step.kind === 'input' && step.prefill ? prefillFor(step.field, (frame.snapshot.context as FlowContext).answers) : '';
  return {
    ...s,
    frames: [...s.frames.slice(0, -1), left, frame] as unknown as Session['frames'],
    nextId: s.nextId + 1,
    draft,
    caret: draft.length,
    error: undefined,
    helpOpen: false,
    keysOpen: false,
    pending: undefined,
    page: 0,
    cursor: 0,
    commandCursor: 0,
  };
}

function send(s: Session, event: FlowEvent, record: Partial<Frame>): Session {
  const frame = currentFrame(s);
  const [next] = transition(FLOWS[frame.flow].machine, frame.snapshot, event);
  if (next === frame.snapshot || JSON.stringify(next.value) === JSON.stringify(frame.snapshot.value)) {
    return { ...s, error: `That choice leads nowhere in the "${FLOWS[frame.flow].title}" flow (a kms-doctor bug).` };
  }
  return push(s, frame.flow, next, record);
}

/** A fresh session at the start screen, or already at the code given on the command line. */
export function startSession(entry: SessionEntry = {}, view: CommandView = entry.view ?? 'cmd'): Session {
  const start = settle('triage', startFlow('triage', {}));
  const s: Session = {
    frames: [{ id: 0, ...start }],
    nextId: 1,
    draft: '',
    caret: 0,
    helpOpen: false,
    view,
    page: 0,
    cursor: 0,
    size: entry.size ?? DEFAULT_SIZE,
    commandCursor: 0,
    ...(entry.readLocal ? { localRead: { ...entry.readLocal } } : {}),
  };
  if (entry.code === undefined) return s;
  // Walk the start screens exactly as a technician would, so Esc leads back through them.
  const asking = choose(s, 0);
  return submit(asking, entry.code);
}

/** Asks the runner for an effect; ids only grow, so a late report never clears a newer request. */
export function askEffect(s: Session, kind: Effect['kind']): Session {
  const id = (s.effectsAsked ?? 0) + 1;
  return { ...s, effect: { id, kind, frameId: currentFrame(s).id }, effectsAsked: id };
}

/** Chooses choice `index` of the current question, in screen order (choices.ts). */
export function choose(s: Session, index: number): Session {
  const step = currentStep(s);
  if (step.kind !== 'question') return s;
  const offer = localOffer(s, step);
  const choice = choicesOf(step, {}, s.helpOpen, offer)[index];
  if (!choice) return s;
  if (choice.kind === 'read-local') return offer ? openPreview(s, offer.side, index) : s;
  if (choice.kind === 'help') return toggleHelp({ ...s, cursor: index });
  if (choice.kind === 'probe') return askEffect({ ...s, cursor: index }, 'probe');
  return send({ ...s, cursor: index }, { type: step.options[choice.index]!.event }, { picked: index });
}

/** Answers the current typed-answer step with values already validated (read from pasted output). */
export function answerValues(s: Session, values: Answers, shown: string): Session {
  const step = currentStep(s);
  if (step.kind !== 'input') return s;
  return send(s, { type: 'ANSWER', values }, { typed: shown });
}

/** Chooses the option that sends `event` (a live check or pasted output answered the question). */
export function chooseEvent(s: Session, event: string): Session {
  const step = currentStep(s);
  if (step.kind !== 'question') return s;
  const index = step.options.findIndex((o) => o.event === event);
  return index < 0 ? s : choose(s, index);
}

/**
 * Goes to `code` as if the technician had typed it at the start screen's code question, the
 * answers so far carried over; Esc comes back to where they were.
 */
export function lookUpCode(s: Session, code: string): Session {
  const context = currentContext(s);
  const asking = push(s, 'triage', startFlow('triage', { code: context.code, answers: context.answers }, 'askCode'), {});
  return submit(asking, code);
}

/** Submits typed text to the current input: refused with a message, or sent on. */
export function submit(s: Session, text: string): Session {
  const step = currentStep(s);
  if (step.kind !== 'input') return s;
  const typed = text.trim() === '' && step.default !== undefined ? step.default : text;
  const result = fieldSpec(step.field).validate(typed, currentContext(s).answers);
  if (!result.ok) return { ...s, draft: text, caret: Math.min(s.caret, text.length), error: result.message };
  const next = send(s, { type: 'ANSWER', values: result.value as Answers }, { typed: text });
  // A value taken in another form than typed (a Unicode name as punycode, say) says so on the next screen.
  return result.note ? { ...next, notice: result.note } : next;
}

/** One step back, with the earlier answer highlighted (or the typed text ready to edit). */
export function back(s: Session): Session {
  if (s.frames.length < 2) return s;
  const frames = s.frames.slice(0, -1) as unknown as Session['frames'];
  const frame = frames[frames.length - 1]!;
  const draft = frame.typed ?? '';
  return {
    ...s, frames, draft, caret: draft.length, error: undefined, notice: undefined, helpOpen: false, keysOpen: false, pending: undefined, page: 0,
    cursor: frame.picked ?? 0, commandCursor: 0,
  };
}

/** Back to the start screen; the command view and the window size are kept. */
export const restart = (s: Session): Session =>
  startSession({ size: s.size, ...(s.localRead ? { readLocal: { ...(s.localRead.powershell ? { powershell: s.localRead.powershell } : {}) } } : {}) }, s.view);

/** Shows or hides the "How do I find out?" help of the current step. */
export const toggleHelp = (s: Session): Session => ({ ...s, helpOpen: !s.helpOpen });

/**
 * Switches the commands on screen between cmd (slmgr) and PowerShell: one shell at a time, the
 * other one key away; remembered until the wizard exits. The note and the print-out carry both.
 */
export const cycleView = (s: Session): Session => ({ ...s, view: s.view === 'powershell' ? 'cmd' : 'powershell' });

/** The breadcrumb: the flows visited and the answers given, oldest first. */
export function trail(s: Session): string[] {
  const parts: string[] = [];
  for (const frame of s.frames) {
    const title = FLOWS[frame.flow].title;
    const code = (frame.snapshot.context as FlowContext).code;
    const label = frame.flow === 'triage' ? undefined : frame.codeIntro && code ? code : title;
    if (label && parts[parts.length - 1] !== label) parts.push(label);
  }
  return parts;
}

/**
 * Takes the current resolution's next step (its "now do X"): sends its event to the flow, which
 * hands off with every answer carried over, as choosing a question's option does.
 */
export function followNext(s: Session): Session {
  const step = currentStep(s);
  if (step.kind !== 'resolution' || !step.next) return s;
  return send(s, { type: step.next.event }, {});
}
