"""Brief field43: a persona answers what its own life and field plainly cover, never owning
up to it nor turning to another thing (rate42 §3B, live rooms): the programming persona on which
language to learn first, Darwin on his marriage to Emma, his ten children and his earthworms,
Socrates on interview nerves and the philosopher kings of Plato's Republic, Einstein on his two
years without a post before the patent office, Curie on fearing radium, a joke asked for another
("tell sara a joke"), and "any tips for leo?" answered as Leo's own question above. A request far
outside every field ("how do i fix my car's gearbox") is still owned up to."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, message, author, earlier lines (author, text), the whole reply)
RATE42 = [
    (
        "lovelace",
        "lovelace what skills should i learn first, sql or python?",
        "leo",
        (),
        (
            "Python first, Leo, if you want to build things or work with data; SQL is small "
            "and quick to learn once you have it, and many jobs ask for both. Learn "
            "whichever your work needs by making a small project of your own with it."
        ),
    ),
    (
        "darwin",
        "darwin you were married a long time, what's the secret?",
        "ben",
        (),
        (
            "Forty-three years with Emma, Ben, and no secret but kindness: we never agreed "
            "on religion, and loved each other all the same. She nursed me through every "
            "illness; I called her my greatest blessing."
        ),
    ),
    (
        "darwin",
        "@darwin you had ten kids, any tips",
        "ella",
        (),
        (
            "Play with them and let them interrupt you, Ella; mine were always welcome in my "
            "study. We lost three, our Annie at ten, so treasure the ordinary days; they are "
            "the best of it."
        ),
    ),
    (
        "socrates",
        "socrates any tips for leo?",
        "nina",
        (
            ("leo", "i have an interview friday, how do i stop being nervous"),
            ("nina", "you've got this"),
        ),
        (
            "An interview is only questions, Nina, and I spent my life among them: know what "
            "you know, say plainly what you do not, and ask them something back. A good "
            "question shows more than a rehearsed answer."
        ),
    ),
    (
        "socrates",
        "@socrates would you want to be a philosopher king?",
        "iris",
        (),
        (
            "It is Plato's Republic, Iris, his book with me as its speaker: no city rests "
            "till philosophers rule. Want it? No: there the fit ruler is the one who does "
            "not want to, and I would rather question in the agora."
        ),
    ),
    (
        "einstein",
        "@einstein did you ever struggle to find work?",
        "leo",
        (),
        (
            "It was hard, Leo: after the Polytechnic in 1900 no professor would take me as "
            "assistant, so for two years I tutored and taught as a substitute, until my "
            "friend Marcel Grossmann's father helped me into the patent office in Bern in "
            "1902."
        ),
    ),
    (
        "darwin",
        "@darwin how many worms are in a garden?",
        "dee",
        (),
        (
            "In my last book, on earthworms, in 1881, I cited some 53,000 worms to an acre "
            "of garden, counted by Hensen, Dee; their castings turn over the whole soil and "
            "slowly bury stones. A garden rich in worms is a healthy one."
        ),
    ),
    (
        "darwin",
        # (review43: "it" alone is no Origin: a Frankenstein club had got it)
        "@darwin is the origin a hard read for beginners?",
        "iris",
        (("iris", "the origin of species is on my reading list"),),
        (
            "Long but readable, Iris: I wrote the Origin in plain Victorian English for the "
            "general reader, with no equations. If it daunts you, start with my Voyage of "
            "the Beagle, or just the first four chapters."
        ),
    ),
    (
        "lovelace",
        "@lovelace does putting a laptop in rice actually work",
        "sara",
        (),
        (
            "Rice dries a wet phone or laptop no better than open air, Sara. Switch it off "
            "at once, unplug it, and take out the battery if you can; dry the outside, leave "
            "it open to air for a day or two, and have it checked before you charge it again."
        ),
    ),
    (
        "curie",
        "curie was it scary working with radium",
        "maya",
        (),
        (
            "No, Maya, and that was the trouble: we did not know to fear it. Radium glowed "
            "so prettily in our shed at night; only later did we see what it did, and my "
            "notebooks are still kept in lead-lined boxes."
        ),
    ),
    (
        "einstein",
        "wat is teh best way to lern a new langauge",
        "maya",
        (),
        (
            "Live in it if you can, Maya: I picked up Italian in Milan as a boy and French "
            "at school in Switzerland, but my English, learned in my fifties in Princeton, "
            "stayed clumsy. Speak it every day with people, and don't wait to be perfect."
        ),
    ),
    (
        "shakespeare",
        "wat is teh best way to lern a new langauge",
        "maya",
        (),
        (
            "Aloud and by heart, Maya, as Latin was drilled into boys in my day; Jonson said "
            "I had small Latin and less Greek. Play with the words, steal the good ones, "
            "speak them; I wrote a whole scene of Henry V in French."
        ),
    ),
    (
        "einstein",
        "einstein tell sara a joke to cheer her up",
        "lily",
        (),
        (
            "A neutron walks into a bar and asks the price of a beer. The barman says: for "
            "you, Lily, no charge."
        ),
    ),
]

LOOK_ALIKES = [
    (
        "darwin",
        "@darwin how long were you married?",
        "gus",
        (),
        (
            "Forty-three years with Emma, Gus, and no secret but kindness: we never agreed "
            "on religion, and loved each other all the same. She nursed me through every "
            "illness; I called her my greatest blessing."
        ),
    ),
    (
        "darwin",
        "darwin what made your marriage work?",
        "gus",
        (),
        (
            "Forty-three years with Emma, Gus, and no secret but kindness: we never agreed "
            "on religion, and loved each other all the same. She nursed me through every "
            "illness; I called her my greatest blessing."
        ),
    ),
    (
        "darwin",
        "darwin any tips for raising kids? you had loads",
        "gus",
        (),
        (
            "Play with them and let them interrupt you, Gus; mine were always welcome in my "
            "study. We lost three, our Annie at ten, so treasure the ordinary days; they are "
            "the best of it."
        ),
    ),
    (
        "darwin",
        "darwin how many earthworms live in a field?",
        "gus",
        (),
        (
            "In my last book, on earthworms, in 1881, I cited some 53,000 worms to an acre "
            "of garden, counted by Hensen, Gus; their castings turn over the whole soil and "
            "slowly bury stones. A garden rich in worms is a healthy one."
        ),
    ),
    (
        "darwin",
        "@darwin is the origin of species hard to read?",
        "gus",
        (),
        (
            "Long but readable, Gus: I wrote the Origin in plain Victorian English for the "
            "general reader, with no equations. If it daunts you, start with my Voyage of "
            "the Beagle, or just the first four chapters."
        ),
    ),
    (
        "lovelace",
        "lovelace should i learn sql or python for data analysis",
        "gus",
        (),
        (
            "Python first, Gus, if you want to build things or work with data; SQL is small "
            "and quick to learn once you have it, and many jobs ask for both. Learn "
            "whichever your work needs by making a small project of your own with it."
        ),
    ),
    (
        "lovelace",
        "@lovelace i spilled tea on my laptop, should i put it in rice?",
        "gus",
        (),
        (
            "Rice dries a wet phone or laptop no better than open air, Gus. Switch it off at "
            "once, unplug it, and take out the battery if you can; dry the outside, leave it "
            "open to air for a day or two, and have it checked before you charge it again."
        ),
    ),
    (
        "lovelace",
        "lovelace my code throws a null pointer exception, help",
        "gus",
        (),
        (
            "A null pointer means a name that points at nothing yet, Gus: read the line "
            "number in the error, see which thing on that line is empty, and trace back to "
            "where it should have been given a value. My Note G had a slip of its own."
        ),
    ),
    (
        "lovelace",
        "lovelace is 50 too old to start programming?",
        "gus",
        (),
        (
            "Not too late and not too hard, Gus: I learned my higher mathematics as a grown "
            "woman, by letter with Mr De Morgan. Half an hour a day on a small project of "
            "your own, and ask for help when you are stuck."
        ),
    ),
    (
        "socrates",
        "@socrates would you have liked to be a philosopher king",
        "gus",
        (),
        (
            "It is Plato's Republic, Gus, his book with me as its speaker: no city rests "
            "till philosophers rule. Want it? No: there the fit ruler is the one who does "
            "not want to, and I would rather question in the agora."
        ),
    ),
    (
        "socrates",
        "socrates how old were you when you died",
        "gus",
        (),
        (
            "By hemlock, Gus, in 399 before your era, at seventy: Athens condemned me for "
            "impiety and for corrupting the young, and I drank it in prison among my friends."
        ),
    ),
    (
        "socrates",
        "socrates i have a job interview tomorrow and im nervous, any tips?",
        "gus",
        (),
        (
            "An interview is only questions, Gus, and I spent my life among them: know what "
            "you know, say plainly what you do not, and ask them something back. A good "
            "question shows more than a rehearsed answer."
        ),
    ),
    (
        "einstein",
        "@einstein was it hard to find a job after university?",
        "gus",
        (),
        (
            "I am a poor guide to careers, Gus; after my degree no university would have me, "
            "and I got my post at the patent office through my friend Grossmann's father."
        ),
    ),
    (
        "einstein",
        "einstein what's the best way to learn german",
        "gus",
        (),
        (
            "Live in it if you can, Gus: I picked up Italian in Milan as a boy and French at "
            "school in Switzerland, but my English, learned in my fifties in Princeton, "
            "stayed clumsy. Speak it every day with people, and don't wait to be perfect."
        ),
    ),
    (
        "einstein",
        "einstein who was the greatest physicist ever in your opinion",
        "gus",
        (),
        (
            "Newton, Gus, and after him Faraday and Maxwell; I kept their three pictures on "
            "the wall of my study."
        ),
    ),
    (
        "einstein",
        "einstein what do you think of string theory",
        "gus",
        (),
        (
            "I spent my last thirty years hunting one theory to unite gravity and "
            "electromagnetism, Gus, and never found it; string theory came after my time, a "
            "bold try at the same game. I would ask it what I ask of any theory: what does "
            "it predict that we can test?"
        ),
    ),
    (
        "einstein",
        "einstein tell my mum a joke",
        "gus",
        (),
        (
            "A neutron walks into a bar and asks the price of a beer. The barman says: for "
            "you, Gus, no charge."
        ),
    ),
    (
        "curie",
        "curie were you scared working with radiation",
        "gus",
        (),
        (
            "Not at first, Gus: radium's glow seemed a friend. Pierre strapped some to his "
            "arm on purpose to study the burn, and my fingers cracked and scarred; we "
            "thought it a small price. I would use the tongs and the lead now."
        ),
    ),
    (
        "shakespeare",
        "shakespeare how do i learn french fast",
        "gus",
        (),
        (
            "Aloud and by heart, Gus, as Latin was drilled into boys in my day; Jonson said "
            "I had small Latin and less Greek. Play with the words, steal the good ones, "
            "speak them; I wrote a whole scene of Henry V in French."
        ),
    ),
    (
        "einstein",
        "einstein whats the best way to learn german",
        "gus",
        (),
        (
            "Live in it if you can, Gus: I picked up Italian in Milan as a boy and French at "
            "school in Switzerland, but my English, learned in my fifties in Princeton, "
            "stayed clumsy. Speak it every day with people, and don't wait to be perfect."
        ),
    ),
    (
        "socrates",
        "socrates how old are you",
        "gus",
        (),
        (
            "Past seventy, Gus, when Athens gave me the hemlock in 399 BC; I was born about "
            "470, the son of a stonemason and a midwife."
        ),
    ),
    (
        "darwin",
        "darwin how old were you",
        "gus",
        (),
        ("I was born in 1809, Gus, and died at Down in 1882, aged seventy-three, among my family."),
    ),
    (
        "darwin",
        "darwin how old are you",
        "gus",
        (),
        ("I was born in 1809, Gus, and died at Down in 1882, aged seventy-three, among my family."),
    ),
    (
        "socrates",
        "@socrates what is plato's republic about",
        "gus",
        (),
        (
            "Plato's book, Gus, with me as its speaker: what justice is, in a soul and in a "
            "city, and why the just life is the happier one. The cave is in it, and the "
            "philosopher kings."
        ),
    ),
    (
        "einstein",
        "what would you say to a girl who wants to be a scientist but her parents say no",
        "gus",
        (),
        (
            "Let her go on with it, Gus: Mileva was the only woman in our physics section at "
            "the Zurich Polytechnic, and sharper than I at some problems. Curiosity has its "
            "own reason for existing; tell her parents so from me."
        ),
    ),
    (
        "darwin",
        "who do you think was the greatest scientist ever",
        "gus",
        (),
        (
            "Newton, most would say, Gus, and I lie a few feet from him in the Abbey. But I "
            "always felt my books came half out of Lyell's brain; his Principles of Geology "
            "went round the world with me on the Beagle."
        ),
    ),
    (
        "darwin",
        "what did you think of charles babbage honestly",
        "gus",
        (),
        (
            "I called on him pretty often and went to his famous evening parties, Gus: a "
            "brilliant man, and a sore one, for his great engines were never finished, and "
            "he waged war on the street organ-grinders."
        ),
    ),
]

OWNED_UP = [
    (
        "darwin",
        "how do i fix my car's gearbox",
        "gus",
        (),
        (
            "I went by carriage and on foot, Gus, and crossed the Andes by mule; of motor "
            "cars I know nothing, so ask someone who knows them."
        ),
    ),
    (
        "socrates",
        "how do i fix my car's gearbox",
        "gus",
        (),
        (
            "Athens had carts and horses, Gus, and I walked everywhere barefoot; of cars I "
            "know nothing, so ask someone who knows that craft."
        ),
    ),
    (
        "lovelace",
        "lovelace how do i fix my car's gearbox",
        "gus",
        (),
        (
            "Motor cars came long after me, Gus; I knew carriages and horses, and loved the "
            "horses far more, so on cars ask someone who knows them."
        ),
    ),
    (
        "einstein",
        "einstein can you help me replace my boiler",
        "gus",
        (),
        (
            "Such work is beyond my hands, Gus; I once wrote that if I were young again I "
            "would be a plumber, for the independence, but I never learned the trade."
        ),
    ),
    (
        "socrates",
        "socrates any tips for the lottery?",
        "gus",
        (),
        "How could I know what will be, Gus, when I am not even sure of what is?",
    ),
]


@pytest.mark.parametrize(("slug", "text", "author", "before", "reply"), RATE42 + LOOK_ALIKES)
def test_its_own_life_and_field_are_answered(slug, text, author, before, reply):
    history = tuple(Line(who, what) for who, what in before)
    assert say(slug, text, author=author, seed=1, history=history) == reply


@pytest.mark.parametrize(("slug", "text", "author", "before", "reply"), OWNED_UP)
def test_far_outside_every_field_is_still_owned_up_to(slug, text, author, before, reply):
    history = tuple(Line(who, what) for who, what in before)
    assert say(slug, text, author=author, seed=1, history=history) == reply


def test_tips_for_someone_not_in_the_room_is_no_pointer():
    # "any tips for lisbon?": no one called Lisbon spoke, so Leo's question is not answered.
    history = (Line("leo", "i have an interview friday, how do i stop being nervous"),)
    reply = say("socrates", "socrates any tips for lisbon?", author="nina", seed=1, history=history)
    assert "interview" not in reply


def test_the_patent_office_is_named_so_the_room_can_ask_after_it():
    # rate42 room 04: "wait really? the patent office?" follows Einstein's answer.
    reply = say("einstein", "@einstein did you ever struggle to find work?", author="leo", seed=1)
    assert "the patent office in Bern in 1902" in reply


def test_no_age_for_its_eldest_nor_the_origin_for_another_book():
    # review43: "how old is your oldest?" had got Darwin's own age; "is it a hard read?" in a
    # Frankenstein club his Origin
    assert "1809" not in say("darwin", "how old is your oldest?")
    assert "plain Victorian English" not in say(
        "darwin",
        "@darwin is it a hard read?",
        history=(Line("tom", "so frankenstein this month, who's finished it?"),),
    )
    assert "399 BC" not in say("socrates", "how old is your oldest son")
