"""An idea asked for the people's own project (idea17): "any ideas for our science week stall",
"whats a physics trick we could hide in a puzzle", "how would you make our pub quiz more fun" get
ONE concrete idea from the persona's own field, offered for the thing they named ("For your
escape game, Maya, ..."); a project none of its ideas fits is owned up to, asking what they are
making. A problem ("any ideas why my bread is flat"), an idea told ("i had an idea") and a plain
question ask for none."""

import pytest

from bots.asks import project_of, request_kind
from bots.engine import DEFAULT_TAGGED
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say, tagged


def offers(slug: str, what: str, kind: str = "pitch") -> set[str]:
    """The persona's offers of an idea (or owning up to none) for `what`, to Maya."""
    return {o.format(what=what, name="Maya") for o in index_of(VOICES[slug].material).tagged[kind]}


def idea(slug: str, begins: str) -> str:
    """The persona's `#idea` line that begins with `begins`."""
    lines = [t.split(":", 1)[1].strip() for t in tagged(slug, "idea") if begins in t]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize(
    ("slug", "text", "what", "begins"),
    [
        # The four live-room examples, rated 1.5-2: "Small disasters, Mo; by tomorrow they are
        # anecdotes.", "Every program, however grand, comes down to a few humble acts ...", a
        # line on the Globe's sharers, Analytical Engine history.
        (
            "einstein",
            "@einstein since they're physicists, whats a physics trick we could hide in a puzzle "
            "that would fool normal people but make them smile",
            "a puzzle",
            "Write the clue backwards",
        ),
        (
            "lovelace",
            "@lovelace how would you randomise the clues so repeat players can't just remember "
            "the answers",
            "the clues",
            "Keep several sets of clues",
        ),
        (
            "shakespeare",
            "@shakespeare we need a backstory letter for our murder mystery night with a clue "
            "hidden in it. can u write it",
            "your murder mystery night",
            "Hide it as Maria does in Twelfth Night",
        ),
        (
            "lovelace",
            "@lovelace we want a puzzle where players work out a hidden rule from a punch-card "
            "style machine ... how would u make it solvable in 10 min but not obvious",
            "a puzzle",
            "Let the machine's rule be binary",
        ),
        # One of each persona's, for projects of other kinds.
        (
            "curie",
            "@curie we're running a halloween party at the community centre, any ideas for "
            "something spooky that glows",
            "a halloween party",
            "Tonic water glows blue",
        ),
        (
            "darwin",
            "@darwin whats a trick we could use in our scavenger hunt to make it harder",
            "your scavenger hunt",
            "Put a few things in plain sight",
        ),
        (
            "socrates",
            "@socrates suggestions for a dinner party game where people actually talk",
            "a dinner party game",
            "Do as we did at Agathon's feast",
        ),
        (
            "einstein",
            "@einstein any ideas for our science week stall at the school fair? want the kids "
            "queueing",
            "your science week stall",
            "Challenge every passer-by",
        ),
        (
            "shakespeare",
            "@shakespeare any ideas for how to make our pub quiz more fun, people are getting "
            "bored of it",
            "your pub quiz",
            "Add a round of insults",
        ),
    ],
)
def test_an_idea_asked_for_a_project_is_one_of_its_field_offered_for_it(slug, text, what, begins):
    assert request_kind(text) == "idea"
    assert project_of(text) == what
    reply = say(slug, text)
    assert reply.endswith(idea(slug, begins)), reply
    assert reply.removesuffix(idea(slug, begins)).strip() in offers(slug, what), reply
    assert len(reply) <= VOICES[slug].max_reply_chars, reply


@pytest.mark.parametrize(
    "text",
    [
        "any ideas why my bread is flat",
        "any ideas why my tomatoes keep splitting",
        "i had an idea for a new kind of battery lol",
        "i had an idea last night, what if we all just stopped using phones at dinner",
        "how do pigeons find home",
        "the school hall has awful acoustics for the recital, any ideas how to fix it?",
        "our bus lines are a mess since the timetable changed, any ideas why?",
        "we had some great ideas for the quiz last night",
        "any ideas for a good bar in town",
        "any ideas for a christmas present for my mum",
    ],
)
def test_a_problem_an_idea_told_or_a_question_asks_no_idea(text):
    assert request_kind(text) != "idea"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("any suggestions for a good book for our book club", "recommend"),
        ("any ideas how to organise our quiz night", "method"),
        ("any ideas for a rota for our cafe staff", "method"),
        ("whats a good name for our quiz team", "occasion"),
    ],
)
def test_a_book_a_plan_or_a_name_for_a_project_is_still_that_request(text, kind):
    assert request_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("help us make our physics escape room harder", "your physics escape room"),
        ("what would you do for our stall at the fete", "your stall"),
        ("can you think of a game for the kids party", "a game"),
        ("wanna help us with ideas for the fete", "the fete"),
        ("any ideas for our office christmas do?", "your office christmas"),
    ],
)
def test_an_idea_asked_in_other_words_is_one(text, what):
    assert request_kind(text) == "idea"
    assert project_of(text) == what


def test_a_birthday_said_by_its_number_is_a_party():
    reply = say("einstein", "@einstein got any fun ideas for my dads 60th? hes a retired engineer")
    assert reply.endswith(idea("einstein", "A wet finger round the rim")), reply
    assert reply.removesuffix(idea("einstein", "A wet finger")).strip() in offers(
        "einstein", "your dads 60th"
    ), reply


def test_a_problem_is_not_answered_with_an_idea():
    reply = say("einstein", "@einstein any ideas why my bread is flat")
    assert not any(reply.startswith(o) for o in offers("einstein", "your bread")), reply
    assert not any(line.split(":", 1)[1].strip() in reply for line in tagged("einstein", "idea"))


def test_a_project_no_idea_fits_is_owned_up_to_asking_what_it_is():
    # Nothing of physics is keyed to a newsletter: no stock line from its life, but owning up
    # and asking, naming the thing.
    reply = say("einstein", "@einstein any ideas for our parish newsletter?")
    assert reply == (
        "For your parish newsletter I have no trick of physics that fits, Maya, and I would "
        "rather say so; tell me more of what you are making, and for whom?"
    )
    assert reply in offers("einstein", "your parish newsletter", "noidea")


def test_tips_for_a_project_with_no_tip_on_it_get_an_idea_for_it():
    # Was "My opinion, Mo? ... The Jacquard loom weaves flowers as the Engine weaves algebra".
    text = "@lovelace any tips for our sign for the craft fair, needs to grab people"
    reply = say("lovelace", text)
    assert reply.endswith(idea("lovelace", "Put a small puzzle on the sign")), reply
    assert reply.startswith(tuple(offers("lovelace", "your sign"))), reply


def test_another_idea_asked_is_another_one():
    first = "@darwin any ideas for a nature activity at my kids birthday party, theyll be 7"
    given = say("darwin", first)
    assert given.endswith(idea("darwin", "Scatter twenty green")), given
    reply = say(
        "darwin",
        "@darwin got another one?",
        history=[Line("maya", first), Line("Charles Darwin", given, True)],
    )
    again = tagged("darwin", "again") or set(DEFAULT_TAGGED["again"])
    assert reply.startswith(tuple(a.format(name="Maya") for a in again)), reply
    assert "Scatter twenty green" not in reply, reply
    assert any(reply.endswith(line.split(":", 1)[1].strip()) for line in tagged("darwin", "idea"))


@pytest.mark.parametrize(
    "slug", ["einstein", "curie", "lovelace", "shakespeare", "darwin", "socrates"]
)
def test_each_persona_has_a_dozen_ideas_that_fit_with_its_offer(slug):
    ideas = [t.split(":", 1)[1].strip() for t in tagged(slug, "idea")]
    assert 12 <= len(ideas) <= 15
    offers = index_of(VOICES[slug].material).tagged["pitch"]
    shortest = min(len(o.format(what="your murder mystery night", name="Maya")) for o in offers)
    assert all(shortest + 1 + len(line) <= VOICES[slug].max_reply_chars for line in ideas)
    assert index_of(VOICES[slug].material).tagged["noidea"]


def test_an_idea_asked_just_after_the_project_was_named_is_for_that_project():
    # Was "Let us take it carefully, Maya. Careful records matter more than clever ideas; ..."
    said = Line("jo", "we are running a halloween party at the community centre on friday")
    reply = say("curie", "@curie any ideas?", history=[said])
    assert reply.endswith(idea("curie", "Tonic water glows blue")), reply
    assert reply.removesuffix(idea("curie", "Tonic water")).strip() in offers(
        "curie", "a halloween party"
    ), reply


def test_any_ideas_after_a_problem_asks_no_idea():
    said = Line("jo", "my bread came out flat again")
    reply = say("curie", "@curie any ideas?", history=[said])
    assert not any(line.split(":", 1)[1].strip() in reply for line in tagged("curie", "idea"))


def test_an_idea_asked_on_a_thing_of_its_own_is_not_for_the_project_before():
    said = Line("maya", "@socrates any ideas for the staff away day, everyone hates role play")
    reply = say("socrates", "@socrates any ideas what i should cook tonight", history=[said])
    assert not any(line.split(":", 1)[1].strip() in reply for line in tagged("socrates", "idea"))
