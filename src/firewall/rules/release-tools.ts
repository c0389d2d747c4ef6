import { finding, type Finding } from './finding.js';

// Release and registry tools judged by what they do to what users already install: replacing a
// published asset swaps the file under everyone who pinned or verified it; moving the `latest`
// dist-tag changes what every default install resolves to.

const ASSET_TOOL = /release[_-]?asset|upload[_-]?asset|release[_-]?upload|replace[_-]?asset/i;
const REPLACES = /"(?:overwrite|clobber|replace|replace_existing|force)"\s*:\s*true/i;
const DIST_TAG_TOOL = /dist[_-]?tag/i;
const DIST_TAG_WRITE = /(?:^|[_-])(?:add|set|update|put|move)(?:$|[_-])/i;

/** `tool` is the tool's name; `args` its arguments. */
export function judgeReleaseTool(tool: string, args: Record<string, unknown>): Finding[] {
  // Both checks need the tool's name first: most calls name neither, and pay no stringify.
  const asset = ASSET_TOOL.test(tool);
  const distTag = DIST_TAG_TOOL.test(tool) && DIST_TAG_WRITE.test(tool);
  if (!asset && !distTag) return [];
  const json = JSON.stringify(args);
  if (asset && REPLACES.test(json)) return [finding(0.75, 'critical', false, 'supply_chain', `${tool} replaces a file of a published release`)];
  if (distTag && /"(?:tag|dist_tag|distTag)"\s*:\s*"latest"/i.test(json)) {
    return [finding(0.8, 'critical', false, 'supply_chain', `${tool} points the latest tag, what every default install resolves to, at ${typeof args.version === 'string' ? args.version : 'another version'}`)];
  }
  return [];
}
