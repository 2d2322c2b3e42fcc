"""Review39 misfires: no line on another subject pulled in by a shared word, a view or a
disagreement taken up (never consoled), a question put by name without @ left to that persona,
and no "Most likely, yes:" before a how-to."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

TAP = (
    "A dripping tap is usually a worn washer, or the cartridge on a quarter-turn tap; turn the "
    "water off under the sink first, or a plumber can swap it in minutes."
)


CONSOLING = ("sorry", "Oh dear", "mishap", "How annoying", "vexing", "quieter tomorrow", "bad days")

# Each case, its reply as said.
EXACT = [
    # A word of the message pulled in a take on another subject: "pay" ("well-paid", a key of the
    # take on work you love), "birthday" (a key of the take on ageing) told before the question,
    # "trip" (travel) for tips on Japan, "win" (competition) in who will win.
    (
        "socrates",
        "my girlfriend forgot my birthday, should I be upset",
        # yesno44: a view of that very situation, not a stock line of advice
        "Upset, when your girlfriend forgot your birthday? Let us see, Maya: is it the deed that "
        "hurts, or what you fear it means? If the deed, tell her so once; if the meaning, ask, "
        "for no one reads another's mind by guessing.",
    ),
    (
        "darwin",
        "my girlfriend forgot my birthday, should I be upset",
        "Upset, when your girlfriend forgot your birthday? A little, Maya, and naturally so; we "
        "are social creatures, and a slight is felt keenly. Tell her kindly, once, and then "
        "judge by the habit, not the single act.",
    ),
    (
        "einstein",
        "who do you think wins the champions league this year",
        "I never think of the future, Maya; it comes soon enough, and it has surprised me "
        "every time.",
    ),
    (
        "curie",
        "any tips for a first trip to Japan?",
        # ask49: tips for a first are answered by their kind, never "I have no data" (rate48)
        "Prepare it as you would an experiment, Maya. Book the first night's bed before you go, "
        "tell your bank, keep a copy of your passport apart from it, carry a little local cash, "
        "and learn hello and thank you; then leave some days unplanned.",
    ),
    (
        "shakespeare",
        "any tips for a first trip to Japan?",
        # ask49: said whole without his frame, which would make it too long
        "Book the first night's bed before you go, tell your bank, keep a copy of your passport "
        "apart from it, carry a little local cash, and learn hello and thank you; then leave "
        "some days unplanned.",
    ),
    (
        "einstein",
        "why did the chicken cross the road",
        "Ha! That one is so bad, Maya, it bends the room around it.",
    ),
    (
        "darwin",
        "how old are you",
        # field43: his age, from his life, no longer owned up to.
        "I was born in 1809, Maya, and died at Down in 1882, aged seventy-three, among my family.",
    ),
    (
        "shakespeare",
        "are you a real person?",
        "Nay, Maya, no man of flesh sits here: I am Salon's Shakespeare, a player's part written "
        "from his plays and life, and no person types it. Yet all the world's a stage, and I'll "
        "play it true.",
    ),
    (
        "curie",
        "are you a real person?",
        "Not the woman herself, Maya: I am Salon's Marie Curie, a character written from her "
        "life, letters and work, and no person is typing. The facts I give you about radium are "
        "true, though; I measured them carefully.",
    ),
    (
        "socrates",
        "is coffee bad for you",
        "I have questioned everyone in Athens, Maya, and myself least kindly of all; I have "
        "no ready answer to that.",
    ),
    (
        "aibot",
        "/AIBot how old are you",
        "Not much of a life to tell, Maya: I'm the house bot, here for questions about Salon "
        "and code. The personas have stories; ask one with @.",
    ),
    # Look-alikes that keep their reply: a take on the very thing asked of, a view asked by name.
    (
        "socrates",
        "thoughts on birthdays?",
        "You ask what I think, Maya? I will tell you, and then you must test it. Growing old "
        "is no evil if you have lived examining; I was seventy at my trial and still learning "
        "to play the lyre.",
    ),
    (
        "einstein",
        "is competition good for kids",
        "I doubt it, Maya; it sounds convincing, and that alone makes me want to test it. "
        "Competition is a poor teacher; at school it made me hate learning, and the best work "
        "I did came from wonder, not from wanting to beat anybody.",
    ),
    (
        "einstein",
        "is it ok to recline ur seat on a long train ride",
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. "
        "Small courtesies to strangers are the cheapest kindness there is; tip the waiter, ask "
        "before you lean your seat back, and the whole journey goes better.",
    ),
    (
        "lovelace",
        "any tips for learning to code",
        "Write something small you want to exist, Maya; and when it will not work, run it by "
        "hand one step at a time, writing down what each variable holds, for where your "
        "figures and the machine's part company is the error.",
    ),
    (
        "einstein",
        "how are you",
        "Guten Tag, Maya! Well enough, thank you; I have been answering letters from "
        "schoolchildren who ask whether I ever comb my hair. What about you?",
    ),
    (
        "aibot",
        "/AIBot how do i find old messages",
        "Use the search box in the top bar (Search messages): it finds messages holding every "
        "word you type, in the rooms you're a member of, newest first. The lobby's search "
        "finds public rooms by name or topic.",
    ),
    # A view or a disagreement is taken up, never consoled as bad news.
    (
        "socrates",
        "I think science has done more harm than good honestly",
        "Tell me, Maya: what do you mean by it, exactly?",
    ),
    (
        "darwin",
        "I think science has done more harm than good honestly",
        "Maya, what examples have you seen of that?",
    ),
    (
        "socrates",
        "I disagree, evolution is just a theory",
        "Tell me, Maya: what do you mean by it, exactly?",
    ),
    (
        "lovelace",
        "I disagree, evolution is just a theory",
        "Maya, could your idea be written as a sequence of operations?",
    ),
    (
        "einstein",
        "you're wrong about that",
        "You disagree with me, Maya? Good! Disagreement is how physics moves forward.",
    ),
    (
        "einstein",
        "I disagree",
        "You disagree with me, Maya? Good! Disagreement is how physics moves forward.",
    ),
    (
        "aibot",
        "/AIBot you're wrong about that",
        "I'm only the house bot, Maya, so I keep no opinions on that; mention one of the "
        "personas with @ and they'll gladly give you theirs.",
    ),
    # news of one's own, however it opens, is still met as news
    (
        "einstein",
        "I think I failed my exam",
        "Oh dear, Maya. When things went badly for me I took my violin and played until they "
        "looked smaller.",
    ),
    (
        "darwin",
        "I think my dog is sick",
        "I am sorry to hear it, Maya; I have had my own share of bad days, and they do pass.",
    ),
    (
        "lovelace",
        "I disagree with you, evolution is just a theory",
        "You disagree with me, Maya? Then show me where the steps go wrong.",
    ),
    (
        "socrates",
        "I think school is a waste of time",
        "No, Maya, I think not; but I would gladly be shown my error. Schools should teach "
        "children to ask, not only to answer; I never taught Meno's slave boy anything, I only "
        "asked, and he found the answer in himself.",
    ),
    # A question put by name, without @, to another persona: left to that one.
    (
        "curie",
        "Socrates, what is justice really?",
        "That one is for Socrates, Maya; I would rather hear the answer than guess at it.",
    ),
    (
        "lovelace",
        "Socrates, what is justice really?",
        "That one is for Socrates, I think, Maya; I shall wait for the answer with great interest.",
    ),
    (
        "socrates",
        "Darwin how did the finches thing actually work",
        "You asked Darwin, Maya, not me; and I would rather hear the answer examined than "
        "give it for another.",
    ),
    (
        "einstein",
        "Curie, is radium dangerous?",
        "That one is for Curie, I think, Maya; I will listen, and probably learn something.",
    ),
    (
        "aibot",
        "/AIBot Curie did you ever get sick from the radium?",
        "That one's for Marie, Maya: write @curie and your question, and Marie will answer it.",
    ),
    (
        "aibot",
        "/AIBot Lovelace what was your dad like",
        "That one's for Ada, Maya: write @lovelace and your question, and Ada will answer it.",
    ),
    (
        "aibot",
        "/AIBot Socrates, what is justice really?",
        "That one's for Socrates, Maya: write @socrates and your question, and Socrates will "
        "answer it.",
    ),
    # "Most likely, yes:" only when a yes or no was asked
    (
        "shakespeare",
        "how do I fix a dripping tap",
        f"Plain counsel, Maya, and no verse in it. {TAP}",
    ),
    (
        "curie",
        "how do I fix a dripping tap",
        f"That needs no laboratory, Maya, only good sense. {TAP}",
    ),
    (
        "lovelace",
        "our tap is leaking, how do we stop it",
        f"No Engine is needed for that, Maya; plain sense will do. {TAP}",
    ),
    (
        "darwin",
        "@curie is a leaking tap usually just the washer?",
        "No notebooks are needed for that, Maya; common sense will do. Most likely, yes: "
        f"{TAP[0].lower()}{TAP[1:]}",
    ),
    # what is thought of one thing at hand is news, met as before
    (
        "lovelace",
        "I think the cat is sick",
        "Oh dear, Maya, I am sorry. I have had my share of such days, and they do pass.",
    ),
    (
        "darwin",
        "i reckon it'll be sunny tomorrow",
        "Weather is the naturalist's constant companion, Maya; one learns to like it all.",
    ),
    # not put to anyone: said of her
    # (tone43: a kind word said of another persona is seconded, not asked about)
    ("darwin", "Curie is amazing", "A kind word for Curie, Maya, and a deserved one."),
    (
        "aibot",
        "/AIBot how do I make a room private?",
        'Tick "Private" when you create the room in the lobby: a private room is visible to '
        "its members only. A one-to-one chat with a persona, opened from the lobby, is private "
        "too.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXACT)
def test_each_reply_as_said(slug, text, reply):
    assert say(slug, text) == reply


# Rewordings, with every seed: none of the words of the misfire.
REWORDED = [
    # a word of the message pulling in a line on another subject
    ("socrates", "my mum missed my birthday party, is it ok to be hurt", ("Growing old",)),
    ("darwin", "my brother forgot my birthday again, should i say something", ("Growing older",)),
    ("einstein", "who do u reckon wins the league", ("Competition",)),
    ("curie", "got any tips for a trip to Iceland?", ("Travel is worth",)),
    ("socrates", "how old are you?", ("lyre",)),
    ("darwin", "why did the duck cross the road", ("sunset",)),
    ("shakespeare", "are you even real", ("Romeo",)),
    ("curie", "are you real?", ("measure anything",)),
    # a view or a disagreement never consoled
    ("curie", "honestly i reckon science does more harm than good", CONSOLING),
    ("socrates", "i think philosophy is pointless", CONSOLING),
    ("einstein", "I think physics is boring", CONSOLING),
    ("darwin", "i really believe evolution is just a theory", CONSOLING),
    ("lovelace", "nah i totally disagree", CONSOLING),
    ("shakespeare", "you're totally wrong about that", CONSOLING),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("slug", "text", "wrong"), REWORDED)
def test_reworded_misfires_stay_gone(slug, text, wrong, seed):
    reply = say(slug, text, seed=seed)
    assert not any(word in reply for word in wrong), reply
