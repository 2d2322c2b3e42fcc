"""Short pieces asked of a persona (write38): a sign whose purpose the message says (its quoted
words made polite, people wanted, hours, a thing people keep doing), amended by "and put that
we have biscuits" just after; a few lines for a thing someone made ("a label poem for omar's
jug"), about the thing, rhymed by the poet; an introduction (of us, of oneself, of a speaker,
of an event), short and warm. Any persona writes them in its own words (bots/pieces.py), never a
how-to nor a piece for another purpose; told of ("i wrote a sign yesterday", "the sign fell
down", "what does the sign say?"), nothing is written."""

from __future__ import annotations

import pytest

from bots.addressing import follows_up
from bots.pieces import intro_asked, label_asked, piece_added, piece_asked, sign_purpose
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# The rooms' own (h31): each got advice, a refusal or a sign for honey instead.
ROOM = [
    (
        "@shakespeare could you write a little label poem for omar's jug, like four lines, he's "
        "putting it in the craft fair",
        "For the label, Maya: \"With patient skill and loving care / Omar's hand hath wrought "
        "this jug so fair: / look well, good friend, and you will find / no finer work of any "
        'kind."',
    ),
    (
        "@shakespeare could you write a little sign for my gate, something like 'bees at work, "
        "please dont stand in front of the hive' but nicer",
        'For the sign, Maya: "Bees at work! Please do not stand in front of the hive. Thank you, '
        'good friends."',
    ),
    (
        "@shakespeare could you write a few words i can say to introduce us at the care home? "
        "short and warm",
        'For the introduction, Maya: "Good day, dear friends, and well met! We are right glad to '
        "be here with you; so sit back, join in if the spirit moves you, and let the merriment "
        'begin!"',
    ),
]


@pytest.mark.parametrize("text, reply", ROOM)
def test_the_rooms_pieces_are_written(text, reply):
    assert say("shakespeare", text) == reply


def test_a_sign_for_volunteers_then_biscuits_put_on_it():
    asked = (
        "@shakespeare could you write a little sign for the window, we need more volunteers for "
        "weekdays. something that'd make people stop and read it"
    )
    first = say("shakespeare", asked)
    assert first == (
        'For the sign, Maya: "Volunteers wanted for weekdays! Come one, come all: step in and '
        'ask, and be right welcome!"'
    )
    history = (Line("maya", asked), Line(VOICES["shakespeare"].name, first, own=True))
    added = "and put that we have biscuits. biscuits get people in"
    assert follows_up(added)  # (said to nobody, it goes to the one who just wrote the sign)
    assert say("shakespeare", added, author="aziz", history=history) == (
        'For the sign, Aziz: "Volunteers wanted for weekdays! We have biscuits. Come one, come '
        'all: step in and ask, and be right welcome!"'
    )


# (persona, the asking, the reply): a sign to the purpose said, by every persona.
SIGNS = [
    (
        "shakespeare",
        "@shakespeare could you do a little sign for the allotment gate, something like 'keep "
        "the gate shut, rabbits get in' but nicer",
        'For the sign, Maya: "Please keep the gate shut! Rabbits get in. With thanks, and good '
        'cheer to all."',
    ),
    (
        "curie",
        "@curie can you make a sign for the hall window, we need more helpers for saturday "
        "mornings",
        'For the sign, Maya, I would write this, simply: "Helpers wanted for Saturday mornings! '
        'Please ask inside; we would be very glad of your help."',
    ),
    (
        "einstein",
        "@einstein write us a notice for the shop door, we're closed on tuesday for a delivery",
        'For the notice, Maya, I would write this: "Closed on Tuesday for a delivery. Thank you!"',
    ),
    (
        "darwin",
        "@darwin could you write a sign for the lane, people keep parking on the verge",
        'For the sign, Maya, I would offer this: "No parking on the verge, please. With many '
        'thanks."',
    ),
    (
        "lovelace",
        "@lovelace can you do us a sign for the studio asking people not to touch the wet pots",
        'For the sign, Maya: "Please Do Not Touch the Wet Pots."',
    ),
    (
        "socrates",
        "@socrates need a sign for the choir noticeboard, we're looking for more tenors",
        'For the sign, Maya, I would say only this: "Tenors wanted! Come in and ask; good company '
        'is always welcome here."',
    ),
    (
        "einstein",
        "@einstein can you write a sign for the shop, we need a new cleaner",
        'For the sign, Maya, I would write this: "Cleaner wanted! Come in and ask; we would be '
        'delighted to meet you!"',
    ),
    (
        "curie",
        "@curie we need volunteers at the food bank, can you write a sign for the window",
        'For the sign, Maya, I would write this, simply: "Volunteers wanted at the food bank! '
        'Please ask inside; we would be very glad of your help."',
    ),
    (
        "darwin",
        "@darwin write a sign for my stall, the eggs are £2 a box",
        'For the sign, Maya, I would offer this: "Eggs: £2 a box. With many thanks."',
    ),
    (
        "socrates",
        "@socrates can you write a sign that makes people stop parking on the pavement",
        'For the sign, Maya, I would say only this: "No parking on the pavement, please. Thank '
        'you, friends."',
    ),
    (
        "einstein",
        "@einstein can you write a sign for the front door, we're closed over christmas",
        'For the sign, Maya, I would write this: "Closed over Christmas. Thank you!"',
    ),
    (
        "shakespeare",
        "@shakespeare could you write a notice for the gate: 'dog on site, please close the gate'",
        'For the notice, Maya: "Dog on site! Please close the gate. Thank you, good friends."',
    ),
]


# (persona, the sign asked, what is asked added, the sign amended)
AMENDED = [
    (
        "shakespeare",
        "@shakespeare could you write a sign for the church porch, we need more flower arrangers "
        "for sundays",
        "and put that there's tea after",
        "For the sign, Sam: \"Flower arrangers wanted for Sundays! There's tea after. Step in and "
        "ask; we'd be right glad of you!\"",
    ),
    (
        "curie",
        "@curie can you make a sign for the library door, we need more readers for storytime",
        "can you add that kids are welcome too",
        'For the sign, Sam: "Readers wanted for storytime! Kids are welcome. Please ask inside; '
        'we would be very glad of your help."',
    ),
    (
        "lovelace",
        "@lovelace can you do a sign for the cafe window, we're looking for volunteers",
        "oh and say we're open saturdays too",
        "For the sign, Sam: \"Volunteers wanted! We're open Saturdays. Do step inside and ask; we "
        'should be delighted to have you."',
    ),
]


@pytest.mark.parametrize("slug, asked, added, reply", AMENDED)
def test_what_is_asked_added_goes_on_the_sign_just_written(slug, asked, added, reply):
    first = say(slug, asked)
    history = (Line("maya", asked), Line(VOICES[slug].name, first, own=True))
    assert follows_up(added)
    assert say(slug, added, author="sam", history=history) == reply


def test_the_kettle_put_on_is_nothing_added_to_the_sign():
    asked = "@darwin could you write a sign for the lane, people keep parking on the verge"
    first = say("darwin", asked)
    history = (Line("maya", asked), Line(VOICES["darwin"].name, first, own=True))
    for said in ("and put the kettle on", "say hi to omar", "put that down", "mention the dog"):
        assert piece_added(said) == "" and not follows_up(said), said
        assert "parking" not in say("darwin", said, author="sam", history=history)


# (persona, the asking, the reply): a few lines about the thing made, by every persona.
LABELS = [
    (
        "shakespeare",
        "@shakespeare could you write a little rhyme for the tea towels i made for the church fete",
        'For the label, Maya: "Behold these tea towels, by my own hand / wrought finer than in '
        'all the land: / look well, good friend, and you will find / no finer work of any kind."',
    ),
    (
        "shakespeare",
        "@shakespeare can you write a short poem to go with my nan's quilt, she's selling it at "
        "the craft market",
        "For the label, Maya: \"Behold this quilt, by my nan's hand / wrought finer than in all "
        'the land: / look well, good friend, and you will find / no finer work of any kind."',
    ),
    (
        "darwin",
        "@darwin need a couple of lines for the label on the birdbox my son built for the school "
        "show",
        "For the label, Maya, I would offer this: \"By my son's hand, shaped slowly and with "
        'care, as all the best things are: I commend this birdbox to you."',
    ),
    (
        "einstein",
        "@einstein write a verse for the tag on ruth's candles for the christmas market",
        "For the label, Maya, I would write this: \"Made by Ruth's hand, with patience and a "
        'little genius: relatively speaking, you will find nothing finer than these candles."',
    ),
    (
        "curie",
        "@curie could you write a little poem for the vase i made at pottery class, it's for my "
        "sister",
        'For the label, Maya, I would write this, simply: "Made by my own hand, patiently and '
        'with care; good work lasts, and so will this vase."',
    ),
    (
        "lovelace",
        "@lovelace write a label poem for dev's wooden spoons for the farmers market",
        "For the label, Maya, I would set down this: \"By Dev's hand: a pattern of patience and "
        'care, woven into these spoons."',
    ),
]


# (persona, the asking, the reply): an introduction, short and warm, by every persona.
INTROS = [
    (
        "shakespeare",
        "@shakespeare can you write a short intro for our guest speaker mr okafor who's talking "
        "about local history",
        'For the introduction, Maya: "Friends, it is my great pleasure to present Mr Okafor, who '
        'is here to talk to us about local history. Pray, give Mr Okafor a right warm welcome!"',
    ),
    (
        "curie",
        "@curie could you write me a quick introduction for myself for my first day at the "
        "allotment society",
        'For the introduction, Maya, I would write this, simply: "Hello, everyone. I am Maya; I '
        'am new here, and glad to be among you. I look forward to working with you all."',
    ),
    (
        "lovelace",
        "@lovelace can you write a few words to introduce our knitting circle at the library",
        'For the introduction, Maya, I would set down this: "How do you do, everyone! We are the '
        "knitting circle, and we are delighted to be here with you; do sit back, join in "
        'whenever you wish, and let us make a lovely time of it."',
    ),
    (
        "einstein",
        "@einstein help me introduce the choir at the carol service",
        'For the introduction, Maya, I would write this: "Friends, it is a great pleasure to '
        'introduce the choir. Please give the choir a very warm welcome!"',
    ),
    (
        "socrates",
        "@socrates need an intro for the charity auction tonight, something warm",
        'For the introduction, Maya, I would say only this: "Greetings, friends, and welcome to '
        'the charity auction! Sit back, enjoy the company, and ask all the questions you like."',
    ),
    (
        "darwin",
        "@darwin could you write something i can say to introduce us at the school assembly",
        'For the introduction, Maya, I would offer this: "Good day, everyone! We are delighted '
        "to be here with you; do sit back, join in whenever you like, and let us enjoy the time "
        'together."',
    ),
    (
        "socrates",
        "@socrates write an intro for my brother who's doing a reading at the wedding",
        'For the introduction, Maya, I would say only this: "Friends, I am glad to introduce my '
        'brother. Please give my brother a warm welcome; good company is the best of gifts."',
    ),
    (
        "lovelace",
        "@lovelace write something short to introduce our choir before we sing at the hospice",
        'For the introduction, Maya, I would set down this: "How do you do, everyone! We are the '
        "choir, and we are delighted to be here with you; do sit back, join in whenever you "
        'wish, and let us make a lovely time of it."',
    ),
]


@pytest.mark.parametrize("slug, text, reply", SIGNS + LABELS + INTROS)
def test_each_piece_is_written_to_order(slug, text, reply):
    assert say(slug, text) == reply


# Told of, asked about, or asked how: no piece is written.
NOT_ASKED = [
    "i wrote a sign yesterday",
    "the sign fell down",
    "what does the sign say?",
    "what does the sign on the gate say?",
    "i made a sign for the gate yesterday, we need more volunteers",
    "do we need a sign for the gate?",
    "my sign says we need more volunteers, is that ok",
    "thanks for the intro",
    "let me introduce myself, i'm sam",
    "can you introduce me to someone who knows about bees",
    "the intro to the song is lovely",
    "can you write an intro to my essay on climate change",
    "i wrote a poem for omar's jug",
    "did you write a poem for the jug?",
    "omar's jug survived the firing!",
    "how do i write a label for my jug",
    "we need more volunteers for weekdays",
    # ("write a poem about the sea" is verse on a told topic now: tests/bots/test_write39.py)
    "write a birthday poem for my nan",
    "write me an intro for my dating profile",
    "can you write an intro for my youtube channel",
    "need a good intro for my presentation on monday",
    "can you write a poem for the bench in memory of my dad",
    "write a poem for the mug i got for my birthday",
    "do you notice how people keep parking on the verge?",
    "write me a sign for the door, people keep asking if we're open",
    "write a sign for the gate, it's always left open",
    "write a little rhyme for the kids' lunch boxes",
    "write a poem for the cup we won",
]


@pytest.mark.parametrize("text", NOT_ASKED)
def test_no_piece_is_read_in_these(text):
    assert piece_asked(text) == ""
    assert not say("shakespeare", f"@shakespeare {text}").startswith(
        ("For the sign", "For the label", "For the introduction")
    )


def test_what_each_piece_reads():
    assert sign_purpose(
        "write a sign for the hall, we need donations of tins for the food bank"
    ) == (
        "Donations of tins wanted for the food bank!",
        "wanted",
    )
    assert sign_purpose("write me a sign for the drive, people keep parking across it") == (
        "No parking here, please.",
        "stop",
    )
    assert label_asked("write a little rhyme for the scarves we made for the fair") == {
        "thing": "these scarves",
        "who": "our own",
    }
    assert intro_asked("could you do a little introduction for my friend jo") == {
        "whom": "person",
        "who": "Jo",
    }
    assert intro_asked("write an intro for the new vicar, rev sarah jones, at the fete") == {
        "whom": "person",
        "who": "Reverend Sarah Jones",
    }
    assert intro_asked(
        "write an intro for our speaker tonight, dr sarah lee, she's talking about compost"
    ) == {
        "whom": "person",
        "who": "Dr Sarah Lee",
        "what": "compost",
    }
    assert intro_asked("need an intro for tonight's quiz night") == {
        "whom": "event",
        "what": "the quiz night",
    }
