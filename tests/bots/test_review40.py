"""review40: what a read-only review of session 40's new lines found, mended.

Lines keyed too broadly answered someone's own trouble with the persona's life: "I'm scared my
mum is dying" got Einstein refusing his operation, a sick baby got Lovelace's laudanum, phone
radiation got Curie's death by radium, "I feel down every day" got Darwin's timetable, "my
boyfriend said my looks were ugly" got Socrates' boast of his ugliness, a husband's affair got
Langevin, weakness in an arm got interview advice. Each line now needs to be asked of the
persona itself (or of its subject), and each still answers when it is.
"""

import pytest

from tests.bots.test_everyday_messages import say

NOT_THEIRS = [
    ("curie", "@curie how should i handle the weakness in my left arm since this morning",
     "sink the job"),
    ("einstein", "@einstein I'm scared my mum is dying, what do you think?",
     "refused the operation"),
    ("lovelace", "@lovelace I'm scared my baby is sick, what do you think?", "laudanum"),
    ("lovelace", "@lovelace my little girl is sick with a fever, can you help?", "paralysed"),
    ("curie", "@curie are you worried about radiation from 5g masts?", "fingers cracked"),
    ("darwin", "@darwin I feel down every day, can you help?", "Work from eight"),
    ("socrates", "@socrates my boyfriend said my looks were ugly, what do you think?",
     "famously ugly"),
    ("lovelace", "@lovelace what does it mean when my kidney function is low", "double it and add"),
    ("darwin", "@darwin how do i get rid of mildew on my bathroom ceiling", "thin the plants"),
    ("socrates", "@socrates what do you think of the execution of our marketing plan?",
     "What is punishment for"),
    ("einstein", "@einstein my twins are 3, what age should they start reading?", "One twin flies"),
    ("curie", "@curie do you think my body is still fighting the flu?", "buried at Sceaux"),
    ("lovelace", "@lovelace I love my kids, can you help me plan a party", "Not as close"),
    ("aibot", "/AIBot what is the best board game to play with 4 people?", "two truths"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "never"), NOT_THEIRS)
def test_someones_own_trouble_gets_no_line_of_the_personas_life(slug, text, never):
    assert never not in say(slug, text)


ASKED_OF_IT = [
    ("einstein", "@einstein are you afraid of dying?", "No, Maya. In 1955, in hospital"),
    ("lovelace", "@lovelace were you ill as a child?", "Often, Maya: at thirteen measles"),
    ("lovelace", "lovelace is it true you were paralysed as a girl", "Often, Maya: at thirteen"),
    ("curie", "@curie did you know radium was killing you?", "Not for a long time, Maya"),
    ("darwin", "@darwin what was a typical day at down house like", "Work from eight"),
    ("socrates", "@socrates is it true you were really ugly lol", "I was famously ugly"),
    ("lovelace", "@lovelace what is a function in maths", "A rule that takes a number"),
    ("darwin", "darwin what causes powdery mildew", "A fungus, Maya"),
    ("socrates", "@socrates should we execute murderers", "What is punishment for, Maya"),
    ("socrates", "socrates is execution ever justified", "What is punishment for, Maya"),
    ("einstein", "@einstein whats the twin paradox", "One twin flies off"),
    ("curie", "curie is it true you were buried in a lead coffin", "I was buried at Sceaux"),
    ("lovelace", "@lovelace were you paid for your notes?", "Not a penny, Maya"),
    ("darwin", "darwin you sailed off for five years, weren't you terrified?",
     "Seasick more than frightened"),
    ("curie", "@curie how hard was it being a single mom?", "Hard, Maya: Pierre died"),
    ("einstein", "how do I answer 'what's your biggest weakness' in an interview",
     "Name a real weakness that won't sink the job"),
    ("aibot", "/AIBot suggest a game we can play in chat", "Try two truths and a lie"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "said"), ASKED_OF_IT)
def test_asked_of_the_persona_itself_the_line_still_answers(slug, text, said):
    assert said in say(slug, text)


FACTS = [
    ("curie", "@curie did you ever meet a king or queen", "Gustaf V of Sweden"),
    ("darwin", "@darwin did you and wallace get on", "he dedicated his Malay Archipelago to me"),
    ("shakespeare", "shakespeare what's the most tragic play you wrote",
     "at the end he carries her in dead"),
    ("einstein", "einstein what's the meaning of life",
     "not merely unfortunate but almost disqualified for life"),
    ("curie", "did your daughter win a nobel too?",
     "for making new radioactive elements artificially"),
    ("curie", "curie what do you think of nuclear bombs", "from splitting uranium and plutonium"),
    ("einstein", "@einstein did you ever meet a king or queen", "President Roosevelt"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "said"), FACTS)
def test_the_review_s_facts_are_said(slug, text, said):
    assert said in say(slug, text)


def test_carbon_monoxide_signs_say_to_call_an_ambulance():
    assert say("curie", "what are the symptoms of carbon monoxide poisoning") == (
        "Headache, dizziness, sickness and tiredness that ease outdoors, Maya. Get everyone into "
        "fresh air, turn the appliance off and call the gas emergency line; if anyone is drowsy "
        "or confused, call an ambulance."
    )


def test_a_forgotten_birthday_is_never_wished_happy():
    for slug in ("einstein", "shakespeare", "curie"):
        reply = say(slug, "my boyfriend forgot my birthday and i'm honestly gutted")
        assert "birthday" not in reply.lower() and "anniversaire" not in reply.lower(), reply


def test_darwin_names_his_ship():
    assert say("darwin", "darwin what was the name of your ship?") == (
        "The Beagle, Maya: HMS Beagle, a little ten-gun brig under Captain FitzRoy. We sailed "
        "from Plymouth in December 1831 and were gone nearly five years."
    )


@pytest.mark.parametrize(
    "text",
    [
        "@curie how should i handle the weakness in my left arm since this morning",
        "my left arm has gone numb and my face feels weird",
        "my dad cant lift his right arm properly",
    ],
)
def test_sudden_weakness_down_one_side_is_sent_to_999(text):
    assert "sudden weakness down one side need help now. Call 999" in say("curie", text)


def test_weak_legs_after_the_gym_are_no_emergency():
    assert "999" not in say("einstein", "my legs are weak after the gym lol")
