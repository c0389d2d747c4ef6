import { boundedMemo } from '../../core/bounded-memo.js';

// Calls that reach a person although no message tool is involved. The engine asks these two
// questions only for the crisis layer: whether partial crisis evidence is enough to hold the call
// (it reaches someone who will read it) and which text that someone will read.

/**
 * Directories a web server publishes as they are written: a post written there is read by
 * strangers, not only by the author (a Jekyll `_posts` folder under a web root, nginx html...).
 * A project's own `docs/` or `src/blog/` is not here: it reaches nobody until it is deployed.
 */
const WEB_ROOT = /(?:^|\/)(?:var\/www|srv\/(?:www|http)|usr\/share\/nginx\/html|public_html|htdocs|wwwroot)(?:\/|$)/i;

export function publishedPath(path: string): boolean {
  return WEB_ROOT.test(path);
}

/**
 * A command that runs a program with a recipient and a body (`sms.py --to … --body …`,
 * `notify --chat-id … --text …`): what it carries is a message to someone, whatever the program.
 */
const RECIPIENT_FLAG = /(?:^|\s)--?(?:to|recipient|rcpt|chat[-_]?id|channel|phone|number|user)(?:[=\s])/;
const BODY_FLAG = /(?:^|\s)--?(?:body|msg|message|text|subject|note|ref|memo)(?:[=\s])/;

/** Words in a program's name that say it sends or publishes (`tools/post_forum.py`, `bin/discord_dm.py`). */
const SENDER_WORD = /^(?:post|posts|poster|send|sender|notify|notifier|notification|tweet|toot|reply|respond|comment|dm|sms|text|mail|mailer|email|message|msg|publish|broadcast|announce|slack|discord|telegram|whatsapp|signal|forum|webhook|chat|push)$/;
const PROGRAM = /(?:^|[\s'"])((?:\.{0,2}\/)?[\w./-]*?([\w-]+)\.(?:py|js|mjs|cjs|ts|sh|rb|pl|php))(?=[\s'"]|$)|(?:^|[\s'"])(?:\.\/|bin\/|scripts?\/|tools\/)([\w-]+)(?=[\s'"]|$)/g;
/** A quoted text of a few words: what a sending program is given to send. */
const QUOTED_TEXT = /(['"])[^'"]*\S\s+\S[^'"]*\1/;

function senderProgram(command: string): boolean {
  for (const m of command.matchAll(PROGRAM)) {
    const name = (m[2] ?? m[3] ?? '').toLowerCase();
    if (name.split(/[_-]/).some((w) => SENDER_WORD.test(w))) return true;
  }
  return false;
}

/**
 * A command that carries a message to someone: a program run with a recipient and a body, or a
 * program whose name says it posts or sends, run with a body or a quoted text.
 */
export function messageCommand(command: string): boolean {
  if (RECIPIENT_FLAG.test(command) && BODY_FLAG.test(command)) return true;
  return (BODY_FLAG.test(command) || QUOTED_TEXT.test(command)) && senderProgram(command);
}

/**
 * A tool that stores what the agent will remember and act on later (an agent memory, a knowledge
 * graph, saved notes): what it stores outlives the conversation and may be passed on to someone,
 * so in a crisis conversation it is held as a message would be.
 */
const MEMORY_TOOL = /(?:^|[_./-])(?:memory|memories|remember|memori[sz]e|add_observations|create_entities|save_fact|save_note|store_fact)(?:$|[_./-])/i;

const RECALLS = /(?:^|[_./-])(?:get|read|search|list|recall|query|fetch|find)(?:$|[_./-])/i;

// The answer depends on the tool's name alone: asked once per name.
const storesByName = boundedMemo(1024, (tool) => MEMORY_TOOL.test(tool) && !RECALLS.test(tool));

export function remembersForLater(tool: string, readOnly: boolean): boolean {
  return !readOnly && storesByName(tool);
}

/** Programs that only print what they are given (the tail of a `curl … | head` pipeline). */
const FILTERS = new Set(['head', 'tail', 'grep', 'egrep', 'jq', 'wc', 'sort', 'uniq', 'cut', 'tr', 'less', 'more', 'cat', 'html2text', 'lynx']);
/** Flags that send, upload, write a file or change the method of a fetch. */
const SENDING_FLAG = /^(?:-[a-z]*[dFTXoOuK]|--(?:data\S*|form\S*|upload-file|request|json|output|remote-name\S*|config|user|post-data|post-file|body-data|body-file|method))(?:=|$)/;
/** URLs that deliver a message (a bot API, a webhook) rather than return a page. */
const DELIVERING_URL = /\/(?:send\w*|post\w*|messages?|notify|hooks?|webhooks?|sms|mail|chat\.postmessage)\b|[?&](?:text|message|msg|body|chat_id|to)=/i;

/**
 * A shell command that only fetches pages and prints them (`curl -s 'https://…/search?q=…' |
 * head`): it reaches no person and changes nothing, as a web search tool does not.
 */
export function lookupOnly(command: string): boolean {
  // Only a fetch makes a lookup: without a curl or wget anywhere there is nothing to split.
  if (!command.includes('curl') && !command.includes('wget')) return false;
  if (/[>`]|\$\(/.test(command)) return false;
  let fetched = false;
  for (const segment of command.split(/\|\|?|&&|;/)) {
    const words = segment.trim().split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''));
    const program = words[0] ?? '';
    if (program === 'curl' || program === 'wget') {
      const rest = words.slice(1);
      if (program === 'wget' && !rest.some((w) => /^-q?O-?$/.test(w) || w === '-') ) return false;
      if (rest.some((w) => SENDING_FLAG.test(w) && !/^-q?O-?$/.test(w))) return false;
      if (rest.some((w) => /^https?:/i.test(w) && DELIVERING_URL.test(w))) return false;
      fetched = true;
    } else if (!FILTERS.has(program)) return false;
  }
  return fetched;
}
