"""Session 25: no answer on the wrong topic. Blind raters gave 1 to answers chosen because they
share one word with the question, a side word, not what it asks of: "why does my pint go flat so
fast in a warm pub" got Einstein's draught-proofing (a #know line keyed "flat warmer"), "how do
owls turn their head so far" Darwin's pigeon bobbing its head ("As far as I can judge"), "is it
ammonia or nitrite that kills fish when a tank is new" Curie's bleach and ammonia.

`sense.focus` reads what a question asks of, `sense.side_terms` the words it says only on the
side (how a thing is, a verb, a thing's own part, a place described), and `sense.off_focus` turns
down a line found on side words only that names nothing asked of. With no line left, the persona
owns up in character."""

from __future__ import annotations

import pytest

from bots.sense import focus, off_focus, side_terms
from tests.bots.test_everyday_messages import CAST, say


def ask(slug: str, text: str, seed: int = 1) -> str:
    """`text` put to `slug` by @mention in a room of the whole cast."""
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, f"@{slug} {text}", author="sam", seed=seed, others=others)


# --- what a question asks of ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("why does my pint go flat so fast in a warm pub", ("pint",)),
        ("how do owls turn their head so far", ("owl",)),
        ("how can owls turn their heads right round", ("owl",)),
        ("a pen leaked in my shirt pocket, how do i get the ink out", ("ink",)),
        ("any tips for a cat scared of fireworks", ("cat",)),
        ("is it bad to sleep with wet hair in a cold room", ("hair",)),
        ("how do bars get clear ice for cocktails", ("bar", "ice")),
        ("can we plug the urn and the kettle into one extension", ("urn", "kettl")),
        ("why does light travel faster than sound from a plane", ("light", "sound")),
        ("why does my ice cream melt so fast in a warm car", ("cream",)),
        ("thinking of converting my gravel bike to tubeless, good idea?", ("bike",)),
        ("tiktok says baking soda cleans everything, true?", ("soda",)),
        ("should i text my ex happy birthday", ("birthday",)),
    ],
)
def test_what_a_question_asks_of(text, found):
    assert focus(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "why do i always wake up at the same time every night",  # only everyday words
        "do you think people get happier as they get older",  # people, and how they get
        "should i lie to my boss about being sick",  # a deed, a boss, how one is
    ],
)
def test_a_question_that_asks_of_no_thing_has_no_focus(text):
    assert focus(text) == ()


@pytest.mark.parametrize(
    ("text", "side", "not_side"),
    [
        ("why does my pint go flat so fast in a warm pub", {"flat", "warm", "pub"}, {"pint"}),
        ("how do owls turn their head so far", {"head", "far", "turn"}, {"owl"}),
        ("why does my candle burn so fast in a draughty room", {"room", "burn"}, {"candl"}),
        # A place only named may be what is asked of; a thing said after "the" is a thing.
        ("is it safe to use my phone in a thunderstorm", set(), {"thunderstorm", "phone"}),
        ("why do my headphones die so fast in the cold", {"die"}, {"cold"}),
        # "With", "on" and "from" say what; a deed asked ("should i lie") is asked.
        ("kids knees are green with grass stains again, tips?", set(), {"grass", "stain"}),
        ("whats your honest take on dating apps", set(), {"app"}),
        ("should i lie to my boss about being sick", set(), {"lie"}),
        # In a choice every word is asked: "lose or win".
        ("is it better to play pretty football and lose or ugly and win?", set(), {"win"}),
    ],
)
def test_side_words(text, side, not_side):
    found = side_terms(text)
    assert side <= found and not not_side & found, sorted(found)


def test_a_line_on_side_words_only_is_off_the_focus_and_one_on_its_thing_is_not():
    draught = (
        "Stop the draughts first: a gap under a door is like a small window left open all "
        "winter; warm air leaks out wherever cold air gets in."
    )
    pigeon = (
        "As far as I can judge, a pigeon bobs its head to hold its eye steady on the ground "
        "while its body walks on; it is a habit of seeing, not of balance."
    )
    pint = "why does my pint go flat so fast in a warm pub"
    owls = "how do owls turn their head so far"
    assert off_focus(pint, draught, frozenset({"draught", "flat", "warm", "room"}))
    assert off_focus(owls, pigeon)
    # Naming the thing, its kind where it opens on it, or a thing of its kind: on the focus.
    assert not off_focus(owls, "Birds turn their heads because their eyes are fixed; so far ...")
    assert not off_focus(owls, "A barn owl turns its head so far because its eyes cannot move.")
    assert not off_focus(pint, "A pint goes flat fast when it is warm.")
    # Found on a thing the question names besides: not off it.
    assert not off_focus(
        "kids knees are green with grass stains again, tips?",
        "Grass stains are plant dye and protein: cold water first.",
    )


# --- the three questions the raters saw -----------------------------------------------------

PINT = (
    "Gas dissolves better in a cold drink than a warm one, Sam, so in a warm pub the carbon "
    "dioxide leaves your pint faster, and each rising bubble carries more away. A cold glass "
    "and a quick hand keep the fizz."
)
TANK = (
    "Both, Sam, in turn: waste gives ammonia first, which burns the gills; filter bacteria turn "
    "it to nitrite, as poisonous, then to mild nitrate. A new tank lacks those bacteria, so add "
    "fish slowly and change a little water often."
)
OWL = (
    "An owl's eyes are fixed tubes that cannot roll, Sam, so it turns its whole head: fourteen "
    "neck bones to our seven, and roomy vessels, let it look three-quarters of the way round "
    "without cutting off its blood."
)


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        ("einstein", "why does my pint go flat so fast in a warm pub", PINT),
        ("einstein", "why does my lager go flat so quick in a hot beer garden", PINT),
        ("einstein", "how do i stop my beer going flat", PINT),
        ("einstein", "why does lager go flat so fast", PINT),
        ("curie", "is it ammonia or nitrite that kills fish when a tank is new", TANK),
        ("curie", "my fish keep dying in my new tank, why", TANK),
        ("darwin", "how can owls turn their heads right round", OWL),
        ("darwin", "how do owls turn their head so far", OWL),
        ("darwin", "can owls really turn their heads all the way round", OWL),
        ("darwin", "how far can an owl turn its neck", OWL),
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_the_raters_questions_get_a_line_on_what_they_ask(slug, text, reply, seed):
    assert ask(slug, text, seed) == reply


# --- look-alikes: a line on a side word is not said --------------------------------------------

DRAUGHTS = "Stop the draughts first"
OWNED_UP = {
    "einstein": ("puzzled as my cat Tiger", "hole in my education", "ten years and a good pipe"),
    "darwin": ("A barnacle knows", "never once near that question"),
}

# (persona, question, words its reply must not say). Each got a line found on side words on
# main (the line is in the comment).
LOOK_ALIKES = [
    # Draught-proofing, keyed "flat/room warmer/colder", "draughty".
    ("einstein", "why does my candle burn so fast in a draughty room", DRAUGHTS),
    ("einstein", "why does my dog pant so much in a warm flat", DRAUGHTS),
    ("einstein", "is it bad to sleep with wet hair in a cold room", DRAUGHTS),
    ("einstein", "why does my pint go flat so fast in a warm pub", DRAUGHTS),
    # "Shut the curtains on the sunny side by day" (hot, warm).
    ("einstein", "why does my lager go flat so quick in a hot beer garden", "curtains"),
    # The sauna's hot bolts and the sea drying off you.
    ("einstein", "why does my laptop go slow when its hot", "sauna"),
    ("einstein", "why does my paint dry so slow in a cold garage", "stepping out of the sea"),
    # A take on a calling in life ("Take the work you can love"), for "calling" someone names.
    ("einstein", "is calling someone a muppet an insult?", "salary"),
    ("curie", "is calling someone a muppet an insult?", "salary"),
    # Bleach and ammonia; chopped garlic, for cut grass.
    ("curie", "is it ammonia or nitrite that kills fish when a tank is new", "bleach"),
    ("curie", "why does cut grass smell so good", "garlic"),
    # A pigeon's head; hiccups of ancestors "that breathed with gills"; seeds on birds' feet.
    ("darwin", "how do owls turn their head so far", "pigeon"),
    ("darwin", "how do fish breathe through their gills", "hiccups"),
    ("darwin", "how far can an owl turn its neck", "seeds"),
    # A take on happiness, for "happy birthday".
    ("socrates", "should i text my ex happy birthday", "Happiness"),
    ("shakespeare", "should i text my ex happy birthday", "Happiness"),
]


@pytest.mark.parametrize(("slug", "text", "unsaid"), LOOK_ALIKES)
def test_a_line_found_on_a_side_word_is_not_said(slug, text, unsaid):
    reply = ask(slug, text)
    assert unsaid not in reply, reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "why does my candle burn so fast in a draughty room"),
        # (A hot laptop going slow has its line since lines26: it slows itself to cool.)
        # (Paint drying slowly in a cold garage is answered since borrow48 with the chemist's
        # line, relayed as heard: evaporation, slowed by the cold.)
        # (How fish breathe has its line since lines28: through their gills, and so they
        # suffocate in air.)
    ],
)
def test_with_no_line_on_it_the_persona_owns_up(slug, text):
    reply = ask(slug, text)
    assert any(words in reply for words in OWNED_UP[slug]), reply


def test_a_persona_with_a_line_only_on_a_side_word_is_not_handed_the_question():
    # Einstein's only "line" on a dog panting in a warm flat was draught-proofing: he owns up
    # (with his word on animals) and passes it to the naturalist; Curie no longer passes a cold
    # kitchen's butter to him.
    assert ask("einstein", "why does my dog pant so much in a warm flat") == (
        "On animals I am no expert, Sam; our cat Tiger in Princeton sulked whenever it rained, and "
        "I could tell him why but not how to stop it. That is really a question for Charles "
        "Darwin; @darwin, would you take it?"
    )
    assert "@einstein" not in ask("curie", "why does my butter go hard in a cold fridge")


# --- look-alikes the other way: what was right stays right ------------------------------------

KEPT = [
    ("einstein", "why is my flat so cold even with the heating on", DRAUGHTS),
    ("einstein", "any tips for stopping draughts in an old house", DRAUGHTS),
    ("einstein", "is it safe to use my phone in a thunderstorm", "The safest place in a thunder"),
    ("einstein", "why does the fat string on a guitar sound lower", "A thicker or slacker string"),
    ("einstein", "why does my phone battery die so fast in the cold", "Cold slows the chemistry"),
    ("curie", "how do i get rust off my bike chain", "Light rust comes off"),
    ("curie", "why does my coke go flat", "A fizzy drink, a lemonade or a coke goes flat"),
    ("curie", "why does my hair go green in the pool", "Green hair after swimming is copper"),
    ("curie", "how do fireflies light up their tails", "a glow stick or a firefly"),
    ("darwin", "why do owls hoot at night", "Twit-twoo is two tawny owls"),
    ("darwin", "why do pigeons bob their heads when they walk", "a pigeon bobs its head"),
    ("darwin", "why do flamingos stand on one leg", "A flamingo on one leg saves warmth"),
    ("socrates", "should i lie to my boss about being sick", "Lying harms the liar most"),
    ("shakespeare", "is it bad luck to say macbeth in a theatre", "the Scottish play"),
]


@pytest.mark.parametrize(("slug", "text", "said"), KEPT)
def test_a_line_on_what_was_asked_is_still_said(slug, text, said):
    reply = ask(slug, text)
    assert said in reply, reply
