"""A message body's markup: `@username` mentions and links, found and split for rendering.

A mention is shown as one only when it names a real account, a person or a persona: the
usernames a message's mentions named are looked up when it is written (`Message.mention_names`,
see `rooms.services`), so rendering needs no query; `@nobody` stays plain text.

Every piece of markup costs rendering work and bytes, so a body gets at most
`MENTION_LIMIT` mentions and `LINK_LIMIT` links, in order; whatever follows stays plain text
(however it is written, a message then renders in about the time of a plain one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.template.defaultfilters import linebreaksbr
from django.utils.html import Urlizer, escape
from django.utils.safestring import SafeString, mark_safe

# Django usernames are letters, digits and @ . + - _; a mention must not follow a word
# character (so "me@example.org" is an address, not a mention) and drops trailing punctuation.
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")
MENTION_LIMIT = 20
LINK_LIMIT = 20
# Words that could be links (with ".", "@" or ":") looked at per message: each costs
# urlize's full check. Prose has far fewer; a body written to be slow has thousands.
LINK_CANDIDATE_LIMIT = 100


@dataclass(frozen=True)
class Segment:
    """A mention (`username` set; `text` is what was written) or a run of text (`html`: the
    text escaped, its first links made clickable and its line breaks kept)."""

    text: str
    username: str | None = None
    html: SafeString | None = None


def mentioned_usernames(body: str) -> set[str]:
    """The names written after @ that may be mentions (the first MENTION_LIMIT), as written:
    those of real accounts (in any case) are the mentions."""
    if "@" not in body:
        return set()
    return {match.group(1) for match in _mentions(body)}


def written_mentions(body: str) -> list[tuple[int, str]]:
    """Where each @name of the body starts, and the name as written (the first MENTION_LIMIT),
    whether or not it names an account."""
    if "@" not in body:
        return []
    return [(match.start(), match.group(1)) for match in _mentions(body)]


def body_segments(body: str, names: list[str] | tuple[str, ...] = ()) -> list[Segment]:
    """The body as text and mention segments, in order, for the message template: a mention
    of one of `names` (usernames, matched in any case) is shown as a mention of that username,
    any other @word as text."""
    urlizer = _CappedUrlizer()
    segments: list[Segment] = []
    position = 0
    known = {name.lower(): name for name in names}
    for match in _mentions(body) if known else ():
        username = known.get(match.group(1).lower())
        if username is None:
            continue
        if match.start() > position:
            segments.append(_text(body[position : match.start()], urlizer))
        segments.append(Segment(match.group(0), username=username))
        position = match.end()
    if position < len(body):
        segments.append(_text(body[position:], urlizer))
    return segments


def _mentions(body: str) -> list[re.Match[str]]:
    matches = []
    for match in MENTION.finditer(body):
        matches.append(match)
        if len(matches) == MENTION_LIMIT:
            break
    return matches


def _text(text: str, urlizer: _CappedUrlizer) -> Segment:
    # What the template's `urlize|linebreaksbr` made, bounded: escaped text whose links are
    # Django's own urlize output; line breaks become <br>.
    return Segment(text, html=linebreaksbr(urlizer(text)))


class _CappedUrlizer(Urlizer):
    """Django's urlize, bounded: of the words that could be links (those with ".", "@" or
    ":"), it looks at the first `LINK_CANDIDATE_LIMIT` and links at most `LINK_LIMIT`; every
    other word is escaped as plain text. One instance serves all of a body's text."""

    def __init__(self) -> None:
        self.candidates_left = LINK_CANDIDATE_LIMIT
        self.links_left = LINK_LIMIT

    def __call__(self, text: str) -> SafeString:
        html: list[str] = []
        plain: list[str] = []  # escaped together: one call instead of one per word
        for word in self.word_split_re.split(text):
            if self.candidates_left and ("." in word or "@" in word or ":" in word):
                self.candidates_left -= 1
                linked = self.handle_word(word, safe_input=False, nofollow=True, autoescape=True)
                # A word is split at < > " ' and whitespace: only a link contains "<a ".
                if "<a " in linked:
                    html.append(escape("".join(plain)))
                    html.append(linked)
                    plain.clear()
                    self.links_left -= 1
                    if not self.links_left:
                        self.candidates_left = 0
                    continue
            plain.append(word)
        html.append(escape("".join(plain)))
        return mark_safe("".join(html))
