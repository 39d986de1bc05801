import { html, type TemplateResult } from 'lit';
import { linkSchemes, safeUrl } from './safe-url.js';

/**
 * The small, safe markup a lesson's body may use in a course file, and nothing else:
 *
 * - `<em>…</em>` emphasis, `<strong>…</strong>` strong emphasis, nested as needed;
 * - `<a href="…">…</a>` a link, whose address passes the URL guard (https, http, mailto, tel or
 *   relative); a refused address shows its text without a link;
 * - paragraphs and lists are blocks of the course's data (`paragraphs: ["…", { "list": […] }]`),
 *   not markup.
 *
 * The text is parsed here into a small tree and rendered with Lit templates, never as HTML:
 * anything else that looks like a tag (`<b>`, `<script>`, an attribute besides `href`) is shown as
 * the characters it is, and `markupProblems()` names it, so an author or a translator hears of it.
 * There are no entities: `&amp;` is shown as written; write `&` itself.
 */

/** One piece of rich text: plain text, emphasis or a link. */
export type RichNode = string | { tag: 'em' | 'strong'; children: RichNode[] } | { tag: 'a'; href: string; children: RichNode[] };

/** The tags the markup allows. */
export const allowedTags: readonly string[] = ['em', 'strong', 'a'];

const tagPattern = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^<>]*)?)>/g;

/** What the text holds, and what in it is not allowed (shown as text). */
export function parseRichText(text: string): { nodes: RichNode[]; problems: string[] } {
  const problems: string[] = [];
  const root: RichNode[] = [];
  const stack: { tag: string; children: RichNode[]; href?: string; raw: string }[] = [];
  const push = (node: RichNode): void => {
    const target = stack.length ? stack[stack.length - 1].children : root;
    const last = target[target.length - 1];
    if (typeof node === 'string' && typeof last === 'string') {
      target[target.length - 1] = last + node;
    } else if (node !== '') {
      target.push(node);
    }
  };
  let index = 0;
  for (const match of text.matchAll(tagPattern)) {
    const [raw, closing, name, attributes] = match;
    push(text.slice(index, match.index));
    index = match.index + raw.length;
    const tag = name.toLowerCase();
    const href = /^\s+href="([^"]*)"\s*$/.exec(attributes)?.[1];
    if (!allowedTags.includes(tag)) {
      problems.push(`"${raw}" is not allowed (use only <em>, <strong> and <a href="…">)`);
      push(raw);
    } else if (closing) {
      const open = stack.map((entry) => entry.tag).lastIndexOf(tag);
      if (open < 0 || attributes.trim()) {
        problems.push(`"${raw}" closes nothing`);
        push(raw);
        continue;
      }
      // Tags left open inside this one are closed here too, with a word to the author.
      while (stack.length > open + 1) {
        problems.push(`"${stack[stack.length - 1].raw}" is not closed`);
        close(stack, push);
      }
      close(stack, push);
    } else if (tag === 'a' ? href === undefined : attributes.trim()) {
      problems.push(tag === 'a' ? `"${raw}" needs exactly one href="…"` : `"${raw}" takes no attributes`);
      push(raw);
    } else {
      stack.push({ tag, children: [], href, raw });
    }
  }
  push(text.slice(index));
  while (stack.length) {
    problems.push(`"${stack[stack.length - 1].raw}" is not closed`);
    close(stack, push);
  }
  collectLinkProblems(root, problems);
  return { nodes: root, problems };
}

function close(stack: { tag: string; children: RichNode[]; href?: string }[], push: (node: RichNode) => void): void {
  const { tag, children, href } = stack.pop()!;
  push(tag === 'a' ? { tag: 'a', href: href ?? '', children } : { tag: tag as 'em' | 'strong', children });
}

function collectLinkProblems(nodes: readonly RichNode[], problems: string[]): void {
  for (const node of nodes) {
    if (typeof node !== 'string') {
      if (node.tag === 'a') {
        const checked = safeUrl(node.href, { schemes: linkSchemes });
        if (!checked.ok) {
          problems.push(`the link "${node.href}" is not used because ${checked.reason}`);
        }
      }
      collectLinkProblems(node.children, problems);
    }
  }
}

/** What is wrong with the markup of a text, one message each; empty when it is fine. */
export function markupProblems(text: string): string[] {
  return parseRichText(text).problems;
}

/** The text without its markup, e.g. for a print record or a search. */
export function plainText(nodes: readonly RichNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}

/** Renders rich text with Lit templates: text as text, links only when the URL guard accepts them. */
export function renderRichText(text: string): Array<string | TemplateResult> {
  return renderNodes(parseRichText(text).nodes);
}

function renderNodes(nodes: readonly RichNode[]): Array<string | TemplateResult> {
  return nodes.map((node) => {
    if (typeof node === 'string') {
      return node;
    }
    const children = renderNodes(node.children);
    if (node.tag === 'a') {
      const checked = safeUrl(node.href, { schemes: linkSchemes });
      return checked.ok ? html`<a href=${checked.url}>${children}</a>` : html`${children}`;
    }
    return node.tag === 'em' ? html`<em>${children}</em>` : html`<strong>${children}</strong>`;
  });
}
