"""topic61: a persona's line or `#know` line put to a message only when it answers what is asked,
in the sense asked (`bots.topic.answers_ask`, `bots.engine._fits_ask`): what to use or do asked
("what's good for", "what should i put on") by something to use or do, never a why or a tale of
its own; whether a thing is safe by that thing's safety, never "safe" in another sense nor the
nearest it has; what a thing is worth never by a matter of taste; a thing kept in a place never
answered by a line on the place (a watch in a tin is no tinned beans); and a thing outside its
field never by a line that says its one word late, in passing (cars run over by crows' nuts for a
car that squeaks). With no line that fits, it owns up (a decline rates 2, a wrong line 1)."""

from __future__ import annotations

import pytest

from bots.topic import answers_ask, kept_only
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, message, the reply now): each was a line on another question before.
WRONG_PICKS = [
    (
        "darwin",
        "what should i put on a nettle sting",
        "A barnacle knows as much of that as I do, Maya, and is rather more patient about it.",
    ),
    (
        "darwin",
        "what should i use on ant bites",
        "A barnacle knows as much of that as I do, Maya, and is rather more patient about it.",
    ),
    (
        "curie",
        "found an old medal in a biscuit tin, is it worth anything?",
        "Nothing in my notebooks touches that, Maya; I would have to begin from zero, and measure.",
    ),
    (
        "curie",
        "found a ring in an old jewellery box, is it worth anything?",
        "That I cannot answer, Maya; my knowledge ends at the laboratory door.",
    ),
    (
        "einstein",
        "whats good for a stiff neck after sleeping funny",
        (
            "At the patent office I saw every kind of invention, Maya, but nothing of such "
            "things; there I am no help."
        ),
    ),
    (
        "einstein",
        "what's good for a sore back after moving house",
        (
            "At the patent office I saw every kind of invention, Maya, but nothing of such "
            "things; there I am no help."
        ),
    ),
    (
        "einstein",
        "the best thing i ever got second hand was a bike, what about you?",
        (
            "Ach, you ask me something I have not often asked myself, Maya; I spent more thought "
            "on light than on my own heart."
        ),
    ),
    (
        "shakespeare",
        "found a sword in my grandad's shed, worth anything?",
        "Alas, Maya, that is beyond my quill; the stage and the heart are all my learning.",
    ),
    (
        "shakespeare",
        "whats good for midges when camping",
        "You ask a poet, Maya, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "lovelace",
        "what's good for a headache after staring at a screen",
        (
            "My mother raised me on mathematics to keep me from fancies, Maya, and she left that "
            "one out."
        ),
    ),
    (
        "lovelace",
        "found an old coin in a jar, is it worth anything",
        (
            "My mother raised me on mathematics to keep me from fancies, Maya, and she left that "
            "one out."
        ),
    ),
    (
        "lovelace",
        "what's good for eye strain from the laptop",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "lovelace",
        "found some stamps in a biscuit tin, worth anything?",
        (
            "My mother raised me on mathematics to keep me from fancies, Maya, and she left that "
            "one out."
        ),
    ),
    (
        "lovelace",
        "what's good for a stiff wrist from typing",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "socrates",
        "is it safe to walk home alone at night",
        # ask49: a plain safety worry gets sound, cautious advice rather than owning up
        "Usually it's fine, but keep to lit, busy streets, keep your phone charged, one earphone "
        "out, and tell a friend when you leave and when you're home. If it feels wrong, take a "
        "taxi.",
    ),
    (
        "socrates",
        "what's good for a cold",
        # (everyday46: what helps a cold, not owned up to)
        "I am no physician, Maya. Rest, drinks, honey and salt-water gargles, and paracetamol "
        "if it aches; antibiotics don't touch a virus. See a doctor if you can't swallow, have "
        "a high fever, or it lasts over a week.",
    ),
    (
        "curie",
        "there's a glowing old watch in a tin in the loft, is that radium?",
        (
            "Here is what I know of it, Maya. An old watch that glows may well hold radium, but "
            "the glowing paint wears out long before the radium does; keep such a watch closed, "
            "and never scratch or open the dial."
        ),
    ),
    (
        "socrates",
        "found some old coins in a tin, worth anything?",
        "On that, Maya, I am truly ignorant, and for once I am not being ironic.",
    ),
    (
        "darwin",
        "found an old teapot in the loft, is it worth anything?",
        (
            "The Beagle took me round the world, Maya, and never once near that question; it lies"
            " far from my studies."
        ),
    ),
    (
        "einstein",
        "found an old pocket watch in a drawer, worth anything?",
        (
            "At the patent office I saw every kind of invention, Maya, but nothing of such "
            "things; there I am no help."
        ),
    ),
    (
        "shakespeare",
        "found a first edition in a charity shop, is it worth much?",
        "Alas, Maya, that is beyond my quill; the stage and the heart are all my learning.",
    ),
    (
        "curie",
        "found a vase at a car boot, worth anything?",
        "That I cannot answer, Maya; my knowledge ends at the laboratory door.",
    ),
]

# (persona, message, the reply): lines that answer what is asked, as they did before.
GOOD_PICKS = [
    (
        "darwin",
        "what's good for wasp stings? my lad got one at the park",
        (
            "Scrape a bee's sting out sideways with a nail or card, Maya, quickly; a wasp leaves "
            "none. Then a cold pack, and an antihistamine for the itch. Swelling of lips or "
            "throat, or trouble breathing, is 999 at once."
        ),
    ),
    (
        "darwin",
        "anything good for hay fever? pollen is killing me",
        (
            "Hay fever is the body mistaking pollen for an invader, Maya; grass pollen is worst "
            "on warm, dry afternoons in early summer. Shower and change after being out, keep "
            "windows shut at night, and a chemist can suggest an antihistamine."
        ),
    ),
    (
        "darwin",
        "whats the best spray for greenfly on roses",
        (
            "Squash greenfly between finger and thumb or hose them off, Maya, and leave the "
            "ladybirds, lacewings and blue tits to do the rest; a garden that does not spray "
            "keeps far more of the creatures that eat them."
        ),
    ),
    (
        "darwin",
        "why do cats knead blankets",
        (
            "A fair question, Maya. A cat that kneads a soft blanket with its paws is doing what "
            "it did as a kitten at its mother's side to make the milk flow; the grown cat keeps "
            "the habit when it is content."
        ),
    ),
    (
        "darwin",
        "what's the best food for a hedgehog in the garden",
        (
            "Leave a hedgehog-sized hole, about thirteen centimetres, in your fence, Maya, a wild"
            " corner and a shallow dish of water; never milk, which upsets them, but meaty cat "
            "food is fine."
        ),
    ),
    (
        "darwin",
        "whats good for a jellyfish sting",
        (
            "Most jellyfish in European seas give only a nasty sting, Maya: rinse it with "
            "seawater, not fresh, lift off any tentacles with a card, and soak it in hot water if"
            " you can bear it. Peeing on it is a myth."
        ),
    ),
    (
        "darwin",
        "what should i give my dog for fleas",
        (
            "Most fleas live in the carpet and bedding, Maya, not on the animal: treat the pet, "
            "wash its bedding hot and hoover daily for a few weeks, since the eggs hatch in "
            "waves."
        ),
    ),
    (
        "curie",
        "what should i use to clean a tarnished silver spoon",
        (
            "Line a bowl with kitchen foil, Maya, lay the silver on it and cover with hot water "
            "and a spoonful each of bicarbonate and salt: the aluminium takes the sulphur back "
            "off the silver and the black fades in minutes. Then rinse, dry and buff."
        ),
    ),
    (
        "curie",
        "is a dental x-ray safe when you're pregnant?",
        (
            "An X-ray of your arm, teeth or chest sends almost nothing near the womb, Maya, and "
            "is safe; for the belly and pelvis doctors take more care, or choose another test. "
            "Tell the radiographer, and they will judge it."
        ),
    ),
    (
        "curie",
        "my phone battery swelled up, is it dangerous?",
        (
            "A swollen lithium battery is making gas inside, Maya, and can catch fire: stop using"
            " and charging it, do not pierce or squash it, keep it where it cannot set anything "
            "alight, and take it to a battery recycling point."
        ),
    ),
    (
        "curie",
        "is it safe to eat beans from a dented tin",
        (
            "Best before is about quality, not safety, Maya: tinned beans are sealed and heated, "
            "and keep for years past the date if the tin is not bulging, rusted through or dented"
            " on a seam. A bulging or spurting tin goes in the bin."
        ),
    ),
    (
        "curie",
        "is it safe to microwave food in plastic tubs?",
        (
            "Use only plastics marked microwave-safe, Maya, and not old, cracked or scratched "
            "ones; hot, fatty food draws out more of a plastic's additives. A glass dish or a "
            "plate on top is safest, and keep cling film off the food."
        ),
    ),
    (
        "curie",
        "is radon in my basement dangerous?",
        (
            "Here is what I know of it, Maya. Radon is the emanation we saw leaking from radium, "
            "and it seeps from the ground too, from granite most of all; it gathers in basements,"
            " cellars and caves, so ventilate and have it measured."
        ),
    ),
    (
        "curie",
        "is it safe to mix bleach and vinegar",
        (
            # safe37: bleach mixed is a hazard, told in the same plain words by every persona
            "Maya, never mix bleach with vinegar, ammonia or any other cleaner: together they "
            "give off toxic gases, such as chlorine. Use one product at a time and rinse in "
            "between. If you have breathed the fumes, get into fresh air; if you feel unwell "
            "or your eyes sting, rinse them with water and call 111."
        ),
    ),
    (
        "curie",
        "there's an old compass in a drawer with glowing dots, is that radium?",
        (
            "Here is what I know of it, Maya. An old watch that glows may well hold radium, but "
            "the glowing paint wears out long before the radium does; keep such a watch closed, "
            "and never scratch or open the dial."
        ),
    ),
    (
        "curie",
        "how long do beans keep in a tin past the date?",
        (
            "Best before is about quality, not safety, Maya: tinned beans are sealed and heated, "
            "and keep for years past the date if the tin is not bulging, rusted through or dented"
            " on a seam. A bulging or spurting tin goes in the bin."
        ),
    ),
    (
        "einstein",
        "my car pulls to the left when i brake, any idea?",
        (
            "Check the tyre pressures first, Maya: a soft tyre on one side drags the car towards "
            "it. After that, wheels knocked out of line by a kerb, or a sticking brake; and on a "
            "road that slopes to the gutter, every car drifts a little that way."
        ),
    ),
    (
        "einstein",
        "why do ice skates glide so well",
        (
            "A thin film of water and loose molecules lies on ice and snow, Maya, and friction "
            "warms it more as you glide, so skates and skis slide on it. Wax keeps skis from "
            "sticking to that film; very cold snow, with less of it, feels slow, like sand."
        ),
    ),
    (
        "einstein",
        "what's best for getting rid of static on clothes",
        (
            "Rubbing two different materials moves electrons from one to the other, Maya: "
            "polyester and nylon grab them from skin and hair, and in dry winter air the charge "
            "cannot leak away, so it crackles off in sparks. Damp air, or cotton next the skin, "
            "calms it."
        ),
    ),
    (
        "einstein",
        "how does a rainbow form",
        (
            "Each raindrop bends sunlight, bounces it off its back and bends it again, splitting "
            "the colours, Maya. With the Sun low behind you and rain ahead, the bow is a circle "
            "round the point opposite the Sun; a fainter second bow has them reversed."
        ),
    ),
    (
        "einstein",
        "is it safe to stand under a tree in a thunderstorm",
        (
            "Never shelter under a lone tree in a thunderstorm, Maya; a car or a building is "
            "safe, for the current runs round the outside. Caught in the open, crouch low with "
            "your feet together, away from tall things."
        ),
    ),
    (
        "einstein",
        "what's the best bike you've ever owned?",
        (
            "I never owned a motor car, Maya, nor learned to drive one; I walked, rode my "
            "bicycle, took the tram, and on the water sailed my little boat."
        ),
    ),
    (
        "shakespeare",
        "whats the best play you ever wrote",
        (
            "Ah, Maya, now you speak my language. My favourite of my own plays changes with my "
            "mood: Hamlet when I am thinking, Twelfth Night when I want to laugh, and The Tempest"
            " when I am tired."
        ),
    ),
    (
        "shakespeare",
        "what's the best way to learn lines",
        (
            "Plain counsel, Maya, and no verse in it. Learn a scene at a time, say them out loud "
            "while you walk, record the other parts with gaps for yours, and test yourself with a"
            " card over your lines."
        ),
    ),
    (
        "shakespeare",
        "what's good for writer's block",
        (
            "Hark, Maya, here is my answer. Writer's block is a field left fallow; read something"
            " old, steal a plot as I stole from Plutarch, and the words will follow the story."
        ),
    ),
    (
        "lovelace",
        "how does a computer store numbers",
        (
            "Ah, Maya, that is exactly my kind of puzzle. A computer remembers as the Engine's "
            "store was meant to: each number kept in its own numbered place on a column of "
            "wheels, a thousand of them, until the mill calls for it."
        ),
    ),
    (
        "lovelace",
        "what should i use to learn to code",
        (
            "Ah, Maya, that is exactly my kind of puzzle. To learn coding today, make something "
            "small that you want to exist, and make it work, and only then make it beautiful."
        ),
    ),
    (
        "lovelace",
        "what's the best calculator for a maths a-level",
        (
            "Ah, Maya, that is exactly my kind of puzzle. A calculator in a child's hand does in "
            "an instant what cost clerks whole days in my time; use it, but learn first what it "
            "is doing."
        ),
    ),
    (
        "socrates",
        "what is justice",
        (
            "A fair question, Maya; let me answer with care. Justice is the health of the soul, "
            "as medicine is the health of the body."
        ),
    ),
    (
        "socrates",
        "is it ever right to lie",
        (
            "A fair question, Maya; let me answer with care. Before you lie to spare someone "
            "pain, ask whether you would thank them for the same lie when you learned of it "
            "later."
        ),
    ),
    (
        "socrates",
        "what's good for sleepless nights",
        (
            "Well, Maya, let us examine it. A sleepless night is a chance to question yourself, "
            "but do not expect yourself to answer politely."
        ),
    ),
    (
        "curie",
        "found my nan's old watch in a drawer, the numbers glow. safe to wear?",
        (
            "Here is what I know of it, Maya. An old watch that glows may well hold radium, but "
            "the glowing paint wears out long before the radium does; keep such a watch closed, "
            "and never scratch or open the dial."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), WRONG_PICKS)
def test_a_line_on_another_question_is_owned_up_to(slug, text, expected):
    assert say(slug, text) == expected


@pytest.mark.parametrize(("slug", "text", "expected"), GOOD_PICKS)
def test_a_line_that_answers_the_ask_stays(slug, text, expected):
    assert say(slug, text) == expected


@pytest.mark.parametrize(
    ("text", "line", "fits"),
    [
        # what to use asked: a why is no answer, a thing to do is
        ("what's good for bee stings", "Bees sting to guard the hive, and die of it.", False),
        ("what should i put on a graze", "Rinse it with clean water, then cover it.", True),
        # its own doings told are no advice
        ("whats good for a chill", "I walked about until I was warm, then lay down.", False),
        # a choice between named things is no cure asked
        ("what's best for a beginner, a ukulele or a guitar", "A ukulele has four strings.", True),
        # "safe" in another sense, on nothing the message names
        ("is it safe to ride a bike on ice", "A ship comes safe into harbour.", False),
        ("is it safe to ride a bike on ice", "A bike on ice is never safe.", True),
        # a claim with a word of harm in it asks no safety
        ("is it true you can test for poisonous berries with a coin", "Coins are alloys.", True),
    ],
)
def test_answers_ask(text, line, fits):
    assert answers_ask(text, line) is fits


@pytest.mark.parametrize(
    ("text", "line", "kept"),
    [
        ("my gran's ring in a jar, is it silver?", "A jar of jam keeps a year.", True),
        ("an old compass in a box in the loft", "A compass needle points north.", False),
        ("how long do peas keep in a tin", "Tinned peas keep for years.", False),
        # how a thing looks, not a thing kept: "silvery at the edges"
        ("the photos are silvery at the edges", "Silver rises to the edges of a print.", False),
        ("my grandad's medal in a tin, worth anything?", "Tinned beans keep for years.", True),
    ],
)
def test_kept_only(text, line, kept):
    assert kept_only(text, line) is kept


def test_a_car_noise_put_to_the_naturalist_after_talk_is_owned_up_to():
    history = (Line("jo", "anyone going to the boot sale sunday"), Line("sam", "maybe"))
    reply = say(
        "darwin",
        "@darwin sorry random one, my car squeaks when i turn right, any clue?",
        history=history,
    )
    assert "crow" not in reply.lower() and "car" not in reply.lower(), reply
