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

export function messageCommand(command: string): boolean {
  return RECIPIENT_FLAG.test(command) && BODY_FLAG.test(command);
}
