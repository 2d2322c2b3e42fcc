"""Who answers, and when: pure functions of the room's state, so they can be tested exactly.

The random choices take a seed (the trigger message's id), so the same state always gives
the same answer.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass
from functools import lru_cache

from bots.addressing import asked_of, follows_up, plans, regard, spoken_of
from bots.care import distress, is_care_reply
from bots.context import asked_of_nobody
from bots.engine import greets, owned_up_in, speaks_to
from bots.fold import folded
from bots.room44 import knows, room_owners
from bots.room46 import kind_called
from bots.room47 import called as called47
from bots.room47 import incidental as incidental47
from bots.room49 import bid
from bots.safety import at_risk
from bots.sums43 import SUM_SAYERS, asked_of_room
from bots.sums44 import clock_sum44
from bots.turns import big_moment, cued
from rooms.mentions import written_mentions

MAX_SUMMONED = 3
AIBOT_COMMAND = folded(r"^\s*/aibot\b[ \t]*(.*)", re.IGNORECASE | re.DOTALL)

SILENT, MENTIONS, NORMAL, LIVELY, ALWAYS = "silent", "mentions", "normal", "lively", "always"


@dataclass(frozen=True)
class Candidate:
    slug: str
    name: str
    talkativeness: int
    is_house_bot: bool = False
    # Its material and field (bots/material.py): unasked, a persona speaks only to what its
    # material speaks to. Without material (a persona made bare), talkativeness alone decides.
    material: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoomState:
    chattiness: str
    present: tuple[Candidate, ...]
    house_bot: Candidate | None = None
    last_persona: str | None = None
    # A persona spoke in the room lately: the room is open, and the people's greetings to each
    # other from now on are theirs (`selectors.GREETED_WITHIN`).
    greeted: bool = False
    replies_today: int = 0
    daily_budget: int = 200
    # The person whose message starts the replies: how many they had today, and their cap.
    person_replies_today: int = 0
    person_daily_cap: int | None = None
    # Active personas not in the room (the house bot aside): `@slug` of one brings it in to
    # answer when the room lets a mention do that (`join_on_mention`).
    absent: tuple[Candidate, ...] = ()
    join_on_mention: bool = True


@dataclass(frozen=True)
class Plan:
    slugs: tuple[str, ...] = ()
    question: str | None = None
    budget_spent: bool = False  # the room's daily budget left out some of the answers
    person_cap_reached: bool = False  # so did the cap of the person who asked
    seat: tuple[str, ...] = ()  # personas of `slugs` not in the room: seated, then they answer
    refused: tuple[str, ...] = ()  # personas mentioned, not in the room, and the room says no
    summed: bool = False  # a sum asked of the room, for the voice that says sums to answer
    owned: bool = False  # a question put to the room, for the persona that knows it to answer


def aibot_question(body: str) -> str | None:
    """The question after `/AIBot`, or None when the message is not the command."""
    match = AIBOT_COMMAND.match(body)
    return match.group(1).strip() if match else None


def summoned(body: str, candidates: tuple[Candidate, ...]) -> list[str]:
    """Personas named in `body` (@slug, the slug or the full name as a word, or the first name
    as a word), in the order they first appear, at most three."""
    return [slug for _, slug in _summoned_at(body, candidates)][:MAX_SUMMONED]


def asked_by_name(body: str, candidates: tuple[Candidate, ...]) -> list[str]:
    """The personas of `summoned` that `body` speaks to ("darwin, why ...", "thanks curie",
    "what would ada say?"), not only of ("darwin called it, obviously")."""
    return [slug for _, slug in _named_to(body, candidates)][:MAX_SUMMONED]


def _named_to(body: str, candidates: tuple[Candidate, ...]) -> list[tuple[int, str]]:
    return [(position, slug) for position, slug, of in _naming(body, candidates) if not of]


def _answering_by_name(body: str, candidates: tuple[Candidate, ...]) -> list[tuple[int, str]]:
    """Who answers for being named: those spoken to, one asked about ("einstein was a patent
    clerk first right?", which it can answer for itself), and one spoken of with praise or a
    tease ("einstein's answer was weirdly moving", "curie would have a field day with my
    fridge"), which it may meet with a brief word; spoken of otherwise, a persona is not asked."""
    remark = None
    answering = []
    # "@einstein ok aibot sent me to you. how does the moon make the tides?": the house bot,
    # named beside a persona @mentioned, is not asked (it is asked with /AIBot or @aibot).
    mentioned = {name.lower() for _, name in written_mentions(body)}
    house = {c.slug for c in candidates if c.is_house_bot}
    for position, slug, of in _naming(body, candidates):
        if slug in house and mentioned and slug.lower() not in mentioned:
            continue
        if of and not asked_of(body):
            remark = regard(body) if remark is None else remark
            if not remark:
                continue
        answering.append((position, slug))
    return answering


def _naming(body: str, candidates: tuple[Candidate, ...]) -> tuple[tuple[int, str, bool], ...]:
    """Each persona of `candidates` that `body` names (`summoned`, not capped), where first,
    and whether only spoken of (`addressing.spoken_of`): read once per message, whoever asks
    (the plan, then the turns' "asked", for the same room)."""
    return _naming_of(body, tuple((c.slug, c.name) for c in candidates))


@lru_cache(maxsize=256)
def _naming_of(body: str, people: tuple[tuple[str, str], ...]) -> tuple[tuple[int, str, bool], ...]:
    named = _summoned_at(body, tuple(Candidate(slug, name, 0) for slug, name in people))
    if not named:
        return ()
    names = {slug: _names(Candidate(slug, name, 0)) for slug, name in people}
    everyone = tuple(n for each in names.values() for n in each)
    return tuple(
        (position, slug, spoken_of(body, names[slug], everyone) and not bid(body, names[slug]))
        for position, slug in named
    )


def called(body: str, absent: tuple[Candidate, ...]) -> list[tuple[int, str]]:
    """Personas of `absent` that `body` mentions as `@slug` (in any case; a name alone does not
    call a persona into a room), with where each is first mentioned."""
    if not absent:
        return []
    by_slug = {c.slug.lower(): c.slug for c in absent}
    found: dict[str, int] = {}
    for position, name in written_mentions(body):
        slug = by_slug.get(name.lower())
        if slug is not None and slug not in found:
            found[slug] = position
    return sorted((position, slug) for slug, position in found.items())


def _summoned_at(body: str, candidates: tuple[Candidate, ...]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for candidate in candidates:
        names = [
            rf"@{re.escape(candidate.slug)}\b",
            rf"(?<![\w@]){re.escape(candidate.slug)}\b",
            rf"\b{re.escape(candidate.name)}\b",
        ]
        first = candidate.name.split()[0]
        if len(first) >= 3:
            names.append(rf"\b{re.escape(first)}\b")
        positions = [
            match.start()
            for pattern in names
            for match in [re.search(pattern, body, re.IGNORECASE)]
            if match
        ]
        if positions:
            found.append((min(positions), candidate.slug))
    return sorted(found)


def may_answer(state: RoomState, body: str, *, seed: int) -> bool:
    """False only when no persona can answer a person's message, whatever the room's last
    speaker and budget (which only ever remove answers): `plan_for_human` says who does.
    `state` needs only the room's chattiness, its personas and the house bot."""
    if aibot_question(body) is not None and state.house_bot is not None:
        return True
    if state.chattiness == SILENT:
        return False
    # Only a body with an @ can call a persona in, or be meant for someone else.
    written = written_mentions(body) if "@" in body else []
    if written and called(body, state.absent):
        return True  # it joins and answers, or the sender hears why it cannot
    mentionable = mentionable_in(state)
    # A name can only be summoned if it appears at all: one lowercase scan spares most
    # messages the regular expressions.
    lowered = body.lower()
    named = [c for c in mentionable if any(name in lowered for name in _names(c))]
    if named and summoned(body, tuple(named)):
        return True
    if written:
        return False  # a message for the people it mentions
    if _carer(state) is not None and (distress(body) or at_risk(body)):
        return True
    if state.present and follows_up(body):
        return True  # it may follow up the answer just given (`services._just_answered`)
    if state.chattiness in (NORMAL, LIVELY) and kind_called(body, [c.slug for c in state.present]):
        return True  # "ask the computer lady" (`room46`)
    if state.chattiness == ALWAYS:
        return bool(state.present)
    if state.chattiness == LIVELY:
        return any(c.talkativeness > 0 for c in state.present)
    if state.chattiness == NORMAL:
        most = max((c.talkativeness for c in state.present), default=0)
        # A question put to the room that a persona present knows is answered (`_owner`).
        return random.Random(seed * 7 + 1).randrange(100) < most or bool(
            room_owners(state.present, body)
        )
    return False


def mentionable_in(state: RoomState) -> tuple[Candidate, ...]:
    """Who a person's message may ask by name: the room's personas and the house bot."""
    house = state.house_bot
    return state.present + ((house,) if house and house not in state.present else ())


def _names(candidate: Candidate) -> tuple[str, ...]:
    """What `summoned` looks for, lowercased: the slug, the name and a long enough first name."""
    return (candidate.slug.lower(), candidate.name.lower(), candidate.name.split()[0].lower())


def plan_for_human(
    state: RoomState, body: str, *, seed: int, replied_to: str | None = None
) -> Plan:
    """Which personas answer a person's message; `replied_to` is the slug of the persona
    whose message it replies to, if it does."""
    plan = _planned_for_human(state, body, seed=seed, replied_to=replied_to)
    if plan.slugs or plan.refused or plan.question or replied_to is not None:
        return plan
    owning = _room_owner(state, body, seed=seed)
    # "anyone know how to stop slugs eating my lettuce", asked of nobody in a lively garden
    # club just after Darwin spoke: his to answer all the same (rate42 room 05), briefly.
    return _within_budget(state, Plan(slugs=(owning.slug,))) if owning else plan


def _room_owner(state: RoomState, body: str, *, seed: int) -> Candidate | None:
    """The one persona present whose material speaks to a question put to the room, when the
    plan left it unanswered only because that persona spoke last: in a lively room it answers;
    in a normal one as often as it is talkative; never where personas answer only when
    mentioned. None when several or none own it."""
    if state.chattiness not in (LIVELY, NORMAL) or not asked_of_nobody(body):
        return None
    owning = [
        c
        for c in state.present
        if not c.is_house_bot
        and c.talkativeness > 0
        and c.material
        and speaks_to(c.material, c.topics, body)
    ]
    if len(owning) != 1 or owning[0].slug != state.last_persona:
        return None
    chosen = owning[0]
    if state.chattiness == NORMAL and random.Random(seed * 7 + 1).randrange(100) >= (
        chosen.talkativeness
    ):
        return None
    return chosen


def _planned_for_human(
    state: RoomState, body: str, *, seed: int, replied_to: str | None = None
) -> Plan:
    """`plan_for_human` before a question put to the room is given to its owner."""
    question = aibot_question(body)
    if question is not None and state.house_bot is not None:
        plan = Plan(slugs=(state.house_bot.slug,), question=question)
        return plan if distress(question) else _within_budget(state, plan)
    if state.chattiness == SILENT:
        return Plan()
    mentionable = mentionable_in(state)
    hurting = distress(body)
    # "my chest hurts, a&e or sleep it off?": its safe words, once (`bots.safety`)
    risky = not hurting and bool(at_risk(body))
    if replied_to is not None:
        # A reply to a persona's message: care is never held back by a budget either.
        return _plan_for_reply_to(state, mentionable, replied_to, budget=not hurting)
    if not (hurting or risky) and (fits := _called_on(mentionable, body)):
        # "maybe shakespeare has ideas about ...", "curie or darwin must know why ...": the one
        # called on (of two, the one whose field fits) answers, as asked (`bots.room47`).
        return _within_budget(state, Plan(slugs=(fits,), owned=True))
    named = _answering_by_name(body, mentionable)
    absent_called = called(body, state.absent)
    joining = absent_called if state.join_on_mention else []
    refused = () if state.join_on_mention else tuple(slug for _, slug in absent_called)
    answering = tuple(slug for _, slug in sorted(named + joining))[:MAX_SUMMONED]
    if answering and (hurting or risky):
        # One answer of care or of a risk's safe words, whatever the budget: never the same
        # words from each one asked.
        seat = tuple(slug for _, slug in joining if slug == answering[0])
        return Plan(slugs=answering[:1], refused=refused, seat=seat)
    if answering:
        plan = _within_budget(state, Plan(slugs=answering, refused=refused))
        seat = tuple(slug for _, slug in joining if slug in plan.slugs)
        return dataclasses.replace(plan, seat=seat)
    if "@" in body and written_mentions(body):
        # Meant for the people (or the personas who may not join) it mentions: nobody else
        # takes it up.
        return Plan(refused=refused)
    carer = _carer(state) if hurting or risky else None
    if carer is not None:
        # Said to the room where personas speak unasked: the house bot (else the most
        # talkative persona) answers with care and where to find help, once; a risk, the
        # house bot with its safe words (a persona unasked says nothing: `care_needed`).
        return Plan(slugs=(carer.slug,))
    if state.chattiness == ALWAYS:
        return _within_budget(state, Plan(slugs=tuple(c.slug for c in state.present)[:1]))
    if state.chattiness not in (NORMAL, LIVELY):
        return Plan()
    if kind := kind_called(body, [c.slug for c in state.present if c.talkativeness > 0]):
        # "the plant guy would know", "ask the science lady": called by what it is (room46).
        return _within_budget(state, Plan(slugs=(kind,), owned=True))
    if (cue := _cued(state, body, seed=seed)) is not None:
        # "socrates would say something about cheating probably": words put in its mouth, for
        # it alone to answer in kind (nobody else piles on), or to keep quiet with nothing apt.
        return _within_budget(state, Plan(slugs=(cue.slug,))) if cue.slug else Plan()
    if state.chattiness == LIVELY and big_moment(body):
        # "gg we actually beat her!!!": one cheer in a lively room, from whoever is most
        # disposed to speak (not the last to speak), whatever its field.
        cheering = _pick_by_talkativeness(
            state, exclude={state.last_persona}, seed=seed, cheer=True
        )
        return _within_budget(state, Plan(slugs=(cheering.slug,))) if cheering else Plan()
    if owner := _owner(state, body, seed=seed):
        # "anyone know why my sourdough is flat?": answered by the persona that knows it, as
        # if asked (room44: unanswered, for want of a line chiming with its words).
        return _within_budget(state, Plan(slugs=(owner.slug,), owned=True))
    summer = _sum_sayer(state, body)
    chosen = summer or _pick_by_talkativeness(
        state, exclude={state.last_persona}, seed=seed, body=body
    )
    if chosen is None:
        return Plan()
    # In a normal room a persona speaks up as often as it is talkative; a lively room always.
    if state.chattiness == NORMAL and random.Random(seed * 7 + 1).randrange(100) >= (
        chosen.talkativeness
    ):
        return Plan()
    return _within_budget(state, Plan(slugs=(chosen.slug,), summed=summer is not None))


def _called_on(mentionable: tuple[Candidate, ...], body: str) -> str:
    """The slug of the persona a message calls on mid-sentence or beside another
    (`room47.called`): of several, the one whose material knows the question, else speaks
    to it, else the first named; "" when no persona is so called."""
    call = called47(body)
    if call is None:
        return ""
    group, question = call
    named = sorted(
        (min(group.index(n) for n in _names(c) if n in group), c)
        for c in mentionable
        if not c.is_house_bot and set(_names(c)) & set(group)
    )
    if len(named) < 2:
        return named[0][1].slug if named else ""
    asked = question or body
    for fits in (
        lambda c: knows(c.material, asked),
        lambda c: speaks_to(c.material, c.topics, asked, strict=True),
        lambda c: speaks_to(c.material, c.topics, asked),
    ):
        fitting = [c for _, c in named if c.material and fits(c)]
        if fitting:
            return fitting[0].slug
    return named[0][1].slug


def _owner(state: RoomState, body: str, *, seed: int) -> Candidate | None:
    """The persona present that knows the answer to a question put to the room
    (`room44.room_owners`), by talkativeness among several, the last to speak only when no
    other knows it; None when none does."""
    owners = room_owners(state.present, body)
    fresh = [c for c in owners if c.slug != state.last_persona] or owners
    if not fresh:
        return None
    fresh.sort(key=lambda c: c.slug)
    return random.Random(seed).choices(fresh, weights=[c.talkativeness for c in fresh])[0]


def _sum_sayer(state: RoomState, body: str) -> Candidate | None:
    """The persona present whose voice says sums (Lovelace first) for a sum asked of the room
    with all its figures ("400 miles at 50mph, how long?": rate42, nobody had answered), not
    the one who spoke last; None for any other message."""
    if not asked_of_room(body) or (plans(body) and not clock_sum44(body)):
        return None
    present = {c.slug: c for c in state.present if not c.is_house_bot and c.talkativeness > 0}
    return next(
        (present[slug] for slug in SUM_SAYERS if slug in present and slug != state.last_persona),
        None,
    )


def _cued(state: RoomState, body: str, *, seed: int) -> Candidate | None:
    """The persona present that `body` puts words in the mouth of (`turns.cued`), spoken of in
    the third person: in a lively room it answers; in a normal one as often as it is
    talkative, else it is left out and nobody answers in its place (a Candidate with no slug).
    None when no persona is cued."""
    lowered = body.lower()
    for candidate in state.present:
        names = _names(candidate)
        if candidate.is_house_bot or not any(name in lowered for name in names):
            continue
        if not cued(body, names):
            continue
        if state.chattiness == NORMAL and random.Random(seed * 7 + 1).randrange(100) >= (
            candidate.talkativeness
        ):
            return Candidate("", "", 0)
        return candidate
    return None


def _carer(state: RoomState) -> Candidate | None:
    """Who answers distress said to the room, in a room whose personas speak unasked."""
    if state.chattiness not in (ALWAYS, NORMAL, LIVELY):
        return None
    if state.chattiness == ALWAYS and state.present:
        return state.present[0]  # a one-to-one chat: its persona, whom every message asks
    if state.house_bot is not None:
        return state.house_bot
    return min(state.present, key=lambda c: (-c.talkativeness, c.slug), default=None)


def _plan_for_reply_to(
    state: RoomState, mentionable: tuple[Candidate, ...], slug: str, *, budget: bool = True
) -> Plan:
    """A reply to a persona's message asks that persona, as a mention would, and nobody else
    (whoever else the reply names). One that left the room comes back as for `@slug`. Without
    `budget`, the room's budget and the person's cap do not hold it back."""
    within = (lambda plan: _within_budget(state, plan)) if budget else (lambda plan: plan)
    if any(c.slug == slug for c in mentionable):
        return within(Plan(slugs=(slug,)))
    if not any(c.slug == slug for c in state.absent):
        return Plan()
    if not state.join_on_mention:
        return Plan(refused=(slug,))
    plan = within(Plan(slugs=(slug,)))
    return dataclasses.replace(plan, seat=plan.slugs)


def plan_for_persona(
    state: RoomState, body: str, *, speaker: str, hop: int, max_hops: int, seed: int
) -> Plan:
    """Which persona, if any, answers another persona's reply: a persona it mentions, or in a
    lively room sometimes another one; never beyond `max_hops` replies after a human spoke."""
    if hop >= max_hops or state.chattiness == SILENT or is_care_reply(body):
        return Plan()  # care and where to find help is not for the personas to take up
    others = tuple(c for c in state.present if c.slug != speaker)
    for _, slug, of in _naming(body, others)[:MAX_SUMMONED]:
        if of:
            continue  # "I think Marie Curie is right, Tobes": said of her to the person, not to her
        # Spoken to by name, a persona answers only with something on what was said to it (a
        # line of its own sharing its subject); a question handed over by @mention, always.
        named = next(c for c in others if c.slug == slug)
        handed = f"@{slug.lower()}" in body.lower()
        on_it = not named.material or speaks_to(named.material, named.topics, body, strict=True)
        if handed or on_it:
            return _within_budget(state, Plan(slugs=(slug,)))
        return Plan()
    if state.chattiness != LIVELY or random.Random(seed * 13 + hop).random() >= 0.5:
        return Plan()
    said_by = next((c for c in state.present if c.slug == speaker), None)
    if said_by is not None and said_by.material and owned_up_in(said_by.material, body):
        # A persona owning up says nothing to take up: Lovelace's "Precisely so, Marie.
        # Dividing by zero has no answer", after Curie's "I would have to begin from zero".
        return Plan()
    # Between personas a guest joins in unasked only with a line of its own on the point.
    chosen = _pick_by_talkativeness(
        state, exclude={speaker}, seed=seed + hop, body=body, strict=True
    )
    return _within_budget(state, Plan(slugs=(chosen.slug,))) if chosen else Plan()


def _pick_by_talkativeness(
    state: RoomState,
    *,
    exclude: set[str | None],
    seed: int,
    body: str = "",
    strict: bool = False,
    cheer: bool = False,
) -> Candidate | None:
    """A persona to speak up unasked, by talkativeness, among those whose material speaks to
    `body` (`engine.speaks_to`): one with nothing on it stays quiet. `cheer`: a cheer for a big
    moment, which is anyone's to give."""
    if plans(body):
        return None  # the people's plans (a time, a meeting point, a kit list) are theirs
    if state.greeted and not strict and greets(body):
        # "morning all" once the personas are talking: the people greet each other; a persona
        # greeted the room when it opened.
        return None
    said = incidental47(body)  # "should we book??": no word of a reading line (`room47`)
    eligible = [
        c
        for c in state.present
        if c.slug not in exclude
        and c.talkativeness > 0
        and (cheer or not c.material or speaks_to(c.material, c.topics, said, strict=strict))
    ]
    if not eligible:
        return None
    eligible.sort(key=lambda c: c.slug)  # a stable order, whatever order the database gave
    return random.Random(seed).choices(eligible, weights=[c.talkativeness for c in eligible])[0]


def _within_budget(state: RoomState, plan: Plan) -> Plan:
    """The answers of `plan` that the room's budget and then the person's cap allow."""
    slugs = plan.slugs
    room_left = max(0, state.daily_budget - state.replies_today)
    budget_spent = len(slugs) > room_left
    slugs = slugs[:room_left]
    person_cap_reached = False
    if state.person_daily_cap is not None:
        person_left = max(0, state.person_daily_cap - state.person_replies_today)
        person_cap_reached = len(slugs) > person_left
        slugs = slugs[:person_left]
    return dataclasses.replace(
        plan, slugs=slugs, budget_spent=budget_spent, person_cap_reached=person_cap_reached
    )
