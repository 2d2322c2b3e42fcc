from __future__ import annotations

import re

import pytest

from bots.engine import ChatLine, Voice, house_intent, offline_reply, read
from bots.material import STOPWORDS, index_of, material_validate, terms
from bots.policy import Candidate, summoned
from bots.seeded import seeded

SPECS = {p["slug"]: p for p in seeded()}
PEOPLE = ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]
NAMES = tuple(name for spec in SPECS.values() for name in (spec["slug"], spec["name"]))


def voice(slug: str, **changes) -> Voice:
    spec = SPECS[slug]
    fields = {
        "slug": slug,
        "name": spec["name"],
        "max_reply_chars": spec["max_reply_chars"],
        "is_house_bot": spec.get("is_house_bot", False),
        "style": spec["style"],
        "material": tuple(spec["material"]),
        **changes,
    }
    return Voice(**fields)


def reply(slug: str, message: str, *, seed: int = 1, author: str = "sam", **kwargs) -> str:
    history = kwargs.pop("history", ())
    return offline_reply(
        voice(slug),
        message=message,
        seed=seed,
        ignore=NAMES,
        history=(*history, ChatLine(author=author, text=message)),
        **kwargs,
    )


def bigrams(text: str) -> set[str]:
    words = re.findall(r"[a-z']+", text.lower())
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


@pytest.mark.parametrize("slug", PEOPLE)
def test_each_persona_carries_sixty_sentences_of_its_own(slug):
    material = SPECS[slug]["material"]
    material_validate(material)
    lines = index_of(tuple(material)).lines
    assert len(lines) >= 60
    for line in lines:
        assert line.text[0].isupper() and line.text[-1] in ".!?", line.text
        assert "{" not in line.text
    # No line may summon another persona into the conversation by naming it.
    others = tuple(
        Candidate(slug=s, name=SPECS[s]["name"], talkativeness=50) for s in SPECS if s != slug
    )
    assert [line for line in material if summoned(line, others)] == []


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Hi everyone!", "hello"),
        ("Good evening! How is everybody?", "hello"),
        ("Hello there, I'm new here", "welcome"),
        ("just joined, first time here", "welcome"),
        ("Thanks, that was really helpful!", "thanks"),
        ("cheers for that", "thanks"),
        ("Good night, all", "bye"),
        ("gotta go, see you tomorrow", "bye"),
        ("Why does time slow down when you move fast?", "question"),
        ("Hi! What is radium?", "question"),
        ("Do you think people spend too much time on their phones?", "opinion"),
        ("What's your view on homework?", "opinion"),
        ("My dog keeps barking at night.", "remark"),
        ("I just got a new job!", "remark"),
        ("I agree with Dora about the trains.", "agree"),
        ("Dora is wrong, trains are slower.", "disagree"),
        ("I disagree with you.", "disagree"),
    ],
)
def test_reading_what_kind_of_thing_was_said(message, kind):
    reading = read(message, voice=voice("einstein"), speakers=["Dora"], query=terms(message))
    assert reading.kind == kind


def test_greetings_and_newcomers_are_greeted_by_name():
    assert reply("einstein", "Hi everyone, I'm new here", author="nora") == (
        "Welcome, Nora! New arrivals are my favourite people: they still ask why. What shall we "
        "wonder about together?"
    )
    for slug in PEOPLE:
        assert "Nora" in reply(slug, "Good morning!", author="nora")
        assert "Nora" in reply(slug, "Hello all, just joined today", author="nora")


def test_thanks_and_farewells_are_answered_in_kind():
    for slug in PEOPLE:
        thanks = reply(slug, "Thank you so much, that helped a lot", author="ivo")
        bye = reply(slug, "Bye everyone, off to bed", author="ivo")
        assert "Ivo" in thanks and "Ivo" in bye
        acknowledged = r"welcome|thank|pleasure|nothing|kind|owe|not at all"
        assert re.search(acknowledged, thanks, re.I), thanks
        farewell = r"bye|farewell|night|adieu|until|go well|evening|revoir|wiedersehen"
        assert re.search(farewell, bye, re.I), bye


@pytest.mark.parametrize(
    ("slug", "question", "field_words"),
    [
        ("einstein", "Why does a clock run slow when it moves?", {"time", "gravity"}),
        ("shakespeare", "How do I write a sonnet?", {"lines", "couplet"}),
        ("curie", "How did you discover polonium?", {"country", "1898"}),
        ("darwin", "Why are the finches on each island different?", {"beaks", "food"}),
    ],
)
def test_questions_in_the_field_are_answered_from_the_material(slug, question, field_words):
    answer = reply(slug, question)
    assert any(re.search(rf"\b{word}\b", answer, re.I) for word in field_words), answer


def test_outside_its_field_a_persona_owns_up_and_hands_over_to_one_who_knows():
    cast = tuple(voice(slug) for slug in PEOPLE if slug != "shakespeare")
    answer = reply("shakespeare", "How long is the half-life of radium?", others=cast)
    tagged = index_of(tuple(SPECS["shakespeare"]["material"])).tagged
    assert any(answer.startswith(o.format(name="Sam")) for o in tagged["outside"]), answer
    assert "@curie" in answer and "@" not in answer.replace("@curie", ""), answer
    # Nobody in the room cooks: owned up to, with his own word on cooking, handed to no one.
    dinner = reply("einstein", "Can you give me a recipe for a quick dinner?", others=cast)
    assert dinner == (
        "Cookery is beyond me, Sam; Elsa did our cooking, and my own art in the kitchen went no "
        "further than boiling water for coffee."
    )


def test_a_persona_answering_a_persona_names_it():
    said = "Time is not absolute: a moving clock ticks more slowly than your own."
    history = (ChatLine(author="sam", text="@einstein @socrates what is time?"),)
    answer = offline_reply(
        voice("socrates"),
        message=said,
        seed=3,
        ignore=NAMES,
        history=(*history, ChatLine(author="Albert Einstein", text=said)),
    )
    assert "Albert" in answer, answer
    assert "Sam" not in answer


def test_agreeing_with_an_earlier_speaker_is_taken_up_naming_them():
    history = (ChatLine(author="Ada Lovelace", text="A machine might compose music."),)
    answer = reply("darwin", "I agree with Ada, machines can be creative", history=history)
    # The agreement taken in, or Darwin's own view of Ada's point; never "you doubt Ada".
    taken = ("So you agree with Ada", "You side with Ada")
    own_view = ("I think Ada", "Ada has", "I am not with Ada", "I doubt Ada")
    assert answer.startswith(taken + own_view), answer


@pytest.mark.parametrize(
    "remark",
    [
        "My dog keeps barking at night.",
        "Actually faster trains would be nice.",
        "I'm new to baking sourdough bread.",
        "The weather was awful on the way to work.",
        "I just finished reading a great novel about whales.",
        "Our kitchen tap keeps dripping all day long.",
    ],
)
def test_no_run_of_the_message_is_set_in_as_a_subject(remark):
    for slug in PEOPLE:
        for seed in range(3):
            answer = reply(slug, remark, seed=seed)
            runs = {r for r in bigrams(remark) if not set(r.split()) & STOPWORDS}
            assert not runs & bigrams(answer), (slug, remark, answer)


def test_the_theme_steers_the_material_and_is_never_pasted():
    remark = "What have you been working on?"
    birds = [reply("darwin", remark, seed=s, theme="Birds of remote islands") for s in range(6)]
    worms = [reply("darwin", remark, seed=s, theme="Worms and soil") for s in range(6)]
    assert all(re.search(r"island|finch|bird|mockingbird", r, re.I) for r in birds), birds
    assert all(re.search(r"earthworm|soil|worm", r, re.I) for r in worms), worms
    for answer in birds + worms:
        assert "remote islands" not in answer.lower() and "worms and soil" not in answer.lower()


def test_replies_are_reproducible_and_never_the_same_twice_in_a_row():
    for slug in PEOPLE:
        first = reply(slug, "What about music?", theme="jazz", seed=11)
        assert reply(slug, "What about music?", theme="jazz", seed=11) == first
        assert reply(slug, "What about music?", theme="jazz", seed=11, avoid=first) != first


def test_a_persona_does_not_repeat_a_line_it_used_recently():
    first = reply("curie", "Tell me about radium")
    history = (
        ChatLine(author="sam", text="Tell me about radium"),
        ChatLine(author="Marie Curie", text=first, own=True),
    )
    second = reply("curie", "Tell me about radium", history=history, seed=2)
    shared = [s for s in re.split(r"(?<=[.!?])\s", first) if s in second and len(s) > 30]
    assert shared == []


@pytest.mark.parametrize(
    ("question", "intent", "needle"),
    [
        ("What is Python?", "python", "Python"),
        ("how does async work", "async", "event loop"),
        ("explain websockets please", "websocket", "WebSocket"),
        ("what is event-driven design", "event-driven", "event"),
        ("which database should I use", "database", "database"),
        ("how do I mention a persona?", "salon-mention", "Write @"),
        ("how can I make a room private", "salon-private", "Private"),
        ("how do I stop a reply?", "salon-stop", "Press Stop"),
        ("why is the sky blue?", "default", "don't know"),
        ("I just got a new job at a bakery!", "default", "congratulations"),
        ("", "default", "/AIBot"),
    ],
)
def test_house_bot_detects_intent(question, intent, needle):
    assert house_intent(question) == intent
    for seed in range(4):
        answer = offline_reply(voice("aibot"), message=question, seed=seed)
        assert needle.lower() in answer.lower()
        assert len(answer) <= SPECS["aibot"]["max_reply_chars"]


def test_long_replies_are_cut_at_a_sentence_rather_than_a_word():
    # The whole reply is two sentences and 120 characters more. After a long opener the first
    # sentence would be cut at a word ("... had beaks suited…"): another draw's shorter opener
    # keeps it whole ("A fair question, friend. On the Galápagos ..."); with no room for any
    # opener, it is cut at a word.
    fact = (
        "On the Galápagos the finches of each island had beaks suited to the food of that island."
    )
    cut, asked = 0, "Tell me about finches"
    # Fewer than a quarter cut, over three dozen seeds: over a dozen, three or two was the luck
    # of the seeds (a new line shifts every draw), not a change in how often it happens.
    for seed in range(36):
        short = offline_reply(voice("darwin", max_reply_chars=120), message=asked, seed=seed)
        assert len(short) <= 120, short
        if short.endswith("…"):
            # Only when every one of the draws tried opens too long for the sentence to fit.
            cut += 1
            draws = [
                offline_reply(voice("darwin"), message=asked, seed=seed + k * 7919)
                for k in range(6)
            ]
            assert all(len(d[: d.index(fact) + len(fact)]) > 120 for d in draws), draws
        else:
            assert short.endswith(fact), short
    assert cut < 9
    tiny = offline_reply(voice("darwin", max_reply_chars=12), message="finches?", seed=5)
    whole = offline_reply(voice("darwin"), message="finches?", seed=5)
    assert len(tiny) <= 12 and tiny.endswith("…") and whole.startswith(tiny[:-1]), tiny


def test_naming_a_persona_to_disagree_with_is_taken_up_even_before_it_spoke():
    assert reply("socrates", "Einstein, you are wrong about time!").startswith(
        "You disagree with Einstein, Sam?"
    )
    # Told it is wrong before it said a word in the room, a persona says what it holds first;
    # it never agrees (session 42: it had said "Perhaps I put it too bluntly").
    said = reply("einstein", "Einstein, you are wrong about time!")
    assert said == (
        "Let me say what I actually think first, Sam, and then you may disagree with the right "
        "thing."
    ), said


def test_a_one_word_question_is_answered_by_the_one_whose_material_speaks_to_it():
    # Its opener is the seed's choice; the line is the one on justice.
    said = reply("socrates", "what is justice?")
    openers = index_of(tuple(SPECS["socrates"]["material"])).tagged["answer"]
    assert any(said.startswith(o.format(name="Sam")) for o in openers), said
    assert said.endswith(
        "Justice is the health of the soul, as medicine is the health of the body."
    ), said
    owning_up = index_of(tuple(SPECS["einstein"]["material"])).tagged["outside"]
    assert reply("einstein", "what is justice?") in {o.format(name="Sam") for o in owning_up}


@pytest.mark.parametrize("said", ["", "🙂🙂", "What?"])
def test_nothing_to_take_up_asks_for_more(said):
    assert reply("einstein", said) == (
        "Interesting, Sam; life has its own thought experiments. What shall we wonder about "
        "together?"
    )


def test_a_question_mark_alone_is_asked_for_its_question():
    # (fallback46: it had the same "Interesting, Sam ..." as an empty message)
    assert reply("einstein", "???") == (
        "A question mark alone, Sam? Ask away; I have questions of my own all day."
    )


@pytest.mark.parametrize("slug", PEOPLE)
def test_an_everyday_opinion_is_not_answered_for_one_common_word(slug):
    # "time" is in Einstein's field and in everyone's material; the question is about phones:
    # a verdict in character, and no line about time.
    said = reply(slug, "Do you think people spend too much time on their phones?")
    tagged = index_of(tuple(SPECS[slug]["material"])).tagged
    # Whether something is so: a verdict, with no advice tacked on as its "reason".
    # Its verdict, then its take on phones (an everyday matter it has a view on), not time.
    verdicts = {line.format(name="Sam") for line in tagged["yes"] + tagged["no"]}
    phones = [t.split(":", 1)[1].strip() for t in tagged["take"] if t.startswith("phone")]
    assert len(phones) == 1 and said.endswith(phones[0]), said
    assert said[: -len(phones[0])].strip() in verdicts | {"Yes, Sam.", "No, Sam."}, said
    # What one ought to do: the verdict comes with a view of how to weigh such things.
    said = reply(slug, "Is it rude to phone someone after ten at night?")
    verdicts = {line.format(name="Sam") for line in tagged["yes"] + tagged["no"]}
    verdicts |= {f"{word}, Sam." for word in ("Yes", "No", "Ay", "Nay")}  # in a word, if long
    verdict = next(v for v in verdicts if said.startswith(v))
    manners = [t.split(":", 1)[1].strip() for t in tagged["take"] if t.startswith("rude")]
    assert said[len(verdict) :].strip() in (*tagged["view"], *manners), said


def test_the_house_bot_says_plainly_what_it_does_not_know_without_its_menu():
    for seed in range(4):
        answer = offline_reply(voice("aibot"), message="why is the sky blue?", seed=seed)
        assert "don't know" in answer and "Python" not in answer and "WebSockets" not in answer
