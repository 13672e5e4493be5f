// The step model: every state of a flow machine describes its screen in `meta` as one Step.
// The wizard UI renders any Step without knowing which flow it belongs to.
//
// Text fields are templates: `{name}` is replaced by the technician's validated answer of
// that name (or a value the flow derived from answers). A name with no value yet stays
// visible as a `<placeholder>`, so a command is never silently incomplete.

import type { FlowId } from './ids.js';

/**
 * Where a command has to be run. 'reference-pc' is the machine a disk image is captured from
 * (sysprep runs there, before the image is copied to the clients).
 */
export type Where = 'client' | 'kms-host' | 'dns-server' | 'reference-pc' | 'any';

/**
 * The shell a command is written for: cmd or PowerShell on Windows, a Unix shell (a BIND
 * server), or 'text' for lines that are pasted into a file rather than run (a zone-file line).
 */
export type Shell = 'cmd' | 'powershell' | 'sh' | 'text';

/** One ready-to-copy command, as a template. */
export interface CommandSpec {
  /** What it is for, in a few plain words ("Show the licence status"). */
  purpose: string;
  shell: Shell;
  where: Where;
  /** Needs an elevated (Run as administrator) prompt. */
  elevated: boolean;
  /** Changes the machine's configuration; false for read-only checks. */
  changes: boolean;
  /** The command itself, with `{name}` placeholders. Always a single line. */
  text: string;
  /** The PowerShell/CIM equivalent of an slmgr (VBScript) command. */
  twin?: CommandSpec;
}

/** A command from the shared library (data/commands.json), optionally re-aimed. */
export interface CommandRef {
  ref: string;
  where?: Where;
  purpose?: string;
}

/** Either a library reference or a command written out in place. */
export type CommandItem = CommandRef | CommandSpec;

/** "How do I find out?": what to run and what to look for in its output. */
export interface Help {
  commands?: CommandItem[];
  lookFor: string;
}

/** One choice of a question; choosing it sends `{ type: event }` to the flow. */
export interface Option {
  label: string;
  event: string;
}

/** A live check this computer can run to answer a step ("Check it from this computer"). */
export type Probe = 'dns-srv' | 'tcp-port' | 'resolve-host';

/**
 * What may answer a step instead of the technician's eyes: pasted output (or collected JSON)
 * read by the answer rule of that id (src/readers/answer-rules.ts), and a live check.
 */
export interface Answerable {
  reads?: string;
  probe?: Probe;
}

/** A multiple-choice question. */
export interface QuestionStep extends Answerable {
  kind: 'question';
  title: string;
  /** Short paragraphs shown above the question (templated). */
  body?: string[];
  /** Read-only commands to run now, shown before the choices. */
  commands?: CommandItem[];
  options: Option[];
  help?: Help;
}

/** A typed answer; the wizard validates it against `field` before the flow sees it. */
export interface InputStep extends Answerable {
  kind: 'input';
  title: string;
  body?: string[];
  field: string;
  /** Used when the technician presses Enter on an empty field (e.g. port 1688). */
  default?: string;
  /**
   * Start the field with the answer an earlier step or flow already gave (e.g. the KMS host
   * the DNS flow found), ready to confirm with Enter or edit. Only where the question means
   * "is it still this one?", not where it asks for a different value.
   */
  prefill?: boolean;
  commands?: CommandItem[];
  help?: Help;
}

/** One thing to look at once the fix is done, and what success looks like. */
export interface VerifyStep {
  /** What to do, on which machine, in plain words (templated). */
  text: string;
  /** The read-only command that shows it, when there is one. */
  command?: CommandItem;
  /** What success looks like, quoting the exact text Windows prints. */
  expect?: string;
}

/** A check from the shared library (data/verify.json), by id; `where` re-aims its command. */
export interface VerifyRef {
  ref: string;
  where?: Where;
}

/** Either a library check or one written out in place. */
export type VerifyItem = VerifyRef | VerifyStep;

/**
 * One numbered step of a resolution, in the order the technician does it: what to do (saying
 * on which machine), then the commands that do it, right under it.
 */
export interface ActionStep {
  text: string;
  /** This step's commands, in the order they are run; none for a step done by hand. */
  commands?: CommandItem[];
}

/** A step as a flow writes it: the plain text of a step that has no command, or an ActionStep. */
export type ActionItem = string | ActionStep;

/** A resolution's steps, each as an ActionStep with its (possibly empty) list of commands. */
export function actionsOf(steps: readonly ActionItem[]): { text: string; commands: CommandItem[] }[] {
  return steps.map((s) => (typeof s === 'string' ? { text: s, commands: [] } : { text: s.text, commands: s.commands ?? [] }));
}

/** Every command of a resolution's steps, in the order they appear. */
export function commandsOfSteps(steps: readonly ActionItem[]): CommandItem[] {
  return actionsOf(steps).flatMap((s) => s.commands);
}

/** The end of a path: what is wrong, and the steps that fix it, each with its commands. */
export interface ResolutionStep {
  kind: 'resolution';
  title: string;
  /** The words before the cause; "What is wrong" unless nothing is (e.g. "About this key"). */
  lead?: string;
  cause: string;
  steps: ActionItem[];
  /**
   * Commands not yet placed under the step that runs them (the older shape, being moved into
   * `steps`): shown after the steps. A test lists what is left.
   */
  commands?: CommandItem[];
  /** "Check that it worked": what to run afterwards, on which machine, and what success looks like. */
  verify: VerifyItem[];
  /**
   * Where a resolution says "now do X": X offered as the next step, the answers carried over.
   * Choosing it sends `{ type: next.event }` to the flow, like a question's option, so a state
   * with `next` is not final: it has `on: { [next.event]: target }`.
   */
  next?: Option;
}

/**
 * The end of a path whose text lives in the error-code catalog: the wizard shows the
 * catalog entry of the code being diagnosed (its cause, resolution and commands).
 */
export interface CatalogResolutionStep {
  kind: 'catalog-resolution';
}

/** Not a screen: the wizard continues in another flow, carrying the answers over. */
export interface HandoffStep {
  kind: 'handoff';
  /** A flow id, or 'code' for the flow the catalog names for the code in context. */
  to: FlowId | 'code';
  /** Start the target flow at this state instead of its initial one. */
  at?: string;
}

/** Everything a flow state can describe. */
export type Step = QuestionStep | InputStep | ResolutionStep | CatalogResolutionStep | HandoffStep;

/** The kinds that end a path. */
export const FINAL_KINDS: ReadonlySet<Step['kind']> = new Set(['resolution', 'catalog-resolution', 'handoff']);
