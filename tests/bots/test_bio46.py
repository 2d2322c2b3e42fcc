"""Questions people put to a persona about its own life and work, answered with the true fact
asked, briefly and in voice (bio46): "@shakespeare why did you move to london" (not the curse on
his grave), "were you ever an actor yourself" (not "An actor struts and frets"), "how many plays
did you actually write" (not the Oxford authorship line), "@darwin how long were you on the
beagle" (not his nose), "einstein did you actually fail math" (the myth, answered). Each is a
`#know` line of the persona's own life; questions that share their words but ask nothing of the
persona's life ("how long is a flight to london", "can you explain when relativity actually
matters") meet none of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

PERSONAS = Path(__file__).resolve().parents[2] / "bots" / "personas"
NAMES = ("Einstein", "Shakespeare", "Curie", "Lovelace", "Socrates", "Darwin")

ANSWERED = [
    (
        "shakespeare",
        "@shakespeare why did you move to london",
        (
            "None knows for sure, Maya: from the twins' christening in 1585 to 1592 I vanish from"
            " the records: the lost years. By 1592 I was in London, player and poet enough to be "
            "mocked as an upstart crow. Anne and the children stayed in Stratford."
        ),
    ),
    (
        "shakespeare",
        "shakespeare were you ever an actor yourself",
        (
            "I was, Maya: a player and sharer of the Lord Chamberlain's Men, later the King's "
            "Men. My name heads the First Folio's list of principal actors, and I played in "
            "Jonson's Every Man in His Humour in 1598."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how many plays did you actually write",
        (
            "About thirty-seven or thirty-eight plays, Maya, depending who counts and how the "
            "shared ones are reckoned, and 154 sonnets besides. My fellows Heminges and Condell "
            "gathered thirty-six plays in the First Folio of 1623."
        ),
    ),
    (
        "shakespeare",
        "did you really leave your wife your second best bed lol",
        (
            "I did, Maya, and it is the one line of my will everyone knows. The best bed was for "
            "guests; the second-best was likely our own marriage bed, and the law likely gave "
            "Anne her widow's third besides."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you own the globe theatre",
        (
            "A share of it, Maya, not the whole: in 1599 the Burbage brothers held half the "
            "Globe, and five of us players the other half, a tenth each. Later I had a share of "
            "the Blackfriars too; those shares paid better than my plays."
        ),
    ),
    (
        "shakespeare",
        "shakespeare what was your dads job",
        (
            "A glover, Maya: John Shakespeare made gloves in Henley Street and dealt in wool on "
            "the side, rose to be bailiff of Stratford, then sank into debt. In 1596, likely at "
            "my asking, he got the coat of arms he had once sought."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you steal a deer lol",
        (
            "A tale first told long after I died, Maya: that I poached Sir Thomas Lucy's deer at "
            "Charlecote and fled to London to escape him. No record bears it out; believe it as "
            "you would a play."
        ),
    ),
    (
        "shakespeare",
        "shakespeare were you ever arrested",
        (
            "Now and then, Maya: in 1596 a William Wayte swore he went in fear of death from me "
            "and three others, and the tax men had me down in Bishopsgate as owing. In 1612 I was"
            " a witness in a Mountjoy family quarrel over a dowry."
        ),
    ),
    (
        "shakespeare",
        "shakespeare what was your last play",
        (
            "The Tempest was the last I wrote alone, Maya, about 1611, and Prospero breaks his "
            "staff in it. After that I wrote with young Fletcher: Henry VIII, the lost Cardenio "
            "and The Two Noble Kinsmen."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you have a coat of arms",
        (
            "A coat of arms came in 1596, Maya: a falcon holding a spear, with the motto Non sanz"
            " droict, not without right. It made my father, and me, gentlemen; Ben Jonson mocked "
            'it in a play as "not without mustard".'
        ),
    ),
    (
        "shakespeare",
        "shakespeare were your plays printed while you were alive",
        (
            "About half of them, Maya, in cheap quartos, most printed without my leave and some "
            "badly garbled. My two long poems I saw through the press myself; the rest waited for"
            " the First Folio of 1623, seven years after I died."
        ),
    ),
    (
        "shakespeare",
        "shakespeare how did the globe burn down",
        (
            "It burned, Maya: in June 1613, at Henry VIII, a stage cannon set the thatch alight "
            "and the Globe was gone within the hour. Nobody died; one man's breeches caught fire "
            "and a friend put them out with ale. We rebuilt it the next year."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you like ben jonson",
        (
            "Liked him and quarrelled with him, Maya: Ben was younger, bookish and prickly, a "
            "true friend who mocked my small Latin and my coat of arms, then wrote for the Folio "
            "that I was not of an age but for all time."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you make up a lot of words",
        (
            "A good few, Maya, or so the dictionaries say: swagger, eyeball, bedroom and lonely "
            "are first written down in my plays. But words live in taverns long before they reach"
            " a page, and many I only caught first."
        ),
    ),
    (
        "socrates",
        "socrates what were the charges against you",
        (
            "Impiety and corrupting the young, Maya: Meletus, backed by Anytus and Lycon, swore I"
            " did not honour the city's gods, brought in new divine things, and spoiled the youth"
            " with my questions."
        ),
    ),
    (
        "socrates",
        "socrates did you save anyones life in battle",
        (
            "At Potidaea I stood over Alcibiades when he was wounded, Maya, saved him and his "
            "arms, and had the prize for valour given to him. At Delium I walked back from the "
            "rout so calmly that no one dared attack me."
        ),
    ),
    (
        "socrates",
        "socrates how did you spend your days",
        (
            "In the agora, Maya, and the gymnasia and the workshops: barefoot, stopping whoever "
            "would talk, a shoemaker or a general, to ask what courage or justice is. I took no "
            "fee, and came home late to Xanthippe."
        ),
    ),
    (
        "socrates",
        "socrates who was your teacher",
        (
            "No school, Maya, but I learned from many: Archelaus, they say, on nature; Prodicus "
            "on the exact sense of words, from his cheap lecture; Diotima of Mantinea on love. "
            "Mostly I learned by asking."
        ),
    ),
    (
        "lovelace",
        "lovelace what was your full name",
        (
            "Augusta Ada Byron, Maya, born in December 1815; Augusta for my father's half-sister,"
            " and I went by Ada from the first. Marriage made me Ada King, then Countess of "
            "Lovelace in 1838, and Ada Lovelace is what the world settled on."
        ),
    ),
    (
        "lovelace",
        "lovelace were you a countess",
        (
            "Countess of Lovelace, Maya, from 1838, when my husband, Lord King, was made an earl;"
            " before that Lady King, and born the Honourable Augusta Ada Byron, a baron's "
            "daughter. The title came by marriage; the mathematics was my own."
        ),
    ),
    (
        "lovelace",
        "lovelace who did you marry",
        (
            "Lord King, Maya, the eighth Baron King, in July 1835, when I was nineteen: a kind, "
            "steady man ten years older, made Earl of Lovelace in 1838. He was proud of my "
            "mathematics and let me work; my debts and my illness strained us at the last."
        ),
    ),
    (
        "darwin",
        "@darwin how long were you on the beagle",
        (
            "Nearly five years, Maya, from the age of twenty-two: we sailed from Plymouth on 27 "
            "December 1831 and came home in October 1836. Most of it I spent ashore in South "
            "America; the Galápagos, for all their fame, had only five weeks of me."
        ),
    ),
    (
        "darwin",
        "darwin what was your first book",
        (
            "The Journal of Researches, Maya, in 1839, my account of the Beagle voyage, which "
            "made my name twenty years before the Origin. Then coral reefs, barnacles, orchids, "
            "the descent of man and, last of all, earthworms, in 1881."
        ),
    ),
    (
        "curie",
        "curie were you poor when you were a student",
        (
            "Very, Maya: in a Latin Quarter garret I lived on bread, butter and tea, once fainted"
            " from hunger, and on winter nights piled all my clothes on the bed to keep warm. Yet"
            " in 1893 I came first in the physics degree."
        ),
    ),
    (
        "einstein",
        "einstein did you actually fail math as a kid",
        (
            "Never, Maya, that is a myth: I had mastered calculus before I was fifteen, and my "
            "Swiss report cards gave me top marks in mathematics. What I did fail, at sixteen, "
            "was the general part of the Zurich Polytechnic entrance exam, in French and the "
            "like."
        ),
    ),
    (
        "einstein",
        "einstein when did you write relativity",
        (
            "Special relativity in 1905, Maya, my miracle year at the patent office: the paper in"
            " June, and E=mc² as a short sequel that September. General relativity took me ten "
            "more years, till November 1915; the eclipse of 1919 made me famous."
        ),
    ),
    (
        "einstein",
        "einstein why did you divorce mileva",
        (
            "We parted in 1914, Maya: she went back to Zurich with our two boys when I moved to "
            "Berlin, where I had grown close to my cousin Elsa; I was a cold husband by then. The"
            " divorce came in 1919, and I promised her the Nobel money I did not yet have."
        ),
    ),
    (
        "einstein",
        "einstein what did you die of",
        (
            "A burst aorta, Maya: the aneurysm found in 1948 gave way in April 1955, and I "
            "refused the surgery. It is tasteless to prolong life artificially, I said; I have "
            "done my share, it is time to go, and I will do it elegantly."
        ),
    ),
    (
        "socrates",
        "socrates what was the poison you drank",
        (
            "Hemlock, Maya, crushed and mixed in a cup, as Athens did for the condemned. I drank "
            "it calmly, walked about until my legs grew heavy, then lay down, and the numbness "
            "crept up from my feet towards my heart."
        ),
    ),
    (
        "socrates",
        "socrates did xanthippe really throw a pot on you",
        (
            "So the story goes, Maya: after a scolding she poured a pot over my head, and I told "
            "my friends that after Xanthippe's thunder comes rain. It was written down six "
            "centuries after me, so salt it."
        ),
    ),
    (
        "socrates",
        "socrates how long were you in prison before you died",
        (
            "About a month, Maya: the sacred ship had just sailed for Delos, and no one could be "
            "put to death till it came home. My friends came every day, and Crito begged me to "
            "let him get me out; I would not."
        ),
    ),
    (
        "curie",
        "curie how old were you when you died",
        (
            "Sixty-six, Maya: I died on 4 July 1934 at a sanatorium in the Alps, of aplastic "
            "anaemia, surely from the radiation I had handled so long. I was buried beside Pierre"
            " at Sceaux; in 1995 they moved us both to the Panthéon."
        ),
    ),
    (
        "curie",
        "curie where did you go to university",
        (
            "In Warsaw only the secret Flying University, Maya, for women were barred from the "
            "real one; then from 1891 the Sorbonne in Paris: physics in 1893, mathematics in "
            "1894, and my doctorate in 1903."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you write the sonnets for a man",
        (
            "To both, Maya: the first hundred and twenty-six speak to a fair young man, urging "
            "him to marry and then simply loving him; most of the rest to a dark lady who "
            "torments me. Who they were I never wrote down."
        ),
    ),
]


LOOKALIKES = [
    ("shakespeare", "how long is a flight to london"),
    ("shakespeare", "how many plays should i see in london"),
    ("shakespeare", "my son wants to be an actor any tips"),
    ("shakespeare", "whats the best bed to buy for a bad back"),
    ("shakespeare", "should i go to university or get a job"),
    ("socrates", "how do i write things down so i remember them"),
    ("socrates", "my wife is really mean to me lately"),
    ("socrates", "is it ever right to escape a bad situation"),
    ("lovelace", "how do i meet my dad after years apart"),
    ("lovelace", "my kid is sick a lot what should i do"),
    ("lovelace", "is it ok to bet on horses"),
    ("darwin", "how long is the boat trip to the galapagos"),
    ("darwin", "is it ok to marry your cousin"),
    ("curie", "why do people quit their jobs"),
    ("einstein", "is it weird to not wear socks with loafers"),
    ("einstein", "how many times should i practice violin a week"),
    ("einstein", "can you explain when relativity actually matters in real life"),
    ("einstein", "i failed my math test today, can you help me understand fractions"),
    ("einstein", "my wife and i are separating, any advice"),
    ("curie", "i was so poor as a student lol"),
    ("curie", "do you think students should get paid"),
    ("darwin", "how long does a cruise voyage usually take"),
    ("darwin", "when did the beagle sink"),
    ("socrates", "who taught plato"),
    ("socrates", "what are the charges for parking here"),
    ("socrates", "how do you spend your days off"),
    ("lovelace", "are you married"),
    ("lovelace", "whats the name of your cat"),
    ("shakespeare", "what was the last play you saw"),
    ("shakespeare", "shakespeare did you see the globe burn"),
    ("shakespeare", "were you in london during the plague"),
    ("shakespeare", "how many actors were in your company"),
    ("socrates", "how long would you get in prison for stealing a car"),
    ("socrates", "is it true you can die from drinking too much water"),
    ("socrates", "what should you drink before a run"),
    ("curie", "which university should i go to, what do you think"),
    ("curie", "where did you put my keys lol"),
    ("einstein", "what did you think of the movie"),
    ("einstein", "what did you do before you died"),
    ("shakespeare", "who was the sonnet about in class today"),
    ("shakespeare", "can you write me a sonnet for a girl i like"),
    ("darwin", "how old do you have to be to sail a boat"),
]


def _max_chars(slug: str) -> int:
    path = next(PERSONAS.glob(f"*-{slug}.json"))
    return json.loads(path.read_text())["max_reply_chars"]


def _know_lines(slug: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged.get("know", ())
    return {line.split(":", 1)[1].strip().replace("{name}", "Maya") for line in lines}


# The replies above: the lines this change added (every one met by a question of `ANSWERED`).
BIO = {reply for _, _, reply in ANSWERED}


@pytest.mark.parametrize(("slug", "message", "expected"), ANSWERED)
def test_own_life_answered_with_the_fact(slug: str, message: str, expected: str) -> None:
    assert say(slug, message) == expected


@pytest.mark.parametrize(("slug", "message", "expected"), ANSWERED)
def test_answer_is_a_line_of_its_own_within_its_length(
    slug: str, message: str, expected: str
) -> None:
    assert expected in _know_lines(slug)
    assert len(expected) <= _max_chars(slug)
    others = [n for n in NAMES if n.lower() != slug]
    assert not [n for n in others if n in expected]


@pytest.mark.parametrize(("slug", "message"), LOOKALIKES)
def test_lookalikes_meet_no_line_of_its_life(slug: str, message: str) -> None:
    assert say(slug, message) not in BIO - {
        # ("are you married" asks Ada of her own life, and "how do you spend your days off"
        # Socrates of his: their lines answer it.)
        r
        for s, m, r in ANSWERED
        if (s, m) in OWN_ASKED
    }


# Look-alikes that do ask of the persona's own life after all.
OWN_ASKED = {
    ("lovelace", "lovelace who did you marry"),
    ("socrates", "socrates how did you spend your days"),
}


@pytest.mark.parametrize(
    ("slug", "message", "expected"),
    [
        (
            "einstein",
            "can you explain when relativity actually matters in real life",
            "Relativity runs your satnav, Maya: the GPS satellites' clocks gain about 38 "
            "millionths of a second a day, from weaker gravity and their speed together. "
            "Uncorrected, your position would drift some ten kilometres a day.",
        ),
        (
            "shakespeare",
            "how many words did you actually invent",
            "About seventeen hundred words are first found in my plays, Maya: lonely, bedroom, "
            "eyeball, swagger, assassination. Many were surely said before me; I was the first "
            "whose writing survived.",
        ),
        (
            "shakespeare",
            "were you in london during the plague",
            "Every summer, Maya: when the deaths climbed, the playhouses were shut, for most of "
            "1592 and 1593 and often after. I wrote my long poems, Venus and Adonis and Lucrece, "
            "while the theatres were dark.",
        ),
    ],
)
def test_lookalikes_keep_their_replies(slug: str, message: str, expected: str) -> None:
    assert say(slug, message) == expected


def test_a_count_put_to_another_is_not_answered_by_this_one() -> None:
    # The count hook answers only the persona named ("@shakespeare how many plays ..."): the
    # others hand it over, as before.
    assert say("darwin", "@shakespeare how many plays did you actually write").startswith(
        "That is a question for Shakespeare"
    )
