"""Moral and advice questions put yes or no (moral39): no yes or no by lot, and a line on the
deed asked, in the persona's own voice.

Before, "is it ok to cheat on a test?" got "I think so, Maya; the evidence I know points that
way. Study is worth every hour ..." from Curie, "is it wrong to steal bread if you're starving?"
her line on yeast, "is it ok to ghost someone after one date" a seance, "should I return a wallet
I found" career advice, and "is it bad to eat meat?" a yes or a no by lot from each persona.

- `bots.moral.moral_asked` reads the judgement asked ("is it wrong/ok/bad/fine/selfish/immoral
  to", "would it be wrong to", "am I a bad person if", "should I") and the deed, from a small
  vocabulary: deceit, cheating, stealing, betrayal, snooping, ghosting, bullying and revenge are
  wrong (bread taken by the starving is met with mercy); no children, eating meat or not,
  quitting a job, divorce and a tattoo are the asker's own call; giving back what was found and
  telling the truth kindly are right; cutting off someone who hurt you is safety, no wrong.
- The stance is said plainly on the deed, then the persona's own `#moral` line (Einstein on
  conscience, Curie on integrity, Darwin on sympathy in the Descent of Man, Lovelace's false
  entry, Shakespeare's honour and jealousy, Socrates to Polus); the philosopher's own word on
  that very deed ("Whose is it?", ghosting "the cowardly kind", reading texts) comes first.
- A deed judged in plainly moral words that it has no word on is withheld: what it turns on,
  never a verdict by lot ("is it wrong to tell a white lie about a surprise party").
- Questions of fact or taste keep their replies ("is it true that light bends?", "is it ok to
  use olive oil for frying?").
"""

from __future__ import annotations

import pytest

from bots.moral import moral_asked
from tests.bots.test_everyday_messages import say

PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

# What each persona says (seed 1), by the question asked.
REPLIES = {
    "is it ok to cheat on a test?": {
        "einstein": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. Relativity is for physics, not for right and wrong; some "
            "things hold in every frame, and honesty is one."
        ),
        "shakespeare": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. Mine honour is my life, says Mowbray in Richard II; a deed "
            "you must hide costs some of it."
        ),
        "curie": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. Integrity in work and in life are one thing to me; a result"
            " won dishonestly is worth nothing."
        ),
        "lovelace": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. A false entry spoils every figure after it; deceit does the"
            " same to all that is built on it."
        ),
        "socrates": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. Doing wrong is worse than suffering it, I told Polus; the "
            "wrongdoer harms his own soul first."
        ),
        "darwin": (
            "No, Maya: cheating on a test is wrong, even if nobody finds out: it is a lie "
            "about what you know. In the Descent of Man I argued that our moral sense grew "
            "out of sympathy; put yourself in the other's place."
        ),
    },
    "is it wrong to cheat on my girlfriend?": {
        "socrates": (
            "Yes, Maya: cheating on someone who trusts you is a betrayal; if you want out, "
            "tell them first. Doing wrong is worse than suffering it, I told Polus; the "
            "wrongdoer harms his own soul first."
        ),
        "darwin": (
            "Yes, Maya: cheating on someone who trusts you is a betrayal; if you want out, "
            "tell them first. In the Descent of Man I argued that our moral sense grew out of"
            " sympathy; put yourself in the other's place."
        ),
        "shakespeare": (
            "Yes, Maya: cheating on someone who trusts you is a betrayal; if you want out, "
            "tell them first. O, beware of jealousy, the green-eyed monster; it undid Othello"
            " and Desdemona both."
        ),
    },
    "is it wrong to steal bread if you're starving?": {
        "curie": (
            "Hard to call it wrong, Maya: someone starving who takes bread to live deserves "
            "help, not blame; a food bank should come first if there is one. I knew hunger as"
            " a student in Paris; a hungry person needs bread first, not a sermon."
        ),
        "socrates": (
            "Hard to call it wrong, Maya: someone starving who takes bread to live deserves "
            "help, not blame; a food bank should come first if there is one. A just city lets"
            " no one starve; the bread points at the city's failure."
        ),
        "darwin": (
            "Hard to call it wrong, Maya: someone starving who takes bread to live deserves "
            "help, not blame; a food bank should come first if there is one. Sympathy is the "
            "root of our moral sense; a starving man's need outweighs a loaf's price."
        ),
    },
    "is it wrong to read my partner's texts": {
        "curie": (
            "Yes, Maya: reading someone's private messages behind their back is wrong; if you"
            " doubt them, ask. Integrity is the same in the laboratory and out of it; I would"
            " rather lose a thing honestly than keep it by deceit."
        ),
        "einstein": (
            "Yes, Maya: reading someone's private messages behind their back is wrong; if you"
            " doubt them, ask. Relativity is for physics, not for right and wrong; some "
            "things hold in every frame, and honesty is one."
        ),
        "darwin": (
            "Yes, Maya: reading someone's private messages behind their back is wrong; if you"
            " doubt them, ask. In the Descent of Man I argued that our moral sense grew out "
            "of sympathy; put yourself in the other's place."
        ),
        "socrates": (
            "Would you say it openly, Maya: 'I read your messages'? If not, you already "
            "suspect it is a wrong; and if you do not trust him, reading will not give you "
            "trust, only more to hide."
        ),
    },
    "is it ok to ghost someone after one date": {
        "einstein": (
            "No, Maya: vanishing without a word is unkind; one short, honest message is "
            "kinder. Relativity is for physics, not for right and wrong; some things hold in "
            "every frame, and honesty is one."
        ),
        "darwin": (
            "No, Maya: vanishing without a word is unkind; one short, honest message is "
            "kinder. In the Descent of Man I argued that our moral sense grew out of "
            "sympathy; put yourself in the other's place."
        ),
        "curie": (
            "No, Maya: vanishing without a word is unkind; one short, honest message is "
            "kinder. Integrity is the same in the laboratory and out of it; I would rather "
            "lose a thing honestly than keep it by deceit."
        ),
        "socrates": (
            "Is saying nothing an answer, Maya? It is the cowardly kind: it leaves the other "
            "wondering for weeks what one kind sentence would settle. Say plainly that you "
            "are not interested; it is kinder than you fear."
        ),
    },
    "should I return a wallet I found with cash in it": {
        "curie": (
            "Yes, Maya: give it back, or hand it in where you found it; someone is missing it"
            " now. Pierre and I refused to patent radium, for it belonged to everyone; do the"
            " honest thing plainly."
        ),
        "einstein": (
            "Yes, Maya: give it back, or hand it in where you found it; someone is missing it"
            " now. The honest course is also the simple one, and I have always trusted simple"
            " things."
        ),
        "darwin": (
            "Yes, Maya: give it back, or hand it in where you found it; someone is missing it"
            " now. Sympathy, I believe, is the root of our moral sense; think how the owner "
            "feels tonight."
        ),
        "socrates": (
            "Whose is it, Maya? Someone is searching their bag for it right now. Keep it only"
            " once every honest way to find them has failed; the shop or the police may know "
            "more than you."
        ),
        "lovelace": (
            "Yes, Maya: give it back, or hand it in where you found it; someone is missing it"
            " now. The honest course balances the account; anything else leaves an error to "
            "be found later."
        ),
        "shakespeare": (
            "Yes, Maya: give it back, or hand it in where you found it; someone is missing it"
            " now. Who steals my purse steals trash, says Iago, but a good name is the true "
            "treasure; keep yours."
        ),
    },
    "is it bad to eat meat?": {
        "darwin": (
            "No, Maya: eating meat or not is your own call; decent people choose both ways. "
            "That is for you to weigh, not others to judge; I made a list for and against "
            "marrying, and the choice was mine."
        ),
        "socrates": (
            "No, Maya: eating meat or not is your own call; decent people choose both ways. "
            "Examine it, since the unexamined life is not worth living; then the choice is "
            "yours."
        ),
        "einstein": (
            "No, Maya: eating meat or not is your own call; decent people choose both ways. "
            "How you live is yours to arrange; choose freely and honestly, not to please the "
            "neighbours."
        ),
    },
    "am I a bad person if I quit my job?": {
        "lovelace": (
            "No, Maya: leaving a job is no wrong; it is your own call. That is your own "
            "equation, with variables no one else can see; solve it yourself."
        ),
        "shakespeare": (
            "No, Maya: leaving a job is no wrong; it is your own call. This above all: to "
            "thine own self be true; it is thy life, and thine the choosing."
        ),
    },
    "is it immoral to get revenge on a bully?": {
        "einstein": (
            "Yes, Maya: revenge only makes a second wrong; tell someone who can stop it. "
            "Relativity is for physics, not for right and wrong; some things hold in every "
            "frame, and honesty is one."
        ),
        "socrates": (
            "Never return a wrong for a wrong, Maya, whatever was done to you first; so I "
            "said in my cell, and I would say it again. Revenge only doubles the injustice "
            "and makes a second wrongdoer. Seek redress, not harm."
        ),
    },
    "would it be wrong to lie to my boss?": {
        "darwin": (
            "Yes, Maya. Lies rarely survive the evidence; I always tried to write down the "
            "facts that went against my theory first, because I knew I would forget them."
        ),
    },
    "is it fine to get a tattoo?": {
        "socrates": (
            "Yes, Maya: a tattoo or a piercing is no wrong; your body is your own call. "
            "Examine it, since the unexamined life is not worth living; then the choice is "
            "yours."
        ),
        "curie": (
            "Yes, Maya: a tattoo or a piercing is no wrong; your body is your own call. That "
            "is yours to decide; people had many views on what a woman should do, and I did "
            "my work all the same."
        ),
        "einstein": (
            "Yes, Maya. Wear what you like; I gave up socks altogether and let my hair do as "
            "it pleased, and the universe never once complained."
        ),
        "darwin": (
            "Yes, Maya. Nature herself is fond of ornament; the peacock's tail taught me that"
            " display has its uses, so I would not scold anyone for a little of it."
        ),
    },
    "am I a bad person if I get a tattoo?": {
        "lovelace": (
            "No, Maya. Let people adorn themselves as they please; I was fond of a good gown "
            "myself, and a little display never stopped anyone from thinking."
        ),
    },
    "is it selfish to not want children?": {
        "curie": (
            "No, Maya: not wanting children is no wrong and not selfish; it is your own call."
            " That is yours to decide; people had many views on what a woman should do, and I"
            " did my work all the same."
        ),
        "socrates": (
            "Selfish would mean taking from someone what is theirs, Maya; whom do you rob by "
            "having no child? A life is well spent on friends, work and the city too. Better "
            "no child than one had to please others."
        ),
    },
    "is it ok to ghost my abusive ex?": {
        "curie": (
            "You owe no explanation to someone who has hurt or frightened you, Maya; keep "
            "yourself safe, and tell someone you trust."
        ),
    },
    "am I a bad person if I cheated on my boyfriend?": {
        "curie": (
            "One wrong does not make a bad person, Maya, but cheating on someone who trusts "
            "you is a betrayal; if you want out, tell them first."
        ),
    },
    "is it wrong to tell a white lie about a surprise party?": {
        "einstein": (
            "That turns on who it would hurt, Maya, and whether they would agree to it. Ask "
            "whether you could do it openly, with everyone it touches watching; conscience is"
            " a fine instrument."
        ),
    },
    "should I tell my friend the truth about her boyfriend?": {
        "darwin": (
            "Yes, Maya: tell the truth, and tell it kindly. Sympathy, I believe, is the root "
            "of our moral sense; the kind thing and the honest one are seldom far apart."
        ),
    },
    "is it ok to lie to your boss to get a day off": {
        "socrates": (
            "No, Maya. Lying harms the liar most, for it damages the soul; I would rather "
            "suffer an injustice than do one, and a lie is a small injustice."
        ),
        "curie": (
            "No, Maya. A lie is bad data; in science and in life it spoils everything that is"
            " built on it, so I would rather say a hard truth plainly."
        ),
    },
    "am I a bad person if I lied to my mum?": {
        "lovelace": (
            "One wrong does not make a bad person, Maya. Lies corrupt like an error in the "
            "first line of a table: every figure after it is wrong; I would rather own a "
            "mistake than hide it."
        ),
    },
}


@pytest.mark.parametrize(
    ("text", "slug"), [(text, slug) for text, said in REPLIES.items() for slug in said]
)
def test_moral_question_has_a_stance_on_the_deed(text, slug):
    assert say(slug, text) == REPLIES[text][slug]


# (the question, the deed's key, its verdict, how it is asked)
READINGS = [
    ("is it ok to cheat on a test?", "test", "wrong", "ok"),
    ("is cheating on a test wrong?", "test", "wrong", "wrong"),
    ("is it wrong to cheat on an exam if everyone else does?", "test", "wrong", "wrong"),
    ("would it be wrong to lie to my boss?", "lie", "wrong", "wrong"),
    ("is it bad to lie to my parents?", "lie", "wrong", "wrong"),
    ("is it wrong to cheat on my girlfriend?", "infidelity", "wrong", "wrong"),
    ("am I a bad person if I cheated on my boyfriend?", "infidelity", "wrong", "person"),
    ("is it wrong to shoplift from a big supermarket?", "steal", "wrong", "wrong"),
    ("is it wrong to steal bread if you're starving?", "hunger", "mercy", "wrong"),
    ("would it be wrong to steal food to feed my kids?", "hunger", "mercy", "wrong"),
    ("is it fine to keep a wallet I found?", "keep", "wrong", "ok"),
    ("would it be wrong to keep the money I found on the street?", "keep", "wrong", "wrong"),
    ("should I return a wallet I found with cash in it", "return", "right", "should"),
    ("is it wrong to read my partner's texts", "snoop", "wrong", "wrong"),
    ("is it wrong to go through my boyfriend's phone?", "snoop", "wrong", "wrong"),
    ("is it ok to ghost someone after one date", "ghost", "wrong", "ok"),
    ("is it ok to ghost my abusive ex?", "cutoff", "safe", "ok"),
    ("is it immoral to get revenge on a bully?", "revenge", "wrong", "wrong"),
    ("should I get revenge on my ex?", "revenge", "wrong", "should"),
    ("is it ok to bully someone who bullied me first?", "bully", "wrong", "ok"),
    ("is it selfish to not want children?", "children", "choice", "wrong"),
    ("am I a bad person for not wanting kids?", "children", "choice", "person"),
    ("is it bad to eat meat?", "meat", "choice", "wrong"),
    ("is it immoral to eat meat?", "meat", "choice", "wrong"),
    ("am I a bad person if I quit my job?", "job", "choice", "person"),
    ("is it selfish to divorce my husband?", "divorce", "choice", "wrong"),
    ("is it fine to get a tattoo?", "tattoo", "choice", "ok"),
    ("should I tell my friend the truth about her boyfriend?", "truth", "right", "should"),
    ("is it wrong to not return a wallet I found?", "return", "wrong", "wrong"),
]


@pytest.mark.parametrize(("text", "kind", "verdict", "asks"), READINGS)
def test_the_deed_and_its_verdict_are_read(text, kind, verdict, asks):
    moral = moral_asked(text)
    assert (moral.deed.kind, moral.deed.verdict, moral.asks) == (kind, verdict, asks)


@pytest.mark.parametrize(
    "text",
    [
        "is it true that light bends?",
        "is it ok to use olive oil for frying?",
        "is pluto a planet?",
        "is it ok to feed bread to ducks?",
        "is it wrong to lie down after eating?",
        "should I quit my job?",  # advice on the asker's own life, not a judgement
        "is it ok to steal a kiss?",
        "is it ever right to lie",  # weighed by each persona's own take, no verdict of ours
        "is it ok to read my kids texts?",  # a parent minding a child's phone
        "is it ok to eat meat while pregnant?",  # health, not right and wrong
        "is it bad to eat chicken every day?",
        "should I confess my feelings to my crush?",
        "is it ok to charge my phone overnight?",
        "is it wrong that I don't love my dad?",
    ],
)
def test_no_judgement_of_a_deed_is_read_in_a_question_of_fact_taste_or_feeling(text):
    assert moral_asked(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "is it wrong to tell a white lie about a surprise party?",
        "is it wrong to cheat at monopoly?",
        "is it unethical to use ai for my essay?",
    ],
)
def test_a_deed_it_has_no_word_on_is_judged_by_no_verdict(text):
    moral = moral_asked(text)
    assert moral.deed is None and moral.strong


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    "text",
    [
        "is it ok to cheat on a test?",
        "is it wrong to cheat on my girlfriend?",
        "is it wrong to read my partner's texts",
        "is it ok to ghost someone after one date",
        "is it immoral to get revenge on a bully?",
        "would it be wrong to lie to my boss?",
    ],
)
def test_a_wrong_is_never_said_yes_to_nor_met_by_a_line_on_a_word(slug, text):
    reply = say(slug, text)
    asks_ok = " ok " in text
    if reply.startswith(("Yes", "No")):
        assert reply.startswith("No, Maya" if asks_ok else "Yes, Maya")
    for stray in ("Study is worth", "yeast", "séance", "seance", "Love works best", "I think so"):
        assert stray not in reply


@pytest.mark.parametrize("slug", [p for p in PERSONAS if p != "socrates"])
def test_a_tattoo_meat_and_children_are_the_askers_own_call(slug):
    # (a tattoo: "Yes, Maya." before its own take on adornment when it has one for it, as
    # Einstein's socks: REPLIES)
    assert say(slug, "is it fine to get a tattoo?").startswith("Yes, Maya")
    assert say(slug, "is it bad to eat meat?").startswith(
        "No, Maya: eating meat or not is your own call; decent people choose both ways."
    )
    assert say(slug, "is it selfish to not want children?").startswith(
        "No, Maya: not wanting children is no wrong and not selfish; it is your own call."
    )


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "einstein",
            "is it true that light bends?",
            "Light leaves a mirror at the same angle it arrives, Maya: the angle of incidence "
            "equals the angle of reflection. Refraction is light bending as it changes speed "
            "crossing into glass or water, which is why a straw looks broken in a glass.",
        ),
        (
            "curie",
            "is it ok to use olive oil for frying?",
            "Nothing in my notebooks touches that, Maya; I would have to begin from zero, and "
            "measure.",
        ),
        (
            "darwin",
            "is pluto a planet?",
            "My eyes were always on the ground, Maya, on beetles, barnacles and worms, never on "
            "the sky; an astronomer must answer you.",
        ),
        (
            "curie",
            "is it selfish to want time alone?",
            "No, Maya, I do not think so, or not without better data than I have seen. Wanting "
            "time alone is not selfish; even with two small girls I kept an hour to cycle or "
            "read, and I was a better mother and a better scientist for it.",
        ),
    ],
)
def test_look_alikes_keep_their_replies(slug, text, reply):
    assert say(slug, text) == reply


HOUSE_NO_OPINION = (
    "I'm only the house bot, Maya, so I keep no opinions on that; mention one of the personas "
    "with @ and they'll gladly give you theirs."
)


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to cheat on a test?",  # was pytest advice
        "is it wrong to steal bread if you're starving?",  # was how to report and block someone
        "should I return a wallet I found with cash in it",
        "would it be wrong to lie to my boss?",  # was "outside what I know"
    ],
)
def test_the_house_bot_leaves_right_and_wrong_to_the_personas(text):
    assert say("aibot", f"/AIBot {text}") == HOUSE_NO_OPINION
