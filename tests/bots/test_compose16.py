"""Requests to write something (issue 14, session sixteen; tests/bots/dev16_compose16.json is
the dev set, the messages here are others of the same kinds). Shakespeare asked to write verse
on a thing he never wrote of makes a verse of his own on it (a shanty as a shanty, a limerick as
a limerick), a name asked for gets names in his manner, a roast a real insult from the plays;
the others own up in their voice and hand it to him. A message sharing the words that asks for
nothing ("my hair appointment got cancelled", "we had roast chicken") is no request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.asks import (
    dub_kind,
    latin_name,
    made_subject,
    occasions_of,
    request_kind,
    roast_target,
)
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, say

HERE = Path(__file__).parent
DEV16 = json.loads((HERE / "dev16_compose16.json").read_text(encoding="utf-8"))


def answer(slug: str, text: str, seed: int = 1, history=()) -> str:
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, text, author="priya", seed=seed, others=others, history=history)


def test_the_dev16_set_is_fresh():
    texts = [m["text"] for m in DEV16["messages"]]
    assert len(texts) >= 50 and len(set(texts)) == len(texts)
    assert sum(m["kind"] == "negative" for m in DEV16["messages"]) >= 10
    for other in HERE.glob("dev*.json"):
        if other.name != "dev16_compose16.json":
            known = other.read_text(encoding="utf-8")
            assert not [t for t in texts if json.dumps(t) in known], other.name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write us a sea shanty about the hair appointment lady pls", "verse"),
        ("a limerick about my uncle's barbecue pls", "verse"),
        ("haiku about my commute pls", "verse"),
        ("write an ode to my leaky tent", "verse"),
        ("roast my cat in one line", "roast"),
        ("can u insult my brother for me", "roast"),
        ("give me an elizabethan insult", "roast"),
        ("i need a derby name, everything good is taken, help??", "dub"),
        ("our netball team needs a name, we're all hopeless", "dub"),
        ("we need a band name asap, we do ska covers", "dub"),
        ("my boss is such a roast lol", ""),
        ("we had roast chicken for tea", ""),
        ("i had to roast the potatoes twice", ""),
        ("that insult was uncalled for", ""),
        ("my hair appointment got cancelled", ""),
        ("my team name is on the board", ""),
        ("he read a limerick at the wedding", ""),
        ("my nan used to sing sea shanties", ""),
        ("i always forget people's names", ""),
        ("i need a line manager who listens, for once", ""),
        ("i need a short poem about the pub quiz", "verse"),
        ("roast my late grandad", ""),
    ],
)  # fmt: skip
def test_a_request_to_write_is_read_as_one_and_a_message_sharing_its_words_is_not(text, kind):
    assert request_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("write us a sea shanty about the hair appointment lady pls", "the hair appointment lady"),
        ("write an ode to my leaky tent", "your leaky tent"),
        ("a limerick about my flatmate who never washes up pls", "your flatmate"),
        ("pls write a verse about my cat knocking mugs off the table and the floor", "your cat"),
    ],
)
def test_the_subject_of_a_verse_to_be_made_is_a_noun_phrase_said_back(text, subject):
    assert made_subject(text) == subject


def test_who_is_roasted_and_what_is_named_are_read_from_the_message():
    assert roast_target("roast my brother he never texts back") == "your brother"
    assert roast_target("give me a shakespearean insult for my sister") == "your sister"
    assert roast_target("whats your best insult") == ""
    assert dub_kind("we need a pub quiz team name") == "pub quiz"
    assert latin_name("band", "i need a band name, we play folk punk") == "Bandus punkensis"


def test_a_shanty_asked_of_shakespeare_is_a_shanty_on_its_subject_not_a_line_on_waiting():
    """Before: "Then may your coach come swiftly, Priya; I have spent half my life waiting on
    the London road." ("appointment" read as waiting)."""
    assert answer("shakespeare", "write us a sea shanty about the hair appointment lady pls") == (
        "Of the hair appointment lady I never wrote a word, Priya, so here is one fresh from the "
        "quill: Haul away for the hair appointment lady, boys, haul away together; / Heave ho, "
        "the wind is foul, but we'll sing through any weather!"
    )


def test_a_limerick_and_a_haiku_are_made_in_their_forms():
    assert answer("shakespeare", "a limerick about my uncle's barbecue pls") == (
        "I will try my quill on your uncle's barbecue, Priya: There once was a poet, quite grand, "
        "/ Who was asked about your uncle's barbecue offhand; / He scratched at his head, / Went "
        "early to bed, / And dreamt it in verse, as was planned."
    )
    assert answer("shakespeare", "haiku about my commute pls") == (
        "Of your commute I never wrote a word, Priya, so here is one fresh from the quill: Grey "
        "London morning; / Your commute, and nothing more; / Even that will pass."
    )


def test_a_limerick_asked_for_is_no_longer_owned_up_to():
    """Before (test_lexicon13 had it owned up to, the form being after his time): "can u write
    me a limerick about a goat" was a plain owning-up; people who ask expect him to try."""
    assert answer("shakespeare", "can u write me a limerick about a goat") == (
        "Of a goat I never wrote a word, Priya, so here is one fresh from the quill: There once "
        "was a poet, quite grand, / Who was asked about a goat offhand; / He scratched at his "
        "head, / Went early to bed, / And dreamt it in verse, as was planned."
    )


def test_two_subjects_get_two_different_verses():
    """(write39: verse asked on a told topic is made for it, bots/poems.py; before, "Shall I
    compare thee to your leaky tent? Nay, ..." and "All the world's a stage ...": a stock frame
    with the thing slotted in.)"""
    tent = answer("shakespeare", "write a poem about my leaky tent")
    bus = answer("shakespeare", "write a poem about the bus stop")
    assert tent == (
        "For the poem, Priya: \"Of my leaky tent I'll sing, and sing it true: / the heart knows "
        "more of it than ever the head knew. / A humble theme, you say? I say not so: / the "
        'smallest things make up the world we know."'
    )
    assert bus == (
        "For the poem, Priya: \"Shall I compare thee to a summer's day? Nay: / I'll sing of the "
        "bus stop, and sing it my own way. / The road is long, the wheels go round and round; / "
        'but every road leads home, and home is found."'
    )


def test_a_real_line_on_an_occasion_still_comes_first():
    """(write39: a poem asked about "the storm last night" is now made on it, bots/poems.py,
    not the storm speech from King Lear: a stock quotation instead of the piece.)"""
    assert answer("shakespeare", "can you write a little poem for my mum's 60th") == (
        "For the occasion, Priya, take this from my own stock. Gratiano's toast in The Merchant "
        'of Venice: "With mirth and laughter let old wrinkles come."'
    )
    assert answer("shakespeare", "write us a poem about the storm last night") == (
        "For the poem, Priya: \"Shall I compare thee to a summer's day? Nay: / I'll sing of the "
        "storm last night, and sing it my own way. / For the rain, it raineth every day, they "
        "say; / we'll sing the louder, and be merry anyway.\""
    )


def test_another_version_is_made_after_his_verse_even_after_another_one():
    asked = "@shakespeare write a shanty about the village fete"
    first = answer("shakespeare", asked)
    assert first.endswith("Heave ho, and away we go!")
    history = [Line("priya", asked), Line("William Shakespeare", first, own=True)]
    second = answer("shakespeare", "@shakespeare more pirate!!", history=history)
    assert second == (
        "Then perhaps this, Priya: Haul away for the village fete, boys, haul away together; / "
        "Heave ho, the wind is foul, but we'll sing through any weather!"
    )
    history += [
        Line("priya", "@shakespeare more pirate!!"),
        Line("William Shakespeare", second, own=True),
    ]
    third = answer("shakespeare", "@shakespeare ooh make it punny pls", history=history)
    assert third.startswith("Other words, then, Priya: What shall we do with the village fete")
    assert "Heave ho and up she rises" in third


def test_a_roast_is_a_real_insult_from_the_plays_aimed_in_jest():
    """Before: "After a play we would feast on roast beef, pies and ale ..."."""
    # (requests46: his compound epithets, with what they did, and a real line of his; in one
    # line, the epithet alone.)
    assert answer("shakespeare", "roast my cat in one line") == (
        "For your cat, Priya, and all in jest: thou churlish, clay-brained canker-blossom!"
    )
    assert answer("shakespeare", "roast my brother he never texts back") == (
        "For your brother, who never texts back, Priya, and all in jest: thou reeky, idle-headed "
        'maggot-pie! And as Lafeu says, "you are not worth another word, else I\'d call you knave."'
    )


def test_names_asked_for_are_made_in_his_manner():
    """Before: "What's in a name? ..." to a derby name, and "Tell me more" to a team name."""
    assert answer("shakespeare", "i need a derby name, everything good is taken, help??") == (
        "Lady Macbruise, Priya, or Hamlet the Hip Checker, or Much Ado About Elbows."
    )
    # (s23: his `#title` names for a boat, bots/naming.py, before his stock `#dub`.)
    assert answer("shakespeare", "what should we call our new sailing boat") == (
        "Full Fathom Five, Priya, the depth of the drowned in Ariel's song, for a boat that means "
        "to stay on top of it; or Sea-Change, what the sea makes of the drowned: something rich "
        "and strange."
    )


def test_the_others_own_up_and_hand_over_to_the_poet():
    """Before, Einstein to "roast my cat in one line": "Tell me more, Priya; the details are where
    the physics hides."."""
    # (requests46: a roast asked of him is made, wry, in his own terms.)
    assert answer("einstein", "roast my cat in one line") == (
        "Gently, then, Priya: I spent eight years on general relativity, and even I cannot explain "
        "your cat; some mysteries are beyond physics."
    )
    assert answer("curie", "write us a sea shanty about the hair appointment lady pls") == (
        "I am no hand at verse or wit, Priya; I wrote a little verse as a student in Paris, and it "
        "was not good. "
        "@shakespeare would be a far better guide there."
    )


def test_a_name_from_the_naturalist_and_the_engine():
    assert answer("darwin", "our netball team needs a name, we're all hopeless") == (
        "I would name it as I named my barnacles, Priya: Teamus hopelessensis, a species new to "
        "science and not yet beaten."
    )
    assert answer("lovelace", "need a band name pls") == (
        "The Bernoulli Numbers, Priya; my Note G set the Engine to compute them, and a band could "
        "do worse than a name that goes on for ever."
    )


def test_words_shared_with_a_request_ask_for_nothing():
    for text in ("we had roast chicken for tea", "my hair appointment got cancelled"):
        reply = answer("shakespeare", text)
        assert "jest" not in reply and "quill" not in reply and "/" not in reply


def test_no_jingle_is_made_on_a_grief():
    """A made couplet ("Shall I compare thee to your grandad? Nay, ...") on a death would wound:
    his words for a grief instead (since session 37, "who passed" is a grief for every persona:
    his lines in memory, as the others write theirs, not only his stock)."""
    assert answer("shakespeare", "write a poem about my grandad who passed last week") == (
        'I am sorry, Priya. For your grandad: "Good night, sweet friend, and flights of angels '
        'sing thee to thy rest; / we held thee dear, and dearly were we blessed."'
    )
    assert request_kind("roast my grandad, he died last year") == ""


def test_a_form_asked_for_something_or_for_nothing_is_still_made():
    """Before: "a haiku about the queue at the post office" was "Then may your coach come
    swiftly, Priya; I have spent half my life waiting on the London road."; "give us a
    limerick" was "My company was the Lord Chamberlain's Men ..."."""
    assert answer("shakespeare", "a haiku about the queue at the post office") == (
        "Of the queue I never wrote a word, Priya, so here is one fresh from the quill: The queue "
        "at dawn; / The quill waits, the candle gutters; / Stratford is asleep."
    )
    assert answer("shakespeare", "could you write a shanty for our sailing club") == (
        "I will try my quill on your sailing club, Priya: Oh, your sailing club came in on the "
        "morning tide, / Heave ho, my hearties, heave ho! / We cursed it long and we cursed it "
        "wide, / Heave ho, and away we go!"
    )
    # Not "I will try my quill on nothing in particular, Priya: A bard who was known for his
    # quill": no word of the opener again at the head of the verse (session 19).
    # (refuse60: on the company asking, never a filler such as "nothing in particular")
    assert answer("shakespeare", "give us a limerick") == (
        "A new one, then, on this good company, Priya, and the ink still wet: A bard who was "
        "known for his quill / Was asked about this good company, and still / He rhymed it "
        "with zest / And rather the best / Of anything writ at his will."
    )
    assert request_kind("compose a sonnet on brexit") == "verse"


def test_a_roast_of_the_asker_is_aimed_at_them():
    assert roast_target("insult me shakespeare style") == "you"
    assert answer("shakespeare", "roast me").startswith("For you, Priya, and all in jest: thou ")


def test_a_test_passed_is_no_grief():
    assert "grief" not in occasions_of("write me a poem, i passed my driving test!!")
    assert occasions_of("a few words for my nan who passed on sunday") == ["grief"]


def test_other_words_asked_after_a_poem_are_not_random():
    """Before: "shorter pls" after Einstein owned up to a poem was "I see, Priya. What puzzle did
    you bring with you?", and "make it rhyme" "And how did that happen, Priya? ...". (write39:
    the poem is now written in his voice, bots/poems.py, where he owned up and handed it over;
    shorter, it is cut, and a rhyme asked of it again is handed to the poet.)"""
    asked = "@einstein a poem about my neighbour's trampoline pls"
    first = answer("einstein", asked)
    assert first == (
        "For the poem, Priya, I would write this: \"Of my neighbour's trampoline I'd sing, if I "
        'could sing: / time bends a little round so dear a thing."'
    )
    history = [Line("priya", asked), Line("Albert Einstein", first, own=True)]
    assert answer("einstein", "@einstein shorter pls", history=history) == (
        "Then perhaps this, Priya: \u201cOf my neighbour's trampoline I'd sing, if I could "
        "sing.\u201d"
    )
    reply = answer("einstein", "@einstein make it rhyme", history=history)
    assert "@shakespeare" in reply and "happen" not in reply


def test_a_name_from_the_physicist_and_the_gadfly():
    """Before: Einstein to "our quiz team needs a name pls" owned up and handed over; Socrates
    to a team name said how he put Aesop into verse."""
    assert answer("einstein", "our quiz team needs a name pls") == (
        "Call it the Olympia Academy, Priya: that is what my friends and I named our little "
        "reading club in Bern, and we were very grand about it."
    )
    assert answer("socrates", "our quiz team needs a name pls") == (
        "Call it The Gadflies, Priya: I told my judges I was a gadfly on a great, sluggish horse, "
        "and a side that stings is a side to fear."
    )
