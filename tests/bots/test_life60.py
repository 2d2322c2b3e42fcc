"""Questions put to a persona about its own life (life60, bots/life.py), answered from its life
lines: a yes or no to "you X-ed, didn't you / right?", with the line that says so (and an
honest "not that" in its voice when none does); how it bore a part of an experience ("how did
you cope with no sleep and no space" on the Beagle: the cramped cabin and the hammock, not a
line on sleeping badly twenty years later); a pick among places it knew, with its reason
("is bern worth a night or straight to zurich"); a guess at its liking ("you must love this
group", among tortoise keepers). Look-alikes that are opinions ("do you like sailing?"), news
("my sister lived in bern") or about the room ("you said earlier ...") are read as before."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, message, earlier messages, theme, reply)
ANSWERED = [
    (
        "einstein",
        "hi @einstein you lived in half these places didnt you",
        ("ok 16 days till interrail!!!",),
        "",
        (
            "Guten Tag, Maya! I did; I lived in more places than most: born in Ulm, a "
            "schoolboy in Munich and Aarau, a student in Zurich, a clerk in Bern, a professor "
            "in Prague and Berlin, and at last Princeton."
        ),
    ),
    (
        "einstein",
        "@einstein is bern actually worth a night or should we just go straight to zurich?",
        ("bern, zurich, prague, berlin... basically his greatest hits",),
        "",
        (
            "Bern is worth more than a night, Maya: in our flat on the Kramgasse, near the "
            "clock tower, I wrote the papers of 1905, and the patent office was a worldly "
            "cloister where I hatched my most beautiful ideas."
        ),
    ),
    (
        "darwin",
        "@darwin you were on a boat for 5 years, how did you cope with no sleep and no space",
        (),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. Cramped: in the poop cabin of "
            "the Beagle, which I shared with two others, I slung my hammock over the chart "
            "table, and I was seasick in it for most of five years."
        ),
    ),
    (
        "einstein",
        "@einstein you worked in an office with forms right",
        (),
        "",
        (
            "I worked seven years at the patent office in Bern, and it left my evenings free "
            "for physics."
        ),
    ),
    (
        "darwin",
        (
            "@darwin how did the giant ones on the galapagos compare to ours, were they as "
            "fussy about food?"
        ),
        (),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. Not fussy at all: the giant "
            "tortoises of the Galápagos ate juicy prickly-pear cactus low down, leaves and "
            "lichen higher up, and walked worn paths to the springs to drink."
        ),
    ),
    (
        "darwin",
        "hello @darwin, you must love this group",
        (),
        "Tortoise keepers",
        (
            "Good day, Maya. I do. I am very fond of tortoises; on the Galápagos I watched the "
            "giant ones for hours, timed how fast they walked, about four miles a day, and "
            "rode on their backs."
        ),
    ),
    (
        "einstein",
        "weren't you a professor in prague at some point @einstein",
        (),
        "",
        (
            "Prague I knew for only a year and a half, Maya, in 1911 and 1912, as a professor "
            "at the German University; a beautiful city, but I was glad to go back to Zurich."
        ),
    ),
    (
        "einstein",
        "@einstein you had a dog in princeton yeah?",
        (),
        "",
        (
            "We had a terrier in Princeton, Chico, who was clever enough to feel sorry for me "
            "because I got so much mail."
        ),
    ),
    (
        "einstein",
        "@einstein you never learned to drive, right?",
        (),
        "",
        (
            "Right, Maya. I never owned a motor car, nor learned to drive one; I walked, rode "
            "my bicycle, took the tram, and on the water sailed my little boat."
        ),
    ),
    (
        "einstein",
        "@einstein you were married twice right?",
        (),
        "",
        (
            "Twice, Maya: first to Mileva Marić, who studied physics with me in Zurich and "
            "gave me our two sons; later to my cousin Elsa, who ran our home and fended off my "
            "visitors with great skill."
        ),
    ),
    (
        "curie",
        "@curie you went to some secret university right",
        (),
        "",
        (
            "I studied at the Flying University in Warsaw, Maya, a secret school that moved "
            "from house to house to hide from the Russian police, for women could not enter "
            "the university."
        ),
    ),
    (
        "curie",
        "is it true you worked as a governess @curie",
        (),
        "",
        (
            "For years I worked as a governess, Maya, at Szczuki in the country, and sent my "
            "pay to Paris to put my sister Bronisława through medical school; then she helped "
            "me in turn."
        ),
    ),
    (
        "darwin",
        "@darwin you kept pigeons didnt you",
        (),
        "",
        (
            "I kept and bred pigeons at Down, Maya, all the fancy breeds, and joined two "
            "London pigeon clubs to learn from the fanciers."
        ),
    ),
    (
        "lovelace",
        "@lovelace you met babbage when you were a teenager right",
        (),
        "",
        (
            "I met Mr Babbage in 1833, Maya, when I was seventeen; he showed me the working "
            "part of his Difference Engine, and I understood at once what it did."
        ),
    ),
    (
        "lovelace",
        "@lovelace you never knew your dad, right?",
        (),
        "",
        (
            "Right, Maya. I never knew my father; Lord Byron left when I was a month old and "
            "died in Greece when I was eight."
        ),
    ),
    (
        "socrates",
        "@socrates you were married to xanthippe yeah",
        (),
        "",
        (
            "Xanthippe was my wife, Maya, and a woman of spirit; living with her, I said, was "
            "like riding a spirited horse: if I could manage her, I could manage anyone."
        ),
    ),
    (
        "socrates",
        "@socrates you were a stonemason like your dad, right?",
        (),
        "",
        (
            "My father Sophroniscus was a stonemason, Maya, and my mother Phaenarete a "
            "midwife; I learned the stone trade, and took up my mother's craft for minds."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare you married anne hathaway right?",
        (),
        "",
        (
            "I married Anne Hathaway at eighteen, Maya; she was twenty-six, and our Susanna "
            "was born six months after the wedding; then came the twins, Hamnet and Judith."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare you built the globe yourself right?",
        (),
        "",
        (
            "We built the Globe in 1599, Maya, from the timbers of the old Theatre, carried "
            "across the Thames; in 1613 a cannon fired in Henry VIII set its thatch alight and "
            "it burned to the ground."
        ),
    ),
    (
        "curie",
        "@curie you went to the moon right?",
        (),
        "",
        (
            "I did not spend much time studying myself, Maya; the laboratory was always more "
            "interesting than I was."
        ),
    ),
    (
        "curie",
        "@curie how did you cope with the cold in that paris attic",
        (),
        "",
        (
            "Let us take it carefully, Maya. In Paris I lived in an attic so cold that I slept "
            "with all my clothes piled on the bed."
        ),
    ),
    (
        "lovelace",
        "@lovelace how did you cope with being stuck on crutches for years",
        (),
        "",
        (
            "How delightful a question, Maya. I was ill most of my life: at thirteen measles "
            "left me unable to walk for nearly three years, and I went about on crutches."
        ),
    ),
    (
        "darwin",
        "@darwin how did you cope with being ill for so long",
        (),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. For forty years I was ill "
            "most days: sickness, headaches, palpitations; I could work only a few hours a "
            "day, and I tried the water cure at Malvern."
        ),
    ),
    (
        "einstein",
        "@einstein how did you cope with being ill in 1917",
        (),
        "",
        (
            "A lovely question, Maya. In 1917 I fell badly ill, with my stomach and my liver, "
            "and lost a great deal of weight; Elsa nursed me back to health, and we married "
            "two years later."
        ),
    ),
    (
        "curie",
        "@curie what was it like being a student in paris with no money",
        (),
        "",
        (
            "Let us take it carefully, Maya. As a student in Paris I studied in an attic so "
            "cold that the water froze in the basin, and lived on bread and tea; what kept me "
            "at it was not willpower but love of the work."
        ),
    ),
    (
        "darwin",
        "@darwin down house or london, which did you prefer",
        (),
        "",
        (
            "Down House, Maya, if I must pick. On the Beagle I was terribly homesick, and "
            "seasick for most of five years; but once I settled at Down House I never wanted "
            "to leave home again."
        ),
    ),
    (
        "einstein",
        "@einstein which did you like more, zurich or berlin",
        (),
        "",
        (
            "Berlin gave me the best colleagues of my life, Maya, Planck, Nernst and von Laue, "
            "and a post with no teaching from 1914; but the city grew ugly for a Jew, and in "
            "1933 I left it for good."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare is stratford worth a visit or should we stay in london?",
        (),
        "",
        (
            "Stratford, Maya, if I must pick. With my earnings I bought New Place in 1597, the "
            "second-largest house in Stratford, and went home to it in the end."
        ),
    ),
    (
        "einstein",
        "@einstein you sailed a lot didnt you? we're doing a sailing course",
        (),
        "",
        (
            "Ach, you ask me something I have not often asked myself, Maya; I spent more "
            "thought on light than on my own heart."
        ),
    ),
    (
        "einstein",
        "my son is doing his gcses, @einstein you hated school didnt you",
        (),
        "",
        (
            "I hated school in Munich, Maya: the Luitpold Gymnasium drilled us like soldiers, "
            "and at fifteen I left it without a diploma and followed my family to Italy."
        ),
    ),
    (
        "socrates",
        "@socrates you went barefoot everywhere right",
        (),
        "",
        (
            "I went barefoot everywhere, Maya, winter or summer, even over the ice at "
            "Potidaea; a man who wants little needs no horse."
        ),
    ),
    (
        "socrates",
        "@socrates you wrote loads of books right?",
        (),
        "",
        (
            "No, Maya. I never wrote a book; but I once hurried to read Anaxagoras, hoping he "
            "would tell me why things are as they are for the best, and he disappointed me."
        ),
    ),
    (
        "darwin",
        "@darwin you married your cousin didnt you",
        (),
        "",
        (
            "I married my cousin Emma Wedgwood, after writing a list of the reasons for and "
            "against marriage."
        ),
    ),
    (
        "curie",
        "@curie u grew up in poland right??",
        (),
        "",
        (
            "Polish, Maya: I was born Maria Skłodowska in Warsaw in 1867, when the tsar ruled "
            "it. I went to Paris at twenty-four to study, married Pierre and became French "
            "too, but I named my first element for Poland."
        ),
    ),
    (
        "darwin",
        "@darwin how did you cope with the seasickness",
        (),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. Of the whole Beagle voyage, "
            "the hardest part was the seasickness; it never left me in five years, and I went "
            "ashore every day I could."
        ),
    ),
    (
        "darwin",
        "how did you cope with no sleep and no space",
        ("@darwin you were on a boat for 5 years",),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. Cramped: in the poop cabin of "
            "the Beagle, which I shared with two others, I slung my hammock over the chart "
            "table, and I was seasick in it for most of five years."
        ),
    ),
    (
        "darwin",
        "@darwin was the beagle really as cramped as people say",
        (),
        "",
        (
            "Ah, Maya, I have given that a good deal of thought. Cramped: in the poop cabin of "
            "the Beagle, which I shared with two others, I slung my hammock over the chart "
            "table, and I was seasick in it for most of five years."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what was it like when the globe burned down",
        (),
        "",
        (
            "It burned, Maya: in June 1613, at Henry VIII, a stage cannon set the thatch alight "
            "and the Globe was gone within the hour. Nobody died; one man's breeches caught fire "
            "and a friend put them out with ale. We rebuilt it the next year."
        ),
    ),
    (
        "einstein",
        "@einstein what was it like growing up in munich",
        (),
        "",
        (
            "As a boy in Munich I was slow to talk and built card houses fourteen storeys "
            "high, Maya; a compass my father showed me when I was five set me wondering for "
            "life."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare paris or stratford, which did you prefer",
        (),
        "",
        (
            "Stratford, Maya, if I must pick. With my earnings I bought New Place in 1597, the "
            "second-largest house in Stratford, and went home to it in the end."
        ),
    ),
    (
        "lovelace",
        "@lovelace which did you prefer, the harp or riding?",
        (),
        "",
        (
            "Riding was my exercise, Maya, as hard as I dared; I loved a fast horse almost as "
            "much as a hard problem."
        ),
    ),
    (
        "socrates",
        "@socrates sparta or athens, which did you prefer",
        (),
        "",
        (
            "Athens is my home, Maya, and I hardly ever left it; when Crito offered me escape "
            "into exile, a life away from Athens and its questions seemed not worth living."
        ),
    ),
    (
        "darwin",
        "hi @darwin you must love this group",
        (),
        "Pigeon fanciers",
        (
            "Good day, Maya. I do. I kept and bred pigeons at Down, all the fancy breeds, and "
            "joined two London pigeon clubs to learn from the fanciers."
        ),
    ),
    (
        "einstein",
        "hi @einstein you must love this chat",
        (),
        "Sailing club",
        (
            "Guten Tag, Maya! I do. On my fiftieth birthday I hid from the well-wishers, and "
            "my friends gave me a sailing boat, the best present I ever had."
        ),
    ),
]

LOOK_ALIKES = [
    (
        "einstein",
        "@einstein do you like sailing?",
        (
            "I would say yes, Maya, though I hold it the way I hold any theory: until an "
            "experiment says otherwise. A sailing boat goes against the wind by zigzagging: "
            "the sail works like a wing and the keel stops it sliding sideways."
        ),
    ),
    (
        "einstein",
        "@einstein my sister lived in bern for a year",
        "And how did that happen, Maya? I always want to know how things come about.",
    ),
    (
        "einstein",
        "@einstein you said earlier that time is relative right?",
        (
            "Not that I remember, Maya; a great many sayings are hung on my name that I never "
            "said. Look where it was first printed: if that was after 1955, I was in no "
            "position to say it."
        ),
    ),
    (
        "darwin",
        "@darwin you were right about the hedgehog btw",
        "Do tell me more, Maya; I collect such observations.",
    ),
    (
        "curie",
        "@curie should i use bleach or vinegar on the mould?",
        (
            "Bleach whitens mould on the surface but seldom reaches the threads in grout or "
            "sealant, Maya, so it comes back wherever it stays damp. Clean it off, then dry "
            "the room: a fan running and a window open after every shower."
        ),
    ),
    (
        "einstein",
        "@einstein should we get the train or a flight to berlin?",
        (
            # (sample39: the train or the plane worked out, never a coin tossed)
            "Half my thought experiments were set on trains, Maya, so I am biased: "
            "under about 600 km, or 5 to 6 hours by train, the train usually wins "
            "door to door, as the airports add two or three hours; beyond that, the "
            "plane."
        ),
    ),
    (
        "darwin",
        "@darwin how do you cope with stress?",
        (
            "I have observed beetles more closely than myself, Maya; on that subject my "
            "notebooks are rather thin."
        ),
    ),
    (
        "einstein",
        "@einstein did you see the match last night?",
        "A quiet evening suits me, Maya; my best ideas came while nothing at all was happening.",
    ),
    (
        "socrates",
        "@socrates you must be tired of all these questions",
        "Ah, Maya, the gods tease us with small things so we are ready for large ones.",
    ),
    (
        "lovelace",
        "@lovelace is python or javascript better for a beginner?",
        (
            # (easy39) a plain view with a reason, not a word on debugging
            "No Engine is needed for that, Maya; plain sense will do. Python first, for most "
            "people: its plain, readable code teaches the ideas without fussy punctuation; "
            "JavaScript first if you mainly want web pages."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare my gran grew up in stratford, lovely town",
        (
            "Marry, Maya, the world is full of such scenes. In the end I went home to "
            "Stratford, bought the finest house in town, and wrote no more."
        ),
    ),
    (
        "curie",
        "@curie you were so helpful yesterday, thanks",
        "You are welcome, Maya. I am glad it was of use.",
    ),
    (
        "curie",
        (
            "@curie did you really drive the x-ray vans yourself in the war? how did you keep "
            "going on no sleep"
        ),
        (
            "I learned to drive for the war, Maya, to take my X-ray cars to the front; before "
            "that Pierre and I went everywhere by bicycle, even on our honeymoon."
        ),
    ),
    (
        "einstein",
        "@einstein you played the violin right, any tips for a total beginner, my nan gave me hers",
        (
            "I began the violin at six and hated the drill, Maya; only at thirteen, when I "
            "fell in love with Mozart's sonatas, did I really learn. Love is a better teacher "
            "than a sense of duty, so play what you love."
        ),
    ),
    (
        "curie",
        "@curie you were amazing yesterday",
        "How did that come about, Maya? I like to know the causes of things.",
    ),
    (
        "einstein",
        "@einstein tea or coffee, which did you prefer?",
        (
            "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. "
            "I would say coffee. Coffee, I think, and a pipe beside it; a warm cup and a quiet "
            "hour have carried more thought experiments than any laboratory."
        ),
    ),
]


def reply(slug: str, text: str, history=(), theme: str = "") -> str:
    kw = {"theme": theme} if theme else {}
    return say(slug, text, history=tuple(Line("jo", h) for h in history), **kw)


@pytest.mark.parametrize(("slug", "text", "history", "theme", "expected"), ANSWERED)
def test_own_life_answered_from_its_life(slug, text, history, theme, expected):
    assert reply(slug, text, history, theme) == expected


@pytest.mark.parametrize(("slug", "text", "expected"), LOOK_ALIKES)
def test_look_alikes_are_read_as_before(slug, text, expected):
    assert reply(slug, text) == expected
