"""Ways of asking that had no answer of their own (issue 14, session 16), and what they must
not catch (found by the session's review):

- A motto or a slogan asked for ("write us a club motto") was read as news ("Tell me more,
  Tom") or owned up to, even by the playwright: each persona now offers words of its own to go
  by (`#motto`), the ones on the thing asked about first (a cycling club gets Einstein's
  bicycle).
- Whether something will be ("do you think cyclists and drivers will ever get along") was
  answered with a guessed "yes" and its view of taste ("Tastes vary as much as finches'
  beaks"): with no view of its own on it, it says in its voice that it cannot tell (`#foresee`).
- Whether a claim is true ("is it true lycra makes you faster") was answered "Yes, I believe
  so ... There is no measuring taste": a claim it has no line on is owned up to.
- The house bot says what the room is for; a persona's own field asked of in an everyday thing
  ("is there any physics in jenga") is taken up; a question after a laugh is answered."""

from __future__ import annotations

import re

import pytest

from bots.asks import motto_asked, request_kind
from bots.engine import DEFAULT_TAGGED
from bots.material import index_of
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say

SEEDS = [1, 2, 3]


def tagged_said(slug: str, tag: str) -> set[str]:
    """Its `tag` lines as said to maya (the words before a colon dropped, for #motto)."""
    lines = index_of(VOICES[slug].material).tagged.get(tag) or DEFAULT_TAGGED[tag]
    if tag == "motto":
        lines = tuple(line.partition(":")[2].strip() for line in lines)
    return {line.replace("{name}", "Maya") for line in lines}


@pytest.mark.parametrize(
    "text",
    [
        "write us a club motto",
        "can you write a motto for our cycling club",
        "we need a slogan for the bake sale",
        "any ideas for a catchphrase for our quiz team?",
        "give us a motto pls",
        "come up with a tagline for the allotment society",
        "give us something to shout at the finish line",
    ],
)
def test_a_motto_asked_for_is_a_request(text):
    assert motto_asked(text)
    assert request_kind(text) == "motto"


@pytest.mark.parametrize(
    "text",
    [
        "our motto is ride or die",
        "what was that slogan again",
        "i read a great motto on a mug today",
        "the club motto is on the jerseys",
        "i want to shout at my boss",
        "the crowd chants were so loud",
    ],
)
def test_a_motto_told_or_recalled_is_no_request(text):
    assert not motto_asked(text)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_every_persona_offers_a_motto_of_its_own(slug, seed):
    reply = say(slug, "write us a club motto", seed=seed)
    assert reply in tagged_said(slug, "motto"), reply
    # (compose31: a slogan for a bake sale is made for it, not a famous line for any club)
    reply = say(slug, "we need a slogan for the bake sale", seed=seed)
    sale = [
        line.partition(":")[2].strip()
        for line in index_of(VOICES[slug].material).tagged.get("compose", ())
        if line.startswith("slogan, sale:")
    ]
    if not sale:  # (the poet's own line for a bake sale stands: Sir Toby's cakes and ale)
        assert reply in tagged_said(slug, "motto") or "cakes and ale" in reply, reply
        return
    assert reply.startswith("For the bake sale, Maya") and any(s in reply for s in sale), reply


def test_a_motto_on_the_thing_asked_about_comes_first():
    reply = say("einstein", "can you write a motto for our cycling club")
    assert reply == (
        "For a motto, Maya, take what I wrote to my son Eduard: life is like riding a bicycle; "
        "to keep your balance you must keep moving."
    )


def test_another_motto_is_not_the_one_just_given():
    from tests.bots.talk import Line

    first = say("socrates", "write us a club motto")
    second = say(
        "socrates",
        "write us a club motto",
        history=(Line("maya", "write us a club motto"), Line("Socrates", first, own=True)),
        said=(first,),
    )
    assert {first, second} <= tagged_said("socrates", "motto") and first != second


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text",
    [
        "do you think cyclists and drivers will ever get along lol",
        "do you reckon the high street will survive",
        "do u think vinyl will ever die out",
    ],
)
def test_what_will_be_is_no_matter_of_taste(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply in tagged_said(slug, "foresee"), reply
    assert not re.search(r"\btaste|\bYes\b", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_claim_it_cannot_check_is_owned_up_to(slug, seed):
    reply = say(slug, "is it true lycra makes you faster", seed=seed)
    owned = tagged_said(slug, "outside")
    if slug == "curie":
        # The scientist would test it before believing it, and says what she would measure.
        assert reply.startswith("I would test that before believing it"), reply
        assert "which is faster" in reply, reply
    else:
        assert any(reply.startswith(line) for line in owned), reply
    assert not re.search(r"\btaste\b|^(Yes|No)\b", reply), reply


@pytest.mark.parametrize(
    "text",
    ["what is this room for", "whats this room about lol", "what are we meant to talk about here"],
)
def test_the_house_bot_says_what_the_room_is_for(text):
    from bots.engine import offline_reply

    reply = offline_reply(
        VOICES["aibot"], message=f"/AIBot {text}", seed=1, theme="Allotment society"
    )
    assert reply == (
        'This room is for "Allotment society": talk about it with everyone here, and mention a '
        "persona with @ (say @darwin) to bring one into the conversation."
    )
    bare = offline_reply(VOICES["aibot"], message=f"/AIBot {text}", seed=1, theme="")
    assert bare.startswith("This room has no theme set, so anything goes")


@pytest.mark.parametrize("text", ["what room is this book in", "what is a room for ants called"])
def test_a_room_of_something_else_is_not_this_room(text):
    from bots.engine import offline_reply

    reply = offline_reply(
        VOICES["aibot"], message=f"/AIBot {text}", seed=1, theme="Allotment society"
    )
    assert "Allotment society" not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_after_a_laugh_is_what_is_answered(seed):
    from tests.bots.talk import Line

    text = "lol einstein. ok serious q, whats the best thing to eat at 4am that isnt crisps"
    history = (
        Line("maya", "@einstein why is the sky blue"),
        Line("Albert Einstein", say("einstein", "@einstein why is the sky blue"), own=True),
    )
    reply = say("einstein", text, seed=seed, history=history)
    # Food is no physics: owned up to, not laughed along with nor taken as a tease.
    laughs = {
        *tagged_said("einstein", "laugh"),
        *tagged_said("einstein", "wry"),
        *tagged_said("einstein", "teased"),
    }
    assert reply not in laughs, reply
    assert any(reply.startswith(line) for line in tagged_said("einstein", "outside")), reply
    # A laugh with no question after it is still taken as one.
    assert say("einstein", "lol einstein", seed=seed, history=history) in laughs


@pytest.mark.parametrize(
    "text",
    ["thanks einstein but im not a fridge lol", "einstein who asked about fridges lol"],
)
def test_a_correction_of_its_last_answer_is_no_thanks(text):
    from tests.bots.talk import Line

    asked = "@einstein why do we get so cold at 4am on nights"
    answer = say("einstein", asked)
    reply = say(
        "einstein",
        text,
        history=(Line("maya", asked), Line("Albert Einstein", answer, own=True)),
    )
    pressed = tagged_said("einstein", "pressed")
    thanks = tagged_said("einstein", "thanks")
    assert reply not in thanks, reply
    assert any(reply.startswith(line) for line in pressed), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "is there any physics in jenga or is it all luck"),
        ("lovelace", "is there any maths in knitting"),
        ("darwin", "is there any biology in why we yawn"),
        ("socrates", "is there any philosophy in tipping"),
        ("shakespeare", "is there any poetry in football"),
        ("curie", "is there any chemistry in baking bread"),
    ],
)
def test_its_own_field_named_in_a_thing_of_every_day_is_taken_up(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply.startswith(tuple(tagged_said(slug, "plenty"))), reply
    assert reply.count("Maya") == 1, reply  # its name said once
    (plenty,) = tagged_said(slug, "plenty")
    rest = reply.removeprefix(plenty).strip()
    if slug == "curie":  # its line on the thing: bread
        assert rest.startswith("Bread goes stale less by drying out"), reply
    elif slug == "lovelace":  # its word on patterns is the whole answer; no method fits after it
        assert rest == "", reply
    else:  # how it would see it, its name said once
        methods = {line.replace(", Maya", "", 1) for line in tagged_said(slug, "method")}
        assert any(m.startswith(rest.rstrip(".")) for m in methods), reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "is there any physics in jenga"),  # another's field
        ("einstein", "physics in school was so boring"),  # no thing asked about
        ("darwin", "is there any chemistry between them lol"),
    ],
)
def test_another_field_or_none_is_not_taken_up(slug, text):
    reply = say(slug, text)
    assert not reply.startswith(tuple(tagged_said(slug, "plenty"))), reply


def test_what_is_handed_to_another_by_mention_is_left_to_it():
    from tests.bots.talk import Line

    text = "socrates you're no help lol. @einstein would you be a good dungeon master"
    reply = say("socrates", text, history=(Line("maya", "@socrates is it wrong to cheat"),))
    # Not an answer on being a good master (its line on self-control was picked on "master").
    assert "master" not in reply.lower(), reply
    assert reply == say("socrates", "socrates you're no help lol.")


def test_shakespeare_tells_what_the_globe_theatre_was_like():
    # Was owned up to ("I am but a player of words ... as ignorant as a fool in motley").
    reply = say("shakespeare", "what was the globe theatre like")
    assert "The Globe theatre, our playhouse on Bankside from 1599" in reply, reply


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("are legacy games worth it", True),
        ("cats or dogs, go", True),
        # A take whose other word ("beds" in its take on sleep) is another thing: silent.
        ("raised beds or just dig", False),
        ("catan is so overrated tbh, thoughts?", False),  # nothing of its own on it
    ],
)
def test_a_view_asked_of_the_room_is_joined_by_a_persona_with_a_take_on_it(text, speaks):
    from bots.engine import speaks_to

    voice = VOICES["lovelace"]
    assert speaks_to(voice.material, tuple(voice.style["topics"]), text) is speaks


def test_a_view_asked_of_the_room_is_answered_with_its_take():
    from bots.engine import offline_reply
    from tests.bots.talk import Line

    text = "are legacy games worth it"
    reply = offline_reply(
        VOICES["lovelace"], message=text, seed=1, history=(Line("bee", text),), unasked=True
    )
    assert reply.endswith(
        "Games are mathematics in disguise; I spent many hours on solitaire and on systems for "
        "the races, and learned more from them than I lost, nearly."
    ), reply


@pytest.mark.parametrize(
    "text",
    [
        "do you think it'll help if i put the washing by the radiator",
        "they'll be here at 8, what wine goes with lamb",
        "how long will this cake last in the fridge",
        "do you reckon i will need a coat tomorrow",
        "will you ever forgive me for eating the last biscuit",
    ],
)
def test_a_days_plans_and_a_bidding_are_no_question_of_what_will_be(text):
    from bots.engine import FORESEEN

    assert not FORESEEN.search(text)
    for slug in PEOPLE:
        assert say(slug, text) not in tagged_said(slug, "foresee")


@pytest.mark.parametrize(
    "text",
    [
        "what was the motto of the roman army?",
        "do mottos actually work?",
        "make sure you bring the slogan banners",
        "what does a war cry sound like?",
    ],
)
def test_a_motto_spoken_of_is_no_motto_asked_for(text):
    assert not motto_asked(text)


@pytest.mark.parametrize(
    "text",
    ["what should i talk about on a first date", "what do people talk about at a wake"],
)
def test_talk_elsewhere_is_no_question_of_this_room(text):
    from bots.engine import offline_reply

    reply = offline_reply(VOICES["aibot"], message=f"/AIBot {text}", seed=1, theme="Pub quiz")
    assert "Pub quiz" not in reply, reply


def test_science_in_general_is_no_one_persona_s_field_named():
    for slug in ("einstein", "curie"):
        reply = say(slug, "is there any science behind why cats purr")
        assert not reply.startswith(tuple(tagged_said(slug, "plenty"))), reply


def test_a_view_asked_after_a_laugh_and_a_lead_word_is_given():
    from tests.bots.talk import Line

    history = (
        Line("maya", "@einstein should i take the job"),
        Line("Albert Einstein", "Ach.", own=True),
    )
    reply = say("einstein", "haha fair. so should i take the job or not", history=history)
    # Its take on work (the patent office), not "And how did that happen?" nor a laugh.
    assert "patent office" in reply, reply


def test_a_persona_answering_another_takes_no_person_s_name_for_a_subject():
    from tests.bots.talk import Line

    asked = "@curie would you have liked board games or found them a waste of time"
    curie = (
        "You ask for my view, Bee. I prefer facts to opinions, but here it is. A game now and "
        "then is harmless, but I would rather spend the evening on a problem that has a real "
        "answer at the end of it."
    )
    for seed in SEEDS:
        reply = say("darwin", curie, author="Marie Curie", seed=seed, history=(Line("bee", asked),))
        assert "bee" not in reply.lower(), reply  # was the line on a hive of bees


@pytest.mark.parametrize(
    ("slug", "text", "line"),
    [
        # The raters' worst: "A blush is the most peculiar and most human of all expressions."
        (
            "darwin",
            "why do humans even sing? like what was the point of it originally",
            "I came to think that early humans could sing before they could speak",
        ),
        # Was a line on his school days, picked on "school".
        (
            "einstein",
            "why does st marks sound so much better than the school hall we used to rehearse in",
            "A church sounds fuller than a carpeted hall because its stone walls and high vault",
        ),
        # Was the line on wind slowing near the ground.
        (
            "einstein",
            "why is it always so much colder on the top of a hill when youre closer to the sun lol",
            "The top of a hill is colder though closer to the sun, because the sun warms",
        ),
        # Was "Winning is pleasant ... more patient", picked on "patients".
        (
            "socrates",
            "how do you stay kind to patients when you are absolutely shattered",
            "you can stay kind to your patients when you are shattered",
        ),
    ],
)
def test_the_raters_worst_questions_get_the_line_that_answers_them(slug, text, line):
    for seed in SEEDS:
        assert line in say(slug, text, seed=seed)
