// The whole screen of a session, measured: the breadcrumb on top, the step's text paged to
// fit the window, and pinned at the bottom what must always be seen — the question and its
// choices, or the field being typed in, the messages and the keys. It is pure: the Ink view
// draws it, the key handler counts its pages, and tests check every screen fits.

import { findError } from '../../catalog/catalog.js';
import type { TemplateValues } from '../../text/fill.js';
import { fill } from '../../text/fill.js';
import { currentContext, currentFrame, stepOf, trail, type Session } from '../session.js';
import { codeCardBlocks, helpBlocks, stepBodyBlocks } from './content-blocks.js';
import { resolutionBlocks, resolutionCommands } from './resolution-blocks.js';
import { resolutionContent } from '../resolution-content.js';
import { footerText } from './footer.js';
import { screenKeys } from '../keys-list.js';
import type { Step } from '../../../flows/step.js';
import { fieldPart, type FieldPart } from './field-part.js';
import { optionsPart, type OptionsPart } from './options-part.js';
import { paginate } from './paging.js';
import { wrapLines } from '../../text/wrap.js';
import { blank, prose, rowsOf, rowsOfLines, type Block, type ScreenLine } from './screen-lines.js';
import { localNote, localOffer } from '../read-local/offer.js';
import { PREVIEW_TITLE, previewBlocks } from '../read-local/preview.js';
import { typedCodeLine } from '../typed-code.js';

/** A run of plain lines. */
export interface LinesPart {
  kind: 'lines';
  lines: ScreenLine[];
}

/** One part of a screen, top to bottom. */
export type Part = LinesPart | OptionsPart | FieldPart;

/** A screen ready to draw. */
export interface Screen {
  parts: Part[];
  page: number;
  pages: number;
  /** The window cannot hold even the pinned part: the "too small" screen is shown instead. */
  tooSmall: boolean;
  /** On a resolution: the page each of its commands is on (screen order). */
  commandPages: number[];
  /** The first page of "How do I find out?", when it is open. */
  helpPage?: number;
  /** The rows each page has for the step's text. */
  budget: number;
  /** The step's text on this page (what is paged). */
  text: readonly ScreenLine[];
}

/** The values that fill the current screen's templates: the answers and the code. */
export function templateValues(session: Session): TemplateValues {
  const context = currentContext(session);
  return { ...context.answers, code: context.code };
}

/** The breadcrumb, shortened from the left to fit one line. */
function breadcrumb(session: Session): ScreenLine {
  const columns = session.size.columns;
  let line = ['kms-doctor', ...trail(session)].join(' › ');
  if (line.length > columns - 1) line = `…${line.slice(line.length - (columns - 2))}`;
  return { text: line, dim: true };
}

const lines = (l: ScreenLine[]): LinesPart => ({ kind: 'lines', lines: l });

/** The error, the notice (one paragraph per line it has), a live check under way, a found answer waiting. */
function messages(session: Session): ScreenLine[] {
  const { columns } = session.size;
  const pending = session.pending;
  return [
    ...(session.error ? prose(session.error, columns, { color: 'red' }) : []),
    ...(session.notice ? session.notice.split('\n').flatMap((p) => prose(p, columns, { color: 'yellow' })) : []),
    ...(session.effect?.kind === 'probe' ? [{ text: 'Checking from this computer…', spinner: true, color: 'cyan' as const }] : []),
    ...(session.effect?.kind === 'read-local' ? [{ text: 'Reading this computer (read-only)… Esc stops it', spinner: true, color: 'cyan' as const }] : []),
    ...(localNoteOf(session) ? prose(localNoteOf(session)!, columns, { dim: true }) : []),
    ...(typedCodeLine(session) ? prose(typedCodeLine(session)!, columns, { bold: true, color: 'cyan' }) : []),
    ...(pending ? [...pending.lines.flatMap((p) => prose(p, columns, { color: 'cyan' })), ...prose(`Enter: ${pending.takes} · Esc: leave the question open`, columns, { bold: true })] : []),
  ];
}

const localNoteOf = (session: Session): string | undefined => localNote(session, stepOf(currentFrame(session).snapshot));

/**
 * A resolution's status: one row in a fixed place, whatever it says ("Copied: …", "Saved: …"),
 * so a copy or a save never moves the page. A longer status is shortened in the middle.
 */
function statusRow(session: Session): ScreenLine {
  const text = (session.notice ?? '').replace(/\s*\n\s*/g, ' ');
  const room = session.size.columns - 1;
  if (text.length <= room) return { text, color: 'yellow' };
  const half = Math.floor((room - 1) / 2);
  return { text: `${text.slice(0, half)}…${text.slice(text.length - (room - 1 - half))}`, color: 'yellow' };
}

// A session is immutable: its screen is laid out once, however many times it is asked for
// (by the view, and by the key map to count pages).
const laidOut = new WeakMap<Session, Screen>();

/** Lays the screen out; `page` is clamped to the pages there are. */
export function buildScreen(session: Session): Screen {
  let screen = laidOut.get(session);
  if (!screen) {
    // A short window first gives up the blank lines and the long list of keys.
    screen = layOut(session, false);
    if (screen.tooSmall) screen = layOut(session, true);
    laidOut.set(session, screen);
  }
  return screen;
}

/** The list of keys, as a screen's body: one block a key. */
function keysBlocks(session: Session, step: Step, hasNext: boolean): Block[] {
  const { columns } = session.size;
  const keys = screenKeys({
    kind: step.kind,
    hasHelp: (step.kind === 'question' || step.kind === 'input') && Boolean(step.help),
    hasProbe: (step.kind === 'question' || step.kind === 'input') && Boolean(step.probe),
    reads: (step.kind === 'question' || step.kind === 'input') && Boolean(step.reads),
    hasNext,
    canGoBack: session.frames.length > 1,
    pending: Boolean(session.pending),
    readLocal: step.kind === 'input' && Boolean(localOffer(session, step)),
    view: session.view,
  });
  // Two columns: the keys, then what they do (wrapped under itself); one column in a narrow window.
  const width = Math.max(...keys.map(([k]) => k.length)) + 2;
  const twoColumns = columns - width >= 30;
  return [
    [{ text: 'Keys on this screen', bold: true, color: 'cyan' }],
    ...keys.map(([key, what]): Block => {
      if (!twoColumns) return [{ text: key, bold: true }, ...prose(what, columns, {}, '  ')];
      const [first, ...rest] = wrapLines(what, columns - 1 - width);
      return [{ text: `${key.padEnd(width)}${first}` }, ...rest.map((t) => ({ text: ' '.repeat(width) + t }))];
    }),
  ];
}

function layOut(session: Session, compact: boolean): Screen {
  const { columns, rows } = session.size;
  const frame = currentFrame(session);
  const step = stepOf(frame.snapshot);
  const context = currentContext(session);
  const entry = context.code ? findError(context.code) : undefined;
  const values = templateValues(session);
  const view = session.view;
  const avail = rows - 1; // the last row stays empty: some consoles scroll when it is written
  const gap = compact ? [] : [blank()];
  const top: ScreenLine[] = [breadcrumb(session), ...gap];
  const body: Block[] = [];
  const pinned: Part[] = [];
  const hasNext = step.kind === 'resolution' && Boolean(step.next);
  let hasCommands = false;

  const preview = session.localRead?.preview;
  // The keys list and the script "Read this computer" would run each take the whole screen.
  const overlay = Boolean(session.keysOpen) || preview !== undefined;
  const content = overlay && !session.keysOpen ? undefined : resolutionContent(step, entry);
  if (session.keysOpen) {
    body.push(...keysBlocks(session, step, hasNext));
  } else if (preview) {
    body.push(...previewBlocks(preview, session.localRead?.powershell, columns));
    pinned.push(lines([...gap, ...prose(PREVIEW_TITLE, columns, { bold: true })]));
  } else if (content) {
    // The next step, where there is one, follows the steps (the footer says Enter takes it).
    const next = step.kind === 'resolution' && step.next ? fill(step.next.label, values) : undefined;
    body.push(...resolutionBlocks(content, values, view, columns, session.commandCursor, next));
    hasCommands = resolutionCommands(content, values, view).length > 0;
  } else if (step.kind === 'question' || step.kind === 'input') {
    if (frame.codeIntro && entry) body.push(...codeCardBlocks(entry, view, columns, !step.commands?.length));
    body.push(...stepBodyBlocks(step, values, view, columns));
    if (session.helpOpen && step.help) body.push(...helpBlocks(step.help, values, view, columns));
    // A blank line always parts the question from the text above it, whatever the page.
    pinned.push(lines([...(body.length > 0 ? gap : []), ...prose(fill(step.title, values), columns, { bold: true })]));
  }
  // A resolution keeps one row for its status, always, so a status never moves the page.
  const onResolution = Boolean(content) && !session.keysOpen;
  const msg = onResolution ? [statusRow(session)] : messages(session);
  const footer = (pages: number, page: number) => [
    ...(onResolution ? [] : gap),
    ...prose(footerText({
      kind: session.keysOpen ? 'keys' : step.kind, preview: preview !== undefined, readLocal: step.kind === 'input' && Boolean(localOffer(session, step)),
      view, page, pages, hasNext, hasCommands, hasHelp: (step.kind === 'question' || step.kind === 'input') && Boolean(step.help),
      hasProbe: step.kind === 'input' && Boolean(step.probe), canGoBack: session.frames.length > 1, pending: Boolean(session.pending), compact, columns,
      typing: typedCodeLine(session) !== undefined,
    }), columns, { dim: true }),
  ];
  // The page count is in the footer ("→ page 2/3"), so the heading keeps to its title.
  const heading = (_page: number, _pages: number) =>
    content && !session.keysOpen ? [...prose(`Resolution: ${fill(content.title, values)}`, columns, { bold: true, color: 'green' }), ...gap] : [];

  // The pinned part without the choices, for a first measure with and without paging.
  const field = step.kind === 'input' && !overlay ? fieldPart(step, session) : undefined;
  // Measured with the widest page count ("page 99 of 99"), so the pages it gives are never too tall.
  const fixedRows = (pages: number) =>
    rowsOfLines(top, columns) + rowsOfLines(heading(pages - 1, pages), columns) + pinned.reduce((n, p) => n + (p.kind === 'lines' ? rowsOfLines(p.lines, columns) : 0), 0) +
    (field ? field.rows : 0) + rowsOfLines(msg, columns) + rowsOfLines(footer(pages, pages - 1), columns);
  const bodyRows = body.reduce((n, b) => n + rowsOfLines(b, columns), 0);

  const options = step.kind === 'question' && !overlay ? optionsPart(step, session, values, Number.POSITIVE_INFINITY, compact) : undefined;
  let optionRows = options ? options.rows : 0;
  let budget = avail - fixedRows(1) - optionRows;
  if (bodyRows > budget) budget = avail - fixedRows(99) - optionRows; // the footer and heading grow a page count
  // Every line must fit on some page: a long command cannot be cut, so the text needs at least its height.
  const tallest = body.reduce((n, b) => Math.max(n, ...b.map((l) => rowsOf(l, columns))), 0);
  const minBody = Math.min(bodyRows, Math.max(3, tallest));
  let windowed = options;
  if (options && budget < minBody) {
    // Too little room for every choice: first a window of them beside the whole text, using
    // every free row; only if even one choice does not fit so, the text is paged as well.
    const unpaged = optionsPart(step as never, session, values, avail - fixedRows(1) - bodyRows, compact);
    windowed = unpaged.visible > 0 ? unpaged : optionsPart(step as never, session, values, avail - fixedRows(99) - minBody, compact);
    optionRows = windowed.rows;
    budget = unpaged.visible > 0 ? avail - fixedRows(1) - optionRows : avail - fixedRows(99) - optionRows;
  }
  const tooSmall = budget < minBody || (windowed !== undefined && windowed.visible === 0) || (field !== undefined && avail - fixedRows(1) < 0);
  const bodyPages = paginate(body, Math.max(1, budget), columns);
  const pages = bodyPages.length;
  const page = Math.min(session.page, pages - 1);

  const parts: Part[] = [lines([...top, ...heading(page, pages)])];
  const shown = [...bodyPages[page]!];
  while (shown.length > 0 && shown[shown.length - 1]!.text === '') shown.pop(); // the parting line is pinned
  if (shown.length > 0) parts.push(lines(shown));
  parts.push(...pinned);
  if (windowed) parts.push(windowed);
  if (field) parts.push(field);
  if (msg.length > 0) parts.push(lines(msg));
  parts.push(lines(footer(pages, page)));
  const commandPages: number[] = [];
  bodyPages.forEach((lines, p) => lines.forEach((l) => l.commandIndex !== undefined && (commandPages[l.commandIndex] ??= p)));
  const helpPage = bodyPages.findIndex((lines) => lines.some((l) => l.help));
  return { parts, page, pages, tooSmall, commandPages, budget: Math.max(1, budget), text: shown, ...(helpPage >= 0 ? { helpPage } : {}) };
}
