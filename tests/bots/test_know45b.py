"""Shakespeare and Socrates answer what people really ask them (know45b).

The blind rating rate44 scored both low where a specific question got a stock line met on one
of its words, or a dodge, though the character could plainly answer it: "show me iambic
pentameter" got a definition, "taylor swift writes songs about her exes, same as ur sonnets?"
a sonnet recipe, "hemlock... regrets? 💀" a line on laughing, "is social media bad" a
shoemaker's dodge. Mended by `#know` and `#work` lines keyed on the words people use for each
question (their lives, their work explained and shown, everyday asks they have a view on), a
trouble told with no question (bots/know45b.py: "my dad wants me to marry someone i dont love",
"im scared of dying"), and a question put after a colon with no question mark.
Look-alikes sharing a word ("what time does the play finish tonight", "my parents want me home
by 10 but i want to stay out") get none of them."""

from __future__ import annotations

import pytest

from bots.know45b import asked_after_colon, told
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, message, history as (author, text), the exact reply)
CASES = [
    (
        "shakespeare",
        "whats ur proudest play honestly",
        (),
        "Hamlet, Maya, if a man may be proud of a son made of ink. Off the stage, of the coat"
        " of arms I won for my father in 1596, and of New Place, the second-biggest house in "
        "Stratford, bought the year after.",
    ),
    (
        "shakespeare",
        "whats ur favourite of ur own sonnets",
        (),
        'Sonnet 116, Maya: "Let me not to the marriage of true minds admit impediments; love '
        'is not love which alters when it alteration finds." Though I have a soft spot for '
        "130, where my mistress' eyes are nothing like the sun.",
    ),
    (
        "shakespeare",
        "can u explain what a soliloquy is with an example",
        (),
        "A soliloquy is a character alone on stage thinking aloud, Maya, so we hear what he "
        'hides from all the rest: Hamlet\'s "To be, or not to be", or Macbeth\'s "Is this a '
        'dagger which I see before me?"',
    ),
    (
        "shakespeare",
        "what's the difference between a comedy and a tragedy in ur plays",
        (),
        "A comedy ends in weddings and a tragedy in funerals, Maya: Twelfth Night's lost "
        "twins are found and married off; Hamlet's stage is strewn with the dead. The same "
        "troubles can go either way; the ending names the play.",
    ),
    (
        "shakespeare",
        "why do so many of ur characters dress up as boys",
        (),
        "Because my women were played by boys, Maya: a boy playing a girl playing a boy was a"
        " joke the whole house was in on. And in breeches Rosalind, Viola and Portia can go "
        "where a woman could not, and say what she could not.",
    ),
    (
        "shakespeare",
        "is othello racist",
        (),
        "The play shows the hatred more than it shares it, Maya: Iago and Brabantio sneer at "
        '"the Moor", yet Othello is the noblest man in Venice till Iago poisons him. I made '
        "the Moor the hero and his hater the villain.",
    ),
    (
        "shakespeare",
        "can you show me a couplet",
        (),
        'Two rhyming lines that close a thing, Maya: "So long as men can breathe, or eyes can'
        ' see, / So long lives this, and this gives life to thee." That is how Sonnet 18 '
        "ends.",
    ),
    (
        "shakespeare",
        "@shakespeare my english teacher says iambic pentameter is like a heartbeat?? can u "
        "show me what she means",
        (),
        'Hear it, Maya: "But SOFT, what LIGHT through YONder WINdow BREAKS?" Ten syllables, '
        "soft then strong five times, da-DUM da-DUM da-DUM da-DUM da-DUM, like a heartbeat.",
    ),
    (
        "shakespeare",
        "@shakespeare is romeo and juliet romantic or just two teenagers being dumb for 3 days",
        (),
        "Both, Maya, and I meant both: the love is true and the haste is foolish. They wed "
        'the day after they meet, and the Friar warns them, "Wisely and slow; they stumble '
        'that run fast."',
    ),
    (
        "shakespeare",
        "shakespeare what do u think of taylor swift writing songs about her exes, same "
        "energy as ur sonnets?",
        (("tom", "as is tradition"),),
        "Same trade, Maya, and I was harsher: my last sonnets are to a Dark Lady I loved "
        'against my judgement, whom I swore fair and found "as black as hell, as dark as '
        "night\". The art is to make the wound everyone's.",
    ),
    (
        "shakespeare",
        "@shakespeare how do i tell my best friend i don't like her boyfriend without ruining"
        " everything",
        (),
        "Speak as a friend, Maya, once and gently, of what you saw and not what you suspect, "
        "then let her choose; she may be cross with the messenger a while. A friendship that "
        "cannot bear one honest word was only flattery.",
    ),
    (
        "shakespeare",
        "why did juliet fake her death thats so dumb",
        (("tom", "we're doing romeo and juliet this term"),),
        "To escape marrying Paris, Maya: she was already Romeo's wife. The Friar's potion "
        "made her seem dead for two and forty hours, and Romeo was to fetch her from the "
        "tomb; but the letter telling him never came.",
    ),
    (
        "shakespeare",
        "why is lear so mean to cordelia",
        (("tom", "im reading king lear"),),
        "Because she will not flatter him, Maya: her sisters swear they love him more than "
        'eyesight, and Cordelia loves him "according to my bond, no more nor less". A proud '
        "old man took plain truth for coldness.",
    ),
    (
        "shakespeare",
        "my dad wants me to marry someone i dont love",
        (),
        "Juliet's father and Hermia's both tried it, Maya, and in both plays the young were "
        'right: "I would my father look\'d but with my eyes." Tell them plainly and kindly you'
        " will not marry without love.",
    ),
    (
        "socrates",
        "do you regret not escaping prison when crito offered",
        (),
        "No, Maya: when Crito had bribed the guard and begged me to flee, I asked whether a "
        "man who has lived seventy years under the laws of Athens may break them the day they"
        " go against him. I stayed.",
    ),
    (
        "socrates",
        "why did athens put you on trial",
        (),
        "Impiety and corrupting the young, Maya, said the charge; the grudge was older. "
        "Athens had lost its war, and Critias and Alcibiades, once my companions, had done it"
        " harm. Five hundred jurors condemned me in 399.",
    ),
    (
        "socrates",
        "can you give me an example of a socratic question",
        (),
        "Here is one, Maya: you say courage is standing firm in battle; but is a man who "
        "stands firm from mere stubbornness brave? So I asked Laches, and his definition "
        "fell.",
    ),
    (
        "socrates",
        "@socrates is it wrong to lie to my grandma about being vegetarian so she stops "
        "cooking meat for me",
        (),
        "Let me ask you first, Maya: in her place, would you wish to be deceived? And is the "
        "lie for her kindness or your comfort? A truth told gently is usually the kinder "
        "gift.",
    ),
    (
        "socrates",
        "socrates how do i know if i'm actually happy or just busy",
        (("leo", "but like i'm fine"),),
        "Examine it, Maya: stop for a day; if you miss the work and not the rest, ask why. "
        'Busyness can be a way of never hearing "what is all this for?", and the happy man '
        "can answer it.",
    ),
    (
        "socrates",
        "@socrates give me a straight answer for once: is social media bad",
        (),
        "Let us test it, Maya: what does it do with your hours, and do you choose those "
        "hours, or do they choose you? A thing you go back to without wanting to is a master,"
        " not a tool.",
    ),
    (
        "socrates",
        "@socrates hemlock... regrets? 💀",
        (),
        "None, Maya: death is either a dreamless sleep or a journey where I may question "
        'Homer, and neither is an evil. My last words were a debt: "Crito, we owe a cock to '
        'Asclepius; pay it."',
    ),
    (
        "socrates",
        "im scared of dying",
        (),
        "To fear death, Maya, is to think oneself wise without being so, for no one knows it "
        "is not the greatest of blessings. It is either a dreamless sleep or a journey to "
        "good company; which of those frightens you?",
    ),
    (
        "socrates",
        "did you work out back then",
        (("tom", "we're at the gym lol"),),
        "I did, Maya: I haunted the gymnasia and wrestling schools, for that is where the "
        "young men were to talk to; and Xenophon says I danced alone in the mornings for my "
        "health, which made my friends laugh.",
    ),
    (
        "socrates",
        "how do i win an argument",
        (),
        "You ask the wrong man, Maya: I never wanted to win, only to find out what is true, "
        "and I would rather be refuted than refute. Ask your opponent questions until you "
        "both see what he means.",
    ),
    (
        "socrates",
        "whats the answer to the trolley problem",
        (),
        "Let us question it, Maya: if you pull the lever, do you kill the one, or merely save"
        " the five? And is doing a harm worse than allowing one? Answer me that, and you have"
        " your answer.",
    ),
    (
        "socrates",
        "whats the apology about in simple words",
        (("tom", "my teacher assigned the apology"),),
        "My defence at my trial, Maya, as Plato wrote it; apologia means defence, not sorry. "
        "I told the jury I was a gadfly stinging Athens awake, and that the unexamined life "
        "is not worth living.",
    ),
    (
        "shakespeare",
        "why did you write in old english",
        (),
        "Not Old English, Maya: that is Beowulf's tongue, six hundred years before me and "
        "more, and I could no more read it than you. Mine is Early Modern English, your own "
        "tongue four hundred years younger.",
    ),
    (
        "shakespeare",
        "whats ur least favourite play",
        (),
        "Titus Andronicus, Maya, my early bloodbath: a tongue cut out, two sons baked in a "
        "pie. The crowds loved it, and I learned from it that horror is cheap and grief is "
        "dear.",
    ),
]


@pytest.mark.parametrize(("slug", "message", "history", "reply"), CASES)
def test_answered(slug, message, history, reply):
    assert say(slug, message, history=[Line(a, t) for a, t in history]) == reply


@pytest.mark.parametrize(
    ("slug", "message", "not_in"),
    [
        ("shakespeare", "what time does the play finish tonight", "When nothing more can be cut"),
        ("shakespeare", "my sister is getting married next week!!", "Juliet's father"),
        ("socrates", "my parents want me home by 10 but i want to stay out", "what is a life for"),
        ("socrates", "my cat is scared of the vacuum lol", "to fear death"),
    ],
)
def test_look_alikes_not_met(slug, message, not_in):
    assert not_in not in say(slug, message)


def test_troubles_only_for_their_persona():
    assert told("shakespeare", "my brother and i havent spoken in 2 years over inheritance")
    assert not told("socrates", "my brother and i havent spoken in 2 years over inheritance")
    assert not told("einstein", "im scared of dying")
    assert told("socrates", "my parents want me to be a doctor but i want to be an artist")


def test_asked_after_colon():
    assert asked_after_colon("give me a straight answer for once: is social media bad")
    assert not asked_after_colon("update: finally finished my essay")
    assert not asked_after_colon("is social media bad")
