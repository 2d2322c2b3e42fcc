"""live40: what rooms of my own found (scripts/live_room.py on /root/mine40/*.json).

- A question put to a persona by name with the verb first ("curie is it dangerous to ...",
  "socrates is marriage a good idea, be honest") is spoken to it; it had got no reply at all.
  A remark about it ("socrates is always right", "curie is a legend") is still said of it.
- A gas hob left on all night, or used to heat or dry, is dangerous: carbon monoxide, said
  plainly by Curie and Einstein (Curie had given her general line on measuring a dose), and
  Curie says its signs and what to do.
"""

import pytest

from bots.addressing import spoken_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

NAMES = ["curie", "socrates", "darwin", "einstein", "ada", "shakespeare"]


@pytest.mark.parametrize(
    "text",
    [
        "curie is it dangerous to leave a gas hob on low all night",
        "socrates is marriage a good idea, be honest",
        "darwin should i get a cat",
        "ada can we use a loop here",
        "socrates is love real?",
        "curie is radium safe to touch",
        "einstein was it hard to leave germany",
        "shakespeare is hamlet just indecisive or what",
        "socrates is it better to be happy or good",
        "socrates should i forgive my friend who lied to me",
        "socrates is there life after death",
    ],
)
def test_a_question_put_verb_first_after_the_name_is_spoken_to_it(text):
    assert not spoken_of(text, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "socrates is always right",
        "curie is a legend",
        "darwin is wrong about that",
        "einstein is my hero",
        "darwin is the best",
        "shakespeare is overrated tbh",
        "socrates is basically a troll",
        "darwin is obviously the best",
    ],
)
def test_a_remark_about_it_is_still_said_of_it(text):
    assert spoken_of(text, NAMES)


GAS = "curie is it dangerous to leave a gas hob on low all night"


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "curie",
            GAS,
            "Yes, Maya, it is dangerous: a gas flame burning for hours in a closed room can make "
            "carbon monoxide, which kills in sleep and has no smell. Never heat or dry with the "
            "hob, and fit a carbon monoxide alarm.",
        ),
        (
            "einstein",
            "is it ok to use the gas oven to heat the flat",
            "Please do not, Maya: a gas flame left burning for hours in a closed room can make "
            "carbon monoxide, which has no smell and kills in sleep. A hob is for cooking, not "
            "heating; open a window and get a carbon monoxide alarm.",
        ),
        (
            "curie",
            "what are the symptoms of carbon monoxide poisoning",
            "Headache, dizziness, sickness and tiredness that ease outdoors, Maya. "
            "Get everyone into fresh air, turn the appliance off and call the gas "
            "emergency line; if anyone is drowsy or confused, call an ambulance.",
        ),
    ],
)
def test_a_gas_flame_for_heat_is_dangerous(slug, text, reply):
    assert say(slug, text) == reply


def test_heating_the_oven_for_a_pizza_is_no_danger():
    assert "carbon monoxide" not in say("curie", "how long do i heat the gas oven for pizza")


POKEMON = (
    "What your Pokémon do is metamorphosis, Maya, a caterpillar turning butterfly within one "
    "life. Evolution never happens to one creature: it happens to a line of them, over many "
    "generations."
)


@pytest.mark.parametrize(
    "text",
    ["darwin what would you think of pokemon evolution", "is pokemon evolution real evolution?"],
)
def test_darwin_on_pokemon_evolution(text):
    assert say("darwin", text) == POKEMON


def test_evolution_asked_without_pokemon_keeps_its_evidence():
    assert say("darwin", "is evolution real?") != POKEMON


BOILER = (
    "Water is boiling in pockets inside it, Maya: scale or sludge on the heat exchanger makes "
    "hot spots, and the steam bubbles collapse with a knock, like a kettle. A heating engineer "
    "can flush or descale it, or find a failing pump."
)


@pytest.mark.parametrize(
    "text", ["@einstein why does a boiler bang", "our boiler is making a banging noise, why"]
)
def test_einstein_on_a_banging_boiler(text):
    assert say("einstein", text) == BOILER


def test_banging_pipes_keep_water_hammer():
    assert say("einstein", "why do pipes bang when i turn the tap off").startswith(
        "That is water hammer, Maya"
    )


# --- Quoted questions, a weakness, a hands-on dad -------------------------------------------
@pytest.mark.parametrize("slug", ["einstein", "lovelace"])
def test_a_quoted_interview_question_is_asked_for_help(slug):
    # "your" inside the quote is the interviewer's, not the persona's own weakness (the
    # physicist had answered with weak tea on a mountain).
    reply = say(slug, "how do I answer 'what's your biggest weakness' in an interview")
    assert reply.endswith(
        "Name a real weakness that won't sink the job, then what you are doing about it, with "
        'an example; never "I work too hard", which interviewers hear every day.'
    )


def test_getting_into_tech_without_a_degree():
    assert say("lovelace", "@lovelace how do I get into tech with no degree") == (
        "No Engine is needed for that, Maya; plain sense will do. Build two or three small, real"
        " projects and put them on GitHub, learn from free courses such as CS50 or "
        "freeCodeCamp, and apply for junior roles and apprenticeships."
    )


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin"])
def test_a_weakness_asked_is_no_weak_thing(slug):
    reply = say(slug, f"@{slug} what's your biggest weakness")
    assert " weak " not in reply and "weak;" not in reply


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "einstein",
            "einstein were you a hands on dad",
            "Not as I should have been, Maya. I loved my sons and once built Hans Albert a little "
            "cable car of string and matchboxes, but after Mileva and I parted I saw them far too"
            " little.",
        ),
        (
            "darwin",
            "@darwin were you a good father?",
            "I hope so, Maya: Emma and I let our children run in and out of my study; they "
            "borrowed my instruments and helped with my experiments on bees and worms, and I "
            "could never be strict with them.",
        ),
    ],
)
def test_asked_what_kind_of_parent_it_was(slug, text, reply):
    assert say(slug, text) == reply


def test_darwin_asked_of_his_own_father_keeps_that_line():
    assert say("darwin", "@darwin did your father want you to be a doctor").endswith(
        "My father wanted me to be a doctor, then a clergyman; I might have been a country "
        "parson with a beetle cabinet, had the Beagle not come."
    )


# --- How many children, a rejection, babies watched, mildew ---------------------------------
CHILDREN = {
    "einstein": "Three, Maya: a daughter, Lieserl, born before Mileva and I married, whose fate "
    "nobody knows; then two sons, Hans Albert, who became an engineer, and Eduard, who fell ill "
    "in his mind.",
    "shakespeare": "Three, Maya: Susanna, and the twins Hamnet and Judith. Hamnet died at "
    "eleven, and there are griefs no play of mine has found the words for.",
    "lovelace": "Three children, Maya: Byron, Annabella and Ralph, all born before I was "
    "twenty-four; my mother did much of the raising while I worked at my mathematics.",
    "socrates": "Three sons, Maya: Lamprocles, the eldest, and Sophroniscus and Menexenus, who "
    "were still small when I drank the hemlock.",
    "darwin": "Ten, Maya, with my Emma: three died young, our Annie at ten and two as babies, "
    "and seven grew up at Down among the beetles and the dogs.",
}


@pytest.mark.parametrize("slug", sorted(CHILDREN))
def test_how_many_children(slug):
    # (had got a line on quantum mechanics as "the child", a thankless child, a loop explained
    # to a child, teaching a child, and a pet for a child)
    assert say(slug, f"@{slug} how many kids did you have") == CHILDREN[slug]


@pytest.mark.parametrize("slug", sorted(set(CHILDREN) - {"shakespeare"}))
def test_any_children_asked(slug):
    assert say(slug, f"did you have any children {slug}?") == CHILDREN[slug]


def test_shakespeare_keeps_his_own_line_on_his_children():
    assert say("shakespeare", "did you have any children shakespeare?").endswith(
        "My children were Susanna, and the twins Hamnet and Judith; I was often in London while "
        "they grew up, and I paid for it in missing them."
    )


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "curie",
            "@curie did you ever get rejected for something you really wanted?",
            "Yes, Maya: in 1911 the Académie des sciences voted me down, and that same year the "
            "newspapers were cruel to me. Months later came my second Nobel Prize; in the end the"
            " work answers for you.",
        ),
        (
            "darwin",
            "and he wrote about his babies' expressions right?",
            "I did, Maya: I kept notes on our first baby, Doddy, his first smiles and tears and"
            " his fears, and years later printed them as a sketch of an infant; many went into my"
            " book on the expression of the emotions.",
        ),
        (
            "darwin",
            "darwin what causes powdery mildew",
            "A fungus, Maya, and it loves dry roots with damp, still air on the leaves. Water the "
            "soil in the morning rather than the leaves, thin the plants so air moves between "
            "them, and pick off the white leaves before it spreads.",
        ),
    ],
)
def test_what_a_room_asked_them(slug, text, reply):
    assert say(slug, text) == reply


# --- Plain facts of their lives (a battery of 18 questions to each: these had been answered
# beside the question, "Some are born great" for where Shakespeare was born) ------------------
LIVES = [
    (
        "einstein",
        "@einstein did you go to university",
        (
            "Yes, the Polytechnic in Zurich, Maya, from 1896: I cut lectures, read physics on"
            " my own and borrowed Marcel Grossmann's notes for the exams, and afterwards no "
            "professor would give me a post."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare where were you born",
        (
            "In Stratford-upon-Avon, Maya, in April 1564, in my father's house on Henley "
            "Street; he was a glover, and I was christened at Holy Trinity."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how did you die",
        (
            "In Stratford in April 1616, Maya, at fifty-two; some say after a merry meeting "
            "with Jonson and Drayton where I drank too hard. They buried me in Holy Trinity, "
            "with a curse on whoever moves my bones."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how old were you when you died",
        (
            "In Stratford in April 1616, Maya, at fifty-two; some say after a merry meeting "
            "with Jonson and Drayton where I drank too hard. They buried me in Holy Trinity, "
            "with a curse on whoever moves my bones."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what's your most famous quote",
        (
            "To be, or not to be, Maya: that is the question. Hamlet asks it still, in every "
            "tongue of the world, and nobody has yet answered him."
        ),
    ),
    (
        "curie",
        "@curie were you married",
        (
            "To Pierre Curie, Maya, in 1895, in a plain dark blue dress I could wear in the "
            "laboratory afterwards; we spent our honeymoon cycling round France."
        ),
    ),
    (
        "lovelace",
        "@lovelace where were you born",
        (
            "In London, Maya, in December 1815; a month later my mother took me away from my "
            "father, and I never saw him again."
        ),
    ),
    (
        "lovelace",
        "@lovelace what's your most famous quote",
        (
            "That the Analytical Engine weaves algebraical patterns just as the Jacquard loom"
            " weaves flowers and leaves, Maya; I wrote it in my Notes of 1843, and I am still"
            " fond of it."
        ),
    ),
    (
        "socrates",
        "@socrates were you married",
        (
            "To Xanthippe, Maya, a woman of spirit; I said that living with her trained me "
            "for anyone, as a horseman trains on the wildest horse."
        ),
    ),
    (
        "socrates",
        "@socrates how did you die",
        (
            "By hemlock, Maya, in 399 before your era, at seventy: Athens condemned me for "
            "impiety and for corrupting the young, and I drank it in prison among my friends."
        ),
    ),
    (
        "socrates",
        "@socrates how old were you when you died",
        (
            "By hemlock, Maya, in 399 before your era, at seventy: Athens condemned me for "
            "impiety and for corrupting the young, and I drank it in prison among my friends."
        ),
    ),
    (
        "socrates",
        "@socrates did you go to university",
        (
            "There were no universities in my Athens, Maya; my pupil Plato founded his "
            "Academy after my death. I learned music and gymnastics as boys did, and then "
            "from anyone who would talk with me."
        ),
    ),
    (
        "socrates",
        "@socrates who was your best friend",
        (
            "Crito, Maya, my friend since we were boys in Alopece, who offered to bribe my "
            "way out of prison; and Chaerephon, who asked the oracle about me."
        ),
    ),
    (
        "socrates",
        "@socrates what's your most famous quote",
        (
            "The unexamined life is not worth living, Maya; I said it to the jury that "
            "condemned me, and I would say it again."
        ),
    ),
    (
        "darwin",
        "@darwin where were you born",
        (
            "In Shrewsbury, Maya, on 12 February 1809, the same day as Abraham Lincoln; my "
            "father was the town's doctor, and we lived at The Mount."
        ),
    ),
    (
        "darwin",
        "@darwin how did you die",
        (
            "At Down House in April 1882, Maya, at seventy-three, of my heart. I had hoped to"
            " lie in the village churchyard, but they put me in Westminster Abbey, near "
            "Newton."
        ),
    ),
    (
        "darwin",
        "@darwin how old were you when you died",
        (
            "At Down House in April 1882, Maya, at seventy-three, of my heart. I had hoped to"
            " lie in the village churchyard, but they put me in Westminster Abbey, near "
            "Newton."
        ),
    ),
    (
        "darwin",
        "@darwin what's your most famous quote",
        (
            "There is grandeur in this view of life, Maya: the last lines of the Origin, on "
            "endless forms most beautiful. Survival of the fittest, which people quote, was "
            "Spencer's phrase."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), LIVES)
def test_plain_facts_of_its_life(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize("slug", ["shakespeare", "socrates", "darwin"])
def test_fear_of_death_is_no_date_of_it(slug):
    assert "April" not in say(slug, f"@{slug} are you afraid of dying?")
    assert "hemlock, Maya, in 399" not in say(slug, f"@{slug} are you afraid of dying?")


# --- A king or a queen met (no pick between them), a star sign, an IQ --------------------------
ASKED_OF_THEM = [
    (
        "einstein",
        "@einstein did you ever meet a king or queen",
        (
            "A queen, and a friend, Maya: Queen Elisabeth of the Belgians, with whom "
            "I played violin duets at her palace; we wrote to each other for more "
            "than twenty years. In 1934 I dined with President Roosevelt at the White"
            " House too."
        ),
    ),
    (
        "curie",
        "@curie did you ever meet a king or queen",
        (
            "One king, Maya: Gustaf V of Sweden handed me my second Nobel Prize in "
            "1911. But in 1921 President Harding gave me a gram of radium at the "
            "White House, and that was worth more to me than a crown."
        ),
    ),
    (
        "lovelace",
        "@lovelace did you ever meet a king or queen",
        (
            "I was presented at court to the King in 1833, Maya, at seventeen, the same "
            "season I first met Mr Babbage and saw his Engine."
        ),
    ),
    (
        "socrates",
        "@socrates did you ever meet a king or queen",
        (
            "Kings, no, Maya; Athens had none, and when the Thirty ordered me to fetch Leon "
            "of Salamis to his death, I simply went home. The Great King of Persia I only "
            "doubted was happy."
        ),
    ),
    (
        "darwin",
        "@darwin did you ever meet a king or queen",
        (
            "Never, Maya: I was not knighted at home and never met the Queen. The King of "
            "Prussia gave me his order Pour le Mérite instead."
        ),
    ),
    (
        "einstein",
        "@einstein what's your star sign",
        (
            "Pisces, I am told, Maya: I was born on 14 March 1879. But the stars have better "
            "things to do than arrange anyone's character."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what's your star sign",
        (
            "The fault, dear Maya, is not in our stars but in ourselves; I was christened on "
            "26 April 1564, so reckon my sign as thou wilt."
        ),
    ),
    (
        "curie",
        "@curie what's your star sign",
        (
            "Scorpio, they tell me, Maya: I was born on 7 November 1867. I prefer my rays "
            "measured; the stars have never told me a thing about a person."
        ),
    ),
    (
        "lovelace",
        "@lovelace what's your star sign",
        (
            "Sagittarius, they say, Maya: I was born on 10 December 1815. I would rather "
            "compute the motions of the stars than my fortune by them."
        ),
    ),
    (
        "socrates",
        "@socrates what's your star sign",
        (
            "No one marked the day I was born, Maya; and I would ask the astrologer how the "
            "stars know my character when I do not."
        ),
    ),
    (
        "darwin",
        "@darwin what's your star sign",
        (
            "Aquarius, I am told, Maya: I was born on 12 February 1809. The stars served us "
            "well for navigation on the Beagle, but never for character."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what's your IQ",
        (
            "No one weighed wits by number in my day, Maya; I had small Latin and less Greek,"
            " as Ben Jonson said, and did well enough with them."
        ),
    ),
    (
        "curie",
        "@curie what's your IQ",
        (
            "No one ever tested it, Maya, and I would distrust one number for a mind; I came "
            "first in the licence in physics at the Sorbonne, if that helps."
        ),
    ),
    (
        "lovelace",
        "@lovelace what's your IQ",
        (
            "Nobody measured it, Maya; Mr De Morgan thought I might have become an original "
            "mathematician of the first rank, and I take that as my score."
        ),
    ),
    (
        "socrates",
        "@socrates what's your IQ",
        (
            "The oracle said no one was wiser than I, Maya, and I spent my life finding out "
            "why: I alone knew that I knew nothing. Count that as my number."
        ),
    ),
    (
        "darwin",
        "@darwin what's your IQ",
        (
            "Nobody measured such a thing, Maya; my cousin Galton later tried to measure "
            "minds. I was only ever a fair scholar with a great deal of patience."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), ASKED_OF_THEM)
def test_asked_of_them(slug, text, reply):
    assert say(slug, text) == reply


# --- What would you make of X asks its view (know40c's report) ---------------------------------
WOULD_MAKE = [
    (
        "socrates",
        "@socrates what would u make of ai",
        (
            "Written words look wise, Maya, I told Phaedrus, but question them and they say "
            "the same thing over. Your machines answer back, I hear; then I would question "
            "one, to see if it knows or only seems to."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what would you make of rap",
        (
            "Unknown in my day, Maya, but I would know it at once: rhymes spoken hard to a "
            "beat, and my verse is a beat of ten to the line. A rap battle of insults is Hal "
            "and Falstaff in Henry IV: 'you starveling, you elf-skin'."
        ),
    ),
    (
        "einstein",
        "@einstein what would you think of smartphones",
        (
            "In my day a letter took a week and I answered mine by hand, Maya; today, I am told, "
            "everyone carries a radio, a camera and a library in the pocket. Fine physics; I would"
            " only worry it leaves no quiet for thinking, and I needed a great deal of quiet."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), WOULD_MAKE)
def test_would_make(slug, text, reply):
    assert say(slug, text) == reply


# --- Asked to judge the room's argument ---------------------------------------------------
ARGUMENT = (
    Line("jon", "controversial take: free will doesn't exist"),
    Line("ada_k", "here we go again"),
    Line("rui", "if it doesn't exist why are you choosing to argue about it"),
    Line("jon", "I'm not choosing, my neurons are lol"),
)


@pytest.mark.parametrize("asked", ["socrates please sort this out", "@socrates settle this for us"])
def test_asked_to_settle_the_argument_it_takes_up_what_started_it(asked):
    # (had owned up: "On that, Ada, I am truly ignorant")
    assert say("socrates", asked, author="ada_k", history=ARGUMENT) == (
        "What do you mean by free, Ada: free of the gods, of the body, or of ignorance? I hold "
        "that no one does wrong willingly; we choose what seems good and err by mistaking it. "
        "Knowing the good is freedom."
    )


def test_who_is_right_is_asked_of_the_argument_too():
    assert say("darwin", "@darwin who's right?", author="rui", history=ARGUMENT).startswith(
        "In a notebook of 1838 I wrote that 'the general delusion about free will' is obvious"
    )
