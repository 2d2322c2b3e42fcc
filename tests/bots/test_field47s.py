"""Questions in a persona's own field, asked casually (field47s): "how does gravity bend light"
(not refraction), "whats a safe glowing thing i can do for a science fair" (not a dodge), a
half-life sum to check ("i got 7 half lives"), "are pigeons smart" (not breeding facts), "could
phone thumbs evolve from texting" (use alone does not: Lamarck's error); and follow-ups of the
question before them ("is that true or a myth", "how does that even work", "did it ever get
built", "wait so which one was first") answered with the persona's line on that question. Look-
alikes that share their words keep their replies (`KEPT`)."""

from __future__ import annotations

import pytest

from bots.field47s import followed, worked
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

ANSWERED = [
    (
        "einstein",
        "how does gravity bend light anyway, light has no mass",
        (),
        (
            "Light has no mass, Maya, but it follows the straightest path through spacetime, "
            "and mass curves spacetime, so light passing the Sun bends: by 1.75 seconds of "
            "arc, twice Newton's figure. It is gravity, not refraction: no glass or water, "
            "only curved space."
        ),
    ),
    (
        "einstein",
        "what is gravitational lensing in simple words",
        (),
        (
            "A galaxy or cluster heavy enough bends the light of things far behind it, Maya, "
            "like a great lumpy lens: the far galaxy is smeared into arcs, doubled, or, lined "
            "up exactly, drawn into a ring. I worked out the sum in 1936; the first was seen "
            "in 1979."
        ),
    ),
    (
        "einstein",
        "how far away is the galaxy behind a lens usually",
        (),
        (
            "Usually billions of light-years, Maya: the lens, a galaxy or cluster, is often a "
            "few billion light-years off itself, and what it magnifies lies farther still "
            "behind it; some we see as they were over ten billion years ago."
        ),
    ),
    (
        "einstein",
        "did the eclipse actually prove you right",
        (),
        (
            "In May 1919, Maya, Eddington's teams photographed the stars beside the Sun "
            "during a total eclipse, on Príncipe and at Sobral in Brazil: against the same "
            "stars by night they were shifted by about what I had predicted, twice Newton's "
            "figure."
        ),
    ),
    (
        "einstein",
        "is time dilation real or just theory",
        (),
        (
            "Quite real, Maya, and measured: muons made by cosmic rays high up reach the "
            "ground only because their clocks run slow at their speed, and atomic clocks "
            "flown round the world in 1971 came back differing by the predicted billionths of "
            "a second."
        ),
    ),
    (
        "einstein",
        "whats the name of your violin lol",
        (),
        (
            "I called my violin Lina, Maya, short for violina; I played her nearly every day, "
            "Mozart above all, and took her along on my travels."
        ),
    ),
    (
        "einstein",
        "did you help make the atomic bomb",
        (),
        (
            "No, Maya: I signed the 1939 letter warning Roosevelt that Germany might build "
            "one, which helped start the work, but I was never part of the Manhattan Project; "
            "the army thought me a security risk. That letter I regretted."
        ),
    ),
    (
        "curie",
        "whats a safe glowing thing i can do for a science fair",
        (),
        (
            "A safe glow, Maya: tonic water shines blue under an ultraviolet torch, for its "
            "quinine fluoresces, and so does yellow highlighter ink soaked into water; "
            "glow-in-the-dark paint stores light and gives it back slowly. No radium, ever."
        ),
    ),
    (
        "curie",
        (
            "if something has a half life of 5 days how long till its under 1 "
            "percent? i got 7 half lives"
        ),
        (),
        (
            "Right, Maya: seven half-lives get you under 1 percent: seven leave 1/128, about "
            "0.78 percent, where six leave 1/64, about 1.6 percent. With a half-life of 5 "
            "days, that is 35 days."
        ),
    ),
    (
        "curie",
        "was reanimation by electricity really believed back then? like galvani",
        (),
        (
            "Some did, Maya: Galvani made dead frogs' legs kick with electricity in the "
            "1780s, and in 1803 his nephew Aldini made a hanged man's body twitch and open an "
            "eye in London. It showed nerves work by electricity; it revived nobody."
        ),
    ),
    (
        "curie",
        "what did pierre think of your work",
        (),
        (
            "Pierre put aside his own work on crystals to join mine in 1898, Maya, when the "
            "new element proved bigger than either of us; and in 1903, when the Nobel was to "
            "pass me over, he insisted my name stand beside his."
        ),
    ),
    (
        "curie",
        "how did radiation make you sick",
        (),
        (
            "It wore out my blood, Maya: years of radium in my pockets and X-rays at the "
            "front unshielded ruined my bone marrow, and aplastic anaemia killed me in July "
            "1934. It burned my fingers too and clouded my eyes with cataracts."
        ),
    ),
    (
        "curie",
        "were you the first woman to win a nobel",
        (),
        (
            "Yes, Maya: in 1903 I was the first woman to win a Nobel Prize, in physics, with "
            "Pierre and Henri Becquerel, and in 1911 the first person to win a second, in "
            "chemistry, alone."
        ),
    ),
    (
        "curie",
        "is radium still used today",
        (),
        (
            "Hardly, Maya: safer sources took its place in cancer treatment and in luminous "
            "paint by the 1960s and 70s. One use lives on: radium-223, injected, settles in "
            "bone and treats prostate cancer that has spread there, approved in 2013."
        ),
    ),
    (
        "curie",
        "how much radium did you get from a ton of ore",
        (),
        (
            "About a tenth of a gram of radium chloride from a tonne of pitchblende residue, "
            "Maya, after four years of boiling and stirring in a shed, in 1902: radium is a "
            "few parts in ten million of the ore."
        ),
    ),
    (
        "curie",
        "is it true they didnt let you into the french academy",
        (),
        (
            "They would not have me, Maya: in January 1911 the Academy of Sciences chose "
            "Édouard Branly over me, by 30 votes to 28, and I never stood again. The Academy "
            "of Medicine elected me in 1922."
        ),
    ),
    (
        "darwin",
        "are pigeons smart",
        (),
        (
            "Cleverer than they look, Maya: pigeons find their way home over hundreds of "
            "miles by the sun and the Earth's magnetism, and in tests since my day they have "
            "learned to tell letters apart, and even a Monet from a Picasso."
        ),
    ),
    (
        "darwin",
        "could phone thumbs evolve from texting so much",
        (),
        (
            "Not from the use alone, Maya: what texting does to your thumbs dies with you, as "
            "Lamarck forgot; they would change only if people born with handier thumbs had "
            "more children, generation after generation."
        ),
    ),
    (
        "darwin",
        "is the yeast in my sourdough starter evolving",
        (),
        (
            "Yes, Maya: a starter is natural selection in a jar. At each feeding the yeasts "
            "and bacteria that thrive best on your flour and its sourness leave the most "
            "descendants, and with a generation every few hours they soon suit it."
        ),
    ),
    (
        "darwin",
        "is it true the finches gave you the idea",
        (),
        (
            "Only in part, Maya: I did not even label my finches by island, and it was the "
            "mockingbirds, different on each island, that set me wondering. The idea itself "
            "came at home in 1838, reading Malthus on how numbers outrun food."
        ),
    ),
    (
        "darwin",
        "can we see evolution happen today",
        (),
        (
            "Yes, Maya, quicker than I dared hope: bacteria turning resistant to antibiotics "
            "within years, peppered moths darkening on sooty trees and paling once the air "
            "was cleaned, and Galápagos finch beaks deepening after the 1977 drought."
        ),
    ),
    (
        "darwin",
        "how does natural selection work with like bacteria",
        (),
        (
            "Quickest of all in bacteria, Maya: they divide every twenty minutes or so, and "
            "among billions a few always differ; an antibiotic kills the rest, those few "
            "multiply, and soon the whole crowd resists. My theory, run at speed."
        ),
    ),
    (
        "darwin",
        "why are there still monkeys if we evolved",
        (),
        (
            "Because we did not come from them, Maya: monkeys, apes and we share ancestors "
            "long dead, and each line went its own way, as you and your cousins are all alive "
            "though you share grandparents."
        ),
    ),
    (
        "curie",
        "wait so which one was first",
        ("maya:curie you found polonium and radium right",),
        (
            "Polonium first, Maya: we announced it in July 1898, named for Poland, and radium "
            "that December, named for its rays. Radium was the one I went on to isolate as a "
            "pure metal, in 1910."
        ),
    ),
    (
        "curie",
        "how does that even work",
        ("maya:curie how do radium watches glow",),
        (
            "The paint was radium mixed with zinc sulphide, Maya: each alpha particle from "
            "the radium makes the crystals flash, and millions of flashes a second look like "
            "a steady glow. The crystals wear out long before the radium does."
        ),
    ),
    (
        "einstein",
        "did it ever get built",
        ("maya:einstein didnt you invent a fridge with szilard",),
        (
            "Yes, Maya, with Leo Szilard, after reading of a family killed by fumes from "
            "their fridge's leaking pump: ours had no moving parts at all, and we patented it "
            "in 1930. Prototypes were built, but new safe coolants and quiet compressors beat "
            "it to the kitchen."
        ),
    ),
    (
        "darwin",
        "is that true or a myth",
        ("maya:darwin is it true you ate an owl",),
        (
            "I did, Maya, at Cambridge: our Glutton Club ate hawk and bittern, but an old "
            "brown owl proved indescribable and put an end to our zeal. On the voyage I went "
            "on to armadillo, puma and tortoise."
        ),
    ),
    (
        "einstein",
        "so which one was it",
        ("maya:did you win the nobel for relativity or the photoelectric effect",),
        (
            "My Nobel prize, for 1921, was for the law of the photoelectric effect, Maya, not "
            "for relativity, which was still thought too daring; the money went to Mileva and "
            "our boys, as we had agreed when we parted."
        ),
    ),
]

KEPT = [
    (
        "darwin",
        "are crows smarter than pigeons",
        (),
        (
            "Crows, Maya, by a long way among birds: crows and ravens use and even shape tools, "
            "remember a face for years and plan ahead, and their brains are large for their "
            "size. Pigeons learn quickly, but they are no match."
        ),
    ),
    (
        "curie",
        "how did you and pierre meet",
        (),
        (
            "I met Pierre in 1894, Maya, when a friend hoped he might spare me room to work; "
            "we married the next year in plain dark clothes and rode off on bicycles bought "
            "with a wedding gift. A cart killed him in 1906."
        ),
    ),
    (
        "curie",
        "did you know radiation was dangerous",
        (),
        (
            "Not at first, Maya: radium's glow seemed a friend. Pierre strapped some to his "
            "arm on purpose to study the burn, and my fingers cracked and scarred; we thought "
            "it a small price. I would use the tongs and the lead now."
        ),
    ),
    (
        "curie",
        "how did you get radium out of pitchblende",
        (),
        (
            "It began with Becquerel's uranium rays, Maya: I found pitchblende ore far more "
            "active than its uranium explained, so something new hid in it. In 1898 we named "
            "polonium, then radium; four years boiling tonnes of ore gave a tenth of a gram."
        ),
    ),
    (
        "darwin",
        "why are antibiotics not working anymore is that evolution",
        (),
        (
            "That is natural selection at speed, Maya: among billions of bacteria a few "
            "happen to survive an antibiotic, and they multiply when the rest are killed. So "
            "take them exactly as prescribed, and never for a cold, a virus."
        ),
    ),
    (
        "darwin",
        "barnacles or orchids, which one tho",
        (),
        (
            "If I may venture a view, Maya: I would say barnacles. I spent eight years "
            "studying barnacles, and by the end I hated a barnacle as no man ever did before."
        ),
    ),
    (
        "einstein",
        "how does a rainbow bend light",
        (),
        (
            "Light leaves a mirror at the same angle it arrives, Maya: the angle of incidence "
            "equals the angle of reflection. Refraction is light bending as it changes speed "
            "crossing into glass or water, which is why a straw looks broken in a glass."
        ),
    ),
    (
        "einstein",
        "so which one",
        ("maya:einstein what are you having for dinner",),
        # (left to the engine; its remark opener, "Interesting, Maya; life has its own thought
        # experiments.", claimed news before a question to a question: dropped by opener47)
        "What shall we wonder about together?",
    ),
]


def _history(lines: tuple[str, ...]) -> list[Line]:
    return [Line(h.split(":", 1)[0], h.split(":", 1)[1].strip()) for h in lines]


@pytest.mark.parametrize(("slug", "text", "before", "reply"), ANSWERED + KEPT)
def test_reply(slug, text, before, reply):
    assert say(slug, text, history=_history(before)) == reply


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "half life of 8 years, how many half lives till under 10%? i think 3",
            "Not quite, {name}: it takes four half-lives to get under 10 percent, not three: four "
            "leave 1/16, 6.25 percent, where three leave 1/8, 12.5 percent. With a half-life of 8 "
            "years, that is 32 years.",
        ),
        (
            "how many half lives to get down to 25 percent",
            "Two half-lives, {name}, to get down to 25 percent: two leave 1/4, 25 percent.",
        ),
        (
            "how much is left after 3 half lives",
            "After three half-lives 1/8 is left, {name}, 12.5 percent: each one halves what "
            "remains.",
        ),
        (
            "i got 30 days, half life 5 days how long till under 1%",
            "Not quite, {name}: not 30; it takes seven half-lives to get under 1 percent: seven "
            "leave 1/128, about 0.78 percent, where six leave 1/64, about 1.6 percent. With a "
            "half-life of 5 days, that is 35 days.",
        ),
    ],
)
def test_half_lives(text, reply):
    assert worked("curie", text) == reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "whats a half life"),  # no sum
        ("curie", "my battery is under 10 percent lol"),  # no half-life
        ("darwin", "half life of 5 days, how long till under 1 percent"),  # not its field
        ("curie", "how many half lives until its basically gone"),  # no share said
    ],
)
def test_no_half_life_sum(slug, text):
    assert worked(slug, text) is None


def test_follow_up_needs_its_shape_and_a_line_not_said():
    def knows(text, asked=False):
        return "Polonium first, {name}: in July 1898." if "polonium" in text else ""

    before = [("curie you found polonium and radium right", False)]
    assert followed("wait so which one was first", before, knows) == (
        "Polonium first, {name}: in July 1898."
    )
    # not a follow-up of that shape
    assert followed("which one do you like more", before, knows) is None
    # already said by the persona itself
    said = [*before, ("Polonium first, Maya: in July 1898.", True)]
    assert followed("wait so which one was first", said, knows) is None
    # nothing known of the question before it
    assert followed("is that true or a myth", [("i love my cat", False)], knows) is None
