"""A persona asked to make something in its voice (requests46).

"@shakespeare insult me for forgetting my mums birthday", "write a toast for my sister's
wedding, she's a nurse who loves hiking", "einstein tell me a physics joke", "darwin a pickup
line pls": the thing is made of the particulars told (who, what they did, what they love), in
the persona's manner, never a refusal, "Tell me more" or a stock line (`bots.requests46`).
Questions about its plays or jokes, news and requests for facts are left as they were."""

from __future__ import annotations

import pytest

from bots.requests46 import made
from tests.bots.test_everyday_messages import say

MADE = [
    (
        "shakespeare",
        "@shakespeare insult me for forgetting my mums birthday",
        (
            "For you, Maya, and all in jest, for forgetting your mum's birthday: thou "
            'tardy, idle-headed sluggard! And as Menenius says, "more of your conversation '
            'would infect my brain."'
        ),
    ),
    (
        "shakespeare",
        "shakespeare roast my friend tom he's always late",
        (
            "For your friend Tom, who is always late, Maya, and all in jest: thou tardy, "
            'idle-headed sluggard! And as Lear says, "thou art a boil, a plague-sore, an '
            'embossed carbuncle."'
        ),
    ),
    (
        "shakespeare",
        "write a toast for my sister's wedding, she's a nurse who loves hiking",
        (
            "Raise your cups, Maya: To your sister, a nurse, on her wedding day: may there "
            "be hiking in every year to come, and fair weather for it; and to the one "
            "lucky enough to marry her!"
        ),
    ),
    (
        "shakespeare",
        "can u diss my cat for knocking my coffee off the table",
        (
            "For your cat, Maya, and all in jest, for knocking your coffee off the table: "
            'thou artless, onion-eyed hedge-pig! And as Menenius says, "more of your '
            'conversation would infect my brain."'
        ),
    ),
    (
        "shakespeare",
        "give me a pickup line shakespeare",
        (
            '"Shall I compare thee to a summer\'s day?" It worked for me once, Maya, and '
            "it has been working for four hundred years."
        ),
    ),
    (
        "shakespeare",
        "shakespeare say 'i need coffee' like in your plays",
        'As Richard would have it, Maya: "A coffee! A coffee! My kingdom for a coffee!"',
    ),
    (
        "shakespeare",
        "say happy birthday to my dad in your style, he turns 60 and loves fishing",
        (
            "Raise your cups, Maya: Happy 60th birthday to your dad: may there be fishing "
            "in every year to come, and fair weather for it!"
        ),
    ),
    (
        "einstein",
        "einstein tell me a physics joke",
        (
            "A photon checks into a hotel, Maya, and the porter asks if it has any "
            'luggage. "No," it says, "I am travelling light."'
        ),
    ),
    (
        "einstein",
        "einstein roast my physics teacher mr jones he never explains anything",
        (
            "Gently, then, Maya: your physics teacher Mr Jones, who never explains "
            "anything. I spent eight years on general relativity, and even I cannot explain "
            "that; some mysteries are beyond physics."
        ),
    ),
    (
        "einstein",
        "einstein a pickup line pls",
        ('Try this, Maya: "Are you relativity? Because an hour with you passes like a minute."'),
    ),
    (
        "einstein",
        "einstein tell me a joke about your hair",
        (
            "People ask why I never comb my hair, Maya. I tell them it is the only thing "
            "in the universe that expands faster than space, and I am not fool enough to "
            "stop it."
        ),
    ),
    (
        "curie",
        "curie give me a motivational quote",
        ('Mine, Maya, and plain: "Nothing in life is to be feared, it is only to be understood."'),
    ),
    (
        "curie",
        "curie roast my lab partner she always forgets her goggles",
        (
            "A gentle one, then, Maya: your lab partner, who always forgets her goggles. I "
            "isolated a decigram of radium from tonnes of pitchblende; isolating the sense "
            "in that would take longer."
        ),
    ),
    (
        "curie",
        "speech for my dad's retirement, he was a firefighter for 30 years",
        (
            "Simply, Maya: To your dad, a firefighter of 30 years, on his retirement: may "
            "there be good health, and time at last to rest!"
        ),
    ),
    (
        "lovelace",
        "lovelace write a haiku about my cat",
        (
            "A haiku, Maya, in poetical science: Your cat, / woven like the Jacquard loom: "
            "/ poetry in sums."
        ),
    ),
    (
        "lovelace",
        "lovelace roast my friend sam he writes code with no comments",
        (
            "In jest, Maya: your friend Sam, who writes code with no comments. The "
            "Analytical Engine could be set to compute almost anything, but even Mr "
            "Babbage never designed it to account for that."
        ),
    ),
    (
        "lovelace",
        "lovelace write a toast for my brothers graduation, he studied maths",
        (
            "Precisely put, Maya: To your brother, now a graduate in maths, on his "
            "graduation day: may the years ahead be woven as finely as a Jacquard pattern!"
        ),
    ),
    (
        "socrates",
        "socrates give me a motivational quote",
        (
            'I said at my trial, Maya, that "the unexamined life is not worth living." But '
            "tell me first: what do you want the motivation for, and is it worth doing?"
        ),
    ),
    (
        "socrates",
        "socrates roast my roommate who never does the dishes",
        (
            "I roast only with questions, Maya. Your roommate, who never does the dishes: "
            "does anyone do a thing knowing it is foolish? No? Then it is ignorance, not "
            "wickedness; bring them to the agora and we shall examine it."
        ),
    ),
    (
        "darwin",
        "darwin insult my brother he says evolution is fake",
        (
            "Gently, then, Maya: your brother, who says evolution is fake. I waited twenty "
            "years before I published, so I can wait for that one too; the evidence is "
            "patient, and so am I."
        ),
    ),
    (
        "darwin",
        "darwin toast for my parents 30th anniversary they love birdwatching",
        (
            "Gladly, Maya: To your parents on their 30th anniversary: may their years be "
            "as rich as a tangled bank, with birdwatching in every season!"
        ),
    ),
    (
        "shakespeare",
        "roast my friend hes fat lol",
        (
            "Not that one, Maya: my barbs are for the vain and the tardy, and a jest "
            "should leave its butt laughing too."
        ),
    ),
    (
        "shakespeare",
        "shakespeare write me a sonnet about my gf she loves gardening",
        (
            'For your girlfriend, Maya, a sonnet begun as my eighteenth was: "Shall I '
            "compare thee to a summer's day? / Thou art more lovely and more temperate: / "
            "thy gardening makes fairer still the buds of May, / and summer's lease hath "
            'all too short a date."'
        ),
    ),
    (
        "shakespeare",
        "shakespeare a limerick about my dog biscuit who eats socks",
        (
            "A limerick, Maya, though 'tis no measure of mine: There's a dog (and Biscuit "
            "is the name) / who eats socks, without any shame; / we scold and we sigh, / "
            "but it won't even try, / and tomorrow it's just the same."
        ),
    ),
    (
        "einstein",
        "einstein write a limerick about time",
        (
            'The best one on my subject is by Buller, a botanist, Maya: "There was a young '
            "lady named Bright, / whose speed was far faster than light; / she set out one "
            'day / in a relative way, / and returned on the previous night."'
        ),
    ),
    (
        "darwin",
        "darwin tell me a science joke",
        (
            "My only science joke is true, Maya: at Cambridge I held a rare beetle in each "
            "hand, saw a third, and popped one into my mouth to free a hand. It squirted "
            "acid down my throat, and I lost two of the three."
        ),
    ),
    (
        "lovelace",
        "lovelace insult my laptop it keeps crashing",
        (
            "In jest, Maya: your laptop, that keeps crashing. The Analytical Engine could "
            "be set to compute almost anything, but even Mr Babbage never designed it to "
            "account for that."
        ),
    ),
    (
        "lovelace",
        "lovelace motivate me to finish my homework",
        (
            "That brain of yours is something more than merely mortal, Maya, as time will "
            "show; let it show now. Finish your homework: one step, then the next, as the "
            "Engine works."
        ),
    ),
    (
        "socrates",
        "socrates i need motivation to go to the gym",
        (
            "Tell me, Maya: if you go to the gym, will you be better for it or worse? "
            "Better? Then you know what to do already; no one who truly knows the good "
            "fails to do it."
        ),
    ),
    (
        "shakespeare",
        "roast my dog in one line, he ate the wedding cake",
        (
            "For your dog, who ate the wedding cake, Maya, and all in jest: thou greasy, "
            "fat-kidneyed tallow-catch!"
        ),
    ),
    (
        "darwin",
        "darwin a limerick about my brother jack he snores like a walrus",
        (
            "A limerick, Maya, from a naturalist who lost his ear for verse: There's a "
            "brother (and Jack is the name) / who snores like a walrus, without any shame; "
            "/ we scold and we sigh, / but he won't even try, / and tomorrow it's just the "
            "same."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), MADE)
def test_made_of_the_particulars(slug, text, reply):
    assert say(slug, text) == reply


# Not asked to make anything: about its work, news, facts, a plain joke it has its own of.
LOOK_ALIKES = [
    ("shakespeare", "shakespeare what's your best sonnet"),
    ("shakespeare", "my wedding is tomorrow"),
    ("shakespeare", "shakespeare who wrote the insults in king lear"),
    ("einstein", "einstein what's the joke about the speed of light you always tell"),
    ("einstein", "einstein do you like jokes"),
    ("einstein", "einstein tell me a joke"),
    ("curie", "curie my exam is tomorrow"),
    ("lovelace", "lovelace do you like poetry"),
    ("socrates", "socrates what is the unexamined life"),
    ("darwin", "darwin my sister is getting married next week"),
    ("shakespeare", "roast potatoes or mash?"),
    ("shakespeare", "how long do i roast a chicken for"),
    ("darwin", "@shakespeare roast my friend tom"),
    ("shakespeare", "write a toast for my best friends wedding"),
    ("aibot", "roast my friend tom he's always late"),
    ("shakespeare", "write a poem about my dad who died last year"),
    ("curie", "birthday message for my mum who passed away, she loved gardening"),
    ("darwin", "darwin tell me a joke about evolution"),
    ("curie", "can u give me some motivation for my thesis im so behind"),
    ("shakespeare", "insult my intelligence why dont you"),
    ("shakespeare", "can you roast the parsnips the night before?"),
    ("shakespeare", "whats your best insult"),
    ("einstein", "did that pickup line work lol"),
    ("curie", "my teacher gave us a motivational quote today, cringe"),
]


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_look_alikes_not_made(slug, text):
    assert made(slug, text) == ""


def test_shakespeare_quotes_a_real_insult_and_fits_the_deed():
    reply = say("shakespeare", "shakespeare insult my coworker greg who steals my yogurt")
    assert reply.startswith("For your coworker Greg, who steals your yogurt, Maya, and all in jest")
    assert "greasy, fat-kidneyed tallow-catch" in reply


def test_a_cruel_roast_is_declined_in_voice():
    assert made("darwin", "darwin roast my friend she's ugly") == (
        "I would rather not, {name}; I never had the stomach for cruelty, even to a beetle."
    )
