"""Session 30 (lead): a goodbye that asks for luck, or names what lies just ahead ("dress fitting
at 2, bye all, wish me luck"), is seen off with luck wished, not a plain goodbye; "off to my
driving test" is an ordeal ahead as "driving test tomorrow" is; what is over is not."""

from __future__ import annotations

import re

import pytest

from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "ok dress fitting at 2, bye all, bye @curie, wish me luck"),
        ("einstein", "right off to my driving test, bye @einstein"),
        ("socrates", "bye @socrates, fingers crossed for tomorrow"),
        ("darwin", "night all, big interview in the morning so bed for me @darwin"),
        ("shakespeare", "gotta go @shakespeare, audition in an hour, send good vibes"),
    ],
)
def test_a_goodbye_before_an_ordeal_wishes_luck(slug, text):
    reply = say(slug, text)
    first, rest = re.split(r"(?<=[.!]) ", reply, maxsplit=1)
    assert "Maya" in first and "luck" not in first.lower()
    assert any(word in rest for word in ("luck", "Bonne chance", "Break a leg")), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "heading to the interview now @curie, eek"),
        ("darwin", "@darwin off to my exam, wish i'd revised"),
    ],
)
def test_off_to_an_ordeal_is_wished_luck(slug, text):
    reply = say(slug, text)
    assert any(word in reply for word in ("luck", "Bonne chance", "Break a leg")), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("darwin", "night all @darwin, was a good day"),
        ("einstein", "bye all @einstein, the exam went fine in the end"),
        ("curie", "off to bed @curie, the interview was over by ten"),
    ],
)
def test_a_goodbye_after_it_is_over_wishes_no_luck(slug, text):
    reply = say(slug, text)
    assert "luck" not in reply.lower() and "chance" not in reply.lower(), reply


ACCEPTED = {
    "einstein": ("Count me in, in spirit at least", "an evening among friends"),
    "shakespeare": ("a feast among friends", "Lay a place for me in spirit"),
    "curie": ("I shall be there in spirit", "accept more invitations"),
    "lovelace": ("Count me in; I shall bring", "I never could resist a gathering"),
    "socrates": ("at a friend's table", "I have never refused a good gathering"),
    "darwin": ("I shall be there in spirit", "good company does more for my health"),
}


@pytest.mark.parametrize(
    "slug, text",
    [
        ("lovelace", "yo everyone, hi @lovelace, game night at mine this friday, 7ish"),
        ("darwin", "@darwin bbq at ours sunday from 2, you're all invited"),
        ("einstein", "@einstein quiz night at the crown thursday, who's in?"),
        ("shakespeare", "morning @shakespeare! party at ours saturday, all welcome"),
        ("socrates", "@socrates come along to the pub after, who's in?"),
        ("curie", "@curie film night round mine tomorrow, come over"),
        ("darwin", "hiya @darwin, curry at my place on saturday 8pm, anyone fancy it"),
    ],
)
def test_an_invitation_is_accepted_in_spirit(slug, text):
    reply = say(slug, text)
    assert any(part in reply for part in ACCEPTED[slug]), reply
    if text.startswith(("yo", "morning", "hiya")):
        # greeted first, then accepted: "Hello, Maya! How kind; ..."
        assert reply.index("Maya") < min(
            reply.index(part) for part in ACCEPTED[slug] if part in reply
        ), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("socrates", "@socrates the keys are at mine if you need them"),
        ("curie", "@curie cheers, you're welcome to borrow my notes"),
        ("einstein", "@einstein who's in the team this week, do you know"),
        ("darwin", "@darwin the cat comes round to ours every day, why do cats do that"),
    ],
)
def test_look_alikes_are_not_invitations(slug, text):
    reply = say(slug, text)
    assert not any(part in reply for part in ACCEPTED[slug]), reply


def test_an_invitation_to_the_room_is_not_answered_unasked():
    # Joined unasked, a persona does not answer for the room: quiet.
    assert say("darwin", "bbq at ours sunday from 2, you're all invited", unasked=True) == ""


@pytest.mark.parametrize(
    "slug, text",
    [
        ("socrates", "hola everyone! @socrates"),
        ("lovelace", "buenas tardes @lovelace"),
        ("darwin", "aloha @darwin"),
        ("curie", "g'day @curie, how goes it"),
    ],
)
def test_a_greeting_in_another_tongue_is_greeted(slug, text):
    reply = say(slug, text)
    assert re.search(r"\b(Hello|hello|Good|Greetings|Well met|Bonjour|Salut|Hail)\b", reply), reply
    assert "Maya" in reply.split(".")[0], reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("shakespeare", "ta-ra @shakespeare"),
        ("darwin", "adios @darwin, back tuesday"),
        ("einstein", "cheerio @einstein"),
        ("lovelace", "hasta luego @lovelace"),
    ],
)
def test_a_farewell_in_another_tongue_is_seen_off(slug, text):
    reply = say(slug, text)
    assert not re.search(r"welcome|pleasure|it is nothing|not at all|thank", reply, re.I), reply
    assert "Maya" in reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "@curie thanks all, bye!"),
        ("darwin", "thanks all, adios @darwin"),
        ("socrates", "@socrates thank you, see you next week"),
        ("einstein", "@einstein cheers for the help, gotta run"),
    ],
)
def test_thanks_with_a_goodbye_are_acknowledged_and_seen_off(slug, text):
    reply = say(slug, text)
    sentences = re.split(r"(?<=[.!?]) ", reply)
    assert len(sentences) >= 2 and reply.count("Maya") == 1, reply
    assert re.search(r"welcome|pleasure|nothing|not at all|glad|thank", sentences[0], re.I), reply
    assert re.search(
        r"bye|farewell|au revoir|auf wiedersehen|adieu|until|go well|good (day|night|evening)",
        " ".join(sentences[1:]),
        re.I,
    ), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "hi @curie, interview at 10, eek"),
        ("einstein", "morning crew, leg day, pray for me @einstein"),
        ("socrates", "hello @socrates! wish me luck"),
        ("darwin", "@darwin exam at 9am tomorrow"),
    ],
)
def test_an_ordeal_just_ahead_is_wished_luck(slug, text):
    reply = say(slug, text)
    assert re.search(r"luck|Glück|chance|gods go with you|Fortune attend", reply), reply
    assert "written down" not in reply and "reminder" not in reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("darwin", "evening @darwin, exam went well today"),
        ("socrates", "@socrates the interview went really well!"),
        ("curie", "@curie my scan went fine, all clear"),
    ],
)
def test_an_ordeal_gone_well_is_good_news(slug, text):
    reply = say(slug, text)
    assert "luck" not in reply.lower()
    assert re.search(r"Bravo|Congratulations|Well done|glad|Splendid|wonderful", reply), reply


@pytest.mark.parametrize(
    "slug, text, explained",
    [
        ("einstein", "@einstein how do i fix a squeaky door hinge", "handle side"),
        ("einstein", "@einstein any tips for fixing a door that wont shut", "handle side"),
    ],
)
def test_a_fix_asked_is_not_answered_with_a_line_that_only_explains(slug, text, explained):
    # The line on how a door turns on its hinges says nothing to do: owned up, not said.
    reply = say(slug, text)
    assert explained not in reply and "Maya" in reply, reply


@pytest.mark.parametrize(
    "slug, text, advice",
    [
        ("darwin", "@darwin how do i stop slugs eating my lettuce", "pick them off"),
        ("curie", "@curie best way to clean a burnt pan?", "bicarbonate of soda"),
        ("einstein", "@einstein how can i stop my glasses steaming up", "washing-up liquid"),
        ("curie", "@curie how do i get rid of limescale in the kettle", "vinegar"),
    ],
)
def test_a_fix_asked_keeps_its_practical_answer(slug, text, advice):
    assert advice in say(slug, text)
