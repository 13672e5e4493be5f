// Lays out a command's help the way `--help` has always looked: a usage line, a paragraph,
// then sections of two columns (term, description) wrapped to the width, then free text.

import { wrap } from '../text/wrap.js';

/** One help page. */
export interface HelpPage {
  /** After "Usage: ". */
  usage: string;
  description: string;
  /** Sections of [term, description] rows, e.g. Arguments, Options, Commands. */
  sections: readonly { title: string; rows: readonly (readonly [term: string, description: string])[] }[];
  /** Free text after the sections (examples, exit codes), printed as written with a line break after. */
  after?: string;
}

/** The width help is laid out for: the terminal's, 80 when piped. */
export const helpWidth = (columns: number | undefined): number => columns ?? 80;

/** The page as text, laid out for `width` columns. */
export function formatHelp(page: HelpPage, width: number): string {
  // Every section shares one term column, as wide as the widest term of the page.
  const termWidth = Math.max(...page.sections.flatMap((s) => s.rows.map(([term]) => term.length)));
  const descIndent = ' '.repeat(2 + termWidth + 2);
  const out = [`Usage: ${page.usage}`, '', wrap(page.description, width)];
  for (const section of page.sections) {
    out.push('', `${section.title}:`);
    for (const [term, description] of section.rows) {
      const lines = wrap(description, width, descIndent).split('\n');
      out.push(`  ${term.padEnd(termWidth)}  ${lines[0]!.slice(descIndent.length)}`, ...lines.slice(1));
    }
  }
  return out.join('\n') + '\n' + (page.after === undefined ? '' : `${page.after}\n`);
}
