"""Reading what kind of message it is (issue 14, round twelve), on messages not in
tests/bots/dev12_read.json, for every seeded persona: good news told beside a word from the world
of illness or trouble (a hospice, a ward, an ambulance, "no more ...") is met with gladness, never
sorrow; bad news befalling someone close still gets sympathy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.valence import mood
from tests.bots.test_everyday_messages import PEOPLE, VOICES, owns_up, say, starts_with, tagged

HERE = Path(__file__).parent
DEV12 = json.loads((HERE / "dev12_read.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
# Words of sorrow or worry: none of them belongs in a reply to good news.
SORROW = re.compile(
    r"\b(sorry|worry|worrying|worried|alas|oh dear|heavy|hard news|blow|grief|griev\w*|"
    r"doctors are|physicians|gentle with yourself|tiresome|vexing|mishap|trying)\b",
    re.IGNORECASE,
)


def answer(slug: str, text: str, seed: int = 1) -> str:
    return say(slug, text, author="rosa_k", seed=seed)


def test_the_dev12_set_is_fresh_and_these_tests_use_none_of_it():
    texts = [m["text"] for m in DEV12["messages"]]
    assert len(texts) >= 60 and len(set(texts)) == len(texts)
    mine = (HERE / "test_read12.py").read_text(encoding="utf-8")
    assert not [t for t in texts if t in mine]


GOOD_NEWS = [
    "our street collected 600 quid for the air ambulance, most we've ever done!!",
    "the hospital radio quiz night raised loads, everyone was buzzing",
    "we finally got the grant for a new scanner at the clinic!!!",
    "no more commuting in the rain, they've let me work from home for good",
    "sponsored walk for the cancer ward smashed its target today",
    "the funeral directors' christmas raffle, i won a bottle of port lol",
]
GOOD_NEWS += [
    "our ward just got rated outstanding!!",
]
RELIEF = [
    "the hospital let us bring the puppy in to see nan, she was beaming",
    "my son is finally over the flu, back to school tomorrow",
    "the ambulance crew from last month came back to visit grandad, so lovely",
    "the vet says our rabbit has fully recovered!!",
    "dad's home from the ward and already bossing everyone about",
    "my sister's scan came back all clear!!",
]
OWN_RECOVERY = [
    "test results all normal, phew",
    "cast came off today, ankle has healed",
    "off the crutches at last!!",
    "no more chemo!! rang the bell this morning",
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        *((text, "congrats") for text in GOOD_NEWS),
        *((text, "glad") for text in RELIEF),
        *((text, "congrats") for text in OWN_RECOVERY),
    ],
)
def test_good_news_told_of_a_sick_place_or_a_recovery_is_met_gladly_never_pitied(slug, text, kind):
    """Money raised for a hospice or a ward healed is congratulated; someone dear well again is
    shared gladness; one's own recovery sends no wishes to a "them"."""
    assert mood(text) == "good", text
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, kind, "Rosa"), reply
        assert not SORROW.search(reply), reply
        if text in OWN_RECOVERY:
            assert not re.search(r"\b(give them|they are|may they)\b", reply, re.I), reply


@pytest.mark.parametrize(
    "text",
    [
        "my grandad's been rushed to hospital",
        "dad's been taken into hospital, they're doing tests",
        "my sister was admitted last night with chest pains",
        "our dog had to go to the vets, she's not eating",
        "mum's waiting on more tests after her scan",
        "got laid off this morning",
        "can't take it no more, third night shift this week",
        "there's no more milk and the shop's shut",
        "just made a massive pot of soup",
    ],
)
def test_bad_news_sighs_and_plain_remarks_are_not_good_news(text):
    assert mood(text) != "good", text


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_hospital_someone_is_in_is_still_a_worry(slug):
    reply = answer(slug, "my grandad's been rushed to hospital")
    assert starts_with(reply, slug, "concern", "Rosa"), reply


ROOM_SMALL_TALK = [
    "anyone watching anything good these days?",
    "good weekend everyone?",
    "whats the plan for tonight then folks",
    "what's everyone up to this arvo?",
    "hows everybody's week going",
    "any weekend plans folks?",
    "anyone doing anything fun this evening",
    "what is everyone eating tonight",
]
PRESENCE = ["anybody about?", "is anyone here", "hi hi, anyone online?"]
# A life looked back on, and the words a reply from that life says it in.
LIFE = {
    "have you ever doubted your own work?": r"doubt",
    "any regrets looking back?": r"regret",
    "what's the toughest thing you've been through": r"hardest",
    "who were your heroes growing up?": r"admired|looked up|hero",
    "whats a typical day like for you": r"every day",
    "what kept you going when things got rough?": r"kept (on|going)",
    "do you ever feel responsible for what others did with your discoveries?": r"responsible",
    "what advice would you give your younger self?": r"young",
    "what are you most proud of?": r"proud",
    "does anything ever bore you": r"bored",
    "is anything really obvious to you?": r"obvious",
    "what was it like working with your friends back then?": r"work(ed|ing) with",
    "did you ever think about quitting?": r"kept (on|going)",
    "what was the happiest day of your life": r"happiest",
    "do you ever feel like an impostor?": r"doubt",
    "what were you like as a kid?": r"grew up|as a (boy|girl)|childhood",
    "what would you change if you could start over?": r"regret",
}


def owned_up(reply: str, slug: str) -> bool:
    return owns_up(reply, slug, "Rosa") or any(
        starts_with(reply, slug, kind, "Rosa") for kind in ("self", "inexact")
    )


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", ROOM_SMALL_TALK)
def test_small_talk_put_to_the_room_gets_the_personas_own_day_never_owning_up(slug, text):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, "day", "Rosa") or starts_with(
            reply, slug, "life", "Rosa"
        ), reply
        assert not owned_up(reply, slug), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", PRESENCE)
def test_asking_whether_anyone_is_about_is_greeted(slug, text):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, "hello", "Rosa"), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(("text", "said"), LIFE.items())
def test_a_question_on_the_personas_life_is_answered_from_its_life(slug, text, said):
    """Doubt, regret, fear, pride, heroes, a working day: answered with a line of its own life
    on just that, never "on that I am ignorant" nor "I never asked myself"."""
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, "life", "Rosa"), reply
        assert re.search(said, reply, re.I), reply
        assert not owned_up(reply, slug), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text", ["whats a good recipe for shepherds pie?", "can you help me with my tax return"]
)
def test_practical_expertise_in_a_far_field_is_still_owned_up_to(slug, text):
    assert owns_up(answer(slug, text), slug, "Rosa")


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("hiya im yusuf, just joined, how does this work?", "Yusuf"),
        ("hey, wen here, new to all this lol, do i just start typing?", "Wen"),
        ("hello! im margit, first time on here. what do people talk about?", "Margit"),
        ("hi all! i'm fenna, just found this site, whats the vibe?", "Fenna"),
        ("hey, olu here. new. not sure how this works", "Olu"),
    ],
)
def test_a_newcomer_asking_how_it_works_is_welcomed_by_name_and_told_to_just_talk(
    slug, text, given
):
    starts = tagged(slug, "start")
    welcomes = {re.split(r"(?<=[.!?])\s", line)[0] for line in tagged(slug, "welcome", given)}
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert any(reply.startswith(welcome) for welcome in welcomes), reply
        assert given in reply and "Rosa" not in reply, reply
        assert any(reply.endswith(line) for line in starts), reply
        assert not owned_up(reply, slug), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_lower_case_name_given_by_a_newcomer_is_the_one_welcomed(slug):
    reply = answer(slug, "hi all, marta here, never done this before")
    assert starts_with(reply, slug, "welcome", "Marta") and "Rosa" not in reply, reply


# An ordeal just ahead is wished luck; a household told as a war or a kingdom is laughed with:
# never "how did that come about?", never "how tiresome".
FITTING = [
    ("big exam this afternoon, wish me luck x", "luck"),
    ("audition tomorrow and im so nervous", "luck"),
    ("fingers crossed for my interview later", "luck"),
    ("my first match for the club on saturday, eek", "luck"),
    ("did my first 10k race this morning, legs are gone", "congrats"),  # done: no luck wished
    ("the cat has annexed my side of the bed", "laugh"),
    ("me and the washing machine are no longer on speaking terms", "laugh"),
    ("the geese in the park have declared war on joggers", "laugh"),
    ("the baby has decided bedtime is the enemy and we're losing", "laugh"),
    ("the cat took my chair again, im just a lodger here now", "laugh"),
    ("day 4 of no sugar and the chocolate is winning", "laugh"),
    ("moving flat on saturday, wish us luck", "luck"),
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(("text", "kind"), FITTING)
def test_good_luck_for_an_ordeal_ahead_not_one_done_and_a_laugh_for_a_mock_war(slug, text, kind):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, kind, "Rosa"), reply
        assert not SORROW.search(reply) and not starts_with(reply, slug, "more", "Rosa"), reply
        if kind == "luck":
            assert re.search(r"\bluck\b|glück|chance|fortune|gods go", reply, re.I), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "called", "whose"),
    [
        ("darwin, did you ever regret publishing?", "Darwin", "darwin"),
        ("ada would you have loved email or hated it", "Ada", "lovelace"),
        ("socrates what was it like in the agora", "Socrates", "socrates"),
        ("einstein, are you still cross about quantum mechanics?", "Einstein", "einstein"),
    ],
)
def test_a_question_called_to_another_persona_is_left_to_that_one(slug, text, called, whose):
    """Put by name to another persona, a question is left to it, by the name it was called;
    never answered as if it were about the persona replying."""
    others = tuple(v for v in VOICES.values() if v.slug != slug)
    reply = say(slug, f"@{slug} {text}", author="rosa_k", others=others)
    if slug == whose:
        assert not starts_with(reply, slug, "aside", "Rosa"), reply
    else:
        assert starts_with(reply, slug, "aside", "Rosa") and called in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_rebuke_of_another_persona_is_no_question_left_to_it(slug):
    """ "einstein u cant be serious, ..." said to another persona asks its side, not Einstein's
    answer."""
    others = tuple(v for v in VOICES.values() if v.slug != slug)
    text = f"@{slug} darwin u cant be serious, worms are boring"
    reply = say(slug, text, author="rosa_k", others=others)
    assert not starts_with(reply, slug, "aside", "Rosa"), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "deeds"),
    [
        ("would you have loved trains or hated them?", ("loved trains", "hated them")),
        ("would you enjoy a cruise or hate it", ("enjoy a cruise", "hate it")),
    ],
)
def test_a_choice_between_two_deeds_is_picked_as_a_deed(slug, text, deeds):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert re.search(rf"\bI would (have )?({'|'.join(deeds)})\b", reply), reply
        assert "I would say" not in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text", ["afternoon everyone, how are we all doing?", "evening all, what's everybody up to"]
)
def test_a_greeting_that_asks_after_the_room_is_greeted_and_told_the_personas_day(slug, text):
    days = tagged(slug, "day", "Rosa")
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        # a greeting first, then its day
        assert reply not in days and any(reply.endswith(f" {day}") for day in days), reply
