"""Replies blind raters scored 1 (misreads) and 2 (own-field dodges) in the rooms of session 29,
fixed as a class: a greeting never swallows the question it comes with ("the swans hissed at
us again. are they dangerous"); a case supposed ("if we won 2 million ...") is no news to
congratulate; two people at odds ("me and gaz disagree") put a question to settle, not a side
to take against; a recipe asked for is a question, not a mishap; a rate asked alone ("per night
per person please") or an if-case with a figure asks the sum again, never a line met on
"night" or "raffle"; a question of the persona's own field is never owned up to as foreign,
and the everyday questions of its field it had nothing on are answered (#know lines)."""

from __future__ import annotations

import pytest

from bots.engine import RATE_ALONE_ASKED, RETURNING, ChatLine, query_beyond, read
from bots.material import terms
from bots.valence import is_news, told
from tests.bots.test_everyday_messages import VOICES, say

OUTSIDE_FIELD = ("outside my field", "far from my studies", "wiser people", "no help")


def reading(slug: str, text: str, **kw):
    return read(text, voice=VOICES[slug], addressed=True, query=terms(text), **kw)


# A greeting with a question in it --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "serious q, the swans by the bridge hissed at us again. are they actually dangerous or "
        "just dramatic",
        "the geese chased us again today. why are they so angry",
        "my cat brought us a mouse again. do they do it as a gift",
    ],
)
def test_us_again_inside_a_question_is_no_return(text):
    assert not RETURNING.search(text)
    assert "Welcome back" not in say("darwin", f"@darwin {text}", author="jess")


@pytest.mark.parametrize(
    "text",
    ["me again lol", "it's me again!", "hello again everyone", "im back!! missed this place"],
)
def test_a_return_is_still_welcomed_back(text):
    assert RETURNING.search(text)
    assert reading("darwin", text).stance == "back"


@pytest.mark.parametrize(
    ("text", "beyond"),
    [
        ("back again. are swans actually dangerous", True),
        ("back again! is light a wave or a particle", True),
        ("im back!! missed this place", False),
        ("me again lol", False),
    ],
)
def test_a_question_beyond_a_return_is_asked_with_or_without_a_question_mark(text, beyond):
    assert query_beyond(text, RETURNING) is beyond


def test_the_swan_question_is_answered():
    reply = say(
        "darwin",
        "@darwin serious q, the swans by the bridge hissed at us again. are they actually "
        "dangerous or just dramatic",
        author="jess",
    )
    assert "cygnets" in reply, reply


# A case supposed is no news ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if we won 2 million and split it 8 ways and i put mine in savings at 4.5%, what would i "
        "get a year. asking for me",
        "say we won the lottery tomorrow, what would you buy first",
        "imagine we won the jackpot. would you still work?",
        "what if we won the raffle, would we have to pay tax on it",
    ],
)
def test_a_win_supposed_is_no_news(text):
    assert not is_news(text)
    reply = say("einstein", f"@einstein {text}", author="mo")
    assert not any(w in reply for w in ("Congratulations", "splendid", "glad for you")), reply


@pytest.mark.parametrize(
    "text", ["we won the pub quiz last night!!", "we won! what should we spend it on"]
)
def test_a_win_told_is_still_news(text):
    assert is_news(text)
    assert "splendid" in say("einstein", f"@einstein {text}", author="mo")


def test_told_leaves_out_the_supposed_clause_only():
    assert told("if we won 2 million, what would i get a year. asking for me") == "asking for me"
    assert told("we won the quiz, if you can believe it. what now?") == "we won the quiz,"


# Two people at odds put a question to settle -----------------------------------------------

SYNDICATE = (ChatLine("gaz", "right syndicate money due friday, £2 a week each, 8 of us"),)


@pytest.mark.parametrize(
    "text",
    [
        "if one of us forgets to pay one week and thats the week we win, do they get a share or "
        "not. me and gaz disagree",
        "gaz and i disagree: should the one who forgot to pay still get a share?",
        "we can't agree, if someone forgot to pay do they still get their share?",
    ],
)
def test_two_at_odds_take_no_side_and_are_answered(text):
    assert reading("socrates", text, speakers=("gaz", "shaz"), last="gaz").kind != "disagree"
    reply = say("socrates", f"@socrates {text}", author="shaz", history=SYNDICATE)
    assert "Gaz" not in reply and "work you love" not in reply, reply
    assert "what a share is for" in reply, reply


@pytest.mark.parametrize(
    "text", ["gaz is wrong, a rule is a rule", "i disagree with gaz, no pay no share"]
)
def test_a_side_against_one_is_still_a_side(text):
    assert reading("socrates", text, speakers=("gaz", "shaz"), last="gaz").kind == "disagree"


@pytest.mark.parametrize("slug", ["socrates", "einstein", "darwin"])
def test_work_you_love_is_not_met_on_pay_alone(slug):
    reply = say(slug, f"@{slug} do you have to pay to get into the museum", author="shaz")
    assert "work you love" not in reply.lower(), reply


# A recipe asked for is no mishap ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "got any good recipes for a low cal lasagne",
        "you got any ideas for a cheap birthday present",
        "have you got a good recipe for lasagne",
    ],
)
def test_something_asked_for_is_a_question(text):
    assert reading("darwin", text).kind in ("question", "request")
    reply = say("darwin", f"@darwin {text}", author="steve")
    assert "vexing" not in reply and "mishap" not in reply, reply


def test_a_recipe_got_is_still_told():
    assert reading("darwin", "i got a good recipe for lasagne from my nan").kind == "remark"


# A rate or a case asked of the sums just put ----------------------------------------------

CRUISE = (
    ChatLine(
        "maureen",
        "@lovelace the cabin is £2,380 per couple for 7 nights. if we pay the £400 deposit and "
        "the rest over 5 months, what's each monthly payment",
    ),
    ChatLine("Ada Lovelace", "Consider it this way, Maureen. Agree the rule first.", own=True),
    ChatLine("ray", "and what's that per night, i want to feel bad about it properly"),
)


@pytest.mark.parametrize(
    "text", ["per night per person please", "and each?", "per head then", "ok per person pls"]
)
def test_a_rate_asked_alone_asks_the_sum_again(text):
    assert RATE_ALONE_ASKED.match(text)
    reply = say("lovelace", f"@lovelace {text}", author="ray", history=CRUISE)
    assert "the whole sum again" in reply, reply
    assert "evening" not in reply, reply


@pytest.mark.parametrize("text", ["per night is plenty", "each to their own", "per se no"])
def test_a_rate_said_in_passing_is_not_asked(text):
    assert not RATE_ALONE_ASKED.match(text)


SPONSORS = (
    ChatLine("bev", "sponsors so far £15, £20, £10, £50 from steve's boss and £5 x 6 from my work"),
    ChatLine("bev", "@lovelace what's the total and if we need £250 how much more do we need"),
    ChatLine(
        "Ada Lovelace",
        "I have your figures, Bev, but not yet which is divided by which; set the sum out.",
        own=True,
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "and if the church raffle puts in £40?",
        "ok and if the bake sale adds £25?",
        "and if the quiz night raises £60?",
    ],
)
def test_an_if_case_with_a_figure_is_no_line_on_its_words(text):
    reply = say("lovelace", f"@lovelace {text}", author="linda", history=SPONSORS)
    assert not any(w in reply.lower() for w in ("raffle", "tickets", "baking", "quiz")), reply
    assert "£" in reply or "sum again" in reply, reply


# Its own field is never foreign -----------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "does it matter physically if i carry the shopping in one hand or two"),
        ("darwin", "are swans actually dangerous or just dramatic"),
        ("darwin", "is it a caveman thing that we hate the dark"),
        ("curie", "what happens chemically when you caramelise onions"),
    ],
)
def test_a_question_of_its_field_is_not_owned_up_to_as_foreign(slug, text):
    assert reading(slug, text).in_field
    reply = say(slug, f"@{slug} {text}", author="amara")
    assert not any(w in reply for w in OUTSIDE_FIELD), reply


# Everyday questions of its field, answered ------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text", "words"),
    [
        (
            "einstein",
            "why don't these big ships tip over when everyone rushes to one side for the view",
            "weight low",
        ),
        ("einstein", "how does a cruise ship not capsize in a storm", "weight low"),
        (
            "einstein",
            "i'm the heaviest and i sit at stroke. does that matter physically or should the "
            "heavy one be in the middle",
            "engine room",
        ),
        ("einstein", "where should the heaviest rower sit in a four", "engine room"),
        (
            "einstein",
            "why does the boat feel so much heavier when the river's high, is it actually harder "
            "rowing upstream",
            "current",
        ),
        ("einstein", "is paddling upstream really that much harder", "current"),
        (
            "einstein",
            "sunset is about 5:30 on the first day and nearly 6:20 by the end. why does it move so "
            "much in one month",
            "tilted",
        ),
        ("einstein", "why do the days get longer so quickly in march", "tilted"),
        ("curie", "do those seasickness wristbands actually do anything", "inner wrist"),
        ("curie", "do sea bands work for travel sick kids", "inner wrist"),
        ("curie", "is it true garlic in the water keeps pigeons healthy", "allicin"),
        (
            "curie",
            "is it true the silver stuff on scratchcards has something bad in it",
            "latex",
        ),
        ("curie", "is scratch card coating toxic", "latex"),
        ("curie", "is the burning in my muscles lactic acid or is that a myth", "lactate"),
        ("curie", "does lactic acid cause soreness the next day", "lactate"),
        ("darwin", "are humans just wired to gamble? like is it in our nature", "pigeon"),
        ("darwin", "why is gambling so addictive, is it evolution", "pigeon"),
        ("darwin", "why do we crave crisps and chocolate so much when we're tired", "fat"),
        ("darwin", "why do i get sugar cravings when stressed", "fat"),
        (
            "darwin",
            "why do i get so much less hungry after the first week, does the body actually adapt",
            "hormone",
        ),
        ("darwin", "does the appetite adapt when fasting for ramadan", "hormone"),
        ("darwin", "will we see whales in the fjords in may?", "herring"),
        ("darwin", "when is the best season to see orcas in norway", "herring"),
        (
            "darwin",
            "the ancestry dna came back 83% irish. how is that even worked out, and how far back "
            "does it go",
            "resembles",
        ),
        ("darwin", "how accurate are dna ethnicity percentages", "resembles"),
    ],
)
def test_everyday_questions_of_its_field_are_answered(slug, text, words):
    reply = say(slug, f"@{slug} {text}", author="pat")
    assert words in reply, reply


@pytest.mark.parametrize(
    ("slug", "text", "words"),
    [
        ("einstein", "my ship came in at last, got the job!", "weight low"),
        ("einstein", "the heaviest box goes in the middle of the van right", "engine room"),
        ("einstein", "watched a lovely sunset over the bay tonight", "tilted"),
        ("curie", "made garlic bread for the kids tonight", "allicin"),
        ("darwin", "i crave a holiday so badly", "fat"),
        ("darwin", "whale of a time at the party last night", "herring"),
        ("darwin", "what does dna stand for", "resembles"),
    ],
)
def test_look_alikes_are_not_given_those_answers(slug, text, words):
    reply = say(slug, f"@{slug} {text}", author="pat")
    assert words not in reply, reply
