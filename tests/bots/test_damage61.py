"""Template damage (damage61): replies broken by what was slotted into them. A thing made so
("what makes a road trip a good one") said back as one phrase or not at all; a plural that
takes "are"; no lead ending on a colon before a sentence with a colon of its own or a capital;
a pick never said twice ("I would say tea. Tea, ..."); a wish told after a question ("i want a
puffin or a seal") no choice to pick from; "It may be so" never followed by a doubt of the
same claim; "1 takes 2"; a thing owned up to never "The car's?"; an emoji in what someone
loves never followed by "!"."""

from __future__ import annotations

import re

import pytest

from bots.engine import ASKBACK_DOUBTS, either_or
from bots.material import index_of
from bots.opine import claim_put, made_thing
from bots.sense import asked_words
from bots.toasts import _likes
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# --- a thing made so, said back whole or not at all ----------------------------------------

MADE = [
    ("a camping trip a good one", ("a good camping trip", "a camping trip")),
    ("a pub quiz really good", ("a good pub quiz", "a pub quiz")),
    ("a sunday roast great", ("a great sunday roast", "a sunday roast")),
    ("a band a great one", ("a great band", "a band")),
    ("a cup of tea perfect", ("a perfect cup of tea", "a cup of tea")),
    ("a night out fun", ("a fun night out", "a night out")),
    # made so in words that are no how: the thing itself only
    ("a holiday worth it", ("", "a holiday")),
    ("a song stick in your head", ("", "a song")),
    ("an album a classic", ("", "an album")),
    ("the holidays a good time", ("", "the holidays")),
    # said plain: both the same, untouched
    ("a good walking boot", ("a good walking boot", "a good walking boot")),
    ("a good baked potato", ("a good baked potato", "a good baked potato")),
    ("the perfect roast", ("the perfect roast", "the perfect roast")),
]


@pytest.mark.parametrize(("thing", "parts"), MADE)
def test_a_thing_made_so_is_said_as_one_phrase_or_not_at_all(thing, parts):
    assert made_thing(thing) == parts


SETTLED = [
    (
        "socrates",
        "what makes a camping trip a good one, the weather or the company? @socrates",
        "I would say the company: the weather will do, but the company is what a good camping "
        "trip is judged by. But what is a camping trip for, Maya? Tell me that, and we shall "
        "know.",
    ),
    (
        "socrates",
        "@socrates what makes a pub quiz really good, the questions or the host?",
        "I would say the questions: the host will do, but the questions are what a good pub "
        "quiz is judged by. But what is a pub quiz for, Maya? Tell me that, and we shall know.",
    ),
    (
        "socrates",
        "@socrates what makes a sunday roast great, the gravy or the potatoes?",
        "I would say the gravy: the potatoes will do, but the gravy is what a great sunday "
        "roast is judged by. But what is a sunday roast for, Maya? Tell me that, and we shall "
        "know.",
    ),
    (
        "einstein",
        "@einstein what actually makes a wedding special? the venue or the guests",
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. I "
        "would say the guests: the venue will do, but the guests are what a special wedding is "
        "judged by.",
    ),
    (
        "darwin",
        "@darwin what makes a holiday worth it, the weather or the company?",
        "You ask my opinion, Maya; I give it cautiously, as one should. I would say the "
        "weather: the company will do, but the weather is what counts most.",
    ),
    # "chorus" is one chorus; and no lead ending on a colon before the colon of the view
    (
        "socrates",
        "@socrates what makes a song stick in your head, the chorus or the beat?",
        "You ask what I think, Maya? I will tell you, and then you must test it. I would say "
        "the chorus: the beat will do, but the chorus is what counts most. But what is a song "
        "for, Maya? Tell me that, and we shall know.",
    ),
    # look-alike: a thing said plain is judged as before
    (
        "einstein",
        "@einstein what makes a good walking boot, leather or fabric?",
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. I "
        "would say leather: fabric will do, but leather is what a good walking boot is judged "
        "by.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), SETTLED)
def test_what_makes_a_thing_so_is_answered_in_whole_phrases(slug, text, reply):
    assert say(slug, text) == reply


# --- a lead ending on a colon ----------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "@einstein honestly what makes someone good at chess, is it memory, "
         "patience or just years of playing?"),
        ("socrates", "@socrates what makes someone good at darts, nerve, practice or luck?"),
        ("darwin", "@darwin what makes a good gardener, patience or knowledge?"),
    ],
)  # fmt: skip
def test_no_lead_ending_on_a_colon_before_a_second_colon(slug, text, seed):
    first = re.split(r"(?<=[.?!]) ", say(slug, text, seed=seed))
    assert not any(s.count(":") >= 2 for s in first), first


# --- a wish told after a question is no choice -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@darwin what wildlife might we actually see up there? i want a puffin or a seal",
        "what birds could we spot on the estuary this weekend? im hoping for an egret or a heron",
        "what fish might we catch off the pier? i want a mackerel or a bass tbh",
        "which films are on at the odeon? we fancy a comedy or a thriller",
        "what animals might we see on the walk? hoping for deer or a fox",
        # neither offered: no option cut from a thing ("hot" of "a hot dog")
        "@darwin is a hot dog a sandwich or its own thing?",
        "is cereal a soup or its own category",
    ],
)
def test_a_wish_told_after_a_question_offers_no_choice(text):
    assert either_or(text) is None


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("what should we have for tea? pasta or curry", ("pasta", "curry")),
        ("honest question. tea or coffee?", ("tea", "coffee")),
        ("what do you reckon? should we get a dog or a cat", ("a dog", "a cat")),
        ("what should we cook tonight? fancy a curry or a stew", ("a curry", "a stew")),
        ("what should we have for tea? i want pasta or curry", ("pasta", "curry")),
        ("should we rent or own", ("rent", "own")),
    ],
)
def test_a_choice_asked_is_still_one(text, options):
    assert either_or(text) == options


def test_the_wish_is_never_picked_bare():
    reply = say("darwin", "@darwin what wildlife might we see up there? i want a puffin or a seal")
    assert "I would say" not in reply


# --- "It may be so" and a doubt --------------------------------------------------------------


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
def test_every_persona_has_an_askback_that_does_not_doubt(slug):
    asks = index_of(VOICES[slug].material).tagged.get("askback", ())
    assert [a for a in asks if not ASKBACK_DOUBTS.search(a)]


@pytest.mark.parametrize(
    ("line", "doubts"),
    [
        ("{speaker}, that is a bold claim; how would we test it?", True),
        ("But tell me, {speaker}: what proof hast thou of that?", True),
        ("{speaker}, is that the whole story, or only the first act?", True),
        ("{speaker}, how would you measure that?", False),
        ("{speaker}, what examples have you seen of that?", False),
    ],
)
def test_askbacks_that_doubt_are_known(line, doubts):
    assert bool(ASKBACK_DOUBTS.search(line)) is doubts


# --- "1 takes 2" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "@lovelace there's 26 countries in the final and 9 of us. how many does each person "
            "get in the sweepstake, and what happens to the spare ones",
            "26 countries among 9 of you is 2 each with 8 left over, so 8 of the 9 take 3 and 1 "
            "takes 2.",
        ),
        (
            "@lovelace there's 19 countries left and 4 of us. how many does each person get in "
            "the draw, and what happens to the spare ones",
            "19 countries among 4 of you is 4 each with 3 left over, so 3 of the 4 take 5 and 1 "
            "takes 4.",
        ),
    ],
)
def test_one_takes(text, working):
    assert say("lovelace", text).endswith(working)


# --- a thing owned up to, said plain ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("also unrelated but my car's making a grinding noise when i brake, any idea?", "the car"),
        ("my boiler's making a banging noise again, any idea?", "the boiler"),
        ("the dog's been sick twice, what do i do", "the dog"),
        ("how does an iron trough hold all that water", "the iron trough"),
    ],
)
def test_a_thing_asked_of_is_said_without_its_s(text, said):
    assert asked_words(text) == said


# --- an emoji in what someone loves ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "likes"),
    [
        ("she loves bingo, her garden and being right about everything 😂", "bingo, her garden "
         "and being right about everything"),
        ("hes called phil and loves fishing and real ale 🍺 and his shed", "fishing and real ale"),
        ("she adores her cats 🐱🐱", "her cats"),
        ("he loves rock 'n' roll and his garden", "rock 'n' roll and his garden"),
    ],
)  # fmt: skip
def test_what_they_love_stops_at_an_emoji(text, likes):
    assert _likes(text) == likes


def test_a_toast_never_cheers_after_an_emoji():
    reply = say(
        "shakespeare",
        "@shakespeare could you write a short toast for nan? she's called joan, loves bingo, "
        "her garden and being right about everything 😂",
        author="chloe",
    )
    assert reply == (
        "For the toast, Chloe, take this from my own stock: \"To Joan! Here's to bingo, her "
        'garden and being right about everything! Raise your glasses!"'
    )


# --- a sign-off is no sign -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare could you write us a little sign off for the end of the night show? "
        "something warm for people stuck on the wards overnight",
        "@shakespeare can you write a quick sign off for the end of the quiz night, something "
        "cheeky for the people still at the bar",
        "@curie could you do us a sign-off for the end of the newsletter? something for the "
        "members at home",
    ],
)
def test_a_sign_off_is_never_written_as_a_sign_from_the_ask(text):
    reply = say(text.split()[0][1:], text, author="kieran")
    # (written as a sign-off by write61, never as a sign: "For the sign, Kieran: ...")
    assert not reply.startswith(("For the sign,", "For the sign:"))
    assert '"Off for' not in reply and "Off for the end" not in reply


def test_a_sign_with_its_words_is_still_written():
    reply = say(
        "shakespeare",
        "@shakespeare could you write a sign for the door saying we are closed on monday",
        author="kieran",
    )
    assert reply == 'For the sign, Kieran: "Closed on Monday."'


# --- one named is never "they" in a line of Socrates --------------------------------------------


def test_the_best_case_is_made_without_they():
    reply = say(
        "socrates",
        "@socrates gareth thinks we shouldnt pick up dog poo bags, says the owners should be "
        "shamed into it. whos right",
        author="pete",
        seed=2,
    )
    assert reply == (
        "Let Gareth make the best case for it, Pete, then make that case yourself; if you "
        "cannot make it sound good, you have not understood it yet, and if you can, you may "
        "agree more than you think."
    )


# --- "worth it" offered: the way said, never the thing with it ------------------------------


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("is a gym membership worth it or a waste of money?", ("worth it", "a waste of money")),
        ("is the new iphone worth it or overpriced", ("worth it", "overpriced")),
        ("is a degree worth it or just debt", ("worth it", "debt")),
        ("is disney worth it or a rip off", ("worth it", "a rip off")),
    ],
)
def test_worth_it_is_offered_as_said(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("socrates", "@socrates is a gym membership worth it or a waste of money?"),
        ("einstein", "@einstein is the new iphone worth it or overpriced?"),
        ("darwin", "@darwin is a degree worth it or just debt these days?"),
        ("curie", "@curie is a season ticket worth it or a rip off?"),
    ],
)
def test_worth_it_picked_is_said_in_a_sentence(slug, text):
    reply = say(slug, text, author="kim")
    assert "I would say it is worth it." in reply
    assert "I would worth" not in reply and "say worth it" not in reply


# --- an offer's lead never a second colon before the line's own ---------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare a poem for my mums 60th? she loves the sea and her dog biscuit",
        "@shakespeare something for my uncle's 70th please, he loves fishing",
        "@shakespeare few lines for grandad's 90th? he loves his allotment",
    ],
)
def test_an_offer_never_stacks_two_colons(text, seed):
    reply = say("shakespeare", text, author="kim", seed=seed)
    before_quote = re.split(r"[\"\u201c]", reply)[0]
    assert before_quote.count(":") <= 1, reply


# --- a claim told as "he says" of the one named is theirs, not their last line -----------------

ROOM = [Line("dave", "i reckon its worth it"), Line("sue", "nah"), Line("tom", "hmm")]


@pytest.mark.parametrize(
    ("text", "person", "claim"),
    [
        ("is dave right? he says you cant be friends with your boss", "dave",
         "you can't be friends with your boss"),
        ("is sue right? she reckons you should never wash a cast iron pan with soap", "sue",
         "you should never wash a cast iron pan with soap"),
        ("do you agree with tom? he thinks the bypass will ruin the village", "tom",
         "the bypass will ruin the village"),
    ],
)  # fmt: skip
def test_a_claim_told_by_pronoun_is_the_named_ones(text, person, claim):
    found = claim_put(text, person, ["kim", "dave", "sue", "tom"])
    assert found is not None and found.text == claim


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("do you agree with dave or sue? she says its too dear", "dave"),
        ("do you agree with tom? my mum says he is always wrong", "tom"),
        ("he says you cant be friends with your boss, is dave right?", "dave"),
    ],
)
def test_a_pronoun_claim_is_never_given_to_another(text, person):
    assert claim_put(text, person, ["kim", "dave", "sue", "tom"]) is None


def test_the_pronoun_claim_is_said_back():
    reply = say(
        "socrates",
        "@socrates is dave right? he says you cant be friends with your boss",
        author="kim",
        history=ROOM,
    )
    assert reply.startswith("Dave says you can't be friends with your boss.")
