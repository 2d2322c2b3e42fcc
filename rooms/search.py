"""Full-text search of messages in the rooms a person belongs to (issue 11, part 4).

One function, `messages_search`, over the index of either database (rooms/migrations/
0008_message_search.py): FTS5 on SQLite, a GIN index on to_tsvector on PostgreSQL. What a
person types is only ever words: each is quoted for FTS5, and PostgreSQL parses the whole
with plainto_tsquery, so no query syntax (quotes, `*`, `OR`, `NEAR(`) reaches either engine.
Both find the messages that hold every word (whole words, case-insensitive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, Func, Q, TextField, Value

from accounts.models import User
from rooms.models import Membership, Message

QUERY_MAX_LENGTH = 200
PAGE_SIZE = 20
# Around each match in a snippet: private-use characters, which the database puts around the
# matched words and the template turns into <mark> after escaping the text between.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
# About this many words of a long message are shown around its first match.
SNIPPET_WORDS = 24

# What a word is, for both engines: runs of letters and digits (underscore included).
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SnippetPart:
    text: str
    match: bool


@dataclass(frozen=True)
class SearchResult:
    message: Message
    snippet: list[SnippetPart]


@dataclass(frozen=True)
class SearchPage:
    """Results newest first, and the id to ask `before` for the next page (None: the last)."""

    results: list[SearchResult]
    next_before: int | None


def search_words(query: str) -> list[str]:
    """The words of what a person typed, in order; punctuation and operators are not words."""
    return _WORD.findall(query)


def messages_search(
    *, user: User, query: str, before: int | None = None, limit: int = PAGE_SIZE
) -> SearchPage:
    """The live messages holding every word of `query` in the rooms `user` is a member of,
    newest first, below the message id `before` (keyset paging); two queries a page.
    The query must be at most QUERY_MAX_LENGTH characters (the view says so otherwise)."""
    words = search_words(query)
    if not words:
        return SearchPage(results=[], next_before=None)
    if connection.vendor == "postgresql":
        rows = _postgres_matches(user=user, words=words, before=before, limit=limit + 1)
    else:
        rows = _sqlite_matches(user=user, words=words, before=before, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    messages = Message.objects.select_related("room", "author__persona").in_bulk(
        [pk for pk, _ in rows]
    )
    results = [
        SearchResult(message=messages[pk], snippet=_snippet(snippet, messages[pk].body))
        for pk, snippet in rows
        if pk in messages  # deleted (the row itself) between the two queries
    ]
    return SearchPage(results=results, next_before=rows[-1][0] if more else None)


def snippet_parts(snippet: str) -> list[SnippetPart]:
    """A snippet from the database split into its plain and its matched text."""
    parts = []
    match = False
    for piece in re.split(f"([{MATCH_START}{MATCH_END}])", snippet):
        if piece == MATCH_START:
            match = True
        elif piece == MATCH_END:
            match = False
        elif piece:
            parts.append(SnippetPart(text=piece, match=match))
    return parts


def _snippet(snippet: str, body: str) -> list[SnippetPart]:
    if connection.vendor == "postgresql":
        snippet = snippet.translate(_MARKUP_BACK)
    parts = snippet_parts(snippet)
    if connection.vendor == "postgresql" and parts:
        # ts_headline cuts a long message without saying so (FTS5 puts its own "…").
        shown = "".join(part.text for part in parts)
        if not body.startswith(shown):
            parts.insert(0, SnippetPart(text="…", match=False))
        if not body.endswith(shown):
            parts.append(SnippetPart(text="…", match=False))
    return parts


def _member_rooms(user: User):
    return Membership.objects.filter(user=user).values("room_id")


def _sqlite_matches(
    *, user: User, words: list[str], before: int | None, limit: int
) -> list[tuple[int, str]]:
    # Each word as an FTS5 string ("..." with " doubled): never an operator, a prefix or a
    # column filter. Strings side by side must all match.
    match = " ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    members = _member_rooms(user)
    members_sql, members_params = members.query.sql_with_params()
    sql = (
        "SELECT m.id, snippet(rooms_message_search, 0, %s, %s, '…', %s) "
        "FROM rooms_message_search JOIN rooms_message m ON m.id = rooms_message_search.rowid "
        "WHERE rooms_message_search MATCH %s AND m.deleted_at IS NULL "
        f"AND m.room_id IN ({members_sql}) "
        # In the index's own rowid order (newest first), so that LIMIT stops the scan early.
        "AND rooms_message_search.rowid < %s "
        "ORDER BY rooms_message_search.rowid DESC LIMIT %s"
    )
    params = [MATCH_START, MATCH_END, SNIPPET_WORDS, match, *members_params]
    params += [before if before is not None else 2**62, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, snippet) for pk, snippet in cursor.fetchall()]


# PostgreSQL's parser takes what looks like an HTML tag or entity in a message for markup and
# leaves it out (of the index and of ts_headline's snippet): it is given the text with <, >
# and & swapped for private-use characters (not word characters either, so the words are the
# same), swapped back once the snippet is read. The index is on the same expression.
_MARKUP = "<>&"
_STAND_INS = "\ue002\ue003\ue004"
_MARKUP_BACK = str.maketrans(_STAND_INS, _MARKUP)


def searched_text() -> Func:
    """The body as PostgreSQL indexes and searches it (rooms/migrations/0008_message_search)."""
    return Func(
        F("body"), Value(_MARKUP), Value(_STAND_INS), function="translate", output_field=TextField()
    )


def _postgres_matches(
    *, user: User, words: list[str], before: int | None, limit: int
) -> list[tuple[int, str]]:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchVector

    config = "simple"  # as the index (rooms/migrations/0008_message_search.py)
    terms = SearchQuery(" ".join(words), config=config, search_type="plain")
    rows = (
        Message.objects.annotate(document=SearchVector(searched_text(), config=config))
        .filter(
            # The index's own condition, so the planner may use it.
            Q(deleted_at__isnull=True) & ~Q(kind=Message.Kind.SYSTEM),
            document=terms,
            room_id__in=_member_rooms(user),
        )
        .annotate(
            snippet=SearchHeadline(
                searched_text(),
                terms,
                config=config,
                start_sel=MATCH_START,
                stop_sel=MATCH_END,
                max_words=SNIPPET_WORDS,
                min_words=SNIPPET_WORDS // 2,
                short_word=0,
            )
        )
    )
    if before is not None:
        rows = rows.filter(id__lt=before)
    return list(rows.order_by("-id").values_list("id", "snippet")[:limit])
