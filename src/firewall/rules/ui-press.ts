import { obj } from '../profiles/types.js';

// What kind of gesture a browser or computer-use call makes, from its arguments alone: a click, the
// submit key or a submitted field commits whatever the page is showing; scrolling, dragging a
// slider, hovering, typing without submitting or a screenshot commit nothing yet.

const NOT_A_PRESS = /\b(?:drag|scroll|move|mouse_?move|hover|wait|screenshot|zoom|select(?:_option)?|focus|cursor_position|resize|navigate|back|forward)\b/i;
const SUBMIT_KEYS = /^(?:enter|return|kp_enter|numpadenter)$/i;

/** The keys a key press names (`key: "Enter"`, `keys: ["CTRL", "ENTER"]`, `text: "Return"` on xdotool-style actions). */
function keysOf(args: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const v of [args.key, args.keys]) {
    if (typeof v === 'string') out.push(...v.split(/[+\s]+/));
    else if (Array.isArray(v)) out.push(...v.filter((k): k is string => typeof k === 'string'));
  }
  return out;
}

/**
 * Whether the call presses something that commits: a click (by ref, selector or coordinates), a key
 * press that includes the submit key, or typing sent with `submit` or a trailing newline.
 */
export function commitsPress(tool: string, args: Record<string, unknown>, typed: string): boolean {
  const action = obj(args.action);
  const gesture = [typeof args.action === 'string' ? args.action : '', typeof action.type === 'string' ? action.type : '', typeof args.type === 'string' ? args.type : ''].join(' ').trim();
  if (NOT_A_PRESS.test(gesture || tool.replace(/_/g, ' '))) return false;
  const keys = [...keysOf(args), ...keysOf(action)];
  if (keys.length || /\b(?:key|keypress)\b/i.test(gesture)) return keys.some((k) => SUBMIT_KEYS.test(k.trim()));
  if (/\btype\b/i.test(gesture) || typed.trim()) return args.submit === true || action.submit === true || /\n\s*$/.test(typed);
  return true;
}
