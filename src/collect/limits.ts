// How long reading this computer may take: the wizard says it, run-local.ts keeps to it.

/** The longest a run may take, in seconds. */
export const RUN_LIMIT_SECONDS = 20;
