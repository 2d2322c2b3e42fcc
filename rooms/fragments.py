"""A message's article, rendered from the `message` partial once per version of the message.

Rendering a message is most of the cost of a page of history (about 0.2 ms each, fifty to a
page) and of a broadcast. Each process keeps the HTML in the "fragments" cache (LocMem),
keyed by everything the partial reads: the message's id, creation time and seq (an edit or a
delete takes a new seq) and its author's name and look. Nothing needs invalidating: a changed
input is a new key, and old entries age out.
"""

from __future__ import annotations

from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from rooms.models import Message

CACHE = "fragments"


def message_html(message: Message) -> SafeString:
    key = _key(message)
    cache = caches[CACHE]
    html = cache.get(key)
    if html is None:
        html = str(render_to_string("rooms/room.html#message", {"message": message}))
        cache.set(key, html)
    # The partial's own output, escaped when it was rendered.
    return mark_safe(html)


def _key(message: Message) -> str:
    author = message.author
    if author is None:
        look: tuple = ()
    elif author.is_persona:
        persona = author.persona
        look = (persona.name, persona.avatar, persona.color_hue)
    else:
        look = (author.username, author.display_name, author.avatar_colour)
    # The creation time guards against an id used again for another message (a database
    # restored from a backup; a test database flushed). hash() is per process, like the cache.
    created = message.created_at.timestamp()
    return f"message:{message.pk}:{message.seq}:{created}:{message.author_id}:{hash(look):x}"
