"""Small talk, newcomers and news (issue 14, round eleven), on the fresh messages of
tests/bots/dev11_chat.json, for every seeded persona across seeds: asked about a time (the
weekend, tomorrow), a persona answers about that time, with its plans or, asked how it went, how
it went; a newcomer who gives their name in lower case ("hi im priya, first time here") is
welcomed by it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import introduced_as, read
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, tagged

HERE = Path(__file__).parent
DEV11 = json.loads((HERE / "dev11_chat.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def answer(slug: str, text: str, seed: int = 1) -> str:
    return say(slug, text, author="noor_7", seed=seed)


def said_across_seeds(slug: str, text: str, kind: str, about: str) -> None:
    """Whatever the seed, `text` is answered with one of the persona's `kind` lines that says
    `about` (a pattern)."""
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, kind, "Noor"), reply
        assert re.search(about, reply, re.I), reply


def test_the_dev11_set_is_fresh():
    texts = [m["text"] for m in DEV11["messages"]]
    assert len(texts) >= 80 and len(set(texts)) == len(texts)
    for other in HERE.glob("*.json"):
        if other.name == "dev11_chat.json":
            continue
        known = other.read_text(encoding="utf-8")
        assert not [t for t in texts if f'"{t}"' in known], other.name


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text", ["any plans for the weekend?", "wat u doing this weekend", "big plans for saturday?"]
)
def test_weekend_plans_asked_are_told_as_plans_for_the_weekend(slug, text):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, "day", "Noor"), reply
        opening = re.split(r"[:;,?]", reply)[0]
        assert re.search(r"\b(weekend|saturday|sunday)\b", opening, re.I), reply
        assert not re.search(r"\b(spent|was|went)\b", reply), reply  # no weekend gone by


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_weekend_gone_by_is_told_as_gone_by(slug):
    for seed in SEEDS:
        reply = answer(slug, "how was ur weekend", seed)
        assert re.search(r"\bweekend\b", reply, re.I) and re.search(r"\b(spent|was)\b", reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_tomorrow_asked_is_answered_with_tomorrow(slug):
    for seed in SEEDS:
        reply = answer(slug, "what r u up to tomorrow", seed)
        assert reply.lower().startswith("tomorrow"), reply


@pytest.mark.parametrize(
    "text",
    [
        "doing anything fun tonight?",
        "whats on for tonight then",
        "up to much this evening?",
        "what did u do today",
        "hows ur sunday going",
        "you doing anything nice this weekend",
    ],
)
def test_the_day_asked_in_other_words_is_read_as_the_day(text):
    from bots.engine import plain

    assert read(plain(text), voice=VOICES["darwin"]).kind == "day"


@pytest.mark.parametrize("slug", PEOPLE)
def test_tonight_asked_is_answered_with_the_evening(slug):
    said_across_seeds(slug, "doing anything fun tonight?", "day", r"\b(tonight|evening)\b")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi im priya, first time here", "Priya"),
        ("hey all, im tomas and im new", "Tomas"),
        ("hello! my names lena, just joined", "Lena"),
        ("im jonas. new here, be nice lol", "Jonas"),
        ("hiya, aisha here, first time posting", "Aisha"),
        ("hey, first time in this room. im kemi", "Kemi"),
        ("just joined! call me sam", "Sam"),
        ("hello, im new here and a bit nervous", ""),
        ("im nervous, first time here", ""),
        ("hey im kinda new here", ""),
        ("im from leeds, just joined", ""),
        ("first time here! im so excited", ""),
        ("im tomas and im starving", ""),  # no newcomer: no name read in lower case
    ],
)
def test_a_name_given_in_lower_case_by_a_newcomer_is_read(text, name):
    assert introduced_as(text) == name


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_newcomer_in_lower_case_is_welcomed_by_name(slug):
    for seed in SEEDS:
        reply = answer(slug, "hi im priya, first time here", seed)
        assert "Priya" in reply and "Noor" not in reply, reply
        assert reply.split("Priya")[0] or reply.startswith("Priya")
        assert any(reply.startswith(line.split("{name}")[0]) for line in _raw(slug, "welcome")), (
            reply
        )


@pytest.mark.parametrize("slug", PEOPLE)
def test_signing_up_is_no_news_to_congratulate(slug):
    reply = answer(slug, "yo im dev, just signed up")
    assert "Dev" in reply
    assert not any(line in reply for line in tagged(slug, "congrats", "Dev")), reply


def _raw(slug: str, kind: str) -> tuple[str, ...]:
    from bots.material import index_of

    return index_of(VOICES[slug].material).tagged.get(kind, ())


# Jokes against oneself by exaggeration: laughed along with, never sympathy.
SO_BAD = [
    "my cooking is so bad the fire brigade knows me by name",
    "im so bad at maths my calculator sighs at me",
    "my sense of direction is so bad i got lost in my own street",
    "my singing is so bad the neighbours dog howls along in protest",
    "my handwriting is so bad even i cant read my shopping list",
    "my plants see me coming and just give up",
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", SO_BAD)
def test_a_joke_against_oneself_is_laughed_along_with(slug, text):
    reply = answer(slug, text)
    assert reply in tagged(slug, "laugh", "Noor"), reply
    assert reply.startswith("Ha") or "laugh" in reply or "smile" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "my back is so bad i cant sleep",
        "the traffic is so bad i missed my train",
        "my anxiety is so bad i cant leave the house",
        "my dog sees me coming and wags",
    ],
)
def test_a_pain_or_a_plain_remark_is_no_joke(text):
    from bots.engine import plain

    assert read(plain(text), voice=VOICES["curie"]).kind != "joke"


# Good news met with words on what happened: (message, words one of the reply's must have).
GOOD_NEWS = [
    ("i got the job!!!", r"\bpost\b|appointed"),
    ("got a promotion at work today", r"\bpost\b|appointed"),
    ("passed my driving test today", r"exam|studi|student|came first"),
    ("got accepted into uni!!", r"exam|studi|student|came first"),
    ("we're engaged!! he asked last night", r"marr|wedding|engage"),
    ("just got the keys to our first flat", r"house|roof|keys"),
    ("finished my first marathon, legs are dead but im so happy", r"legs|miles|\bran\b|run"),
    ("my book got published!!", r"\bbook\b|print"),
    ("we adopted a puppy today", r"\bdogs?\b|\bcats?\b|horses"),
    ("six months sober today", r"strength"),
]


@pytest.mark.parametrize("slug", PEOPLE)
def test_news_of_another_kind_gets_no_line_on_a_job_or_a_wedding(slug):
    for seed in SEEDS:
        reply = answer(slug, "won the pub quiz last night lol", seed)
        assert reply in tagged(slug, "congrats", "Noor"), reply  # news with a laugh: congratulated
        assert not re.search(r"\b(post|marr\w+|wedding|house|legs|book|dog|cat)\b", reply), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_someone_dear_well_again_or_born_is_joy_shared(slug):
    for seed in SEEDS:
        mended = answer(slug, "my dad is cancer free!!", seed)
        assert mended in tagged(slug, "glad", "Noor") and "well again" in mended, mended
        born = answer(slug, "my sister had a baby girl this morning", seed)
        assert born in tagged(slug, "glad", "Noor") and "new arrival" in born.lower(), born


# Big bad news: the words for that loss, never a question or a light word.
LOSSES = [
    ("me and my gf broke up after 5 years", r"\bpart(ing|ed)\b"),
    ("my wife left me", r"\bpart(ing|ed)\b"),
    ("my husband and i are getting divorced", r"\bpart(ing|ed)\b"),
    ("got laid off today. whole team gone", r"\bwork\b"),
    ("lost my job today, no idea what to do", r"\bwork\b"),
    ("they made me redundant today", r"\bwork\b"),
    ("we had to put our dog down this morning", r"\b(dog|cat|animal|companion)\b"),
    ("my cat died today, she was 18", r"\b(dog|cat|animal|companion)\b"),
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "kind", "about"),
    [(text, "congrats", about) for text, about in GOOD_NEWS]
    + [(text, "condolence", about) for text, about in LOSSES],
)
def test_news_is_met_with_words_on_what_happened(slug, text, kind, about):
    """A job gets a word on a post, a parting on a parting, a dog put down on an animal friend;
    never a question about it."""
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, kind, "Noor"), reply
        assert re.search(about, reply, re.I) and "?" not in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_death_in_the_family_gets_no_words_for_a_pet_a_job_or_a_parting(slug):
    for seed in SEEDS:
        reply = answer(slug, "my grandad passed away last night", seed)
        assert reply in tagged(slug, "condolence", "Noor"), reply
        assert not re.search(r"\b(part(ing|ed)|work|dog|cat|animal)\b", reply, re.I), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_diagnosis_of_ones_own_is_met_with_concern(slug):
    reply = answer(slug, "just found out i have diabetes")
    assert reply in tagged(slug, "concern", "Noor"), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", ["need coffee asap", "i need a nap so bad"])
def test_a_craving_for_rest_gets_a_word_to_rest(slug, text):
    reply = answer(slug, text)
    assert reply in tagged(slug, "wry", "Noor"), reply
    assert re.search(r"\b(sit|sat|rest|tired|weary|feet up|long day)\b", reply, re.I), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_birthday_is_wished_a_happy_one(slug):
    said_across_seeds(slug, "its my birthday today!", "congrats", r"birthday|happy returns|anniv")


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_good_book_read_is_no_book_of_ones_own(slug):
    reply = answer(slug, "just finished a really good book")
    assert not re.search(r"\b(print|printed|printing|published)\b", reply), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i tried to bake bread and made a doorstop", "laugh"),
        ("my cat has more followers than me and she cant even spell", "laugh"),
        ("my dog has a better social life than me", "laugh"),
        ("my diet starts monday. which monday, nobody knows", "laugh"),
        ("just had the best nap", "glad"),
        ("had pizza for breakfast no regrets", "glad"),
        ("listening to rain on the window, so cosy", "glad"),
        ("just got back from a walk", "glad"),
        ("i have the memory of a goldfish, what was i saying", "laugh"),
        ("went for a run. well, a brisk walk. ok i sat on a bench", "laugh"),
        ("just ate way too much cake", "laugh"),
        ("going to a concert tonight!!", "glad"),
        ("watching the football tonight", "glad"),
        ("just booked a holiday to greece", "glad"),
        ("spent all day cleaning the house", "wry"),
        ("my cat just knocked my tea over", "wry"),
        ("ugh hate mondays", "wry"),
        ("lovely sunset tonight", "chat"),
        ("the moon is so bright tonight", "chat"),
        ("just saw a fox in the garden", "chat"),
        ("listening to some mozart", "glad"),
        ("baking cookies with my niece", "glad"),
        ("started learning french", "glad"),
        ("first day of spring!", "glad"),
        ("the power just went out", "wry"),
        ("on the train home", "chat"),
        ("whatcha up to", "day"),
        ("anything exciting happen today", "day"),
    ],
)
def test_small_talk_is_met_in_kind(slug, text, kind):
    """A joke against oneself (a loaf made a doorstop, outdone by the cat) is laughed with; a
    small pleasure (the best nap), a pastime or an evening out is shared joy, never asked about;
    a chore or a spill gets a wry word; a sunset or a fox seen a word on the sight; a commute a
    light word (never a line of physics for "on the train home", nor one on Hitler's power for
    "the power just went out"); "whatcha up to" the persona's day."""
    reply = answer(slug, text)
    assert reply in tagged(slug, kind, "Noor"), reply


@pytest.mark.parametrize(
    "text", ["my gym starts monday at 6am, wish me luck", "my new job starts monday"]
)
def test_a_plan_that_starts_monday_is_no_joke(text):
    from bots.engine import plain, wry

    assert not wry(plain(text))


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", ["finally friday", "mondays am i right"])
def test_the_week_going_by_gets_a_word_on_the_week(slug, text):
    reply = answer(slug, text)
    assert reply in tagged(slug, "chat", "Noor"), reply
    assert re.search(r"\bweek", reply), reply  # not "Such idle hours ..." for a Friday
