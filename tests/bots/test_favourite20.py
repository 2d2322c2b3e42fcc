"""Session 20's play-test: asked for a favourite or a superlative of their own life or work
("@curie what's ur favorite element and why", "@darwin whats the weirdest animal u saw on the
beagle"), the personas owned up ("Nothing in my notebooks touches that, Sam; I would have to
begin from zero, and measure.") or answered off the point ("Kindness to animals is a test of a
civilised people."). Now such a question is answered from a line of its life that names the
thing and says it is the favourite (the strangest, the hardest), also when the question is
followed up ("thats sweet but which animal tho"); and "which of your characters would be the
best chess player?" names one of Shakespeare's characters, drawn by seed."""

from __future__ import annotations

import re

import pytest

from bots.engine import DEFAULT_TAGGED
from bots.habits import among_asked, best_asked
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, Line, say, starts_with

SEEDS = (0, 1, 2, 5)
NAMES = {v.slug: v.name for v in VOICES.values()}

POLONIUM = (
    "My favourite element, Sam, is polonium: we named it for Poland when Poland was not on any "
    "map; radium made us famous, but polonium was for my country."
)
IGUANA = (
    "The strangest creature of the whole voyage, Lena, was the marine iguana of the Galápagos: a "
    "hideous black lizard that swims out to sea to graze on seaweed."
)
PLAYS = (
    "My favourite of my own plays changes with my mood: Hamlet when I am thinking, Twelfth Night "
    "when I want to laugh, and The Tempest when I am tired."
)
FALSTAFF = (
    "My favourite character, {name}? Falstaff, that fat old knight of sack, lies and cowardice; "
    "the crowds loved him so that I put him in three plays, and let him die only offstage."
)


def among(slug: str, kind: str, name: str) -> set[str]:
    """The persona's `#among` lines for `kind` (as said to `name`)."""
    found = set()
    for line in index_of(VOICES[slug].material).tagged.get("among", ()):
        head, _, said = line.partition(":")
        if kind in head:
            found.add(said.strip().format(name=name))
    return found


CHARACTERS = among("shakespeare", "characters", "Maya")


# The play-test, as it was said (remote.txt), and what was said before each follow-up.
@pytest.mark.parametrize("seed", SEEDS)
def test_curies_favourite_element_is_polonium_not_owned_up(seed):
    # Was "Nothing in my notebooks touches that, Sam; I would have to begin from zero, and
    # measure."
    reply = say("curie", "@curie what's ur favorite element and why", author="sam", seed=seed)
    assert reply == POLONIUM


@pytest.mark.parametrize("seed", SEEDS)
def test_polonium_or_radium_after_owning_up_is_answered_with_her_favourite(seed):
    # Was the line on her second Nobel Prize, which chose neither.
    history = [
        Line("sam", "@curie what's ur favorite element and why"),
        Line(
            "Marie Curie",
            "Nothing in my notebooks touches that, Sam; I would have to begin from zero, and "
            "measure.",
            own=True,
        ),
    ]
    text = "come on @curie u discovered two of them, polonium or radium? 😄"
    assert say("curie", text, author="sam", seed=seed, history=history) == POLONIUM


@pytest.mark.parametrize("seed", SEEDS)
def test_darwins_weirdest_beagle_animal_is_the_marine_iguana(seed):
    # Was "A fair question, Lena. Kindness to animals is a test of a civilised people."
    text = "@darwin whats the weirdest animal u saw on the beagle"
    assert say("darwin", text, author="lena", seed=seed) == IGUANA


@pytest.mark.parametrize("seed", SEEDS)
def test_which_animal_tho_after_a_platitude_names_the_animal(seed):
    # Was "I never observed that exactly, Lena, but here is the nearest thing in my notebooks.
    # Animals feel pleasure and pain, happiness and misery, as we do."
    history = [
        Line("lena", "@darwin whats the weirdest animal u saw on the beagle"),
        Line(
            "Charles Darwin",
            "A fair question, Lena. Kindness to animals is a test of a civilised people.",
            own=True,
        ),
    ]
    text = "thats sweet but which animal tho @darwin 😂"
    assert say("darwin", text, author="lena", seed=seed, history=history) == IGUANA


@pytest.mark.parametrize("seed", SEEDS)
def test_shakespeares_favourite_play_is_named(seed):
    reply = say("shakespeare", "@shakespeare whats ur favorite play of yours", seed=seed)
    assert starts_with(reply, "shakespeare", "answer") and reply.endswith(PLAYS), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_which_one_hamlet_after_a_bare_greeting_is_answered_with_his_favourite_plays(seed):
    # Was "Ha, Kofi! Put that upon the stage and the groundlings would roar."
    history = [
        Line("kofi", "@shakespeare hey will, whats ur favorite play of yours"),
        Line("William Shakespeare", "Good morrow, Kofi! Well met upon this stage.", own=True),
    ]
    text = "lol ok but which one @shakespeare, hamlet?"
    reply = say("shakespeare", text, author="kofi", seed=seed, history=history)
    assert starts_with(reply, "shakespeare", "answer", "Kofi") and reply.endswith(PLAYS), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare what's your favourite character you wrote",  # was "Of that exactly I never
        "@shakespeare who's ur fave character u wrote",  # wrote", then a line on tragedies
    ],
)
def test_shakespeares_favourite_character_is_falstaff(text, seed):
    assert say("shakespeare", text, author="priya", seed=seed) == FALSTAFF.format(name="Priya")


def test_which_of_his_characters_would_be_best_at_chess_names_one_drawn_by_seed():
    # Was "So many of my characters die because a tragedy must pay its debts..." (no character).
    text = "@shakespeare which of your characters would be the best chess player?"
    replies = {say("shakespeare", text, seed=seed) for seed in range(8)}
    assert replies <= CHARACTERS, replies - CHARACTERS
    assert len(replies) >= 3, replies
    assert len(CHARACTERS) == 7  # with a parent and an ex, named only when those are asked


# The rest of the brief: each persona's own favourites and superlatives.
OWN = [
    (
        "einstein",
        "@einstein what's your favourite equation",
        "My favourite equation, Maya? The field equations of general relativity",
    ),  # noqa: E501
    (
        "einstein",
        "@einstein what was your favourite idea",
        "Proud is a big word, Maya; but I was happiest over the thought of 1907",
    ),  # noqa: E501
    (
        "einstein",
        "@einstein which of your discoveries are you proudest of",
        "Proud is a big word, Maya; but I was happiest over the thought of 1907",
    ),  # noqa: E501
    (
        "einstein",
        "@einstein what was the best day of your life",
        "The happiest day, Maya? One in November 1915",
    ),  # noqa: E501
    (
        "einstein",
        "@einstein what was the hardest part of relativity",
        "Of relativity, Maya, the hardest part was the mathematics",
    ),  # noqa: E501
    (
        "curie",
        "@curie what was your favourite experiment",
        "My favourite experiment, Maya, was the first: with Pierre's electrometer",
    ),  # noqa: E501
    (
        "curie",
        "@curie which of your discoveries are you proudest of",
        "Of all our discoveries, Maya, I am proudest of radium",
    ),  # noqa: E501
    (
        "curie",
        "@curie what was the hardest part of isolating radium",
        "Isolating radium, Maya? The hardest part was the labour",
    ),  # noqa: E501
    (
        "darwin",
        "@darwin do you have a favourite barnacle",
        "My favourite barnacle, Maya, was Mr Arthrobalanus",
    ),  # noqa: E501
    (
        "darwin",
        "@darwin which of your discoveries are you proudest of",
        "Proud, Maya? Of my barnacles, oddly",
    ),  # noqa: E501
    (
        "darwin",
        "@darwin what was the hardest part of the beagle voyage",
        "Of the whole Beagle voyage, Maya, the hardest part was the seasickness",
    ),  # noqa: E501
    (
        "lovelace",
        "@lovelace what's your favourite number",
        "My favourite numbers, Maya, are the Bernoulli numbers",
    ),  # noqa: E501
    (
        "lovelace",
        "@lovelace what's your favourite invention",
        "My favourite invention, Maya, is Mr Babbage's Analytical Engine",
    ),  # noqa: E501
    (
        "lovelace",
        "@lovelace what was the hardest part of writing the notes",
        "Of my Notes, Maya, the hardest part was Note G",
    ),  # noqa: E501
    (
        "socrates",
        "@socrates what's your favourite dialogue",
        "I wrote no dialogues, Maya; Plato wrote them after I was gone.",
    ),  # noqa: E501
    (
        "socrates",
        "@socrates who was your favourite student",
        "I took no fee and taught nothing, Maya, so I never had students",
    ),  # noqa: E501
    (
        "socrates",
        "@socrates what was the hardest part of your trial",
        "Of my trial, Maya, the hardest part was not to beg",
    ),  # noqa: E501
    (
        "shakespeare",
        "@shakespeare what was the hardest part of writing hamlet",
        "Writing Hamlet, Maya? The hardest part was knowing when to stop",
    ),  # noqa: E501
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("slug", "text", "opening"), OWN)
def test_its_own_favourites_and_superlatives_are_answered_from_its_life(slug, text, opening, seed):
    reply = say(slug, text, seed=seed)
    assert reply.startswith(opening), reply
    assert starts_with(reply, slug, "life"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_favourite_creature_is_its_line_on_a_favourite_animal(seed):
    reply = say("darwin", "@darwin what's your favourite creature", seed=seed)
    assert starts_with(reply, "darwin", "answer"), reply
    assert reply.endswith(
        "If I had to choose a favourite animal it would be the dog, though the barnacle taught "
        "me more and the earthworm surprised me most."
    ), reply


# Paraphrases written apart from the code, none of them used to write it: (slug, message, a
# word the answer says). "AMONG": one of its `#among` lines on characters.
HELD_OUT = [
    ("curie", "@curie if you had to pick a favourite element which would it be", "polonium"),
    ("curie", "@curie do you have a fave element?", "polonium"),
    ("curie", "@curie what was the most interesting experiment you ever did", "electrometer"),
    ("curie", "@curie which of your discoveries r u most proud of", "proudest of radium"),
    ("curie", "@curie what was the toughest part of getting pure radium", "iron rod"),
    ("curie", "@curie polonium or radium, which one's ur favourite element?", "polonium"),
    ("curie", "@curie out of all the elements which is ur fav", "polonium"),
    ("curie", "@curie fav element??", "polonium"),
    ("curie", "@curie which element of yours do you love most", "polonium"),
    ("darwin", "@darwin what was the strangest creature you came across on your voyage", "iguana"),
    ("darwin", "@darwin fave animal?", "dog"),
    ("darwin", "@darwin whats the hardest part of sailing on the beagle", "seasickness"),
    ("darwin", "@darwin who's your favourite barnacle lol", "Arthrobalanus"),
    ("darwin", "@darwin what's the weirdest creature u ever saw", "iguana"),
    ("darwin", "@darwin what was the oddest animal you found in the galapagos", "iguana"),
    ("darwin", "@darwin what's your favourite kind of barnacle", "Arthrobalanus"),
    ("darwin", "@darwin of everything on the beagle what was the weirdest animal", "iguana"),
    ("darwin", "@darwin what was the strangest thing you saw on the voyage", "iguana"),
    ("einstein", "@einstein what's ur all-time favourite equation", "field equations"),
    ("einstein", "@einstein which idea of yours do you like best", "1907"),
    ("einstein", "@einstein hardest part of general relativity?", "Grossmann"),
    ("einstein", "@einstein happiest day of ur life?", "Mercury"),
    ("einstein", "@einstein do u have a favourite equation", "field equations"),
    (
        "einstein",
        "@einstein what was the toughest part of working out general relativity",
        "Grossmann",
    ),  # noqa: E501
    ("einstein", "@einstein what's the idea you're proudest of", "1907"),
    ("lovelace", "@lovelace do you have a favourite number", "Bernoulli"),
    ("lovelace", "@lovelace what's ur fave invention ever", "Analytical Engine"),
    ("lovelace", "@lovelace what was the trickiest bit of the notes", "grave mistake"),
    ("lovelace", "@lovelace which invention do you like most", "Analytical Engine"),
    ("lovelace", "@lovelace whats ur favourite number lol", "Bernoulli"),
    ("lovelace", "@lovelace what's ur favourite of all numbers", "Bernoulli"),
    ("lovelace", "@lovelace which of your inventions are you proudest of", "Notes"),
    ("socrates", "@socrates which of plato's dialogues is your favourite", "Phaedrus"),
    ("socrates", "@socrates who was ur fave student", "Alcibiades"),
    ("socrates", "@socrates what was the hardest bit of your trial", "three sons"),
    ("socrates", "@socrates who was your favourite pupil", "Alcibiades"),
    ("socrates", "@socrates what's the hardest part of being on trial for your life", "three sons"),
    ("socrates", "@socrates what's your favourite of plato's dialogues", "Phaedrus"),
    ("socrates", "@socrates hardest part of ur trial?", "three sons"),
    ("shakespeare", "@shakespeare which play of yours do you love most", "Hamlet when"),
    ("shakespeare", "@shakespeare who is your favourite character", "Falstaff"),
    (
        "shakespeare",
        "@shakespeare which of your characters would make the best prime minister",
        "AMONG",
    ),  # noqa: E501
    ("shakespeare", "@shakespeare which of ur characters is most like my cat", "AMONG"),
    (
        "shakespeare",
        "@shakespeare what was the toughest bit about writing hamlet",
        "knowing when to stop",
    ),  # noqa: E501
    ("shakespeare", "@shakespeare which of your villains would win at poker", "Iago"),
    ("shakespeare", "@shakespeare who's the character of yours you like best", "Falstaff"),
    ("shakespeare", "@shakespeare which of your characters would be the best at karaoke", "AMONG"),
    ("shakespeare", "@shakespeare which of your heroines would make the best lawyer", "AMONG"),
    ("shakespeare", "@shakespeare what's your favourite play you wrote", "Hamlet when"),
    ("shakespeare", "@shakespeare which of your characters is most like you", "AMONG"),
    ("shakespeare", "@shakespeare whats ur fave play", "Hamlet when"),
    ("curie", "@curie be honest, whats ur favourite element 👀", "polonium"),
    ("curie", "@curie whats the proudest discovery of your career", "radium"),
    ("darwin", "@darwin most bizarre creature u came across?", "iguana"),
    ("darwin", "@darwin ok real talk what's ur favourite barnacle", "Arthrobalanus"),
    ("einstein", "@einstein which equation of yours do you love most", "field equations"),
    ("einstein", "@einstein what's the hardest part of relativity for you", "Grossmann"),
    ("lovelace", "@lovelace hardest part of writing note g?", "grave mistake"),
    ("lovelace", "@lovelace got a favourite number?", "Bernoulli"),
    ("socrates", "@socrates who's your fave of all your students", "Alcibiades"),
    (
        "shakespeare",
        "@shakespeare which of your characters would survive a zombie apocalypse",
        "AMONG",
    ),
    ("shakespeare", "@shakespeare which character of yours is most like elon musk", "AMONG"),
    ("shakespeare", "@shakespeare whats ur favourite character of all time", "Falstaff"),
]


@pytest.mark.parametrize(("slug", "text", "said"), HELD_OUT)
def test_held_out_favourites_are_answered_with_the_thing_named(slug, text, said):
    reply = say(slug, text)
    if said == "AMONG":
        assert reply in CHARACTERS, reply
    else:
        assert said in reply, reply


# Not its own favourite, or no line of its life names the thing: no line of this kind said.
NOT_OWN = [
    ("curie", "@curie what's the best element for batteries", "polonium"),
    ("darwin", "@darwin what's the weirdest animal in australia", "iguana"),
    ("darwin", "@darwin what's the weirdest animal alive today", "iguana"),
    ("darwin", "@darwin what's your favourite movie", "favourite animal"),
    ("darwin", "@darwin what is your favourite food", "iguana"),
    ("einstein", "@einstein what's the hardest part of learning physics", "Grossmann"),
    ("einstein", "@einstein whats the best equation for working out speed", "field equations"),
    ("lovelace", "@lovelace what's the hardest part of learning to code", "grave mistake"),
    ("lovelace", "@lovelace what's the best number for a lottery ticket", "Bernoulli numbers, for"),
    ("lovelace", "@lovelace what's your best advice for learning maths", "Bernoulli numbers, for"),
    ("curie", "@curie which element is the most dangerous", "polonium was for my country"),
    ("curie", "@curie what's the hardest part of your day", "iron rod"),
    ("socrates", "@socrates what's your favourite pizza", "Alcibiades"),
    ("socrates", "@socrates what's the best way to be happy", "Alcibiades"),
    ("socrates", "@socrates what's the weirdest thing about athens", "Alcibiades"),
    ("darwin", "@darwin whats the weirdest animal ever discovered", "iguana"),
    ("einstein", "@einstein favourite pizza?", "field equations"),
    ("socrates", "@socrates who is the best student in athens today", "Alcibiades"),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("slug", "text", "unsaid"), NOT_OWN)
def test_what_is_not_its_own_favourite_gets_no_favourite_line(slug, text, unsaid, seed):
    assert unsaid not in say(slug, text, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_favourite_pizza_topping_is_still_owned_up_to_not_an_element(seed):
    reply = say("curie", "@curie what's your favourite pizza topping", seed=seed)
    # A pizza is food (bots/kinds.tsv): her own food, since session 28.
    assert starts_with(reply, "curie", "self") or "Food was an afterthought" in reply, reply
    assert "element" not in reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare which of your characters in hamlet would be best at chess",
        "@shakespeare which way to the globe from here",
        "@shakespeare which character dies first in macbeth",
        "@shakespeare which actor would be best as hamlet today",
        "@shakespeare who would be the best actor to play hamlet",
    ],
)
def test_a_character_of_a_named_play_or_no_character_at_all_draws_no_among_line(text, seed):
    assert say("shakespeare", text, seed=seed) not in CHARACTERS


@pytest.mark.parametrize("seed", SEEDS)
def test_an_everyday_favourite_keeps_its_line_of_its_life(seed):
    # "best friends" of worms is no best friend: the line on its friends answers.
    reply = say("darwin", "Who was your best friend?", seed=seed)
    assert reply.startswith("Joseph Hooker, Thomas Huxley and old Lyell, Maya"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_hot_take_on_the_best_part_of_winter_is_no_question_of_its_own(seed):
    reply = say("shakespeare", "hot take: christmas jumpers are the best part of winter", seed=seed)
    assert "my best song to winter" not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_new_question_after_the_favourite_is_not_answered_with_it_again(seed):
    history = [
        Line("sam", "@curie what's ur favorite element"),
        Line("Marie Curie", POLONIUM, own=True),
    ]
    for text in ("how did pierre die?", "polonium or radium?", "which one?"):
        reply = say("curie", f"@curie {text}", author="sam", seed=seed, history=history)
        assert "favourite element" not in reply, (text, reply)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("what's ur favorite element and why", {"element"}),
        ("whats the weirdest animal u saw on the beagle", {"animal"}),
        ("whats ur favorite play of yours", {"play"}),
        ("do you have a favourite barnacle", {"barnacl"}),
        ("which of your discoveries are you proudest of", {"discovery"}),
        ("what was the hardest part of writing the notes", {"note"}),
        ("your favourite kind of barnacle", {"barnacl"}),
    ],
)
def test_the_thing_a_superlative_asks_about(text, thing):
    asked = best_asked(text)
    assert asked is not None and set(asked[1]) == thing, asked


@pytest.mark.parametrize(
    "text",
    [
        "what's the toughest thing you've been through",  # own_ways' "hardest"
        "what was the happiest day of your life",  # own_ways' "happiest"
        "what's the best element for batteries",
        "whats your best guess",
        "hot take: christmas jumpers are the best part of winter",
        "thats sweet but which animal tho",  # a follow-up: asked of what came before
    ],
)
def test_no_superlative_of_its_own_thing(text):
    assert best_asked(text) is None


def test_which_of_your_kind_is_asked_only_for_best_at_or_most_like():
    assert among_asked("which of ur characters is most like me") == "characters"
    assert among_asked("which of your villains would win at poker") == "villains"
    assert among_asked("which of your characters is your favourite") == ""
    assert among_asked("which of your characters in hamlet would win a fight") == ""
    assert among_asked("which way is the station") == ""


@pytest.mark.parametrize("slug", [s for s in NAMES if s != "aibot"])
def test_every_life_and_among_line_fits_the_persona_said_whole(slug):
    voice = VOICES[slug]
    index = index_of(voice.material)
    lines = [*index.tagged.get("life", ())]
    lines += [line.partition(":")[2].strip() for line in index.tagged.get("among", ())]
    for line in lines:
        said = line.format(name="Alexandra")
        assert len(said) <= voice.max_reply_chars, said
        assert not re.search(r"\{\w+\}", said), said


@pytest.mark.parametrize("seed", SEEDS)
def test_pressed_after_a_platitude_on_its_favourite_it_owns_the_miss_and_names_it(seed):
    # Was "Forgive me, Lena; I answered a question you did not ask. Down House has answered many
    # questions for me, Lena, but never that one."
    history = [
        Line("lena", "@darwin whats the weirdest animal u saw on the beagle"),
        Line(
            "Charles Darwin",
            "A fair question, Lena. Kindness to animals is a test of a civilised people.",
            own=True,
        ),
    ]
    reply = say(
        "darwin", "@darwin that's not what i asked lol", author="lena", seed=seed, history=history
    )
    owned = [line.format(name="Lena") for line in DEFAULT_TAGGED["pressed"]]  # Darwin has none
    assert any(reply == f"{line} {IGUANA}" for line in owned), reply
