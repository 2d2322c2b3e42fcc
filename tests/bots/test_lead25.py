"""Session 25 (lead): a question of right and wrong put as "it's wrong to ..." is examined, never
owned up to; an argument to referee is settled; a saying put to a persona as its own is owned
or disowned in its voice, never "far outside my field"; a quoted saying is no distress."""

from __future__ import annotations

import pytest

from bots.asks import settle_asked, sides_put
from bots.care import distress
from bots.engine import MORAL_ASKED, SAYING_ASKED, speaks_to, thanks_given
from bots.material import index_of
from bots.wordsum import plain_total
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say, starts_with, tagged


@pytest.mark.parametrize(
    "text",
    [
        "mrs pearce says it's wrong to spend charity money on panels when the hall kitchen needs "
        "redoing. is she right? it's a fair point honestly",
        "my sister says its selfish to skip the wedding, is she right?",
        "thats unfair on the others isnt it",
        "dan reckons it's cheating to use free asset packs in a jam",
        "is it wrong to keep a cast member who never learns his lines just because he's lovely?",
    ],
)
def test_right_and_wrong_put_any_way_is_asked(text):
    assert MORAL_ASKED.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "it's okay, i'll bring the cake",
        "that's fair enough",
        "it's bad weather for it though",
    ],
)
def test_a_judging_word_in_passing_asks_nothing(text):
    assert not MORAL_ASKED.search(text)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_philosopher_never_owns_up_to_right_and_wrong(seed):
    text = (
        "@socrates mrs pearce says it's wrong to spend charity money on panels when the hall "
        "kitchen needs redoing. is she right? it's a fair point honestly"
    )
    reply = say("socrates", text, seed=seed)
    assert not starts_with(reply, "socrates", "outside"), reply


@pytest.mark.parametrize(
    "text",
    [
        "@socrates can you referee the malvolio thing before they come to blows",
        "@socrates pls referee this, tea before milk or after",
    ],
)
def test_an_argument_to_referee_is_settled(text):
    assert starts_with(say("socrates", text), "socrates", "settle")


def test_the_referee_of_a_match_is_no_argument_to_settle():
    assert not starts_with(
        say("socrates", "@socrates the referee was awful today"), "socrates", "settle"
    )


@pytest.mark.parametrize(
    ("slug", "text", "words"),
    [
        (
            "einstein",
            "@einstein is it true you said if bees disappeared humans would only have 4 years "
            "left? it's all over facebook",
            ("I never said it", "pollinators"),
        ),
        (
            "einstein",
            "@einstein did you really say if the bees disappear we have 4 years left",
            ("I never said it",),
        ),
        (
            "shakespeare",
            "@shakespeare did you actually say all the world's a stage",
            ("Jaques", "As You Like It"),
        ),
        (
            "socrates",
            "@socrates did you really say the unexamined life is not worth living",
            ("at my trial",),
        ),
        (
            "curie",
            "@curie did you really say be less curious about people and more curious about ideas",
            ("I will not disown it",),
        ),
        (
            "einstein",
            "@einstein did you really say insanity is doing the same thing over and over",
            ("is not mine",),
        ),
    ],
)
def test_a_saying_of_its_own_or_famously_not_is_answered_so(slug, text, words):
    reply = say(slug, text)
    for word in words:
        assert word in reply, reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        (
            "einstein",
            "@einstein did you really say a clever person solves a problem, a wise one avoids it",
        ),
        (
            "darwin",
            "@darwin did you really say it's not the strongest that survive but the most adaptable",
        ),
        (
            "socrates",
            "@socrates did you say be kind, everyone you meet is fighting a hard battle",
        ),
        (
            "lovelace",
            "@lovelace is it true you said numbers never lie but people do",
        ),
        (
            "shakespeare",
            "@shakespeare is that quote really yours, 'to thine own heart be kind and eat cake'",
        ),
        ("curie", "@curie apparently you said science is just cooking with numbers, is that true?"),
    ],
)
def test_a_saying_it_never_said_is_disowned_in_its_voice(slug, text):
    reply = say(slug, text)
    assert reply in tagged(slug, "unsaid"), reply


@pytest.mark.parametrize(
    "text",
    [
        "did you say that?",
        "what did you say about the tyres",
        "you said saturday right?",
        "is it true bees can recognise faces",
    ],
)
def test_no_saying_put_is_nothing_to_disown(text):
    for slug in ("einstein", "darwin"):
        assert say(slug, f"@{slug} {text}") not in tagged(slug, "unsaid")


def test_the_saying_quoted_is_no_distress():
    assert not distress("did you really say the unexamined life is not worth living")
    assert distress("honestly my life is not worth living any more")


def test_sayings_asked_are_read():
    assert SAYING_ASKED.search("is it true you said if bees disappeared")
    assert SAYING_ASKED.search("apparently you said science is cooking, is that true?")
    assert not SAYING_ASKED.search("what did the vet say about it")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "settle it. sue says it's the queen, i say it's the weather. how do we even decide "
            "who's right",
            "Sue says it's the queen",
            "you say it's the weather",
        ),
        (
            "omar says write the physics first, i say build levels first. who's right",
            "Omar says write the physics first",
            "you say build levels first",
        ),
        (
            "gareth thinks he's a victim and tunde thinks he's a snob, who is right",
            "Gareth thinks he's a victim",
            "Tunde thinks he's a snob",
        ),
        (
            "my mum says i should go but my dad reckons i shouldnt, who's right",
            "Your mum says you should go",
            "your dad reckons you shouldnt",
        ),
    ],
)
def test_the_two_sides_put_are_said_back(text, first, second):
    assert sides_put(text) == (first, second)
    assert settle_asked(text)
    for slug in ("socrates", "einstein", "curie", "lovelace", "darwin", "shakespeare"):
        reply = say(slug, f"@{slug} {text}")
        assert reply.startswith(f"{first}, and {second}"), reply
        lines = index_of(VOICES[slug].material).tagged["sides"]
        said = {line.format(first=first, second=second, name="Maya") for line in lines}
        assert reply in said, reply


@pytest.mark.parametrize(
    "text",
    [
        "she said it was fine and he said it wasnt",  # told, not asked
        "who says it's the queen",
        "everyone says hi, i think it's lovely",
        "it says 3pm, i think that's right",
    ],
)
def test_no_argument_put_has_no_sides_to_settle(text):
    assert not settle_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        '"let the sun pay the bills" is my suggestion',
        "we need something better on the label than \u201clocal honey\u201d",
        'what about "hole in one small step" for the name lol',
    ],
)
def test_words_put_forward_in_quotes_are_no_subject_to_join_in_on(text):
    for voice in VOICES.values():
        if not voice.is_house_bot:
            assert not speaks_to(voice.material, tuple(voice.style.get("topics", ())), text)


def test_the_same_words_unquoted_still_may_be():
    lovelace = VOICES["lovelace"]
    text = "let the sun pay the bills, thats my suggestion"
    assert speaks_to(lovelace.material, tuple(lovelace.style.get("topics", ())), text)


def test_a_judging_word_of_a_person_is_no_deed_to_examine():
    """A science point asked as "is she right or just being mean" got his line on whether a
    deed can be done in daylight (rated 1)."""
    text = (
        "@socrates my supervisor says my hypothesis is 'unfalsifiable'. is she right or is she "
        "just being mean. hypothesis is that people who say theyre procrastinating are planning"
    )
    for seed in (1, 2, 3):
        assert not starts_with(say("socrates", text, seed=seed), "socrates", "examine")


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "£1,480 hire + £180 fuel deposit + £45 for biscuit. can you split that four ways",
            "£1,480 + £180 + £45 is £1,705; 4 ways, £426.25 each",
        ),
        (
            "quote check pls: 3 radiators at £165 each, 2 TRV sets at £38, labour 1.5 days at "
            "£320/day, plus vat at 20%. whats the total",
            "3 × £165 + 2 × £38 + 1.5 × £320 is £1,051; plus 20%, £1,261.20",
        ),
        ("pizza was £36 and drinks £18.50, split between 3 of us", "£36 + £18.50 is £54.50; 3 "
         "ways, £18.17 each"),
        ("the cottage is £1,240 for the week, 4 ways?", "£1,240; 4 ways, £310 each"),
        ("2 tickets at £12.50 and a programme at £4, whats that altogether",
         "2 × £12.50 + £4 is £29"),
    ],
)  # fmt: skip
def test_a_plain_bill_is_added_up(text, working):
    found = plain_total(text)
    assert found.working == working
    # Her reply comes to the same, by this reading or by a reader of its shape first.
    assert found.number.split()[0] in say("lovelace", f"@lovelace {text}")


@pytest.mark.parametrize(
    "text",
    [
        "target is £400. if we charge £5 a car and £8 for inside, how many cars do we need",
        "rent is £650 each, and the deposit is due on the 21st, how much is that",
        "we paid £20 on tuesday for 2 tickets, whats the total",
        "the coach was £340 and it was great",
        "£5 each for 8 of us",
    ],
)
def test_a_figure_it_cannot_place_leaves_no_plain_bill(text):
    assert plain_total(text) is None


def test_that_split_is_of_the_bill_just_told():
    before = Line("maureen", "£1,480 hire + £180 fuel deposit + £45 for biscuit")
    reply = say(
        "lovelace",
        "@lovelace can you split that four ways for us please",
        author="pat",
        history=(before,),
    )
    assert "£1,705; 4 ways, £426.25 each" in reply


@pytest.mark.parametrize(
    "text",
    [
        "she still wants her name on the thank you post. is that fair if she didnt do anything",
        "who's doing the thank you slides for the hospice",
        "can someone make a thank-you poster",
    ],
)
def test_a_thank_you_thing_is_no_thanks(text):
    assert not thanks_given(text)
    assert thanks_given("thank you, that helped")


def test_no_examination_says_a_deed_is_fine_if_only_being_found_out_troubles_you():
    for line in tagged("socrates", "examine"):
        assert "probably fine" not in line
