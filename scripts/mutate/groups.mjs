// The modules `npm run mutate` mutates, in groups run one after another (each with its own
// incremental file, so a run cut short keeps what the finished groups found). The modules others
// were not rewriting come first. `alsoTests` adds the test files of a module that reach it only
// through another (the key map is driven by the wizard's tests, through the session machine).

/** @type {Record<string, { mutate: string[]; alsoTests?: string[] }>} */
export const GROUPS = {
  checks: { mutate: ['src/checks/**/*.ts'] },
  input: { mutate: ['src/input/**/*.ts'] },
  handover: { mutate: ['src/handover/**/*.ts'] },
  readers: { mutate: ['src/readers/**/*.ts'] },
  keymap: { mutate: ['src/wizard/keymap.ts'], alsoTests: ['test/wizard/'] },
  session: { mutate: ['src/wizard/session.ts'] },
};

/** Where a group's reports go. */
export const reportFiles = (group) => ({
  incremental: `reports/mutation/${group}-incremental.json`,
  json: `reports/mutation/${group}.json`,
});
