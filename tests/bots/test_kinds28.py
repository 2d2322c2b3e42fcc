"""Session 28: an in-field question on a thing with no line of its own ("why do avocets have
upturned beaks", "are spoonbills and herons close relatives") is answered by the persona's
line on the thing's kind, on the same attribute (bots/know.py `kind_known`: an avocet is a
bird, and the line on birds' bills answers), never by a line on another attribute of the kind,
a line on the kind alone, nor one opening on a sibling ("Cats sleep ..." for cows); and the
scientists carry general lines on what people ask of any member of a kind (bills, colours,
kinship, lifespans, tarnish, fading photos, slopes, floating)."""

from __future__ import annotations

import pytest

from bots.know import kind_known, knowns
from bots.material import Line as PlainLine
from tests.bots.test_everyday_messages import say

BILL = "A bird's bill is the tool of its trade: long to probe, short to crack seeds."
SONG = "A bird sings to hold its ground and to win a mate."
LINES = knowns(
    (
        "dog/dogs bone/bones cooked/raw: Cooked bones splinter.",
        "grass seed/seeds: Sow grass seed in early autumn.",
        f"bird/birds bill/bills/beak/beaks: {BILL}",
        f"bird/birds song/sing/sings/singing: {SONG}",
        "animal/animals bill/bills/beak/beaks: An animal's mouth is built for what it eats.",
        "bird/birds: Birds are feathered dinosaurs.",
        "animal/animals sleep/sleeps: Cats sleep most of the day, while a grazing cow must eat.",
        "chemical/mineral safe: Both kinds work on the skin.",
    )
)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("why do avocets have upturned beaks", BILL),
        ("why do curlews have such long curved bills", BILL),
        ("what's the deal with a puffin's beak", BILL),
        ("do herons sing", SONG),
        ("why do goldfinches sing so much in spring", SONG),
    ],
)
def test_a_line_on_the_kind_answers_on_the_same_attribute(text, line):
    # The bird line, the nearest kind, before the animal one on bills.
    assert kind_known(LINES, text) == line


@pytest.mark.parametrize(
    "text",
    [
        # Another attribute of the kind: no line on birds' nests.
        "where do avocets nest",
        "how fast can a curlew fly",
        # The kind alone met ("Birds are feathered dinosaurs" keyed by "bird" only).
        "tell me about avocets?",
        # A line keyed by the kind that opens on a sibling (cats, for cows).
        "why do cows sleep standing up",
        # A line keyed by a kind that it does not open on (sunscreen, for vinegar).
        "is vinegar safe on marble",
        # A kind said of the thing in another sense (WordNet's "cookie" is a cook too), keying
        # a line only after its first group.
        "are dog bone shaped cookies ok?",
        # A line keyed first by the kind that opens on something else ("Sow grass seed").
        "did farmers basically evolve wheat by picking the best seeds?",
        # No thing of a kind at all.
        "why do people have beaks",
    ],
)
def test_no_kind_line_on_another_attribute_a_sibling_or_the_kind_alone(text):
    assert kind_known(LINES, text) == ""


def test_a_plain_line_on_the_thing_and_what_is_asked_of_it_comes_first():
    robin = PlainLine("A robin's red breast is a flag.", {"robin": 1, "red": 1, "breast": 1}, 6)
    other = PlainLine("A robin sings in winter.", {"robin": 1, "sing": 1, "winter": 1}, 4)
    lines = knowns(("bird/birds red/colour/breast: A bird's colours are for courtship.",))
    text = "why is a robin's breast red"
    assert kind_known(lines, text, plain=(other,)) == "A bird's colours are for courtship."
    assert kind_known(lines, text, plain=(robin, other)) == ""


# Asked in the dev rooms (s27, s28) or put as a person would, on a thing with no line of its
# own: before, owned up to ("A barnacle knows as much of that as I do") or a line on another
# thing; now the line on its kind or the general line on what is asked.
BILLS = "A bird's bill is the tool of its trade, Sam"
KIN = "Creatures of one habit grow alike though unrelated, Sam"
FENCE = "Grazing animals come to a fence out of curiosity and hope, Sam"
POOL = "A rock pool is the sea in miniature, Sam"
TIDE = "Shore animals live by the tide's clock, Sam"
COAT = "An animal's coat is mostly its hiding place, Sam"
LIFE = "An animal's size is the best guide, Sam"
WINTER = "Animals live through winter on what is left and what they stored, Sam"
PLUMAGE = "A bird's bright colours are mostly for courtship, Sam"
SLEEP = "Animals with a brain all sleep in some fashion, Sam"
ONE_LEG = "Birds stand on one leg to save heat, Sam"
SMELL = "Most birds smell poorly, Sam"
GLOW = "Many night animals have a mirror behind the retina, Sam"
HIBERNATE = "Animals that truly hibernate are few in Britain, Sam"
DIET = "An animal eats what its mouth is built for, Sam"
EGGS = "Birds nesting in dark holes mostly lay white eggs, Sam"
TARNISH = "Metals tarnish because the air attacks them, Sam"
SILVERING = "That sheen is the picture's own silver rising, Sam"
FADING = "Colour prints fade because their dyes are organic molecules"
PAPER = "Cheap paper is made from wood pulp that still holds lignin, Sam"
BLEACHING = "Light and oxygen are the great bleachers, Sam"
DARK_BULB = "An old filament bulb darkens from inside, Sam"
STING = "A smell that stings the eyes is a gas that dissolves in their water, Sam"
PLASTIC = "Old white plastic yellows because the flame retardant in it"
POLISH = "For silver, Sam, lay it on foil in a bowl of hot water"
STEEP = "On a steeper slope more of gravity's pull points along the ground, Sam"
HEAVY = "Downhill the heavier rider wins, Sam"
FLOAT = "A thing floats when it pushes aside its own weight of water"
ICE = "Ice is about a tenth lighter than water, Sam"
TIP = "A thing tips when its centre of gravity passes beyond its base, Sam"
DAWN = "At dawn and dusk sunlight crosses far more air to reach you, Sam"
BULB_LIGHT = "An old filament bulb glows at about 2,700 degrees, Sam"
ROLL = "A rolling thing stops because friction and air take its energy bit by bit, Sam"

ASKED = [
    ("darwin", "are spoonbills and herons close relatives? they look nothing alike to me", KIN),
    ("darwin", "@darwin while you're at it, why do avocets have those upturned beaks", BILLS),
    ("darwin", "why do curlews have such long curved bills", BILLS),
    ("darwin", "why do oystercatchers have bright orange beaks", BILLS),
    ("darwin", "why do hummingbirds have such long thin beaks", BILLS),
    ("darwin", "are hippos related to whales? someone told me that at the pub", KIN),
    ("darwin", "are ducks and geese closely related", KIN),
    ("darwin", "are wolves and foxes related", KIN),
    ("darwin", "why do the highland cows always come to the fence when we walk past", FENCE),
    (
        "darwin",
        "the couple's getting married next to a field of highland cows, are they likely to "
        "come up to the fence or wander off",
        FENCE.replace("Sam", "Luke"),
    ),
    ("darwin", "the alpacas at the farm park all came right up to us, why do they do that", FENCE),
    ("darwin", "why do the goats at the petting farm come right up to the fence", FENCE),
    ("darwin", "what lives in rock pools? took the kids to the beach and found loads", POOL),
    ("darwin", "we're doing rock pooling on day 2. what are the kids most likely to find", POOL),
    ("darwin", "how do the crabs in rock pools survive when the tide goes out", TIDE),
    ("darwin", "why are polar bears white", COAT),
    ("darwin", "why are arctic foxes white in winter", COAT),
    ("darwin", "how long do blackbirds live", LIFE),
    ("darwin", "how long do owls live in the wild", LIFE),
    ("darwin", "how long does a horse live", LIFE),
    ("darwin", "how long do badgers live", LIFE),
    ("darwin", "what do deer eat in winter when it snows", WINTER),
    ("darwin", "what do blue tits eat in winter", WINTER),
    ("darwin", "why are goldfinches so brightly coloured", PLUMAGE),
    ("darwin", "why are kingfishers so brightly coloured", PLUMAGE),
    ("darwin", "how do whales sleep without drowning", SLEEP),
    ("darwin", "why do storks stand on one leg", ONE_LEG),
    ("darwin", "can pigeons smell", SMELL),
    ("darwin", "why do sheep's eyes glow in the torchlight", GLOW),
    ("darwin", "do otters hibernate", HIBERNATE),
    ("darwin", "what do foxes eat", DIET),
    ("darwin", "why are blackbird eggs blue", EGGS),
    ("darwin", "why are owl eggs white", EGGS),
    ("curie", "why does my copper kettle tarnish so fast", TARNISH),
    ("curie", "why does my silver necklace go dull", TARNISH),
    (
        "curie",
        "grandad's photo is going brown and silvery round the edges, what's happening to it "
        "chemically? can we stop it",
        SILVERING.replace("Sam", "Aoife"),
    ),
    ("curie", "my old photos are going silvery at the edges, why", SILVERING),
    ("curie", "why do old photographs fade", FADING),
    ("curie", "why do old newspapers go yellow", PAPER),
    ("curie", "why do old paperbacks turn brown", PAPER),
    ("curie", "why do the curtains fade in the sun", BLEACHING),
    ("curie", "why do old light bulbs go dark", DARK_BULB),
    ("curie", "why does bleach sting my eyes", STING),
    # (the freezer plant has senses28's line on an ammonia leak, which comes first)
    ("curie", "why does the bathroom cleaner smell make my eyes water", STING),
    ("curie", "why has my old game console gone yellow", PLASTIC),
    ("curie", "what's the best way to polish silver", POLISH),
    ("einstein", "why does my bike go so much faster down the steep hill", STEEP),
    ("einstein", "why does a sledge go faster on the steeper slope", STEEP),
    ("einstein", "can you explain why you go faster when the zip wire is steeper", STEEP),
    ("einstein", "why does a heavier kid go faster down the slide", HEAVY),
    ("einstein", "why does a cork float in the bath", FLOAT),
    ("einstein", "why does a wooden log float", FLOAT),
    ("einstein", "how much of an iceberg is under water", ICE),
    ("einstein", "why does a canoe tip over so easily", TIP),
    ("einstein", "why does my paddleboard wobble and tip so much", TIP),
    ("einstein", "why does everything look golden at sunset", DAWN),
    ("einstein", "why is the light so warm and orange at dawn", DAWN),
    ("einstein", "why does golden hour light look warmer, is it actually a different colour", DAWN),
    ("einstein", "why do my photos come out so orange under those old bulbs", BULB_LIGHT),
    ("einstein", "why does a ball roll further on the kitchen floor than on carpet", ROLL),
]


@pytest.mark.parametrize(("slug", "text", "opening"), ASKED)
def test_an_in_field_question_on_a_thing_with_no_line_gets_the_general_line(slug, text, opening):
    author = "luke" if "Luke" in opening else "aoife" if "Aoife" in opening else "sam"
    assert say(slug, text, author=author).startswith(opening)


# The thing's own line comes first: the line that names it and what is asked of it.
OWN = [
    ("darwin", "why is a robin's breast red", "red breast is a flag"),
    ("darwin", "what do squirrels eat in winter", "Squirrels bury nuts"),
    ("darwin", "why are flamingos pink", "Flamingos are pink from what they eat"),
    (
        "darwin",
        "why do peacocks get to be the pretty ones and the peahens are just brown",
        "peahens",
    ),
    ("curie", "why does brass go green", "The green is verdigris"),
    ("curie", "why does my bike chain rust so quickly", "A bicycle chain rusts fastest"),
    ("einstein", "why does a steel ship float when a nail sinks", "A steel ship floats while"),
    ("curie", "why does old paper go yellow", "Old paper and old books go yellow"),
    ("einstein", "why does a spinning top not fall over", "A spinning top stays up"),
]


@pytest.mark.parametrize(("slug", "text", "words"), OWN)
def test_a_line_on_the_thing_itself_comes_before_the_kind_line(slug, text, words):
    assert words in say(slug, text, author="sam")


# Look-alikes: the kind named with another attribute than the lines are on, or the attribute
# said of no thing of the kind, or not asked.
NOT = [
    ("darwin", "where do avocets build their nests", (BILLS, KIN, PLUMAGE)),
    ("darwin", "are you related to any famous people", (KIN,)),
    ("darwin", "my cousin is coming to the fence painting day", (KIN, FENCE)),
    ("darwin", "how long does it take to drive to the rock pools from the campsite", (LIFE,)),
    ("darwin", "which way do swans fly in autumn", (LIFE, PLUMAGE, WINTER)),
    ("curie", "my grandad's photos are lovely, we found a box of them", (SILVERING, FADING)),
    ("curie", "why do my photos come out so orange under those old bulbs", (FADING,)),
    ("einstein", "why does my dog sink in the sofa", (FLOAT,)),
    ("einstein", "sunset drinks on the terrace at 7?", (DAWN,)),
]


@pytest.mark.parametrize(("slug", "text", "openings"), NOT)
def test_look_alikes_get_no_kind_line(slug, text, openings):
    reply = say(slug, text, author="sam")
    assert not any(reply.startswith(o) for o in openings)
