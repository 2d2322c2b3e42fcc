"""Questions a room puts to Darwin and Lovelace by name or @mention that each plainly could
answer (know40a): their fields at a chat level, their lives, their works, their eras, modern
things, a book to start with, their feelings. Each was owned up to ("I have observed beetles more
closely than myself", Darwin, asked whether he was famous in his lifetime; "That lies beyond my
tables", Lovelace, asked whether she was a countess) or answered beside the question (Darwin's
marriage list for DNA, Lovelace's binary for "can computers think?"). Each is now a `#know`
line in the persona's voice, keyed by the words people use; rewordings get the same line, and a
look-alike that shares a word gets none of the new lines."""

from __future__ import annotations

import pytest

from bots.know import known, knowns
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# (persona, a question put to it in a room, the opening of the `#know` line it gets whole)
ANSWERED = [
    (
        "darwin",
        "@darwin whats the deal with finches, why do they matter so much",
        "The Galápagos finches differ from island to",
    ),
    (
        "darwin",
        "darwin do you think we're still evolving",
        "We are, {name}: selection still works on wha",
    ),
    (
        "darwin",
        "are humans at the top of evolution",
        "No living thing is more evolved than another",
    ),
    (
        "darwin",
        "darwin how did u feel about people calling you a monkey in cartoons",
        "The magazines drew me as an ape with my own",
    ),
    (
        "darwin",
        "@darwin whats the best book to start with if i want to read you",
        "Start with my Voyage of the Beagle, {name}:",
    ),
    (
        "darwin",
        "darwin wait really? you dropped out of medicine?",
        "I did, {name}: I studied medicine at Edinbur",
    ),
    (
        "darwin",
        "darwin what do you make of dna, bet you'd have loved that",
        "I would have loved it, {name}: how traits pa",
    ),
    (
        "darwin",
        "darwin did you ride the tortoises lol",
        "I did, {name}: on the Galápagos I got on the",
    ),
    (
        "darwin",
        "@darwin what did you think of the slavery you saw in brazil",
        "It made my blood boil, {name}: in Brazil I h",
    ),
    (
        "darwin",
        "darwin are cats evolved to manipulate us",
        "In part, {name}: cats came to our grain stor",
    ),
    (
        "darwin",
        "@darwin whats the hardest thing for your theory to explain",
        "I gave whole chapters of the Origin to the d",
    ),
    (
        "darwin",
        "darwin how did the eye evolve, seems too complicated",
        "By steps, each useful, {name}: a patch of sk",
    ),
    (
        "darwin",
        "darwin did you and fitzroy fall out?",
        "A fine sailor with a terrible temper, {name}",
    ),
    (
        "darwin",
        "@darwin were you famous in your lifetime",
        "Very, by the end, {name}: the Origin sold ou",
    ),
    (
        "darwin",
        "@darwin what did you do all day at down house",
        "Work from eight till half past nine, my best",
    ),
    (
        "darwin",
        "darwin if you could go anywhere today where would you go?",
        "Back to a Brazilian forest, {name}, which I",
    ),
    (
        "darwin",
        "@darwin whats an orchid got to do with evolution",
        "Everything, {name}: orchids are fitted to th",
    ),
    ("darwin", "darwin what do you think of zoos", "I learned much at the Zoological Gardens, {n"),
    (
        "darwin",
        "@darwin did u ever go back to the galapagos",
        "Never, {name}: after the Beagle came home in",
    ),
    (
        "darwin",
        "darwin what do you think about climate change and extinction",
        "Extinction is as old as life, {name}, but ma",
    ),
    (
        "darwin",
        "@darwin is being a football fan some kind of tribal instinct?",
        "I think so, {name}: in The Descent of Man I",
    ),
    (
        "darwin",
        "@darwin any recommendations? something about nature maybe",
        "Gilbert White's Natural History of Selborne",
    ),
    (
        "darwin",
        "darwin you sailed off for five years, weren't you terrified?",
        "Seasick more than frightened, {name}: I was",
    ),
    (
        "darwin",
        "darwin what would you think of the internet",
        "I should have loved it for the letters, {nam",
    ),
    (
        "lovelace",
        "@lovelace what was your note g about",
        "Note G was the last and longest of my Notes",
    ),
    (
        "lovelace",
        "lovelace what are bernoulli numbers, in normal words",
        "A row of fractions, {name}, 1, −1/2, 1/6, 0",
    ),
    (
        "lovelace",
        "lovelace did you ever meet your father?",
        "I never knew him, {name}: my mother left Lord Byron whe",
    ),
    (
        "lovelace",
        "lovelace why did your mum make you study maths",
        "To keep me from becoming my father, {name}:",
    ),
    ("lovelace", "@lovelace who taught you maths", "Tutors at home from childhood, {name}, by my"),
    (
        "lovelace",
        "lovelace would you have liked chatgpt",
        "Nothing like it existed in my day, {name}, b",
    ),
    (
        "lovelace",
        "@lovelace can computers think? what did you say about that",
        "I wrote that the Engine has no pretensions w",
    ),
    (
        "lovelace",
        "@lovelace were you ever sick as a kid",
        "Often, {name}: at thirteen measles left me p",
    ),
    (
        "lovelace",
        "@lovelace how do i get better at maths",
        "Go back to the first point where you were lo",
    ),
    (
        "lovelace",
        "lovelace whats your favourite bit of maths",
        "The calculus, {name}, which Mr De Morgan too",
    ),
    (
        "lovelace",
        "lovelace what was mary somerville like",
        "Mrs Somerville was the finest woman of scien",
    ),
    (
        "lovelace",
        "@lovelace what do you think of women in tech today",
        "It gladdens me, {name}: in my day no univers",
    ),
    (
        "lovelace",
        "@lovelace whats the best advice you'd give a girl who wants to code",
        "Learn it properly and ask nobody's leave, {n",
    ),
    (
        "lovelace",
        "@lovelace did people take you seriously as a woman in science",
        "Some did, {name}: Mr Babbage called me the E",
    ),
    (
        "lovelace",
        "lovelace was the analytical engine ever built?",
        "Never, {name}: Mr Babbage could get neither",
    ),
    ("lovelace", "lovelace is music just maths?", "Much of it, {name}, though not all: an octav"),
    (
        "lovelace",
        "lovelace what does imaginary number mean",
        "A number whose square is minus one, {name}",
    ),
    (
        "lovelace",
        "lovelace were you scared of being so ill all the time",
        "Sometimes, {name}: I was ill most of my life",
    ),
    (
        "lovelace",
        "@lovelace is it true you were a countess",
        # (bio46's line on her title, since session 46)
        "Countess of Lovelace, {name}, from 1838",
    ),
    (
        "lovelace",
        "@lovelace what book should i read about you",
        "My own Notes of 1843 first, {name}; they are",
    ),
    (
        "lovelace",
        "lovelace how do i explain programming to my nan",
        "Say it is a knitting pattern for a machine",
    ),
    (
        "lovelace",
        "lovelace did you like poetry even though you hated your dad's life?",
        "I did, {name}, though my mother kept me to m",
    ),
    (
        "lovelace",
        "@lovelace can you explain integration by parts simply?",
        "It is the product rule run backwards, {name}",
    ),
    ("lovelace", "lovelace whats the product rule", "For two things multiplied, {name}: the first"),
    (
        "lovelace",
        "lovelace what's calculus actually for",
        "For anything that changes, {name}: the speed",
    ),
    (
        "lovelace",
        "lovelace were you close to your kids",
        "Not as close as I should have liked, {name}:",
    ),
    (
        "darwin",
        "darwin what do you think of intelligent design",
        "Paley's argument from design charmed me",
    ),
    (
        "darwin",
        "@darwin what was the scariest thing on the voyage",
        "In Tierra del Fuego a glacier fell into",
    ),
    (
        "darwin",
        "darwin would you have liked david attenborough",
        "I am told he has shown more living creatures",
    ),
    (
        "darwin",
        "@darwin what did emma think of your theory",
        "It troubled her, {name}, for her faith was",
    ),
    (
        "darwin",
        "@darwin did you ever meet wallace in person",
        "We met once he was home from the Malay",
    ),
    (
        "lovelace",
        "lovelace what would you think of the iphone",
        "It would have delighted me, {name}: an Engine",
    ),
    ("lovelace", "lovelace did you meet charles dickens", "I did, {name}: Mr Dickens was a friend"),
    ("lovelace", "lovelace how long did the notes take you", "Most of 1843, {name}: I translated"),
    (
        "lovelace",
        "@lovelace did you get paid for your work",
        "Not a penny, {name}: a lady did not publish",
    ),
    ("lovelace", "lovelace whats a function in maths", "A rule that takes a number and gives back"),
    (
        "lovelace",
        "@lovelace why is it called the analytical engine",
        "Because it was to do analysis, {name}",
    ),
    (
        "lovelace",
        "lovelace how did you die, if thats ok to ask",
        "Of cancer of the womb, {name}, in 1852",
    ),
    ("lovelace", "@lovelace how did your dad die", "Of a fever at Missolonghi in 1824, {name}"),
]

# (persona, another wording, the question of ANSWERED whose reply it gets)
REWORDED = [
    (
        "darwin",
        "why are darwins finches important",
        "@darwin whats the deal with finches, why do they matter so much",
    ),
    (
        "darwin",
        "darwin are we still evolving or did we stop",
        "darwin do you think we're still evolving",
    ),
    (
        "darwin",
        "@darwin is there a ladder of evolution with us on top",
        "are humans at the top of evolution",
    ),
    ("darwin", "darwin so are we the top of evolution?", "are humans at the top of evolution"),
    (
        "darwin",
        "@darwin did it bother you when punch drew you as an ape",
        "darwin how did u feel about people calling you a monkey in cartoons",
    ),
    (
        "darwin",
        "darwin how did you feel being mocked as a monkey",
        "darwin how did u feel about people calling you a monkey in cartoons",
    ),
    (
        "darwin",
        "darwin which of your books should i read first",
        "@darwin whats the best book to start with if i want to read you",
    ),
    (
        "darwin",
        "darwin where should i start with your books",
        "@darwin whats the best book to start with if i want to read you",
    ),
    (
        "darwin",
        "@darwin did you study medicine",
        "darwin wait really? you dropped out of medicine?",
    ),
    (
        "darwin",
        "darwin why did you quit medical school",
        "darwin wait really? you dropped out of medicine?",
    ),
    (
        "darwin",
        "@darwin what would you think of genetics",
        "darwin what do you make of dna, bet you'd have loved that",
    ),
    (
        "darwin",
        "darwin did you know about genes",
        "darwin what do you make of dna, bet you'd have loved that",
    ),
    (
        "darwin",
        "@darwin is it true you rode on giant tortoises",
        "darwin did you ride the tortoises lol",
    ),
    (
        "darwin",
        "darwin did u ride a tortoise on the galapagos",
        "darwin did you ride the tortoises lol",
    ),
    (
        "darwin",
        "darwin what did you think about slavery",
        "@darwin what did you think of the slavery you saw in brazil",
    ),
    (
        "darwin",
        "darwin did you see slaves on your voyage",
        "@darwin what did you think of the slavery you saw in brazil",
    ),
    ("darwin", "@darwin how did cats get domesticated", "darwin are cats evolved to manipulate us"),
    ("darwin", "darwin are cats manipulative", "darwin are cats evolved to manipulate us"),
    (
        "darwin",
        "darwin what were the problems with your theory",
        "@darwin whats the hardest thing for your theory to explain",
    ),
    (
        "darwin",
        "darwin what was the biggest objection to your theory",
        "@darwin whats the hardest thing for your theory to explain",
    ),
    (
        "darwin",
        "@darwin how could something as complex as an eye evolve",
        "darwin how did the eye evolve, seems too complicated",
    ),
    (
        "darwin",
        "darwin how could the eye evolve by selection",
        "darwin how did the eye evolve, seems too complicated",
    ),
    ("darwin", "@darwin what was captain fitzroy like", "darwin did you and fitzroy fall out?"),
    ("darwin", "darwin did you get on with fitzroy", "darwin did you and fitzroy fall out?"),
    (
        "darwin",
        "darwin were u famous when you were alive",
        "@darwin were you famous in your lifetime",
    ),
    ("darwin", "darwin were you famous back then", "@darwin were you famous in your lifetime"),
    (
        "darwin",
        "darwin what was your daily routine at down house",
        "@darwin what did you do all day at down house",
    ),
    (
        "darwin",
        "@darwin where would you go if you could go anywhere",
        "darwin if you could go anywhere today where would you go?",
    ),
    (
        "darwin",
        "darwin if u could travel anywhere in the world where would u go?",
        "darwin if you could go anywhere today where would you go?",
    ),
    (
        "darwin",
        "darwin how do orchids and moths fit together",
        "@darwin whats an orchid got to do with evolution",
    ),
    ("darwin", "@darwin are zoos cruel", "darwin what do you think of zoos"),
    ("darwin", "darwin is it wrong to keep animals in zoos", "darwin what do you think of zoos"),
    (
        "darwin",
        "darwin did you ever return to south america",
        "@darwin did u ever go back to the galapagos",
    ),
    (
        "darwin",
        "darwin did you go abroad again after the beagle",
        "@darwin did u ever go back to the galapagos",
    ),
    (
        "darwin",
        "darwin what do you make of extinction",
        "darwin what do you think about climate change and extinction",
    ),
    (
        "darwin",
        "darwin why do football fans act so tribal",
        "@darwin is being a football fan some kind of tribal instinct?",
    ),
    (
        "darwin",
        "darwin is supporting a team a tribal thing",
        "@darwin is being a football fan some kind of tribal instinct?",
    ),
    (
        "darwin",
        "darwin can you recommend a nature book",
        "@darwin any recommendations? something about nature maybe",
    ),
    (
        "darwin",
        "darwin what should i read about wildlife",
        "@darwin any recommendations? something about nature maybe",
    ),
    (
        "darwin",
        "@darwin were you scared on the beagle",
        "darwin you sailed off for five years, weren't you terrified?",
    ),
    (
        "darwin",
        "darwin were u homesick on the voyage",
        "darwin you sailed off for five years, weren't you terrified?",
    ),
    (
        "darwin",
        "@darwin would you have liked the internet",
        "darwin what would you think of the internet",
    ),
    ("darwin", "darwin what do you think of google", "darwin what would you think of the internet"),
    ("lovelace", "lovelace what was in note g", "@lovelace what was your note g about"),
    ("lovelace", "lovelace tell me about note g?", "@lovelace what was your note g about"),
    (
        "lovelace",
        "@lovelace what is a bernoulli number",
        "lovelace what are bernoulli numbers, in normal words",
    ),
    (
        "lovelace",
        "lovelace what are bernoullis for",
        "lovelace what are bernoulli numbers, in normal words",
    ),
    ("lovelace", "@lovelace did you ever meet your dad", "lovelace did you ever meet your father?"),
    ("lovelace", "lovelace did u ever meet lord byron", "lovelace did you ever meet your father?"),
    (
        "lovelace",
        "@lovelace why did your mother push maths on you",
        "lovelace why did your mum make you study maths",
    ),
    (
        "lovelace",
        "lovelace why did ur mum want you to learn maths",
        "lovelace why did your mum make you study maths",
    ),
    ("lovelace", "lovelace who tutored you in mathematics", "@lovelace who taught you maths"),
    ("lovelace", "lovelace how did you learn maths", "@lovelace who taught you maths"),
    ("lovelace", "@lovelace what do you think of chatgpt", "lovelace would you have liked chatgpt"),
    ("lovelace", "lovelace what do u think of chatbots", "lovelace would you have liked chatgpt"),
    (
        "lovelace",
        "lovelace can machines think",
        "@lovelace can computers think? what did you say about that",
    ),
    (
        "lovelace",
        "lovelace do you think machines think",
        "@lovelace can computers think? what did you say about that",
    ),
    ("lovelace", "lovelace were you ill as a child", "@lovelace were you ever sick as a kid"),
    (
        "lovelace",
        "lovelace is it true you were paralysed as a girl",
        "@lovelace were you ever sick as a kid",
    ),
    ("lovelace", "lovelace how can i improve at maths", "@lovelace how do i get better at maths"),
    ("lovelace", "lovelace how do i get good at math", "@lovelace how do i get better at maths"),
    (
        "lovelace",
        "@lovelace what was your favourite maths topic",
        "lovelace whats your favourite bit of maths",
    ),
    (
        "lovelace",
        "lovelace whats ur fave bit of maths",
        "lovelace whats your favourite bit of maths",
    ),
    ("lovelace", "lovelace who was somerville", "lovelace what was mary somerville like"),
    (
        "lovelace",
        "lovelace what do you think about women in coding now",
        "@lovelace what do you think of women in tech today",
    ),
    (
        "lovelace",
        "lovelace how do you feel about girls in programming nowadays",
        "@lovelace what do you think of women in tech today",
    ),
    (
        "lovelace",
        "lovelace any tips for a girl learning to code",
        "@lovelace whats the best advice you'd give a girl who wants to code",
    ),
    (
        "lovelace",
        "lovelace what advice would you give girls in tech",
        "@lovelace whats the best advice you'd give a girl who wants to code",
    ),
    (
        "lovelace",
        "lovelace were you respected as a woman",
        "@lovelace did people take you seriously as a woman in science",
    ),
    (
        "lovelace",
        "lovelace did men take you seriously as a lady in maths",
        "@lovelace did people take you seriously as a woman in science",
    ),
    (
        "lovelace",
        "@lovelace did babbage ever finish the engine",
        "lovelace was the analytical engine ever built?",
    ),
    (
        "lovelace",
        "lovelace does the analytical engine exist",
        "lovelace was the analytical engine ever built?",
    ),
    ("lovelace", "@lovelace is music mathematical", "lovelace is music just maths?"),
    ("lovelace", "lovelace how is music related to maths", "lovelace is music just maths?"),
    ("lovelace", "@lovelace whats an imaginary number", "lovelace what does imaginary number mean"),
    (
        "lovelace",
        "lovelace what is the square root of minus one",
        "lovelace what does imaginary number mean",
    ),
    (
        "lovelace",
        "@lovelace were you afraid of dying",
        "lovelace were you scared of being so ill all the time",
    ),
    (
        "lovelace",
        "lovelace were u frightened when you were ill",
        "lovelace were you scared of being so ill all the time",
    ),
    ("lovelace", "lovelace you were a countess right?", "@lovelace is it true you were a countess"),
    ("lovelace", "lovelace so ur a countess?", "@lovelace is it true you were a countess"),
    (
        "lovelace",
        "lovelace is there a good biography about you",
        "@lovelace what book should i read about you",
    ),
    (
        "lovelace",
        "lovelace is there a film about your life",
        "@lovelace what book should i read about you",
    ),
    (
        "lovelace",
        "@lovelace how would you explain coding to a child",
        "lovelace how do i explain programming to my nan",
    ),
    (
        "lovelace",
        "lovelace how would you explain programming to a kid",
        "lovelace how do i explain programming to my nan",
    ),
    (
        "lovelace",
        "@lovelace did you read your father's poems",
        "lovelace did you like poetry even though you hated your dad's life?",
    ),
    (
        "lovelace",
        "lovelace did u like your dad's poetry",
        "lovelace did you like poetry even though you hated your dad's life?",
    ),
    (
        "lovelace",
        "lovelace how do you integrate by parts",
        "@lovelace can you explain integration by parts simply?",
    ),
    (
        "lovelace",
        "lovelace whats integration by parts",
        "@lovelace can you explain integration by parts simply?",
    ),
    ("lovelace", "@lovelace what is the product rule", "lovelace whats the product rule"),
    ("lovelace", "lovelace how does the product rule work", "lovelace whats the product rule"),
    ("lovelace", "@lovelace what is calculus", "lovelace what's calculus actually for"),
    ("lovelace", "lovelace whats the point of calculus", "lovelace what's calculus actually for"),
    (
        "lovelace",
        "@lovelace did you get on with your children",
        "lovelace were you close to your kids",
    ),
    ("lovelace", "lovelace did you love your kids", "lovelace were you close to your kids"),
    (
        "darwin",
        "darwin is the eye proof of a designer",
        "darwin what do you think of intelligent design",
    ),
    (
        "darwin",
        "darwin were you ever in danger on the beagle",
        "@darwin what was the scariest thing on the voyage",
    ),
    (
        "darwin",
        "darwin what do you think of attenborough's documentaries",
        "darwin would you have liked david attenborough",
    ),
    ("darwin", "darwin did you and wallace get on", "@darwin did you ever meet wallace in person"),
    ("lovelace", "lovelace did you like dickens books", "lovelace did you meet charles dickens"),
    (
        "lovelace",
        "lovelace how long did your translation take",
        "lovelace how long did the notes take you",
    ),
    ("lovelace", "how did you die lovelace", "lovelace how did you die, if thats ok to ask"),
    ("lovelace", "lovelace how did your father die", "@lovelace how did your dad die"),
]

# (persona, a message sharing a word with a new line, asking of something else)
LOOK_ALIKES = [
    ("darwin", "what finch is this in my garden, red face and yellow wings"),
    ("darwin", "is my team still evolving lol"),
    ("darwin", "what is the most common species of bird"),
    ("darwin", "how do i draw a monkey cartoon"),
    ("darwin", "what book are you reading at the moment"),
    ("darwin", "should i study medicine at uni"),
    ("darwin", "why do my genes make me so short"),
    ("darwin", "can i ride a tortoise"),
    ("darwin", "was there slavery in ancient rome"),
    ("darwin", "why is my cat sick"),
    ("darwin", "whats the hardest thing about getting old"),
    ("darwin", "why do my eyes get tired at screens"),
    ("darwin", "what is a captain's log"),
    ("darwin", "do you know anyone famous"),
    ("darwin", "what do you do all day at work"),
    ("darwin", "where can i go on holiday cheap"),
    ("darwin", "how do i keep my orchid alive"),
    ("darwin", "what time does the zoo open"),
    ("darwin", "should i go back to uni"),
    ("darwin", "how do i get my cat to stop scratching"),
    ("darwin", "which football team do you support"),
    ("darwin", "any book recommendations for a long flight"),
    ("darwin", "were you scared of spiders"),
    ("darwin", "how do i fix my internet connection"),
    ("lovelace", "can i leave you a note"),
    ("lovelace", "what is a prime number"),
    ("lovelace", "my dad never met his father"),
    ("lovelace", "why does my mum make me do chores"),
    ("lovelace", "who taught you to ride"),
    ("lovelace", "whats a good chatbot for customer service"),
    ("lovelace", "can computers run out of memory"),
    ("lovelace", "my kid is sick what do i do"),
    ("lovelace", "how do i get better at chess"),
    ("lovelace", "whats your favourite colour"),
    ("lovelace", "what was your husband like"),
    ("lovelace", "how many women work in tech"),
    ("lovelace", "any tips for a girl starting at a new school"),
    ("lovelace", "how do i get my boss to take me seriously"),
    ("lovelace", "who built the pyramids"),
    ("lovelace", "is music good for studying"),
    ("lovelace", "what are imaginary friends"),
    ("lovelace", "were you scared of the dark"),
    ("lovelace", "how do earls get their title"),
    ("lovelace", "what book are you reading"),
    ("lovelace", "how do i explain death to a child"),
    ("lovelace", "can you recommend a poem for a funeral"),
    ("lovelace", "how do i integrate into a new team at work"),
    ("lovelace", "whats a rule of thumb"),
    ("lovelace", "is calculus hard"),
    ("lovelace", "are you close to your sister"),
    ("darwin", "darwin i designed a new website for work, what do you think"),
    ("darwin", "what was the scariest film you ever saw"),
    ("lovelace", "lovelace should i get an iphone or android"),
    ("lovelace", "lovelace how do i get paid more at work"),
    ("lovelace", "lovelace whats the function of the liver"),
    ("lovelace", "my dad died last year"),
    ("lovelace", "Should we teach children to code at school?"),
    ("darwin", "@darwin lol same but with a baby instead of a book. did emma do the night feeds?"),
]


def _line(slug: str, opening: str) -> str:
    """The persona's one `#know` line opening so."""
    lines = [
        k.text
        for k in knowns(index_of(VOICES[slug].material).tagged.get("know", ()))
        if k.text.startswith(opening)
    ]
    assert len(lines) == 1, (slug, opening, lines)
    return lines[0]


def _reply(slug: str, asked: str, name: str = "Maya") -> str:
    """The whole reply a question of ANSWERED gets: its line, with the asker's name."""
    opening = next(o for s, text, o in ANSWERED if (s, text) == (slug, asked))
    return _line(slug, opening).replace("{name}", name)


def _new(slug: str) -> list[str]:
    return [_line(s, opening) for s, _text, opening in ANSWERED if s == slug]


@pytest.mark.parametrize(("slug", "text", "opening"), ANSWERED)
def test_a_question_it_plainly_could_answer_gets_its_line(slug, text, opening):
    assert say(slug, text, author="maya", seed=1) == _reply(slug, text)


@pytest.mark.parametrize(("slug", "text", "asked"), REWORDED)
def test_a_rewording_gets_the_same_line(slug, text, asked):
    assert say(slug, text, author="maya", seed=1) == _reply(slug, asked)


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_none_of_the_new_lines(slug, text):
    reply = say(slug, text, author="maya", seed=1)
    assert not any(line.split("{name}")[-1].strip(" ,.;:") in reply for line in _new(slug))


def test_each_new_line_fits_a_reply():
    for slug in ("darwin", "lovelace"):
        lines = _new(slug)
        assert len(lines) >= 25
        for line in lines:
            assert len(line.replace("{name}", "Maya")) <= VOICES[slug].max_reply_chars


def test_a_follow_up_in_the_room_gets_the_line():
    history = (
        Line("maya", "@darwin did your dad want you to be a doctor?"),
        Line(
            "Charles Darwin",
            "A fair question, Maya. My father wanted me to be a doctor, then a clergyman; I might "
            "have been a country parson with a beetle cabinet, had the Beagle not come.",
        ),
    )
    assert say(
        "darwin", "wait really? you dropped out of medicine?", author="tom", seed=1, history=history
    ) == _reply("darwin", "darwin wait really? you dropped out of medicine?", "Tom")
    history = (
        Line("maya", "@lovelace what was your note g about"),
        Line("Ada Lovelace", _reply("lovelace", "@lovelace what was your note g about")),
    )
    assert say(
        "lovelace",
        "lovelace wait what are bernoulli numbers?",
        author="tom",
        seed=1,
        history=history,
    ) == _reply("lovelace", "lovelace what are bernoulli numbers, in normal words", "Tom")


def test_ada_lovelace_day_is_keyed_for_the_day_asked_by_its_name():
    # The room path reads the message with the persona's own name taken out ("whats ada
    # lovelace day" is read as "whats day"), so the line is asked here of the words said.
    index = index_of(VOICES["lovelace"].material)
    assert known(index, "whats ada lovelace day?").startswith(
        "The second Tuesday of October, {name}, begun in 2009"
    )
    assert known(index, "what day is it today?") == ""


def test_did_you_really_eat_them_gets_his_glutton_club_line():
    # "did you really eat" was read past "=did_you_eat" and got his sweets.
    assert say("darwin", "darwin did you really eat the animals you discovered?", seed=1) == (
        "Many, Maya: at Cambridge my Glutton Club ate beasts unknown to the table, and on the "
        "voyage I ate armadillo, puma and Galápagos tortoise. I even dined on a rare rhea before I "
        "saw it was the very bird I was hunting."
    )
