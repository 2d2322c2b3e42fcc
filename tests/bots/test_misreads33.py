"""The misreads of four dev rooms (/root/h31/dev): people asked of as anyone taken for the
subject ("why do humans even do weddings": a blush), a #know line met on everyday words alone
("nights", "a week"), a side said in a word read off another message, small talk with a
greeting owned up to, praise of an old piece met with grief, advice asked of a life met with
"that is a measurement I never made", "right over the stage" read as siding with "Hole",
"asking for a friend" handed to the philosopher, a drink got out of a dress unknown as a stain,
and the chance of another outcome said for the one asked."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine, offline_reply, subject_terms
from bots.know import _stain_asked
from bots.valence import mood
from tests.bots.test_misreads32 import BY_SLUG, CAST, NAMES, reply


def said_after(slug: str, lines: list[tuple[str, str]]) -> str:
    """What `slug` says to the last of `lines`, the others said before it in the room."""
    history = tuple(ChatLine(author, text) for author, text in lines)
    return offline_reply(
        BY_SLUG[slug],
        message=lines[-1][1],
        theme="Chat",
        seed=1,
        ignore=NAMES,
        history=history,
        others=tuple(v for v in CAST if v.slug != slug),
    )


# 1. People asked of as anyone are no subject; a question after a question is asked too.

BLUSH = "A blush is the most peculiar and most human of all expressions."


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("why do humans even like games", False),
        ("how do people fall in love", False),
        ("why did men wear wigs", False),
        ("what do humans and chimps share", False),
        ("tell me about humans", True),
        ("whats the deal with humans", True),
    ],
)
def test_people_who_do_what_is_asked_are_not_what_it_is_about(text, people):
    assert bool(subject_terms(text) & {"human", "peopl", "men", "man"}) is people


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("why do humans blush?", f"A fair question, Sam. {BLUSH}"),
        (
            "are humans still evolving?",
            "A fair question, Sam. Humans are still evolving: natural selection still works on "
            "whatever makes some people leave more children than others, though slowly, and "
            "medicine changes its course.",
        ),
    ],
)
def test_a_question_on_humans_themselves_keeps_its_line(text, said):
    assert reply("darwin", text) == said


# 2. A #know line met on everyday words alone ("nights", "a week") is not met.

EQUINOX = (
    "The Earth's axis is tilted, Sam, so through the year our half leans towards the Sun and "
    "away. Near the equinoxes, in March and September, sunset moves fastest, two or three "
    "minutes a day in Britain; near the solstices it hardly moves."
)


@pytest.mark.parametrize(
    "text",
    ["why are the nights drawing in so fast?", "why do the days get longer so quickly in march"],
)
def test_a_know_line_met_on_a_word_of_its_thing_is_said(text):
    assert reply("einstein", text) == EQUINOX


# What humans do (1.), a #know line met on everyday words alone (2.), and the chance of a
# figure asked (9.): each answered on what it asks, or owned up to.
ANSWERED = [
    (
        "darwin",
        "why do humans even do weddings? like do any animals do a big show when they pair up",
        (
            "Courtship is full of shows, Sam: birds of paradise spread their plumes and dance "
            "before the hens, and bower-birds build halls of twigs decked with shells and "
            "feathers. The females choose the finest show, so the shows grow finer."
        ),
    ),
    (
        "darwin",
        "why do humans even like games? do animals play games too or is that just us",
        (
            "Many animals play, Sam: puppies and kittens wrestle, chase and mock-bite, and "
            "Huber saw even ants chasing and pretending to bite each other, like so many "
            "puppies. It is practice for hunting and fleeing, and plainly a pleasure too."
        ),
    ),
    (
        "darwin",
        "why do humans keep pets? do any animals do that",
        "A fair question, Sam. A pet teaches a child more about the feelings of animals than "
        "any book; all our children had a dog or a pony of their own to care for.",
    ),
    (
        "einstein",
        "does time actually go slower on nights or is it just my brain. 4 til 6 lasts about a week",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Sam. "
            "Felt time is the mind's: boredom and tiredness stretch it. Clocks truly slow only "
            "near light speed."
        ),
    ),
    (
        "einstein",
        "do nights drag or is it just me, one shift feels like a week",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Sam. "
            "Felt time is the mind's: boredom and tiredness stretch it. Clocks truly slow only "
            "near light speed."
        ),
    ),
    (
        "lovelace",
        "in catan whats the chance of rolling a 7 with two dice? i swear it comes up way more "
        "than it should",
        (
            "A sum the Engine would take in one turn of its handle, Sam: a total of 7 on 2 "
            "dice comes up 6 of the 36 ways they can fall (1+6, 2+5, 3+4, 4+3, 5+2, 6+1): 6/36 "
            "= 1 in 6, about 16.7%."
        ),
    ),
    (
        "lovelace",
        "whats the probability of rolling a 12 with 2 dice",
        (
            "A sum the Engine would take in one turn of its handle, Sam: a total of 12 on 2 "
            "dice comes up 1 of the 36 ways they can fall (6+6): 1/36 = 1 in 36, about 2.8%."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "said"), ANSWERED)
def test_a_question_is_answered_on_what_it_asks_or_owned_up_to(slug, text, said):
    assert reply(slug, text) == said
    assert BLUSH not in said and "equinoxes" not in said and "two sixes" not in said


# 3. A side said in a word ("callum thinks yes") is on the question asked here.


def test_a_side_said_in_a_word_is_on_the_question_not_on_an_old_message():
    said = said_after(
        "socrates",
        [
            ("callum", "@shakespeare can you write a leaving card message for sister o'brien?"),
            (
                "rosa",
                "@socrates do you think nights are worth it? the extra pay vs never seeing "
                "daylight. callum thinks yes i think no",
            ),
        ],
    )
    assert said == (
        "Callum seems to me to have it, Rosa; I could not find the flaw. Take the work you love; "
        "a job you do not love slowly becomes the shape of your days, and the days are your life."
    )


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (
            [
                ("jo", "we're moving house in june, boxes everywhere"),
                ("sam", "@socrates is a gap year worth it? jo says no, i say yes"),
            ],
            "I think Jo is right, Sam, though I would ask one more question to be sure.",
        ),
        (
            [
                ("ben", "the kettle is broken again"),
                ("sam", "@curie should we buy a new one? ben says yes"),
            ],
            "I do not agree with Ben, Sam; the claim is larger than the evidence for it.",
        ),
    ],
)
def test_a_side_said_in_a_word_takes_no_line_from_what_they_said_before(lines, said):
    slug = lines[-1][1].split()[0][1:]
    assert said_after(slug, lines) == said
    assert "Athens" not in said


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (
            [
                ("priya", "just got back from the gym, legs are dead"),
                ("sam", "@darwin are cats better pets than dogs? priya thinks so, i'm not sure"),
            ],
            "I am not with Priya on this, Sam; the facts I know point the other way. Dogs, "
            "without a doubt; my dog Polly would lie by the fire while I worked, and a dog's "
            "affection is one of the most striking things in nature.",
        ),
        (
            [
                ("jo", "homework should be banned, kids need to play"),
                ("sam", "@socrates do you agree with jo?"),
            ],
            # (opinion39: what Jo said is said back first, and the philosopher asks of it.)
            "Jo says homework should be banned, and kids need to play. But why so, Sam: because "
            "it is right, or only because it is easier?",
        ),
    ],
)
def test_a_pick_or_a_view_of_what_was_said_is_as_before(lines, said):
    slug = lines[-1][1].split()[0][1:]
    assert said_after(slug, lines) == said


# 4. Greeted and asked how a thing of theirs is going: a guest's answer; and 5. praise of a
# piece by name, a line "stolen", is praise. Each with look-alikes that keep their answers.

GUEST = "I cannot see {} from here, but I hope all is well there."
SAID = [
    (
        "curie",
        "hi @einstein, how's ward 7 doing",
        ("Bonjour, Sam! I cannot see ward 7 from the laboratory, but I hope all is calm there."),
    ),
    (
        "darwin",
        "morning! hows the bake sale going",
        (
            "Good day, Sam. I cannot observe the bake sale from Down House, but I hope all "
            "is thriving."
        ),
    ),
    (
        "einstein",
        "hey, how's the new puppy getting on?",
        ("Hello, Sam! From my desk I cannot see the new puppy, but I wish all there well."),
    ),
    (
        "lovelace",
        "evening all, how is the shop doing today",
        ("Hello, Sam! I cannot see the shop from my study, but I hope all goes well there."),
    ),
    (
        "socrates",
        "hello, how are the twins doing",
        "Hello, Sam. I cannot see the twins from the agora; tell me yourself how things go.",
    ),
    # how the persona, or the room, is doing: as before
    (
        "curie",
        "hi curie, how's your research going",
        "Here is what I know of it, Sam. Research is slow, and the public wants miracles; we must "
        "give it honesty instead.",
    ),
    (
        "einstein",
        "hey, how's it going",
        "Guten Tag, Sam! Well enough, thank you; I have been answering letters from schoolchildren "
        "who ask whether I ever comb my hair. What about you?",
    ),
    (
        "socrates",
        "hi all, how's everyone doing",
        "Greetings, Sam! This evening I am at a friend's supper, where we shall drink a little and "
        "argue a great deal. What are you doing?",
    ),
    (
        "curie",
        "evening folks, how are we all getting on",
        "Hello, Sam. Well, thank you: a long day at the bench measuring a sample that will not sit "
        "still, and tonight I am writing up the figures. And you?",
    ),
    # praise of its piece, said to it by name
    (
        "shakespeare",
        "love that toast, im stealing the rain bit",
        "Thou art too kind, Sam; I do but hold the mirror up.",
    ),
    (
        "shakespeare",
        "love that sign, going straight on the door",
        "Thou art too kind, Sam; I do but hold the mirror up.",
    ),
    (
        "lovelace",
        "love that, im nicking the spreadsheet trick for work",
        "How kind, Sam; though Mr Babbage built the engine, I only wrote about it.",
    ),
    (
        "curie",
        "great answer, my mum will be thrilled",
        "Thank you, Sam; but the credit belongs to the work, not to me.",
    ),
    # praise before a trouble still meets the trouble
    (
        "einstein",
        "good point, my nan passed away last night",
        "Ach, Sam, I am so sorry. That is a heavy thing to carry; be gentle with yourself, and let "
        "the people near you help.",
    ),
    (
        "darwin",
        "nice one, my train's cancelled again",
        "How vexing, Sam! Small mishaps are the natural condition of a busy life.",
    ),
    # someone right still takes a side (7.)
    (
        "einstein",
        "rob is right, the beam carries it along",
        "So you side with Rob, Sam. Good; but let us still test the idea.",
    ),
    (
        "curie",
        "ana is right isn't she, bleach and vinegar don't mix",
        "So you side with Ana; good, but agreement is not yet proof. Never mix bleach with "
        "vinegar or with ammonia: they give off chlorine and other poisonous gases; in a kitchen, "
        "as in the laboratory, mix only what you know.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "said"), SAID)
def test_small_talk_praise_and_sides_read_as_they_are(slug, text, said):
    assert reply(slug, text) == said


@pytest.mark.parametrize(
    "text",
    [
        "im stealing the rain bit",
        "im totally stealing that",
        "i'll be nicking your line about stairs",
    ],
)
def test_a_line_taken_up_is_no_trouble(text):
    assert mood(text) == "neutral"


@pytest.mark.parametrize("text", ["im stealing that car", "i am stealing your bike"])
def test_a_thing_stolen_is_still_trouble(text):
    assert mood(text) == "grave"


# 6. Advice asked of its life, with nothing on it, is advice; never "I never studied myself".


def test_advice_asked_of_its_life_is_its_general_advice():
    # (The grant forms of the dev room now meet Curie's own line on making a case.)
    said = reply(
        "curie",
        "you did plenty of interviews with the press, any tips on how to handle a journalist?",
    )
    # (Not its take on a job "interview", met on that one word: misreads34.)
    assert said == (
        "Honestly, Sam, I will tell you what I think. Choose the path where the work itself "
        "interests you; the rest comes with patience."
    )


def test_what_it_is_like_is_still_owned_up_to_as_itself():
    assert reply("curie", "what is your biggest flaw?") == (
        "I did not spend much time studying myself, Sam; the laboratory was always more "
        "interesting than I was."
    )


# 7. "right over the stage" takes no side.


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        (
            "einstein",
            "why does the water come in at the kitchen when the hole is right over the stage? it "
            "makes no sense",
        ),
        ("curie", "why is there condensation on the wall when the radiator is right under it?"),
        ("darwin", "the nest is right by the back door, will the birds mind us using it?"),
    ],
)
def test_right_of_a_place_takes_no_side(slug, text):
    said = reply(slug, text)
    assert "side with" not in said
    assert "agreement is not yet proof" not in said


# 8. "asking for a friend (...)" is a figure of speech; a drink got out of a cloth, a stain.

STAIN = (
    "Cold water first, Sam, never hot: heat sets wine, blood and anything with protein, as it "
    "sets an egg. Blot, never rub; salt draws red wine out, then soak it in washing soda. Test "
    "anything stronger on a hidden bit first."
)
HANDED_TO_CURIE = (
    "A shoemaker could answer that better than I, Sam; I only know how to ask questions. Put it "
    "to @curie; I would rather hear that answer examined than give a poor one."
)


@pytest.mark.parametrize(
    "text",
    [
        "random one but how do i get red wine out of a cream dress, asking for a friend (the "
        "friend is me, it was a test run)",
        "how do i get coffee out of my white jumper? asking for a friend",
        "how do i get coffee off the sofa, asking for my mate (it was me)",
    ],
)
def test_a_stain_asked_for_a_friend_is_the_chemists(text):
    assert reply("curie", text) == STAIN
    assert reply("socrates", text) == HANDED_TO_CURIE


def test_friendship_asked_is_still_the_philosophers():
    assert reply("socrates", "how do i stay friends with my ex?") == (
        "You ask what I think, Sam? I will tell you, and then you must test it. Friends are the "
        "best possession there is; I would rather have one good friend than all the gold of the "
        "Persian king."
    )


@pytest.mark.parametrize(
    ("text", "stain"),
    [
        ("how do i get red wine out of a cream dress", True),
        ("getting coffee off the sofa", True),
        ("get tea out of the carpet", True),
        ("how do i get the cat off the sofa", False),
        ("get the cork out of a wine bottle", False),
        ("take the milk out of the fridge", False),
        ("get the wine out of the cellar", False),
        ("get the chewing gum out of my hair", False),
    ],
)
def test_a_drink_got_out_of_a_cloth_is_a_stain(text, stain):
    assert _stain_asked(text) is stain


# 9. The chance of a figure asked is answered only by a line saying that figure.


# (field40: the chance is worked exactly now, `bots.odds`, where it was said by the line on two
# sixes, "one in thirty-six", and by the line on a class of 23 for a room of 30 or 40.)
@pytest.mark.parametrize(
    "text",
    [
        "whats the chance of two sixes with two dice?",
        "whats the chance of getting a double six with two dice?",
    ],
)
def test_the_chance_of_the_outcome_asked_is_said(text):
    assert reply("lovelace", text) == (
        "A sum the Engine would take in one turn of its handle, Sam: two sixes with two dice is 1 "
        "way of the 36 (1/6 × 1/6): 1/36, 1 in 36, about 2.8%."
    )


@pytest.mark.parametrize(
    ("text", "chance"),
    [
        ("odds of 2 ppl sharing a birthday in a room of 30?", "30 birthdays differ"),
        ("what are the chances two people in my office of 40 share a birthday", "about 89.1%"),
    ],
)
def test_the_chance_of_the_outcome_among_other_figures_is_said(text, chance):
    assert chance in reply("lovelace", text)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("shakespeare", "hi, how is the play coming along"),
        ("curie", "hello, how is the lab doing"),
        ("darwin", "morning, hows the garden looking"),
        ("lovelace", "hey, how is the engine coming along"),
    ],
)
def test_a_thing_of_its_own_world_asked_after_is_no_guests_business(slug, text):
    said = reply(slug, text)
    assert "cannot see" not in said and "From where I sit" not in said
