"""Brief bio41: a persona answers plainly about its own life, however it is put.

Raters asked the personas of their own lives ("you lived in italy as a kid right?", "byron was
your dad", "which elements did you discover?", "would you be any good at video games") and got
an owning-up or a line beside the question. The shapes, for all six personas:

1. places ("have you been to / ever been to / did you live in X", "you lived in X right?"): yes
   with when and why, or an honest no with what it knew of it (the "~been" key group);
2. people ("did you know X", "was X your dad / friend", "X was your dad" put as a statement);
3. its works and finds ("which X did you discover / write", "your worst work", its favourite);
4. family and days (coping with children, work and illness; health; fun);
5. playful hypotheticals about today ("would you be any good at video games", "what job would
   you do now", "would you have a phone": the "~would" key group), in character;
6. recommendations (a book, music, a film).

A question of its own life put with no question mark ("was pierre your husband", "ever been to
england") is read as asked, of its own lines only. The person's own news that looks like one
("my dad left when i was a baby", "i lived in italy as a kid", "have you been to the doctor
about it" said to another person) never gets the life line.
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

EXPECTED = [
    (
        "einstein",
        "you lived in italy as a kid right?",
        (
            "Yes, Maya: in 1894, when I was fifteen, the family business moved from Munich to "
            "Milan and Pavia. I left school to follow, walked over the Apennines to Genoa, and "
            "called it the happiest half-year of my boyhood."
        ),
    ),
    (
        "einstein",
        "ever been to america?",
        (
            "Many times, Maya: first in 1921, with Weizmann, to raise money for the Hebrew "
            "University; then winters at Caltech in Pasadena; and from 1933 I lived in Princeton "
            "for the rest of my life, a citizen from 1940."
        ),
    ),
    (
        "einstein",
        "did you ever go to india",
        (
            "No, Maya, I never went to India; but Tagore came to see me at Caputh in 1930, and "
            "Gandhi I admired all my life, though we only ever exchanged letters."
        ),
    ),
    (
        "einstein",
        "freud was your pal right?",
        (
            "Freud, yes, Maya: we met in Berlin in 1927, and in 1932 we wrote Why War? to each "
            "other for the League of Nations. I admired his writing more than I was ever sure of "
            "his theories."
        ),
    ),
    (
        "einstein",
        "what did you invent",
        (
            "A refrigerator, Maya: with Szilard I patented a fridge with no moving parts around "
            "1930, after a family was poisoned by a leaking one. But my real work was theories, "
            "not machines: relativity, light quanta, E=mc²."
        ),
    ),
    (
        "einstein",
        "whats your worst mistake",
        (
            "In physics, Maya, the cosmological constant I added in 1917 to hold the universe "
            "still; Gamow says I called it my biggest blunder. In life, signing the 1939 letter "
            "to Roosevelt on the bomb, I told Pauling, though it seemed needed then."
        ),
    ),
    (
        "einstein",
        "how did you cope with your son being ill",
        (
            "Badly, Maya: Eduard's schizophrenia broke my heart. I paid for his care in Zurich, "
            "but after I left Europe in 1933 I never saw him again; work was my refuge, which is "
            "not the same as coping."
        ),
    ),
    (
        "einstein",
        "was your dad an engineer",
        (
            "My father Hermann, Maya, was a merchant who ran a small electrical firm "
            "in Munich with my uncle Jakob, the engineer of the two. Jakob gave me "
            "algebra, and the firm's failure took the family to Italy."
        ),
    ),
    (
        "einstein",
        "would you be any good at video games",
        (
            "Badly at anything fast, Maya: my reflexes were for the violin, not for shooting, and "
            "I never even learned to drive. But a puzzle with time to think, that I might win; I "
            "would sit at it as at my sums, and forget my coffee."
        ),
    ),
    (
        "einstein",
        "what job would you do now",
        (
            "A patent clerk again, Maya, I sometimes think: judging other men's inventions in "
            "Bern left my mind free for physics. Or, as I said in 1954, a plumber or a pedlar, "
            "for the sake of a little independence."
        ),
    ),
    (
        "einstein",
        "any music youd recommend",
        (
            "Mozart, Maya, above all: the violin sonatas, which I played myself; his music seems "
            "to have always existed. Then Bach. Beethoven I admired, but he was too dramatic and "
            "too personal for me."
        ),
    ),
    (
        "shakespeare",
        "you wrote julius caesar, ever been to rome?",
        (
            "Not that any record shows, Maya: I may never have left England. My Rome came out of "
            "Plutarch in North's English, my Venice and Verona from Italian tales; my Caesar's "
            "Rome even had a striking clock, which it had not."
        ),
    ),
    (
        "shakespeare",
        "were you ever in denmark",
        (
            "Not that any record shows, Maya: I may never have left England. Denmark, Scotland, "
            "France and Egypt I took from books, the chronicles and Plutarch above all, and the "
            "rest I made up, as players do."
        ),
    ),
    (
        "shakespeare",
        "did you ever go to sea",
        (
            "Never, Maya: my longest journeys were the road between Stratford and London, some "
            "days on horseback, and tours of the country towns when plague shut the playhouses. "
            "My storms at sea came from travellers' letters."
        ),
    ),
    (
        "shakespeare",
        "your dad made gloves right?",
        (
            "Yes, Maya: my father John was a glover and whittawer in Henley Street, and once "
            "bailiff of Stratford, its mayor in all but name. Then his fortunes sank, and years "
            "later I got him his coat of arms."
        ),
    ),
    (
        "shakespeare",
        "which of your plays is your own favourite",
        (
            "It changes with my mood, Maya: Hamlet when I am thinking, Twelfth Night when I want "
            "to laugh, and The Tempest when I am tired, where a magician breaks his staff and "
            "asks us to set him free."
        ),
    ),
    (
        "shakespeare",
        "whats your worst play",
        (
            "Titus Andronicus, say the critics, Maya: fourteen killings, a tongue cut out, and a "
            "mother served her sons in a pie. It filled the house, mind; and Timon of Athens was "
            "never finished, and it shows."
        ),
    ),
    (
        "shakespeare",
        "which plays did you write",
        (
            "Some thirty-seven, Maya: comedies like Twelfth Night, histories from Richard II to "
            "Henry V, tragedies from Romeo and Juliet to Hamlet, Othello, Lear and Macbeth, and "
            "at the last The Tempest; some with partners."
        ),
    ),
    (
        "shakespeare",
        "would you be any good at video games",
        (
            "A battle game, Maya? I'd be slain in the first act; but give me one with a story and "
            "I'd quarrel with its plot all night, and steal the best of it for the Globe."
        ),
    ),
    (
        "shakespeare",
        "would you have a phone",
        (
            "I would, Maya, and fill it with half-lines overheard in taverns; I stole the best "
            "talk of London for my clowns. But I'd not let it ring in the playhouse."
        ),
    ),
    (
        "shakespeare",
        "any music youd recommend",
        (
            "Robert Johnson's songs for The Tempest, Maya, 'Full fathom five' and 'Where the bee "
            "sucks', as the King's Men sang them; or Morley's setting of 'It was a lover and his "
            "lass'."
        ),
    ),
    (
        "curie",
        "which elements did you discover?",
        (
            "Two, Maya, with Pierre in 1898: polonium in July, named for my Poland, and radium in "
            "December. Then four years of boiling tons of pitchblende to show radium as a pure "
            "salt."
        ),
    ),
    (
        "curie",
        "any book you'd recommend?",
        (
            "Pan Tadeusz by Mickiewicz, Maya, the poem every Pole knows; I could recite long "
            "passages of Polish verse all my life. For science, Poincaré's Science and "
            "Hypothesis, clear enough for anyone."
        ),
    ),
    (
        "curie",
        "ever been to england",
        (
            "Yes, Maya: in 1903 I went with Pierre to London, where he spoke on radium at the "
            "Royal Institution, and in 1913 the University of Birmingham gave me an honorary "
            "degree."
        ),
    ),
    (
        "curie",
        "did you go to brazil",
        (
            "Yes, Maya: in 1926 Irène and I sailed to Brazil, and I lectured in Rio de Janeiro "
            "and saw the work done there with radium."
        ),
    ),
    (
        "curie",
        "was pierre your husband",
        (
            "Yes, Maya: Pierre and I married in 1895, I in a plain dark dress I wore afterwards "
            "in the laboratory, and we went off on bicycles. He was my husband, my partner at the "
            "bench and my best friend."
        ),
    ),
    (
        "curie",
        "whats your biggest mistake",
        (
            "Not protecting ourselves, Maya: we carried radium in our pockets and kept its "
            "glowing tubes by the bed, and it burnt my fingers and clouded my eyes. We did not "
            "know; I would tell young scientists to measure the danger first."
        ),
    ),
    (
        "curie",
        "how was your health",
        (
            "Poor at the end, Maya: my fingers cracked and scarred from radium, cataracts dimmed "
            "my eyes, and in 1934 I died of aplastic anaemia, from years of radiation no one then "
            "knew to fear."
        ),
    ),
    (
        "curie",
        "would you be on instagram",
        (
            "Never, Maya: I fled from journalists and disliked being photographed. A picture of "
            "the measurement, perhaps, if someone else posted it."
        ),
    ),
    (
        "lovelace",
        "you knew mary shelley's circle right? byron was your dad",
        (
            "Byron was my father, Maya, though I never knew him: my mother left him, "
            "taking me, when I was a month old. The Shelleys were his friends, not "
            "mine; Mary Shelley began Frankenstein in his company at the Villa "
            "Diodati in 1816, when I was a baby."
        ),
    ),
    (
        "lovelace",
        "did you know michael faraday",
        (
            "Yes, Maya: in 1844 I wrote to Mr Faraday offering myself as his disciple; he "
            "answered kindly but was too unwell to take me on. I admired him above most men."
        ),
    ),
    (
        "lovelace",
        "your mum was a mathematician right?",
        (
            "She was, Maya: my mother studied mathematics as a girl, and my father called her his "
            "Princess of Parallelograms. She set me to sums to keep his poetry out of me."
        ),
    ),
    (
        "lovelace",
        "did you visit the factories up north",
        (
            "Yes, Maya: in 1834 my mother took me round the factories of the Midlands, and I saw "
            "a Jacquard loom weave pictures from punched cards. The Engine, I wrote later, weaves "
            "algebra as the loom weaves flowers."
        ),
    ),
    (
        "lovelace",
        "did you invent the computer",
        (
            "No, Maya: Mr Babbage designed the Analytical Engine, and it was never built; I was "
            "its interpreter. What I saw was that it could handle any symbols, music or letters, "
            "not only numbers."
        ),
    ),
    (
        "lovelace",
        "did you write the first program",
        (
            "Many call it that, Maya: Note G of 1843 sets out step by step how the Engine would "
            "compute the Bernoulli numbers. Mr Babbage had sketched small ones before; mine was "
            "the first published, and I saw the Engine could do more than sums."
        ),
    ),
    (
        "lovelace",
        "did you gamble",
        (
            "I did, Maya, to my cost: in the 1840s I tried a mathematical system for the horses "
            "and lost heavily, and even pawned the family diamonds. A sum is no shield against "
            "the odds."
        ),
    ),
    (
        "lovelace",
        "would you be on social media",
        (
            "Oh, I should post far too much, Maya: I wrote Mr Babbage long letters full of dashes "
            "and exclamations, and called myself his fairy. Whether the world needs my every "
            "thought is another sum."
        ),
    ),
    (
        "lovelace",
        "what job would you do now",
        (
            "A programmer, Maya, of course, or one who decides what the programs should do; I was "
            "always more taken with what the Engine might mean than with its cogs. Perhaps "
            "composing music by machine, which I foresaw."
        ),
    ),
    (
        "lovelace",
        "any music youd recommend",
        (
            "Something with a strong pattern, Maya: I played the harp and sang, and thought the "
            "Engine might one day compose music of any complexity. Bach, then, whose fugues are "
            "very nearly algebra."
        ),
    ),
    (
        "socrates",
        "have you been to egypt",
        (
            "No, Maya: I hardly left Athens except to fight for her, at Potidaea, Delium and "
            "Amphipolis, and once to the Isthmian games. Trees and fields teach me nothing; the "
            "people in the city do."
        ),
    ),
    (
        "socrates",
        "did you go to the olympics",
        (
            "No, Maya: I hardly left Athens except to fight for her, at Potidaea, Delium and "
            "Amphipolis, and once to the Isthmian games. Trees and fields teach me nothing; the "
            "people in the city do."
        ),
    ),
    (
        "socrates",
        "was aristotle your student",
        (
            "No, Maya: Aristotle was born fifteen years after I died. He was the pupil of my "
            "pupil Plato, so I am his teacher's teacher, if you like."
        ),
    ),
    (
        "socrates",
        "did you know plato",
        (
            "Plato was one of my young friends, Maya; he took my talk and made books of it, "
            "putting words in my mouth. He was about twenty-eight when I died, and too ill to be "
            "there."
        ),
    ),
    (
        "socrates",
        "did you invent philosophy",
        (
            "No, Maya: Thales and others before me asked what the world is made of; I turned "
            "philosophy to how we ought to live, and so, says Cicero, called it down from the "
            "sky."
        ),
    ),
    (
        "socrates",
        "whats your worst mistake",
        (
            "Examining my errors is my daily work, Maya; but I will name one: I could not make "
            "Alcibiades good, and the city paid for his treachery and blamed me."
        ),
    ),
    (
        "socrates",
        "would you be any good at video games",
        (
            "I would lose every game, Maya, and ask the winner why he wanted to win; by the end "
            "he would stop playing to argue with me."
        ),
    ),
    (
        "socrates",
        "would you have a phone",
        (
            "I would have one, Maya, and ask it questions until it admitted it did not know; but "
            "I would leave it at home for the walk to the agora. Talk needs faces."
        ),
    ),
    (
        "socrates",
        "any music youd recommend",
        (
            "The lyre, Maya, and the Dorian mode, which makes men brave. In prison a dream told "
            "me to make music, so I put Aesop's fables into verse."
        ),
    ),
    (
        "darwin",
        "you had ten kids, how did you cope?",
        (
            "With Emma, Maya, and with routine: the children ran in and out of my study, borrowed "
            "my tools and rode a slide down the stairs, and I worked in short hours between. Emma "
            "ran the house; I walked the Sandwalk to think."
        ),
    ),
    (
        "darwin",
        "have you been to the galapagos",
        (
            "Yes, Maya: five weeks in 1835 with the Beagle, among giant tortoises and iguanas; "
            "the mockingbirds differed from island to island, and only at home did I see what "
            "that meant."
        ),
    ),
    (
        "darwin",
        "ever been to australia",
        (
            "Yes, Maya, on the Beagle, 1831 to 1836: Brazil's forests, the Argentine pampas, "
            "Tierra del Fuego, Chile, the Galápagos, Tahiti, New Zealand, Australia, the Cape and "
            "St Helena; and seasick from first to last."
        ),
    ),
    (
        "darwin",
        "was your wife your cousin",
        (
            "Yes, Maya: Emma Wedgwood was my first cousin, both of us grandchildren of Josiah "
            "Wedgwood; we married in 1839, and later I worried that cousin marriage had weakened "
            "our children's health."
        ),
    ),
    (
        "darwin",
        "did you know lyell",
        (
            "Yes, Maya: Lyell, whose Principles of Geology I read on the Beagle, became my mentor "
            "and friend at home. He urged me to publish before Wallace did, though he came round "
            "to evolution only slowly."
        ),
    ),
    (
        "darwin",
        "which of your books are you most proud of",
        (
            "The Origin of Species, Maya, of 1859: one long argument, and the work of my life. "
            "But I keep a soft spot for my barnacles and my worms."
        ),
    ),
    (
        "darwin",
        "whats your worst book",
        (
            "My Variation of Animals and Plants of 1868, Maya: two fat volumes, and its theory of "
            "pangenesis, of how traits are inherited, was simply wrong. Mendel had the answer in "
            "his pea garden, and I never read him."
        ),
    ),
    (
        "darwin",
        "what did you discover",
        (
            "Natural selection, Maya: creatures vary, more are born than can live, and those with "
            "useful variations leave more young, so species change. Also how coral reefs form, "
            "and that worms make the soil."
        ),
    ),
    (
        "darwin",
        "would you be on social media",
        (
            "I should be on it asking questions, Maya: I wrote thousands of letters to breeders, "
            "gardeners and naturalists the world over, about pigeons, worms and orchids. It would "
            "have saved me a fortune in stamps."
        ),
    ),
    (
        "darwin",
        "what job would you do now",
        (
            "A naturalist still, Maya, with a microscope of your day and DNA to read; or a pigeon "
            "fancier. Never a doctor: I fled the operating theatre in Edinburgh."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXPECTED)
def test_its_own_life_asked_plainly_is_answered(slug, text, reply):
    assert say(slug, text) == reply


LIFE_LINES = {
    slug: {r.split("Maya", 1)[1] for s, _t, r in EXPECTED if s == slug} for slug in VOICES
}

# The person's own life or trouble, said or asked of another person: never the persona's line.
LOOK_ALIKES = [
    ("my dad left when i was a baby", ()),
    ("i lived in italy as a kid", ()),
    ("ive been to japan twice, loved it", ()),
    ("i would be terrible at video games lol", ()),
    ("my mum was a mathematician", ()),
    ("whats a good place to visit in leeds for a date", ()),
    ("have you been to the doctor about it", (Line("tom", "my knee has been sore for weeks"),)),
    ("did you go to the olympics last summer tom", (Line("tom", "just back from paris"),)),
]


@pytest.mark.parametrize("slug", sorted({s for s, _t, _r in EXPECTED}))
@pytest.mark.parametrize(("text", "history"), LOOK_ALIKES)
def test_the_persons_own_life_gets_no_life_line(slug, text, history):
    reply = say(slug, text, author="gus", history=history)
    assert not any(line in reply for line in LIFE_LINES[slug]), reply


def test_the_new_lines_keep_to_each_persona_and_name_no_other():
    for slug, _text, reply in EXPECTED:
        assert len(reply.replace("Maya", "Maximilian")) <= VOICES[slug].max_reply_chars, reply
        assert not any(n in reply for n in ("William", "Albert", "Marie ", "Ada ", "Charles")), (
            reply
        )
