"""Questions of a persona's own field or life that a play-test of live rooms (a pottery class,
dog walkers, a Spanish-English exchange) found owned up to, handed over or answered beside:
Curie said "that is not my field" to "what temp does a kiln even get to" and handed "why do wet
dogs smell so bad" to Darwin; Einstein handed the colour of a fired glaze to Darwin; Darwin's
notebooks were "rather thin" on the Spanish-speaking countries of his own voyage; Socrates had
"no ready answer" to thinking in another language; Shakespeare answered the Spanish for "I'm
embarrassed" with "the man who wrote the rest". The dev set is tests/bots/dev19_lines19.json;
the paraphrases here were held out while the lines were written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import either_or
from bots.material import terms
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, say
from tests.bots.test_field18 import owns_up

SEEDS = [1, 2, 3]
THEMES = ["Pottery class", "Dog walkers of Hove Park", "Spanish-English language exchange"]
DEV = json.loads((Path(__file__).parent / "dev19_lines19.json").read_text(encoding="utf-8"))
# Ways of owning up that field18's test does not know ("no ready answer", "rather thin").
OWNED_UP = re.compile(
    r"never put to myself|no ready answer|notebooks are rather thin|no observations at all|"
    r"I do not know|not my field|worth nothing|ignorant",
    re.IGNORECASE,
)


def ask(slug: str, text: str, seed: int, theme: str = "Pottery class") -> str:
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, f"@{slug} {text}", seed=seed, others=others, theme=theme)


def answered(slug: str, reply: str) -> bool:
    return not owns_up(slug, reply) and not OWNED_UP.search(reply)


# Each dev question and the line it is answered with now, said whole (never cut after its
# first clause: the reply must fit the persona's length with the opener before it).
LINES = [
    ("curie", "is it true clay can explode in the kiln if there's a bubble? sounds dramatic",
     "Yes, clay can explode in the kiln, but the culprit is water more than the air bubble: damp "
     "trapped there turns to steam, over a thousand times its room, and bursts the pot."),
    ("curie", "oh ok fair. what temp does a kiln even get to then",
     "A potter's kiln gets very hot: about 1,000 °C for a bisque firing, some 1,200 to 1,300 °C "
     "for stoneware; at that temperature the inside glows orange, then yellow."),
    ("curie", "random one but why do wet dogs smell so bad",
     "A wet dog smells because its fur harbours yeasts and bacteria whose small waste molecules "
     "cling there; water loosens them, and as it evaporates it carries them up to your nose."),
    ("curie", "why does the glaze look completely different before and after firing? mine went "
     "in pale grey and came out bright blue",
     "A glaze goes into the kiln as a pale grey powder of minerals and metal oxides and comes out "
     "as glass: the firing melts it, and a little cobalt dissolved in it turns it bright blue."),
    ("einstein", "why does the glaze look completely different before and after firing? mine "
     "went in pale grey and came out bright blue",
     "Raw glaze looks pale because its fine powder scatters every colour back alike, as snow "
     "does; fired into clear glass it lets light in, and its cobalt swallows the reds and "
     "yellows, leaving blue."),
    ("einstein", "do dogs experience time differently to us? biscuit acts like i've been gone a "
     "year when i pop to the shop",
     "Time passes no differently for a dog than for you, unless one of you flies near light "
     "speed; how long five minutes feels is psychology: a minute on a hot stove seems an hour."),
    ("darwin", "did you go to any spanish speaking countries on your trip? what did you think",
     "I spent about three years of the Beagle's voyage in Spanish-speaking countries, Uruguay, "
     "Argentina, Chile, Peru; I rode with gauchos, crossed the Andes, liked Valparaíso over Lima."),
    ("darwin", "why are dogs so obsessed with squirrels? biscuit has never caught one in her life",
     "A dog is obsessed with squirrels because its wild forefathers lived by the chase: prey "
     "running off sets the hunting instinct going, and the chase is its own reward, caught or "
     "not."),
    ("darwin", "is it bad if my dog eats grass",
     "Dogs eat grass now and then, perhaps to clear the stomach and perhaps for something their "
     "food lacks; the wild dog ate the whole of its prey, greens and all."),
    ("darwin", "do you think humans have been making pots for a long time? like how far back",
     "Humans have made pots since long before history: the lake dwellers of the New Stone Age "
     "left pottery, but how many thousand years ago was anyone's guess in my day."),
    ("socrates", "is it even possible to think in a language that isn't your own?",
     "Ask first what thinking is: I told Theaetetus it is the soul talking with itself; so a soul "
     "may think in any language it knows well enough to question itself in."),
    ("shakespeare", "how do you say 'i'm very embarrassed' in spanish? i think 'embarazada' but "
     "my friend laughed at me",
     "Beware: embarazada is Spanish for with child, a false friend; say 'me da mucha "
     "vergüenza'. Embarrass came into English after my day, by way of French from the Spanish "
     "embarazar, to hinder."),
]  # fmt: skip


def test_every_dev_question_is_pinned():
    pinned = {(slug, question) for slug, question, _ in LINES}
    dev = {(m["kind"], m["text"]) for m in DEV["messages"]}
    # The follow-up on Argentina and Chile is pinned below, after the first answer.
    assert dev - pinned == {
        ("darwin", "but the beagle stopped in argentina and chile no? you must remember something")
    }


@pytest.mark.parametrize(("slug", "question", "line"), LINES)
def test_a_play_test_question_gets_its_line_whole(slug, question, line):
    for n, seed in enumerate(SEEDS):
        reply = ask(slug, question, seed, theme=THEMES[n])
        assert line in reply, (question, reply)
        assert answered(slug, reply), (question, reply)


def test_the_beagle_asked_again_gets_more_of_argentina_and_chile():
    # "@darwin but the beagle stopped in argentina and chile no?" just after his answer on the
    # Spanish-speaking countries: was "I sailed round the world on HMS Beagle from 1831 to
    # 1836", and with that answer said, a line on his loss of faith on the Beagle.
    first = "@darwin did you go to any spanish speaking countries on your trip? what did you think"
    others = tuple(v for v in CAST if v.slug != "darwin")
    for seed in SEEDS:
        gave = say("darwin", first, seed=seed, others=others, author="carmen")
        history = (Line("carmen", first), Line("Charles Darwin", gave, own=True))
        reply = say(
            "darwin",
            "@darwin but the beagle stopped in argentina and chile no? you must remember something",
            seed=seed,
            others=others,
            author="carmen",
            history=history,
        )
        assert "I dug giant fossil bones in Argentina" in reply, reply


def test_whether_it_went_to_one_place_or_another_is_no_choice():
    # "did you ever go to argentina or chile" was "I would say chile." (a pick of the two) and
    # is now the Spanish-speaking countries of the Beagle's voyage, or his fossils in Argentina
    # and the earthquake in Chile.
    assert either_or("did you ever go to argentina or chile") is None
    assert either_or("have you been to peru or chile?") is None
    assert either_or("should we go to peru or chile") == ("peru", "chile")
    assert either_or("did you go by boat or train") == ("boat", "train")
    assert either_or("did you prefer dogs or cats") == ("dogs", "cats")
    for seed in SEEDS:
        reply = ask("darwin", "did you ever go to argentina or chile", seed)
        assert "I would say" not in reply, reply
        assert re.search(r"Spanish-speaking countries|fossil bones in Argentina", reply), reply


def test_temp_is_a_temperature():
    assert terms("what temp does a kiln get to") == terms("what temperature does a kiln get to")
    assert terms("the temps are rising") == terms("the temperatures are rising")


# Paraphrases of the play-test questions, held out while the lines were written, with words of
# the answer the reply must say. Measured on main (fc98046) 3 of 34 were answered on subject on
# seeds 1-3; 26 are now. The eight still missed are in MISSED below, not asserted.
HELD_OUT = [
    ("curie", "can a pot actually blow up in the kiln if theres air trapped in it", r"steam"),
    ("curie", "why do pots explode when you fire them", r"steam"),
    ("curie", "my mug burst in the firing, was it an air bubble", r"steam"),
    ("curie", "how hot does a pottery kiln get", r"1,000 °C"),
    ("curie", "whats the temperature inside a kiln for stoneware", r"1,300"),
    ("curie", "how hot is a bisque firing", r"1,000 °C"),
    ("curie", "whats that wet dog smell actually from", r"molecules"),
    ("curie", "why does a dog smell worse when its wet", r"molecules"),
    ("curie", "why does glaze change colour in the kiln", r"cobalt"),
    ("curie", "my glaze was grey when i put it on but came out blue, how", r"cobalt"),
    ("einstein", "how does firing change the colour of a glaze", r"scatters"),
    ("einstein", "does time pass slower for dogs", r"psychology|gravity slows time"),
    ("einstein", "do animals feel time differently from people", r"psychology"),
    ("darwin", "did you ever go to argentina or chile", r"Argentina|Chile"),
    ("darwin", "why does my dog chase squirrels every single time", r"instinct"),
    ("darwin", "why do dogs go mad for squirrels", r"instinct"),
    ("darwin", "whats with dogs and chasing squirrels", r"instinct|chase"),
    ("darwin", "my dog keeps munching grass on walks, is that ok", r"stomach"),
    ("darwin", "should i stop my puppy eating grass", r"stomach"),
    ("darwin", "how old is pottery", r"Stone Age"),
    ("darwin", "when did people first start making pottery", r"Stone Age"),
    ("darwin", "how long ago did humans start making pots", r"Stone Age"),
    ("socrates", "is it possible to think in your second language", r"soul"),
    ("shakespeare", "whats the spanish for embarrassed", r"vergüenza"),
    ("shakespeare", "does embarazada mean embarrassed", r"with child"),
    ("shakespeare", "how do i say im embarrassed in spanish", r"vergüenza"),
]  # fmt: skip
# Held out and still missed: owned up to and handed to Darwin ("shiny", "dull to glossy": a
# fired glaze's "fire" is the stem of "fir", a tree of natural history; "an hour longer to a
# dog": the dog is his), his sloths for "which countries did the beagle visit in south america",
# Socrates' "Greek, and only Greek" for "can you think in a foreign language".
MISSED = [
    ("curie", "why does my dog stink after a swim"),
    ("curie", "why does glaze go shiny after firing"),
    ("einstein", "why does a glaze go from dull to glossy and bright after firing"),
    ("einstein", "does an hour feel longer to a dog"),
    ("darwin", "which countries did the beagle visit in south america"),
    ("darwin", "what did you make of south america on your voyage"),
    ("socrates", "can you think in a foreign language"),
    ("socrates", "what language do we actually think in"),
]


def test_the_held_out_questions_are_in_no_dev_set():
    said = [q for _, q, _ in HELD_OUT] + [q for _, q in MISSED]
    for other in Path(__file__).parent.glob("*.json"):
        known = other.read_text(encoding="utf-8").lower()
        assert not [q for q in said if q in known], other.name


@pytest.mark.parametrize(("slug", "question", "words"), HELD_OUT)
def test_a_held_out_paraphrase_is_answered_on_its_subject(slug, question, words):
    for n, seed in enumerate(SEEDS):
        reply = ask(slug, question, seed, theme=THEMES[n])
        assert answered(slug, reply), (question, reply)
        assert re.search(words, reply), (question, reply)


# A question handed on by a persona who owns up to it is answered by the one it is handed to,
# from the new line, never owned up to again (the play-test's Curie -> Einstein -> "as ignorant
# as a schoolboy", Curie -> Darwin -> "Have you observed that yourself, Marie?").
HANDED = [
    ("tom", "@darwin what temp does a kiln even get to", "Charles Darwin",
     "Perhaps @curie could tell you more; that is Marie Curie's field.", "curie",
     "A potter's kiln gets very hot"),
    ("maya", "@einstein is it true clay can explode in the kiln if there's a bubble?",
     "Albert Einstein", "That is really a question for Marie Curie; @curie, would you take it?",
     "curie", "turns to steam"),
    ("priya", "@einstein why are dogs so obsessed with squirrels?", "Albert Einstein",
     "That is really a question for Charles Darwin; @darwin, would you take it?", "darwin",
     "A dog is obsessed with squirrels"),
    ("priya", "@lovelace have humans been making pots for a long time?", "Ada Lovelace",
     "I would put that to @darwin, who knows it far better.", "darwin",
     "Humans have made pots since long before history"),
]  # fmt: skip


@pytest.mark.parametrize(("person", "question", "by", "handed", "slug", "line"), HANDED)
def test_a_question_handed_over_is_answered_by_the_one_it_is_handed_to(
    person, question, by, handed, slug, line
):
    others = tuple(v for v in CAST if v.slug != slug)
    for seed in SEEDS:
        history = (Line(person, question),)
        reply = say(slug, handed, author=by, history=history, seed=seed, others=others)
        assert reply.startswith("Gladly. ") and line in reply, reply


# Remarks sharing a word with the new lines, and what of those lines they must not get.
NEGATIVE = {
    "curie": (
        [
            "the kiln at the studio is booked all week",
            "my dog got soaked in the rain lol",
            "got a job as a temp at the council",
            "the temp agency finally called back",
            "what temp should i bake bread at",
            "its so hot today, like 30 degrees",
        ],
        r"clay can explode|potter's kiln|A wet dog smells|A glaze goes into|Wedging",
    ),
    "darwin": (
        [
            "we're off to chile for our honeymoon!",
            "the squirrel ate all the bird seed again",
            "my spanish teacher is off sick today",
            "my nan still has her old pots and pans",
        ],
        r"Spanish-speaking|obsessed with squirrels|made pots|fossil bones in Argentina",
    ),
    "einstein": (
        [
            "time for a cuppa i think",
            "my dog is asleep on the sofa",
            "my doughnut glaze is too sweet",
        ],
        r"Raw glaze|Time passes no differently",
    ),
    "shakespeare": (
        ["i'm so embarrassed about last night lol", "my spanish is terrible"],
        r"embarazada",
    ),
    "socrates": (
        ["i left my language book on the bus", "i think i'll have the soup"],
        r"the soul talking with itself",
    ),
}


@pytest.mark.parametrize("slug", sorted(NEGATIVE))
def test_a_remark_sharing_a_word_with_a_new_line_does_not_get_it(slug):
    messages, lines = NEGATIVE[slug]
    for message in messages:
        for seed in SEEDS:
            reply = ask(slug, message, seed)
            assert not re.search(lines, reply), (message, reply)
