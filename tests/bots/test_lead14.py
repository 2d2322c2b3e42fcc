"""Live-room readings found by the lead in round fourteen: a greeting that says something more
is not asked what brought them; "i'll add a line to the notes" after thanks is thanks, not a
request for lines; "not too dramatic" after the words a persona gave asks for other words."""

import pytest

from bots.addressing import praise_then_told
from bots.asks import another_asked, request_kind
from bots.engine import WHAT_IF, either_or
from bots.material import index_of
from bots.valence import DEATH, QUESTION, death_told, mood
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with

SLUGS = ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]


def invites_of(slug: str) -> tuple[str, ...]:
    return index_of(VOICES[slug].material).tagged["invite"]


@pytest.mark.parametrize("slug", SLUGS)
def test_a_greeting_that_says_more_is_greeted_without_asking_what_brought_them(slug):
    said = f"@{slug} evening all, debrief from sunday is up on the drive if anyone wants to cringe"
    reply = say(slug, said, author="mags", others=CAST)
    assert starts_with(reply, slug, "hello", name="Mags"), reply
    assert not any(invite in reply for invite in invites_of(slug)), reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_bare_greeting_is_still_invited_to_say_more(slug):
    reply = say(slug, f"@{slug} hi everyone!", author="mags", others=CAST)
    assert starts_with(reply, slug, "hello", name="Mags"), reply
    assert any(reply.endswith(invite) for invite in invites_of(slug)), reply


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("thanks curie, makes sense, i will add a line to the induction notes", ""),
        ("i'll add a line to the card", ""),
        ("we wrote a speech for the wedding", ""),
        ("ill put a quote on the banner for the party", ""),
        ("i need a toast for my sisters wedding", "occasion"),
        ("i'll need a toast for the wedding", "occasion"),
        ("i really need a toast for my sisters wedding", "occasion"),
        ("we desperately need a speech for the leaving do", "occasion"),
        ("could i have a line for my dads retirement card", "occasion"),
        ("i " + "'" * 60 + " x y z w a toast for the wedding", "occasion"),  # no backtracking
        ("i'd love a verse for my mums birthday", "occasion"),
        ("i want a motto for the team hoodies", "occasion"),
    ],
)
def test_words_the_speaker_will_write_are_no_request(said, kind):
    assert request_kind(said) == kind


def test_thanks_that_mention_a_line_for_the_notes_are_acknowledged():
    before = (
        Line("ollie", "@curie is there anything we should do about the dust in the workshop"),
        Line("Marie Curie", "Open the windows, Ollie; a closed room keeps what you breathe.", True),
    )
    said = "thanks curie, so mostly air it out. makes sense, i'll add a line to the induction notes"
    reply = say("curie", said, author="ollie", history=before, others=CAST)
    assert starts_with(reply, "curie", "thanks", name="Ollie"), reply


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("and not too dramatic @shakespeare, we're a bunch of people in wellies", True),
        ("shorter pls", True),
        ("hmm maybe something lighter?", True),
        ("got another one?", True),
        ("its a bit too long for a hoodie", True),
        ("lol love it", False),
        ("not bad at all", False),
        ("and mention the zamboni", False),
        ("not too bad thanks", False),
        ("not too shabby!", False),
        ("no that is lovely", False),
        ("one more thing, the party is on friday", False),
        ("lol too much wine last night", False),
        ("another?", True),
        ("got another?", True),
        ("one more pls", True),
    ],
)
def test_other_words_asked_for(said, asks):
    assert another_asked(said) is asks


def test_other_words_asked_for_are_other_words_for_the_same_request():
    asked = "@shakespeare we need a motto for the team hoodies, something short and brave"
    first = say("shakespeare", asked, author="mags", others=CAST)
    # A motto for hoodies is one of his `#motto` lines (bard24): keyed, then the line.
    mottoes = [
        line.split(":", 1)[1].strip()
        for line in index_of(VOICES["shakespeare"].material).tagged["motto"]
    ]
    given = [line for line in mottoes if line.format(name="Mags") == first]
    assert len(given) == 1, first
    history = (Line("mags", asked), Line("William Shakespeare", first, True))
    said = "and not too dramatic @shakespeare, we're a bunch of people in wellies"
    reply = say("shakespeare", said, author="jo", history=history, others=CAST)
    again = [line for line in mottoes if line.format(name="Jo") == reply]
    assert again and again[0] != given[0], reply


@pytest.mark.parametrize(
    ("said", "praises"),
    [
        ("ha told you. good point , the blade pressure isnt nearly enough to melt it at -5", True),
        ("good point. my nan said the same", True),
        ("good point, but who decides whats fair?", False),
        ("good point, but i still think its the pressure", False),
        ("i had a good point to make, the bus was late", False),
        ("fair enough, never mind then", False),
        ("makes sense, although i still disagree", False),
        ("good point, although i still disagree with the rest", False),
    ],
)
def test_praise_then_a_thing_of_ones_own(said, praises):
    assert praise_then_told(said) is praises


def test_praise_followed_by_a_claim_is_taken_as_praise():
    before = (
        Line("dev", "@einstein why is ice slippery?"),
        Line("Albert Einstein", "A lovely question, Dev. Ice floats because water expands.", True),
        Line("bex", "its the pressure!! we learned it at school"),
    )
    said = "ha told you. good point einstein, the blade pressure isnt nearly enough to melt it"
    reply = say("einstein", said, author="dev", history=before, others=CAST)
    assert starts_with(reply, "einstein", "praised", name="Dev"), reply


def test_a_playful_what_if_in_its_field_is_laughed_at_and_answered_from_it():
    said = "@einstein if i drove the resurfacer at light speed would the ice be done before i began"
    reply = say("einstein", f"{said} 😂", author="tom", others=CAST)
    assert reply.startswith("Ha, Tom! "), reply
    assert "speed of light" in reply, reply


def test_a_wry_story_with_no_question_is_still_laughed_along_with():
    said = "@einstein i spent an hour looking for my glasses and they were on my head 😂"
    reply = say("einstein", said, author="tom", others=CAST)
    assert starts_with(reply, "einstein", "laugh", name="Tom"), reply


@pytest.mark.parametrize(
    "said",
    [
        "is it a zamboni if its not made by zamboni? asking to end a three year argument",
        "can you end our long running office debate: is a hot dog a sandwich",
    ],
)
def test_an_argument_to_end_with_words_between_is_one_to_settle(said):
    assert request_kind(said) == "settle"
    reply = say("socrates", f"@socrates {said}", author="bex", others=CAST)
    assert starts_with(reply, "socrates", "settle", name="Bex"), reply


@pytest.mark.parametrize(
    "said",
    ["parallel parked first try, nailed it. it was an empty car park", "nailed it, the cake rose"],
)
def test_praise_of_oneself_is_no_praise_of_the_persona(said):
    assert not praise_then_told(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("one line for the label on my honey jars pls", "occasion"),
        ("a line for my honey jar labels?", "occasion"),
        ("give us a little verse for my first ever decent loaf pls", "verse"),
        ("i need a quote for my car insurance", ""),
        ("i need a quote for my car insurance, what do you think", ""),
    ],
)
def test_words_for_a_thing_to_put_them_on_are_asked_for(said, kind):
    assert request_kind(said) == kind


def test_lines_for_a_thing_that_names_a_subject_are_on_it():
    """s25: the label on honey jars names honey: Ariel's bee (was its words for any occasion)."""
    reply = say(
        "shakespeare",
        "@shakespeare one line for the label on my honey jars pls",
        author="ola",
        others=CAST,
    )
    assert reply == (
        "For the label, Ola, take this from my own stock. Ariel sings it in The Tempest: "
        '"Where the bee sucks, there suck I: in a cowslip\'s bell I lie."'
    )


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("@shakespeare give us a little verse for my first ever decent loaf pls", "For the"),
        ("@shakespeare something for the poster for our quiz night", "For the poster, Ola,"),
    ],
)
def test_lines_for_a_thing_on_no_subject_are_its_words_for_any_occasion(said, offered):
    reply = say("shakespeare", said, author="ola", others=CAST)
    general = [
        line.split(":", 1)[1].strip()
        for line in index_of(VOICES["shakespeare"].material).tagged["occasion"]
        if line.split(":", 1)[0].strip() == "any"
    ]
    assert reply.startswith(offered), reply
    assert any(reply.endswith(line) for line in general), reply


def test_a_greeting_then_a_question_with_no_question_mark_is_answered():
    said = "@einstein hey quick q, why does water boil at a lower temp up mountains"
    reply = say("einstein", said, author="sam", others=CAST)
    assert starts_with(reply, "einstein", "answer", name="Sam"), reply
    assert "boils at a lower temperature" in reply, reply


@pytest.mark.parametrize(
    "said", ["does a blanket actually make heat or what", "is radon actually dangerous or nah"]
)
def test_or_what_at_the_end_offers_no_choice(said):
    assert either_or(said) is None


def test_a_question_ending_in_or_what_is_answered_from_the_field():
    reply = say("einstein", "@einstein does a blanket actually make heat or what", author="sam")
    assert "trapping still air" in reply, reply


def test_a_question_of_its_field_told_against_oneself_is_laughed_at_and_answered():
    said = "@einstein lol my kid asked me why stars twinkle and i had no idea"
    reply = say("einstein", said, author="sam", others=CAST)
    assert reply.startswith("Ha, Sam! Stars twinkle because"), reply


@pytest.mark.parametrize(
    "said",
    [
        "at the end the whole argument seemed silly",
        "we'll decide the back row later",
        "by the end the family row was forgotten",
    ],
)
def test_an_end_or_a_row_is_no_argument_to_settle(said):
    assert request_kind(said) == ""


def test_praise_with_grave_news_is_met_as_grave_news():
    before = (
        Line("sam", "@einstein why is ice slippery?"),
        Line("Albert Einstein", "A lovely question, Sam. Ice floats because water expands.", True),
    )
    said = "@einstein good point, my nan passed away last night"
    reply = say("einstein", said, author="sam", history=before, others=CAST)
    assert starts_with(reply, "einstein", "condolence", name="Sam"), reply


@pytest.mark.parametrize(
    ("said", "what_if"),
    [
        ("if i drove at light speed would the ice be done before i began", True),
        ("if only the bus would come on time for once lol", False),
        ("if " * 1666, False),
    ],
)
def test_a_what_if(said, what_if):
    assert bool(WHAT_IF.search(said)) is what_if


@pytest.mark.parametrize(
    ("said", "dead"),
    [
        ("the baby was put down at 7 and slept through!", False),
        ("i was put to sleep for my wisdom teeth op", False),
        ("i was put down by my manager", False),
        ("the deposit was put down", False),
        ("the new carpet was put down today", False),
        ("she was put down this morning", True),
        ("our cat had to be put to sleep", True),
        ("the old dog was put down yesterday", True),
    ],
)
def test_only_an_animal_is_put_down_for_good(said, dead):
    assert bool(DEATH.search(said)) is dead


def test_a_flood_of_emoji_is_read_without_spelling_out_every_one():
    assert mood("😂" * 5000) == "neutral"
    assert mood("got the job!!! " + "🎉" * 3000) == "good"


@pytest.mark.parametrize(
    ("said", "felt", "died"),
    [
        (
            "my headtorch died halfway through the trip and my backup is a birthday candle",
            "rueful",
            False,
        ),
        ("my car is dead again", "rueful", False),
        ("we brought someone out who didnt make it. i cant sleep", "grave", True),
        ("sorry i didnt make it to the party", "rueful", False),
        ("our cat is dead", "grave", True),
        (
            "my niece landed her first axel today and i screamed so loud the driver stopped 😭🎉",
            "good",
            False,
        ),
    ],
)
def test_things_that_die_and_people_who_did_not_make_it(said, felt, died):
    assert mood(said) == felt
    assert death_told(said) is died


def test_other_words_are_asked_for_with_a_message_between():
    asked = "@shakespeare we need a motto for the team hoodies, something short and brave"
    first = say("shakespeare", asked, author="mags", others=CAST)
    history = (
        Line("mags", asked),
        Line("William Shakespeare", first, True),
        Line("ollie", "nothing too long, it has to fit across the back"),
    )
    said = "and not too dramatic @shakespeare, we're a bunch of people in wellies"
    reply = say("shakespeare", said, author="jo", history=history, others=CAST)
    # Another of his mottoes (bard24), said to Jo, not the one Mags got.
    mottoes = [
        line.split(":", 1)[1].strip().format(name="Jo")
        for line in index_of(VOICES["shakespeare"].material).tagged["motto"]
    ]
    assert reply in mottoes, reply
    assert reply != first.replace("Mags", "Jo"), reply


def test_but_then_why_is_a_question():
    assert QUESTION.search("ok fine but then WHY is it slippery, nobody answered that bit")
