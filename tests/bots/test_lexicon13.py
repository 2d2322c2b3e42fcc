"""A persona knows its whole field, not a hand list of words (issue 14, round thirteen).

Each persona's style names the fields it knows ("fields": ["life"]), whose words come from
WordNet 3.0 (bots/lexicon.tsv, written by scripts/build_lexicon.py): a question put with a word
nobody listed in its topics ("bats", "lichen", "limerick", "cowardice") is in its field and is
answered, or, with no line on it, met with how it would find out (#method), never owned up to.
A word whose everyday sense is not the field's ("cup", "ring", "train", "bell") pulls nothing
into one. A hand-over rests on the other persona's field holding what the message is about,
not on one shared word ("love" in "why do bats love bell towers").
Before: "@darwin random one but why do bats love bell towers so much?" got "I could not say,
Hattie; I have spent my life on beetles, barnacles and finches."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from bots.engine import NOT_MY_FIELD, field_terms
from bots.lexicon import LEXICON_FILE, field_stems, lexicon, subject
from bots.material import index_of, terms
from rooms.models import Room
from tests.bots.talk import Line
from tests.bots.test_conversation import OWNED_UP
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with

BUILD = Path(__file__).resolve().parents[2] / "scripts" / "build_lexicon.py"
_spec = importlib.util.spec_from_file_location("build_lexicon", BUILD)
build_lexicon = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_lexicon)
FIELDS = build_lexicon.FIELDS

SEEDS = [1, 2, 3]

# Questions of each field put with a word its topics never listed, and words of the field one
# of which the reply must say (words the question does not say).
UNLISTED = {
    "darwin": [
        ("why do bats hang upside down all day", r"creature|habit|kin|animal|naturalist"),
        ("how do mushrooms pop up overnight after rain", r"creature|habit|kin|animal|soil"),
        ("do hedgehogs really roll up when theyre scared", r"creature|habit|kin|animal|winter"),
        ("why does lichen grow on old gravestones", r"creature|habit|kin|animal|naturalist"),
        # (Since session 28 the line on birds standing on one leg answers it.)
        ("how do herons stand on one leg for so long", r"creature|habit|kin|animal|one leg"),
    ],
    "curie": [
        (
            "is the smell from oven cleaner actually toxic",
            r"chemistry|made of|dose|measur\w*|chlorine|gas|poison",
        ),
        ("whats inside a smoke detector", r"americium|radioactive|rays|current"),
        ("do u need sunscreen when its cloudy", r"ultraviolet|rays|skin|burn"),
    ],
    "einstein": [
        (
            "why does my voice bounce back under a bridge, is it an echo",
            r"sound|wave|air|motion|energy|thought experiment",
        ),
        ("why does thunder rumble on for so long", r"lightning|air|sound|seconds"),
        (
            "do ear defenders really stop the noise from a drill",
            r"blocks most|muffl\w*|rumble",
        ),
    ],
    "lovelace": [
        (
            "what are the odds of winning a raffle with 3 tickets out of 200",
            r"chance|steps|operation|Engine",
        ),
        ("whats so great about geometry anyway", r"proof|hasty"),
        ("whats the best way to lay out a budget spreadsheet", r"operation|steps|table|numbers"),
    ],
    "shakespeare": [
        ("what makes a ballad a ballad", r"rhyme|sung|street|Autolycus"),
        ("is a sonnet harder than it looks", r"verse|rhyme|line|lines|play|feeling|cage"),
    ],
    "socrates": [
        ("is envy worse than greed", r"soul|virtue|better|wrong|wealth|ulcer|test"),
        ("is cowardice ever the sensible choice", r"courage|brave|mean|words|know|good|test|think"),
        ("do we owe gratitude to a boss who is rude to us", r"good|just|owe|friend|mean|test"),
    ],
}
# In its field, with nothing of its own on it and no way of working that speaks to it (a laptop
# to buy, after its time; a fair rota is answered since round sixteen): owned up plainly in its
# voice, never as outside its field, never handed over (round fourteen: a generic #method rated
# 2-3, owning up 3.8).
OWNED_IN_FIELD = {
    "lovelace": ["whats the best laptop for coding under 500 quid"],
}


def owns_up(slug: str, reply: str) -> bool:
    """Its #outside line, or words of owning up ("rather than from guessing" in a #method line
    says how it would find out, not that it cannot)."""
    if reply in methods_of(slug):
        return False
    return starts_with(reply, slug, "outside") or bool(OWNED_UP.search(reply))


def methods_of(slug: str) -> set[str]:
    return {
        line.format(name="Maya")
        for line in index_of(VOICES[slug].material).tagged.get("method", ())
    }


def others_of(slug: str):
    return tuple(v for v in CAST if v.slug != slug)


@pytest.mark.parametrize("slug", sorted(UNLISTED))
def test_a_question_put_with_an_unlisted_word_of_the_field_is_not_owned_up(slug):
    topics = {t for topic in VOICES[slug].style["topics"] for t in terms(topic)}
    # At least one is about a word nobody listed, and every one is about a word of its field.
    assert [q for q, _ in UNLISTED[slug] if subject(q) and subject(q) not in topics], slug
    for question, field in UNLISTED[slug]:
        assert set(terms(question)) & field_terms(VOICES[slug]), question
        for seed in SEEDS:
            reply = say(slug, f"@{slug} {question}", seed=seed, others=others_of(slug))
            assert not owns_up(slug, reply), (question, reply)
            assert "@" not in reply, (question, reply)
            # Whole words: "kin" is no "kind", "rays" no "arrays".
            assert re.search(rf"\b(?:{field})\b", reply, re.IGNORECASE), (question, reply)


def plainly_owned_up(slug: str, reply: str) -> bool:
    """One of its #outside lines that says only that it does not know, not that the matter is
    outside its field ("On that I have no observations at all", not "I know physics, not that")."""
    return starts_with(reply, slug, "outside") and not NOT_MY_FIELD.search(reply)


@pytest.mark.parametrize("slug", sorted(OWNED_IN_FIELD))
def test_in_the_field_with_nothing_on_it_and_no_method_that_fits_it_is_owned_up_plainly(slug):
    for question in OWNED_IN_FIELD[slug]:
        for seed in SEEDS:
            reply = say(slug, f"@{slug} {question}", seed=seed, others=others_of(slug))
            assert plainly_owned_up(slug, reply), (question, reply)
            assert "@" not in reply, (question, reply)


@pytest.mark.parametrize("slug", ["darwin", "einstein", "socrates"])
def test_in_the_field_with_no_line_on_it_the_persona_says_how_it_would_find_out(slug):
    """With every plain line that shares a word of the question gone, what is left to say on
    it is the persona's #method, not owning up."""
    methods = methods_of(slug)
    assert methods, slug
    asked = {
        # A creature's habit, what static does, whether a vice is ever sensible: what its way
        # of working speaks to.
        # (Bats hanging upside down have their own line now: weak legs, a tendon that locks.)
        # (Herons on one leg have the line on birds standing on one leg since session 28, and
        # herons hunting so still and static in hair and fleeces their own lines since know39.)
        "darwin": "how do kingfishers dive so straight",
        "einstein": "why does static cling happen",
        "socrates": "is cowardice ever the sensible choice",
    }[slug]
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {asked}", seed=seed, others=others_of(slug))
        assert reply in methods, reply


@pytest.mark.parametrize(
    ("slug", "asked"),
    [
        # No subject noun of its field ("tarnish", "negative"), or no process its method speaks
        # to (a haiku's syllables are counted, not written as a scene).
        ("curie", "is the tarnish on old silver cutlery toxic"),
        ("lovelace", "why is a negative times a negative positive"),
        ("shakespeare", "how many syllables is a haiku"),
    ],
)
def test_in_the_field_with_no_line_on_it_and_no_method_that_fits_it_owns_up_plainly(slug, asked):
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {asked}", seed=seed, others=others_of(slug))
        assert reply not in methods_of(slug), reply
        assert plainly_owned_up(slug, reply), reply


# Everyday messages whose words have a rare sense in some field (a cup of a flower, a ring of
# a tree, a train of a peacock, a bell of a flower) and other everyday words found in the dev
# sets' messages that WordNet files under a field on a rare sense.
EVERYDAY = [
    "did u watch the cup final last night",
    "lost my wedding ring down the sink",
    "nearly missed catching the train this morning",
    "the church bells at the wedding were so loud",
    "my alarm didnt go off this morning",
    "we had a chat about the queen over popcorn and bananas",
    "glad its friday, my adult kids are coming for tea",
    "half a million people came, i'd say",
    "its a water and soda kind of day, the sky is grey",
    "that was a massive crash, the bots are down again",
    "young tom is learning chess, doe eyed over it",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_word_with_a_rare_sense_pulls_no_message_into_a_field(text):
    every = field_stems(tuple(FIELDS))
    assert not every & set(terms(text)), text
    assert subject(text) == "", text


def test_the_church_bells_are_not_darwin_s_and_get_no_answer_of_his_field():
    for seed in SEEDS:
        reply = say("darwin", "@darwin the church bells at the wedding were so loud", seed=seed)
        assert not re.search(r"creature|bellflower|species|habit", reply), reply


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("why do bats love bell towers so much?", "bat"),
        ("how do fungi even spread?", "fungi"),
        ("i envy my sister's garden, why do roses grow so well for her", "roses"),
        ("what is the best way to learn to love poetry", "poetry"),
        ("how does a smoke alarm know", "smoke"),
    ],
)
def test_what_a_message_is_about_is_its_first_noun_of_a_field_not_a_verb(text, about):
    assert subject(text) == terms(about)[0]


def test_a_hand_over_rests_on_the_other_s_field_holding_the_subject_not_a_shared_word():
    """Before: Darwin owned up to bats and handed over to Shakespeare on "love"; now a persona
    outside the field hands bats to Darwin, the one whose field they are."""
    for seed in SEEDS:
        reply = say(
            "curie",
            "@curie random one but why do bats love bell towers so much?",
            seed=seed,
            others=others_of("curie"),
        )
        assert starts_with(reply, "curie", "outside"), reply
        assert "@darwin" in reply and "@shakespeare" not in reply, reply
        reply = say(
            "darwin",
            "@darwin random one but why do bats love bell towers so much?",
            seed=seed,
            others=others_of("darwin"),
        )
        assert not owns_up("darwin", reply) and "@" not in reply, reply
        assert re.search(r"\b(creature|habit)s?\b", reply), reply


def test_each_persona_names_its_fields_and_a_field_outside_topics_is_its_own():
    fields = {v.slug: v.style.get("fields", []) for v in CAST}
    assert fields == {
        "einstein": ["physics"],
        "shakespeare": ["literature"],
        "curie": ["chemistry"],
        "lovelace": ["mathematics"],
        "socrates": ["ethics"],
        "darwin": ["life"],
        "aibot": [],
    }
    assert {"bat", "lichen", "heron"} <= field_terms(VOICES["darwin"])
    assert not {"bat", "lichen", "heron"} & field_terms(VOICES["einstein"])


# word -> its labels in the committed file, as build_lexicon.py writes them.
EXPECTED = {
    "bat": {"life"},
    "heron": {"life"},
    "epilogue": {"literature"},
    "stanza": {"literature"},
    "lichen": {"life"},
    "hedgehog": {"life"},
    "mushroom": {"life"},
    "fungus": {"life"},
    "woodpecker": {"life"},
    "sunscreen": {"chemistry"},
    "smoke": {"chemistry", "physics"},
    "electricity": {"physics"},
    "jellyfish": {"life"},
    "median": {"mathematics"},
    "echo": {"physics"},
    "noise": {"physics"},
    "odds": {"mathematics"},
    "spreadsheet": {"mathematics"},
    "rota": {"mathematics"},
    "sonnet": {"literature"},
    "limerick": {"literature"},
    "ballad": {"literature"},
    "envy": {"ethics"},
    "cowardice": {"ethics"},
    "gratitude": {"ethics"},
}


def read_lexicon() -> dict[str, set[str]]:
    entries = {}
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, plural, labels = line.split("\t")
        assert re.fullmatch(r"[a-z]+", word) and re.fullmatch(r"[a-z]+", plural), line
        entries[word] = set(labels.split(","))
    return entries


def test_the_committed_lexicon_parses_and_holds_the_expected_labels():
    entries = read_lexicon()
    for word, labels in EXPECTED.items():
        assert entries.get(word) == labels, word
    for word in ("cup", "ring", "train", "bell", "alarm", "queen", "water"):
        assert word not in entries, word
    assert set(lexicon()) == set(FIELDS)
    text = LEXICON_FILE.read_text(encoding="utf-8")
    assert "Princeton University" in text and len(text.encode()) < 400_000
    assert text.splitlines()[-1] > text.splitlines()[20]  # sorted


def test_build_lexicon_reproduces_the_committed_file(tmp_path):
    """WordNet (apt-get install wordnet-base) is installed where the tests run."""
    out = tmp_path / "lexicon.tsv"
    out.write_text(
        build_lexicon.NOTICE + "\n".join(build_lexicon.build(Path("/usr/share/wordnet"))) + "\n",
        encoding="utf-8",
    )
    assert out.read_text(encoding="utf-8") == LEXICON_FILE.read_text(encoding="utf-8")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_live_room_darwin_answers_fungi_rather_than_owning_up(room, alice, personas):
    from tests.bots.test_conversation import answers
    from tests.bots.test_conversation import say as say_in
    from tests.bots.test_live12 import room_of

    assert personas["darwin"].style["fields"] == ["life"]  # seed_personas installed it
    await room_of(
        room, personas, "darwin", "shakespeare", "curie", chattiness=Room.Chattiness.MENTIONS
    )
    said = await answers(
        await say_in(room, alice, "@darwin how do fungi even spread? like a ring just appears")
    )
    assert list(said) == ["darwin"]
    assert not OWNED_UP.search(said["darwin"]) and "@" not in said["darwin"], said
    assert re.search(r"\b(creature|habit|soil|compost|worms|kin)s?\b", said["darwin"]), said


def test_staff_may_name_only_fields_the_lexicon_knows():
    from django.core.exceptions import ValidationError

    from bots.models import style_validate

    style_validate({"topics": ["bats"], "fields": ["life", "physics"]})
    with pytest.raises(ValidationError, match="a field is one of chemistry, ethics, life"):
        style_validate({"fields": ["astrology"]})
    with pytest.raises(ValidationError, match="must be a list of strings"):
        style_validate({"fields": "life"})


@pytest.mark.parametrize(
    ("slug", "first", "answer", "then"),
    [
        (
            "darwin",
            "@darwin how do fungi even spread? like a whole ring just appears on the lawn",
            "A compost heap is nature's kitchen.",
            "@darwin wait so how old can one of those rings be??",
        ),
        (
            "darwin",
            "@darwin are wild mushrooms ok to pick",
            "Watch the creature patiently.",
            "@darwin does picking actually harm them or is it the trampling",
        ),
        (
            "einstein",
            "@einstein why does the echo in a cave last so long",
            "Imagine this.",
            "@einstein and why are those so much louder in a tunnel",
        ),
    ],
)
def test_a_follow_up_pointing_back_at_a_question_of_the_field_is_in_the_field(
    slug, first, answer, then
):
    """Before: "@darwin wait so how old can one of those rings be??" after a question on fungi
    got "I could not say, Hattie; I have spent my life on beetles, barnacles and finches."."""
    history = (Line("maya", first), Line(VOICES[slug].name, answer, own=True))
    for seed in SEEDS:
        reply = say(slug, then, seed=seed, history=history, others=others_of(slug))
        # A line of its own on it, or owned up to plainly as a question of its field (never
        # "not my field", never handed over); its #method only when that speaks to it.
        assert not owns_up(slug, reply) or plainly_owned_up(slug, reply), reply
        assert "@" not in reply, reply


def test_a_new_question_outside_the_field_after_one_in_it_is_still_owned_up_to():
    history = (
        Line("maya", "@darwin how do fungi even spread?"),
        Line("Charles Darwin", "A compost heap is nature's kitchen.", own=True),
    )
    for seed in SEEDS:
        reply = say(
            "darwin", "@darwin how do i get a refund on a train ticket", seed=seed, history=history
        )
        assert starts_with(reply, "darwin", "outside"), reply


@pytest.mark.parametrize(
    "asked",
    [
        "is it bad to mix 2 cleaning sprays, the fumes made me cough",
        "is it dangerous mixing cleaning products",
    ],
)
def test_mixing_cleaning_products_is_never_called_harmless_by_curie(asked):
    """Before: "is it bad to mix two cleaning products? the fumes ..." got "No, Hattie, I do not
    think so ... I did the housework and the laboratory work both"."""
    for seed in SEEDS:
        reply = say("curie", f"@curie {asked}", seed=seed, others=others_of("curie"))
        assert re.search(r"fumes that burn the lungs", reply), reply
        assert not re.match(r"(No|I doubt|I am not)", reply), reply
