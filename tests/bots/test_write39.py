"""Short pieces written to order (write39): verse asked on a told topic is written for it, naming
the topic's own things (the boat by her name, the club by its name, the place left and the
season it is left in), also when asked again in few words just after ("just a verse?"); a
letter, an email or a post asked on a matter is drafted by any persona, greeting whom it goes to
and saying what the room said of the matter; a sign asked only "something welcoming" welcomes
people to its place, the manner never pasted in as words of the sign. Never a refusal, a how-to,
a stock quotation, or the asking's own words set in as a sentence. Told of ("i wrote to the
council", "the letter came today", "what does the banner say", "i love that verse"), nothing is
written."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots.letters import letter_asked
from bots.pieces import piece_asked
from bots.poems import poem_asked
from rooms.models import Room
from tests.bots.talk import Line
from tests.bots.test_conversation import answers
from tests.bots.test_conversation import say as say_in
from tests.bots.test_everyday_messages import VOICES, say
from tests.bots.test_live12 import room_of

# The rooms' own (h32, h33 dev): a refusal, a stock quotation, the asking pasted in, a frame.
LIFT = (
    Line("tariq", "welcome. lift is broken again btw, third time since march"),
    Line("debbie", "i'm so fed up. we need to write to the housing association properly this time"),
)
ROOM = [
    (
        "@shakespeare we need lyrics for the slow one, something about leaving a seaside town in "
        "winter. just a verse?",
        (),
        "For the song, Maya: \"Farewell to the seaside town; 'tis winter, and I go, / though half "
        "my heart stays here, as well you know. / I'll sing of thee when I am grey and old, / and "
        'keep thee close, though all the world grow cold."',
    ),
    (
        "@shakespeare can you help draft the opening of a letter about the lift? firm but polite",
        LIFT,
        'A draft, Maya, firm but civil, as a good petition should be: "Dear Sir or Madam, We '
        "write about the lift, which is broken again, for the third time since March. Please "
        'reply in writing within 14 days, saying what you will do about this and when."',
    ),
    (
        "@shakespeare could you write a little welcome poem for my boat's naming do on saturday? "
        "she's called Marigold",
        (),
        'For the poem, Maya: "Welcome, good friends! Come, fill your cups and cheer: / Marigold '
        "takes her name this day, and here! / Fair winds go with her where she ride, / and bring "
        'her home on every tide."',
    ),
    (
        "@shakespeare could you write a short sign for the door of the exhibition? something "
        "welcoming",
        (),
        'For the sign, Maya: "Welcome, gentles all, to the exhibition! Step in, look well, and '
        'take your time."',
    ),
    (
        "@shakespeare could you write a few lines for our club banner? we're the Vale Diggers",
        (),
        'For the banner, Maya: "Here stand the Vale Diggers, come rain or shine: / no truer band '
        'in all the land, and none so fine!"',
    ),
]


@pytest.mark.parametrize(("text", "before", "reply"), ROOM)
def test_the_rooms_pieces_are_written(text, before, reply):
    assert say("shakespeare", text, history=before) == reply


# (persona, the asking, the reply): verse on a told topic, in each persona's voice.
VERSES = [
    (
        "shakespeare",
        "@shakespeare can you write us a song about moving away from glasgow in the autumn",
        "For the song, Maya: \"Farewell to Glasgow; 'tis autumn, and I go, / though half my "
        "heart stays here, as well you know. / I'll sing of thee when I am grey and old, / and "
        'keep thee close, though all the world grow cold."',
    ),
    (
        "shakespeare",
        "@shakespeare we need lyrics about missing the last train home",
        "For the song, Maya: \"Of missing the last train home I'll sing, and sing it true: / the "
        "heart knows more of it than ever the head knew. / The road is long, the wheels go round "
        'and round; / but every road leads home, and home is found."',
    ),
    (
        "shakespeare",
        "@shakespeare a little poem about the first frost on the allotment pls",
        "For the poem, Maya: \"Shall I compare thee to a summer's day? Nay: / I'll sing of the "
        "first frost on the allotment, and sing it my own way. / The frost is on the pane, the "
        'fire burns low; / and warm within, we let the cold wind blow."',
    ),
    (
        "curie",
        "@curie write a short poem about my nan's allotment in the spring",
        "For the poem, Maya: \"Of my nan's allotment in the spring I would write simply, with "
        'patience and with care: / there is more beauty in it than we knew was there."',
    ),
    (
        "darwin",
        "@darwin we need a little rhyme for the narrowboat launch, she's called Dragonfly",
        'For the verse, Maya, I would offer this: "To Dragonfly: may she treat you kinder than '
        'the Beagle treated me; / I was seasick five long years, and still I loved the sea."',
    ),
    (
        "darwin",
        "@darwin could you write a verse about leaving the farm in the winter",
        'For the verse, Maya, I would offer this: "Farewell to the farm, in winter: the Beagle '
        "sails at dawn; / I'll keep it in my notebooks, long after I have gone.\"",
    ),
    (
        "einstein",
        "@einstein could you do a verse for our choir, we're the Hartley Singers",
        "For the verse, Maya, I would write this: \"Here's to the Hartley Singers: many minds, one "
        'orbit round the sun; / together we go further than any one."',
    ),
    (
        "lovelace",
        "@lovelace can you write a couple of lines for our team banner, we're the Tuesday "
        "Strollers",
        'For the banner, Maya, I would set down this: "We are the Tuesday Strollers: bold in '
        'thought and true in deed; / with imagination and with method, we succeed!"',
    ),
    (
        "socrates",
        "@socrates write me a poem about waiting for the kettle to boil",
        "For the poem, Maya, I would say only this: \"Of waiting for the kettle to boil I'd sing, "
        'and question as I go: / for wonder is where wisdom starts, as all wise people know."',
    ),
    (
        "shakespeare",
        "@shakespeare could you write us a song about how i lost my phone on the bus",
        "For the song, Maya: \"Shall I compare thee to a summer's day? Nay: / I'll sing of how I "
        "lost my phone on the bus, and sing it my own way. / A humble theme, you say? I say not "
        'so: / the smallest things make up the world we know."',
    ),
    (
        "socrates",
        "@socrates could you write a few lines for our banner? we're the Lower Hembury Allotment "
        "Society",
        'For the banner, Maya, I would say only this: "We are the Lower Hembury Allotment '
        "Society: we ask, we argue, and we never tire; / good friends together, and the truth is "
        'our desire."',
    ),
]


def test_a_name_told_is_read_as_the_asker_gives_it():
    assert poem_asked("a poem for my dog pls, he's called biscuit") == {
        "who": "Biscuit",
        "asked": "poem",
    }
    assert poem_asked("could you write a song for my band, we're the night owls")["who"] == (
        "the Night Owls"
    )
    # ("we're the best": no name)
    assert "who" not in poem_asked("write us a poem about the league, we're the best")


# (persona, what was said before, the few words asking, the reply): asked again just after.
AGAIN = [
    (
        "shakespeare",
        ("we need lyrics for the slow one, something about leaving a seaside town in winter",),
        "@shakespeare just a verse?",
        "For the song, Maya: \"Farewell to the seaside town; 'tis winter, and I go, / though half "
        "my heart stays here, as well you know. / I'll sing of thee when I am grey and old, / and "
        'keep thee close, though all the world grow cold."',
    ),
    (
        "darwin",
        ("darwin should write us a poem about the hedgehogs in the garden", "ha yes"),
        "@darwin go on then, a short one",
        "For the poem, Maya, I would offer this: \"Of the hedgehogs in the garden I'd write, and "
        "watch it, patient, long: / there is grandeur in this view of life, and room in it for "
        'song."',
    ),
    (
        "socrates",
        ("could someone write a poem about the old bandstand in the park",),
        "@socrates just a couple of lines?",
        "For the poem, Maya, I would say only this: \"Of the old bandstand in the park I'd sing, "
        'and question as I go: / for wonder is where wisdom starts, as all wise people know."',
    ),
]


def test_a_few_words_after_no_verse_asked_write_none():
    history = (Line("mo", "i love the verse about the sea in that song"),)
    assert "/" not in say("shakespeare", "@shakespeare just a verse?", history=history)


def test_a_few_words_after_its_own_verse_do_not_write_it_again():
    asked = "@shakespeare write a poem about the old pier"
    first = say("shakespeare", asked)
    assert first.startswith('For the poem, Maya: "Shall I compare thee to a summer')
    history = (Line("maya", asked), Line(VOICES["shakespeare"].name, first, own=True))
    assert say("shakespeare", "@shakespeare a short one?", history=history) != first


# (persona, what the room said before, the asking, the reply): letters, emails and posts.
LETTERS = [
    (
        "shakespeare",
        ("the potholes on mill lane are getting worse, my tyre went yesterday",),
        "@shakespeare can you write an email to the council about the potholes on mill lane",
        'Here, Maya; civil words open doors that loud ones shut: "Dear Sir or Madam, I write '
        "about the potholes on Mill Lane, which are getting worse. I would be grateful for a "
        'reply saying what can be done about this. Yours faithfully, Maya."',
    ),
    (
        "einstein",
        ("boiler's broken again, no hot water since friday", "we need to complain"),
        "@einstein could you draft the start of a letter to our landlord about the boiler? firm",
        'For the letter, Maya, an old physicist offers this: "Dear Sir or Madam, We write about '
        "the boiler, which is broken again. Please reply in writing within 14 days, saying what "
        'you will do about this and when."',
    ),
    (
        "curie",
        (),
        "@curie can you write to the neighbours about the bins, friendly",
        'For the letter, Maya, I would write this, simply: "Hi neighbours, we just wanted to say '
        "a quick word about the bins. Any thoughts or questions, just let us know. Thanks, Maya, "
        'for us all."',
    ),
    (
        "darwin",
        (),
        "@darwin could you do a post for the facebook group about the litter pick on sunday",
        'For the post, Maya, I would offer this: "Hi all, I just wanted to say a quick word about '
        'the litter pick on Sunday. Any thoughts or questions, just let me know. Thanks, Maya."',
    ),
    (
        "socrates",
        (),
        "@socrates can you help write a letter to mrs patel about the hedge",
        'For the letter, Maya, I would say only this: "Dear Mrs Patel, I write about the hedge. I '
        'would be grateful for a reply saying what can be done about this. Yours sincerely, Maya."',
    ),
]


@pytest.mark.parametrize(("slug", "before", "text", "reply"), AGAIN + LETTERS)
def test_what_the_room_said_just_before_is_written_on(slug, before, text, reply):
    """Verse asked again in few words is written on the topic just asked; a letter on a matter
    is drafted by any persona, with what the room said of the matter."""
    history = tuple(Line("sam", line) for line in before)
    assert say(slug, text, history=history) == reply


# (persona, the asking, the reply): a sign asked in a welcoming manner only.
SIGNS = [
    (
        "curie",
        "@curie can you make a sign for our stall at the craft fair, nothing too formal",
        'For the sign, Maya, I would write this, simply: "Welcome to our stall. Please come in '
        'and take your time."',
    ),
    (
        "einstein",
        "@einstein could you do a friendly sign for the shop door",
        'For the sign, Maya, I would write this: "Welcome to the shop! Come in, look around, and '
        'stay as long as you are curious."',
    ),
    (
        "socrates",
        "@socrates could you write a sign for the gate, something welcoming",
        'For the sign, Maya, I would say only this: "Welcome, friends! Come in, look, and ask all '
        'the questions you like."',
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), VERSES + SIGNS)
def test_verse_on_a_topic_and_a_welcoming_sign_are_written_for_it(slug, text, reply):
    """Verse names the topic's own things; a sign asked in a manner welcomes, and never says the
    manner."""
    assert say(slug, text) == reply


# Told of, asked whether it has one, or of a form or an occasion written elsewhere.
NOT_ASKED = [
    "i wrote to the council about the potholes",
    "the letter came today",
    "did you get my letter",
    "what does the banner say",
    "i love that verse",
    "i wrote a poem about leaving london",
    "have you got a poem about the sea",
    "the sign on the door is so welcoming",
    "i need to learn the lyrics to the slow one",
    "we're the Vale Diggers, we meet on tuesdays",
    "write a poem about my grandad who passed last week",
    "a limerick about my uncle's barbecue pls",
    "write a birthday poem for my nan she loves the sea",
    "write a poem about it",
]


@pytest.mark.parametrize("text", NOT_ASKED)
def test_no_verse_letter_or_welcome_sign_is_read_in_these(text):
    assert poem_asked(text) == {}
    assert piece_asked(text) in ("", "label")
    assert not letter_asked(text)
    reply = say("shakespeare", f"@shakespeare {text}")
    assert "Dear " not in reply and "Welcome, gentles" not in reply
    assert not reply.startswith(("For the song", "For the banner", "For the verse,"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_letter_drafted_in_a_room_is_said_whole(room, alice, personas):
    """A draft is longer than a reply's usual length: the room gets it whole, to be sent (before,
    the room's reply was cut at the persona's length, mid-sentence)."""
    await room_of(room, personas, "shakespeare")
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(topic="Tenants")
    await say_in(room, alice, "the lift is broken again, third time since march")
    got = await answers(
        await say_in(
            room, alice, "@shakespeare can you write to the housing association about the lift"
        )
    )
    assert got["shakespeare"].endswith(
        '"Dear Sir or Madam, I write about the lift, which is broken again, for the third time '
        "since March. I would be grateful for a reply saying what can be done about this. Yours "
        'faithfully, Alice."'
    )
