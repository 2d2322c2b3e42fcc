"""Lead62 (session 36), found on the dev rooms of this session's holdout:

- "hello! i'm ellie, joining from next week, total beginner ... @socrates is it possible to
  actually learn patience or are you born with it": welcomed, and the question lost ("And what
  brings you to our conversation?"). A newcomer's hello with a question put to the persona after
  it is welcomed in a sentence and the question answered, with no "A fair question" between.
"""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "darwin",
            "hiya, i'm dom, new to the group. @darwin why do cats knead blankets?",
            "Welcome, Dom! A cat that kneads a soft blanket with its paws is doing what it did "
            "as a kitten at its mother's side to make the milk flow; the grown cat keeps the "
            "habit when it is content.",
        ),
        (
            "lovelace",
            "hello all! first time here, name's jas. @lovelace what's 20% of 45?",
            "Welcome, Jas! A sum the Engine would take in one turn of its handle: 20% of 45 is 9.",
        ),
        (
            "einstein",
            "hi i'm new, i'm rhi. @einstein why is the sky blue?",
            "Welcome, Rhi! The sky is blue because the air scatters blue sunlight far more than "
            "red, so blue light reaches your eyes from every part of the sky.",
        ),
        (
            "socrates",
            "hey, kemi here, new to this. @socrates can you teach someone to be brave?",
            "Welcome, Kemi! Nerves before a first match are no shame: at Delium the brave trembled "
            "too; courage is going forward knowing what is and is not worth fearing.",
        ),
        (
            "einstein",
            "hi everyone, new here. @einstein did you really fail maths at school?",
            # (bio46's line on the myth, since session 46)
            "Welcome, Sam! Never, that is a myth: I had mastered calculus before I was fifteen, "
            "and my Swiss report cards gave me top marks in mathematics. What I did fail, at "
            "sixteen, was the general part of the Zurich Polytechnic entrance exam, in French and "
            "the like.",
        ),
    ],
)
def test_a_newcomer_asking_is_welcomed_and_answered(slug, message, reply):
    assert say(slug, message, author="sam") == reply


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        # How the room works: welcomed and told, as before.
        (
            "darwin",
            "hi im new! how does this work?",
            "Welcome, Sam! You have begun already: just write, as you have, and we answer; an @ "
            "before a name calls one of us in particular.",
        ),
        (
            "curie",
            "hi, i'm new. can i just ask stuff?",
            "Welcome, Sam. You have already done it: write what you like, as you have, and we "
            "answer; put an @ before a name to ask one of us in particular.",
        ),
        # Nothing asked of the persona: a welcome.
        (
            "darwin",
            "hi all, i'm sue and i'm new here, love the group",
            "Welcome, Sue! Every new arrival in a community brings a little useful variation. Have "
            "you observed anything curious today?",
        ),
        (
            "darwin",
            "hi im new here. anyone know where the meeting is?",
            "Welcome, Sam! Every new arrival in a community brings a little useful variation. Have "
            "you observed anything curious today?",
        ),
    ],
)
def test_a_newcomer_asking_the_room_or_how_it_works_is_welcomed_as_before(slug, message, reply):
    assert say(slug, message, author="sam") == reply


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "einstein",
            "also does anyone have a good recipe for a big veggie chilli for 7? @einstein you look "
            "like a chilli man",
            (
                "Cookery is beyond me, Sam; Elsa did our cooking, and my own art in the kitchen "
                "went no further than boiling water for coffee."
            ),
        ),
        (
            "darwin",
            "who knows how to bleed a radiator? @darwin you seem handy",
            "Household mending is beyond me, Sam; my hands were good only for dissecting barnacles "
            "under a microscope, so ask a plumber or a builder.",
        ),
        (
            "curie",
            "anyone got a good lasagne recipe? @curie you must cook",
            "That I cannot answer, Sam; my knowledge ends at the laboratory door.",
        ),
        (
            "darwin",
            "anyone got a spare charger i can borrow? @darwin",
            "A barnacle knows as much of that as I do, Sam, and is rather more patient about it.",
        ),
    ],
)
def test_a_thing_asked_of_anyone_is_no_question_of_its_life_or_day(slug, message, reply):
    """ "does anyone have a good recipe for a big veggie chilli? @einstein you look like a
    chilli man" got "Ach, you ask me something I have not often asked myself; I spent more
    thought on light than on my own heart" (the "you" of a tease beside the question), and
    "anyone got a good lasagne recipe?" his day ("a long day at the bench"): what is asked is
    the recipe, owned up to."""
    assert say(slug, message, author="sam") == reply


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "einstein",
            "@einstein did you ever cook?",
            "Cooking I left to Elsa and later to my sister Maja, Sam; my own skill went no further "
            "than boiling water for coffee.",
        ),
        (
            "curie",
            "anyone doing anything fun this weekend?",
            "This weekend Pierre and I mean to cycle out into the countryside, with bread and "
            "cheese and no instruments at all. And you?",
        ),
    ],
)
def test_its_life_and_its_day_asked_are_answered_as_before(slug, message, reply):
    assert say(slug, message, author="sam") == reply


LOVELACE = "A sum the Engine would take in one turn of its handle, Sam: "


@pytest.mark.parametrize(
    ("message", "working"),
    [
        (
            "new wheels are £68 a set and we need 5 sets for the fresh meat lot, and we've got "
            "£290 in the kitty. @lovelace how short are we?",
            "5 × £68 is £340; less the £290 you have, £50 short.",
        ),
        (
            "@lovelace tickets are £12 each and we need 8, we've got £70 saved. how much more do "
            "we need?",
            "8 × £12 is £96; less the £70 you have, £26 short.",
        ),
        (
            "@lovelace 6 bags of compost at £4.50 and we have £30 in the tin, is that enough?",
            "6 × £4.50 is £27; the £30 you have covers it, £3 to spare.",
        ),
        (
            "@lovelace we need 12 new shirts at £15 each and we've raised £150 so far, how much "
            "more do we need to raise?",
            "12 new shirts at £15 each is £180; less the £150 put towards it, £30 still to find.",
        ),
        (
            "@lovelace we've collected £45 and need £60, how much more?",
            "£45 of £60; £15 to go.",
        ),
        (
            "@lovelace we need £340 and we've got £290 in the kitty. how short are we?",
            "£290 of £340; £50 to go.",
        ),
    ],
)
def test_money_short_for_things_at_a_price_against_money_held(message, working):
    """ "new wheels are £68 a set and we need 5 sets ... we've got £290 in the kitty, how short
    are we?" got the Engine's brass wheels; "12 new shirts at £15 each and we've raised £150"
    added the £150 to the shirts (£330); "we need £340 and we've got £290" said "£290; £50 to
    go" with the £340 left unsaid."""
    assert say("lovelace", message, author="sam") == LOVELACE + working


@pytest.mark.parametrize(
    "message",
    [
        # who pays what is not said: no sum of the group's shortfall
        "@lovelace tickets are £12 each and we need 8 between 4 of us, we've got £70 saved. how "
        "much more do we need?",
        # how many are needed is not said
        "@lovelace tickets are £12 each, we've got £70 saved. how much more do we need?",
    ],
)
def test_money_short_with_a_figure_unplaced_is_declined(message):
    assert say("lovelace", message, author="sam") == (
        "I have all your figures, Sam, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked."
    )


@pytest.mark.parametrize(
    "message",
    [
        "@shakespeare we're each doing a quote for the end of term display, what's a short line "
        "of yours that would look nice in copperplate? nothing too long my hands cramp",
        "@shakespeare can you give us a line for the end of the show? keep it short",
    ],
)
def test_a_short_line_asked_is_a_short_line(message):
    """ "a short line of yours ... nothing too long my hands cramp" got Prospero's 21 words
    ("Our revels now are ended. These our actors, ..."): a short line asked, of a dozen words
    at most."""
    assert say("shakespeare", message, author="sam") == (
        "For the occasion, Sam, take this from my own stock. Polonius, sending his son abroad in "
        'Hamlet: "This above all: to thine own self be true."'
    )


def test_a_line_with_no_size_asked_may_be_long():
    assert say(
        "shakespeare", "@shakespeare can you give us a line for the end of the show?", author="sam"
    ) == (
        'For the occasion, Sam, take this from my own stock. Let Prospero close it: "Our revels '
        "now are ended. These our actors, as I foretold you, were all spirits, and are melted into "
        'air, into thin air."'
    )


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "@shakespeare it's nan and grandad's 50th anniversary on the saturday, can you write a "
            "little toast we can read out at dinner? they met at a dance in rhyl",
            'For the toast, Sam, take this from my own stock: "To the happy couple, who met at a '
            "dance in rhyl: of all the places Cupid might lie in wait, he chose that one, and for "
            'once his aim was true. Raise your cups!"',
        ),
        (
            "@shakespeare can you do a toast for dad's retirement do on friday at the crown?",
            'For the toast, Sam, take this from my own stock: "To Dad, and a long and happy '
            'retirement! Raise your glasses!"',
        ),
        # a toast to a night out, with its day and place: a notice of it, as before
        (
            "@shakespeare write us a toast for the quiz night on friday at 8, at the crown",
            'For the toast, Sam: "Raise your cups to the quiz night! Friday, 8 at the crown. Drink '
            'deep, and be merry!"',
        ),
    ],
)
def test_a_toast_to_an_occasion_is_no_notice_of_its_day(message, reply):
    """ "nan and grandad's 50th anniversary on the saturday, can you write a little toast we can
    read out at dinner? they met at a dance in rhyl" got the request cut up as a notice ("We can
    read out at dinner. They met at a dance in rhyl. Saturday on the saturday."): a toast to an
    anniversary, a birthday or a retirement is written to the occasion, whatever day it is."""
    assert say("shakespeare", message, author="sam") == reply


def test_a_patter_asked_is_words_for_the_occasion():
    """ "could you write a short patter for opening a show, like 'ladies and gentlemen' but less
    cheesy" got "Did I write my own plays? I did, ..." (the "you write" of the request read as a
    question of its life): a patter, a spiel or an intro asked is words for the occasion."""
    assert say(
        "shakespeare",
        "@shakespeare could you write a short patter for opening a show, like 'ladies and "
        "gentlemen' but less cheesy",
        author="sam",
    ) == (
        'For the occasion, Sam, take this from my own stock. Brutus knew the water: "There is a '
        'tide in the affairs of men, which, taken at the flood, leads on to fortune."'
    )


def test_a_lie_of_another_kind_is_no_praise_of_a_jumper():
    """ "is it lying if a magician says 'nothing up my sleeve' when there is?" got Socrates's
    line on praising the one part of a jumper you like ("if the colour is the worst bit,
    praise the care"): a sleeve and a lie, and no praise in it."""
    reply = say(
        "socrates",
        "@socrates is it lying if a magician says 'nothing up my sleeve' when there is?",
        author="sam",
    )
    assert reply == (
        "Whom does it serve, Sam: only you, or others too? What serves only ourselves is not "
        "always wrong, but it should have to work harder to persuade us."
    )


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "einstein",
            "hello, first time posting, i'm marcus, been doing coin tricks for years. @einstein is "
            "it true you liked magic tricks?",
            "Welcome, Marcus! New arrivals are my favourite people: they still ask why. What shall "
            "we wonder about together?",
        ),
        (
            "socrates",
            "hi all, i'm pat, new here. @socrates can you recommend a good plumber?",
            "Welcome, Pat! A newcomer knows that they know little, which puts them ahead of most "
            "of Athens. And what brings you to our conversation?",
        ),
    ],
)
def test_a_newcomer_asking_what_it_would_own_up_to_is_welcomed_whole(slug, message, reply):
    """ "hi everyone, im jo ... @socrates is it daft to start again at 41?" got "Greetings, Jo! In
    Athens I never learned such things": both blind raters (session 36) called it brushing her
    off, beside the whole welcome it had before. An own-up after a greeting is no answer."""
    assert say(slug, message, author="sam") == reply
