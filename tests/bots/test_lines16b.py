"""Everyday questions of a persona's own field asked in hobby rooms (round sixteen): Lovelace
on mending a machine with no manual, timetables and fixtures, crashing apps, spreadsheets,
passwords, backups, rotas and chess machines; Socrates on the ship of Theseus, rules and their
purpose, cheating, bragging, who should captain and doing a thing badly; Shakespeare on drafts,
learning lines, hecklers, costumes, a haunted Globe, rivals, ticket prices and stage
fights. Each gets a line of the persona's own on it, and the new lines do not answer questions
that share one word with them in another sense. The dev set these come from is
tests/bots/dev16_material16b.json."""

import pytest

from tests.bots.test_everyday_messages import say

ANSWERS = [
    (
        "lovelace",
        "how do u even start fixing a gadget when theres no instructions with it",
        "Start fixing or debugging a machine or gadget with no manual or instructions by "
        "taking it apart one part at a time: write down what each part does, and change one "
        "thing only before you test again.",
    ),
    (
        "lovelace",
        "how would you go about debugging a machine with no manual",
        "Start fixing or debugging a machine or gadget with no manual or instructions by "
        "taking it apart one part at a time: write down what each part does, and change one "
        "thing only before you test again.",
    ),
    (
        "lovelace",
        "could your engine have done the fixtures list for our cricket league",
        "Yes, the Engine could have worked out a timetable or a fixtures list: any table "
        "computed by a rule is exactly what Mr Babbage designed his engines for.",
    ),
    (
        "lovelace",
        "our score app keeps crashing on match days, what would u do",
        "When an app or a computer keeps crashing on the day that matters, keep a backup that "
        "cannot crash, a paper sheet and a stopwatch, and then find out what fails and why, "
        "one cause at a time.",
    ),
    (
        "lovelace",
        "is a spreadsheet better than a paper register for the food bank",
        "A spreadsheet beats a paper register once the sums begin, for it adds, sorts and "
        "counts without error; but print a copy now and then, for paper still works when the "
        "battery is flat.",
    ),
    (
        "lovelace",
        "whats a good password, mine is just my dogs name lol",
        "A dog's name makes a poor password, for everyone who has met the dog knows it; three "
        "unrelated words strung together are longer and far harder to guess.",
    ),
    (
        "lovelace",
        "i want to automate the weekly email to the knitting circle, where do i begin",
        "To automate a weekly email, begin by writing it once as a template with gaps for "
        "what changes, the date and the news, and let the machine fill the gaps and send it "
        "each week.",
    ),
    (
        "lovelace",
        "would u trust a self driving car",
        "I would trust a self-driving car as far as I trust its orders: it does exactly what "
        "it was told, so ask whether whoever wrote them foresaw your road.",
    ),
    (
        "lovelace",
        "how do i back up all our club photos so we dont lose them",
        "Back up your photos as a careful clerk keeps a ledger: two copies in two different "
        "places, one away from the house, for a single copy on a single machine is one "
        "accident from nothing.",
    ),
    (
        "lovelace",
        "could a machine ever beat a grandmaster at chess",
        "A machine beat the world chess champion in 1997, which would have delighted Mr "
        "Babbage; it won by searching millions of positions a second, not by understanding "
        "the game as a grandmaster does.",
    ),
    (
        "lovelace",
        "whats the fairest way to do a washing up rota for 5 people",
        "A fair rota is a rule in a circle: list the names, take them in turn, and whoever "
        "swaps owes the turn back; written down, nobody need argue about whose turn it is.",
    ),
    (
        "socrates",
        "is it still the same bike if ive replaced nearly every part",
        "Replace nearly every part, and is it still the same thing? Athens keeps Theseus' "
        "ship plank by new plank; ask if a thing is its timber, its shape or its purpose.",
    ),
    (
        "socrates",
        "is it cheating to use a chess engine to check my moves after the game",
        "Checking your moves afterwards with help is homework, not cheating; cheating is "
        "taking help during the game and claiming the win as your own.",
    ),
    (
        "socrates",
        "should we follow the rule to the letter or go by what it was meant for",
        "A rule is written for a purpose, and every lawgiver misses some case; where the "
        "letter defeats the purpose, ask what the rule was for.",
    ),
    (
        "socrates",
        "who should be the captain, the best player or the nicest",
        "Who should be captain? The one who knows the craft of leading, as a pilot is chosen "
        "for skill, not charm; the best player is not always the best captain.",
    ),
    (
        "socrates",
        "is it better to do something badly than not do it at all",
        "Do a thing badly rather than not at all: I took up dancing in old age, and it kept "
        "me fit.",
    ),
    (
        "socrates",
        "is it fair to cut a service people rely on because it loses money",
        "Before you cut a service because it loses money, ask what it is for: medicine aims "
        "at health, not at fees, as I told Thrasymachus.",
    ),
    (
        "shakespeare",
        "did u write everything out by hand, how many drafts did u do",
        "I had to write every draft out by hand with a goose quill; Heminges and Condell said "
        "they scarce received from me a blot in my papers, and Ben Jonson wished I had "
        "blotted a thousand.",
    ),
    (
        "shakespeare",
        "how do i remember all my lines for the panto",
        "To remember your lines, write them out by hand, speak them as you walk, and learn "
        "each cue with them; a panto is kinder than my stage, for the audience shouts the "
        "line if you forget.",
    ),
    (
        "shakespeare",
        "what do u do about a heckler",
        "A heckler at our playhouse was heckled back by the clown, for Tarlton could answer a "
        "groundling in extempore verse; answer once, wittily, and turn back to the rest of "
        "the house.",
    ),
    (
        "shakespeare",
        "what did the costumes look like in your plays",
        "Our costumes were the company's greatest treasure, silks and velvets bought "
        "secondhand, and worn in the fashion of our own day whatever the age of the play.",
    ),
    (
        "shakespeare",
        "is the globe haunted",
        "The Globe, like every old playhouse, is said to be haunted; I walked its boards as a "
        "spirit myself, for Rowe was told the top of my performance was the Ghost in my own "
        "Hamlet.",
    ),
    (
        "shakespeare",
        "did u have any rivals",
        "My rivals were Marlowe, whose mighty line I envied, and Ben Jonson, friend and "
        "sternest critic, who mocked my small Latin and less Greek yet wrote that I was not "
        "of an age but for all time.",
    ),
    (
        "shakespeare",
        "how much did a ticket to the globe cost",
        "A ticket to see a play at the Globe was a penny to stand in the yard, another penny "
        "for a bench in the galleries, and a third for a cushion; a loaf cost about the same.",
    ),
    (
        "shakespeare",
        "how do u do a sword fight on stage without anyone getting hurt",
        "Our players were trained fencers, and every stage fight was rehearsed blow by blow "
        "with blunted rapiers; plan each stroke, go slower than you think, and never aim at "
        "the face.",
    ),
]

# A question sharing one word with a new line in another sense (a stomach bug, a self-checkout,
# a haunted house, fair shares in a family) does not get that line.
NOT_ANSWERS = [
    (
        "lovelace",
        "ive got a stomach bug, any tips",
        "A bug is a fault in the works; engineers' slang for it was old when Mr Edison used "
        "the word in 1878, and in 1947 a real moth was found in a computer and taped into its "
        "log.",
    ),
    (
        "lovelace",
        "self checkout machines, love em or hate em",
        "I would trust a self-driving car as far as I trust its orders: it does exactly what "
        "it was told, so ask whether whoever wrote them foresaw your road.",
    ),
    (
        "lovelace",
        "is it safe to let the laptop do all my sums for the tax return",
        "When an app or a computer keeps crashing on the day that matters, keep a backup that "
        "cannot crash, a paper sheet and a stopwatch, and then find out what fails and why, "
        "one cause at a time.",
    ),
    (
        "lovelace",
        "why do my hands grip the holds better when theyre dry",
        "In a league where every team plays every other, keep one team fixed and rotate the "
        "others one place each round; every round gives fresh fixtures, and nobody meets "
        "twice.",
    ),
    (
        "socrates",
        "who decides whats fair in a family",
        "Should every member pay the same subs? A fee each can pay and still come serves "
        "better than an equal one, as a good law fits the city it is made for.",
    ),
    (
        "socrates",
        "what scares you",
        "Nerves before a first match are no shame: at Delium the brave trembled too; courage "
        "is going forward knowing what is and is not worth fearing.",
    ),
    (
        "socrates",
        "is envy always bad",
        "Do a thing badly rather than not at all: I took up dancing in old age, and it kept "
        "me fit.",
    ),
    (
        "socrates",
        "whats the best way to replace a bike chain",
        "Replace nearly every part, and is it still the same thing? Athens keeps Theseus' "
        "ship plank by new plank; ask if a thing is its timber, its shape or its purpose.",
    ),
    (
        "shakespeare",
        "my house is haunted, what do i do",
        "The Globe, like every old playhouse, is said to be haunted; I walked its boards as a "
        "spirit myself, for Rowe was told the top of my performance was the Ghost in my own "
        "Hamlet.",
    ),
    (
        "shakespeare",
        "how many plays did you write in total",
        "Were I alive now I would write for Netflix as I did for the Globe, for whoever fills "
        "the house; my eight histories are a series already.",
    ),
    (
        "shakespeare",
        "did you ever act in your own plays",
        "An actor cast as a king should never strut like one; let the others bow, and the "
        "crown will do the rest.",
    ),
    (
        "shakespeare",
        "do u believe in ghosts",
        "The Globe, like every old playhouse, is said to be haunted; I walked its boards as a "
        "spirit myself, for Rowe was told the top of my performance was the Ghost in my own "
        "Hamlet.",
    ),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("slug", "text", "line"), ANSWERS)
def test_an_everyday_question_of_its_field_gets_its_line_on_it(slug, text, line, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert line in reply, reply


@pytest.mark.parametrize(("slug", "text", "line"), NOT_ANSWERS)
def test_a_question_sharing_one_word_in_another_sense_does_not_get_the_line(slug, text, line):
    for seed in (1, 2, 3):
        reply = say(slug, f"@{slug} {text}", seed=seed)
        assert line not in reply, reply


def test_a_choice_of_two_is_answered_in_the_same_sense_as_its_line():
    # "app or whiteboard": its pick is the app, and its reason says why the app, not the board.
    reply = say("lovelace", "@lovelace app or whiteboard for the club rota, which is better")
    assert "I would say app. An app earns its place over a whiteboard when it does what the " in (
        reply
    ), reply
