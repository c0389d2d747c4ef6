import { createServer, type ServerResponse } from 'node:http';

// A mock OpenAI upstream for benchmarks: a fixed completion as JSON, or as an SSE stream of 8
// chunks. Run as its own process so it never shares an event loop with what is measured.

const completion = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1, model: 'bench-model',
  choices: [{ index: 0, message: { role: 'assistant', content: 'The quick brown fox jumps over the lazy dog.' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 },
});
const words = ['The ', 'quick ', 'brown ', 'fox ', 'jumps ', 'over ', 'the ', 'lazy dog.'];
const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const stream =
  words.map((w, i) => chunk(i === 0 ? { role: 'assistant', content: w } : { content: w })).join('') +
  chunk({}, 'stop') +
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } })}\n\n` +
  'data: [DONE]\n\n';

// A tool call (model "bench-tools"): what the firewall's inline guard assesses in observe mode.
// Same size and chunk count as the text answers, so the rows differ by the tool call alone.
const toolCall = { id: 'call_bench', type: 'function', function: { name: 'shell', arguments: '{"command":["ls","-la","src"]}' } };
const toolCompletion = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1, model: 'bench-tools',
  choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [toolCall] }, finish_reason: 'tool_calls' }],
  usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 },
});
// An agent's three parallel calls (model "bench-agent", bench/agent-turn.ts): a file read, a
// search and a test run, as coding agents batch them.
const agentCalls = [
  { id: 'call_a1', type: 'function', function: { name: 'read_file', arguments: '{"path":"src/store/writer.test.ts"}' } },
  { id: 'call_a2', type: 'function', function: { name: 'shell', arguments: '{"command":["rg","-n","toTraceWrite","src/store"]}' } },
  { id: 'call_a3', type: 'function', function: { name: 'shell', arguments: '{"command":["npm","test","--","src/store/writer.test.ts"]}' } },
];
const agentCompletion = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1, model: 'bench-agent',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Reading the test and running it.', tool_calls: agentCalls }, finish_reason: 'tool_calls' }],
  usage: { prompt_tokens: 19000, completion_tokens: 60, total_tokens: 19060 },
});
const argParts = ['{"command"', ':["ls",', '"-la",', '"src"]}'];
const toolStream =
  chunk({ role: 'assistant', content: 'Listing ' }) +
  chunk({ content: 'the source ' }) +
  chunk({ content: 'folder. ' }) +
  chunk({ tool_calls: [{ index: 0, id: toolCall.id, type: 'function', function: { name: 'shell', arguments: '' } }] }) +
  argParts.map((a) => chunk({ tool_calls: [{ index: 0, function: { arguments: a } }] })).join('') +
  chunk({}, 'tool_calls') +
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-tools', choices: [], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } })}\n\n` +
  'data: [DONE]\n\n';

// The same answer in the Anthropic Messages format, for the Anthropic pass-through rows.
const usage = { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, output_tokens: 10 };
const message = JSON.stringify({
  id: 'msg_bench', type: 'message', role: 'assistant', model: 'bench-claude',
  content: [{ type: 'text', text: 'The quick brown fox jumps over the lazy dog.' }], stop_reason: 'end_turn', stop_sequence: null, usage,
});
const ev = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
const messageStream =
  ev('message_start', { message: { id: 'msg_bench', type: 'message', role: 'assistant', model: 'bench-claude', content: [], stop_reason: null, stop_sequence: null, usage } }) +
  ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }) +
  words.map((w) => ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: w } })).join('') +
  ev('content_block_stop', { index: 0 }) +
  ev('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 10 } }) +
  ev('message_stop', {});

// The same answer in the Responses API format (POST /v1/responses), for the Responses pass-through
// rows. As OpenAI's Responses API does, the Response object (the JSON answer, and the
// response.created, response.in_progress and response.completed events of a stream) echoes the
// request's instructions and tools: 11 KB for Codex, the larger part of what the gateway reads and
// forwards of the answer.
const respUsage = { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 22 };
const respText = words.join('');
const respItem = { id: 'msg_bench', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: respText, annotations: [] }] };
const where = { item_id: 'msg_bench', output_index: 0, content_index: 0 };
/** The request's echoed fields, by the request's text (the turns cases send 64 bodies in turn). */
const echoes = new Map<string, { json: string; stream: string }>();
function responsesAnswer(body: string): { json: string; stream: string } {
  let answer = echoes.get(body);
  if (answer) return answer;
  const sent = JSON.parse(body) as { instructions?: unknown; tools?: unknown };
  const base = { id: 'resp_bench', object: 'response', created_at: 1, instructions: sent.instructions ?? null, model: 'bench-model', tools: sent.tools ?? [] };
  let seq = 0;
  const rev = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`;
  answer = {
    json: JSON.stringify({ ...base, status: 'completed', output: [respItem], usage: respUsage }),
    stream:
      rev('response.created', { response: { ...base, status: 'in_progress', output: [] } }) +
      rev('response.in_progress', { response: { ...base, status: 'in_progress', output: [] } }) +
      rev('response.output_item.added', { output_index: 0, item: { ...respItem, status: 'in_progress', content: [] } }) +
      rev('response.content_part.added', { ...where, part: { type: 'output_text', text: '', annotations: [] } }) +
      words.map((w) => rev('response.output_text.delta', { ...where, delta: w })).join('') +
      rev('response.output_text.done', { ...where, text: respText }) +
      rev('response.content_part.done', { ...where, part: respItem.content[0] }) +
      rev('response.output_item.done', { output_index: 0, item: respItem }) +
      rev('response.completed', { response: { ...base, status: 'completed', output: [respItem], usage: respUsage } }),
  };
  if (echoes.size > 256) echoes.clear();
  echoes.set(body, answer);
  return answer;
}

const streamEvents = stream.split(/(?<=\n\n)/);
function writePaced(res: ServerResponse, events: string[], i: number): void {
  if (i === events.length - 1) return void res.end(events[i]);
  res.write(events[i]);
  setImmediate(writePaced, res, events, i + 1);
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url?.startsWith('/v1/responses')) {
      const streamed = body.includes('"stream":true');
      const answer = responsesAnswer(body);
      res.writeHead(200, { 'content-type': streamed ? 'text/event-stream' : 'application/json' });
      res.end(streamed ? answer.stream : answer.json);
    } else if (req.url?.startsWith('/v1/messages')) {
      const streamed = body.includes('"stream":true');
      res.writeHead(200, { 'content-type': streamed ? 'text/event-stream' : 'application/json' });
      res.end(streamed ? messageStream : message);
    } else if (body.includes('"stream":true') && body.includes('"model":"bench-paced"')) {
      // The chat stream an event at a time, one write per turn: a network chunk per event, as a
      // model streams its tokens (bench/stream-call.ts).
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      writePaced(res, streamEvents, 0);
    } else if (body.includes('"stream":true')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(body.includes('"model":"bench-tools"') ? toolStream : stream);
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body.includes('"model":"bench-tools"') ? toolCompletion : body.includes('"model":"bench-agent"') ? agentCompletion : completion);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === 'object' && addr ? addr.port : ''}\n`);
});
