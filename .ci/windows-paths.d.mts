/** Makes every path under the given [folder, placeholder] pairs read placeholder/a/b, whatever its form. */
export function pathsWrittenOneWay(folders: ReadonlyArray<readonly [string, string]>): (text: string) => string;
