// The modules `npm run mutate` mutates, in groups run one after another (each with its own
// incremental file, so a run cut short keeps what the finished groups found). The order puts the
// modules others were not rewriting first.

/** @type {Record<string, string[]>} group name → the files Stryker mutates */
export const GROUPS = {
  checks: ['src/checks/**/*.ts'],
  input: ['src/input/**/*.ts'],
  handover: ['src/handover/**/*.ts'],
  readers: ['src/readers/**/*.ts'],
  keymap: ['src/wizard/keymap.ts'],
  session: ['src/wizard/session.ts'],
};

/** Where a group's reports go. */
export const reportFiles = (group) => ({
  incremental: `reports/mutation/${group}-incremental.json`,
  json: `reports/mutation/${group}.json`,
});
