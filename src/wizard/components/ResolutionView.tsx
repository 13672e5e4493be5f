// The end of a path: "Resolution:" and a title, the cause in plain words, numbered steps,
// then the commands (read-only ones first, as the flows and catalog order them). When it
// does not fit the window it is split into pages rather than scrolled off the top.

import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { fill, type TemplateValues } from '../../text/fill.js';
import type { CommandItem } from '../../../flows/step.js';
import type { CommandView } from '../session.js';
import { commandListRows, paginate, proseRows, shownCommands } from '../view-model.js';
import { CommandList } from './CommandBlock.js';
import { Prose } from './Prose.js';

/** The text of a resolution, whether from a flow or from the catalog. */
export interface ResolutionContent {
  title: string;
  /** The words before the cause ("What is wrong" unless the resolution says otherwise). */
  lead?: string;
  cause: string;
  summary?: string;
  steps: readonly string[];
  commands: readonly CommandItem[];
}

interface Block {
  rows: number;
  node: ReactNode;
}

/** Builds the screen's blocks and their heights. */
function blocks(content: ResolutionContent, values: TemplateValues, view: CommandView, columns: number): Block[] {
  const text = (s: string) => fill(s, values);
  const prose = (s: string): Block => ({ rows: proseRows(s, columns), node: <Prose text={s} /> });
  const out: Block[] = [prose(`${content.lead ?? 'What is wrong'}: ${text(content.cause)}`)];
  if (content.summary) out.push(prose(text(content.summary)));
  content.steps.forEach((step, i) => out.push(prose(`${i + 1}. ${text(step)}`)));
  const blocksBeforeCommands = out.length;
  const commands = shownCommands(content.commands, values, view);
  // A command and its PowerShell twin stay together on one page, and the heading stays with
  // the first command.
  for (const [i, command] of commands.entries()) {
    if (command.isTwin && i > 0) continue;
    const twin = commands[i + 1]?.isTwin ? commands[i + 1] : undefined;
    const first = out.length === blocksBeforeCommands;
    const pair = twin ? [command, twin] : [command];
    const rows = (first ? 1 : 0) + commandListRows(pair, columns);
    const list = <CommandList commands={pair} />;
    out.push({
      rows,
      node: first ? (
        <Box flexDirection="column">
          <Text bold>Commands, read-only checks first:</Text>
          {list}
        </Box>
      ) : (
        list
      ),
    });
  }
  return out;
}

/** The heading line: "Resolution:", the title, and the page when there are several. */
function headingText(content: ResolutionContent, values: TemplateValues, page: number, pages: number): string {
  return `Resolution: ${fill(content.title, values)}${pages > 1 ? ` (page ${page} of ${pages})` : ''}`;
}

/** How many pages this resolution needs in a window of `rows` rows. */
export function resolutionPages(content: ResolutionContent, values: TemplateValues, view: CommandView, columns: number, rows: number) {
  // Around the blocks: breadcrumb, blank, the heading (it may wrap), blank, blank, footer; and a
  // frame must stay shorter than the window, or Ink redraws the whole terminal.
  const heading = proseRows(headingText(content, values, 9, 9), columns);
  return paginate(blocks(content, values, view, columns), (b) => b.rows, Math.max(6, rows - 1 - 5 - heading));
}

interface Props {
  content: ResolutionContent;
  values: TemplateValues;
  view: CommandView;
  columns: number;
  rows: number;
  page: number;
}

/** One page of a resolution. */
export function ResolutionView({ content, values, view, columns, rows, page }: Props) {
  const pages = resolutionPages(content, values, view, columns, rows);
  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  return (
    <Box flexDirection="column">
      <Prose bold color="green" text={headingText(content, values, page + 1, pages.length)} />
      {shown.map((b, i) => (
        <Box key={i} marginTop={i === 0 ? 1 : 0}>
          {b.node}
        </Box>
      ))}
    </Box>
  );
}
