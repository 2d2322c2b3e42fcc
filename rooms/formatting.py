"""A message's HTML: a safe Markdown subset, rendered once when the message is written or
edited and stored beside its source (`Message.body_html`), so that no reader pays for it.

The subset is what people write in chat: **bold**, *italic*, ~~strike~~, `code`, fenced code
blocks, > quotes, lists and links (written ones and bare addresses), plus @mentions of the
accounts the message named (`rooms.mentions`). markdown-it-py parses with raw HTML off and
only these rules on (no images, headings, tables or indented code); nh3 then keeps only the
tags and attributes listed here, whatever the parser let through. Links open in a new tab
(a click must not take a person out of a live room) with `rel="nofollow noopener"`.

Markup is bounded as before: at most `MENTION_LIMIT` mentions and `LINK_LIMIT` links per
message, the rest plain text. A body without any Markdown character, mention or link (most
chat lines) skips the parser: it is escaped and its line breaks kept, which is exactly what
the parser would have made of it (tests/rooms/test_formatting.py checks that they agree).
"""

from __future__ import annotations

import re

import nh3
from django.utils.html import escape
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from rooms.mentions import MENTION_LIMIT

LINK_LIMIT = 20
# Bare addresses are linked for these top-level domains only (as Django's urlize did):
# "settings.py" or "notes.md" in a message about code must stay words.
LINK_TLDS = ["com", "edu", "gov", "int", "mil", "net", "org"]

_MENTION = re.compile(r"@([\w.@+-]*\w)")
_BEFORE_MENTION = re.compile(r"[\w@.+-]")

# Whatever could make the parser's output differ from escaped text with <br> line breaks:
# Markdown characters, a mention, "//" of an address, a line that starts with a list marker
# or white space, a blank line, a name in one of LINK_TLDS. Looked for with `in` first: on
# 4,000 characters of prose that takes a few microseconds where one regex took 700.
_MARKUP_CHARS = "*_~`>[]\\<@\r"
_LINK_HINTS = ("//", "www.", "mailto:", *(f".{tld}" for tld in LINK_TLDS))
_LINE_START = re.compile(r"[-+\s]|\d+[.)]")
_LINE_MARKUP = re.compile(r"\s\n|\n[-+\s]|\n\d+[.)]")

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "span",
}
_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"*": set(), "a": {"href"}, "span": {"data-username"}, "ol": {"start"}},
    allowed_classes={"span": {"mention"}},
    url_schemes={"http", "https", "mailto"},
    link_rel="nofollow noopener",
    set_tag_attribute_values={"a": {"target": "_blank"}},
    strip_comments=True,
)


def _mention_rule(state, silent: bool) -> bool:
    """@name of an account the message named (env["names"], by lower-case name): a mention
    token. Any other @word stays text; only the first MENTION_LIMIT @words are looked at."""
    pos = state.pos
    src = state.src
    if src[pos] != "@" or (pos and _BEFORE_MENTION.match(src[pos - 1])):
        return False
    match = _MENTION.match(src, pos)
    env = state.env
    if match is None or env["mentions_left"] <= 0:
        return False
    username = env["names"].get(match.group(1).lower())
    if not silent:
        env["mentions_left"] -= 1
    if username is None:
        return False
    if not silent:
        token = state.push("mention", "span", 0)
        token.content = match.group(0)
        token.meta = {"username": username}
    state.pos = match.end()
    return True


def _render_mention(renderer, tokens, idx, options, env) -> str:
    token = tokens[idx]
    username = escapeHtml(token.meta["username"])
    return f'<span class="mention" data-username="{username}">{escapeHtml(token.content)}</span>'


def _cap_links(state) -> None:
    """Keep the first LINK_LIMIT links of the message; later ones become their plain text."""
    left = LINK_LIMIT
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        kept = []
        dropping = 0
        for token in block.children:
            if token.type == "link_open":
                if left <= 0 or dropping:
                    dropping += 1
                    continue
                left -= 1
            elif token.type == "link_close" and dropping:
                dropping -= 1
                continue
            kept.append(token)
        block.children = kept


def _parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"breaks": True, "html": False, "linkify": True, "maxNesting": 20})
    md.enable(
        [
            # block
            "fence",
            "blockquote",
            "list",
            # inline
            "newline",
            "escape",
            "backticks",
            "strikethrough",
            "emphasis",
            "link",
            "autolink",
            "linkify",
        ]
    )
    md.linkify.tlds(LINK_TLDS, False)
    md.inline.ruler.after("text", "mention", _mention_rule)
    md.core.ruler.after("linkify", "cap_links", _cap_links)
    md.add_render_rule("mention", _render_mention)
    return md


_MD = _parser()


def has_markup(body: str) -> bool:
    """Whether `body` needs the parser (anything but plain lines of text)."""
    if any(char in body for char in _MARKUP_CHARS) or _LINE_START.match(body):
        return True
    lowered = body.lower()
    if any(hint in lowered for hint in _LINK_HINTS):
        return True
    return "\n" in body and _LINE_MARKUP.search(body) is not None


def plain_html(body: str) -> str:
    """A body without markup as the parser and `sanitised` would give it: escaped as Django
    escapes, lines kept."""
    return escape(body).replace("\xa0", "&nbsp;").replace("\n", "<br>\n")


# A tag or a run of text in nh3's output. No attribute value it keeps contains ">" (link
# addresses are percent-encoded by the parser, usernames have none), so every ">" ends a tag.
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")


def sanitised(html: str) -> str:
    """The parser's HTML through the allow-list, its text escaped as Django escapes (quotes
    too), so that a message reads the same in the page's source whichever way it came."""
    return _TAG_OR_TEXT.sub(_escape_quotes, _CLEANER.clean(html))


def _escape_quotes(match: re.Match[str]) -> str:
    text = match.group(2)
    if text is None:
        return match.group(1)
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def first_line_text(body: str) -> str:
    """The first line of `body` as people read it, without its Markdown: what a reply's quote
    shows ("**tasting** notes" reads "tasting notes")."""
    if not has_markup(body):
        return next((line.strip() for line in body.splitlines() if line.strip()), "")
    env = {"names": {}, "mentions_left": MENTION_LIMIT}
    for token in _MD.parse(body, env):
        if token.type in ("fence", "code_block"):
            text = token.content
        elif token.type == "inline":
            parts = []
            for child in token.children or ():
                if child.type in ("softbreak", "hardbreak"):
                    break
                parts.append(child.content)
            text = "".join(parts)
        else:
            continue
        line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if line:
            return line
    return ""


def body_html(body: str, mention_names: list[str] | tuple[str, ...] = ()) -> str:
    """The sanitised HTML of a message body; `mention_names` are the usernames its @mentions
    named (as `rooms.services` resolved them): only those show as mentions."""
    if not body:
        return ""
    if not has_markup(body):
        return plain_html(body)
    env = {"names": {name.lower(): name for name in mention_names}, "mentions_left": MENTION_LIMIT}
    html = _MD.render(body, env)
    # One paragraph reads as a line of chat: no block around it.
    if html.startswith("<p>") and html.endswith("</p>\n") and html.count("<p>") == 1:
        html = html[3:-5]
    return sanitised(html.rstrip("\n"))
