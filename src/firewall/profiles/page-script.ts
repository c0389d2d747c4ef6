import { finding } from '../rules/finding.js';
import { readPageScript } from '../rules/page-script.js';
import { obj, p, str, type Extractor, type ProfileSource, type ToolInputs, type ToolProfile } from './types.js';

// Tools that run JavaScript inside the page the agent is driving, judged by what the script does
// (rules/page-script.ts): a script that only reads the page is a read; one that presses or types is
// a press or typing (the UI judge reads it with the request); one that sends or reads secrets says so.

const READ_PAGE = (source: ProfileSource) => p(source, 'browser', 'read_only', 'runs a script in the page that only reads it', { base_risk: 0.03, confidence: 0.85 });

export function pageScriptInputs(source: ProfileSource, script: string | undefined): ToolInputs {
  const facts = readPageScript(script ?? '');
  if (facts.readsOnly) return { profile: READ_PAGE(source), urls: facts.urls };
  return { findings: facts.findings, urls: facts.urls, presses: facts.presses, ...(facts.typed ? { outbound: { text: facts.typed } } : {}) };
}

/** A tool whose argument (the first of `keys` present) is a script run in the page. */
export const runsPageScript = (source: ProfileSource, ...keys: string[]): ToolProfile =>
  p(source, 'browser', 'external', 'runs JavaScript in the page', { base_risk: 0.1, confidence: 0.85, extract: (a) => pageScriptInputs(source, str(a, ...keys)) });

/** Hermes' `browser_console`: reads the console, or with `expression` runs it in the page. */
export const browserConsole = (source: ProfileSource): ToolProfile => {
  const script = runsPageScript(source, 'expression');
  return { ...script, extract: (a) => (str(a, 'expression') ? script.extract!(a) : { profile: p(source, 'browser', 'read_only', 'reads the browser console', { base_risk: 0.02, extract: () => ({}) }) }) };
};

/** CDP methods that only look: getters, captures, descriptions, queries, enabling event streams. */
const CDP_READ = /^(?:get\w*|capture\w*|describe\w*|query\w*|search\w*|enable|disable|print\w*|requestNode|resolveNode|collectClassNames\w*)$/;
const CDP_COOKIES = /^(?:Network|Storage)\.get(?:All)?Cookies$/;
const CDP_PRESS = /^Input\.dispatch(?:Mouse|Key|Touch)Event$/;

/**
 * A raw Chrome DevTools Protocol command (Hermes' `browser_cdp`): `Runtime.evaluate` runs its
 * expression in the page, the cookie getters return every session cookie's value, input events
 * press, getters and captures read; any other method changes the browser in a way the name alone
 * does not say, so its own caution stands.
 */
export const browserCdp = (source: ProfileSource): ToolProfile => {
  const extract: Extractor = (a) => {
    const method = str(a, 'method', 'command') ?? '';
    const params = { ...obj(a.params), ...obj(a.args) };
    if (/^Runtime\.(?:evaluate|callFunctionOn)$/.test(method)) return pageScriptInputs(source, str(params, 'expression', 'functionDeclaration'));
    if (CDP_COOKIES.test(method)) return { findings: [finding(0.65, 'read_only', true, 'secret_read', "returns every cookie's value, the logged-in sessions' included, into the conversation")] };
    if (CDP_PRESS.test(method)) return { presses: '' };
    if (method === 'Page.navigate') return { profile: p(source, 'browser', 'read_only', 'opens a page', { base_risk: 0.03 }), urls: [str(params, 'url') ?? ''].filter(Boolean) };
    if (CDP_READ.test(method.split('.').pop() ?? '')) return { profile: p(source, 'browser', 'read_only', `reads the browser (${method})`, { base_risk: 0.03, confidence: 0.85 }) };
    return { profile: p(source, 'browser', 'external', `sends the DevTools command ${method || '(none)'}`, { base_risk: 0.35, confidence: 0.5 }) };
  };
  return p(source, 'browser', 'external', 'sends a DevTools command to the browser', { base_risk: 0.1, confidence: 0.85, extract });
};
