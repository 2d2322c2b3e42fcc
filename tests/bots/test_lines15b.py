"""Everyday questions of a persona's own field, asked in hobby rooms (round fifteen): Lovelace
on hardware and software, maths for coding, spreadsheets and what a computer does; Shakespeare on
learning lines, prompting, rhymes, audiences and chants; Socrates on forgiving, telling a friend,
fear of death, his trial and being wrong. Each gets a line of the persona's own on it, and the
new lines do not answer neighbouring questions on one shared word. The dev set these come from
is tests/bots/dev15_material15b.json."""

import pytest

from tests.bots.test_everyday_messages import CAST, say

ANSWERS = [
    (
        "lovelace",
        "whats the difference between hardware and software",
        "The brass wheels of the Engine were what you now call hardware, and the cards were the "
        "software: the same wheels could be set to any calculation by changing the cards.",
    ),
    (
        "lovelace",
        "do u need to be good at maths to do coding",
        "Coding needs far less maths than people fear, to use your word for it: arithmetic, order "
        "and care over every operation; the harder mathematics can wait until a problem asks "
        "for it.",
    ),
    (
        "lovelace",
        "how does a computer actually think tho",
        "Computers do not think as we do: a computer follows its list of operations one after "
        "another, without tiring, and knows nothing of what it is working on.",
    ),
    (
        "lovelace",
        "can u help me sort out the spreadsheet for the garden plots, its a mess",
        "Set out a spreadsheet as I set out my table for Note G: one row for each thing, one "
        "column for each fact about it, never two facts in one cell, and then it can sort and "
        "count itself.",
    ),
    (
        "lovelace",
        "whats an algorithm, like in normal words",
        "An algorithm, in plain words, is a recipe: steps so exact that someone who does not "
        "understand the dish could still cook it, and so could a machine.",
    ),
    (
        "lovelace",
        "was it hard being a woman doing maths back then",
        "It was hard for a woman in maths, as you call it, in my day: no university nor Royal "
        "Society would have me, and I signed my Notes only A.A.L.; I was taught by tutors and by "
        "letter, and did the work regardless.",
    ),
    (
        "lovelace",
        "what would u make of smartphones",
        "Smartphones would have delighted me: an Engine small enough for a glove, with a larger "
        "store than all the looms of Lyon, and still doing only what it has been told.",
    ),
    (
        "lovelace",
        "my code just doesnt work and i cant see why, any tips",
        "Write something small you want to exist, Maya; and when it will not work, run it by hand "
        "one step at a time, writing down what each variable holds, for where your figures and "
        "the machine's part company is the error.",
    ),
    (
        "lovelace",
        "r u good at mental maths",
        "Mental arithmetic is a matter of friendly numbers: to add 198, add 200 and take away 2; "
        "to multiply by 25, multiply by a hundred and divide by four.",
    ),
    (
        "shakespeare",
        "how do u learn lines fast, book club is doing a reading next week",
        "To learn lines fast, do as my fellows did and learn them by their cues: each player had "
        "only his own part and the last words before each speech, so learn what you answer to as "
        "well as what you say.",
    ),
    (
        "shakespeare",
        "what do u do if an actor forgets their lines mid scene",
        "If an actor forgets his lines, the prompter behind the hangings feeds them in a whisper, "
        "and a good player fills the gap with a look or a step until the words come back.",
    ),
    (
        "shakespeare",
        "what rhymes with orange",
        "Nothing in English rhymes well with orange, and I never tried; when a word will not "
        "rhyme, turn the line about so that another word stands at its end.",
    ),
    (
        "shakespeare",
        "what words did u actually invent",
        "Many words first found in my plays I coined, invented or caught from the street: "
        "bedroom, lonely, eyeball and swagger among them, though some I may only have been first "
        "to set down in ink.",
    ),
    (
        "shakespeare",
        "were ur audiences rowdy",
        "Rowdy indeed: my audiences cracked nuts, hissed the villain, cheered the clown and "
        "shouted at a dull scene, and a player who could not hold the groundlings was told so at "
        "once.",
    ),
    (
        "shakespeare",
        # A chant of its making that names the side (session 22), not King Harry's cry to borrow.
        "we need a team chant for the five a side, something with bite",
        "We few, we happy few, we band of friends: / For the five a side, we roar until it ends!",
    ),
    (
        "shakespeare",
        "do u reckon ghosts are real",
        "Did I believe in ghosts? Most of my audience did, and a ghost on the stage must be "
        "believed for an hour; what I believed myself I kept for my prayers.",
    ),
    (
        "socrates",
        "my mate borrowed my bike and wrecked it and wont pay, should i forgive him",
        "Forgive, but do not pretend no wrong was done: one must never return a wrong for a "
        "wrong, and yet you may still ask the one who wronged you to put it right.",
    ),
    (
        "socrates",
        "should i tell my friend her boyfriend is cheating",
        "Tell your friend, gently and alone, once you know it and do not merely suspect it; a "
        "friend who "
        "watches you walk towards a pit and says nothing is no friend.",
    ),
    (
        "socrates",
        "whats a good life in ur opinion",
        "The good life is not merely living but living well, which means justly: care for your "
        "soul more than your purse, and examine yourself every day.",
    ),
    (
        "socrates",
        "does money make u happy",
        "Money never made me happy, Maya, nor any rich man I questioned; it is virtue that brings "
        "wealth and every other good, not wealth that brings virtue.",
    ),
    (
        "socrates",
        "are u scared of dying",
        "Fear, Maya? Not of dying: death is either a dreamless sleep or a journey where I may "
        "question Homer; what I fear is doing wrong, for that harms the soul.",
    ),
    (
        "socrates",
        "why did they put u on trial",
        "The charges at my trial were impiety and corrupting the young; the real charge was that "
        "I had made important men look foolish, and the trial was their revenge.",
    ),
    (
        "socrates",
        "why do u always answer a question with a question",
        "I answer a question with a question because often neither of us knows the answer; we "
        "find it together, as my mother the midwife helped others bring forth what was theirs.",
    ),
    (
        "socrates",
        "how do u deal with being wrong in front of everyone",
        "Being shown wrong in front of others is a gift, not a shame: you lose an error and keep "
        "the truth, and the ones who laughed have learned something too.",
    ),
]


@pytest.mark.parametrize(("slug", "said", "line"), ANSWERS)
def test_a_field_question_from_a_hobby_room_gets_the_personas_own_line(slug, said, line):
    reply = say(slug, f"@{slug} {said}", others=CAST)
    assert reply.endswith(line), reply


# Neighbouring questions that share one word with a new line, in another sense: each keeps an
# answer of its own, never the new line.
NEIGHBOURS = [
    ("lovelace", "did you ever do astronomy maths? like orbits?", "woman in maths"),
    ("lovelace", "What scares you?", "giving orders, very patiently"),
    ("lovelace", "What do you miss most about your old life?", "bad at maths"),
    ("shakespeare", "did you ever act in your own plays", "we learned a new part"),
    ("shakespeare", "What scares you?", "happy few"),
    ("shakespeare", "something about coming home after a long trip?", "stumbles on the tongue"),
    ("socrates", "is it ever ok to lie?", "forgive"),
    ("socrates", "were you ever a soldier?", "Courage is not only"),
    ("socrates", "have you got lines about the night sky and stars", "Delium"),
]


@pytest.mark.parametrize(("slug", "said", "not_said"), NEIGHBOURS)
def test_a_new_line_does_not_answer_a_question_on_another_sense_of_its_word(slug, said, not_said):
    reply = say(slug, f"@{slug} {said}", others=CAST)
    assert not_said not in reply, reply
