import { conformanceSuite } from './suite.js';
import { openAiHarness } from './mock-openai.js';
import { anthropicHarness } from './mock-anthropic.js';
import { geminiHarness } from './mock-gemini.js';
import { simulatedHarness } from './simulated-harness.js';

// Every adapter runs the same suite against an upstream that speaks its wire format.
conformanceSuite('openai (Chat Completions mock)', openAiHarness);
conformanceSuite('anthropic (Messages mock)', anthropicHarness);
conformanceSuite('gemini (generateContent mock)', geminiHarness);
conformanceSuite('simulated (no network)', simulatedHarness);
