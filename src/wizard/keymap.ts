// What each key does, by the kind of screen it reaches: one pure function from a session and a
// key to the next session. Keys arrive here in order, however fast they were typed; none is
// applied to a screen it was not meant for, because each is applied to the session the key
// before it left. Unknown keys change nothing.

import { fieldSpec } from '../input/fields.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import { isCtrl, isKey, type Key } from '../terminal/keys.js';
import { pasteCutNotice } from '../terminal/key-reader.js';
import { fastGraphemeSegmenter } from '../terminal/fast-graphemes.js';
import { cleanForField, edit, insert, type EditAction } from './field-editing.js';
import { choicesOf } from './choices.js';
import { loadedReaders } from './readers-slot.js';
import { buildScreen } from './layout/build-screen.js';
import { isF1 } from './keys-list.js';
import { acceptPending, dropPending, propose } from './pending.js';
import { onTypedCodeKey, startTypedCode } from './typed-code.js';
import { applyLocalRun, markLocal, type LocalRunResult } from './read-local/apply.js';
import { onPreviewKey, onRunningKey, openPreview } from './read-local/keys.js';
import { localOffer } from './read-local/offer.js';
import {
  askEffect, back, choose, currentFrame, currentStep, cycleView, followNext, restart, submit, toggleHelp, type PendingAnswer, type Session,
} from './session.js';

const turnPage = (s: Session, delta: number): Session => {
  const { pages } = buildScreen(s);
  return { ...s, page: Math.min(Math.max(0, s.page + delta), pages - 1) };
};

/** Keys that turn pages on every kind of screen. */
function pageDelta(key: Key): number {
  if (isKey(key, 'pagedown')) return 1;
  if (isKey(key, 'pageup')) return -1;
  return 0;
}

/** A paragraph telling what a paste or typed text lost on its way into the field. */
function cleanNotice(removed: string[], dropped: number, max: number): string | undefined {
  const parts: string[] = [];
  if (removed.length > 0) {
    const names = removed.slice(0, 4).join(', ') + (removed.length > 4 ? ` and ${removed.length - 4} more` : '');
    parts.push(`Left out what cannot be seen or typed: ${names}.`);
  }
  if (dropped > 0) parts.push(`The field holds at most ${max} characters; ${dropped} more ${dropped === 1 ? 'was' : 'were'} left out.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * `raw` typed or pasted into the field. `leftOut` is what the reads just before this one left
 * out of a full field: a long burst arrives in many reads, and the notice counts them all.
 */
function typeInto(s: Session, step: InputStep, raw: string, dropped = 0, remark?: string, leftOut = 0): Session {
  const max = fieldSpec(step.field).maxLength;
  const cleaned = cleanForField(raw);
  const { field, dropped: cut } = insert({ text: s.draft, caret: s.caret }, cleaned.text, max);
  const total = cut + dropped > 0 ? leftOut + cut + dropped : 0;
  const notice = [remark, cleanNotice(cleaned.removed, total, max)].filter(Boolean).join('\n') || undefined;
  return { ...s, draft: field.text, caret: field.caret, error: field.text === s.draft ? s.error : undefined, notice, ...(total > 0 ? { leftOut: total } : {}) };
}

/** The session after a paste, with what the paste lost at the reader's cap said too. */
const withCut = (s: Session, dropped: number | undefined): Session =>
  dropped ? { ...s, notice: [s.notice, pasteCutNotice(dropped)].filter(Boolean).join('\n') } : s;

const EDITS: [(k: Key) => boolean, EditAction][] = [
  [(k) => k.kind === 'named' && k.name === 'left' && Boolean(k.ctrl || k.alt), 'word-left'],
  [(k) => k.kind === 'named' && k.name === 'right' && Boolean(k.ctrl || k.alt), 'word-right'],
  [(k) => isKey(k, 'left') || isCtrl(k, 'b'), 'left'],
  [(k) => isKey(k, 'right') || isCtrl(k, 'f'), 'right'],
  [(k) => isKey(k, 'home') || isCtrl(k, 'a'), 'home'],
  [(k) => isKey(k, 'end') || isCtrl(k, 'e'), 'end'],
  [(k) => k.kind === 'named' && k.name === 'backspace' && !k.ctrl && !k.alt, 'backspace'],
  [(k) => k.kind === 'named' && k.name === 'backspace', 'delete-word'],
  [(k) => isKey(k, 'delete') || isCtrl(k, 'd'), 'delete'],
  [(k) => isCtrl(k, 'u'), 'clear-before'],
  [(k) => isCtrl(k, 'w'), 'delete-word'],
  [(k) => isCtrl(k, 'k'), 'kill-after'],
];

function onInputKey(s: Session, step: InputStep, key: Key, leftOut?: number): Session {
  if (key.kind === 'text') return typeInto(s, step, key.text, 0, undefined, leftOut);
  if (key.kind === 'paste') {
    const read = loadedReaders()?.readPaste(s, key.text) ?? { asText: true as const };
    return 'session' in read ? withCut(read.session, key.dropped) : typeInto(s, step, key.text, key.dropped ?? 0, read.remark);
  }
  if (isKey(key, 'enter')) return submit(s, s.draft);
  if (isKey(key, 'tab')) return toggleHelp(s);
  if (isCtrl(key, 't') && step.probe) return askEffect(s, 'probe');
  if (isCtrl(key, 'r')) {
    const offer = localOffer(s, step);
    if (offer) return openPreview(s, offer.side, s.cursor);
  }
  const delta = pageDelta(key);
  if (delta !== 0) return turnPage(s, delta);
  const action = EDITS.find(([test]) => test(key))?.[1];
  if (!action) return s;
  const field = edit({ text: s.draft, caret: s.caret }, action);
  return { ...s, draft: field.text, caret: field.caret, error: field.text === s.draft ? s.error : undefined };
}

/** The number of choices on a question screen, the wizard's own included. */
const choiceCount = (s: Session, step: QuestionStep) => choicesOf(step, {}, false, localOffer(s, step)).length;

function onQuestionChar(s: Session, step: QuestionStep, ch: string): Session {
  const n = choiceCount(s, step);
  if (ch === 'q') return { ...s, exit: 'quit' };
  if (ch === 'r') return armedRestart(s);
  if (ch === 'p') return cycleView(s);
  if (ch === '?') return { ...s, keysOpen: true, page: 0 };
  if (ch === 'h' && step.help) return toggleHelp(s);
  if (ch === 'j') return { ...s, cursor: (s.cursor + 1) % n };
  if (ch === 'k') return { ...s, cursor: (s.cursor - 1 + n) % n };
  // 0 chooses nothing: it may start an error code typed here ("0x…").
  if (ch === '0') return startTypedCode(s);
  // A digit highlights that choice; Enter still confirms it (a stray digit must not choose).
  if (/^[1-9]$/.test(ch) && Number(ch) <= n) return { ...s, cursor: Number(ch) - 1 };
  return s;
}

function onQuestionKey(s: Session, step: QuestionStep, key: Key): Session {
  const n = choiceCount(s, step);
  if (key.kind === 'text') return onQuestionChar(s, step, key.text);
  if (key.kind === 'paste') {
    const read = loadedReaders()?.readPaste(s, key.text) ?? { asText: true as const };
    return withCut('session' in read ? read.session : { ...s, notice: 'Pasted text does not answer this question: choose with ↑/↓ and Enter.' }, key.dropped);
  }
  if (isKey(key, 'up')) return { ...s, cursor: (s.cursor - 1 + n) % n };
  if (isKey(key, 'down')) return { ...s, cursor: (s.cursor + 1) % n };
  if (isKey(key, 'home')) return { ...s, cursor: 0 };
  if (isKey(key, 'end')) return { ...s, cursor: n - 1 };
  if (isKey(key, 'enter')) return choose(s, Math.min(s.cursor, n - 1));
  const delta = pageDelta(key) || (isKey(key, 'right') ? 1 : isKey(key, 'left') ? -1 : 0);
  return delta !== 0 ? turnPage(s, delta) : s;
}

/**
 * Moves the highlight to the next (or previous) command; the page follows it, one page at a
 * time: where the next command is further than the next page, or the last command is passed
 * while pages follow, the page turns and the highlight waits. So ↓ alone shows every line.
 */
function moveCommand(s: Session, delta: 1 | -1): Session {
  const { commandPages, pages } = buildScreen(s);
  if (commandPages.length === 0) return turnResolutionPage(s, delta);
  const target = s.commandCursor + delta;
  if (target >= commandPages.length) return s.page < pages - 1 ? { ...s, page: s.page + 1 } : { ...s, commandCursor: 0, page: commandPages[0]! };
  if (target < 0) return s.page > 0 ? { ...s, page: s.page - 1 } : { ...s, commandCursor: commandPages.length - 1, page: commandPages[commandPages.length - 1]! };
  const at = commandPages[target]!;
  if (Math.abs(at - s.page) > 1) return { ...s, page: s.page + delta };
  return { ...s, commandCursor: target, page: at };
}

/** Turns the resolution's page; the highlight moves to the first command there, if it was not on it. */
function turnResolutionPage(s: Session, delta: number): Session {
  const turned = turnPage(s, delta);
  const { commandPages } = buildScreen(turned);
  if (commandPages[turned.commandCursor] === turned.page) return turned;
  const first = commandPages.indexOf(turned.page);
  return first >= 0 ? { ...turned, commandCursor: first } : turned;
}


function onResolutionKey(s: Session, key: Key): Session {
  if (key.kind === 'text') {
    if (key.text === 'q') return { ...s, exit: 'quit' };
    if (key.text === 'r') return armedRestart(s);
    if (key.text === '?') return { ...s, keysOpen: true, page: 0 };
    // The other shell's form of the same command stays highlighted, on its page.
    if (key.text === 'p') return keepHighlightPage(cycleView(s));
    if (key.text === ' ') return turnResolutionPage(s, 1);
    if (key.text === 'c') {
      // Copy what the technician can see: turn to the highlighted command's page first.
      const page = buildScreen(s).commandPages[s.commandCursor];
      return askEffect(page === undefined ? s : { ...s, page }, 'copy-one');
    }
    if (key.text === 'a') return askEffect(s, 'copy-all');
    if (key.text === 's') return askEffect(s, 'save');
    return s;
  }
  if (isKey(key, 'enter')) return followNext(s);
  if (isKey(key, 'down') || isKey(key, 'tab')) return moveCommand(s, 1);
  if (isKey(key, 'up') || isKey(key, 'backtab')) return moveCommand(s, -1);
  const delta = pageDelta(key) || (isKey(key, 'right') ? 1 : isKey(key, 'left') ? -1 : 0);
  return delta !== 0 ? turnResolutionPage(s, delta) : s;
}

/**
 * The session once the runner has done an effect and said how it went. An answer it found (a
 * live check) is shown and waits for Enter — and only if the technician is still on the screen
 * that asked; it never moves on by itself.
 */
export function effectDone(s: Session, id: number, notice: string, proposal?: PendingAnswer, localRun?: LocalRunResult): Session {
  const asked = s.effect?.id === id ? s.effect : undefined;
  if (localRun) return asked ? applyLocalRun({ ...s, effect: undefined }, localRun) : s;
  const next: Session = { ...s, effect: asked ? undefined : s.effect, notice: notice || undefined };
  if (!asked || currentFrame(s).id !== asked.frameId) return proposal ? { ...next, notice: undefined } : next;
  return proposal ? propose(next, proposal.lines, proposal.answer, proposal.takes) : next;
}

/** `r` once asks; `r` again starts over. On the first screen there is nothing to lose. */
function armedRestart(s: Session): Session {
  if (s.frames.length < 2 || s.restartArmed) return restart(s);
  return { ...s, restartArmed: true, notice: 'Press r again to start over: every answer is dropped. Any other key keeps them.' };
}

/** After the view changed, the page of the highlighted command (its other form may be taller). */
function keepHighlightPage(s: Session): Session {
  const page = buildScreen(s).commandPages[s.commandCursor];
  return page === undefined ? { ...s, page: Math.min(s.page, buildScreen(s).pages - 1) } : { ...s, page };
}

/** Keys while the list of keys is open: it closes, pages turn, q and Ctrl+C still leave. */
function onKeysListKey(s: Session, key: Key): Session {
  if (isKey(key, 'escape') || isKey(key, 'enter') || isF1(key) || (key.kind === 'text' && key.text === '?')) return { ...s, keysOpen: false, page: 0 };
  if (key.kind === 'text' && key.text === 'q') return { ...s, exit: 'quit' };
  const delta = pageDelta(key) || (isKey(key, 'right') || isKey(key, 'down') ? 1 : isKey(key, 'left') || isKey(key, 'up') ? -1 : 0);
  return delta !== 0 ? turnPage(s, delta) : s;
}

/** Keys while a found answer waits: Enter takes it, Esc leaves the question open. */
function onPendingKey(s: Session, key: Key): Session {
  if (isKey(key, 'enter')) return acceptPending(s);
  if (isKey(key, 'escape')) return dropPending(s);
  if (key.kind === 'text' && key.text === 'q') return { ...s, exit: 'quit' };
  if (isF1(key) || (key.kind === 'text' && key.text === '?')) return { ...s, keysOpen: true, page: 0 };
  return s;
}

/** The session after `key`; a screen reached by it that kept collected output covers is answered too. */
export function applyKey(s: Session, key: Key): Session {
  let next = applyOneKey(s, key);
  // Help that opens may start on a later page: turn to it.
  if (next.helpOpen && !s.helpOpen && next.frames === s.frames) next = { ...next, page: buildScreen(next).helpPage ?? next.page };
  const readers = next.readings?.length ? loadedReaders() : undefined;
  return readers && next.nextId > s.nextId && next.frames.length > s.frames.length ? markLocal(readers.autoAnswer(next)) : next;
}

const graphemes = fastGraphemeSegmenter();

function applyOneKey(s: Session, key: Key): Session {
  if (s.exit) return s;
  if (isCtrl(key, 'c')) return { ...s, exit: 'interrupt' };
  const step = currentStep(s);
  // Outside a field, typed characters are keys, one at a time, exactly as if typed slowly. A
  // key is a grapheme, not a UTF-16 unit: 😀 is two units and one key (and q + U+0301 is not q).
  if (key.kind === 'text' && step.kind !== 'input') {
    const keys = [...graphemes.segment(key.text)];
    if (keys.length > 1) return keys.reduce((acc, g) => applyOneKey(acc, { kind: 'text', text: g.segment }), s);
  }
  if (s.keysOpen) return onKeysListKey(s, key);
  if (s.pending) return onPendingKey(s, key);
  if (s.localRead?.preview) return onPreviewKey(s, key);
  if (s.typedCode !== undefined && step.kind === 'question') return onTypedCodeKey(s, key, applyOneKey);
  if (s.effect?.kind === 'read-local') return onRunningKey(s, key);
  // A second r confirms a restart; any other key keeps the answers.
  const armed = s.restartArmed && key.kind === 'text' && key.text === 'r' && step.kind !== 'input';
  const next: Session = s.notice || s.restartArmed || s.leftOut ? { ...s, notice: undefined, leftOut: undefined, restartArmed: armed || undefined } : s;
  if (isF1(key)) return { ...next, keysOpen: true, page: 0 };
  if (isKey(key, 'escape')) return next.helpOpen ? toggleHelp({ ...next, page: 0 }) : back(next);
  // Too small a window shows no field and no choices, only how to go on: q quits there.
  if (buildScreen(next).tooSmall) {
    return key.kind === 'text' && key.text.includes('q') ? { ...next, exit: 'quit' } : next;
  }
  if (step.kind === 'input') return onInputKey(next, step, key, s.leftOut);
  if (step.kind === 'question') return onQuestionKey(next, step, key);
  return onResolutionKey(next, key);
}

/** The session in a window of a new size (the page stays within the pages there are). */
export function resize(s: Session, size: Session['size']): Session {
  const next = { ...s, size };
  const { pages } = buildScreen(next);
  return next.page < pages ? next : { ...next, page: pages - 1 };
}
