"""One shared word said of another thing is no reason to say a line (oneword18): "my bank cards
keep getting declined" drew Ada's Jacquard loom "worked by a chain of punched cards", "going to
midnight mass" Einstein's "Energy and mass are the same thing", "the star of the show" Darwin's
birds that migrate by the stars, "a free trial of the streaming thing" Socrates' trial, "the bark
on our old cherry tree" Darwin's dog that barks at the postman. A word qualified by another noun
("bank cards", "search engine", "sting ray", "climbing wall") or by "of" ("the star of the
show") is of that kind only; a word said as a thing ("the bark") is not the deed ("barks"); set
phrases ("at this stage", "in my element") name nothing. The right sense still gets its line."""

import pytest

from bots.sense import alike_terms, kinds, other_kinds, same_sense
from tests.bots.test_everyday_messages import VOICES, say

# (persona, message, room's theme, a piece of the line it must not say)
WRONG = [
    ("lovelace", "my bank cards keep getting declined at the till", "House share", "punched cards"),
    ("einstein", "going to midnight mass with my nan on christmas eve", "Choir", "Energy and mass"),
    (
        "socrates",
        "signed up for a free trial of the streaming thing, now i cant cancel",
        "Office chat",
        "at my trial",
    ),
    (
        "einstein",
        "which search engine do you all use these days",
        "Office chat",
        "calculating engine",
    ),
    ("curie", "which search engine do you all use these days", "Office chat", "petites Curies"),
    ("einstein", "saw a sting ray at the aquarium, massive", "Parents group", "cosmic rays"),
    ("curie", "saw a sting ray at the aquarium, massive", "Parents group", "gamma rays"),
    ("curie", "on the climbing wall i'm totally in my element", "Climbing wall", "cell walls"),
    (
        "shakespeare",
        "at this stage i'd just be happy to finish the marathon",
        "Running club",
        "stage blood",
    ),
    (
        "socrates",
        "at this stage i'd just be happy to finish the marathon",
        "Running club",
        "stage fright",
    ),
    (
        "einstein",
        "the star of the show was the little girl playing the donkey",
        "Parents group",
        "nearest star",
    ),
    (
        "shakespeare",
        "the star of the show was the little girl playing the donkey",
        "Parents group",
        "not in our stars",
    ),
    (
        "darwin",
        "the star of the show was the little girl playing the donkey",
        "Parents group",
        "the stars",
    ),
    (
        "darwin",
        "the bark on our old cherry tree is peeling off in strips, is it dying",
        "Allotment society",
        "A dog barks",
    ),
    (
        "darwin",
        "my beagle ate a whole sock yesterday, vet says he'll be fine",
        "Dog walkers",
        "On the Beagle",
    ),
    (
        "darwin",
        "i have a mole on my back that's changed shape, should i worry",
        "Parents group",
        "slow changes over long ages",
    ),
    (
        "lovelace",
        "the fan club is meeting at the pub before the game",
        "Football supporters",
        "club website",
    ),
]


@pytest.mark.parametrize("slug,text,theme,line", WRONG)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_word_of_another_thing_gets_no_line(slug, text, theme, line, seed):
    reply = say(slug, f"@{slug} {text}", author="jo", theme=theme, seed=seed)
    assert line not in reply, reply


# The same things in their own sense, put another way: the line still comes, whole.
RIGHT = [
    (
        "darwin",
        "why does my dog bark at the postman every single day",
        "Dog walkers",
        "A dog barks at the postman because he comes into its territory every day",
    ),
    (
        "darwin",
        "why do bats hang upside down",
        "Choir",
        "Bats hang upside down all day because their legs are too weak",
    ),
    (
        "darwin",
        "we saw bats flying round the church tower at dusk",
        "Choir",
        "It is the habit of bats to roost where it is dark, dry and out of reach",
    ),
    (
        "darwin",
        "why do midges bite some people more than others",
        "Camping",
        "Midges and mosquitoes bite some people more than others",
    ),
    (
        "einstein",
        "why do i get a static shock off the car door",
        "Commuters",
        # Either of its lines on static: "A static shock is charge you gathered by rubbing" or
        # "sliding across the seat charges you".
        "charge",
    ),
    (
        "einstein",
        "why does a bell ring on for so long after it's struck",
        "Choir",
        "A bell rings on so long because it is one thick piece of metal",
    ),
    (
        "curie",
        "how do i check my kitchen scales are accurate",
        "House share",
        "check your scales against a known weight",
    ),
    (
        "curie",
        "why does the radio say radon in granite areas",
        "Neighbourhood watch",
        "Granite holds a little uranium",
    ),
    (
        "shakespeare",
        "we're off to see a play at the globe next month",
        "Book club",
        "the Globe",
    ),
    ("socrates", "what was your trial like", "Office chat", "The charges at my trial were impiety"),
]


@pytest.mark.parametrize("slug,text,theme,line", RIGHT)
def test_the_right_sense_still_gets_its_line(slug, text, theme, line):
    reply = say(slug, f"@{slug} {text}", author="jo", theme=theme, seed=1)
    assert line in reply, reply


def test_what_kind_a_word_is_said_of():
    assert kinds("my bank cards keep getting declined") == {"card": frozenset({"bank"})}
    assert kinds("the market cry of the fishmonger")["cry"] == frozenset({"market", "fishmonger"})
    assert kinds("which search engine do you use") == {"engin": frozenset({"search"})}
    assert kinds("the star of the show")["star"] == frozenset({"show"})
    # Not a kind: a part or an amount, a plural before a verb, a verb after a plural.
    assert kinds("a cup of tea") == {}
    assert kinds("the rest of it") == {}
    assert kinds("the kids cry at night") == {}
    assert kinds("the dog barks at the postman") == {}


def test_a_word_of_another_kind_or_said_as_a_deed_is_not_alike():
    cards = "The Jacquard loom was worked by a chain of punched cards, one card for each row."
    assert alike_terms("my bank cards keep getting declined", cards) == set()
    assert alike_terms("the loom used punched cards", cards) >= {"card"}
    assert not same_sense("going to midnight mass with my nan", "Energy and mass are one thing.")
    assert same_sense("what is mass, simply", "Energy and mass are the same thing.")
    barks = "A dog barks at the postman because he comes into its territory every day."
    assert "bark" not in alike_terms("the bark on our cherry tree is peeling", barks)
    assert "bark" in alike_terms("why does my dog bark at the postman", barks)
    # "The theory of relativity": a line that says relativity is of that kind.
    theory = "The theory of relativity took me ten years."
    assert "theory" in alike_terms("what's the theory of relativity", theory)
    assert "stag" not in alike_terms("at this stage i'm tired", "stage fright is fear")
    # Named things, and a shape changed against a shape given.
    beagle = "On the Beagle I would eat whatever we caught."
    assert "beagl" not in alike_terms("my beagle ate a whole sock", beagle)
    assert "beagl" in alike_terms("what did you eat on the beagle", beagle)
    shaped = "slow changes over long ages can shape the whole face of the earth"
    assert "shap" not in alike_terms("a mole that's changed shape", shaped)


# Views asked on a word said of another kind: no take on crying babies, tipping, dating or card
# games; the take on the thing itself still comes.
TAKES_WRONG = [
    ("what do you think of the market cry of the veg man", "Street market", "cry"),
    ("thoughts on the council tip closing on mondays", "Running club", "tip"),
    ("what do you think about the date of the next meeting", "Book club", "date"),
    ("any thoughts on the new card reader at reception", "Office chat", "cards"),
]
TAKES_RIGHT = [
    ("should we let the baby cry it out or go to her", "Parents group", "cry"),
    ("thoughts on tipping at the pizza place, is 10% enough", "Foodies", "tipping"),
    ("what do you think about dating apps", "Book club", "dating"),
    ("are card games a waste of an evening", "Office chat", "card games"),
]


def take_on(slug: str, word: str) -> str:
    """The sentence of `slug`'s take whose subjects list `word`."""
    for line in VOICES[slug].material:
        if line.startswith("#take ") and word in line[6:].split(":", 1)[0].split(" (")[0].split(
            ", "
        ):
            return line.split(":", 1)[1].strip()
    raise AssertionError(word)


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "darwin"])
@pytest.mark.parametrize("text,theme,word", TAKES_WRONG)
def test_a_view_asked_on_a_word_of_another_kind_gets_no_take_on_that_word(slug, text, theme, word):
    reply = say(slug, f"@{slug} {text}", author="jo", theme=theme)
    assert take_on(slug, word) not in reply, reply


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "darwin"])
@pytest.mark.parametrize("text,theme,word", TAKES_RIGHT)
def test_a_view_asked_on_the_thing_itself_still_gets_its_take(slug, text, theme, word):
    reply = say(slug, f"@{slug} {text}", author="jo", theme=theme)
    assert take_on(slug, word) in reply, reply


def test_what_is_said_of_another_kind():
    assert other_kinds("the market cry of the veg man") == {"cry"}
    assert other_kinds("any thoughts on the new card reader") == {"card"}
    assert other_kinds("thoughts on the council tip") == {"tip"}
    # Said as itself, or a word of one kind only.
    assert other_kinds("should we let the baby cry it out") == frozenset()
    assert other_kinds("our club photos") == frozenset({"club"})  # "club" names the photos
    assert other_kinds("how do i back up our photos") == frozenset()
