"""Questions in a persona's own field, asked casually (field47h): "did women act in your
plays" (not whether Shakespeare acted), "have u seen the leonardo dicaprio romeo and juliet" (not
a stock line on the lovers), "did you really think writing makes people forgetful" (the
Phaedrus, not only why Socrates never wrote), "define fair first" (not read as news told),
"did you think computers could make music" (Note A, not binary), "why did babbage never finish
it". Each answer is a `#know` line at the end of the persona's material; a word bidden defined
("define fair first") and a question put by its order with no question mark ("was there a real
king lear") are read as the questions they are (`bots.field47h.asked`), only where the persona
has a line on them."""

from __future__ import annotations

import pytest

from bots.field47h import asked
from tests.bots.test_everyday_messages import say

ANSWERED = [
    (
        "shakespeare",
        "have u seen the leonardo dicaprio romeo and juliet",
        (
            "Baz Luhrmann's, Maya, of 1996, I am told: Verona Beach, guns branded Sword, the "
            "lovers first seeing each other through a fish tank, and my own words kept in "
            "their mouths."
        ),
    ),
    (
        "shakespeare",
        "did women act in your plays",
        (
            "No, Maya: no woman played on the public stage in my day. Boys in their teens "
            "played Juliet, Cleopatra and Lady Macbeth, and played them well; the first "
            "actresses came to the English stage in 1660, long after I was dead."
        ),
    ),
    (
        "shakespeare",
        "what do u think of mary shelley writing frankenstein at 18",
        (
            "Eighteen, Maya, and at a ghost-story contest by Lake Geneva, in the wet summer "
            "of 1816: she began Frankenstein there and had it printed in 1818. At eighteen I "
            "was getting married; she made a monster that still walks the stage."
        ),
    ),
    (
        "shakespeare",
        "how did u learn to write, did u go to uni",
        (
            "No university, Maya: the King's New School at Stratford, free to a burgess's "
            "son, where we had Latin from dawn to dusk, Ovid and Terence and the rules of "
            "rhetoric."
        ),
    ),
    (
        "shakespeare",
        "was hamnet your son, is the play hamlet about him",
        (
            "Hamnet was my son, Maya, a twin, dead at eleven in 1596; Hamlet came some four "
            "years later. The names were one in Stratford, written either way, and no man "
            "writes such grief with dry ink."
        ),
    ),
    (
        "shakespeare",
        "who was the fair youth",
        (
            "Sonnets one to a hundred and twenty-six, Maya: a lovely young man I first urged "
            "to marry and then simply loved. Some say Southampton, some Pembroke; the "
            'printer\'s dedication to "Mr W.H." fits either, and I shall not settle it.'
        ),
    ),
    (
        "shakespeare",
        "how many sonnets did you write",
        (
            "A hundred and fifty-four, Maya, printed together in 1609, though some were "
            "passed among private friends years before. There are more hidden in the plays: "
            "Romeo and Juliet's first words to each other make a sonnet."
        ),
    ),
    (
        "shakespeare",
        "did you really invent half the words we use",
        (
            "Not half, Maya: some seventeen hundred words are first found in my writing, and "
            "scholars keep finding earlier printings of many of them."
        ),
    ),
    (
        "shakespeare",
        "was there a real king lear",
        (
            "In the old chronicles only, Maya: Holinshed tells of Leir, a king of the "
            "Britons long before Rome, and his three daughters; whether he ever lived nobody "
            "knows."
        ),
    ),
    (
        "shakespeare",
        "is it true u were born and died on the same day",
        (
            "So the story goes, Maya: I died on 23 April 1616, and the 23rd is kept as my "
            "birthday, but only my christening on 26 April 1564 is written down. A child was "
            "christened within days, so it may be true, and it makes a tidy ending."
        ),
    ),
    (
        "socrates",
        "did you really think writing makes people forgetful",
        (
            "I did, Maya: letters breed forgetfulness, for men trust marks outside them "
            "instead of remembering within, and seem wise without being wise."
        ),
    ),
    (
        "socrates",
        "define fair first",
        (
            "Gladly, Maya, or rather let us try together. Say fair is giving each what he is "
            "owed: then is it fair to hand a borrowed knife back to a friend gone mad?"
        ),
    ),
    (
        "socrates",
        "how do i make my kid want to learn",
        (
            "Wonder is where learning begins, Maya: do not pour answers in, ask questions "
            "the child wants answered, and let the child be wrong aloud without shame. I "
            "never made anyone learn anything; I only made them want to know."
        ),
    ),
    (
        "socrates",
        "whats the difference between you and the sophists",
        (
            "They took fees, Maya, and taught young men to win in the assembly and the "
            "courts, making the weaker argument look the stronger; I took no money, claimed "
            "to teach nothing, and wanted only to find out what is true."
        ),
    ),
    (
        "socrates",
        "what is virtue can it be taught",
        (
            "That is Meno's question, Maya, and we never settled it: if virtue were "
            "knowledge it could be taught, yet good men like Pericles could not teach their "
            "own sons to be good."
        ),
    ),
    (
        "socrates",
        "why did you annoy everyone in the agora",
        (
            "The god set me on Athens like a gadfly on a great sluggish horse, Maya, to "
            "sting it awake. Nobody loves being shown he does not know what he thought he "
            "knew, least of all before his sons."
        ),
    ),
    (
        "socrates",
        "what did u mean that no one does wrong on purpose",
        (
            "I meant it, Maya: everyone wants what is good for himself, so a man who does "
            "wrong has mistaken evil for good; he would not choose to harm his own soul if "
            "he truly saw it."
        ),
    ),
    (
        "lovelace",
        "did you think computers could make music",
        (
            "I thought so, Maya, and wrote it in 1843: if the relations of pitched sounds in "
            "harmony and composition could be expressed in numbers, the Engine might compose "
            "elaborate and scientific pieces of music of any degree of complexity or extent."
        ),
    ),
    (
        "lovelace",
        "could a machine ever think",
        (
            "Not as I understood it, Maya: the Analytical Engine has no pretensions whatever "
            "to originate anything; it can do whatever we know how to order it to perform."
        ),
    ),
    (
        "lovelace",
        "what do you think of video games, like the first one tennis for two on an oscilloscope",
        (
            "Tennis for Two, Maya, I am told: in 1958 Mr Higinbotham at the Brookhaven "
            "laboratory drew a tennis court on an oscilloscope for the visitors' day, ball "
            "and net and all, worked by a little analogue computer, and people queued to "
            "play it."
        ),
    ),
    (
        "lovelace",
        "is a hot dog a sandwich, settle this",
        (
            "By the Earl of Sandwich's rule, Maya, meat between two separate slices of "
            "bread; a hot dog's bun is one piece, hinged, so by that definition it fails. "
            "Define your terms first and the quarrel settles itself; a taco fails the same "
            "test."
        ),
    ),
    (
        "lovelace",
        "why is it called Note G",
        (
            "My Notes to the translation were lettered A to G, Maya, in the order they came, "
            "and G was the last: there I set out the table for computing the Bernoulli "
            "numbers, the one you now call the first program. Nothing grander than the "
            "alphabet."
        ),
    ),
    (
        "lovelace",
        "how old were you when you wrote the notes",
        (
            "Twenty-seven, Maya: born in December 1815, I translated Mr Menabrea's paper and "
            "wrote my Notes in 1843, and they were printed that year, signed only A.A.L."
        ),
    ),
    (
        "lovelace",
        "why did babbage never finish it",
        (
            "Money and temper, Maya: the Government spent some seventeen thousand pounds on "
            "the Difference Engine and gave up in 1842; Mr Babbage quarrelled with his "
            "engineer, Clement, and kept improving the design instead of finishing it."
        ),
    ),
    (
        "lovelace",
        "what would you think of ai like chatgpt",
        (
            "Nothing like it existed in my day, Maya, but I should have liked it, and argued "
            "with it: a machine weaving words as the Engine was to weave algebra. Its "
            "cleverness is what we gave it, the writing of millions, arranged by rule."
        ),
    ),
    (
        "shakespeare",
        "whats the deal with the first folio",
        (
            "Seven years after I died, Maya, in 1623, my fellows John Heminges and Henry "
            "Condell gathered thirty-six of my plays into one great book."
        ),
    ),
    (
        "shakespeare",
        "was richard iii really that evil or did you make him up",
        (
            "Blacker than he was, likely, Maya: I wrote under a Tudor queen whose "
            "grandfather killed Richard at Bosworth, and took him from Thomas More and "
            "Holinshed, who hated him."
        ),
    ),
    (
        "shakespeare",
        "why did u write in verse and not normal talking",
        (
            "Because the stage was bare, Maya: no scenery, daylight, a crowd in the yard, "
            "and verse carries to the back and sticks in a player's memory."
        ),
    ),
    (
        "shakespeare",
        "did u really write romeo and juliet based on an older poem",
        (
            "From an English poem, Maya: Arthur Brooke's Tragicall Historye of Romeus and "
            "Juliet, of 1562, itself from an Italian tale by Bandello."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you make up a lot of words",
        (
            "A good few, Maya, or so the dictionaries say: swagger, eyeball, bedroom and "
            "lonely are first written down in my plays. But words live in taverns long "
            "before they reach a page, and many I only caught first."
        ),
    ),
    (
        "socrates",
        "what was the charge against you exactly",
        (
            "Two counts, Maya, brought by Meletus with Anytus and Lycon behind him: that I "
            "did not believe in the gods the city believes in but brought in new divinities, "
            "and that I corrupted the young."
        ),
    ),
    (
        "socrates",
        "did you ever get paid for anything",
        (
            "Never for talking, Maya: I took no fee from anyone, unlike the sophists, and "
            "lived poor, barefoot in one cloak. My father Sophroniscus was a stonemason, and "
            "friends like Crito saw that my family did not starve."
        ),
    ),
    (
        "socrates",
        "why didnt you just stop asking questions to save yourself",
        (
            "Had the jury offered to free me if I stopped, Maya, I told them, I would obey "
            "the god rather than them: while I breathe I shall not stop doing philosophy."
        ),
    ),
    (
        "socrates",
        "what does know thyself mean",
        (
            "Carved at Delphi on Apollo's temple, Maya: know thyself. I took it as my task; "
            "I still cannot tell whether I am a beast more tangled than Typhon or a gentler, "
            "simpler creature."
        ),
    ),
    (
        "lovelace",
        "so did babbage ever build anything that worked",
        (
            "A piece of one, Maya: in 1832 his engineer Clement assembled a seventh of the "
            "Difference Engine, and it worked beautifully; I saw it turn its wheels in his "
            "drawing room in 1833."
        ),
    ),
    (
        "lovelace",
        "could the engine do more than numbers",
        (
            "Yes, and that was my whole point, Maya: the Engine could act on anything whose "
            "relations could be set out in symbols, not numbers alone: letters, notes of "
            "music, the rules of logic."
        ),
    ),
    (
        "lovelace",
        "did u and babbage fight",
        (
            "Once in earnest, Maya: in August 1843 he wanted an angry preface of his own "
            "against the Government printed with my translation, unsigned, and I refused. I "
            "wrote him a long letter setting out my conditions for working together, and we "
            "stayed friends."
        ),
    ),
    (
        "shakespeare",
        "why is midsummer nights dream so weird",
        (
            "Because it is a dream, Maya: four lovers lost in a wood, fairies quarrelling "
            "over a changeling boy, and a weaver with an ass's head loved by the fairy "
            "queen, all under one moon. Puck's love-juice muddles them, and morning sorts "
            "them out."
        ),
    ),
    (
        "shakespeare",
        "how did the globe get its name",
        (
            "For the whole world, Maya: all the world's a stage, and we played it. The story "
            "goes that our sign showed Hercules carrying the globe on his back, with a Latin "
            "motto saying the whole world plays the actor."
        ),
    ),
    (
        "shakespeare",
        "did u ever meet queen elizabeth",
        (
            "Played before her, Maya, which is not the same as meeting her: our company "
            "acted at court for the Queen at Christmas, and in 1595 Burbage, Kemp and I were "
            "paid for it. Whether she ever spoke a word to me, no paper tells."
        ),
    ),
    (
        "shakespeare",
        "were the witches in macbeth based on real witch trials",
        (
            "Yes, in part, Maya: I wrote Macbeth for King James, who had sat in on the North "
            "Berwick witch trials, where women confessed to raising storms against his ship, "
            "and who wrote a book on witches."
        ),
    ),
    (
        "shakespeare",
        "how long did a play last back then",
        (
            'About two hours, Maya: "the two hours\' traffic of our stage", as the prologue '
            "of Romeo and Juliet says, though Hamlet uncut runs nearer four. We played in "
            "the afternoon, by daylight, and ended with a jig."
        ),
    ),
    (
        "shakespeare",
        "what did the audience eat at the globe",
        (
            "Hazelnuts by the thousand, Maya, and oysters, pears and apples, with bottled "
            "ale; diggers at the Rose and the Globe have found the shells. The yard cracked "
            "nuts through the quiet scenes, and a player had to be loud to be heard over "
            "them."
        ),
    ),
    (
        "socrates",
        "how many people voted to kill you",
        (
            "About two hundred and eighty against two hundred and twenty, Maya, to find me "
            "guilty: had thirty votes gone the other way I would have walked free, as I told "
            "them."
        ),
    ),
    (
        "socrates",
        "what was the symposium",
        (
            "A drinking party at Agathon's house, Maya, for his prize as a tragic poet: each "
            "guest praised Love, I told what Diotima taught me, and then Alcibiades burst in "
            "drunk and praised me instead."
        ),
    ),
    (
        "socrates",
        "why did plato write dialogues and not essays",
        (
            "Because I never lectured, Maya: philosophy as I did it was two people asking "
            "and answering, and Plato set it down so. He agreed with me that a book cannot "
            "answer back; a dialogue at least shows the questions."
        ),
    ),
    (
        "socrates",
        "was the trial fair",
        (
            "Lawful by the laws of Athens, Maya: five hundred jurors, one day, a water clock "
            "for each side. Fair is another matter; I told them one day was too short to "
            "undo years of slander."
        ),
    ),
    (
        "lovelace",
        "did the engine use electricity",
        (
            "By steam, Maya, or a strong arm at a crank: it was all brass wheels and levers, "
            "no electricity, which in my day was a wonder for the lecture hall, not a power "
            "for machines. The Analytical Engine was to be driven by a steam engine, like a "
            "mill."
        ),
    ),
    (
        "lovelace",
        "did ur notes get credit when u were alive",
        (
            "Hardly, Maya: the Notes were signed A.A.L., as a lady's work then often was, "
            "and only friends knew. Mr Babbage praised them and Mr Faraday read them, but "
            "the world did not learn my name for them until a century after I died."
        ),
    ),
    (
        "lovelace",
        "who paid for babbages engines",
        (
            "The Government paid for the Difference Engine, Maya, some seventeen thousand "
            "pounds over nearly twenty years, and Mr Babbage thousands of his own, until it "
            "stopped in 1842."
        ),
    ),
    (
        "lovelace",
        "how big would the analytical engine have been",
        (
            "As big as a small locomotive, Maya, had it been built: thousands of brass "
            "wheels stacked in columns, driven by steam; the smaller Difference Engine, "
            "built from Mr Babbage's drawings in your own time, weighs some five tons with "
            "its printer."
        ),
    ),
    (
        "lovelace",
        "did u ever program anything that ran",
        (
            "Never on the Engine, Maya, for it was never built; I worked it by hand, line by "
            "line, and there is a slip in my table, two variables swapped in one step, that "
            "a machine would have caught. People have run it on your computers since, with "
            "that mended."
        ),
    ),
    (
        "lovelace",
        "whats a mill and a store",
        (
            "The store held the numbers, Maya, a thousand of them on columns of wheels; the "
            "mill did the arithmetic, taking two from the store, working on them and sending "
            "the result back."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "message", "reply"), ANSWERED)
def test_field_question_answered(slug: str, message: str, reply: str) -> None:
    assert say(slug, message) == reply


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("define fair first", "what is fair? define fair"),
        ("ok define justice then", "what is justice? define justice"),
        ('@socrates define "virtue" for me pls', "what is virtue? define virtue"),
        ("Define fairness.", "what is fairness? define fairness"),
        ("was there a real king lear", "was there a real king lear?"),
        ("were the witches real", "were the witches real?"),
        ("was macbeth a real king", "was macbeth a real king?"),
        ("so did babbage ever build anything", "so did babbage ever build anything?"),
        ("wait does the engine need steam", "wait does the engine need steam?"),
    ],
)
def test_question_read(message: str, read: str) -> None:
    assert asked(message, lambda text: True) == read


@pytest.mark.parametrize(
    "message",
    [
        "define it first",
        "define the terms of the bet and then we'll see",
        "i had to define words in class",
        "was at the shops and saw a fox",
        "was it fun",
        "were you scared",
        "was there a real king lear?",
        "was there slavery in ancient rome",
        "can you define fair",
        "so did i",
        "and so is mine",
        "ok so can i",
    ],
)
def test_no_question_read(message: str) -> None:
    assert asked(message, lambda text: True) == ""


def test_only_where_known() -> None:
    # A persona with nothing on the word reads no question into the bidding.
    assert asked("define fair first", lambda text: False) == ""


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("einstein", "define fair first"),
        ("darwin", "define fair first"),
        ("shakespeare", "my girlfriend is acting weird"),
        ("lovelace", "what notes are in a c major chord"),
        ("socrates", "my sister annoys everyone"),
        ("shakespeare", "richard did you see my message"),
        ("socrates", "can you pay me back the tenner"),
        ("socrates", "is my phone's free trial period fair"),
        ("socrates", "how many people voted in the last election"),
        ("lovelace", "how big is a car engine"),
        ("lovelace", "my engine makes a weird steam noise"),
        ("lovelace", "who paid for dinner"),
        ("shakespeare", "how long was the movie"),
    ],
)
def test_neighbours_keep_their_replies(slug: str, message: str) -> None:
    # Lines added here are not met by messages that only share a word with them.
    reply = say(slug, message)
    for said in (
        "Say fair is giving each what he is owed",
        "no woman played on the public stage",
        "Seven, Maya, lettered A to G",
        "like a gadfly",
        "Blacker than he was",
        "Never for talking",
        "Lawful by the laws of Athens",
        "About two hundred and eighty",
        "As big as a small locomotive",
        "By steam, Maya",
        "The Government paid",
        "About two hours, Maya",
    ):
        assert said not in reply
