"""A persona whose answer confused or missed its asker repairs it (session-20 play-tests, sea
swimmers):

- "@curie haha i meant people not iron, but thanks i guess", after a line on iron rusting: it
  owns the miss and searches again, by what was asked and what was meant, for a line not on
  iron; with none, it owns up (never the iron line again).
- "@lovelace haha ok but like actual numbers? how far should we be swimming each week", after
  her method for a training plan, got her "poetical science" line: a line with figures on the
  subject, else that she has no figures for it.
- "@socrates lol what?? im talking about swimming in 11 degree water", after Euthyphro, got "Ha!
  You examine your own life more honestly than most of Athens": confusion is owned plainly, in
  character, and Socrates asks back what they want to know.
- "@einstein lol what do knives and snowshoes have to do with cold water 😂" got "Ha!
  Marvellous": owned, then a line on what was asked, or an owning-up.

Never for surprise at news among people ("lol what? he quit?"), nor when the persona's answer
was to someone else."""

from __future__ import annotations

import pytest

from bots.addressing import FIGURES_ASKED, confused, corrected, follows_up
from bots.engine import DEFAULT_TAGGED, FIGURES
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

SEEDS = [1, 2, 3]

CURIE_Q = Line(
    "priya",
    "@curie is it true cold water swimming boosts your immune system or is that just "
    "instagram stuff",
)
CURIE_IRON = Line(
    "Marie Curie",
    "I never measured that exactly, Priya, but this is the nearest result I have. Iron rusts "
    "even in a dry shed because it needs only oxygen and a trace of water, and cold nights make "
    "dew form on cold metal.",
    own=True,
)
ADA_Q = Line(
    "maren",
    "@lovelace could you help us work out a training plan? we swim about 1k now and want to get "
    "to 2.4k by august",
)
ADA_PLAN = Line(
    "Ada Lovelace",
    "Let me set it out as I set out Note G, Maren: number the tasks, say what each needs and "
    "what must come first, then run down the list once by hand before trusting it.",
    own=True,
)
SOCRATES_Q = Line(
    "jules", "@socrates honest question, why do we keep doing this. its freezing and we all love it"
)
EUTHYPHRO = Line(
    "Socrates",
    "I know nothing, Jules, but let us reason it out. Is a thing holy because the gods love it, "
    "or do the gods love it because it is holy?",
    own=True,
)
EINSTEIN_Q = Line(
    "jules",
    "@einstein why do some people handle cold water so much better than others? my sister "
    "lasts 2 mins and im fine for 20",
)
KNIVES = Line(
    "Albert Einstein",
    "Gladly. Let me put it simply, Jules. A sharp knife cuts better than a blunt one because the "
    "same force on a smaller area makes more pressure; snowshoes do the opposite.",
    own=True,
)
SEA_Q = Line("jules", "@einstein why do i feel so cold when i get out of the sea")
SEA_LINE = "You feel cold stepping out of the sea or the bath because the water drying off you"


def tagged(slug: str, tag: str, name: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged.get(tag) or DEFAULT_TAGGED[tag]
    return {line.replace("{name}", name) for line in lines}


def opened(reply: str, slug: str, tag: str, name: str) -> str:
    """What follows the opener of `tag` the reply starts with; fails if it starts with none."""
    for line in tagged(slug, tag, name):
        if reply.startswith(line):
            return reply[len(line) :].strip()
    raise AssertionError(f"no #{tag} opener: {reply}")


@pytest.mark.parametrize("seed", SEEDS)
def test_curie_corrected_searches_again_and_owns_up_never_iron_again(seed):
    reply = say(
        "curie",
        "@curie haha i meant people not iron, but thanks i guess",
        author="priya",
        history=[CURIE_Q, CURIE_IRON],
        seed=seed,
    )
    rest = opened(reply, "curie", "pressed", "Priya")
    # No line of hers is on the immune system: she owns that she has no data, plainly.
    assert rest in tagged("curie", "outside", "Priya"), reply
    assert "Iron" not in reply and "iron" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@lovelace haha ok but like actual numbers? how far should we be swimming each week",
        # held out
        "@lovelace ok but in numbers? like how many km",
        "@lovelace sure but like real figures please",
    ],
)
def test_lovelace_pressed_for_figures_owns_she_has_none(text, seed):
    reply = say("lovelace", text, author="maren", history=[ADA_Q, ADA_PLAN], seed=seed)
    assert reply in tagged("lovelace", "nofigures", "Maren"), reply
    assert "poetical science" not in reply, reply


def test_pressed_for_figures_gives_a_line_with_figures_when_it_has_one():
    asked = Line("maya", "@einstein how fast does light go")
    answer = Line(
        "Albert Einstein",
        "Light is the fastest thing there is, Maya, and every observer measures the same speed.",
        own=True,
    )
    reply = say("einstein", "@einstein ok but actual numbers?", history=[asked, answer])
    rest = opened(reply, "einstein", "further", "Maya")
    # One of his own lines on light, with a figure in it, and not the answer again.
    assert rest in {line.text for line in index_of(VOICES["einstein"].material).lines}, reply
    assert "light" in rest.lower() and FIGURES.search(rest), reply
    assert "fastest thing there is" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@socrates lol what?? im talking about swimming in 11 degree water",
        # held out
        "@socrates huh?",
        "??",
        "@socrates sorry what",
        "@socrates what does that have to do with swimming lol",
        "wait what. i meant the cold water",
        "@socrates you lost me lol",
    ],
)
def test_socrates_owns_confusion_and_asks_back(text, seed):
    reply = say("socrates", text, author="jules", history=[SOCRATES_Q, EUTHYPHRO], seed=seed)
    rest = opened(reply, "socrates", "lost", "Jules")
    assert rest in tagged("socrates", "askplain", "Jules"), reply
    assert "holy" not in reply and "Athens more honestly" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_einstein_owns_the_knives_and_owns_up(seed):
    reply = say(
        "einstein",
        "@einstein lol what do knives and snowshoes have to do with cold water 😂",
        author="jules",
        history=[EINSTEIN_Q, KNIVES],
        seed=seed,
    )
    rest = opened(reply, "einstein", "lost", "Jules")
    assert rest in tagged("einstein", "outside", "Jules"), reply
    assert "knife" not in reply and "Marvellous" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@einstein lol what do knives have to do with getting out of the sea",
        "huh?",
        "@einstein what?",
        "what does that have to do with anything lol",
    ],
)
def test_confused_gets_the_line_it_should_have_given(text, seed):
    reply = say("einstein", text, author="jules", history=[SEA_Q, KNIVES], seed=seed)
    rest = opened(reply, "einstein", "lost", "Jules")
    assert rest.startswith(SEA_LINE), reply


@pytest.mark.parametrize(
    ("text", "author", "history"),
    [
        # Surprise at what was said, not at the saying.
        ("@einstein your english was clumsy?? haha", "jules", [SEA_Q, KNIVES]),
        ("lol what? he quit?", "jules", [SEA_Q, KNIVES]),
        ("what?? no way", "jules", [SEA_Q, KNIVES]),
        # Its answer was to someone else, and they name it.
        ("@einstein lol what??", "tobi", [SEA_Q, KNIVES]),
        # News among people, no answer of its own before.
        ("@einstein lol what?", "tobi", [Line("maren", "ben quit his job lol")]),
    ],
)
def test_no_repair_for_surprise_or_another_persons_answer(text, author, history):
    reply = say("einstein", text, author=author, history=history)
    for tag in ("lost", "pressed"):
        assert not any(reply.startswith(o) for o in tagged("einstein", tag, author.title())), reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lol what?? im talking about swimming in 11 degree water", True),
        ("lol what do knives and snowshoes have to do with cold water 😂", True),
        ("huh?", True),
        ("??", True),
        ("you lost me lol", True),
        ("lol what? he quit?", False),
        ("what?? no way", False),
        ("your english was clumsy?? that makes me feel so much better haha", False),
        ("what time is it?", False),
        ("what do you think", False),
        ("what is the best stroke?", False),
    ],
)
def test_confused(text, expected):
    assert confused(text) is expected


def test_corrected_says_what_was_meant_and_what_was_not():
    assert corrected("haha i meant people not iron, but thanks i guess") == ("people", "iron")
    assert corrected("lol what do knives and snowshoes have to do with cold water 😂") == (
        "cold water",
        "knives and snowshoes",
    )
    assert corrected("lol what?? i'm talking about swimming in 11 degree water") == (
        "swimming in 11 degree water",
        "",
    )
    assert corrected("what does that have to do with swimming") == ("swimming", "")


def test_confusion_is_routed_to_the_one_who_just_answered():
    assert follows_up("lol what??")
    assert follows_up("haha ok but like actual numbers? how far should we be swimming each week")
    assert not follows_up("lol what? he quit?")


@pytest.mark.parametrize("seed", SEEDS)
def test_huh_after_a_plain_answer_asks_which_part_never_says_it_again(seed):
    answer = Line(
        "Albert Einstein",
        "A lovely question, Tobi. You feel cold stepping out of the sea or the bath because the "
        "water drying off you takes heat from your skin to turn into vapour; sweating cools you "
        "the same way.",
        own=True,
    )
    reply = say(
        "einstein", "huh?", author="tobi", history=[Line("tobi", SEA_Q.text), answer], seed=seed
    )
    rest = opened(reply, "einstein", "lost", "Tobi")
    assert rest in tagged("einstein", "whichpart", "Tobi"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_puzzled_by_its_owning_up_it_says_it_followed(seed):
    """ "@darwin lol what?? im asking about cold water" after "That is quite beyond me": not
    "I have muddled you" and a second owning-up; it did follow, and does not know."""
    asked = Line("jules", EINSTEIN_Q.text.replace("@einstein", "@darwin"))
    owned = Line(
        "Charles Darwin",
        "That is quite beyond me, Jules; I never collected a single fact about it.",
        own=True,
    )
    reply = say(
        "darwin",
        "@darwin lol what?? im asking about cold water",
        author="jules",
        history=[asked, owned],
        seed=seed,
    )
    assert reply in tagged("darwin", "understood", "Jules"), reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("haha ok but like actual numbers? how far should we be swimming each week", True),
        ("ok but in numbers?", True),
        ("sure but like real figures please", True),
        ("any rough figures?", True),
        ("there's safety in numbers lol", False),
        ("what are real numbers", False),
        ("i'm bad with numbers", False),
    ],
)
def test_figures_asked(text, expected):
    assert bool(FIGURES_ASKED.search(text)) is expected


def test_safety_in_numbers_after_an_answer_is_no_press_for_figures():
    asked = Line("maya", "@darwin why do starlings flock at dusk")
    reply = say(
        "darwin",
        "@darwin safety in numbers, love it",
        history=[
            asked,
            Line(
                "Charles Darwin",
                "Starlings gather at dusk in great swirling flocks before they roost, Maya.",
                own=True,
            ),
        ],
    )
    assert reply not in tagged("darwin", "nofigures", "Maya"), reply
    assert not any(reply.startswith(o) for o in tagged("darwin", "further", "Maya")), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("@darwin i meant swallows not wasps lol", "pressed"),
        ("@darwin thats not what i asked, i meant the swallows", "pressed"),
        ("@darwin what do wasps have to do with swallows??", "lost"),
    ],
)
def test_corrected_it_answers_what_was_meant_when_it_has_a_line(text, tag, seed):
    """Searched again by what was asked and what was meant, never the wasps again."""
    asked = Line("maya", "@darwin where do the birds go in winter")
    wasps = Line(
        "Charles Darwin",
        "Wasps pester us in late summer because their nest stops raising young, and the workers, "
        "no longer fed sweet drops by the grubs, go looking for sugar elsewhere.",
        own=True,
    )
    reply = say("darwin", text, history=[asked, wasps], seed=seed)
    rest = opened(reply, "darwin", tag, "Maya")
    assert rest.startswith("Swallows leave us each autumn"), reply
    assert "asp" not in rest, reply


@pytest.mark.parametrize("text", ["lol what??", "huh?", "??"])
def test_someone_elses_confusion_named_to_nobody_gets_no_reply(text):
    """Routed to the persona that just answered (`follows_up`), a bystander's "lol what??" is
    not its to repair: it posts nothing."""
    assert say("einstein", text, author="tobi", history=[SEA_Q, KNIVES]) == ""
