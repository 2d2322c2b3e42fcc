"""The review's findings on requests to write (session sixteen, tests/bots/dev16_composefix16.json):
"another one" after a made-up name said "{name}" and the same names again; cooking questions
were roasts; lost keys got a funeral dirge and "fat"/"sick"/"late" blocked a limerick; any "band
names" was a request for a name; "a rap on the door" and "ballads on vinyl" were verse
commissions; "make one more coffee" asked for another verse. Each misfire message of the review
is here, with others of the same shape, and the requests that must still be read as ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.asks import made_subject, request_kind
from bots.engine import amendment
from bots.seeded import seeded
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, say

HERE = Path(__file__).parent
DEV = json.loads((HERE / "dev16_composefix16.json").read_text(encoding="utf-8"))
PERSONAS = seeded()

# What a roast, a made verse and a dirge look like to the person who gets them.
ROASTED = ("all in jest", "with a wink", "smile as you say it")
MADE = ("never wrote a word", "try my quill", "ink still wet", " / ")
DIRGE = ("Fear no more the heat", "hard news", "truly sorry")


def answer(slug: str, text: str, history=()) -> str:
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, text, author="priya", seed=1, others=others, history=history)


NAMES = {voice.slug: voice.name for voice in CAST}


def then(slug: str, asked: str, more: str) -> tuple[str, str]:
    """Its answer to `asked`, and its answer to `more` said just after it."""
    first = answer(slug, f"@{slug} {asked}")
    history = [Line("priya", f"@{slug} {asked}"), Line(NAMES[slug], first, own=True)]
    return first, answer(slug, f"@{slug} {more}", history=history)


def dev(kind: str) -> list[str]:
    return [m["text"] for m in DEV["messages"] if m["kind"] == kind]


def material(slug: str) -> list[str]:
    persona = next(p for p in PERSONAS if p["slug"] == slug)
    return persona["material"]


def dub_names(slug: str) -> list[str]:
    """The persona's made-up names as said, up to the person's name ("Much Ado About Naming")."""
    return [
        re.sub(r"^#dub [^:]*: ", "", line).split("{name}")[0].strip(" ,")
        for line in material(slug)
        if line.startswith("#dub ")
    ]


def test_the_dev_set_has_the_review_misfires_and_five_more_of_each_shape():
    for kind, review in (
        ("negative roast", 10),
        ("negative dub", 10),
        ("negative verse", 10),
        ("negative grief", 10),
    ):
        assert len(dev(kind)) >= review + 5, kind
    assert len(dev("negative amend")) >= 5


# 2: "another one" after a name: filled in, and another name.


def test_another_name_after_a_name_is_filled_in_and_is_another():
    """Before: "Then perhaps this, Priya: Much Ado About Nothing Right, {name}; or All's Well That
    Ends Eleventh; ..." (the same names, with the placeholder)."""
    funny = (  # (s25: "funnier" gets his names in jest for a quiz team, `#dub`)
        "Much Ado About Nothing Right, Priya; or All's Well That Ends Eleventh; or The Comedy of "
        "Errors, which is at least honest."
    )
    for more, expected in (
        (
            "another one pls",
            "The Question, Priya, for that is the question, and you will have the answer; or We "
            "Happy Few, King Harry's few before Agincourt, outnumbered and glad of it.",
        ),
        ("make it funnier", funny),
    ):
        first, again = then("shakespeare", "we need a pub quiz team name", more)
        # (s23: his `#title` names for a quiz team, bots/naming.py, before his stock `#dub`.)
        assert first.startswith("Wise Enough to Play the Fool, Priya,")
        assert again == expected


def test_another_name_from_the_engine_and_for_a_boat():
    """Before: "Then perhaps this, Priya: The Bernoulli Numbers, {name}; ..." and "... The
    Tempest, {name}, if you are brave; ..."."""
    assert then("lovelace", "need a band name pls", "one more")[1] == (
        "The Analytical Engines, Priya, after Mr Babbage's machine, which weaves algebraical "
        "patterns just as the Jacquard loom weaves flowers and leaves."
    )
    first, again = then(
        "shakespeare", "what should we call our new sailing boat", "another one pls"
    )
    assert again == "The Tempest, Priya, if you are brave."
    assert "{" not in again and "Sea-Change" not in again and "Sea-Change" in first


def test_a_persona_out_of_names_owns_up_rather_than_say_the_same_name():
    first, again = then("curie", "need a band name pls", "another one pls")
    assert first.startswith("Call it Polonium, Priya")
    assert "{name}" not in again and "Polonium" not in again
    assert again.startswith("I am no hand at verse or wit, Priya;")


def test_another_insult_after_a_roast_is_another_one():
    assert then("shakespeare", "roast my brother he never texts back", "another one pls")[1] == (
        'Then perhaps this, Priya: Beatrice in Much Ado About Nothing: "I wonder that you will '
        'still be talking, Signior Benedick: nobody marks you."'
    )


# 4: roasts need a person or a pet, asked for; cooking is never one.


@pytest.mark.parametrize("text", dev("negative roast"))
def test_cooking_and_questions_about_insults_are_no_roasts(text):
    """Before: "can you roast the parsnips the night before?" was "Say this to the parsnips the
    night, Sam, with a wink: Menenius ..."; "why did you insult my friend yesterday" was "Say
    this to your friend yesterday, ..."."""
    assert request_kind(text) != "roast"
    reply = answer("shakespeare", text)
    assert not [said for said in ROASTED if said in reply], reply


def test_the_others_answer_cooking_without_owning_up_to_verse():
    """Before: Curie, Einstein and Socrates said "I am no hand at verse or wit ..." to cooking.
    Session 25: "is calling someone a muppet an insult?" is a question on words, rightly put to
    Shakespeare; before, Curie and Einstein gave their takes on a calling in life ("Take the work
    you love over the salary"), found on "calling" alone."""
    for slug in ("curie", "einstein", "socrates"):
        for text in dev("negative roast")[:4]:
            reply = answer(slug, text)
            assert "verse" not in reply and "salary" not in reply, (slug, text, reply)
            if "insult" not in text:
                assert "@shakespeare" not in reply, (slug, text, reply)


def test_a_roast_of_someone_always_late_is_made():
    """Before: "A plague upon such small mischiefs, Sam! ..." ("late" read as a grief)."""
    # (requests46: what they did is said, and the epithet fits it.)
    assert answer("shakespeare", "roast my sister for always being late") == (
        "For your sister, Priya, and all in jest, for always being late: thou tardy, idle-headed "
        'sluggard! And as Menenius says, "more of your conversation would infect my brain."'
    )
    assert answer("shakespeare", "insult my flatmate, he ate my cheese").startswith(
        "For your flatmate, who ate your cheese, Priya, and all in jest: thou greasy, "
        "fat-kidneyed tallow-catch!"
    )


@pytest.mark.parametrize(
    ("kind", "text"),
    [("roast", text) for text in dev("request roast")]
    + [("verse", text) for text in dev("request verse")],
)
def test_roasts_and_verse_asked_for_are_still_made(kind, text):
    assert request_kind(text) == kind
    reply = answer("shakespeare", text)
    assert [said for said in {"roast": ROASTED, "verse": MADE}[kind] if said in reply], reply


# 4b: a loss is a grief only of a person or a pet; fat, sick and late block no verse.


@pytest.mark.parametrize("text", dev("negative grief"))
def test_lost_keys_and_a_dead_phone_get_no_dirge(text):
    """Before: "i lost my keys again, write a poem about it lol" was "For the occasion, Sam, I
    have just the thing. The song from Cymbeline: "Fear no more the heat o' the sun ..."."""
    reply = answer("shakespeare", text)
    assert not [said for said in DIRGE if said in reply], reply


@pytest.mark.parametrize(
    ("text", "made"),
    [
        (
            "a limerick about my cat who's getting fat pls",
            "A player at Stratford one night / Was asked about your cat outright;",
        ),
        ("write a haiku about being late for work", "Grey London morning; / Being late,"),
        (
            "write a shanty about my sick day off work",
            "What shall we do with your sick day off work, lads,",
        ),
        (
            "write a limerick about how i lost my phone on the bus",
            "Was asked about how you lost your phone outright;",
        ),
    ],
)
def test_fat_sick_and_late_block_no_verse(text, made):
    """Before: "For dogs, Sam, ... Hamlet at the graveside" (no limerick: "fat"), "My plays never
    came to being late" (no haiku), "For work, Sam, ... Macbeth" (no shanty: "sick")."""
    assert made in answer("shakespeare", text)


@pytest.mark.parametrize("text", dev("request grief"))
def test_a_real_loss_is_still_met_as_a_grief(text):
    reply = answer("shakespeare", text)
    assert "Fear no more the heat" in reply or "I am sorry" in reply, reply
    # (lines asked for the one lost are a short elegy in verse, write61: " / " allowed)
    assert not [said for said in MADE if said in reply and said != " / "], reply


# 5: a name is asked for only to be made up.


@pytest.mark.parametrize("text", dev("negative dub"))
def test_names_mentioned_ask_for_no_name(text):
    """Before: "help, i forgot my wifi name, how do i find it?" was "Wherefore Art Thou Signal,
    Sam; or Much Ado About Buffering; ..."; Curie said "Call it Polonium, Sam" to all nine."""
    assert request_kind(text) not in ("dub", "occasion")
    for slug in ("shakespeare", "curie"):
        reply = answer(slug, text)
        assert not [said for said in dub_names(slug) if said in reply], (slug, reply)


@pytest.mark.parametrize("text", dev("request dub"))
def test_names_asked_to_be_made_up_are_made(text):
    assert request_kind(text) in ("dub", "occasion")
    reply = answer("shakespeare", text)
    titles = [
        re.sub(r"^#title [^:]*: ", "", line).split(" | ")[0] for line in material("shakespeare")
    ]
    assert reply.split(",")[0] in " ".join(dub_names("shakespeare")) or reply.startswith(
        tuple(t for t in titles if not t.startswith("#"))
    ), reply


# 6: verse words heard, played or knocked are no commission; the subject read whole.


@pytest.mark.parametrize("text", dev("negative verse"))
def test_verse_heard_or_played_is_no_commission(text):
    """Before: "a rap on the door at midnight, who could it be?" was "Of the door I never wrote
    a word, Sam, so here is one fresh from the quill: Mic check, ..."; Curie owned up and handed
    "can you recommend some ballads on vinyl" to @shakespeare."""
    reply = answer("shakespeare", text)
    assert not [said for said in MADE if said in reply], reply
    assert "no hand at verse" not in answer("curie", text)  # her owning up to verse


def test_a_ballad_recommended_is_talked_of():
    """Before: "I will try my quill on vinyl, Sam: Shall I compare thee to vinyl? ..."."""
    assert answer("shakespeare", "can you recommend some ballads on vinyl").endswith(
        "A ballad is a tale told in plain rhyme and sung in the street for a penny a sheet; I let "
        "Autolycus peddle them in The Winter's Tale."
    )


def test_an_ode_is_on_what_it_is_to_and_a_long_subject_ends_on_its_noun():
    """Before: "For toast, Maya, I have just the thing. Gratiano's toast ..." and "Your
    neighbour's extremely loud, and nothing more"."""
    assert answer("shakespeare", "write an ode to cheese on toast") == (
        "Of cheese on toast I never wrote a word, Priya, so here is one fresh from the quill: Let "
        "others praise the rose, the moon, the sea; / Cheese on toast, good friend, is muse "
        "enough for me."
    )
    assert "/ Your neighbour's extremely loud and persistent cockerel, and nothing more; /" in (
        answer("shakespeare", "a haiku about my neighbour's extremely loud and persistent cockerel")
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("write an ode to cheese on toast", "cheese on toast"),
        ("an ode to my bike, my one true love", "your bike"),
        (
            "a haiku about my uncle's big noisy yellow tractor pls",
            "your uncle's big noisy yellow tractor",
        ),
        (
            "write a poem about the very old and extremely grumpy tortoise",
            "the very old and extremely grumpy tortoise",
        ),
        ("a shanty about how we lost the pub quiz pls", "how you lost the pub quiz"),
        ("give me a limerick on my brother's snoring", "your brother's snoring"),
    ],
)
def test_the_subject_of_verse_is_read_whole(text, subject):
    assert made_subject(text) == subject


# 7: "make one more coffee" asks for no other verse.


@pytest.mark.parametrize("text", dev("negative amend"))
def test_one_more_of_something_else_is_no_amendment(text):
    """Before (after "write a shanty about the village fete"): "lol gonna make one more coffee"
    was "Then perhaps this, Priya: Haul away for the village fete, boys, ..."."""
    assert amendment(text) is None
    reply = then("shakespeare", "write a shanty about the village fete", text)[1]
    assert "village fete" not in reply and "Then perhaps this" not in reply, reply


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("make it funnier", ""),
        ("lol make one shorter", ""),
        ("ok make it more pirate", ""),
        ("and mention the lighthouse", "the lighthouse"),
        ("right, let me make it shorter", None),
    ],
)
def test_a_change_asked_is_still_read(text, added):
    assert amendment(text) == added


# 11: the four doubtful lines, changed in place.


def test_the_doubtful_lines_say_only_what_is_true():
    shakespeare, curie, socrates, darwin = (
        "\n".join(material(slug)) for slug in ("shakespeare", "curie", "socrates", "darwin")
    )
    assert '#insult any: From Henry the Fourth, Part Two: "Away, you scullion!' in shakespeare
    assert "Falstaff in Henry the Fourth, Part Two" not in shakespeare
    assert "I wrote a little verse as a student in Paris, and it was not good." in curie
    assert "only ever for laboratory notebooks" not in curie
    assert "verse in prison, {name}, and a hymn to Apollo; that is the whole" in socrates
    assert "towards light were one of my last studies, with my son Francis." in darwin
    assert "last great study" not in darwin
    assert answer("socrates", "write us a sea shanty about the school run").startswith(
        "Plato says I put Aesop's fables into verse in prison, Priya, and a hymn to Apollo;"
    )


@pytest.mark.parametrize(
    "text",
    [
        "write a poem about my bike that died on the hill",
        "my car that died last week is finally fixed",
        "my laptop which died yesterday is back",
    ],
)
def test_a_thing_that_died_is_a_mishap_even_said_with_that(text):
    """Before: "O Priya, I am heartily sorry. Give sorrow words; ..." (a bike mourned)."""
    assert answer("shakespeare", text) == (
        "A plague upon such small mischiefs, Priya! They are the comedy's business, not the "
        "tragedy's."
    )
    assert "sorry" in answer("shakespeare", "my dog that died last year")
