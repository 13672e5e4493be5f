// What every flow machine carries and receives. One bag of answers travels from flow to
// flow, so a domain or KMS host typed once fills every command after it.

/** Validated answers and the values flows derive from them, by template name. */
export type Answers = Readonly<Record<string, string | number>>;

/** The context every flow machine has. */
export interface FlowContext {
  /** The canonical error code being diagnosed, when there is one. */
  code?: string;
  answers: Answers;
}

/** What a flow is started with: the code and the answers gathered so far. */
export interface FlowInput {
  code?: string;
  answers?: Answers;
}

/**
 * Events a flow receives. A chosen option sends `{ type: option.event }`; a typed answer
 * sends `{ type: 'ANSWER', values }` after the wizard validated it (`values` holds the
 * field's value and anything it implies, e.g. a port typed after the host).
 */
export interface FlowEvent {
  type: string;
  values?: Answers;
}

/** The initial context of any flow, from its input. */
export function contextFromInput({ input }: { input: FlowInput | undefined }): FlowContext {
  return { code: input?.code, answers: { ...input?.answers } };
}
