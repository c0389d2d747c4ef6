import { finding, type Finding } from '../rules/finding.js';
import { judgeOpensEntry } from '../rules/opens-entry.js';
import { judgeSafetySettings } from '../rules/safety-settings.js';
import { argStrings } from '../arg-strings.js';
import { nothing } from './extract.js';
import { p, type ToolProfile } from './types.js';

// Home Assistant, however it is reached: Hermes' `ha_call_service`, an MCP server's `call_service`
// (`mcp__home-assistant__call_service`, Hermes' `mcp_homeassistant_call_service`, a bare name) and
// the official MCP server's Assist intents (`HassTurnOff {name, domain}`, `HassSetPosition`,
// `HassClimateSetTemperature`). A service call stays an actuation that asks only for what it does to
// the home's security: locks, alarms, entry covers (rules/opens-entry.ts), hazard protections
// (rules/safety-settings.ts), cameras and alarm automations switched off, and heating or cooling
// set where it harms. Lights, media, vacuums and ordinary temperatures run; reading states is a read.

const HA_SERVER = /^(?:home[-_]?assistant|hass|ha)$/i;
const SERVICE_TOOL = /^(?:ha_|hass_|homeassistant_)?call_service$/;
const READ_TOOL = /^(?:GetLiveContext|HassGetState|HassGetWeather|GetDateTime|(?:ha_)?(?:get_states?|list_entities|search_entities|get_history|get_entity))$/;

/** What an intent does, as the service call it stands for: HassTurnOff on a lock unlocks it, HassTurnOn on a cover opens it. */
const INTENT_SERVICE: Record<string, Record<string, string>> = {
  HassTurnOn: { lock: 'lock', cover: 'open_cover', alarm_control_panel: 'alarm_arm_away', '': 'turn_on' },
  HassTurnOff: { lock: 'unlock', cover: 'close_cover', alarm_control_panel: 'alarm_disarm', '': 'turn_off' },
};

/** Security a switch-off or a script or automation can disable: cameras, alarms, sirens, locks, motion and door sensors. */
const SECURITY = /camera|cctv|alarm|siren|security|intrusion|motion|doorbell|door_sensor|lock|arm(?:ing)?(?:_|$)|surveillance|nvr|frigate|blink|ring_/i;
const DISABLES = /^(?:turn_off|toggle|disable|stop)$/i;
/** A script or automation whose name says it takes security down. */
const DISABLING_NAME = /(?:disable|off|stop|disarm|unlock|kill|mute)[^.]*(?:camera|cctv|alarm|siren|security|lock|motion)|(?:camera|cctv|alarm|siren|security|lock|motion)[^.]*(?:off|disable|disarm|unlock)/i;
/** Rooms where heat or its loss harms someone or something: babies, servers, pipes, animals, cold stores. */
const FRAGILE_ROOM = /nursery|baby|cot|server|rack|cupboard|comms|cold|freezer|fridge|cellar|greenhouse|glasshouse|aquarium|terrarium|reptile|kennel|barn|cabin|pipes?/i;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : undefined);

/** A temperature that harms (°C, or °F above 45): above 28°C, or at 7°C and below. */
function extreme(t: number): boolean {
  const c = t > 45 ? ((t - 32) * 5) / 9 : t;
  return c > 28 || c <= 7;
}

/** A Home Assistant service call (`domain`, `service`, `entity_id`, `data`): what it does to the home's security. */
function judgeService(tool: string, domain: string, service: string, target: string, data: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  const d = domain.toLowerCase();
  if (d === 'climate' || d === 'water_heater') {
    const t = num(data.temperature) ?? num(data.target_temp_high) ?? num(data.target_temp_low);
    if (t !== undefined && extreme(t)) out.push(finding(0.8, 'critical', false, 'physical_safety', `${tool} sets ${target || d} to ${t}°, a temperature that harms people, animals, pipes or machines`));
    const mode = str(data.hvac_mode);
    if ((/^(?:set_hvac_mode|turn_off)$/.test(service) && (mode === 'off' || service === 'turn_off')) && FRAGILE_ROOM.test(target)) {
      out.push(finding(0.8, 'critical', false, 'physical_safety', `${tool} switches off heating or cooling in ${target}`));
    }
  }
  const disabling = (DISABLES.test(service) && (['camera', 'siren', 'automation', 'switch', 'alarm_control_panel', 'input_boolean', 'homeassistant'].includes(d) && SECURITY.test(target)))
    || ((d === 'script' || d === 'automation' || d === 'scene') && /^(?:turn_on|trigger|run)$/.test(service) && DISABLING_NAME.test(target))
    || (d === 'script' && DISABLING_NAME.test(service));
  if (disabling) out.push(finding(0.8, 'critical', false, 'safety_tampering', `${tool} switches off home security (${target || d})`));
  return out;
}

/** A service call's own arguments. */
function serviceCall(tool: string, args: Record<string, unknown>): Finding[] {
  const data = { ...(args.data && typeof args.data === 'object' ? (args.data as Record<string, unknown>) : {}), ...(args.service_data && typeof args.service_data === 'object' ? (args.service_data as Record<string, unknown>) : {}) };
  const target = argStrings(args.entity_id ?? args.target ?? data.entity_id ?? '').join(' ');
  return judgeService(tool, str(args.domain), str(args.service), target, { ...args, ...data });
}

/** An Assist intent, judged as the service call it stands for. */
function intentCall(tool: string, intent: string, args: Record<string, unknown>): Finding[] {
  const domains = argStrings(args.domain ?? args.device_class ?? '').map((d) => d.toLowerCase());
  const name = [str(args.name), str(args.area), str(args.floor)].filter(Boolean).join(' ');
  const domain = domains[0] ?? (/garage|gate/i.test(name) ? 'cover' : /\block\b/i.test(name) ? 'lock' : /alarm/i.test(name) ? 'alarm_control_panel' : '');
  let service = INTENT_SERVICE[intent]?.[domain] ?? INTENT_SERVICE[intent]?.[''] ?? '';
  if (intent === 'HassSetPosition' && (num(args.position) ?? 0) > 0) service = 'open_cover';
  if (intent === 'HassClimateSetTemperature') service = 'set_temperature';
  const call = { domain: intent === 'HassClimateSetTemperature' ? 'climate' : domain || (intent === 'HassSetPosition' ? 'cover' : ''), service, entity_id: name };
  return [...judgeOpensEntry(tool, call), ...judgeSafetySettings(tool, call, []), ...judgeService(tool, call.domain, service, name, args)];
}

const actuates = (label: string, judge: (args: Record<string, unknown>) => Finding[]): ToolProfile =>
  p('mcp', 'generic', 'external', label, { base_risk: 0.45, reversible: false, extract: (a) => ({ findings: judge(a) }) });

/** Hermes' built-in service tool (its own source label). */
export const HA_CALL_SERVICE = p('hermes', 'generic', 'external', 'actuates a smart-home device', { base_risk: 0.45, reversible: false, extract: (a) => ({ findings: serviceCall('ha_call_service', a) }) });

/** The Home Assistant tool a name stands for (`mcp__hass__call_service`, `mcp_homeassistant_HassTurnOff`, `HassTurnOn`), or undefined. */
export function homeAssistantProfile(tool: string, server: string | undefined, bare: string): ToolProfile | undefined {
  const hermes = /^mcp_(?:home_?assistant|hass)_(.+)$/i.exec(tool);
  const name = hermes ? hermes[1] : bare;
  const ours = !!hermes || (server !== undefined && HA_SERVER.test(server)) || /^(?:Hass[A-Z]|GetLiveContext$)/.test(name) || SERVICE_TOOL.test(name);
  if (!ours) return undefined;
  if (READ_TOOL.test(name)) return p('mcp', 'read', 'read_only', 'reads smart-home states', { base_risk: 0.03, extract: nothing });
  if (SERVICE_TOOL.test(name)) return actuates('actuates a smart-home device', (a) => serviceCall(name, a));
  if (/^Hass[A-Z]/.test(name)) return actuates(`actuates a smart-home device (${name})`, (a) => intentCall(name, name, a));
  return undefined;
}
