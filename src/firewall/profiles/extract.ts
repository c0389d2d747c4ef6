import { credentialSearch } from '../rules/secret-reveal.js';
import { documentTexts } from './rich-text.js';
import { obj, PATHS, str, strs, type Extractor, type FileWrite, type ToolInputs, type ToolProfile } from './types.js';

// Extractors shared by several agents' profiles, and the generic one used for profiles that
// only name their arguments (config-declared tools, older table entries).

export const nothing: Extractor = () => ({});

export const readsPath = (...keys: string[]): Extractor => (a) => ({ reads: strs(a, ...(keys.length ? keys : PATHS)) });
/** A directory listing, a glob, file info: names and metadata, not contents. */
export const listsPath = (...keys: string[]): Extractor => (a) => ({ lists: strs(a, ...(keys.length ? keys : PATHS)) });

/** A file search: what it reads, and whether it prints credential values it looks for by shape. */
export const searchesFiles = (printsContent: (a: Record<string, unknown>) => boolean): Extractor => (a) => {
  const paths = strs(a, 'path');
  const prints = printsContent(a);
  return { ...(prints ? { reads: paths } : { lists: paths }), findings: credentialSearch(str(a, 'pattern', 'regex', 'query'), prints, paths) };
};

export const command = (...keys: string[]): Extractor => (a) => {
  const c = str(a, ...keys);
  return c ? { commands: [c] } : {};
};

/** Write, Edit, MultiEdit, NotebookEdit and their cousins in one shape. */
export function fileEdit(a: Record<string, unknown>, pathKeys = PATHS): FileWrite[] {
  const path = str(a, ...pathKeys);
  if (!path) return [];
  const edits = Array.isArray(a.edits) ? a.edits.map(obj) : [];
  if (edits.length) {
    return [{
      path,
      op: 'edit',
      content: edits.map((e) => str(e, 'new_string', 'newText', 'new_str', 'replace') ?? '').join('\n'),
      removed: edits.map((e) => str(e, 'old_string', 'oldText', 'old_str', 'search') ?? '').join('\n'),
    }];
  }
  const content = str(a, 'content', 'file_text', 'text', 'contents', 'data');
  const added = str(a, 'new_string', 'new_str', 'new', 'new_source', 'newText', 'replacement');
  const removed = str(a, 'old_string', 'old_str', 'old', 'oldText');
  if (a.edit_mode === 'delete') return [{ path, op: 'delete' }];
  if (added !== undefined || removed !== undefined) return [{ path, op: 'edit', content: added ?? '', removed }];
  return [{ path, op: 'write', content }];
}

export const writesFile: Extractor = (a) => ({ writes: fileEdit(a) });

export const TEXT_KEYS = ['message', 'text', 'content', 'body', 'html', 'markdown', 'caption', 'comment', 'note', 'subject', 'title', 'description', 'summary', 'reply', 'response'];
export const RECIPIENT_KEYS = ['to', 'recipient', 'recipients', 'target', 'channel', 'channel_id', 'chat_id', 'email', 'phone', 'number', 'user', 'user_id', 'username', 'conversation_id', 'thread_ts', 'cc', 'bcc'];

const ATTACHMENT_KEYS = ['files', 'attachments', 'attachment', 'file_paths', 'media', 'documents', 'document', 'file', 'file_path', 'image_path', 'photo_path', 'media_path', 'video_path', 'body_from_file', 'data_file', 'upload_file', 'from_file'];

/** Everything a send-like call would say, and to whom. */
export function outboundOf(a: Record<string, unknown>, textKeys = TEXT_KEYS): ToolInputs['outbound'] {
  // A comment sent as a rich-text document (Jira's ADF) says what its text nodes say.
  const parts = [...strs(a, ...textKeys), ...documentTexts(a)];
  const attachments: string[] = [];
  // Only the keys the arguments have (see str in types.ts: a lookup of an absent key is slow).
  const own = Object.keys(a);
  for (const k of ATTACHMENT_KEYS) {
    if (!own.includes(k)) continue;
    const v = a[k];
    if (typeof v === 'string') attachments.push(v);
    else if (v && typeof v === 'object') {
      for (const [key, f] of Object.entries(v as Record<string, unknown>)) {
        if (typeof f === 'string') attachments.push(f);
        else {
          const c = str(obj(f), 'content', 'text');
          if (c) parts.push(c);
          const name = str(obj(f), 'filename', 'name', 'path', 'file_path', 'file', 'url') ?? (Array.isArray(v) ? undefined : key);
          if (name) attachments.push(name);
        }
      }
    }
  }
  // A group named only by its title ("Wspólnota Lipowa 3") is still a group.
  const groups = strs(a, 'group', 'group_id', 'group_name', 'to_group').map((g) => `group:${g}`);
  const recipient = [...strs(a, ...RECIPIENT_KEYS), ...groups].join(', ') || undefined;
  return { text: parts.join('\n'), recipient, ...(attachments.length ? { attachments } : {}) };
}

export const sends: Extractor = (a) => ({ outbound: outboundOf(a) });

export const fetchesUrl: Extractor = (a) => ({ urls: strs(a, 'url', 'urls', 'uri', 'href', 'link', 'image_url'), texts: strs(a, 'prompt', 'query', 'question') });

export const searches: Extractor = (a) => ({ texts: strs(a, 'query', 'queries', 'q', 'pattern', 'question'), reads: strs(a, 'path', 'dir_path') });

export const deferredPrompt = (via: string, ...keys: string[]): Extractor => (a) => {
  const prompt = strs(a, ...keys).join('\n');
  return prompt ? { deferred: [{ via, prompt }] } : {};
};

/** For profiles that only list argument names (config-declared tools and the like). */
export function genericExtract(profile: ToolProfile, a: Record<string, unknown>): ToolInputs {
  const out: ToolInputs = {};
  const content = profile.content_args.map((k) => a[k]).filter((v): v is string => typeof v === 'string').join('\n');
  switch (profile.kind) {
    case 'shell': {
      const c = str(a, ...[profile.command_arg, 'command', 'cmd', 'script'].filter((k): k is string => !!k));
      if (c) out.commands = [c];
      break;
    }
    case 'code': {
      const c = str(a, ...[profile.code_arg, 'code', 'source', 'script'].filter((k): k is string => !!k));
      if (c) out.code = [{ code: c, language: str(a, 'language') }];
      break;
    }
    case 'schedule':
    case 'delegate':
      if (content) out.deferred = [{ via: profile.kind === 'schedule' ? 'a scheduled job' : 'another agent', prompt: content }];
      break;
    default: {
      const paths = strs(a, ...(profile.path_args.length ? profile.path_args : [])).filter((v) => typeof v === 'string');
      if (profile.class === 'read_only') out.reads = paths;
      else if (profile.kind === 'write') out.writes = paths.map((path) => ({ ...fileEdit({ ...a, path }, ['path'])[0], path }));
      else out.writes = paths.map((path) => ({ path, op: 'write' as const }));
    }
  }
  if (profile.outbound) out.outbound = { text: content, recipient: strs(a, ...RECIPIENT_KEYS).join(', ') || undefined };
  else if (content && profile.kind !== 'schedule' && profile.kind !== 'delegate') out.texts = [content];
  if (profile.kind === 'web' || profile.kind === 'browser') out.urls = strs(a, 'url', 'urls');
  return out;
}
