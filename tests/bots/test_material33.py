"""Material and pieces to order (material33). Everyday things the scientists are asked, each a
`#know` line in the persona's voice, met by asks worded many ways and not by look-alikes that use
a key word in another sense: animals at play and courtship shows (Darwin), plants for shade and
neglect (Darwin), time that drags or flies (Einstein's hot stove), a roof leak that drips far
from the hole (Einstein: water clings to the beam), stains out of fabric (Curie: cold water,
never hot), making the case for a grant (Curie's gram of radium), and sleeping by day after
night shifts (every scientist). And words to put on a thing asked of the poet (an inscription,
a plaque, a banner, a label, a medal) are written, not declined; a toast told where the couple
met says it (bots/compose.py)."""

from __future__ import annotations

import pytest

from bots.compose import compose_asked
from tests.bots.test_everyday_messages import say

# (persona, ask, the whole reply to Gus)
KNOWN = [
    (
        "darwin",
        "do other creatures play just for fun or is it practice",
        (
            "Many animals play, Gus: puppies and kittens wrestle, chase and mock-bite, "
            "and Huber saw even ants chasing and pretending to bite each other, like so "
            "many puppies. It is practice for hunting and fleeing, and plainly a pleasure"
            " too."
        ),
    ),
    (
        "darwin",
        "why do my puppies play fight all the time",
        (
            "Many animals play, Gus: puppies and kittens wrestle, chase and mock-bite, "
            "and Huber saw even ants chasing and pretending to bite each other, like so "
            "many puppies. It is practice for hunting and fleeing, and plainly a pleasure"
            " too."
        ),
    ),
    (
        "darwin",
        "why do young animals play so much",
        (
            "Many animals play, Gus: puppies and kittens wrestle, chase and mock-bite, "
            "and Huber saw even ants chasing and pretending to bite each other, like so "
            "many puppies. It is practice for hunting and fleeing, and plainly a pleasure"
            " too."
        ),
    ),
    (
        "darwin",
        "do birds have courtship dances",
        (
            "Courtship is full of shows, Gus: birds of paradise spread their plumes and "
            "dance before the hens, and bower-birds build halls of twigs decked with "
            "shells and feathers. The females choose the finest show, so the shows grow "
            "finer."
        ),
    ),
    (
        "darwin",
        "what's the point of a bower bird's decorations",
        (
            "Courtship is full of shows, Gus: birds of paradise spread their plumes and "
            "dance before the hens, and bower-birds build halls of twigs decked with "
            "shells and feathers. The females choose the finest show, so the shows grow "
            "finer."
        ),
    ),
    (
        "darwin",
        "do any animals show off to win a mate",
        (
            "Courtship is full of shows, Gus: birds of paradise spread their plumes and "
            "dance before the hens, and bower-birds build halls of twigs decked with "
            "shells and feathers. The females choose the finest show, so the shows grow "
            "finer."
        ),
    ),
    (
        "darwin",
        "why do birds of paradise dance like that",
        (
            "Courtship is full of shows, Gus: birds of paradise spread their plumes and "
            "dance before the hens, and bower-birds build halls of twigs decked with "
            "shells and feathers. The females choose the finest show, so the shows grow "
            "finer."
        ),
    ),
    (
        "darwin",
        "what will grow in full shade under the sycamore, i never water anything",
        (
            "For shade and neglect, Gus: ferns, which ask only for damp and gloom, ivy, "
            "which will cover anything, and foxgloves, which seed themselves about year "
            "after year. Dig in leaf mould once, then leave them be."
        ),
    ),
    (
        "darwin",
        "any plants for a north facing border that survive neglect?",
        (
            "For shade and neglect, Gus: ferns, which ask only for damp and gloom, ivy, "
            "which will cover anything, and foxgloves, which seed themselves about year "
            "after year. Dig in leaf mould once, then leave them be."
        ),
    ),
    (
        "darwin",
        "what flowers do well in a shady corner?",
        (
            "For shade and neglect, Gus: ferns, which ask only for damp and gloom, ivy, "
            "which will cover anything, and foxgloves, which seed themselves about year "
            "after year. Dig in leaf mould once, then leave them be."
        ),
    ),
    (
        "darwin",
        "any tips for coping with night shifts?",
        (
            "Sleep by day as if it were night, Gus: blackout curtains, a cool quiet room,"
            " earplugs, and the same hours every day, days off too if you can. The body "
            "clock follows light, so keep the shift bright and the way home dim."
        ),
    ),
    (
        "einstein",
        "why does time fly when you're having fun",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Gus."
            " Felt time is the mind's: boredom and tiredness stretch it. Clocks truly "
            "slow only near light speed."
        ),
    ),
    (
        "einstein",
        "why does time go faster as you get older",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Gus."
            " Felt time is the mind's: boredom and tiredness stretch it. Clocks truly "
            "slow only near light speed."
        ),
    ),
    (
        "einstein",
        "is it just me or do the last two hours of a shift drag forever",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Gus."
            " Felt time is the mind's: boredom and tiredness stretch it. Clocks truly "
            "slow only near light speed."
        ),
    ),
    (
        "einstein",
        "why did time go so slowly when i was a kid",
        (
            '"Put your hand on a hot stove for a minute and it seems an hour; sit with a '
            "pretty girl an hour and it seems a minute. That's relativity,\" I joked, Gus."
            " Felt time is the mind's: boredom and tiredness stretch it. Clocks truly "
            "slow only near light speed."
        ),
    ),
    (
        "einstein",
        "the roof leaks but it drips about two metres from where the slate is missing, how?",
        (
            "Water clings to the underside of a beam or rafter, Gus, held by surface "
            "tension, and runs along it downhill to a low point or a nail before it "
            "drips, often metres from the hole. My first paper was on capillarity! Follow"
            " the damp marks uphill in the loft."
        ),
    ),
    (
        "einstein",
        "why is the ceiling dripping in the hallway when the broken tile is over the bedroom",
        (
            "Water clings to the underside of a beam or rafter, Gus, held by surface "
            "tension, and runs along it downhill to a low point or a nail before it "
            "drips, often metres from the hole. My first paper was on capillarity! Follow"
            " the damp marks uphill in the loft."
        ),
    ),
    (
        "einstein",
        "water is dripping off a joist nowhere near the hole in the roof, why?",
        (
            "Water clings to the underside of a beam or rafter, Gus, held by surface "
            "tension, and runs along it downhill to a low point or a nail before it "
            "drips, often metres from the hole. My first paper was on capillarity! Follow"
            " the damp marks uphill in the loft."
        ),
    ),
    (
        "einstein",
        "any tips for sleeping during the day when you work nights?",
        (
            "The body clock is set by light, Gus, so fool it: dark glasses on the way "
            "home, blackout curtains, a cool quiet room, and the same sleeping hours "
            "every day, days off too if you can. I slept ten hours a night myself, and "
            "defended every one."
        ),
    ),
    (
        "curie",
        "spilled coffee all down my white shirt, will it come out?",
        (
            "Cold water first, Gus, never hot: heat sets wine, blood and anything with "
            "protein, as it sets an egg. Blot, never rub; salt draws red wine out, then "
            "soak it in washing soda. Test anything stronger on a hidden bit first."
        ),
    ),
    (
        "curie",
        "spilt ketchup on my jeans, how do i get it out",
        (
            "Cold water first, Gus, never hot: heat sets wine, blood and anything with "
            "protein, as it sets an egg. Blot, never rub; salt draws red wine out, then "
            "soak it in washing soda. Test anything stronger on a hidden bit first."
        ),
    ),
    (
        "curie",
        "how do i get red wine out of a linen tablecloth",
        (
            "Cold water first, Gus, never hot: heat sets wine, blood and anything with "
            "protein, as it sets an egg. Blot, never rub; salt draws red wine out, then "
            "soak it in washing soda. Test anything stronger on a hidden bit first."
        ),
    ),
    (
        "curie",
        "any tips for writing a grant application",
        (
            "Say plainly what the money will do and for whom, Gus, in figures: how many "
            "people, what it costs, what is lost without it. American women gave me a "
            "gram of radium in 1921 because they were told exactly what it was for."
        ),
    ),
    (
        "curie",
        "how do i write a good funding bid for our youth club",
        (
            "Say plainly what the money will do and for whom, Gus, in figures: how many "
            "people, what it costs, what is lost without it. American women gave me a "
            "gram of radium in 1921 because they were told exactly what it was for."
        ),
    ),
    (
        "curie",
        "any advice on raising money for the church roof?",
        (
            "Say plainly what the money will do and for whom, Gus, in figures: how many "
            "people, what it costs, what is lost without it. American women gave me a "
            "gram of radium in 1921 because they were told exactly what it was for."
        ),
    ),
    (
        "curie",
        "how do i sleep in the day after a night shift",
        (
            "I worked many nights in the laboratory, Gus, and paid for it. Sleep by day "
            "as by night: blackout curtains, a cool quiet room, and the same hours every "
            "day, days off too if you can. Keep the shift bright and the way home dim."
        ),
    ),
]

# (persona, ask): another sense of a key word, or another question on the same thing.
NOT_KNOWN = [
    ("darwin", "which animal should i play in the school play"),
    ("darwin", "did you see the dog show on tv last night"),
    ("darwin", "what shade of green should i paint the shed"),
    ("darwin", "do cats sleep during the day because theyre nocturnal"),
    ("darwin", "do animals mate for life"),
    ("darwin", "can my dog play in the snow safely"),
    ("einstein", "what time do the kids need to be at school, the mornings drag"),
    ("einstein", "does time slow down when you move fast?"),
    ("einstein", "my tap is leaking, how do i fix it"),
    ("einstein", "water keeps coming in through a hole in my wellies, why"),
    ("curie", "is red wine good for your heart"),
    ("curie", "what wine goes with fish"),
    ("curie", "i grant you the form is long but is it worth filling in"),
    ("curie", "can i take it for granted that they got my form"),
    ("curie", "do nurses on night shifts get paid more"),
]

# (persona, ask, the whole reply to Gus)
WRITTEN = [
    (
        "shakespeare",
        "can you write something for the cup, the champion of our darts league gets it",
        (
            'For the cup, Gus, take this from my own stock: "Well played, well fought, '
            'and bravely done: / no laurel brighter under any sun."'
        ),
    ),
    (
        "shakespeare",
        "we need an engraving for grandad's retirement clock, 41 years at the mill",
        (
            'For the inscription, Gus, take this from my own stock: "For 41 years of '
            'labour, nobly done: / the days ahead belong to thee alone."'
        ),
    ),
    (
        "shakespeare",
        "could you write a plaque for the bench, it's in memory of our neighbour bill",
        (
            'For the plaque, Gus, take this from my own stock: "Here sat a friend who '
            'loved this view; / sit here awhile, and love it too."'
        ),
    ),
    (
        "shakespeare",
        "need a banner for the church summer fair please",
        (
            'For the banner, Gus, take this from my own stock: "Come one, come all, good '
            'cheer and cakes within: / the best of days, since you are here. Come in!"'
        ),
    ),
    (
        "shakespeare",
        "write me a label for my honey jars",
        (
            'For the label, Gus, take this from my own stock: "Made by my hand, with '
            'patience and with care: / the sweetest thing this side of Stratford fair."'
        ),
    ),
    (
        "shakespeare",
        "what should we put on the medals for sports day",
        (
            'For the medal, Gus, take this from my own stock: "Well played, well fought, '
            'and bravely done: / no laurel brighter under any sun."'
        ),
    ),
    (
        "shakespeare",
        "write a wedding toast for sam and alex, they met at uni",
        (
            'For the toast, Gus, take this from my own stock: "To Sam and Alex, who met '
            "at uni: of all the places Cupid might lie in wait, he chose that one, and "
            'for once his aim was true. Raise your cups!"'
        ),
    ),
    (
        "shakespeare",
        "could you do a short toast for my best mates wedding? they met on a night out in leeds",
        (
            'For the toast, Gus, take this from my own stock: "To the happy couple, who '
            "met on a night out in leeds: of all the places Cupid might lie in wait, he "
            'chose that one, and for once his aim was true. Raise your cups!"'
        ),
    ),
    (
        "curie",
        "we need a toast for my parents ruby anniversary, they met on a ferry to calais",
        (
            'For the toast, Gus, I would write this, simply: "To the happy couple, who '
            "met on a ferry to calais: two elements that, once combined, could never be "
            'separated again. A long road side by side!"'
        ),
    ),
    (
        "socrates",
        "toast for our wedding please, we met in a queue at ikea",
        (
            'For the toast, Gus: "To the happy couple, who met in a queue at ikea: I '
            "asked what love is for forty years, and the answer was standing there all "
            'along. May you never stop asking each other good questions!"'
        ),
    ),
    (
        "einstein",
        "can you write a toast for priya and tom's wedding, they first met at a chess club",
        (
            'For the toast, Gus, I would write this: "To Priya and Tom, who met at a '
            "chess club: God does not play dice, they say, and nothing so lucky was ever "
            'chance. Two minds, one orbit!"'
        ),
    ),
    (
        "shakespeare",
        "can you write a few words for the trophy",
        (
            'For the trophy, Gus, take this from my own stock: "Let all who gaze upon '
            "this prize bow low: its keeper conquered, and lesser mortals wept. Now are "
            'our brows bound with victorious wreaths!"'
        ),
    ),
]

# Told of, asked of something else, or a message to winners: no words for a thing.
UNWRITTEN = [
    "any labels i should avoid when buying clothes",
    "the label on my jam says best before may, is it ok",
    "i wrote the inscription for the trophy last year, it was rubbish",
    "did you see the banner they put up at the match",
    "write something for the medal winners",
]


def _line(reply: str) -> str:
    return reply.replace("Gus", "{name}")


NEW_LINES = {_line(reply) for _slug, _ask, reply in KNOWN}


@pytest.mark.parametrize(("slug", "ask", "reply"), KNOWN)
def test_an_everyday_ask_gets_the_known_line(slug, ask, reply):
    assert say(slug, ask, seed=1, author="gus") == reply


@pytest.mark.parametrize(("slug", "ask"), NOT_KNOWN)
def test_a_look_alike_gets_none_of_the_new_lines(slug, ask):
    reply = _line(say(slug, ask, seed=1, author="gus"))
    assert not any(line in reply for line in NEW_LINES)


@pytest.mark.parametrize(("slug", "ask", "reply"), WRITTEN)
def test_words_for_a_thing_and_a_toast_with_its_detail_are_written(slug, ask, reply):
    assert say(slug, ask, seed=1, author="gus") == reply


@pytest.mark.parametrize("ask", UNWRITTEN)
def test_no_words_are_written_for_what_is_told_or_asked_otherwise(ask):
    reply = say("shakespeare", ask, seed=1, author="gus")
    assert '"' not in reply and "For the" not in reply


def test_meeting_up_is_no_telling_where_two_met():
    ask = "write a toast for the new year, we met up at the pub last time"
    assert compose_asked(ask) == "toast"
    assert "who met" not in say("curie", ask, seed=1)
