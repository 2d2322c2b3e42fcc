"""Issue 14's checks on everyday messages of our own (tests/bots/sample_messages.json), sent to
every seeded persona in themed rooms with several seeds, as `python -m tests.bots.talk` prints
them: each kind of message answered in kind, and the faults people found when they read the
replies (opinions refused, field questions refused, names ignored, the same refusal again,
every hand-over to one persona, the house bot's menu for news, personas not answering each
other) stay fixed."""

from __future__ import annotations

import re

import pytest

from bots.asks import owned_of_lines
from bots.engine import HOUSE_DEFAULT, Voice, offline_reply
from bots.material import STOPWORDS, index_of, terms
from tests.bots.talk import SAMPLES, Line, conversation
from tests.bots.talk import voices as seeded_voices

CAST = seeded_voices()
VOICES = {v.slug: v for v in CAST}
PEOPLE = [v.slug for v in CAST if not v.is_house_bot]
NAMES = tuple(name for v in CAST for name in (v.slug, v.name))
ROOMS = [("Science books", 1), ("Cats and dogs", 2), ("Welcome room", 3)]


def tagged(slug: str, kind: str, name: str = "Maya") -> set[str]:
    lines = index_of(VOICES[slug].material).tagged.get(kind, ())
    return {line.format(name=name, speaker="", mention="", who="") for line in lines}


def takes(slug: str) -> set[str]:
    """The persona's views on everyday matters (`#take about (side): view`): the views."""
    return {t.split(":", 1)[1].strip() for t in tagged(slug, "take")}


def starts_with(reply: str, slug: str, kind: str, name: str = "Maya") -> bool:
    """Whether `reply` opens with one of the persona's lines of `kind` (placeholders aside). Its
    `#outsideof` lines (an everyday subject far from its field owned up to with a word of its
    own life) own up as its `#outside` lines do."""
    index = index_of(VOICES[slug].material)
    lines = index.tagged.get(kind, ())
    if kind == "outside":
        lines = (*lines, *owned_of_lines(index))
    if kind == "outsideof":
        lines = owned_of_lines(index)  # (its subject's key words aside)
    for line in lines:
        pattern = re.escape(line)
        for field in ("name", "speaker", "mention", "who"):
            pattern = pattern.replace(re.escape("{" + field + "}"), r"[@\w' ]+")
        if re.match(pattern, reply):
            return True
    return False


def owns_up(reply: str, slug: str, name: str = "Maya") -> bool:
    """Whether `reply` opens by owning up: one of the persona's `#outside` lines, or its
    `#outsideof` line on the everyday subject asked of."""
    return starts_with(reply, slug, "outside", name) or starts_with(reply, slug, "outsideof", name)


def say(slug: str, text: str, *, author: str = "maya", seed: int = 1, history=(), **kw) -> str:
    return offline_reply(
        VOICES[slug],
        message=text,
        seed=seed,
        ignore=NAMES,
        history=(*history, Line(author, text)),
        **kw,
    )


@pytest.fixture(scope="module")
def rooms() -> dict[tuple[str, int], dict[str, list[tuple[dict, str, str]]]]:
    """Every persona's replies to the whole sample conversation, for each themed room."""
    return {
        (theme, seed): {
            voice.slug: list(conversation(voice, CAST, theme=theme, seed=seed)) for voice in CAST
        }
        for theme, seed in ROOMS
    }


def replies_to(rooms, theme_seed, slug: str, text: str) -> list[str]:
    return [reply for entry, _said, reply in rooms[theme_seed][slug] if entry["text"] == text]


def content_runs(text: str) -> set[str]:
    words = re.findall(r"[a-z']+", text.lower())
    return {
        f"{a} {b}"
        for a, b in zip(words, words[1:], strict=False)
        if a not in STOPWORDS and b not in STOPWORDS
    }


@pytest.mark.parametrize(("theme", "seed"), ROOMS)
def test_done_when_counts_with_messages_of_our_own(rooms, theme, seed):
    room = rooms[(theme, seed)]

    def reply(slug: str, text: str) -> str:
        return replies_to(rooms, (theme, seed), slug, text)[0]

    greeted = sum(
        bool(re.search(r"Maya", reply(s, "Good morning all")))
        and (starts_with(reply(s, "Good morning all"), s, "hello"))
        for s in PEOPLE
    )
    field_answers = 0
    for slug in PEOPLE:
        question = SAMPLES["field"][slug][0]
        answer = reply(slug, "{field}")
        field = set(terms(" ".join(VOICES[slug].style["topics"])))
        field_answers += bool((set(terms(answer)) & field) - set(terms(question)))
    owned_up = sum(
        owns_up(reply(s, "Can you give me a recipe for a quick dinner?"), s) for s in PEOPLE
    )
    remark = "My dog keeps barking at night and I can't sleep."
    no_run = sum(not content_runs(remark) & content_runs(reply(s, remark)) for s in PEOPLE)
    thanked = sum(
        reply(s, "Thanks, that was really helpful!") in tagged(s, "thanks") for s in PEOPLE
    )
    assert greeted >= 5 and field_answers >= 5 and owned_up >= 4
    assert no_run == 6 and thanked >= 5
    for slug, said in room.items():
        replies = [r for _entry, _said, r in said]
        assert not [r for r in replies if theme.lower() in r.lower()], slug
        # No reply the persona gave lately in the room (what its history holds) comes again;
        # the house bot, with a few lines for each kind, never says the same twice running.
        lately = 1 if slug == "aibot" else 3
        for number, reply in enumerate(replies):
            assert reply not in replies[max(0, number - lately) : number], (slug, reply)


@pytest.mark.parametrize(("theme", "seed"), ROOMS)
def test_do_you_agree_that_asks_for_a_stance_not_the_users_agreement(rooms, theme, seed):
    for text in (
        "Do you agree that social media makes people lonelier?",
        "Do you agree that science should be free for everyone?",
        "Is it true that money can't buy happiness?",
        "Should we teach children to code at school?",
    ):
        for slug in PEOPLE:
            (reply,) = replies_to(rooms, (theme, seed), slug, text)
            assert not starts_with(reply, slug, "agree"), (slug, reply)
            # Its verdict: its own words for it, or in a word when its take leaves no room.
            assert (
                starts_with(reply, slug, "yes")
                or starts_with(reply, slug, "no")
                or re.match(r"(Yes|No|Ay|Nay), Maya\. ", reply)
            ), reply


@pytest.mark.parametrize(("theme", "seed"), ROOMS)
def test_everyday_opinions_get_a_view_in_character_never_a_refusal(rooms, theme, seed):
    opinions = [m["text"] for m in SAMPLES["messages"] if m["kind"] == "opinion"]
    assert len(opinions) >= 6
    for text in opinions:
        for slug in PEOPLE:
            (reply,) = replies_to(rooms, (theme, seed), slug, text)
            assert not starts_with(reply, slug, "outside"), (slug, text, reply)
            assert "@" not in reply, reply
            assert any(starts_with(reply, slug, k) for k in ("yes", "no", "opinion")) or any(
                reply.endswith(t) for t in takes(slug)
            ), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_field_question_is_answered_from_the_field(slug, seed):
    for question in SAMPLES["field"][slug]:
        answer = say(slug, f"@{slug} {question}", seed=seed)
        assert not starts_with(answer, slug, "outside"), (question, answer)
        # Or, asked what to read or see of its work, its recommendation (tests/bots/test_ask12.py);
        # or its own plain answer, a `#know` line ("Did humans come from monkeys?": "Not from any
        # monkey living now ...", tests/bots/test_hooks38.py).
        recommends = [r.partition(":")[2].strip() for r in tagged(slug, "recommend")]
        # Or a `#work` line on its own work ("Why did you write Hamlet?", test_know45b.py).
        known = [k.partition(":")[2].strip() for k in tagged(slug, "know") | tagged(slug, "work")]
        assert starts_with(answer, slug, "answer") or answer in recommends + known, (
            question,
            answer,
        )


def test_e_mc2_and_evolving_are_in_the_field():
    assert re.search(r"energy|mass", say("einstein", "Can you explain E=mc²?")), "E=mc²"
    assert re.search(r"energy|mass", say("einstein", "what does e = mc^2 mean?"))
    humans = say("darwin", "Are humans still evolving?")
    assert starts_with(humans, "darwin", "answer") and re.search(r"evol|species|man", humans)
    assert starts_with(say("curie", "Is radium dangerous?"), "curie", "answer")
    assert starts_with(say("shakespeare", "Can you write me a sonnet?"), "shakespeare", "answer")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi everyone, I'm Priya!", "Priya"),
        ("Hello! My name is Tomás and I just joined.", "Tomás"),
        ("Jonas here, first time in this room.", "Jonas"),
        ("hi all, I am Kwame", "Kwame"),
        ("Hi, I'm new here", "Maya"),  # no name given: the username
    ],
)
def test_a_newcomer_is_welcomed_by_the_name_they_give(text, name):
    for slug in [*PEOPLE, "aibot"]:
        reply = say(slug, text)
        assert name in reply, (slug, reply)
        assert name == "Maya" or "Maya" not in reply, (slug, reply)


def test_a_persona_owns_up_in_many_ways_and_never_repeats_a_recent_line(rooms):
    for slug in PEOPLE:
        assert len(tagged(slug, "outside")) >= 6
    for slug in PEOPLE:
        said = rooms[("Science books", 1)][slug]
        replies = [reply for _entry, _said, reply in said]
        for number, reply in enumerate(replies):
            sentences = set(re.split(r"(?<=[.!?])\s+", reply))
            for earlier in replies[max(0, number - 2) : number]:
                assert not sentences & set(re.split(r"(?<=[.!?])\s+", earlier)), (reply, earlier)


@pytest.mark.parametrize(
    ("slug", "question", "expert", "name"),
    [
        ("shakespeare", "How long is the half-life of radium?", "curie", "Marie Curie"),
        ("einstein", "Why do finches have different beaks?", "darwin", "Charles Darwin"),
        ("socrates", "How do I write a sonnet?", "shakespeare", "William Shakespeare"),
        # Not "How do I write an algorithm to sort numbers?": Lovelace, handed it, owned up
        # ("There my mathematics fails me"), so it goes to nobody (tests/bots/test_handoff19.py).
        ("darwin", "How do I write a computer program?", "lovelace", "Ada Lovelace"),
        ("curie", "Is it ever just to break the law?", "socrates", "Socrates"),
        ("lovelace", "Why does gravity bend light?", "einstein", "Albert Einstein"),
    ],
)
def test_a_hand_over_goes_to_the_persona_whose_field_it_is_by_name(slug, question, expert, name):
    others = tuple(v for v in CAST if v.slug != slug)
    reply = say(slug, question, others=others)
    assert starts_with(reply, slug, "outside"), reply
    assert re.findall(r"@\w+", reply) == [f"@{expert}"], reply
    assert not re.search(r"\b(their|they|them)\b", reply.split(f"@{expert}")[-1]), reply


def test_nobody_is_handed_what_nobody_knows():
    others = tuple(v for v in CAST if v.slug != "einstein")
    for question in ("Can you recommend a good hotel in Rome?", "How do I fix a flat bike tyre?"):
        assert "@" not in say("einstein", question, others=others)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I just got a new job at a bakery!", "congratulations"),
        ("My grandmother passed away yesterday.", "sorry"),
        ("Did you hear? They found water on Mars.", "can't check news"),
        (
            "I've been thinking about moving to Lisbon next year: the weather is better and the "
            "rent is lower, but all my friends are here and the event would be hard.",
            "personas",
        ),
        ("Why is the sky blue?", "don't know"),
        ("Do you think cats are better than dogs?", "personas"),
        ("How do I make a room private?", "Private"),
        ("Can I delete my own message?", "Delete"),
        ("Hello there", "Maya!"),
    ],
)
def test_the_house_bot_reacts_sensibly_and_says_what_it_does_not_know(text, expected):
    for seed in range(3):
        reply = say("aibot", text, seed=seed)
        assert expected.lower() in reply.lower(), reply
        assert reply not in HOUSE_DEFAULT and "only answer questions" not in reply
        assert len(reply) <= VOICES["aibot"].max_reply_chars


EINSTEIN_SAYS = (
    "Imagination is more important than knowledge, for knowledge is limited and imagination "
    "embraces the whole world."
)


@pytest.mark.parametrize("seed", range(6))
def test_a_persona_answering_a_persona_takes_up_what_it_said_by_name(seed):
    objection = "But is knowledge not what makes imagination worth anything?"
    history = (
        Line("maya", "@einstein what matters more?"),
        Line("Albert Einstein", EINSTEIN_SAYS, True),
    )
    reply = say("einstein", objection, author="Socrates", seed=seed, history=history)
    assert "Socrates" in reply and EINSTEIN_SAYS not in reply, reply
    time_line = "Time is not absolute: a clock that moves relative to you ticks more slowly."
    for slug in ("darwin", "shakespeare", "curie", "lovelace", "socrates"):
        reply = say(slug, time_line, author="Albert Einstein", seed=seed)
        assert "Albert" in reply, (slug, reply)
        # Any line of its own that it adds is on the subject: two words of what Einstein said.
        for sentence in re.split(r"(?<=[.!?])\s+", reply):
            if sentence in {line.text for line in index_of(VOICES[slug].material).lines}:
                assert len(set(terms(sentence)) & set(terms(time_line))) >= 2, (slug, reply)


def test_a_new_persona_without_the_new_tags_still_answers_opinions():
    bare = Voice(slug="ada2", name="Ada Two", material=("Numbers are patterns of thought.",))
    reply = offline_reply(bare, message="Do you agree that cats are better?", seed=1)
    assert reply in {"I would say yes, friend.", "I doubt it, friend."}


@pytest.mark.parametrize("slug", PEOPLE)
def test_bad_news_gets_sympathy_and_no_anecdote(slug):
    for seed in range(4):
        reply = say(slug, "My grandmother passed away yesterday.", seed=seed)
        assert reply in tagged(slug, "condolence"), reply  # a death: its gravest words
        # Rain is small talk or a small annoyance: a light word, never condolences.
        reply = say(slug, "It's raining again here.", seed=seed)
        assert reply in tagged(slug, "wry") | tagged(slug, "chat"), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_choice_someone_is_weighing_gets_advice_in_character(slug):
    text = "I've been thinking about moving to Lisbon, but all my friends are here."
    reply = say(slug, text)
    # (opener47: an opinion opener, or none where the one drawn said "You ask what I think" and
    # nobody had asked)
    claims = ("You ask", "Since you ask", "You would have my mind", "My opinion, Maya?")
    assert not reply.startswith(claims), reply
    own = tagged(slug, "view") | {line.text for line in index_of(VOICES[slug].material).lines}
    own |= takes(slug)
    assert any(reply.endswith(line) for line in own), reply
