"""Formatting (issue 11, part 1): the Markdown subset, rendered once when a message is written
and stored beside its source, sanitised whatever is written."""

from __future__ import annotations

import re
import time
import uuid

import pytest

from rooms import formatting, services
from rooms.formatting import body_html

LINK = 'target="_blank" rel="nofollow noopener"'


@pytest.mark.parametrize(
    ("body", "html"),
    [
        ("hello", "hello"),
        ("**bold** and __bold__", "<strong>bold</strong> and <strong>bold</strong>"),
        ("*italic* and _italic_", "<em>italic</em> and <em>italic</em>"),
        ("~~gone~~", "<s>gone</s>"),
        ("use `x < y`", "use <code>x &lt; y</code>"),
        (
            "```python\ndef f():\n\n    return '<b>'\n```",
            "<pre><code>def f():\n\n    return &#x27;&lt;b&gt;&#x27;\n</code></pre>",
        ),
        ("> wise words\n> indeed", "<blockquote>\n<p>wise words<br>\nindeed</p>\n</blockquote>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("3. three\n4. four", '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'),
        ("[Salon](https://example.org/x)", f'<a href="https://example.org/x" {LINK}>Salon</a>'),
        ("see www.example.com", f'see <a href="http://www.example.com" {LINK}>www.example.com</a>'),
        ("line one\nline two", "line one<br>\nline two"),
        ("para one\n\npara two", "<p>para one</p>\n<p>para two</p>"),
        # Words of code are not addresses; escapes keep a star a star.
        ("edit settings.py and notes.md", "edit settings.py and notes.md"),
        (r"2 \* 3", "2 * 3"),
        # Not in the subset: headings, tables, rules, indented code stay text.
        ("# title", "# title"),
        ("a | b\n--|--\n1 | 2", "a | b<br>\n--|--<br>\n1 | 2"),
    ],
)
def test_each_construct_renders_to_exact_html(body, html):
    assert body_html(body) == html


@pytest.mark.parametrize(
    ("body", "html"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
        ("[click](javascript:alert(1))", "[click](javascript:alert(1))"),
        ("[click](JaVaScRiPt:alert(1))", "[click](JaVaScRiPt:alert(1))"),
        (
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
        ),
        ("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"),
        # No images at all: the image syntax is a "!" and a link.
        (
            "![cat](https://example.org/cat.png)",
            f'!<a href="https://example.org/cat.png" {LINK}>cat</a>',
        ),
        (
            '[x](https://example.org "t" onclick=1)',
            f'[x](<a href="https://example.org" {LINK}>https://example.org</a> '
            "&quot;t&quot; onclick=1)",
        ),
        ('[x](https://example.org "title")', f'<a href="https://example.org" {LINK}>x</a>'),
        ("**<b>bold</b>**", "<strong>&lt;b&gt;bold&lt;/b&gt;</strong>"),
        ("<!-- hidden -->", "&lt;!-- hidden --&gt;"),
        ("&lt;b&gt; &amp; &#60;", "&amp;lt;b&amp;gt; &amp;amp; &amp;#60;"),
        (
            '`<span class="mention" data-username="x">`',
            "<code>&lt;span class=&quot;mention&quot; data-username=&quot;x&quot;&gt;</code>",
        ),
    ],
)
def test_hostile_input_renders_as_text(body, html):
    assert body_html(body) == html


def test_mentions_keep_their_span_and_only_named_accounts_show():
    assert body_html("**hi @Bob**, @nobody and `@bob`", ["bob"]) == (
        '<strong>hi <span class="mention" data-username="bob">@Bob</span></strong>, '
        "@nobody and <code>@bob</code>"
    )
    assert body_html("mail me@bob.org", ["bob"]) == (
        f'mail <a href="mailto:me@bob.org" {LINK}>me@bob.org</a>'
    )


def test_huge_nested_lists_and_quotes_are_cut_at_twenty_levels():
    # markdown-it's maxNesting (20 tokens deep: a list level takes two, <ul> and <li>).
    nested = "\n".join("  " * depth + "- item" for depth in range(60))
    assert body_html(nested) == "<ul>\n<li>item\n" * 9 + "<ul>\n<li></li>\n</ul>" + (
        "\n</li>\n</ul>" * 9
    )
    assert body_html(
        "> " * 1000 + "deep"
    ) == "<blockquote>\n" * 19 + "<blockquote></blockquote>" + ("\n</blockquote>" * 19)


@pytest.mark.parametrize(
    "body",
    [
        "- a\n" * 1000,
        "site.org " * 444,
        "*a **b " * 570,
        "[a](b" * 800,
        "`" * 4000,
        "> " * 2000,
        "@a " * 1333,
        "x" * 4000,
    ],
)
def test_four_thousand_characters_render_quickly_and_cleanly(body):
    body = body[:4000].strip()
    started = time.perf_counter()
    html = body_html(body, ["a"])
    assert time.perf_counter() - started < 1.0  # measured: under 80 ms for each of these
    assert not re.search(r"<(?!/?(p|br|strong|em|s|code|pre|blockquote|ul|ol|li|a|span)\b)", html)


@pytest.mark.parametrize(
    "body",
    [
        "hello there, how are you?",
        "two\nlines",
        "ampersands & stay",
        "quotes \" and ' stay",
        "tabs\tinside",
        "a non\xa0breaking space",
        "numbers 1. and 2) mid-line",
        "émoji 🎉 and ünïcode",
    ],
)
def test_plain_text_skips_the_parser_and_renders_as_the_parser_would(body):
    assert not formatting.has_markup(body)
    env = {"names": {}, "mentions_left": 0}
    parsed = formatting._MD.render(body, env)
    assert parsed.startswith("<p>") and parsed.endswith("</p>\n")
    assert body_html(body) == formatting.sanitised(parsed[3:-5])


def post(room, author, body):
    return services.message_post(room=room, author=author, body=body, client_id=uuid.uuid4())


def test_the_message_stores_its_html_when_written_edited_and_deleted(room, alice, bob):
    services.membership_join(room=room, user=bob)
    message = post(room, alice, "**hi** @bob").message
    message.refresh_from_db()
    assert (
        message.body_html
        == '<strong>hi</strong> <span class="mention" data-username="bob">@bob</span>'
    )

    services.message_edit(room=room, editor=alice, message_id=message.pk, body="*bye*")
    message.refresh_from_db()
    assert message.body_html == "<em>bye</em>"

    services.message_delete(room=room, actor=alice, message_id=message.pk)
    message.refresh_from_db()
    assert (message.body, message.body_html) == ("", "")


def test_the_page_shows_the_stored_html(client_for, room, alice):
    post(room, alice, "- **one**\n- two")
    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert (
        '<div class="message-body"><ul>\n<li><strong>one</strong></li>\n<li>two</li>\n</ul></div>'
        in html
    )
