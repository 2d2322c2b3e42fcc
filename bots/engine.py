"""Salon's offline engine: short, in-character replies with no model at all.

It tells what kind of thing was said (a greeting, thanks, a farewell, a question in the
persona's field or far from it, an opinion asked for, a remark, agreement or disagreement
with an earlier speaker, another persona's reply) and answers in kind, from the persona's own
material (`bots/material.py`): an opener of that kind, then the sentences that rank best for
the message, the recent conversation and, more lightly, the room's theme. Words of the message
never reach the reply, except the name of the person answered, so nothing ungrammatical is
slotted in; the theme only steers the choice. It is deterministic for a seed, and never
repeats the persona's previous reply in the room nor, while it has others, a line it used.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import random
import re
import zlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Protocol

from bots.addressing import (
    BOTH_ASKED,
    DECLINED_SIDE,
    DOUBTED,
    FIGURES_ASKED,
    FOLLOW_MORE,
    FOLLOW_WORDS,
    PLAINER,
    PRESSED,
    SPLIT_FOLLOW,
    YOU,
    _laugh_only,
    asked_of,
    carried_on,
    compliment,
    confused,
    corrected,
    follow_up,
    house_handed_to,
    of_last_speaker,
    past_praise,
    past_thanks,
    praise_then_told,
    regard,
    spoken_of,
)
from bots.advice import advice, advised
from bots.advice45 import advised as advised45
from bots.ask49 import HOUSE_FRAMES, asked49, dodged49, framed49, generic49, sure49
from bots.asks import (
    ANSWER_MISSED,
    ASKING_TERMS,
    CUT_DOWN,
    IDEA_ASKED,
    PET_KIND,
    PROJECT,
    RIGHT_ASKED,
    YOURS,
    _tagged_lines,
    another_asked,
    beginner_asked,
    check_of,
    disputed_word,
    dub_kind,
    dub_line,
    form_of,
    held,
    idea_line,
    insult_line,
    jesting_line,
    made_line,
    made_subject,
    motto_asked,
    motto_line,
    nearest_verse,
    occasion_line,
    occasions_of,
    on_occasion,
    overlap_of,
    owned_of,
    owned_of_lines,
    pace_of,
    proclaim_of,
    project_of,
    purpose_of,
    reasked,
    recommended,
    request_kind,
    roast_target,
    share_of,
    side_holder,
    side_on_deed,
    sides_put,
    sign_asked,
    sign_line,
    sign_lines,
    thing_of,
    tip,
    tip_about,
    to_make,
    to_mention,
    toasted,
    verse_line,
    verse_subject,
)
from bots.borrow48 import borrowed as borrowed48
from bots.cards import (
    CARD_ASKED_WORDS,
    CARD_WORD,
    FUNNY_ASKED,
    OTHER_TOLD,
    card_again,
    card_asked,
    card_carried,
    card_for,
    card_line,
    card_occasion,
    card_purpose,
    card_unnamed,
    farewell_verse,
    signed_by,
)
from bots.care import (
    AGAIN,
    QUIET,
    REPLY,
    RISK,
    care_again,
    care_needed,
    care_reply,
    is_care_reply,
    said_again,
)
from bots.check47 import check47
from bots.check47 import paid_after as paid_after47
from bots.compose import compose, compose_asked, composed
from bots.compound import bill_with_extras, rest_split
from bots.compounds import modifiers
from bots.context import aside, asked_of_nobody, choice_before, echoed, helped, quickfire
from bots.differ import difference_of, part_of
from bots.easy import windfall_asked
from bots.emoji48 import worded as worded48
from bots.everyday import asks as everyday_asks
from bots.everyday import worked as everyday_worked
from bots.everyday40 import FIRM as everyday40_firm
from bots.everyday40 import asks as everyday40_asks
from bots.everyday40 import kept as everyday40_kept
from bots.everyday40 import worked as everyday40_worked
from bots.everyday46 import advised as everyday46
from bots.everyday46 import keyed as everyday46_keyed
from bots.everyday50 import asks as everyday50_asks
from bots.everyday50 import worked as everyday50_worked
from bots.everyday60 import asks as everyday60_asks
from bots.everyday60 import worked as everyday60_worked
from bots.everyday61 import asks as everyday61_asks
from bots.everyday61 import worked as everyday61_worked
from bots.everyday70 import owned as everyday70_owned
from bots.everyday70 import summed as everyday70_summed
from bots.expr import read as expr_read
from bots.fallback46 import fallback as fallback46
from bots.fallback46 import owned as owned46
from bots.falling import fall_of
from bots.field47h import asked as asked47
from bots.field47s import followed as followed47
from bots.field47s import worked as half_lives47
from bots.fold import folded, found_by
from bots.greet import (
    ACHIEVED_LINE,
    ACHIEVED_NEWS,
    HOOK,
    PET_NAME,
    animals_in,
    apart,
    hooked,
    lead_words,
    pet_called,
    pet_news,
    reset_before,
    set_before,
    unlike,
)
from bots.habits import (
    asked_subjects,
    best_asked,
    own_among,
    own_best,
    own_said_plainly,
    own_ways,
)
from bots.journey import journey_of
from bots.know import (
    best_known,
    known,
    knowns,
    met_on_a_thing,
    own_known,
    subject_of,
    work_known,
)
from bots.know45a import reread
from bots.know45b import asked_after_colon
from bots.know45b import told as trouble45
from bots.know45c import told_known
from bots.laugh48 import teased as teased48
from bots.learning import learning_asked, pointer_asked
from bots.letters import (
    WHEN,
    drafted,
    letter,
    letter_asked,
    letter_body,
    notice,
    notice_asked,
    notice_facts,
)
from bots.lexicon import a_thing, akin, field_stems
from bots.lexicon import subject as lexical_subject
from bots.life import life_reply
from bots.limit50 import asked_then_worried as asked_then_worried50
from bots.limit50 import unlimited as unlimited50
from bots.loose import loose_match
from bots.material import COMPARED as ADJECTIVES_COMPARED
from bots.material import (
    STOPWORDS,
    Index,
    compared_terms,
    fixed_words,
    index_of,
    related,
    says_word,
    stem,
    terms,
)
from bots.mnemonic import mnemonic_line
from bots.modern46 import take as modern46
from bots.mood import AGREE, DENY, LATE_LEAD, bare, for_other, own_words, tone_of, truth_kept
from bots.mood import bare as _bare_of_house
from bots.mood import claim_of as well_known_claim
from bots.moral import (
    CORE_WORDS,
    Moral,
    moral_asked,
    moral_reply,
    moral_wish,
    moral_yes,
    own_lines,
)
from bots.naming import (
    for_record,
    name_again,
    named_titles,
    names_listed,
    said_together,
    title_asked,
    titled,
)
from bots.odds import chance_joined, chance_unread
from bots.opener47 import opened47
from bots.opine import (
    CLAUSE_HEAD,
    SETTLE_PLAIN,
    WHO_WINS,
    Side,
    absent_one,
    absent_side,
    both_said,
    claim_of,
    claim_put,
    deed_reasons,
    fact_asked,
    just_or,
    last_claim,
    made_thing,
    makes_question,
    makes_view,
    options_settled,
    owned,
    pair_asked,
    plain_settled,
    question_on,
    said_by,
    settle_options,
    settled_view,
    side_between,
    side_pick,
    side_reason,
    sides_said,
    sweeps,
    value_asked,
    vote_asked,
    what_makes,
    whose_owed,
)
from bots.pieces import THEIR_DAY, piece, piece_added, piece_asked, sign_closes, sign_purpose
from bots.pieces import written as written_piece
from bots.placed import (
    ROLE_ASKED,
    figures_of,
    misread,
    put_right,
    set_apart,
    shares_asked,
    unplaced,
    unroled,
    unsubtracted,
)
from bots.poems import POEM_AGAIN, poem_asked
from bots.posted import framed, posted, posted_asked, posted_piece, said_in_ask
from bots.product import product_of, says_its_own
from bots.reckon import U_ASKED_IN as SPEED_ASKED_IN
from bots.reckon import (
    arithmetic_of,
    priced,
    rounded,
    scale_said,
    scaled_speed_of,
    sum_of,
    total_of,
    units_of,
)
from bots.relevance import (
    THING_WORKS,
    beside_subject,
    met_aside,
    one_of_several,
    said_as_a_deed,
)
from bots.requests46 import made as made46
from bots.risk import risked
from bots.roles import asks as roles_asks
from bots.roles import worked as roles_worked
from bots.room44 import fact_line as fact_line48
from bots.room44 import on_point
from bots.room46 import doubt_unmet as doubt_unmet46
from bots.room46 import sourced as sourced46
from bots.room46 import taken_up as settled46
from bots.room46 import vouched as vouched46
from bots.room47 import QUIET as QUIET47
from bots.room47 import put_to as put_to47
from bots.room48 import asked_again as asked_again48
from bots.room48 import choice_on as choice_on48
from bots.room48 import said_before as said_before48
from bots.room48 import unhanded as unhanded48
from bots.room49 import misread_side as misread_side49
from bots.room49 import own_dispute as own_dispute49
from bots.room49 import weak_unasked as weak_unasked49
from bots.safety import ALL_RIGHT_ASKED, SAFETY_AT_STAKE, risk_reply, told_by
from bots.seeded import seeded
from bots.sense import (
    ADJECTIVES,
    ASKED,
    AT_ODDS,
    CLAUSES,
    GENERIC_TERMS,
    LINE_HEAD_WORDS,
    NAMELESS,
    NEGATIVE_ASKED,
    NOT_NOUNS,
    PEOPLE_TERMS,
    SUPPOSED_ASKED,
    THINGS_DISAGREE,
    VERBS,
    alike_terms,
    another_thing,
    asked_words,
    beside_terms,
    case_unmet,
    lead_terms,
    loosely_alike,
    names_focus,
    off_focus,
    opening_nouns,
    other_kinds,
    phrase_nouns,
    roles,
    same_sense,
    side_terms,
    thing_only,
)
from bots.sense import _names as names_in
from bots.sense import _nounish as nounish
from bots.sense import _verb as sense_verb
from bots.sense import _verb_at as sense_verb_at
from bots.sense import _verbal as light_verbs
from bots.sense import focus as sense_focus
from bots.sense import subjects as sense_subjects
from bots.settle49 import settled49
from bots.smalltalk import (
    ACK,
    LAUGH_ALONE,
    MISSED,
    TEACH_ME,
    WOW,
    meant,
    room_so_far,
    show_asked,
)
from bots.solve import ASKED_ANY as SOLVE_ASKED
from bots.solve import SUM_ASKED as TOTAL_ASKED
from bots.solve import solve, sum_asked
from bots.solve_time import timed
from bots.sums43 import asked_of_room
from bots.sums44 import comes_to44, joined44, total_of44, worked44
from bots.sums50 import asks as sums50_asks
from bots.sums50 import asks_for as sums50_asks_for
from bots.sums50 import worked as sums50_worked
from bots.sums60 import asks as sums60_asks
from bots.sums60 import spills as sums60_spills
from bots.sums60 import worked as sums60_worked
from bots.toasts import made_asked, made_piece
from bots.told44 import told as told44
from bots.tone import (
    FOR_COMPANY,
    asked_other,
    grave_told,
    mourning,
    named_before,
    own_grief,
    room_question,
    thanked_for,
    thanked_in_grief,
)
from bots.topic import REMEDY_ASKED, SAFE_ASKED, answers_ask, meets_ask
from bots.topic import _phrases as topic_phrases
from bots.trivia import fact as plain_fact
from bots.trivia import own_answer
from bots.turns import big_moment, cheers, cued, spoken_for
from bots.valence import (
    BIRTH,
    DIED_IN_FUN,
    GOOD_EVENT,
    GRAVE_EVENT,
    PUT_DOWN,
    QUESTION,
    _fun_kept,
    dead_plainly,
    death_told,
    general_claim,
    glad_for,
    good_kind,
    grave_kind,
    is_news,
    is_weary,
    told,
    valence,
    weather_told,
)
from bots.valence import FIRST_PERSON as OWN_TROUBLE
from bots.valence import lexicon as valence_lexicon
from bots.valence import mood as valence_mood
from bots.word48 import guarded48
from bots.wordsum import ASKED as SUM_ASKED
from bots.wordsum import B_ASKED as BUDGET_ASKED
from bots.wordsum import (
    CHANGE_DUE,
    REST_SHARED,
    SUM_PUT,
    TENDERED,
    Worked,
    budget_of,
    just_the_number,
    money_result,
    moved_onto_ours,
    plain_total,
    profit_after_fees,
    read_whole,
    redo,
    redone,
    refigured,
    solar_asked,
    solar_of,
    stepped_over,
    sum_read,
    tendered_change,
    typed,
    word_sum,
)
from bots.yesno44 import fact_yes_no, felt, led_by

# The house bot lives in bots/house.py, which builds on this module; its names can still be
# imported from here.
HOUSE_NAMES = frozenset(
    {
        "HOUSE_DEFAULT",
        "HOUSE_INTENTS",
        "HOUSE_PRIVATE_LATER",
        "HOUSE_SALON_UNKNOWN",
        "HOUSE_SOCIAL",
        "HOUSE_UNKNOWN",
        "INTENT_OBJECTS",
        "PRIVATE_LATER",
        "SALON_ASKED",
        "SALON_THINGS",
        "house_intent",
        "house_reply",
    }
)


def __getattr__(name: str) -> object:
    if name in HOUSE_NAMES:
        from bots import house

        return getattr(house, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


logger = logging.getLogger(__name__)


# Openers for a persona whose material lacks a kind (a new persona made in the admin).
DEFAULT_TAGGED: dict[str, tuple[str, ...]] = {
    "yourwork": (
        "I won't do it for you, {name}, but tell me where you're stuck and I'll help with that.",
    ),
    "hello": ("Hello, {name}!",),
    # Greeted and asked how a thing of the asker's own is going ("hi, how's ward 7 doing"):
    # a guest's answer, who cannot see it from here.
    "roomasked": ("That I cannot tell you, {name}; the others will know it better than I.",),
    # A room with bad news in it (bots/tone.py): gentle thanks, farewells and greetings.
    "softthanks": ("You are very welcome, {name}.",),
    "softbye": ("Goodbye, {name}; take care of yourself.", "Good night, {name}; rest well."),
    "softhello": ("Hello, {name}. It is good to see you.",),
    "softwelcome": ("Welcome, {name}; I am glad you found us.",),
    "lossnamed": ("I am so sorry about {loss}.",),
    "thankspiece": ("You are welcome, {name}; I am glad the words were of use.",),
    "thankssum": ("You are welcome, {name}; I am glad the figures were of use.",),
    "howsit": (
        "I cannot see {thing} from here, but I hope all is well there.",
        "From where I sit I cannot tell, but I wish {thing} well.",
    ),
    # A sum worked that leaves a figure out, or answers another question (`bots.placed`).
    "unplaced": (
        "I can see the {thing} in what you said, {name}, but not where it goes in the sum, "
        "so I won't guess at an answer.",
    ),
    "unroled": (
        "I can add up the figures, {name}, but not work out {thing} from them for certain, "
        "so I won't guess.",
    ),
    # A figure checked against another, worked (`bots.asks.check_of`).
    "checked": ("Yes, {name}: {what}.",),
    "unchecked": ("No, {name}: {what}.",),
    # Pressed for the answer it missed, just after it ("that's not what i asked").
    "pressed": (
        "Forgive me, {name}; I answered a question you did not ask.",
        "You are right, {name}, that was not your question.",
        "My mistake, {name}; I was answering something else.",
    ),
    # Its answer, just given, lost the one it answered ("lol what??", "huh?").
    "lost": (
        "Forgive me, {name}; I put that badly.",
        "I have confused you, {name}, and it is my fault.",
    ),
    # Asked "huh?" with nothing better to say: which part lost them (after "lost").
    "whichpart": ("Which part lost you?", "Tell me which part, and I will put it another way."),
    # "lol what??" after owning up: it did follow, and still does not know.
    "understood": (
        "I did follow you, {name}; I simply have nothing on it.",
        "I understood you, {name}; I only meant that I do not know.",
    ),
    # Asking back, plainly, what they want to know (after "lost", with nothing better).
    "askplain": ("What is it you would like to know?", "Tell me plainly what you are asking."),
    # Pressed for figures after a general answer, with none to give.
    "nofigures": ("I have no figures for that, {name}, and I will not invent any.",),
    "welcome": ("Welcome, {name}! Glad you found us.",),
    # A pet got or adopted, met by name (`bots.greet.pet_called`: "Doris", "your new tortoise").
    "pet": ("Congratulations on {pet}; I hope you will be very happy together.",),
    # A hello with a hook about the room ("you must love this group"): taken up before a line
    # of its own on it, or owned up to when it has none.
    "hook": ("I do:",),
    "hooknone": ("I hope to; I came to learn.",),
    "invite": ("What is on your mind?",),
    "thanks": ("You are welcome, {name}.",),
    "bye": ("Goodbye, {name}; come back soon.",),
    "answer": ("Here is what I know.",),
    "opinion": ("If you want my view:",),
    "yes": ("I would say yes, {name}.",),
    "no": ("I doubt it, {name}.",),
    "view": ("Think it over slowly, and do what you would still be glad of in a year.",),
    "outside": ("That is outside what I know, I'm afraid.",),
    "advise": ("Plain sense will do here, {name}.",),
    "fact": ("That one I can tell you, {name}.",),
    "handover": ("{mention} knows more about that than I do: ask {who}.",),
    "remark": ("Is that so?",),
    "sympathy": ("I am sorry to hear it, {name}.",),
    "congrats": ("Congratulations, {name}!",),
    "agree": ("You side with {speaker}, then.",),
    "disagree": ("You would argue with {speaker}? Good.",),
    "concur": ("I think {speaker} is right.",),
    "object": ("I see it otherwise, {speaker}.",),
    "askback": ("{speaker}, what makes you say so?",),
    "defend": ("Perhaps I put it too strongly, {name}; but I still stand by the heart of it.",),
    # Before its view when someone disagrees with it before it has said anything in the room
    # ("I disagree with Ada, machines will never be creative"): nothing said to stand by.
    "beforehand": ("Let me say what I actually think first, {name}.",),
    "more": ("Tell me more, {name}; how did that come about?",),
    "chime": ("If I may join in, {name}.",),
    "wry": ("How annoying, {name}; a small thing, but it spoils a morning.",),
    "sleepless": ("A night without sleep is hard, {name}; I hope the cause is quieted soon.",),
    # Before the line that explains a small trouble of its field ("my ears pop on planes").
    "bother": ("How annoying, {name}; but there is a reason for it.",),
    "laugh": ("Ha! Fair enough, {name}.",),
    "inexact": ("I never looked into that exactly, {name}; the nearest thing I know is this.",),
    "method": ("Let us work it out step by step, {name}, from what is known for certain.",),
    "knock": ("Who's there, {name}?",),
    "joke": ("I only know one joke, {name}, and I always forget how it ends.",),
    "groan": ("Ha! That is a terrible one, {name}, which is to say a good one.",),
    "day": ("Well enough, thank you; a quiet day, and a quieter evening ahead. And you?",),
    # A reminder or a plan told to the room after a greeting ("cruise deposit due by the 14th").
    "noted": ("Noted, {name}; thank you for the reminder.",),
    "back": ("Welcome back, {name}!",),
    "metoo": ("Not just you, {name}; it happens to me too.",),
    "luck": ("Good luck, {name}! You will do better than you fear.",),
    # An invitation to a do ("game night at mine friday, 7ish", "bbq sunday, you're all invited").
    "accept": ("How kind, {name}; count me in, in spirit at least.",),
    "aside": ("That one is for {who}, I think, {name}; I will listen with you.",),
    "missedit": ("I missed it, {name}! Tell us how it went.",),
    "riddle": (
        "A riddle! You have me beaten, {name}; I give up, so tell us the answer.",
        "Ha, a good one, {name}; I am stumped, so put us out of our misery.",
    ),
    "start": ("Just say what is on your mind, as you have; an @ before a name asks one of us.",),
    "with": ("I think {speaker} is right, {name}.",),
    "offer": ("For the {what}, {name}, I would say this.",),
    "versed": ("On {what}, {name}, I would say this.",),
    "unwritten": ("I never wrote on {what}, {name}; the nearest I have is this.",),
    "again": ("Then perhaps this, {name}:", "Other words, then, {name}:"),
    "amend": ("For {thing} too, then, {name}:", "And for {thing} as well, {name}:"),
    "making": ("Here is one new-made on {what}, {name}:",),
    "cardfor": ("For {who}, {name}:",),
    "carded": ("For the {what}, {name}:",),
    "cardsorry": ("I am sorry, {name}. For {who}:",),
    "cardsigned": ("Signed by you all, then, {name}:",),
    "mnemonic": ("Here is a sentence to carry it, {name}:",),
    "speaking": ("For {what}, {name}:",),
    "roasting": ("For {what}, {name}, and all in jest:",),
    "settle": ("Tell me both sides, {name}, and what would count as being right.",),
    "share": ("Let me work it out, {name}: {what}.",),
    "pace": ("Here is your pace, {name}: {what}.",),
    "journey": ("Train or plane, {name}: {what}.",),
    "sum": ("Let me work it out, {name}: {what}.",),
    # A figure a sum needs that was not given ("some have two"): asked for, never guessed.
    "figure": (
        "I would rather ask than guess, {name}: tell me {thing}, and I will work it out.",
        "Tell me {thing}, and I will finish the sum.",
    ),
    "repeat": ("As I said just now, {name}:",),
    # Siding asked with someone on a point its view takes no side on ("I disagree with Ada,
    # machines will never be creative"): neither with them nor against, and why.
    "undecided": ("I would not side for or against {speaker} yet, {name}.",),
    "proclaim": ('Say it thus, {name}: "{what}!"',),
    "decline": (
        "Kindly and plainly, {name}: thank them, and say no; a clear answer is a courtesy.",
    ),
    "against": ("I see it otherwise than {speaker}, {name}.",),
    "praised": ("That is kind of you, {name}; thank you.",),
    "teased": ("Ha! Fair enough, {name}; I walked into that one.",),
    # Words put in its mouth to the room ("darwin would say ..."): before its line on them.
    "cued": ("Did I hear my name, {name}?", "I heard that, {name}."),
    # The same with no line of its own on them: a brief word back in kind.
    "cuedonly": ("Ha! I might at that, {name}.", "Ha! You may well be right, {name}."),
    "further": ("Let me put it another way, {name}.",),
    "passon": ("Those thanks are for {who}, {name}, not me; but I am glad it helped.",),
    # Asked to put its answer in plainer words: before another line, or owning it has none.
    "plainer": ("In plainer words, then, {name}:",),
    # Asked to change what it gave: the shortest of the names it offered; none to give.
    "shortest": ("{what}, then, {name}: the shortest of them.",),
    "noother": ("That is the best I have, {name}; I have no other to give you.",),
    # A card asked that nobody said the occasion of: what it is for, asked, never guessed.
    "cardwhat": (
        "Gladly, {name}; but what is the card for? Tell me the occasion, and I will write it.",
    ),
    "noplainer": ("I put that badly, {name}, and I have no plainer way to say it; forgive me.",),
    # A choice between two deeds, or a yes or no on one (`_deed_pick`): {what} is the pick.
    "deed": ("{what}, {name}; that is what I would do.",),
    "deedyes": ("Yes, {name}: {what}.",),
    "deedno": ("No, {name}; I would not {what}.",),
    # Thanks it is owed less than it is given (`_thanks_due`).
    "thanksmiss": ("I did little enough, {name}; but I am glad it worked out.",),
    "thanksno": ("Then no {thing}, {name}; a pity, but there are other ways.",),
    "thanksbut": ("Fair enough, {name}; then we must think of something else.",),
    "thanksmore": ("I did go on rather, {name}; forgive me.",),
    "thanksrue": ("Ha, I am sorry for it, {name}; the facts are not always kind.",),
    "never": ("No, {name}, not that I remember.",),
    # What will be, asked with no view of its own on it ("will cyclists and drivers ever get
    # along"): no taste of its own, no guessed "yes".
    # Its own field asked about in a thing of every day ("is there any physics in jenga").
    "plenty": ("A great deal, {name}, once you look closely.",),
    "foresee": ("I cannot see the future, {name}; I can only tell you what I have seen.",),
    "pitch": ("For {what}, {name}, here is one idea:",),
    "noidea": (
        "I have no idea of my own for {what}, {name}; tell me more of what you are making?",
    ),
}

MENTION = re.compile(r"@[\w.+-]+")
# A count asked of the persona's own life: "how many plays did you actually write".
_HOW_MANY_OWN46 = re.compile(r"\bhow many\b[^.?!]{0,40}?\b(?:did|have) (?:you|u)\b", re.I)
# Greetings as typed in chat: drawn out ("hiii", "heyyy", "helloooo"), in slang ("oi oi", "yo",
# "hiya") or by the time of day alone ("evening all", "morning!!").
GREETING = folded(
    r"^\W*(hi+|h+e+l+o+|he+y+|hey+a+|hi+y+a+|howdy|greetings|good (morning|afternoon|evening|day)|"
    r"(good )?(mornin[g']?|afternoon|evening)|yo+|oi+( oi+)?|salut|bonjour|hallo|guten tag|"
    r"hola|ola|aloha|namaste|hej|shalom|salaam|g'?day|bonsoir|buongiorno|buenos d[ií]as|buenas|"
    r"how are you|how's it going|"
    r"how is every(one|body)|(how )?(nice|good|lovely|great) to see|long time no see|"
    r"what's up|wassup|sup|"
    # (house42) chat tokens alone or to the room: "gm", "gm all", "wb maya"; not "gm crops"
    r"gm(?=\W*$|\W+(?:all|everyone|everybody|folks|guys|y'?all|fam|peeps|people|friends|team|"
    r"@\w+)\b)|wb(?=\W*$|\W+(?:all|everyone|everybody|folks|guys|@?[a-z]+\W*$)))\b",
    re.IGNORECASE,
)
GREETING_WORD = folded(
    r"\b(hi+|h+e+l+o+|he+y+|hi+y+a+|howdy|greetings|good (morning|afternoon|evening|day))\b",
    re.IGNORECASE,
)
# After a greeting, or alone: how the persona is, or what it is doing ("how's it going", "how r
# u", "wyd", "what are you up to this evening", "how was your day", "you still up?").
_WHEN = (
    r"(?=\W*$|\W+(tonight|today|this|now|later|lately|these|rn|right|at|then|atm|tho|all|both|"
    r"guys|folks|doing|keeping|holding|getting|mate|my)\b)"
)
HOW_ARE_YOU = folded(
    r"\b(how('s| is) (it going|it goin|things|life|everything|every(one|body)( doing)?)|"
    r"how are (you|things|ya)"
    + _WHEN
    + r"|how('re| are)? (you|ya) doing|how (have|ha) you been|how you been|"
    r"how('s| was| has| is) (your|ur) (day|evening|morning|afternoon|night|week|weekend|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(you|ya) (alright|all right|ok|okay|good|well)(?=\W*$)|wyd|"
    # "what's good?" greets; "who decides what's good for people?" asks.
    r"what's good(?! (for|about|in|at|to|with|on|or|and)\b)|"
    r"whatcha (up to|doing)|"
    r"what('re| are)? you (up to|doing|been up to)"
    + _WHEN
    + r"|what have you been (up to|doing)|(you|ya) still (up|awake|around|about|there|going)|"
    r"busy day( for you| today)?(?=\W*\?)|busy day for you)\b",
    re.IGNORECASE,
)
# The persona's day asked in other words ("u busy rn?", "any plans tonight", "having a good
# day?", "hows the week treating ya", "what are u gonna do this weekend"): its `#day` line.
_TIME_ASKED = (
    r"(today|tonight|tomorrow|later|this \w+|the weekend|at the weekend|over the weekend|"
    r"(on )?(mon|tues|wednes|thurs|fri|satur|sun)day|right now|at the moment|these days|lately)"
)
DAY_ASKED = folded(
    r"^\W*(are )?(you )?(still )?(busy|free|around|about)( today| tonight| right now|"
    r" at the moment| this \w+| later| atm)?\W*$|"
    r"\b((got |have you got |any |big |what are your |what's your |your )plans?( for| on)? "
    + _TIME_ASKED
    + r"|"
    # "doing anything fun tonight?", "up to much this evening?", "whats on for tonight"
    r"^\W*(are )?(you )?(doing|up to|got) (anything|much|something)( \w+)? " + _TIME_ASKED + r"|"
    r"^\W*what's on (for )?" + _TIME_ASKED + r"|"
    r"(anything|something) (exciting|interesting|fun|new|good) (happen|happened|going on)|"
    # "what did u do today", "what have you been doing this weekend"
    r"what (did|have) you (do|done|been doing|get up to|been up to) "
    r"(today|tonight|yesterday|last night|this \w+|(at |over )?the weekend|on \w+day)|"
    r"how's (the|your|ur) (day|week|weekend|evening|morning|afternoon|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day) (treating|going|been)|"
    r"(you )?(having|had) a (good|nice|busy|long|lovely|decent|good old) (day|week|evening|morning|"
    r"weekend)(?=\W*$)|"
    r"what (are |were )?(you|you're) (going to|planning to|thinking of|gonna) (do|get up to)|"
    r"what (are )?(you|you're|your) (working on|up to|doing) " + _TIME_ASKED + r")\b",
    re.IGNORECASE,
)
# Small talk put to the room, the persona among it ("what are you lot up to", "weekend
# plans?", "anyone doing anything nice tonight", "hows everyones day going"): answered with the
# persona's own day or plans, never owned up to.
ROOM_DAY = folded(
    r"\b(what|wat|wot)('s| is| are| r)? (every(one|body|1)|you lot|u lot|you all|y'?all|you guys|"
    r"u guys|people|folks) (up to|doing|been up to|getting up to|planning|got planned|having|"
    r"eating|drinking|cooking|reading|watching|listening to|"
    r"got on)\b|"
    r"\bhow('s| is| was| has| are)? (every(one|body|1)'?s?|you lot'?s?|y'?all'?s?) "
    r"(day|morning|evening|afternoon|night|week|weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\b|\bhow (are|r) we (all )?(doing|keeping|getting on|today|this \w+)\b|"
    r"^\W*(any |big |got any |what are your |what's your |your )?(weekend|tonight'?s?|evening|"
    r"holiday|summer|christmas|easter|bank holiday|half[- ]term|(fri|satur|sun)day) plans\b|"
    r"^\W*(is )?(any(one|body|1)|every(one|body|1)) (else )?(doing|up to|got|going|winding down|"
    r"heading|off|staying in|going out|watching|reading|listening to|playing|cooking|baking)\b"
    # not "anyone got a good lasagne recipe?", "anyone got a spare charger": a thing asked for
    r"(?!.*\b(know|recommend|help|tips?|advice|or just me|the only one|recipes?|ideas?|"
    r"suggestions?|spare|a good|any good|a decent|any decent|clue|link|number)\b)|"
    r"\bwhat'?s the plan\b|\bwhat('s| are|'re|s)? (every(one|body)'?s?|y'?all'?s?) plans?\b|"
    # "good weekend everyone?", "nice day all?"
    r"^\W*(good|nice|lovely|good old|decent) (weekend|day|week|evening|night|morning)"
    r"( (every(one|body|1)|all|folks|guys|peeps|y'?all))?\W*\?",
    re.IGNORECASE,
)
# A returning person ("glad to be back", "back again", "missed this place"): welcomed back,
# never taken for a new face.
# The group's own goings-on asked of a persona, who is only a guest in the room: who is on a
# rota or doing a job, what was missed, when or where the next meeting is, whether a day is on.
ROOM_ASKED = folded(
    r"^\W*(?:who'?s|whos|who is|who are)\s+(?:on|doing|bringing|opening|locking up|running|"
    r"hosting|driving|chairing|cooking|covering|taking)\b(?!.*\b(?:best|better|right|wrong)\b)|"
    r"(?:^|[,.;!?]\s*)(?:who'?s|whos|who is)\s+(?:on|doing|bringing|opening|running|hosting|"
    r"driving|covering)\s+(?:the\s+)?\w+\s+(?:this|on|tonight|tomorrow|next)\b|"
    r"\b(?:what|anything) (?:did|have) i miss(?:ed)?(?=\W*$|\W+(?:while|when|last|at|on|"
    r"yesterday|today|this|tonight|here|then)\b)|\bdid i miss anything\b|"
    r"\bwhat'?s been (?:happening|going on)(?: here| in here)?\W*$|"
    r"\b(?:when|where)(?:'?s| is| are)\s+(?:we\s+meeting|the next (?:meeting|session|practice|"
    r"rehearsal|match|game|class|meet|one|get-together))\b|"
    r"\bis\s+(?:\w+\s+){1,3}still on\b|"
    # After news or a hello: "..., right who's doing the raffle", "also when is the deposit
    # due", "what time are we meeting on saturday".
    r"(?:[,.;!?]\s*|\b(?:right|ok|okay|so|also|and|btw)\s+)(?:who'?s|whos|who is)\s+(?:doing|"
    r"bringing|running|hosting|driving|chairing|sorting|organi[sz]ing|booking|collecting)\s+"
    r"(?:the\s+)?\w+(?!.*\b(?:best|better|right|wrong)\b)|"
    r"\bwhat time (?:are|do|should|shall|will) we\b|\bwhat time(?:'?s| is) (?:the |our )?"
    r"(?:meeting|meet|session|practice|rehearsal|get-together|quiz|party|social)\b|"
    r"\bwhen(?:'?s| is| are)\s+(?:the\s+)?(?:deposit|payment|balance|money|subs|fees?|forms?|"
    r"entry|entries|tickets?|rota)\s+(?:due|in|needed|wanted|going out)\b",
    re.IGNORECASE,
)
# "back from holiday", "back from hols": a return told with where from.
BACK_FROM = folded(r"\b(?:just |finally )?back from (?:my |the |a )?\w+", re.IGNORECASE)


def _vet_known(voice: Voice, message: str) -> bool:
    """Whether the persona's `#know` line on what `message` asks sends the pet to a vet."""
    line = known(index_of(voice.material), MENTION.sub(" ", message))
    # (one that says to ring it: never "a small dog and a dark bar means the vet")
    return bool(re.search(r"\b(?:ring|call|phone)\b[^.;]{0,20}\bvets?\b", line, re.IGNORECASE))


# A question put, whatever follows: "why do u always answer a question with a question".
ASKED_FIRST = folded(
    r"\W*(?:\w+\W+)?(?:why|how|what|do|does|did|is|are|was|were|can|could|would|will|have|has)"
    r"\b",
    re.IGNORECASE,
)
# Words beside a jab that make it no jab: sorrow, illness, death.
TEASED_IN_EARNEST = folded(
    r"\b(?:sorry|condolences?|died|death|dead|ill|illness|sick|cancer|killed|grief|grieving|"
    r"funeral|miss (?:him|her|them))\b",
    re.IGNORECASE,
)
# A jab at the one spoken to: "ur annoying", "you just answer questions with more questions".
YOU_TEASED = folded(
    r"\b(?:you'?re|youre|you are|ur|u r|u are)\s+(?:(?:so|really|such|a|an|kinda|bit|"
    r"proper|well|actually|literally|the most)\s+)*(?:annoying|irritating|insufferable|"
    r"exhausting|a nuisance|a pain|smug|(?:a )?show[- ]?off|(?:a )?nerd|(?:a )?geek|cheeky|"
    r"dramatic|(?:a )?drama queen|unhinged|chaotic|(?:a )?menace|obsessed)\b|"
    r"\b(?:you|u)\s+(?:just |always |only |never )?(?:answer|reply to|meet)\s+(?:every |a |my |"
    r"all )?questions?\s+with\s+(?:a |another |more )?questions?\b",
    re.IGNORECASE,
)


# A happy day wished to the room with a greeting: "hey everyone, happy saturday 👋".
DAY_WISHED = folded(
    r"\bhappy ((?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|friyay|new year|holidays|"
    r"easter|halloween|bank holiday|pancake day|christmas|thanksgiving|diwali|eid|hanukkah|"
    r"st patrick'?s day)\b",
    re.IGNORECASE,
)


def _day_wished(day: str) -> str:
    """The day wished, as it is written: "Saturday", "weekend", "New Year"."""
    low = day.lower()
    if low in ("weekend", "holidays", "friyay"):
        return low
    return " ".join(w[:1].upper() + w[1:] for w in low.split()).replace(
        "St Patrick'S", "St Patrick's"
    )


# Who the persona is, asked of it: "who are you exactly?", "what's your name", "tell me about
# yourself", "what are you famous for", "sorry, who r u?".
WHO_ASKED = folded(
    r"^\W*(?:(?:sorry|hi|hey|hello|ok|okay|so|and|wait|um+|erm)\W+)*(?:who (?:are|r) (?:you|u|ya)"
    r"(?: (?:exactly|really|again|then|anyway|actually))?|(?:what'?s|whats|what is) (?:your|ur) "
    r"name|tell (?:me|us) (?:a (?:bit|little) )?about (?:yourself|urself)(?: and (?:your|ur) "
    r"(?:work|life|story))?|introduce yourself|"
    r"what (?:are|r) (?:you|u) (?:famous|known) for|remind me who you are)"
    r"(?:\W+(?:lol|haha|then|again|exactly|pls|please))*\W*$",
    re.IGNORECASE,
)
# Words in quotation marks: "'what's your biggest weakness'", "\"are you free\"" (a quote's own
# apostrophes, as in "what's", do not close it).
QUOTED = re.compile(r"(?<!\w)['‘][^\n]+?['’](?!\w)|\"[^\"\n]+\"|“[^”\n]+”")
# Whether it is a person, asked of it: "are you a bot?", "r u real", "is this an AI", "am i
# talking to a real person".
BOT_ASKED = folded(
    r"^\W*(?:(?:wait|so|lol|hmm+|ok|okay|honestly|be honest|seriously)\W+)*(?:(?:are|r) (?:you|u|"
    r"ya) (?:(?:actually|really|just|even|like) )?(?:a (?:real )?(?:bot|robot|person|human)|an? ai|"
    r"real|human|alive|sentient|conscious|self[- ]aware|chatgpt|a chatbot|a program|"
    r"(?:the )?real (?:one|thing|deal|\w+))|"
    r"(?:is|are) (?:this|these|they|you guys) (?:a |an )?(?:bots?|ai|real|chatbots?)|"
    r"am i (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:bot|robot|real person|human|an ai|"
    r"ai|a person))(?:\W+(?:lol|haha|or what|or not|tho|though|honestly|be honest|tell (?:me )?the "
    r"truth|seriously|for real))*\W*$",
    re.IGNORECASE,
)
# Gone a moment, and said so alone: "brb", "one sec", "back in 5".
BRB = folded(
    r"^\W*(?:(?:ok|okay|sorry|hang on|wait)\W+)?(?:brb|be right back|back in (?:a |an )?(?:sec|"
    r"second|min|minute|moment|bit|jiffy|5|five|10|ten)(?: mins?| minutes)?|one sec|1 sec|"
    r"gimme a (?:sec|min)|afk)\b(?:\W+(?:lol|x+|pls|please|guys|all|everyone))*\W*$",
    re.IGNORECASE,
)
# Bored, and said of oneself: "im so bored", "bored out of my mind", "so bored rn".
BORED = folded(
    r"^\W*(?:(?:ugh+|omg|god|honestly|tbh)\W+)?(?:(?:i'?m|im|i am|i'?ve been|ive been|i get|"
    r"getting|feeling|been|so+)\s+)?(?:(?:so+|really|soo+|a bit|kinda|kind of|totally|very|"
    r"proper|absolutely|utterly)\s+)*bored\b(?! (?:of|with)\b)(?:(?: out of my (?:mind|skull|"
    r"brain)| stiff| to death| rn| right now| today| tonight| at work| at home| lol)\b)*"
    r"(?:\W+(?:entertain me|someone talk to me|anyone (?:around|about|here)|lol|haha|ugh+)\b)*"
    r"\W*$",
    re.IGNORECASE,
)
RETURNING = folded(
    r"^\W*(?:(?:ok|okay|right|and|aaand)\W+)?back(?: now| again)?\W*$|"
    r"\b((glad|good|nice|great|happy) to be back|back again|i'?m back|i am back|"
    r"missed (this|you|y'?all|everyone|this place|this room)|back in (here|the room)|"
    # "been a while since i was on here", "hey all its been ages"; not "been ages since i ate"
    r"(it'?s |its )?been (a while|a minute|ages|forever|so long|too long)(?=\W*$| since i"
    r"( was|'ve been| have been) (on|in|here|around|about|last))|"
    # "hey again", "me again lol", "hello again everyone"
    # not "the swans hissed at us again"
    r"(hi+|hey+|hello+|hiya|evening|morning) again|(^\W*|\bit'?s |\bits )(me|us) again)\b",
    re.IGNORECASE,
)
# "anyone else procrastinating or just me", "is it just me or ...": answered "not just you".
JUST_ME = folded(
    r"\b(or (is it )?just me|is it just me|am i the only one)\b|"
    r"^\W*(anyone|anybody|everyone|everybody) else\b"
    r"(?!.*\b(agree|want|wanna|know|play|join|coming|fancy|up for)\b)",
    re.IGNORECASE,
)
# A cause put against oneself: "is that the fabric or just me" asks whether the fabric does it.
CAUSE_OR_ME = folded(
    r"\b(?:is|was) (?:it|that|this) (?:the |my |a |an )?[\w'-]+(?: [\w'-]+)? or (?:is it )?"
    r"(?:just )?me\b",
    re.IGNORECASE,
)
NEWCOMER = folded(
    # "first time in this room", not "made pancakes for the first time in forever"
    r"\b(i'?m new|i am new|new here|just joined|only joined|"
    # "joined 5 min ago", "joined today"
    r"joined (\d+|a|an|a few|like \d+) (sec|secs|seconds?|min|mins|minutes?|hours?) ago|"
    r"joined (today|tonight|just now)|first time (here|in here|"
    r"in (this|the|a) (room|chat|group|place|site|app)|on here)|my first time (here|in|on|at)|"
    r"just arrived|just signed up|"
    r"first time posting|my first post|(been )?lurk(ed|ing)|finally (joined|signed up|posting)|"
    # "never done this before lol", "new to all this"
    r"never (done|used|tried) (this|one of these|anything like this)( before)?|"
    r"just (found|discovered|stumbled on|came across) (this|the) (place|site|room|chat|app|group)|"
    r"not sure how (this|it|any of this|things) works?|(^|[.!?,;]\s*)(i'?m |im )?new\s*([.!?,;]|$)|"
    r"new to (this|all this|salon|chat ?rooms?|these|the (group|room|chat|club|server))|"
    r"first post)\b",
    re.IGNORECASE,
)
# "first time" said alone after a greeting ("hello?? is this thing on. im ayo btw, first time"):
# of being here, not of a baby sleeping through the night ("first time ever").
FIRST_TIME_ALONE = folded(
    r"(^|[.!?,;]\s*)(my |it'?s my |its my )?first time( (btw|here))?\s*([.!?,;]|$)", re.I
)


# What may come between a greeting and "first time" in a newcomer's hello ("hello?? is this thing
# on. im ayo btw, first time"): a name, and chatter.
_BEFORE_FIRST_TIME = folded(
    r"\b(is (this|it) (thing )?(on|working)|any(one|body) (here|around|about|home)|btw|lol|haha|"
    r"hi+|hey+|hello+|hiya|yo|all|everyone|folks|guys|ppl|people|(i'?m|i am|call me) [\w'-]+|"
    r"(my )?name'?s [\w'-]+|my name is [\w'-]+|[\w'-]+ here|so|and|its|it's|my)\b",
    re.IGNORECASE,
)


# How a thing is going, asked as small talk, at the end of a message: "how's ward 7 doing",
# "how is the new puppy getting on", "hows the bake sale going".
HOW_THING = folded(
    r"\bhow(?:'s|s| is| are|'re| r)\s+(?P<thing>[\w' ]{1,30}?)\s+(?:doing|going|getting on|"
    r"holding up|coming along|looking)(?: (?:so far|today|tonight|this (?:morning|evening|week)))?"
    r"\W*$",
    re.IGNORECASE,
)
# Not a thing of the asker's: the persona itself, its own things, or life at large ("how's it
# going", "how are things going", "how's your book coming along").
NOT_THEIRS = folded(
    r"^(?:it|that|this|things|life|everything|everyone|everybody|every one|you|u|ya|y'all|"
    r"you all|you guys|(?:your|ur|yer) .*|you two|the two of you|we|we all|us|us all|all|"
    r"(?:you|u|ya) lot|all of (?:you|us)|folks|people|everyone here|the lot of you|the room|"
    r"(?:all|every) (?:you|one of you|of you) (?:lot|guys|people))$",
    re.IGNORECASE,
)


def _thing_asked_how(text: str) -> str:
    """The thing of the asker's own that `text` asks how it is going ("ward 7", "the bake
    sale"), or ""."""
    found = HOW_THING.search(text)
    thing = found.group("thing").strip() if found else ""
    return "" if not thing or NOT_THEIRS.match(thing) else thing


def _its_own(voice: Voice, index: Index, thing: str) -> bool:
    """Whether `thing` is of the persona's own world, which it can speak of ("the play" to the
    playwright, "the lab" to the chemist, "the garden" to the naturalist): its field, or a
    word its lines say again and again (by its head noun, "lab" in "laboratory" too)."""
    said = terms(thing)
    head = said[-1] if said else ""
    if not head or head in field_terms(voice):
        return bool(head)
    return sum(1 for line in index.lines if any(w.startswith(head) for w in line.counts)) >= 3


def _talked_here(author: str, history: Sequence[Said]) -> bool:
    """Whether `author` has said more here lately than hellos ("hi", "anyone here?")."""
    return (
        sum(
            said.author == author and bool(re.search(r"\w", _BEFORE_FIRST_TIME.sub(" ", said.text)))
            for said in history
        )
        >= 2
    )


def newcomer(text: str) -> bool:
    """Whether `text` is a newcomer's (NEWCOMER, or "first time" alone after a greeting and
    nothing but a name and chatter: not "hey! passed my driving test, first time")."""
    if NEWCOMER.search(text):
        return True
    greeted = GREETING.match(text)
    first = FIRST_TIME_ALONE.search(text[:300]) if greeted else None
    if not first:
        return False
    between = _BEFORE_FIRST_TIME.sub(" ", text[greeted.end() : first.start()])
    return not re.search(r"\w", between)


# How the room itself works, asked with no word of being new ("do i just... talk?", "how does
# this place work", "do i need to @ someone"): a newcomer's question all the same.
ROOM_HOW = folded(
    # Said of the room, to the end of the clause: not "can we just talk about the match", "do i
    # need to mention my nut allergy when i book", "do we need to ping the landlord".
    r"\b((do|can|should) (i|we) just\W*(type|post|talk|chat|jump in|say (hi|hello|something))"
    r"( (here|in here|in this room|to you|to you all))?|"
    r"do (i|we) (need|have) to (@|tag|mention|ping)"
    r"( (someone|somebody|anyone|a persona|you|you all|them|one of (you|them)|people|a name))?|"
    r"how (does|do) (this place|this room|this chat|salon) (even )?work|"
    r"what do (people|ppl|folks|you all|yall|y'all) (usually |normally )?(talk|chat) about"
    r"( (in )?here| in this room)?)"
    r"(?=\s*(\?|$|[.!,;:)]|lol|haha|or\b|tho|though|exactly))",
    re.IGNORECASE,
)


# A newcomer asking how the room works ("how does it work", "do i just type?", "what do people
# talk about?"): welcomed, and told to talk, as they have.
HOW_IT_WORKS = folded(
    r"\b(how (does|do) (it|this|this place|this room|this thing|salon|everything) work|"
    r"(do|can|should) (i|we) just\W*(type|post|talk|say|write|chat|start|jump in|ask)|"
    # "am i doing this right", "is this how it works", "do i need to @ someone"
    r"am i doing (this|it) (right|wrong)|is this how (it|this) works|"
    r"do (i|we) (need|have) to (@|tag|mention|ping)|"
    r"how do (i|we|you) (start|begin|join in|talk|post|chat|use (this|it)|do this|ask)|"
    r"what do (people|we|you|u|folks|ppl|yall|y'all) (usually |normally |even |actually )?"
    r"(talk|chat) about|"
    r"what (is|'s) (this|this place|this room)\b|is this where|where do (i|we) (start|begin|post)|"
    r"what (do|should) (i|we) do( now| here)?\W*$|any (rules|tips for (a )?newbies?)|"
    r"(what'?s|whats) the vibe|not sure how (this|it|any of this|things) works?|"
    r"(is it |it'?s )?(ok|okay|alright|fine) (to|if i) (just )?"
    r"(jump in|post|type|chat|say|ask|join))",
    re.IGNORECASE,
)
# Good luck asked for, or an ordeal just ahead ("job interview in an hour, wish me luck!",
# "driving test tomorrow, fingers crossed pls", "first day at the new job tomorrow eek").
LUCK = folded(
    r"\b(wish (me|us) (luck|well)|fingers crossed|cross(ed)? (your|ur) fingers|send (good )?vibes|"
    r"(need|could use|want) (some |all the )?luck|pray for (me|us)|wish me strength|"
    # nerves before a thing ahead: "first game back saturday, bricking it tbh"
    r"bricking it)\b",
    re.IGNORECASE,
)
ORDEAL_AHEAD = folded(
    r"\b((interview|exam|test|audition|presentation|first day|match|race|marathon|final|speech|"
    r"viva|pitch|recital|gig|performance|trial shift|assessment|first date|big day|debut|"
    r"competition|tryouts?)s? ([\w']+ ){0,4}?(is |are )?"
    r"(in (an|a|\d+|two|three|ten|twenty|half an) (hours?|mins?|minutes?|days?)|tomorrow|"
    r"at (\d{1,2}([:.]\d\d)?\s?(am|pm)?|half (past )?\w+|noon|midday)(?! (was|went))|"
    r"today|tonight|this (morning|afternoon|evening|week)|in the (morning|afternoon|evening)|"
    r"on (mon|tues|wednes|thurs|fri|satur|sun)day|next week|later|soon)|"
    r"(tomorrow|today|tonight|soon) is (my|the) (interview|exam|test|big day|first day)|"
    # "right, off to my driving test", "heading to the interview now"
    r"(off|heading|going) (in )?to (my|the|a|an) ([\w']+ ){0,2}?(interview|exam|test|audition|"
    r"presentation|match|race|final|viva|pitch|recital|gig|assessment|first date|fitting|"
    r"appointment|scan|operation)s?\b(?! (went|was|is over|results?)))\b",
    re.IGNORECASE,
)
# An ordeal told as done ("did my first half marathon this morning", "passed my test today"):
# news, not one to wish luck for.
DONE = folded(
    r"\b(did|done|finished|passed|ran|went|was|were|had|won(?!['’]t)|nailed|smashed|aced|completed|"
    r"survived|made it|over|got through|went well|smashed it)\b",
    re.IGNORECASE,
)
# What a sign is to say, when the message says it ("a sign for the door saying we're closed on
# bank holiday monday", "a sign telling people to wipe their feet").
SIGN_SAYING = folded(
    r"\bsign\b[^.?!]*?\b(?:saying|that says|which says|to say|that reads|reading|"
    r"(?P<bid>telling|asking|reminding) (?:people|everyone|folk|customers|visitors|guests|kids|"
    r"parents|dog owners|drivers)(?: to| that)?)\s+(?P<said>[^.?!]{3,80})",
    re.IGNORECASE,
)
_SIGN_TAIL = folded(
    r"\s*(?:,|\bplease\b|\bpls\b|\bplz\b|\bthanks\b|\bta\b|\bor something\b|\blol\b|"
    r"\bx+\b|\bif you can\b|\bsomething like that\b)+\W*$",
    re.IGNORECASE,
)
_SIGN_SUBJECT = folded(
    r"^(?:that )?(?:we'?re|we are|we'?ll be|we will be|we'?re going to be|the (?:shop|hall|cafe|"
    r"office|door|room|bar|kitchen|place|centre|center|club) (?:is|will be)|it'?s|it is)\s+",
    re.IGNORECASE,
)
_SIGN_SMALL = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from"]
)


# The asker's note to the writer after a sign's words: ", but the council says ...".
SIGN_NOTE = folded(r",?\s+(?:but|though|although|because|cos|since|as long as)\s+", re.I)
# What the note lets in: "guide dogs are ok", "assistance dogs are allowed".
ALLOWED = folded(
    r"(?:\b(?:says?|said|reckons?)\s+(?:that\s+)?)?(?P<who>(?:guide|assistance|service) dogs|"
    r"children|kids|residents|members|staff|blue badge holders|deliveries|cyclists)\s+(?:are|is)\s+"
    r"(?:ok|okay|allowed|fine|welcome|alright|all right)\b",
    re.I,
)


def dictated_sign(text: str) -> str:
    """The words of a sign the message dictates, set as a sign is ("Closed on Bank Holiday
    Monday", "Please Wipe Your Feet"); empty when it dictates none, or too long a one."""
    m = SIGN_SAYING.search(text)
    if not m or not sign_asked(text):  # "the sign saying no entry fell down" asks for none
        return ""
    said = _SIGN_TAIL.sub("", m.group("said").strip())
    # the asker's note to the writer after the words ("no dogs, but the council says guide
    # dogs are ok"): never on the sign; an exception it grants is said after them (review34)
    said, note = (SIGN_NOTE.split(said, maxsplit=1) + [""])[:2]
    said = _SIGN_SUBJECT.sub("", said)
    said = re.sub(r"^not to\s+", "please do not ", said, flags=re.I)  # "asking people not to"
    if m.group("bid") and not re.match(r"(?:no|not|don'?t|please)\b", said, re.I):
        said = f"please {said}"  # "telling people to wipe their feet": Please Wipe Your Feet
    said = re.sub(r"\btheir\b", "your", said, flags=re.I)
    said = re.sub(r"\bthem(selves)?\b", lambda w: "you" + ("rselves" if w.group(1) else ""), said)
    words = said.split()
    if not 1 <= len(words) <= 10 or re.search(r"\b(i|me|my|you said)\b", said, re.I):
        return ""
    sign = " ".join(
        w if (i and w.lower() in _SIGN_SMALL) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
    if allowed := ALLOWED.search(note):
        who = allowed.group("who")
        sign = f"{sign.rstrip('.!')} ({who.title()} Welcome)"
    return sign if sign[-1] in ".!" else f"{sign}."


# A practical fix asked for ("how do i fix a squeaky hinge", "best way to get red wine out"),
# and what a line must hold to be one: something to do.
FIX_ASKED = folded(
    r"\bhow (do|can|should|would|could|to) (i|we|you|u|one )?\s?(fix|mend|repair|stop|unblock|"
    r"unjam|get rid of|"
    r"get (the |a |my |this |that |these )?[\w' ]{1,30}? (out|off|to stop|working)|"
    r"clean|remove|cure|sort out|deal with)\b|\b(best|easiest|quickest|any) (way|tips?|ideas?) "
    r"(to|for|on) (fix|mend|repair|stop|unblock|get rid of|getting rid of|clean|remove|fixing|"
    r"stopping|cleaning|removing|getting)\b",
    re.IGNORECASE,
)
ADVICE_LINE = folded(
    # something to do, said at the head of a clause ("Cover the burnt layer with water"; "...,
    # then rinse"), or what one can, should or need not do
    r"(^|[.;:!?]\s+|,\s+(then |and |or |but |so )?)(use|try|put|add|keep|rub|oil|grease|wipe|"
    r"soak|rinse|wash|dry|open|close|turn|tighten|loosen|replace|check|clean|spray|cover|leave|"
    r"let|give|take|make sure|dab|blot|scrub|sprinkle|pour|heat|cool|boil|fill|empty|remove|cut|"
    r"plant|feed|water|move|set|stand|lay|lift|hold|press|push|pull|stir|mix|go|pick|get|avoid|"
    r"don'?t|do not|never|always|mind)\b|"
    r"\b(you (can|could|should|need|must|may)|one (can|should|must)|a (drop|dab|little) of|"
    r"the (trick|cure|fix|answer) is|works? best|is best|are best)\b",
    re.IGNORECASE,
)
# An invitation to a do, said to the room ("game night at mine this friday, 7ish", "bbq at ours
# sunday from 2, you're all invited", "quiz night thursday, who's in?"): "at mine" only with a
# day or an hour beside it ("the keys are at mine" invites nobody).
INVITING = folded(
    r"\b((you'?re|ur|you are|u r) (all |both |very )?(invited|welcome to (come|join))|"
    r"(all|everyone|everybody) (is |are )?welcome\b(?! back)|who'?s (in|coming|up for it)\W*$|"
    r"anyone (fancy|up for|want to come|coming)|(come|pop) (along|round|over)\b(?! to)|join us\b)|"
    r"\b(at|round|to) (mine|ours|my place|our place|my house|our house)\b(?=.*\b(tonight|"
    r"tomorrow|this|next|on|(mon|tues|wednes|thurs|fri|satur|sun)(day)?|weekend|\d{1,2}"
    r"(:\d\d)?\s?(ish|pm|am)|from \d|\d{1,2}ish))",
    re.IGNORECASE,
)
# A household cast as a kingdom or a war, told for a laugh ("the seagulls have declared war on
# the bins", "my cat has claimed the laptop, i work for her now", "socks are the enemy. we're
# losing").
WRY_IMAGE = folded(
    r"\b(declared war|turf war|war on (the|my|our)|at war with|(are|is) the enemy|we'?re losing|"
    r"losing the (war|battle)|(called|calling) a truce|hostage|overlords?|"
    r"i work for (him|her|them|it) now|(his|her|their) (staff|servant|butler|minion)|"
    r"(has|have) (claimed|annexed|conquered|colonised|colonized)|(rules|runs) the (house|roost)|"
    r"(is|are) in charge now|(is|are) plotting|mutiny|staged a coup|"
    r"(no longer|not) on speaking terms|(just )?a (guest|lodger|tenant) (here|in my own)|"
    r"staging a (protest|mutiny|coup|strike|sit-in)|(are|is) winning(?!.*\b(match|game|race)\b))\b",
    re.IGNORECASE,
)
# "I'm Priya", "my name is Tomás", "Jonas here": the name a newcomer gives, capitalised.
INTRODUCTION = re.compile(
    # "name's Kwame" at the start of a clause; not "my sons name is Leo", "the dogs name is Biscuit"
    r"(?:(?:\b(?:[Ii]'?m|[Ii] am|[Mm]y name is|[Mm]y name's|[Cc]all me)|"
    r"(?:^|[^\w\s']\s*|\b(?:hi|hey|hello|yo|all)\W+)(?:[Tt]he )?[Nn]ame(?:'?s| is))\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'-]*))|(?:(?:^|[.!?,;:])[^\w.!?,;:]*(?P<here>[A-ZÀ-Þ][\w'-]*) here\b)"
)
_NOT_NAMES = """
New Back Here Just So Not Sorry Fine Good Great Still Also Really Very Going Trying Looking A An
The In From At On Happy Glad Excited Curious Interested Hi Hello Hey Yes No Well Ok Okay Done Home
Out Off Sure Tired Busy Afraid Everyone All Only It What
"""
NOT_NAMES = frozenset(_NOT_NAMES.split())
THANKS = folded(
    # ("a thank you card for the nurses" is a card, no thanks: `thanks_given`)
    r"\b((?:thanks+|thank[- ]?you|thank u)\b(?!-)|thx|tysm|tyvm|ty( ?ty)?|much obliged|"
    # "cheers!", not "the smoke alarm cheers me on"; "so grateful", not "should i be grateful"
    r"cheers(?! (me|him|her|us|them|you|everyone) (on|up))|"
    r"(so|really|very|truly|forever|i'?m|i am|am) grateful|grateful (for|to)|"
    r"gracias|merci|danke|grazie|obrigad[oa]|arigato|"
    r"appreciate (it|that)|ta (very much|muchly|mate|so much|love)|"
    r"much appreciated|(really|greatly) appreciated|"
    r"that (was|is) (really |very |so )?(helpful|useful|great|lovely|kind))\b|"
    r"^\W*(ta|ty)\b(?![- ]?(ra|ta)\b)",  # "ta!", "ty :)"; "ta-ra", "ta ta" take leave
    re.IGNORECASE,
)
FAREWELL = folded(
    # "See you" takes leave; "lovely to see you" greets.
    # "see you soon"; not "didnt see you there"
    r"\b(bye|goodbye|good night|goodnight|(?<!to )(?<!ever )(?<!never )(?<!nt )(?<!n't )(?<!not )"
    r"see you|(?<!to )see ya|"
    # "gotta go" takes leave; "i have to go back for a biopsy", "have to go to the dentist" tell
    r"farewell|(gotta|got to|have to|must) go(?! (back|to(?! (bed|sleep))|for|in|and|through|on|"
    r"out|over|up|down|into|via|with|by|under|see|get|buy|pick|collect|shopping|there|again|"
    r"home and))|off to bed|signing off|heading off|later all|ciao|"
    r"(gotta|got to|have to|must) (run|dash|fly|head off)|catch (you|ya) (later|soon|tomorrow)|"
    r"laters|ttyl|talk (to you )?(later|soon|tomorrow)|nighty night|night all|"
    r"adi[oó]s|adieu|au revoir|auf wiedersehen|arrivederci|hasta (luego|ma[nñ]ana|pronto|la vista)|"
    r"cheerio|toodle[- ]?(oo|pip)|ta[- ]?ra|ta ta|"
    r"i'?m off( now| then)?\W*$|(heading|going|off|time) (to bed|to sleep|home)|"
    r"(turning|turn) in for the night|take care(?! of)|gtg|g2g|logging off|log(ging)? out|"
    r"speak (to you )?soon|done for (the day|today|tonight|now)|that's (me|it for me)( done)?|"
    r"night\s+night|nite|i'?m out)\b|(^|[.!?]\s*)night\W*$|"
    # "night, sorry about the pressure washer thing": a goodnight before a word more
    r"^\W*night(?:\s+night)?\s*[,;!]|"
    # "night imran, night @darwin", "night gaz x": a goodnight to someone named, not "night
    # shift, ugh" nor "night owl here"
    r"^\W*night\s+(?!(?:shift|shifts|owl|owls|out|time|bus|club|sky|light|lights|feed|feeds|"
    r"nurse|school|class|classes|train|market|walk|sweats|terrors|before|after|off|is|was|"
    r"and|of)\b)[a-z]+\s*(?:x+\s*)?(?:[,;!]|$)|"
    # "sleep well all", "right im off, sweet dreams": wished at parting, not "i cant sleep well"
    r"(^|[,.!;]\s*)\W*(sleep (well|tight)|sweet dreams)\b|"
    # (house42) chat tokens: "gn", "gn all", "cya", "cya l8r"; not "gn" inside a word
    r"^\W*gn(?:\W+(?:all|everyone|everybody|folks|guys|y'?all|fam|peeps|people|x+|@\w+))?\W*$|"
    r"\b(?:cya|cu l8r|l8r)\b",
    re.IGNORECASE,
)


# Sorry for coming late to a talk ("sorry late to this", "soz im late", "apologies for being
# awol"): an apology, no trouble told.
LATE_SORRY = folded(
    r"\b(?:sorry|soz|sry|apologies)(?:,)? "
    r"(?:i'?m |im |i was |for being |for |to be |about being )?"
    r"(?:so |a bit |very |really )?(?:late|awol|mia|quiet|slow)"
    r"(?: to (?:this|the party|the chat))?\b|"
    r"\b(?:sorry|soz|sry),? (?:only just|just) (?:seen|catching up|caught up)\b",
    re.IGNORECASE,
)


def taking_leave(text: str) -> bool:
    """Whether `text` takes leave: a farewell said, not one talked about ("is it rude to leave a
    party without saying bye", "how do you say goodbye in french", "i said goodnight to the
    moon"; "was lovely chatting everyone, bye!" and "right, bed. night all" take leave)."""
    return any(
        not SAID_FAREWELL.search(text[max(0, m.start() - 40) : m.start()])
        for m in FAREWELL.finditer(text)
    )


# What comes before a farewell talked about: "saying", "say a proper", "to wave".
SAID_FAREWELL = folded(
    r"\b(?:say|says|saying|said|wave|waving|waved|text|texting|wish|wishing)\s+"
    r"(?:\w+\s+){0,2}['\"‘“]?$",  # "how do you say 'see you later' in spain"
    re.IGNORECASE,
)


AGREEING = folded(
    # ("who's right", "which of us is right": asked, no side taken)
    r"\b(agree|agreed|(?<!who )(?<!us )is right|was right|are right|you're right|has a point|"
    r"got a point|"
    r"makes a (good |fair |great |valid )?point|makes sense|side with|spot on|"
    # "ok, you win"; "did you win a second nobel" asks
    r"(?<!did )(?<!do )(?<!would )(?<!will )(?<!can )(?<!could )you win|"
    r"(?<!who)'s right|nailed it|has it right|got it right|bang on|"
    r"convinced me|(totally|completely|fully|100%) with \w+|with \w+ on (this|that)|"
    r"what \w+ said)\b|(^|\s)\+1\b|"
    # "exactly!", "exactly what i said"; not "you can't exactly see it"
    r"(^|[.!,;]\s*)exactly\b",
    re.IGNORECASE,
)
# Someone named in a stance taken, who need not have spoken in the recent messages ("jo's got a
# point", "what lena said", "tom's got it backwards"): the name, as it was written.
# "right" of a place or a time, not of being right: "the hole is right over the stage", "she's
# right behind you", "it was right there".
RIGHT_WHERE = (
    r"(?! (?:over|above|under|underneath|below|next|by|beside|behind|in front|at|in|on|outside|"
    r"inside|there|here|now|away|back|up|down|through|across|round|around|into|onto|off|after|"
    r"before|near|where|when|between|against|opposite|along)\b)"
)
NAMED_AGREEING = folded(
    r"\b(?P<who>[a-z][\w-]+)(?:'s| is| was| has| makes| made)(?: got| really| totally| so)? "
    r"(?:a (?:good |fair |"
    r"great |valid )?point|right" + RIGHT_WHERE + r"|spot on|onto something)\b|"
    r"\b(?:with|what) (?P<with>[a-z][\w-]+) "
    r"(?:on (?:this|that)|said|says)\b|"
    r"(?:\+1|\b(?<!not )(?<!never )(?<!n't )(?<!nt )(?:agree|side) with) (?:to )?"
    r"(?P<plus>[a-z][\w-]+)",
    re.IGNORECASE,
)
NAMED_DISAGREEING = folded(
    r"\b(?P<who>[a-z][\w-]+)(?:'s| is| was| has)(?: got it| got that| totally| so| just| dead)? "
    r"(?:wrong|backwards|mistaken|talking (?:nonsense|rubbish)|off base)\b|"
    # "darwin got it wrong", "einstein has that backwards"
    r"\b(?P<got>[a-z][\w-]+) (?:got|gets|has|had) (?:it|that|this|everything|it all) (?:all |"
    r"completely |totally |so |dead |just )?(?:wrong|backwards)\b|"
    # "i dont agree with einstein": agreement denied is a disagreement
    r"\b(?:dis|(?:don't|dont|do not|can't|cant|cannot|never) (?:really |quite |fully |entirely |"
    r"totally |completely |100% )?)agree with (?P<with>[a-z][\w-]+)|"
    # "socrates ur wrong", "einstein, you're mistaken": the one told so, called by name
    r"^\W*(?P<to>[a-z][\w-]+),? (?:you're|your|ur|you are|u r|u are)(?: so| totally| just| dead)? "
    r"(?:wrong|mistaken|talking (?:nonsense|rubbish))\b",
    re.IGNORECASE,
)
# Words that stand where a name would in those phrases and are none.
_NOT_SPEAKERS = """
that this it he she you they there which what who everyone everybody someone somebody one i me we
us him her them both all he's she's point thing also still really you're that's agree it's
"""
NOT_SPEAKERS = frozenset(_NOT_SPEAKERS.split())
# "Like William said, ..." takes William's side, whatever follows.
SIDING = folded(r"\b(?:like|as) (\w+(?: \w+)?) (?:said|says|put it|wrote|was saying)\b", re.I)
# "Anyone disagree?" asks the room; it is no disagreement of the one asking.
ASKS_ROOM = folded(r"\b(anyone|anybody|everyone|who) (else )?(dis)?agrees?\b", re.I)
# The person objects to what was said: "that's a bit bleak", "quantum physics says otherwise".
OBJECTION = folded(
    r"\b(bleak|grim|harsh|gloomy|depressing|cynical|wrong|otherwise|though|isn't it|is it not|"
    r"why should|not true|nonsense|doubt|disagree|come on|seriously|hardly|surely not|"
    r"really\?|surely|but)\b",
    re.IGNORECASE,
)
# A question about the persona itself ("Were you really bad at maths?", "your plays"):
# answered from its life, whatever the field.
SELF = folded(
    r"\b(your|yours|yourself|(did|were|was|have|had|do|does|would|didn't|weren't|wasn't|"
    r"haven't|hadn't|don't|did not|were not) you)\b",
    re.IGNORECASE,
)
# "an art or a science?", "Which is scarier, X or Y?": a choice between two, answered by
# choosing (`either_or` reads the two options).
OR = folded(r"\s+or\s+", re.IGNORECASE)
# Where the second option ends: punctuation, or a clause after it ("Books or films, what ...").
OPTION_END = folded(
    r"[,;:?!.]|\s(?:which|that|what|who|for|as|in your|because|since|cos|coz|so|but|if|when|"
    r"what do you|wdyt|tho|though|after|before|while|with my|for my)\b",
    re.IGNORECASE,
)
# The words that lead into a choice ("would you rather have", "is it better to"): the first
# option starts after them.
CHOICE_LEAD = folded(
    r"\b(?:would (?:you|u) rather|(?:do|would) (?:you|u) prefer|which(?: one)?(?: is| would be)?"
    r"(?: better| best| worse| nicer)?|(?:is it|it's|is|are) (?:\w+ )?(?:better|worse|best|"
    r"smarter|wiser|easier|healthier|cheaper|faster|nicer|fairer|kinder|safer) (?:to|for)?|"
    r"better to|choose between|"
    r"rather|prefer|between|whether|either)\b(?:\s+(?:have|be|get|live|go|take|do|pick))?\b",
    re.IGNORECASE,
)
# Words that sit in an option and are no part of it ("just rereading ur notes", "is it ammonia
# or nitrite").
OPTION_FILLER = folded(
    r"^\s*(?:(?:just|only|simply|actually|maybe|like|rather|more|proper|good old|it|it's|its)\s+)+",
    re.I,
)
# Words of chat that say nothing of a choice ("or just", "like", "honestly").
CHAT_FILLERS = frozenset("just like actually maybe really honestly literally basically tbh".split())  # noqa: SIM905
# Words that qualify a noun, so that two of them share one ("handwritten notes or typed").
MODIFIERS = frozenset(
    """big small tiny huge hot cold iced warm black white red green dark light early late long
    short old new fresh paper digital online offline real fake sweet salty spicy mild plain soft
    hard loud quiet busy calm cheap posh wet dry slow fast raw cooked homemade electric""".split()  # noqa: SIM905
)
PREPOSITIONS = frozenset("in at on by with before after during".split())  # noqa: SIM905
MODIFIER_ENDINGS = ("ed", "en", "al", "ic", "ous", "ful", "less", "ive", "able", "ible", "ish")
# Words after "or" that offer no second thing ("whether or not", "a day or so").
NO_OPTION = frozenset(
    "not so something anything whatever two three more less else later another other is are "  # noqa: SIM905
    "was were does do am what nah no nope smth sth summat".split()  # "or what", "or nah"
)
PRONOUNS = folded(r"\b(i|me|my|we|us|our|you|your)\b", re.IGNORECASE)
NEGATION = folded(r"\b(not|no|never|nothing|cannot|can't|don't|doesn't|isn't|won't)\b", re.I)
# A refusal asked about ("is it rude to say no to a wedding invite"): a thing done, no negation.
SAID_NO = folded(r"\b(?:say|says|saying|said) no\b(?! (?:one|longer|more|matter|way)\b)", re.I)
# "Marie, that's a bit bleak": the message opens by calling someone.
VOCATIVE = re.compile(r"^\W*([A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)?)\s*[,:]")
DISAGREEING = folded(
    # (not things that disagree: "why does an oven thermometer disagree with the dial")
    rf"\b({THINGS_DISAGREE}disagree|(?<!who )is wrong|was wrong|are wrong|"
    r"(?<!what)(?<!who)'s wrong|"
    r"you(?:'re| are|re) (?:\w+ )?(?:wrong|mistaken|incorrect)|"
    r"not sure (about|that)|mistaken|"
    r"don't buy|do not buy|nonsense|not convinced|backwards|back me up|"
    r"sounds (wrong|off|dodgy|daft|silly|mad)|(can't|cannot|can not) (be|possibly be) serious|"
    r"no way (\w+ )?(is|was|'s) right|talking (rubbish|nonsense|out of)|not buying|"
    # "rubbish", not "i'm rubbish at the maths": no side taken
    r"rubbish(?! at\b)|"
    # ... and a side declined (`addressing.DECLINED_SIDE`): "not sure i agree with socrates";
    # "do you agree with ravi? i kinda dont"
    r"nah|nope|" + DECLINED_SIDE + r"|"
    r"i (really |kinda |kind of |just |honestly |totally |so )?(don't|do not)( agree| think so)?"
    r"(?=\W*$))",
    re.IGNORECASE,
)


def _stance_text(text: str) -> str:
    """What of `text` may take a side: not its question to the room, nor two people's being at
    odds with each other (`AT_ODDS`), which asks it to settle."""
    return AT_ODDS.sub(" ", ASKS_ROOM.sub(" ", text))


# A claim put too broadly ("everything", "never", "a waste of", "just lazy").
SWEEPING = folded(
    r"\b(every|everything|everyone|all|always|never|nothing|nobody|no one|only|waste of|"
    r"best thing|worst thing|just|basically|totally|completely|ruins?|pointless|useless)\b",
    re.IGNORECASE,
)
# Asking the persona's view of what someone said ("what do you make of what tom said", "thoughts
# on sam's take?", "is nina right?").
ASKS_VIEW = folded(
    r"\b(what do you make of|thoughts on|what do you think (of|about)|(what's )?your take on|"
    r"do you (think|reckon|agree)|is \w+ right|what about (what|\w+'s))\b",
    re.IGNORECASE,
)
# Something asked for with no question word: "do you have a good recipe", "got any good
# recipes for a low cal lasagne", "any tips for a 10k"; not "i got a good recipe".
HAVE_YOU_ANY = (
    r"(?:(?:do (?:you|u) have|have (?:you|u) got|(?:you|u) got) (?:a|any)|\bgot any|"
    r"^\W*(?:@\w+\W+)?any) (?:good |decent |easy |quick |nice )?(?:recipes?|tips?|ideas?|"
    r"recommendations?|suggestions?|advice|links?|books?)\b"
)
ASKED_FOR = folded(HAVE_YOU_ANY, re.IGNORECASE)
# A question that asks the persona to do something for the asker is a request, not a question
# about its life ("Can you help me with my tax return?", "Do you know how to fix a bike?").
REQUEST = folded(
    r"\b((can|could|would|will) you (please )?(help|give|tell me how|recommend|suggest|show|"
    r"explain|find|make|fix|write|book|check|teach|send)|do you know (how|a|any|where|what|which|"
    r"when)|" + HAVE_YOU_ANY + r"|for me\b)",
    re.IGNORECASE,
)
# "What scares you?", "Who taught you the most?": a question about the persona, asked of it;
# not the "you" of anyone ("Why does time slow down when you move fast?").
ASKED_OF_YOU = folded(r"\byou(r|rself)?\b", re.IGNORECASE)


def _asked_of_you(text: str) -> bool:
    """Whether `text` asks the persona about itself ("did you ever cook?"): a "you" in what is
    asked, not in a remark beside a question asked of anyone ("anyone got a chilli recipe?
    @einstein you look like a chilli man")."""
    asked = [s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s] or [text]
    return any(ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", s)) for s in asked)


ANYONE_YOU = folded(
    r"\b(when|if|as|whenever|once|before|after|until|while|unless|because|where|wherever) you\b|"
    # "trips the fuse the second you plug it in", "every time you open it": anyone's doing
    r"\b(the|every|each|any) (second|moment|minute|instant|time|day) you\b|"
    r"\b(do|would|will|did) you (reckon|suppose|guess|figure)\b|"  # asks a guess, not its life
    # "does the temp matter more than how many times u reuse it": anyone's count; "how would
    # you randomise the clues": a way asked of its craft, not its life
    r"\bhow (many|much|often|long)( \w+){0,2} you\b|\bhow (would|should) you\b|"
    # "why do dates give you energy so fast", "does cheese make you dream": anyone it happens to
    # (not "did radium make you ill": of its life)
    r"\b(gives|makes|keeps|helps|sends|leaves|costs) you\b|"
    r"\b(do|does|can|will) (\w+ ){1,2}(give|make|keep|help|send|leave|cost) you\b|"
    # "how do you fix a dripping tap", "can you really make a battery from a lemon",
    # "could you actually make life from dead tissue": how it is done, by anyone (misfire41)
    r"\bhow (do|can) you (get rid of|fix|make|revive|clean|remove|grow|build|unblock|repair|"
    r"freeze)\b(?! (?:your|yourself)\b)|"
    r"\b(can|could) you (really|actually|even|ever|possibly) (make|grow|build|freeze|bring|"
    r"clone|create|revive|recharge|charge|power|run|turn|cure)\b|"
    # "could you bring a frozen frog back to life", "how do you get chewing gum out of hair"
    r"\bcould you (bring|freeze|clone|revive)\b|\bhow (do|can) you get (\w+ ){1,3}(out|off)\b",
    re.I,
)
# A question that asks yes or no ("But is knowledge not what makes it worth anything?").
YES_NO_QUESTION = folded(
    r"^\W*(is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|isn't|aren't|"
    r"don't|doesn't|shouldn't|wouldn't)\b",
    re.IGNORECASE,
)
# What leads into a point and is no part of it ("And yet, ...", "Well, ...").
ECHO_LEAD = folded(r"^\W*((and yet|and|but|so|yes|no|well|indeed|quite|exactly)\b[,\s]*)+", re.I)
# Unless the word is the persona's own field: "time" to the physicist is its subject ("does time
# run slower on a mountain?"), "life" to the naturalist. "Kind" and "way" name nothing to anyone,
# and "times" is the mathematician's only in "times tables": "a negative times a negative" is
# no question on them.
NAMING_NOTHING = frozenset(terms("kind way thing times"))


def generic_terms(voice: Voice) -> frozenset[str]:
    """The everyday words that name no subject for this persona: `GENERIC_TERMS`, less the
    words of its own field (its style's topics and the lexicon of its fields)."""
    return _generic_beside(field_terms(voice))


@lru_cache(maxsize=64)
def _generic_beside(fields: frozenset[str]) -> frozenset[str]:
    return GENERIC_TERMS - (fields - NAMING_NOTHING)


STANCE_TERMS = frozenset(
    terms(
        "agree agreed disagree right wrong point sense side spot exactly mistaken buy said "
        "nonsense convinced sure view views opinion take thoughts true worth better worse "
        "believe feel prefer rather wise"
    )
)
OPINION = folded(
    r"\b(what do you think|(?<!how )do you think|do you agree|your (opinion|view|take|thoughts)|"
    r"do you believe|would you say|how do you feel|do you like|what's your view|"
    r"in your view|do you prefer|is it (better|worth|true|right|wrong|wise|ok|okay|good)|"
    r"are \w+( \w+)? (better|worse) than|which is better|would you rather|yes or no|"
    r"thoughts on|honest opinion|\w+ vs\.? \w+|overrated|underrated|acceptable or not|"
    r"is it (rude|fine|normal|weird|bad|acceptable|selfish|silly|cruel|fair|healthy))\b|"
    # "Should I take the job?" asks a view; "How should I write a tragedy?" asks how.
    # "haha fair. so should i take the job or not": a lead word before it changes nothing
    r"(^|[.!?,;]\s*)(?:(?:so|but|and|ok|okay|then|anyway)[,\s]+)?should "
    r"(i|we|people|you|children|kids|everyone|one|women|men|they)\b",
    re.IGNORECASE,
)
VERSUS = folded(r"\b(?:vs|versus)\b\.?", re.IGNORECASE)
# "X vs Y" in a sum or a chart: one measured against the other, not a pick asked.
MEASURED_AGAINST = folded(
    r"\bhow (?:late|early|much|many|long|far|fast|slow|high|hot|cold|big|heavy|often)\b|"
    r"\b(?:chart|graph|table|plot|spreadsheet|axis|ratio|per)\b",
    re.IGNORECASE,
)
# A view on an everyday matter comes from the persona's `#take` lines: "#take cramming, exams,
# revision (against): <a sentence with its reason>". The words before the colon say what it is
# about, "(for)" or "(against)" the persona's side on that.
TAKE = re.compile(r"^(?P<about>[^:]+?)\s*(?:\((?P<side>for|against)\))?\s*:\s*(?P<text>\S.*)$")
# A view asked the way chat asks it: a tag after the subject ("soup or salad. go", "tattoos.
# thoughts?", "sushi overrated?", "latin worth learning or nah"), or a take offered up front
# ("hot take: ...", "unpopular opinion: ..."), or "is chess a sport", "are audiobooks real
# reading": each wants a pick or a verdict, and a reason.
HOT_TAKE = folded(
    r"(?:[.,:;!?-]\s*|^\W*)(?:go|thoughts|discuss|pick one|choose|verdict|opinions?)\W*$|"
    r"\sthoughts\s*\?\s*$|[.,:;!-]\s*agree\s*\?\s*$|"
    r"\b(?:hot take|unpopular opinion|controversial opinion|rate it|or nah|cringe|"
    r"worth (?:\w+ing|a \w+|the bother)|(?:a )?waste of (?:time|money|a \w+ \w+)|"
    r"love (?:it|em|'em|them) or hate|do (?:you|u) believe in|(?:over|under)rated)\b|"
    r"^\W*(?:is|are) (?!(?:it|this|that|there|he|she|they|you|u|i|we)\b)[\w' -]{2,30}? "
    r"(?:really |actually |even |still |just )?(?:an? \w+|real \w+|only for \w+)\W*"
    r"(?:tho|though|or not)?\W*$",
    re.IGNORECASE,
)
# Worth it, told of one's own day: "feet destroyed but the view was so worth it".
WORTH_IT_TOLD = folded(
    r"\b(?:so|totally|well|honestly|definitely|absolutely|deffo|def|100%|but|was|it was|"
    r"still) worth it\b",
    re.IGNORECASE,
)
# "how did you work out which beetles were new": found out, no work-out at the gym or a day's
# work.
FIGURED_OUT = folded(
    r"\b(?:work|worked|working|figure|figured|figuring) out\b(?= (?:that|how|what|which|why|"
    r"whether|who|where|when|if)\b)",
    re.IGNORECASE,
)
# A view asked in words OPINION does not know: "is X worth it", "should schools ...", "what
# makes a place feel like home", "good idea or pure torture".
VIEW_ASKED = folded(
    r"\b(worth it|worth the (money|hype|effort|cost|price|time)|just hype|overhyped|"
    r"(a )?(good|bad) idea|what makes (\w+ ){0,3}?(feel|good|great|happy|special|worth|a good)|"
    r"what's your take|your honest take|hot take|worth (the|a|all the) \w+|hype|overhyped|"
    r"is it (dumb|stupid|smart|crazy|mad|lame|pointless|a waste|sad|too late|too early)|"
    r"(what|how) do you reckon|what would you do|what should i do|"
    r"works? or (no|not|nah)|worth it or not|yay or nay|(better|worse|nicer) (\w+ )?than)\b|"
    r"^\W*(does|do) (?!you\b).{3,60}\b(actually |really |even )?work\b|"
    r"(^|[.!?,;]\s*)should\b",
    re.IGNORECASE,
)
# An open view that still asks for a verdict: "works or no", "good idea or not".
VERDICT_ASKED = folded(
    r"\b(works or (no|not)|or not|or no|yes or no|worth it|(good|bad) idea)\b|"
    r"(^|[.!?,;:]\s*)(is|are|does|do|should|can|will|would|was)\b(?! you (think|reckon))",
    re.IGNORECASE,
)
# "Are cats better than dogs?": a choice asked as a yes or no.
COMPARED = folded(
    r"(?:\b(?:are|is|were|was) (?P<a>[\w' -]{2,30}?)|\b(?P<one>[\w'-]{2,30}) (?:are|is)) "
    r"(?:really |actually )?(?P<how>better|worse|"
    r"nicer|smarter|healthier|easier|cooler) (?:pets )?than (?P<b>[\w' -]{2,30}?)\s*(?:[?.!,]|$)",
    re.IGNORECASE,
)
# Options that are verdicts on one thing ("smart or stupid", "worth it or a waste"), not things.
EVALUATION = folded(
    r"(?:(?:a|an|just|pure|so|really|totally|total|complete|overall) )*"
    r"(?:smart|stupid|dumb|genius|good|"
    r"bad|great|terrible|awful|fine|ok|okay|wrong|right|healthy|unhealthy|useful|useless|"
    r"brilliant|worth it|overrated|underrated|hype|overhyped|idea|good idea|bad idea|torture|"
    r"waste(?: of time| of money)?|a must|essential|pointless|fun|boring|helpful|harmful|yay|nay|"
    r"legit|a scam|scam|works?|real|fake|true|false|it|them|em|nonsense|harmless(?: fun)?|"
    r"guilty pleasure|brain rot|cheating|cheat|dream|nightmare|beautiful|vain|unprofessional|"
    r"professional|cringe|cute|gross|cool|lame|weird|normal|lazy|clever|genius idea|"
    r"(?:love|hate) (?:it|em|them|'em))",
    re.IGNORECASE,
)
# A verdict said in a word, as a persona's #yes or #no line opens: "Ay", "Nay", "Yes", "No".
VERDICT_WORD = folded(r"^\W*(yes|no|ay|aye|nay)\b", re.IGNORECASE)
# Which way a yes-or-no question leans, for a "yes" or "no" that agrees with the take after it.
LEANS_AGAINST = folded(
    r"\b(bad|worse|worst|overrated|overhyped|hype|waste|harmful|ruin\w*|toxic|pointless|dumb\w*|"
    r"stupid|mistake|dangerous|unhealthy|evil|rude|selfish|wrong|torture|addict\w*|kill\w*|"
    r"damag\w*|silly|scam|myth|nonsense|lazy|too much|destroy\w*|rot\w*|fake|shallow|"
    r"shouldn't|should not|a trap|doomed|dead|dying|over|lonel\w*|sad\w*|depress\w*|anxi\w*|"
    r"isolat\w*|unhappy|miserable|addictive|lame|crazy|mad|scary|risky|selfish|weird|"
    r"only for|just for)\b",
    re.IGNORECASE,
)
# A thing asked to be done away with: the question leans against it, whatever "should" says.
DONE_AWAY = folded(
    r"\b(bann?(ed|ing)?|forbid\w*|outlaw\w*|abolish\w*|prohibit\w*|get rid of|done away with|"
    r"scrapp?(ed|ing)?|axed)\b",
    re.IGNORECASE,
)
# "do you agree phones should be banned": a view asked of what follows, not a side taken with
# the last speaker ("do you agree?", "do you agree with ravi?" are).
AGREE_THAT = folded(
    r"\b(?:do|would|don'?t|dont) (?:you|u|ya) (?:all )?agree,?\s+(?:that\s+)?(?!with\b)"
    r"(?:[\w']+[\s,]+){2,}[\w']+",
    re.IGNORECASE,
)
LEANS_FOR = folded(
    r"\b(worth|good|great|better|best|healthy|help\w*|useful|works?|ok|okay|fine|right|smart|"
    r"wise|important|necessary|should|fun|underrated|benefit\w*|pays? off|essential|valuable|"
    r"matters?|make sense|a must|enough|normal|possible|real)\b",
    re.IGNORECASE,
)
# A yes-or-no opinion on what one ought to do ("is it rude to...", "should kids..."): its
# verdict wants a reason of how to weigh such things.
NORMATIVE = folded(
    r"\b(should|shouldn't|ought|worth|ok|okay|rude|acceptable|fine to|wise|selfish|fair|"
    r"(right|wrong|better|bad|good|cruel|mean) to|allowed)\b",
    re.IGNORECASE,
)
# An opinion that can be answered yes or no ("Do you agree that ...?", "Is it worth ...?").
YES_OR_NO = folded(
    r"^\W*(do you (think|agree|believe)|is it|are|should|would you say|isn't it|don't you)\b",
    re.IGNORECASE,
)
# A choice in one's own life ("Should I stay or go?"): advice, not a pick of words.
ADVICE_FOR_ME = folded(r"\b(should|shall|do|must|can) (i|we)\b", re.IGNORECASE)
# Advice asked for one's own life: a view, not a verdict.
ADVICE = folded(r"\b(should i|would you rather|do you prefer)\b", re.IGNORECASE)
# A choice someone is weighing, told rather than asked: advice is what they are after.
DILEMMA = folded(
    r"\b(thinking (about|of) (moving|quitting|leaving|changing|taking|buying|starting|going)|"
    r"wondering (whether|if)|can'?t decide|cannot decide|not sure (whether|if)|torn between|"
    r"don'?t know (whether|if))\b",
    re.IGNORECASE,
)
# A piece of news told, even when it ends in a question: "Did you hear? They found water on Mars."
NEWS = folded(
    # "did you know octopuses have three hearts" tells; "did you know your dad" asks.
    r"^\W*(did you (hear|see|know)(?! (your|yours|him|her|them|any|many|lots|each)\b)|"
    r"have you (heard|seen)|guess what|big news|news:|fun fact)\b",
    re.IGNORECASE,
)
# The asides chat puts before a question, naming nothing asked: "follow up,", "quick one,",
# "joke but", "random q". One list for ASK_LEAD, ASKED_AFTER_LEAD and LEAD_WORDS.
LEAD_ASIDE = (
    r"follow[- ]?up|quick(?: one| q| question)|(?:real|serious|honest|dumb|stupid|random) "
    r"(?:question|q)|joke|(?:totally |completely |kinda |slightly |bit )?random(?:ly)?|anyway|"
    # "off topic but", "not what i asked but, how come the wifi ..."
    r"anyhow|(?:totally |bit )?off[- ]topic|unrelated|not what i asked(?: but)?|"
    # "one more, do cows actually have best friends", "last one: why do ..."
    r"one more(?: q| question| thing)?|(?:one )?last (?:one|q|question|thing)|another (?:one|q)"
)
# What chat puts before a question and is no part of it: "also", "ok but", "joke but", "random
# but", "quick one", "follow up,".
ASK_LEAD = (
    r"^\W*(?:(?:ok(?:ay)?|so|also|and|but|like|hi|hey|wait|seriously|honestly|not really|"
    + LEAD_ASIDE
    + r"|quick)\b[\s,:;.!-]*)*"
)
# A reason or a way asked ("why does ...", "how do the pigments ..."): never a view for saying
# "better than" in it.
REASON_ASKED = folded(
    ASK_LEAD + r"(?:why|how) (?:do|does|did|is|are|was|were|can|could|would|will)\b", re.I
)
THINKS_OF = folded(r"\b(?:you|u) (?:think|reckon|feel|believe|prefer|rather)\b", re.I)
# How a thing behaves, asked as one way or another ("does the oil sit at an angle or level",
# "will the ice float or sink"): a question of fact.
# What a thing is kin to, made of or classed as ("is kohlrabi related to cabbage or turnip", "is
# glass a liquid or a solid").
FACT_EITHER = folded(
    r"\b(?:is|are|was|were)\s+(?:a |an |the )?[\w'-]+(?:\s+[\w'-]+)?\s+(?:more\s+|really\s+|"
    r"actually\s+)?(?:related to|kin to|a kind of|a type of|a sort of|descended from|made (?:of|"
    r"from)|closer to|in the same family as|an? (?:fruit|vegetable|veg|mammal|fish|bird|reptile|"
    r"amphibian|insect|liquid|solid|gas|metal|wave|particle|planet|star|element|compound|acid|"
    r"virus|bacteri(?:um|a)|fungus|plant|animal|nut|berry|grass|tree|weed|herb|spice)\b)"
    r"(?:\s+[\w'-]+){0,5}?\s+or\b",
    re.IGNORECASE,
)
BEHAVES_EITHER = folded(
    r"\b(?:does|do|will|would|did)\s+(?:the|a|an|my|your|our|it|they)\b(?:\s+[\w'-]+){0,8}?\s+"
    r"(?:sits?|lies|lie|stays?|settles?|end up|lands?|falls?|floats?|sinks?|points?|leans?|"
    r"tilts?|spins?|rolls?|boil|freeze|melt)\b(?:\s+[\w'-]+){0,6}?\s+or\b",
    re.IGNORECASE,
)
# A question asked without a question mark, not at the start: after a lead word ("also does frost
# split stones or is that a myth", "also why do so many of ur plays have twins in them", "joke
# but would glow ink be a terrible idea"; not "so is my
# mum", said of oneself), or opening a clause ("since they're physicists, whats a trick we could
# hide", "the lime goes white when it dries. whats going on", "like what happens to the ink").
ASKED_AFTER_LEAD = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|and)\b[\s,]*)*(?:(?:also|wait|seriously|honestly|but|not really|"
    + LEAD_ASIDE
    + r")\b[\s,:;.!-]*)+"
    r"(?:(?:why|how|what|where|which|who)\s+)?(?:does|do|is|are|can|could|would|will|should)\s+"
    r"(?!(?:i|me|love|like|hate|miss|kill|remember|bring|come|try|let|need|want|mind|note|"
    r"check|go|have|get|do)\b)\w+\s+\w+|"
    # "also what did you eat during exam season": asked of the past, after the lead word
    r"^\W*(?:(?:ok(?:ay)?|so|and)\b[\s,]*)*(?:(?:also|wait|seriously|honestly|but|"
    + LEAD_ASIDE
    + r")\b[\s,:;.!-]*)+(?:why|how|what|where|which|who|when)\s+(?:did|was|were)\s+"
    # the one the question is about, not a wish or a bidding ("honestly would love a holiday",
    # "also do remember the chairs")
    r"(?!(?:i|me|love|like|hate|miss|kill|remember|bring|come|try|let|need|want|mind|note|"
    r"check|go|have|get|do)\b)\w+\s+\w+|"
    r"(?:[.!;,:]\s+|\blike\s+)(?:what's|how's|why's|(?:what|why|how|which|where)\s+(?:is|are|"
    r"does|do|would|could|can|should|will|happens?|makes?|causes?|goes)\b(?! (?:i|we) do\b)|"
    r"which\s+\w+\s+(?:is|are|does|do|would|should|goes|go|works?)\b)\s*\w",
    re.IGNORECASE,
)
# A question asked without a question mark, as people type in chat ("whats the best way to ...",
# "who do you reckon will win", "pineapple on pizza, yes or no").
ASKING = folded(
    # "he was 94 and sad, surely thats allowed": a point put to be granted
    r"(?:^|[,;.]\s*|\bbut\s+)surely (?:that|thats|that's|it|its|it's|this|you|u|he|she|they|we|"
    r"i|there|a|an|the)\b|"
    r"^\W*(what's|who's|how's|where's|why's|when's|which|anyone know|any (good )?(tips|tricks?|"
    r"hacks?|ideas|advice|recommendations|suggestions))\b|"
    # "my boiler keeps losing pressure, any idea what to check before i call someone out"
    r"\bany (?:idea|ideas|clue)\s+(?:what|how|why|where|which|whether|if|who|when)\b|"
    r"\b(yes or no|thoughts on|best way to|"
    r"quickest way to|easiest way to|how (do|can|should|would) (i|you|we|one)|"
    r"do you (reckon|think|know)|who (do|would|will) you|"
    # "if i travel near light speed do i age slower": asked mid-sentence
    r"(,|\bif .{3,40}) (do|does|did|will|would|can|could|should) (i|we|it|they)\b|"
    # "if i jump in a falling lift at the last second do i survive", "if i run on a treadmill on
    # a train am i going faster": the case put at length, then asked
    r"\bif\b.{3,100}? (do|does|did|will|would|can|could|should|am|is|are|where does|"
    r"where do|where would|how does|how do|why does|why do|"
    # "if a bird flies 280 miles with a headwind for half of it how late is she"
    r"how (?:late|early|much|many|long|far|fast|high|hot|big|heavy) (?:is|are|will|would|does|do)"
    r") (i|we|it|they|he|she|you|u)\b|"
    # "if you drop a ball and a feather which lands first": asked after the case is put
    r"\bif\b.{3,100}\b(which|who|what)( one| of them| thing)? \w{3,}s\b)",
    re.IGNORECASE,
)
# An event everyone may have seen, put to the room ("did anyone watch the match last night?? what
# a finish", "anyone catch the eclipse"): told as "did you see the match" is, a remark to react
# to, never a question of the persona's own life or field to own up to.
ROOM_EVENT = folded(
    r"^\W*(?:did |has |have )?(?:any(?:one|body|1)|every(?:one|body|1)|you (?:all|guys|lot)|"
    r"u guys|y'?all)\s+(?:else\s+)?(?:see|seen|saw|watch|watched|catch|caught|hear|heard)\s+"
    r"(?:the|that|last night'?s|yesterday'?s)\s+(?:\w+\s+){0,2}?(?:match|game|final|race|fight|"
    r"derby|penalties|fireworks|eclipse|storm|thunder|northern lights|aurora|meteors?|concert|"
    r"gig|news|debate)\b",
    re.IGNORECASE,
)
# Chat spellings said as the patterns read them ("u" is "you", "whats" is "what's").
CHATSPEAK = {
    "u": "you", "ur": "your", "r": "are", "im": "i'm", "ive": "i've",
    "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "thats": "that's", "whats": "what's",
    "hows": "how's", "whos": "who's", "wheres": "where's", "youre": "you're",
    "pls": "please", "plz": "please", "tbh": "", "imo": "", "ngl": "",
    "wat": "what", "wut": "what", "wot": "what", "ya": "you",
    "gonna": "going to", "wanna": "want to", "rn": "right now",
    "atm": "at the moment",
    # "wat r u all up 2 2nite": the times of day and everyone, as figures
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "2day": "today",
    "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "tmrw": "tomorrow",
    "every1": "everyone", "any1": "anyone", "some1": "someone", "no1": "no one",
    "up 2": "up to",
}  # fmt: skip
# (One pattern for them all: a word is one of them or none, so one pass writes them all out.)
CHATSPEAK_SAID = folded(rf"\b(?:{'|'.join(CHATSPEAK)})\b", re.IGNORECASE)
# A joke: one asked for, a knock-knock, or one told (a riddle with its punchline, or a one-line
# pun of the usual shapes), answered with a joke or a groan, never as a question of fact.
JOKE_ASKED = folded(
    # ("einstein tell sara a joke": one for a friend, rate42; hijack43, field43)
    r"\b((tell|give|got|know|have) (me |us |him |her |them |(?:my |our |the )?[a-z]+ )?"
    r"(a|any|another|one|some|your best) (good |funny |bad )?jokes?|make me laugh|"
    r"something funny|cheer me up with)\b",
    re.IGNORECASE,
)
KNOCK_KNOCK = folded(r"^\W*knock,? knock\b", re.IGNORECASE)
RIDDLE = folded(
    r"^\W*(why (did|do|does|was|is|are|can't|don't|couldn't|didn't|won't) (the|a|an)\b|"
    r"what (do|did) you call|what('s| is| do| did| does) (a|an|the) [\w' -]+? (say|favou?rite|"
    r"call)|how (does|do|did) (a|an|the) \w+|how many \w+ does it take|"
    r"what's the difference between)",
    re.IGNORECASE,
)
ONE_LINER = folded(
    r"^\W*(i used to \w+.* but\b|i told my \w+ .*[.!,;] (she|he|they)\b|"
    r"i('m| am) reading a book (about|on)\b|did you hear about the \w+)|\b(pun intended|get it\?|"
    r"geddit|ba dum|badum)|"
    # the stock riddle, asked bare: a groan, never a line on a road at sunset (review39)
    r"^\W*why did the \w+ cross the road\W*$",
    re.IGNORECASE,
)
LAUGHING = folded(r"\b(lol|lmao|haha\w*|hehe)\b|😂|🤣|😆", re.IGNORECASE)
# A question asked of nobody, in a vent ("what is he even building", "why would anyone do that",
# "who does that"): the annoyance is met, not owned up to.
VENT = folded(
    r"\b(what|why|who|how|where) (is|are|was|were|does|do|did|has|would|could) (he|she|they|it|"
    r"this|that|my|the|these|those|people|anyone|someone|our) ([\w']+ ){0,3}?even\b"
    # "how is that even worked out": how a thing is known, asked in wonder, not a vent
    r"(?! (?:worked|done|made|calculated|measured|possible|figured|known|counted|tested|"
    r"decided|found|possible)\b)|"
    r"\bwhat even is\b|\bwhy (would|does|do|did) (anyone|someone|they|he|she)\b|"
    # "why do people always park in my space", not "why do people love singing together"
    r"\bwhy (would|did) people\b|\bwhy (do|does) people (always|even|keep|still|never|insist|"
    r"bother)\b|"
    r"\bwho does that\b|\bwhy me\b|\bwhy (is it )?always me\b|\bwhat is wrong with (people|them)\b",
    re.IGNORECASE,
)
# A wry remark about oneself, laughed along with rather than asked about: said with irony ("very
# productive", "im a natural", "counts right?"), a child's word for a thing ("my son calls the
# hoover the floor monster"), praise that missed ("my watch said great workout, i was carrying
# laundry"), or a word said again with a twist ("a marathon. a netflix marathon").
IRONY = folded(
    r"\b(very productive|so productive|really productive|(i'?m|i am) a natural|counts,? right|"
    r"that counts|(he|she|they|hes|shes)('s| is| are)? not wrong|can'?t prove (him|her|them) wrong|"
    r"story of my life|living the dream|winning at life|peak (parenting|adulting|laziness)|"
    r"classic me|what could (possibly )?go wrong|this is fine|nailed it|impressive stuff|"
    r"great success|genius move|10/10|11/10|chef'?s kiss|send help|(so|going) well so far)\b",
    re.IGNORECASE,
)
# A joke against oneself by exaggeration: a skill of one's own "so bad" that something absurd
# follows ("my cooking is so bad the smoke alarm cheers me on", "im so bad at maths my
# calculator sighs at me"), or things that give up at the sight of one ("my plants see me
# coming"); not a pain or an illness ("my back is so bad i cant sleep").
SELF_MOCKING = folded(
    r"\b(my (\w+ing|handwriting|sense of direction|memory|spelling|maths?|luck|taste in \w+|"
    r"\w+ skills)( is| are)?|i'?m|i am) so (bad|terrible|awful|rubbish|useless|hopeless|clumsy|"
    r"forgetful|lazy|disorganis\w+|disorganiz\w+|unlucky)( at [\w ]{1,24}?)?,? (that )?(the|my|"
    r"even|i|i'?ve|a|an|every|it|they|people|nobody|no one|our)\b|"
    r"\b(sees?|saw) me coming,? and (just |simply |all )?(give|gives|gave) up|"
    # "tried to bake bread and made a doorstop", "ate way too much cake"
    r"\btried to \w+( \w+){0,3},? and (made|ended up with|got|created|produced|built|invented) "
    r"(a|an|some)\b|\b(ate|eaten|had|drank) (way |far |much |slightly )?too (much|many)\b|"
    r"\b(memory|attention span) of a goldfish\b|"
    # outdone by a pet or a plant ("my cat has more followers than me"), or a start put off for
    # ever ("my diet starts monday. which monday, nobody knows")
    r"\bmy (cat|dog|goldfish|hamster|rabbit|parrot|plant|cactus|kid|toddler|baby|gran|nan|grandma)"
    r" (has|gets|had|is getting|has got) (a |an )?(more|better|busier|bigger|nicer|fuller) "
    r"[\w ]{1,24}? than (me|i do|i have|mine)\b|"
    r"\b(diet|detox|new me|healthy eating) starts? (on )?(monday|tomorrow|next week|next month)"
    r"(?=\W*$|[.,!]| lol| again| i swear)|\b(which|what) \w+,? (nobody|no one) knows\b|"
    # a boast corrected at once: "went for a run. well, a brisk walk", "went to the gym. well i
    # drove past it"
    r"^\W*(i )?(went|did|tried|started|made|had|got|ran)\b[^.!]*[.!]+\s*(well|ok(ay)?),? "
    r"(a|an|i|more like)\b|"
    r"\b(sees?|saw) me coming,? and (just |all )?(hide|hides|hid|run|runs|ran|flee|flees|fled|"
    r"wilt|wilts|wilted|die|dies|died|quit|quits)\b",
    re.IGNORECASE,
)
# Markers that may be sincere ("my test went great, nailed it!"): wry only after a mishap.
PLAIN_PRAISE = folded(r"\b(nailed it|great success|10/10|11/10|chef'?s kiss)\b", re.I)
MISHAP = folded(
    r"\b(burnt|burned|burn|forgot|slept through|spill\w*|broke|dropped|instead of|empty|died|"
    r"missed|ate (all|the whole)|again|fell|tripped|locked (myself|me) out)\b",
    re.IGNORECASE,
)
KID_SAYS = folded(
    r"\bmy (toddler|son|daughter|kid|kids|little one|boy|girl|niece|nephew|grandson|"
    r"granddaughter|\d+ ?(yo|year old)) (calls|called|thinks|says|reckons|insists)\b",
    re.IGNORECASE,
)
MISSED_PRAISE = folded(
    r"\b(said|says|congratulated me|praised me|told me|thinks i'?m)\b.{0,60}?"
    r"(,|\band|\bbut|\bwhen|\bwhile) i (was|am|'m) (just |only |literally |actually )?\w+ing\b",
    re.IGNORECASE,
)
TWIST = folded(r"\b(\w{4,})\b[.!,]+\s*(?:a|an|the) (?:\w+ ){1,2}\1\b", re.IGNORECASE)
QUESTION_START = folded(
    r"^\W*(what|why|how|when|where|who|which|is|are|was|were|do|does|did|can|could|"
    r"would|will|should|shall|tell me|explain|recommend|give me|any tips|any ideas|"
    # "rate my cooking out of ten": asked of it, never news to hear more of
    r"rate|describe|sum up|summari[sz]e)\b(?!')"
    # After a word of chat ("ok was lady macbeth the villain", "random but explain how my air
    # fryer works", "wait so is that chem or physics"): asked all the same; not "ok do it".
    # "so was i. gutted", "so did we!" say the speaker too.
    r"|^(?!\W*(?:and |but )?so (?:is|are|was|were|does|did|do|can|could|would|will|should|"
    r"have|has|am) (?:i|we|he|she|they|you|u)\b\W*(?:(?:lol|haha\w*|lmao|tbh|too|fr|x+)\W*)*"
    r"(?:$|[.!,]))"
    r"\W*(?:(?:ok(?:ay)?|so|wait|but|and|also|oh|hmm+|right|random|totally random|"
    r"genuine(?:ly)?|honest(?:ly)?|serious(?:ly)?|quick(?: one| q)?|sorry)\W+){1,3}"
    r"(?:what|why|how|when|where|who|which|is|are|was|were|does|did|can|could|would|will|"
    r"should|explain|tell me|do (?:you|u|we|i|they|people))\b(?!')"
    # "honestly would love a holiday", "ok could do with a nap": wished, not asked
    r"(?! (?:love|like|kill|give|pay|murder|do with|use|go for|sell)\b)",
    re.IGNORECASE,
)
DEFINITION = folded(
    r"^\W*(?:what|who)(?: exactly| really)?(?: is|'s| are| was| were) ([^?.!]+)", re.IGNORECASE
)
# "is a mug that leaks still a mug", "is a sandwich with no bread still a sandwich": what
# makes a thing one, asked with the thing named twice.
# The same thing through its parts replaced: "still the same car", "is it the same ship".
SAME_THROUGH = folded(r"\bstill the same\b", re.IGNORECASE)
STILL_A = folded(
    r"\bis (?:a |an |the |my |your |our )?(?P<what>[a-z]+(?: [a-z]+)?) (?:that|which|with|"
    r"without|if|when|whose|restored|rebuilt|repaired|repainted)\b"
    r"[^?.!]*?\bstill (?:a |an |the same )?(?P=what)\b|"
    # "if you replace every part, is it still the same car?"
    r"\b(?:is|was) (?:it|that|this|she|he) still the same (?P<same>[a-z]+)\b",
    re.IGNORECASE,
)
# "what does 'mug' mean", "what's a sonnet", "what even is art": the thing to define, one or
# two plain words (not "your favourite", "the time", "it").
DEFINED = folded(
    r"\bwhat (?:does|do) ['\"‘“]?(?P<meant>[a-z]+(?: (?!actually|really|even)[a-z]+)?)['\"’”]?"
    r" (?:actually |really |even )?mean"
    r"|\bwhat(?: exactly| really| even)?(?:'s| is) (?:a |an )?['\"‘“]?(?P<is>[a-z]+)['\"’”]?"
    r"(?: (?:really|actually|anyway|exactly))?\W*$"
    r"|^\W*(?:so |ok |okay |but )?is (?:a |an )?(?!(?:it|this|that|he|she|there|mine|yours)\b)"
    r"[a-z]+ (?:really |actually |even )?(?:a |an )"
    r"(?P<kind>[a-z]+)\W*$",
    re.IGNORECASE,
)
NOT_DEFINED = frozenset(
    """it that this this that those these there up wrong going happening time your my our
    his her their the best worst point matter deal plan answer news weather""".split()  # noqa: SIM905
)


def defined_thing(text: str) -> tuple[str, bool]:
    """The thing `text` asks what it is, and whether it asks if it is "still" one: ("mug",
    True) for "is a mug that leaks still a mug?", ("mug", False) for "what does 'mug' mean",
    ("sandwich", False) for "is a hotdog a sandwich";
    ("", False) when it asks no such thing."""
    if found := STILL_A.search(text):
        what = (found.group("what") or found.group("same")).lower()
        return ("", False) if set(what.split()) & NOT_DEFINED else (what, True)
    found = DEFINED.search(text)
    what = found.group("meant") or found.group("is") or found.group("kind") if found else ""
    what = (what or "").lower()
    if not what or set(what.split()) & NOT_DEFINED or not terms(what):
        return "", False
    return what, False


# A question about the persona's own life and ways, which it can always answer from its material.
PERSONAL = folded(
    r"\b(your (favou?rite|work|life|day|days|travels?|trip|voyage|childhood|family|wife|husband|"
    r"children|youth|home|hobby|hobbies|studies|research|own|time|years?|greatest|best|worst|"
    r"biggest|proudest)|(have|did|were|do|would) you (ever )?(been|study|studied|work|worked|"
    r"travel|travell?ed|like|love|enjoy|remember|miss|read|play|do|live|lived|grow|grew|feel|"
    r"find|spend|regret|wish|think of)|tell me about (yourself|your)|about yourself|"
    r"who are you|how are you|what are you (up to|doing|working on|reading)|"
    # Its life asked about without "you" in chat ("how did it feel leaving germany").
    r"how did it feel|what was it like|how did you (deal|cope|manage|handle|get through)|"
    r"what was (\w+) (really )?like)\b",
    re.IGNORECASE,
)
# "you around?", "anyone here?": after a greeting, only asking who is there.
PRESENCE = folded(
    r"^\W*(is |are )?(you|u|anyone|anybody|any1|every(one|body)|some(one|body)|people) (else )?"
    r"(still )?(around|there|here|about|in|on|up|awake|online|alive)( (tonight|today|now|rn|atm|"
    r"at all|still|then|lol))*\W*$",
    re.I,
)
EMC2 = folded(r"\bE\s*=\s*m\s*c\s*(\^\s*2|²|2|squared)", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s")
# "What a night!", "How lovely": an exclamation, not a question.
EXCLAMATION = folded(r"^\W*(what an?|how (lovely|nice|sweet|sad|odd|funny|strange))\b", re.I)
# Laughing along or conceding: the phatic remarks that want a smile back, not a question.
LAUGH = folded(
    r"\b(ha(ha)+|heh|hehe|lol|lmao|rofl|fair (enough|point)|can'?t argue|good one|touch[ée]|"
    r"made me (smile|laugh)|(so )?true|point taken|you got me|too right)\b|[:;]-?[)D]",
    re.IGNORECASE,
)
CONCEDED = folded(r"\b(fair|point|argue|true|touch[ée]|got me|right)\b", re.IGNORECASE)
CONCEDING = folded(r"\b(fair|point|argue|concede|yield|settled|win|accept|cannot)\b", re.I)
# Small talk is answered from the persona's `#chat` lines, the one that best fits the situation:
# the message's words widened to the situation they belong to (a bus is a wait).
CHAT_SITUATIONS = {
    stem(word): situation
    for situation, said in {
        "wait": "queue queuing dentist doctor appointment waiting wait",
        "weather": "rain rainy hot sunny sun snow snowing cold windy heat storm weather",
        "quiet": "quiet dead empty silent tonight evening night calm sleep awake insomnia",
        "time": "time minutes break lunch idle killing wasting bored boring nothing december "
        "january already",
        # The week going by ("finally friday", "mondays am i right"): a line on the week, else
        # one on time.
        "week": "monday mondays tuesday wednesday thursday friday weekend",
        "company": "sitting hanging chat company",
    }.items()
    for word in said.split()
}
# The situation a reply takes up first when a message is in several ("another rainy tuesday").
CHAT_ORDER = ("weather", "wait", "quiet", "week", "time", "company")
CHAT_WORDS = {
    "wait": "wait",
    "weather": "weather",
    "quiet": "quiet evening",
    "time": "time idle",
    "week": "week",
    "company": "company stay",
}
# Something beautiful seen ("so pretty", "stunning sunset"), not "pretty tired".
SIGHT = folded(
    r"\b(so (pretty|beautiful|gorgeous|lovely|bright)|stunning|gorgeous|breathtaking|beautiful|"
    r"lovely|amazing|incredible|(saw|spotted|seen) (a|an|two|three|some) (fox|deer|heron|owl|"
    r"hedgehog|badger|kingfisher|rainbow|shooting star|woodpecker|hare|seal|dolphin|robin)e?s?)\b",
    re.I,
)
SCENE = folded(
    r"\b(saw|seen|spotted|watched|view|sky|sunset|sunrise|moon|stars?|frost|snow|rainbow|clouds?|"
    r"sea|lake|river|canal|trees?|leaves|flowers?|blossom|birds?|heron|garden|light|hills?|fog|mist)\b",
    re.IGNORECASE,
)
# Waiting for a bus or a train ("killing time before my bus").
WAITING = folded(
    r"\b(before|for) (my|the|a|our) (bus|train|tram|flight|plane|ferry)\b|"
    # "on the train home": a commute, not a question of physics
    r"\bon (the|my|a) (train|bus|tram|ferry|plane|flight|way) (home|back|in|to work|to \w+)\b",
    re.I,
)
# News of one's own or of someone close, told as such ("my cousin is moving in", "we're ...").
OWN_NEWS = folded(r"^\W*(i|i'm|i've|we|we're|my|our|me and)\b", re.IGNORECASE)
# Time on one's hands ("killing time", "so bored"), as opposed to a day named in news.
IDLING = folded(r"\b(idle|kill\w*|wast\w*|bored|boring|nothing|lazy|slow|dragging)\b", re.I)
# A remark that tells something that happened: it invites "tell me more".
NARRATED = folded(r"\b(was|were|had|did|went|got|saw|came|told|[a-z]{3,}ed)\b", re.I)


# A verdict asked on a claim, not a side taken with whoever spoke last: "back me up", "am i
# right that ...", "tell her she's wrong", "settle this".
VERDICT_ON_CLAIM = folded(
    r"\b(?:back me up|am i (?:right|wrong)(?: (?:that|about|in thinking|to think))?|"
    r"(?:tell|convince) (?:him|her|them|\w+) (?:(?:he|she|they|it|that)(?:'?s|'?re| is| are) )?"
    r"(?:wrong|right|mistaken)|settle (?:this|it)(?: for us)?|(?:agree|side) with me)\b"
    r"[\s,:;.!?-]*(?:(?:here|on this|pls|please|lol|tho|though|ok)\b[\s,:;.!?-]*)*",
    re.IGNORECASE,
)
# The claim said with a tag that asks for it to be confirmed: "saturn's rings are just ice
# right?", "change ringing is basically maths right? permutations?".
CLAIM_TAG = folded(
    r"^(?P<claim>[^?]+?)[\s,]+(?:right|yeah|no|innit|correct|true|yes)\s*\?+", re.IGNORECASE
)
# A claim of what a kind of thing can never do, said as a sentence ("machines will never be
# creative", "computers can never understand poetry"), not a trouble ("things will never get
# better", "this rain will never stop").
SWEPT_CLAIM = folded(
    r"^\W*(?P<claim>(?:ai|a\.i\.|(?!things\b)[a-z]{3,}s)\s+(?:will never|won't ever|can never|"
    r"can't ever|cannot ever|could never|will not ever)\s+[^?!]+)[.!]*\s*$",
    re.IGNORECASE,
)
# A verb that makes a clause a claim ("honorary band members, right?" claims nothing).
CLAIM_VERB = folded(
    r"\b(?:is|are|was|were|isn't|aren't|does|do|doesn't|don't|works?|makes?|gets?|goes|has|have|"
    r"would|will|can|could|should|helps?|means?|causes?)\b|\w'(?:s|re)\b",
    re.IGNORECASE,
)
# Someone else's claim, named: "hattie thinks method ringing is boring".
THINKS = folded(
    r"\b(?P<who>[a-z][\w-]+) (?:thinks|reckons|says|said|claims|believes|swears|insists)"
    r"(?: that)? (?P<claim>[^.?!]+)",
    re.IGNORECASE,
)


# Play in a tagged remark: an emoji or a laugh ("honorary band members, right? 🦇🔔").
PLAYFUL = folded(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|\b(?:lol|lmao|haha\w*|hehe)\b", re.I)


def banter(text: str) -> bool:
    """Whether `text`, said to a persona, is a playful remark to go along with ("honorary band
    members, right? 🦇🔔"), not a question to answer: a few words, with an emoji or a laugh,
    asking nothing with a question word, claiming or telling nothing with a verb (not "the flat
    offer came through 😭"), and more than a bare laugh ("lol" is laughed with as it is)."""
    said = words(PLAYFUL.sub(" ", text))
    return (
        2 <= len(said) <= 10
        and bool(PLAYFUL.search(text))
        and not QUESTION_START.match(text)
        and not CLAIM_VERB.search(text)
        and not NARRATED.search(text)
        and not re.search("[😭😢😞😔💔]", text)
        and not GOOD_EVENT.search(text)  # "won the pub quiz last night lol" is news
        and valence_mood(text) not in ("good", "grave")
    )


def claim_asked(text: str) -> tuple[str, str] | None:
    """The claim a verdict is asked on, and whose it is ("" for the asker's own): "back me up,
    sound is just pressure waves so ear defenders would help right?" (the asker's), "am i right
    that the metal gets warm after a peal?", "tell her she's wrong, hattie thinks method
    ringing is boring" (Hattie's). None when no verdict on a claim is asked, or the claim is
    about the one asked ("your plays are overrated right?"), which is its own to answer."""
    asked = VERDICT_ON_CLAIM.search(text)
    rest = VERDICT_ON_CLAIM.sub(" ", text) if asked else text
    thinks = THINKS.search(rest)
    tagged = CLAIM_TAG.match(rest.strip())
    if thinks and not asked:
        return None  # "ben thinks ambition ... is he right?": a view of what Ben said
    if asked and thinks and thinks.group("who").lower() not in NOT_SPEAKERS | {"i"}:
        who, claim = thinks.group("who"), thinks.group("claim")
        if re.search(r"\btell\b", asked.group(), re.IGNORECASE):
            return who, _claim_text(claim)
        # "back me up here, lena thinks they're solid": the asker's claim is the other part.
        rest = rest[: thinks.start()] + rest[thinks.end() :]
        tagged = CLAIM_TAG.match(rest.strip())
    swept = None if asked or tagged else SWEPT_CLAIM.match(rest)
    if swept and not FIRST_PERSON.search(rest):
        # "machines will never be creative", said to the room: a claim about the world to
        # agree or disagree with, with a reason, never a mishap met with sympathy (taste42).
        return "", _claim_text(swept.group("claim"))
    if not asked and not tagged:
        return None
    claim = _claim_text(tagged.group("claim") if tagged else rest)
    if not CLAIM_VERB.search(claim) or YOU.search(claim) or len(terms(claim)) < 2:
        return None
    if re.search(r"\b(?:is|are|am|was|were)\s+\w+$", claim, re.IGNORECASE):
        return None  # "... is he right?", "... am i right?" asks of the one named there
    if CLAIM_VERB.match(claim):
        return None  # "[einstein] was a patent clerk first right?": of someone named, not said
    return "", claim


def _claim_text(text: str) -> str:
    """A claim without the chat around it: its first sentence, "that" and "i think" off."""
    first = re.split(r"[?!.;]|\s-\s", text.strip(" ,:;.-"), maxsplit=1)[0]
    first = re.sub(r"^\W*(?:that|i think|i reckon|like|so|ok|okay)\b\W*", "", first, flags=re.I)
    return first.strip(" ,:;.-'\"")


# "do you ever get tinnitus from lab stuff?", "have you ever looked through a telescope?": its
# own life asked about, the thing asked being what follows the verb.
EVER_ASKED = folded(
    r"\b(?:do|did|have|had|were|was|would|are)\s+(?:you|u|ya)\s+ever\s+(?P<verb>[\w']+)\s+"
    r"(?P<rest>[^?.!;]*)",
    re.IGNORECASE,
)
# Words before the thing asked ("through a telescope", "to the sea") and after it ("tinnitus
# from lab stuff", "cold hands working late"), which are no part of it.
EVER_LEAD = frozenset(
    "a an the some any to through into at in on with of about for up out like".split()  # noqa: SIM905
)
EVER_END = frozenset(
    """from on in at with like when while after before during for of about because as back lol
    tho though or and working doing by over ever just really properly there here""".split()  # noqa: SIM905
)


# "did you ever go camping or were you more of a hotel guy": the other side of a question of
# its own life, which the answer to the first settles.
EVER_OR = folded(
    r"\s*,?\s+or (?:were|are|was|did|do|would|have|had) (?:you|u)\b[^?]*(?=\?|$)", re.IGNORECASE
)
LEADING_AND = folded(r"^\W*(?:and|but|also|so)\s+(?=(?:did|do|have|had|were|was)\b)", re.I)


def ever_first(text: str) -> str:
    """A "did you ever ..." question of the persona's life with its other side cut ("and did you
    ever go camping yourself or were you more of a hotel guy": "did you ever go camping
    yourself"); `text` itself when it is none."""
    if not EVER_ASKED.search(text) or not EVER_OR.search(text):
        return text
    return LEADING_AND.sub("", EVER_OR.sub("", text, count=1))


def ever_asked(text: str) -> str:
    """The thing a "have you ever ..." question asks about ("tinnitus", "a telescope", "church
    bells"), or "" when it asks none."""
    asked = EVER_ASKED.search(text)
    if not asked:
        return ""
    said = re.findall(r"[\w'-]+", asked.group("rest").lower())
    while said and said[0] in EVER_LEAD:
        said = said[1:]
    thing = []
    for word in said[:4]:
        if word in EVER_END:
            break
        thing.append(word)
    return " ".join(thing)


class Said(Protocol):
    """One message of the conversation, oldest first (`ChatLine` fits)."""

    author: str
    text: str
    own: bool


@dataclass(frozen=True)
class ChatLine:
    """One of a room's recent messages, as a model is shown it and the engine reads it."""

    author: str
    text: str
    own: bool = False  # the answering persona's own earlier reply


@dataclass(frozen=True)
class Voice:
    """What the engine needs of a persona."""

    slug: str
    name: str
    max_reply_chars: int = 280
    is_house_bot: bool = False
    style: dict = field(default_factory=dict)
    material: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    """What kind of thing was said, and about whom."""

    kind: str  # hello, welcome, thanks, bye, question, opinion, remark, agree, disagree, persona
    in_field: bool = False
    speaker: str = ""  # the earlier speaker the message agrees or disagrees with
    name: str = ""  # the name a newcomer gave ("I'm Priya")
    stance: str = ""  # for an opinion: "yes-no" (a verdict asked), "advice" or "open"; for a
    # greeting: "back", "how" (its day asked) or "told" (something said after it)
    claim: str = ""  # for "claim": the claim a verdict is asked on (`claim_asked`)
    # Whether its way of working (#method) answers it: decided here once (`method_fits`) for
    # every path that might say it; otherwise it owns up plainly.
    method_fits: bool = False


_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def field_terms(voice: Voice) -> frozenset[str]:
    """The stems of the words of a persona's field: its style's topics, and the words of the
    fields its style names (bots/lexicon.py: "bats" and "lichen" are Darwin's, "sonnet" and
    "limerick" Shakespeare's) though no one listed them."""
    topics = _field_terms(tuple(voice.style.get("topics", [])))
    fields = tuple(voice.style.get("fields", []))
    return _with_fields(topics, fields) if fields else topics


@lru_cache(maxsize=64)
def _with_fields(topics: frozenset[str], fields: tuple[str, ...]) -> frozenset[str]:
    return topics | field_stems(fields)


@lru_cache(maxsize=64)
def _field_terms(topics: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for topic in topics for t in terms(topic))


def read(
    message: str,
    *,
    voice: Voice,
    speakers: Sequence[str] = (),
    addressed: bool = False,
    author_is_persona: bool = False,
    query: Sequence[str] = (),
    last: str = "",
    requests: bool = True,
    carried: str = "",
) -> Reading:
    """Classify `message` (mentions and the persona's own name removed) as the persona
    answering should see it. `speakers` are the earlier speakers in the conversation,
    `addressed` whether the message names the persona or says "you", `query` its terms, `last`
    who spoke just before it (when not the persona itself); `requests`: whether a request to
    do something in its craft is read as one (bots/asks.py), or as what else it says;
    `carried`: the question in its field that the message follows up (`_field_carried`), whose
    subject it is about. Whether its #method answers it is decided here, once."""
    reading = _read(
        message,
        voice=voice,
        speakers=speakers,
        addressed=addressed,
        author_is_persona=author_is_persona,
        query=query,
        last=last,
        requests=requests,
    )
    if carried and not reading.in_field:
        reading = replace(reading, in_field=True)
    about = lexical_subject(MENTION.sub(" ", carried)) if carried else None
    if method_fits(voice, message, about=about):
        reading = replace(reading, method_fits=True)
    return reading


# A better way asked for: "is there a quicker way to defrost it than a hairdryer", "any easier
# method", "is there a cheaper route".
WAY_ASKED = folded(
    r"\b(?:is there|are there|any|know of|know an?|got an?)\s+(?:an?\s+)?(?:\w+er|best|good|"
    r"decent|proper|other|different)\s+(?:way|ways|route|routes|method|methods|option|options|"
    r"trick|tricks|fix|fixes|approach)\b",
    re.IGNORECASE,
)
YES_NO_OPENING = folded(r"^\W*(?:does|do|did|can|could|will|would|is|are)\b", re.I)


# A feeling asked about, the news inside it: "is it sad that my dog died", "is it normal to
# still cry about my nan", "is it weird i miss him".
FEELING_ASKED = folded(
    r"^\W*(?:is|isn'?t|am|would|does|do|was)\s+(?:it|i|that|this)\s+(?:\w+\s+)?(?:sad|normal|"
    r"weird|strange|ok|okay|wrong|silly|stupid|bad|odd|daft|natural|mad|crazy|selfish)\b",
    re.IGNORECASE,
)


# Something asked for as a need, with no question put: "i need a decent chilli recipe for
# tonight", "got friends round, any ideas for a pudding", "after a recommendation for a
# podcast", "looking for a good book for my dad".
_WANTED = (
    r"(?:recipes?|ideas?|suggestions?|recommendations?|recs?|tips?|advice|names?|books?|films?|"
    r"movies?|podcasts?|games?|gifts?|presents?|puddings?|desserts?|dish(?:es)?|meals?|dinners?|"
    r"playlists?|songs?|shows?|series|places?|somewhere|activit(?:y|ies)|something)"
)
NEED_ASKED = folded(
    r"(?:^|\b(?:i|we|i'?m|im|we'?re|just|really|desperately|urgently|but)\s+|[,.;:!]\s*)"
    r"(?:(?:really|desperately|urgently|just)\s+)?(?:need|needs|want|could use|could do with|"
    r"after|looking for|on the hunt for|in need of|searching for)\s+"
    r"(?:a|an|some|any|the|good|decent|quick|easy|nice|new|simple|cheap|few|couple of)\b"
    rf"(?:\s+[\w'-]+){{0,4}}?\s+{_WANTED}\b|"
    rf"\bany\s+(?:good\s+|decent\s+)?{_WANTED}\s+(?:for|on|about|of)\b",
    re.IGNORECASE,
)


def _read(
    message: str,
    *,
    voice: Voice,
    speakers: Sequence[str],
    addressed: bool,
    author_is_persona: bool,
    query: Sequence[str],
    last: str,
    requests: bool,
) -> Reading:
    text = message.strip()
    addressed = addressed or bool(re.search(r"\byou\b", text, re.IGNORECASE))
    # "does money make people happier" is about money: what a thing is said to make people
    # ("happier", "lonelier") puts no question in the field of happiness, when a thing is named.
    compared = compared_terms(text)
    subject = set(query) - compared or set(query)
    in_field = bool(field_terms(voice) & subject) and not travelling(text)
    if author_is_persona:
        return Reading("persona", in_field=in_field)
    if newcomer(text) and not GRAVE_EVENT.search(told(text)):
        # "ravi here, never done this before lol am i doing this right", "first time posting...
        # can i just ask stuff?": a newcomer, however it is put, welcomed by the name given.
        return Reading("welcome", name=introduced_as(text))
    if ROOM_HOW.search(text):
        return Reading("welcome", name=introduced_as(text), stance="how")
    asked = _request_kind(text, index_of(voice.material)) if requests else ""
    if asked and (asked in ("card", "compose") or not GRAVE_EVENT.search(told(text))):
        # "write my sister a birthday toast", "what should i read first about black holes":
        # done in its craft, whatever else it says ("farewell", "thanks in advance"); a card
        # for a loss or an illness is written, the news in it being what the card is for.
        return Reading("request", in_field=in_field, stance=asked)
    if thanks_given(text):
        return Reading("thanks", in_field=in_field)
    if (WHO_ASKED.match(text) or BOT_ASKED.match(text)) and index_of(voice.material).tagged.get(
        stance := "intro" if WHO_ASKED.match(text) else "character"
    ):
        return Reading("personal", stance=stance)  # "who are you?", "are you a bot?"
    if BRB.match(text) and index_of(voice.material).tagged.get("brb"):
        return Reading("bye", stance="brb")  # gone a moment: its place kept, no farewell
    if taking_leave(text):
        return Reading("bye")
    joke = told_joke(text)
    if joke and not (joke == "asked" and GRAVE_EVENT.search(told(text))):
        # ("tell my brother a joke, he just got dumped": grave news told beside the asking is
        # met with sympathy, never a joke; mend43b)
        return Reading("joke", stance=joke)
    # ("wet and windy at the match today" tells the weather, no ordeal ahead.)
    ahead = ORDEAL_AHEAD.search(text) and not DONE.search(text) and not weather_told(text)
    if (
        (LUCK.search(text) or ahead)
        and not GRAVE_EVENT.search(text)
        and not NEWCOMER.search(text)
        # "alright lads, im dele ... first game back saturday, bricking it": welcomed (below)
        and not introduced_as(text)
    ):
        return Reading("luck")  # "job interview in an hour, wish me luck!"
    if (
        (INVITING.search(text) and not GREETING.match(text)) or ROLL_CALL.search(text)
    ) and not GRAVE_EVENT.search(text):
        # "bbq at ours sunday from 2, you're all invited"; "morning! whos actually coming to
        # the meeting tonight": asked along, never "Noted" nor a question owned up to.
        return Reading("invited")
    if JUST_ME.search(text) and not ROOM_DAY.search(text) and not CAUSE_OR_ME.search(text):
        return Reading("metoo")
    if (
        wry(text)
        and not any(_named_speaker(p, text) for p in (NAMED_AGREEING, NAMED_DISAGREEING))
        # "i keep them in the fridge like my son says. is that nonsense": a claim to check
        and not CLAIM_CHECKED.search(text)
        # "lol einstein. ok serious q, whats the best thing to eat at 4am": asked, after the laugh
        and not QUESTION_AFTER.search(text)
        and not INDIRECT_ASK.search(text)  # "nana wants to know why ... lol": asked, passed on
    ):
        # "shakespeare is talking rubbish lol" takes a side, laughing or not.
        return Reading("joke", stance="wry")
    asks = (
        "?" in text
        or bool(QUESTION_START.match(text) and not EXCLAMATION.match(text))
        or bool(ASKING.search(text))
        or bool(ASKED_FOR.search(text))
        or bool(ASKED_AFTER_LEAD.search(text))
        or bool(INDIRECT_ASK.search(text))
        or bool(IF_ASKED.search(text))
        or bool(WHY_AFTER.search(text))
        # "weren't you scared", "what if the earth stopped spinning": asked, with no "?"
        or bool(NEGATIVE_ASKED.search(text) or SUPPOSED_ASKED.match(text))
        or bool(LAUGHING.match(text) and ASKED_LAUGHING.match(text))  # "haha ok but does ..."
        # "ok dumb question but why ...", "my gran told me of it, how did those work"
        or bool(QUESTION.search(text) and not is_news(text))
        # "... my mate says i should've kept the cash. who's right": asked, whatever it tells
        or bool(RIGHT_ASKED.search(text))
        # "i need a decent veggie chilli recipe for tonight, mates coming round": asked for
        # something, never a remark on "tonight"
        or bool(NEED_ASKED.search(text))
    )
    given = introduced_as(text)
    if NEWCOMER.search(text) or given:
        return Reading("welcome", name=given)
    options = either_or(text)
    # Advice asked for oneself ("should i quit or stay") is a view; two times or two short deeds
    # ("should we open at 8 or 9", "should i text him or call him") are a choice all the same.
    # "does the oil in the fryer sit at an angle or level": how a thing behaves, a question of
    # fact, not a pick of taste ("I would say an angle").
    choice = (
        options
        and (not ADVICE_FOR_ME.search(text) or _plain_choice(options))
        and not BEHAVES_EITHER.search(text)
    )
    if options and FACT_EITHER.search(text) and not OPINION.search(text):
        # "is kohlrabi related to cabbage or turnip", "is light a wave or a particle": a fact
        # asked, answered from what the persona knows or owned up to; never a pick of taste
        # ("I would say turnip") nor a yes or no.
        return Reading("question", in_field=in_field)
    greeting = GREETING.match(text)
    if not greeting and not choice and (after := _greeted_after(text, voice)) is not None:
        # "mum's hip op is confirmed for the 14th. morning all, hi @curie": news, then a
        # greeting to the room; greeted, and the news taken up as after "morning all, ...".
        return Reading("hello", stance="told" if _told_after(after) else "")
    if choice:
        pass  # "morning person or night owl" greets nobody
    elif greeting and not GRAVE_EVENT.search(told(text)):
        # ("hey all, my nan passed away last night": grave news, met as such below, never hello.)
        rest = text[greeting.end() :]
        while again := GREETING.match(rest):  # "hello hello, anybody here?"
            rest = rest[again.end() :]
        rest = re.sub(r"^\W*(all|everyone|everybody|folks|friends|guys|there)\b", "", rest)
        # "hi miss curie is it true you carried radium in your pocket": its own name, and how it
        # is called, are no part of what is asked.
        own = "|".join(re.escape(w) for w in {*voice.name.lower().split(), voice.slug.lower()})
        rest = re.sub(
            rf"^\W*(?:(?:{HONORIFIC})\.?(?:\s+|$))?(?:(?:{own})\b\W*){{0,2}}", "", rest, flags=re.I
        )
        if RETURNING.search(text):
            return Reading("hello", stance="back")
        if (
            HOW_ARE_YOU.search(text)
            or (DAY_ASKED.search(rest) and not PRESENCE.match(rest))
            or ROOM_DAY.search(rest)  # "evening folks, what's everyone up to"
        ):
            return Reading("hello", stance="how")
        if PRESENCE.match(rest):
            return Reading("hello")
        if hooked(rest):
            # "hello @darwin, you must love this group": the hook answered (`_hook_met`).
            return Reading("hello", stance="hook")
        if not (QUESTION.search(rest) and terms(rest)):
            # "evening all, debrief is up on the drive": greeted, and not asked what brought
            # them, since they said.
            return Reading("hello", stance="told" if _told_after(rest) else "")
    elif GREETING_WORD.search(text) and not query:
        return Reading("hello")  # "Ada and Charles, hello"
    elif RETURNING.search(text) and not query_beyond(text, RETURNING):
        return Reading("hello", stance="back")
    elif PRESENCE.match(text) and not re.match(r"\W*(are )?(you|u)\b", text, re.I):
        return Reading("hello")  # "anyone around?": someone is ("u about?" asks its day)
    if ROOM_DAY.search(text) and not choice:
        # "whats everyone having for lunch" is its own ways (`own_ways`); "what are you lot up
        # to" its day.
        return Reading("personal" if asked_subjects(text) else "day")
    if GRAVE_EVENT.search(told(text)) or (FEELING_ASKED.match(text) and GRAVE_EVENT.search(text)):
        # Grave news told, however it opens ("was in a car accident, i'm ok but shaken") and
        # whatever is asked after it ("my dad is in hospital, what should i do?"), or asked how
        # to feel about ("is it sad that my dog died last week?"): never "I doubt it".
        return Reading("remark", in_field=in_field)
    if (HOW_ARE_YOU.search(text) and not query_beyond(text, HOW_ARE_YOU)) or (
        DAY_ASKED.search(text) and not query_beyond(text, DAY_ASKED)
    ):
        return Reading("day")  # "what are you up to tonight", "how was your day", "u busy?"
    if choice:
        # "Which is scarier, X or Y?": a choice, whatever else it says.
        subject = set(query) - GENERIC_TERMS
        return Reading("opinion", in_field=bool(field_terms(voice) & subject), stance="choice")
    claimed = claim_asked(text)
    if (
        claimed
        and not VERDICT_ON_CLAIM.search(text)
        and (addressed or any(_as_called(sp, text) for sp in speakers))
    ):
        # "felix cant be serious right??": a side taken on what Felix said; "einstein was a
        # patent clerk first right?", "you're from ulm right?": its own life, asked about.
        claimed = None
    if claimed:
        # "back me up, sound is just pressure waves right?", "tell her she's wrong, hattie thinks
        # ...": a verdict on that claim, not a side taken with whoever spoke last.
        who, claim = claimed
        who = next((c for c in (_as_called(sp, who) for sp in speakers) if c), who) if who else ""
        return Reading(
            "claim", in_field=bool(field_terms(voice) & set(terms(claim))), speaker=who, claim=claim
        )
    target = next((c for c in (_as_called(sp, text) for sp in speakers) if c), "")
    stance_text = _stance_text(text)
    if (
        not target
        and last
        and not AGREE_THAT.search(text)
        and (DISAGREEING.search(stance_text) or AGREEING.search(stance_text))
    ):
        # "that sounds wrong to me", said just after someone: that one is meant.
        target = next((c for c in (_as_called(sp, last) for sp in speakers) if c), "")
    if target and DISAGREEING.search(stance_text):
        # "nina cant be serious right??", "do you agree with ravi? i kinda dont"
        return Reading("disagree", in_field=in_field, speaker=target)
    if (
        target
        and (asked_view := ASKS_VIEW.search(text))
        and not re.search(r"\bi (\w+ )?agree\b", text, re.I)
        and _view_asked_of(asked_view, target, text)
    ):
        # "what do you make of what tom said": the persona's view of Tom's point.
        return Reading("askview", in_field=in_field, speaker=target)
    opinion = OPINION.search(text) or VIEW_ASKED.search(text) or HOT_TAKE.search(text)
    if not opinion and YES_NO_OPENING.match(text) and compared_terms(text):
        # "does working from home make people lonelier": a view of what a thing does to people,
        # as "do you think it does" asks, not a fact to own up to.
        opinion = YES_NO_OPENING.match(text)
    if (
        opinion
        and REASON_ASKED.match(text)
        and not (OPINION.search(text) or THINKS_OF.search(text))
    ):
        # "why does a wall with a batter stand so much better than a straight one": a reason
        # asked, not a view ("how do you feel about ...", "why do you think ..." ask one).
        opinion = None
    if opinion and MEASURED_AGAINST.search(text):
        # "how late is she vs no wind", "a chart, wall height vs stone needed": one thing
        # measured against another, no pick between them asked.
        rest = VERSUS.sub(" ", text)
        opinion = OPINION.search(rest) or VIEW_ASKED.search(rest) or HOT_TAKE.search(rest)
    if opinion and WAY_ASKED.search(text) and not OPINION.search(text):
        # "is there a better route than treble 17 then double 18": a way asked for, no view
        opinion = None
    if opinion and not asks and WORTH_IT_TOLD.search(text):
        opinion = None  # "queued 2 hours but honestly worth it" tells, it asks no view
    # "Do you agree that ...?" asks the persona's view; "I agree with Ada" takes a side.
    if opinion and not re.search(r"\bagree with\b", text, re.IGNORECASE):
        # A view on everyday life is not a physicist's business for mentioning "time".
        subject = set(query) - GENERIC_TERMS
        if ADVICE.search(text):
            stance = "advice"
        elif YES_OR_NO.match(text) or re.search(
            r"\b(is it true|do you agree|yes or no)\b", text, re.I
        ):
            stance = "yes-no"
        else:
            stance = "open"
        return Reading("opinion", in_field=bool(field_terms(voice) & subject), stance=stance)
    siding = SIDING.search(text)
    if siding:
        for speaker in speakers:
            called = _as_called(speaker, siding.group(1))
            if called:
                return Reading("agree", in_field=in_field, speaker=called)
    for stance, pattern, naming in (
        ("disagree", DISAGREEING, NAMED_DISAGREEING),
        ("agree", AGREEING, NAMED_AGREEING),
    ):
        # "sam is totally wrong about homework": a named stance is a stance, however put.
        if pattern.search(_stance_text(text)) or _named_speaker(naming, text):
            for speaker in speakers:
                called = _as_called(speaker, text)
                if called:
                    return Reading(stance, in_field=in_field, speaker=called)
            named = _named_speaker(naming, text)
            if named and stance == "agree" and ASKED_SIDE.search(text):
                # "do you agree with kieran?", Kieran's view told by another: its view asked,
                # never "So you side with Kieran".
                return Reading("askview", in_field=in_field, speaker=named)
            if named:
                # "jo's got a point": Jo spoke before the recent messages, or in another room.
                return Reading(stance, in_field=in_field, speaker=named)
            if addressed or (stance == "disagree" and DISAGREED_ALONE.match(text)):
                # ("i disagree", said to it with no one named: with it, never a bad day)
                return Reading(stance, in_field=in_field, speaker=voice.name)
    if not target and (offered := VIEW_OFFERED.match(text)) and _claim_offered(offered):
        # "I think science has done more harm than good honestly", "I disagree, evolution is
        # just a theory": a view put to it, to take up with its own, never news to console
        # ("A minor mishap", "may the gods give you a quieter tomorrow": review39).
        return Reading("view", in_field=in_field)
    if NEWS.match(text) or ROOM_EVENT.match(text):
        return Reading("remark", in_field=in_field)
    if "?" not in text and GOOD_EVENT.search(text) and valence_mood(text) == "good":
        # Good news told, even opening as a question would ("did my first half marathon").
        return Reading("remark", in_field=in_field)
    if DILEMMA.search(text):  # "I've been thinking about moving to Lisbon: ..."
        return Reading("opinion", in_field=in_field, stance="advice")
    # A question quoted is mentioned, not asked of it: "how do i answer 'what's your biggest
    # weakness' in an interview" asks the persona for help, not of its own weakness.
    unquoted = QUOTED.sub(" ", text)
    asked_of_you = ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", unquoted))
    if asks and not asked_of_you and VENT.search(text):
        # "what is he even building": a vent, not a question to own up to.
        return Reading("remark", in_field=in_field, stance="vent")
    if asks and not REQUEST.search(text) and (PERSONAL.search(unquoted) or asked_of_you):
        return Reading("personal", in_field=in_field)
    if asks:
        return Reading("question", in_field=in_field)
    if addressed and general_claim(text) and set(query) & _sciences():
        # "cold water dips make you ill less often", told the persona: a claim of some science
        # to weigh, as "is it true ...?" is, not a remark with a line on "cold" weather.
        return Reading("opinion", in_field=in_field, stance="yes-no")
    if (
        BIDDING.match(text)
        or (CARRIED_ON.match(text) and re.search(r"\b(?:pls|plz|please)\W*$", text, re.I))
        or (IF_FIGURED.match(text) and re.search(r"\d", text))
        or RATE_ALONE_ASKED.match(text)
    ):
        # "ok redo it with €15 reservations on 5 of the trains", "pls do the rota for sunday",
        # "and if two of the iftars are 18 people instead of 14": something asked of it to do,
        # answered or owned up to, never "Do tell me more".
        return Reading("question", in_field=in_field)
    return Reading("remark", in_field=in_field)


# A disagreement said alone: "I disagree", "nah i totally disagree", "wrong!".
DISAGREED_ALONE = folded(
    r"^\W*(?:(?:nah|no|nope|hmm+|well|ok|sorry|honestly|but)\W+){0,2}(?:i (?:(?:really|totally|"
    r"completely|strongly|have to|must|respectfully|kinda|just) ){0,2}disagree|(?:that'?s|thats) "
    r"(?:just |simply |totally |so )?(?:wrong|not true|not right|incorrect)|wrong)\W*$",
    re.IGNORECASE,
)
# Its age or size asked: "how old are you", "what's your age", "how tall r u".
AGE_ASKED = folded(
    r"\bhow (?:old|tall|big|heavy|short) (?:are|r) (?:you|u)\b|\b(?:your|ur) age\b",
    re.IGNORECASE,
)
# Whether the persona is real, a person or a machine: "are you a real person?", "r u a bot".
REAL_ASKED = folded(
    r"^\W*(?:(?:so|ok|okay|wait|honestly|seriously|but|and|hey|lol)\W+){0,2}(?:are|r) (?:you|u) "
    r"(?:even |actually |really |just |like )?(?:an? )?(?:real|human|alive|bot|robot|ai|chatbot|"
    r"chatgpt|computer|program|machine|fake|person|actual person)(?: person| human| people)?\W*$",
    re.IGNORECASE,
)
# A view offered up front, of no one's own life: "I think science has done more harm than good",
# "honestly i reckon school is pointless", "I disagree, evolution is just a theory".
VIEW_OFFERED = folded(
    r"^\W*(?:(?:honestly|tbh|personally|ngl|imo|well|ok|okay|so|but|and|hmm+|nah|no)\W+){0,3}"
    r"(?:i (?:(?:really|honestly|genuinely|kinda|kind of|just|actually|still|do|strongly|"
    r"totally|completely) ){0,2}(?:think|reckon|believe|feel like|feel that|disagree|"
    r"don'?t (?:think|believe|agree))|i'?d say|i would say)(?: that)?\b\W*(?P<claim>.*)$",
    re.IGNORECASE,
)
# Words of the speaker's own life: a view of it ("i think i failed", "i think my cat is ill") is
# news, not a claim to weigh.
OWN_LIFE = folded(r"\b(?:i|i'?m|im|i'?ve|i'?d|i'?ll|me|my|mine|myself|we|we'?re|our|us)\b", re.I)


# A claim opening on one thing at hand, or someone: "the bus is late", "it's going to rain".
PARTICULAR = folded(
    r"^\W*(?:the|this|that|that'?s|thats|these|those|his|her|their|its|it|it'?s|it'?ll|he|he'?s|"
    r"she|she'?s|they|they'?re|there|there'?s|someone|somebody|everyone|everybody|today|"
    r"tomorrow|tonight)\b",
    re.IGNORECASE,
)


def _claim_offered(offered: re.Match[str]) -> bool:
    """Whether the view `offered` (`VIEW_OFFERED`) puts a claim of some weight about the world:
    a few words, none of the speaker's own life, no grave news and no question."""
    claim = offered.group("claim").strip()
    return (
        len(terms(claim)) >= 2
        # of a kind of thing ("science has done more harm than good"), not of one thing at hand
        # ("the cat is sick", "it'll be sunny tomorrow", "she's pregnant"), which is news
        and not PARTICULAR.match(claim)
        and "?" not in claim
        and not OWN_LIFE.search(claim)
        and not GRAVE_EVENT.search(claim)
        and not re.search(r"\b(?:you|u|ur|your)\b", claim, re.IGNORECASE)
    )


# A case put after an answer, with a figure: "and if two of the iftars are 18 people instead of
# 14", "ok and if half my charging is rapid at 79p", "what if it's 25p": a question, never news.
IF_FIGURED = folded(
    r"^\W*(?:(?:(?:ok(?:ay)?|so|and|but|right|then|also|hmm+|oh|wait)\W+){1,3}(?:what )?|"
    r"what )if\b",
    re.IGNORECASE,
)
# A rate asked alone, of a sum just put: "per night per person please", "and each?", "whats
# that per head"; not "per night is plenty".
RATE_ALONE_ASKED = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|now|right|then|oh|hmm+|what'?s|whats|that|it|is|how "
    r"much)\W+){0,3}(?:(?:per|each|every) (?:night|person|head|day|week|month|year|couple|"
    r"cabin|room|hour|kid|child|adult)|each|pp)\b(?:\W+(?:per|each) \w+)*"
    r"\W*(?:(?:pls|plz|please|then|now|roughly|lol)\W*)?$",
    re.IGNORECASE,
)
# A bidding: what the person asks the persona to do, said as an order ("redo it with ...", "ok
# make it for 12 people", "pls sort the list by date"); not news ("made a cake", "so do i").
BIDDING = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|now|right|pls|plz|please|just|then|go on|oh|hey|lol|"
    r"quick|ok so)\W+){0,3}"
    r"(?:redo|re-do|rework|recalculate|recalc|make|give|write|try|change|add|put|show|list|"
    r"send|pick|choose|check|include|swap|split|round|convert|translate|sort|count|draft|sum up|"
    r"work out|figure out|tell us|tell me)\b(?!')(?! (?:i|we|you|u|they|he|she)\b)",
    re.IGNORECASE,
)


def query_beyond(text: str, pattern: re.Pattern) -> bool:
    """Whether `text` asks of something more than what `pattern` reads in it ("im back!! missed
    this place" does not; "back again: is light a wave?" does)."""
    rest = pattern.sub(" ", text)
    # Asked with no "?" too: "back again. are they actually dangerous or just dramatic".
    return bool(QUESTION.search(rest)) and len(terms(rest)) > 1


# Years told as dates ("born in 1990", "since 2015", "back in 1994"): never figures of a sum.
YEARS_TOLD = folded(
    r"\b(?:in|since|born|from|until|till|by|back in|of|year)\s+(?:1[5-9]\d\d|20\d\d)\b(?!\s*(?:"
    r"people|of us|of you|ways|quid|pounds|dollars|euros))",
    re.IGNORECASE,
)


def told_joke(text: str) -> str:
    """What kind of joke `text` is: "asked" (tell me one), "knock" (knock knock), "told" (a
    riddle with its punchline after it, or a one-liner pun), or "" when it is none."""
    if KNOCK_KNOCK.match(text):
        return "knock"
    if JOKE_ASKED.search(text):
        return "asked"
    if ONE_LINER.search(text):
        return "told"
    if PUT_RIDDLE.search(text) and "?" in text:
        # "Riddle for you all: the more you take, the more you leave behind. What am I?": a
        # riddle put to the room, enjoyed and given up, never a line of its life on "leave".
        return "riddle"
    if STOCK_RIDDLE.match(text) and STOCK_PUNCHLINE.search(text.partition("?")[2]):
        # "why don't skeletons fight each other? they don't have the guts": a stock punchline
        # after a riddle of no article (review42 had "I don't know, and I won't make something up").
        return "told"
    riddle = RIDDLE.match(text)
    if riddle:
        # A riddle comes with its answer ("...? because it was two tired", "...? a fsh 😂");
        # asked alone ("why did the empire fall?") it is a question.
        asked, _, rest = text.partition("?")
        if not _punchline(asked, rest):
            # "why does a wall with a batter ... stand so much better than a straight one? i
            # explain it to volunteers and never get it right": a real question at length, and
            # what the asker says of it after, is no riddle.
            return ""
        if terms(rest) or re.search(r"\bbecause\b", text, re.I) or LAUGHING.search(text):
            return "told"
    return ""


# A riddle put with no article ("why don't skeletons ...", "what do you call ..."), and the stock
# punchlines that answer one: told jokes, whatever their shape.
STOCK_RIDDLE = folded(r"^\W*(?:why|what|how|where|when|who)\b[^?]{3,80}\?", re.IGNORECASE)
STOCK_PUNCHLINE = folded(
    r"\b(?:the guts|no guts|outstanding in (?:his|her|their|its) field|no chemistry|two tired|"
    r"too tired|a fsh|gummy bear|no body to|nobody to go with|make up everything|dairy air|"
    r"impasta|nacho cheese|lettuce in|cereal killer|a stick|frostbite|it was pointless|"
    r"just wanted to be friends|a little shellfish|tree-?mendous|un-?be-?leaf-?able)\b",
    re.IGNORECASE,
)


# What the asker says of themselves after a question ("i explain it and never get it right",
# "clients ask me and i just say 'science'"): their own case, never a riddle's punchline.
OWN_CASE = folded(r"\b(i|i'm|i've|me|my|mine|we|our|ours|us)\b", re.IGNORECASE)


def asked_part(text: str) -> str:
    """`text` up to its last question mark when what follows is the asker's own case ("how do
    the pigments stay in the skin? clients ask me and i just say 'science'"), else all of it."""
    asked, mark, after = text.rpartition("?")
    if mark and OTHER_WAY_AFTER.match(after):
        # "is there anything cheap that works? or do we just open the window": the asker's
        # own way out, offered beside the question, is no part of what it asks.
        return asked
    # Another question after it is asked too, if in the asker's words ("do animals play games
    # too or is that just us").
    return asked if mark and OWN_CASE.search(after) and not QUESTION_OPENS.match(after) else text


OTHER_WAY_AFTER = folded(
    r"\W*or (?:(?:do|should|shall|can|could|would|will) (?:we|i|u|you) )?(?:just|simply|only)\b",
    re.IGNORECASE,
)


QUESTION_OPENS = folded(
    r"\W*(?:(?:and|or|but|like|also|plus|so) )?(?:do|does|did|is|are|was|were|can|could|would|"
    r"will|should|what|whats|what's|why|how|which|who|when|where)\b",
    re.I,
)


def _punchline(asked: str, rest: str) -> bool:
    """Whether `rest`, after the riddle-shaped question `asked`, can be its punchline: a riddle
    is asked in a few words and answered in a few, not of the asker's own case."""
    if len(asked.split()) > 12:
        return False
    if rest.strip() and QUESTION_OPENS.match(rest) and not re.search(r"\bbecause\b", rest, re.I):
        # "why does the caravan snake about when lorries pass? is it the air pushing it": a
        # guess asked after the question, no punchline.
        return False
    return not (rest.strip() and (len(rest.split()) > 9 or OWN_CASE.search(rest)))


# A question asked after a first clause (a laugh, a tease): "lol einstein. ok serious q, whats
# the best thing to eat at 4am", "ha you would. but how do you actually make it".
QUESTION_AFTER = folded(
    r"[.!?;]\s+"
    + ASK_LEAD[len(r"^\W*") :]
    + r"(?:what'?s|whats|what|why|how|which|where|who|when|is|are|do|does|can|could|would|"
    # three words more in the clause: "which monday, nobody knows" asks nothing
    r"should|will)\b(?:\s+[\w'-]+){3}",
    re.IGNORECASE,
)
# A question passed on or put indirectly, laugh or no laugh: "nana wants to know why her
# tomatoes keep splitting ... lol", "my mum asked me to ask how you kept your beetles", "was
# wondering if bees sleep lol". Not "i want to know everything lol" (nothing asked).
INDIRECT_ASK = folded(
    r"\b(?:wants?|wanted|wanna|would like|'d like|dying|needs?) to know (?:why|how|what|whether|if|"
    r"where|when|which|who)\b|"
    r"\basked me to ask\b(?:\s+(?:you|u))?[^.?!]{0,12}\b(?:why|how|what|whether|if|where|when|"
    r"which|who|about)\b|"
    r"\b(?:i|we|she|he|they)(?:'m| am| was| were| are| is)? (?:just )?wondering (?:why|how|"
    r"what|whether|if|where|when|which|who)\b",
    re.IGNORECASE,
)
# A question on a condition, put without a question mark: "if nobody buys my lemon bars does
# that mean they're bad", "if i leave it overnight will it go stale". Not "if it rains we'll
# move inside" (a plan told).
IF_ASKED = folded(
    r"^\W*(?:so |ok |but )?if\b[^.?!]{3,80}?,?\s+(?:does|do|is|are|would|will|should|can|could|"
    r"did|was|were)\s+(?:that|it|this|they|i|we|you|u|he|she|there)\b",
    re.IGNORECASE,
)
# A question put last, after what is told: "my tomatoes keep cracking open, why", "the bread
# sank again... how come". Not "i have no idea why" (nothing asked).
WHY_AFTER = folded(r"\w{3,}\s*[,;:.…—-]+\s*(?:but\s+|so\s+)?(?:why|how come)\s*\?*\s*$", re.I)
# The lead words that name nothing asked ("follow up,", "quick one,", "joke but", "random q"):
# not "wait", which may be what is asked of.
# Words that only lead up to a persona's name at the start of a message, greeting and thanks
# aside ("anyway darwin, ...", "actually curie what ..."): no part of what is asked of it.
ADDRESS_LEAD = (
    r"(?:anyway|anyways|actually|honestly|seriously|listen|ok|okay|right|now|well|so|also|"
    r"question for|quick question|q for)"
)
LEAD_WORDS = folded(
    # ("sorry off topic but", "soz random q": an apology for the asking, no subject of it.)
    r"^\W*(?:(?:ok(?:ay)?|so|also|and|but|hi|hey|sorry|soz|apologies)\b[\s,:;.!-]*)*(?:"
    + LEAD_ASIDE
    + r"|(?:sorry|soz|apologies) (?:to|for) (?:butt(?:ing)? in|interrupt(?:ing)?|"
    r"the interruption|bother(?:ing)? (?:you|everyone|you all)|"
    r"hijack(?:ing)?(?: the (?:chat|thread))?))\b[\s,:;.!-]*",
    re.IGNORECASE,
)
ASKED_LAUGHING = folded(
    # "haha ok but does biscuit actually feel 5 mins as a year tho": asked after the laugh.
    r"^\W*(?:(?:haha\w*|hehe|lol|lmao|ha)\b[\s,:;.!-]*)?"
    + ASK_LEAD[len(r"^\W*") :]
    # "haha and what would you bring camping", not "haha what a day"
    + r"(why|how|what'?s|whats|what (?:would|will|do|does|did|is|are|was|were|should|can|could)|"
    r"where|which|is|are|do|does|can|could|would|will|should)\b",
    re.I,
)


def wry(text: str) -> bool:
    """Whether `text` is a wry remark or a joke about oneself, to be laughed along with: said
    with irony, with a laugh in a story ("... lol"), a child's word for a thing, praise that
    missed, or a word said again with a twist; never grave news, and never good news told
    plainly ("passed my test, nailed it")."""
    irony = IRONY.search(text)
    if irony and PLAIN_PRAISE.fullmatch(irony.group(0)) and not MISHAP.search(text):
        irony = None
    if irony:
        return True
    if "?" in text:
        return False  # "my son calls it a floor monster, is that normal?" asks
    if WRY_IMAGE.search(text) and not GRAVE_EVENT.search(text):
        return True  # "the toddler has decided socks are the enemy. we're losing"
    if SELF_MOCKING.search(text) and not GRAVE_EVENT.search(text):
        # "so bad" rates grave with the lexicon; only a grave event makes it no joke.
        return True
    laughing = bool(LAUGHING.search(text)) and len(text.split()) > 8
    shaped = bool(KID_SAYS.search(text) or TWIST.search(text))
    if laughing and not shaped and ASKED_LAUGHING.match(text):
        return False  # "why does my dog tilt his head when i talk to him lol" asks all the same
    if not (laughing or shaped or MISSED_PRAISE.search(text)):
        return False
    feeling = valence_mood(text)
    if feeling == "grave":
        return False
    return feeling != "good" or (shaped and laughing)


# "ill try it tomorrow", "ok ill be there at 7": I'll, before a verb, not illness ("i'm ill",
# "fell ill last week", "ill health").
ILL_AS_I_WILL = folded(
    r"(?<!\bi'm )(?<!\bim )(?<!\bam )(?<!\bwas )(?<!\bfeel )(?<!\bfelt )(?<!\bfell )"
    r"(?<!\bvery )(?<!\btoo )(?<!\bbeen )(?<!\bgot )(?<!\bis )(?<!\bare )"
    r"\bill (?=(\w+)\b)",
    re.IGNORECASE,
)
AFTER_I_WILL = frozenset(
    """probably prob just def defo definitely never always also still maybe totally try let dm
    text message ping post check bring grab head pop sort book skip practice practise report
    update aim""".split()  # noqa: SIM905
)


# "up 2", "going 2": a "to" written as a figure, at a message's end.
UP_2 = folded(
    r"\b(up|going) 2(?=\W*$|\s+(?:tonight|2nite|2night|tonite|today|2day|tomorrow|2moro|"
    r"this|later|now|at|on|tmrw)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """`text` with chat spellings ("u", "whats", "cant", "ill try") written out as the patterns
    read them. (Read once for each text: a reply reads the message so several times.)"""
    text = CHATSPEAK_SAID.sub(lambda m: CHATSPEAK[m.group().lower()], text)
    text = UP_2.sub(r"\1 to", text)  # "wat r u guys up 2"
    if "ill " in text.lower():
        text = ILL_AS_I_WILL.sub(
            lambda m: "i'll " if m.group(1).lower() in VERBS | AFTER_I_WILL else m.group(0), text
        )
    return text


def _named_speaker(pattern: re.Pattern, text: str) -> str:
    """The name of the one a stance is taken with ("jo's got a point": "Jo"), or ""."""
    for match in pattern.finditer(text):
        who = next((g for g in match.groups() if g), "")
        if who and who.lower() not in NOT_SPEAKERS and who.lower() not in STOPWORDS:
            return who[:1].upper() + who[1:]
    return ""


# "mean or median, which is which", "whats the difference, weather or climate": each explained.
TOLD_APART = folded(r"\bwhich(?:'s| is) which\b|\bdifference between\b", re.I)
# Whether the persona went to one place or another is asked of its life, yes or no: "did you
# ever go to argentina or chile" is no pick between them ("I would say chile.").
BEEN_TO = folded(
    r"^\W*(?:@\S+\s+)?(?:did|have|had) (?:you|u) (?:ever |actually |really )?"
    r"(?:(?:go|went|travel|travelled|traveled|sail|sailed|stop|stopped) (?:to|in|at)|been|visit"
    r"|visited"
    # "did you ever meet a king or queen", "have you ever seen a whale or a shark": asked of its
    # life, no pick (live40); not "did you prefer tea or coffee".
    r"|meet|met|see|saw|seen|know|knew|known|read|own|owned|win|won|fight|fought|study|studied|"
    r"ride|rode|ridden|write|wrote|written|try|tried)\b",
    re.IGNORECASE,
)


# The chat leads before a question ("ok but", "unrelated but", "random q"), to take off it.
LEAD_OFF = folded(ASK_LEAD, re.IGNORECASE)


# Two reasons offered for a thing people do, to pick between: "do you think people made pots
# because we need them or because we just like making stuff", "why do people give their things
# away? is it kindness or just clearing the loft". A reason is no deed to do and no yes or no.
_REASON = (
    r"(?:(?:just|simply|only|mostly|mainly|more|really|actually)\s+)*(?P<{}>[^,;:.?!]{{2,60}}?)"
)
REASONS_BECAUSE = folded(
    r"\b(?:because|cos|coz|cuz) " + _REASON.format("one") + r"\s+or\s+(?:is it\s+)?"
    r"(?:(?:just|simply|only|mostly|mainly|more|really|actually)\s+)*(?:because|cos|coz|cuz)\s+"
    + _REASON.format("other")
    + r"\s*(?:[,;:.?!]|$)",
    re.IGNORECASE,
)
# "is it X or Y", after a reason asked ("why do you think ...").
REASONS_IS_IT = folded(
    r"(?:^|[,;:.?!]\s*|\b(?:so|and|but)\s+)(?:is|was) (?:it|that) "
    + _REASON.format("one")
    + r"\s+or\s+(?:is it\s+)?"
    + _REASON.format("other")
    + r"\s*(?:[,;:.?!]|$)",
    re.IGNORECASE,
)
WHY_THINK = folded(r"\bwhy (?:do|did|would|does) (?:you|u) (?:think|reckon|suppose)\b", re.I)


def reasons_offered(text: str) -> tuple[str, str] | None:
    """The two reasons a question asks the persona's view between (`REASONS_BECAUSE`; or,
    after a reason asked, `REASONS_IS_IT`), each as said ("because we need them"), or None. Not
    asked its view ("do cats purr because they are happy or because they want food"), a cause
    is a question of fact, for its lines."""
    if not (THINKS_OF.search(text) or WHY_THINK.search(text)):
        return None
    found = REASONS_BECAUSE.search(text) or REASONS_IS_IT.search(text)
    if not found:
        return None
    one, other = (found.group(g).strip() for g in ("one", "other"))
    if {one.lower(), other.lower()} & {"not", "no", "nah", "what", "something else"}:
        return None
    # ("because we just like making stuff": "because we like making stuff")
    one, other = (re.sub(r"\b(?:just|simply|only) ", "", o) for o in (one, other))
    if found_by(found, REASONS_BECAUSE):
        one, other = f"because {one}", f"because {other}"
    return one, other


# A question that asks for a pick ("what should we cook tonight?"), whose options may follow it
# as a wish ("fancy a curry or a stew").
PICK_ASKED = folded(
    r"\b(?:should|shall|better|best|prefer|rather|recommend|pick|choose|go for)\b", re.I
)


# Words in "-er" that compare nothing ("a dog or a cat owner", "tea or coffee drinker").
_NOT_COMPARED = """
owner owners lover lovers drinker drinkers person people player players user users fan fans
number paper water after ever never over under other either neither together burger burgers
dinner dinners computer computers river rivers letter letters summer winter weather father
mother brother sister teacher teachers
"""
NOT_COMPARED = frozenset(_NOT_COMPARED.split())


def either_or(text: str) -> tuple[str, str] | None:
    """The two things a question offers to choose between ("Is talent born or made?": "born",
    "made"; "Which is scarier, black holes or the deep ocean?"), or None when it offers no such
    choice. The second option runs to the end of its clause (at most seven words), the first as
    far back as the words that lead into the choice ("would you rather", "is it better to"), or,
    when more words stand there, as many as the second has. A head noun shared by both is given
    to both ("handwritten notes or typed?": "handwritten notes", "typed notes"), and fillers go
    ("just rereading your notes": "rereading your notes"). Typed in chat with no question mark
    ("tea or coffee", "flashcards or just rereading ur notes"), a short message with no "I" or
    "we" is a choice too, and so is a longer one that says it is one ("would u rather ...").
    A chat tag after it asks for the pick and is no part of it ("soup or salad. go"). Two things
    told apart ("mean or median, which is which") are no choice: what each is, is asked."""
    if TOLD_APART.search(text) or BEEN_TO.match(text):
        return None
    if reasons := reasons_offered(text):
        return reasons
    text = _or_joined(text)
    text = TIME_COLON.sub("\\1\u2236\\2", CHAT_TAG.sub("", text))
    if "?" in text:
        # "why do people give things away? is it kindness or just clearing the loft": the
        # question that offers the choice, when the first offers none.
        # Not after a side asked ("do you agree with tariq? should we be angry or keep it
        # civil": a side taken with Tariq).
        asked = [q for q in re.split(r"(?<=\?)", text) if q.strip()]
        if not OPEN_ASKED.match(asked[0]):
            asked = asked[:1]
        question = next((q for q in asked if OR.search(q)), asked[0])
        if (
            not question.rstrip().endswith("?")
            and not ASKED_OPENING.match(question)
            and not PICK_ASKED.search(asked[0])
            and re.search(
                r"\b(?:i|i'm|im|me|my|we|our|us|hoping|hope|wanting|fancy|dying to)\b",
                question,
                re.I,
            )
        ):
            # "what wildlife might we see? i want a puffin or a seal": a wish told after the
            # question, never the choice it asks.
            return None
        question = question.rstrip("?")
    else:
        question = re.sub(r"[^\w\s',;:.!&\u2236-]", " ", text).strip(" .!")
        said = [w for w in question.split() if w.lower() not in CHAT_FILLERS]
        if (
            not ASKED_OPENING.match(question)
            and not TIEBREAK.search(question)
            and (
                re.search(r"\b(i|i'm|me|my|we|our|us)\b", question, re.I)
                or (len(said) > 9 and not CHOICE_LEAD.search(question))
            )
        ):
            return None
    question = question[max(question.rfind(m) for m in ".!") + 1 :]
    # "unrelated but city or united this weekend": the aside before it is no option.
    question = LEAD_OFF.sub("", question)
    parts = OR.split(question)
    if len(parts) != 2:
        return None
    left, right = parts
    right = OPTION_FILLER.sub("", right)
    second = OPTION_END.split(right, maxsplit=1)[0].split()
    cut = next(
        (
            i
            for i, w in enumerate(second[1:4], 1)
            if COMPARED_AFTER.match(w) and w.lower() not in NOT_COMPARED
        ),
        0,
    )
    if cut and AUXILIARIES & {w.lower() for w in left.split()[:2]}:
        second = second[:cut]  # "are cats or dogs smarter": "dogs"
    clause = re.split(r"[,;:]", left)[-1]
    leads = list(CHOICE_LEAD.finditer(clause))
    led = bool(leads)
    if leads:
        clause = clause[leads[-1].end() :]
    clause = OPTION_FILLER.sub("", clause.strip()).split()
    if (
        not second
        or not clause
        or len(second) > 7
        or second[0].lower() in NO_OPTION
        # "is a hot dog a sandwich or its own thing": neither, no second thing ("hot" or "own")
        or (second[0].lower() == "own" and len(second) > 1)
        # "evenly or by what we ate": a second cut to its preposition ("by") is no thing to pick
        or (len(second) == 1 and second[0].lower() in PREPOSITIONS)
        # "is that curse real or did actors make it up": two claims, each a question of fact
        or (len(second) > 1 and second[0].lower() in QUESTION_HEADS)
        or " ".join(second).lower().startswith(("the other way", "vice versa", "the reverse"))
        # "can i wear my new shoes or will they rub": a worry of the first, no second thing
        or WORRY_OPTION.match(" ".join(second))
    ):
        return None
    if len(second) > 5 and not led and "?" not in text:
        return None
    if (
        len(second) >= 3
        and second[1].lower() in PREPOSITIONS
        and len(clause) >= 2
        and clause[-2].lower() in PREPOSITIONS
        and second[0].lower() not in PREPOSITIONS | {"a", "an", "the"}
        # "learn by apps or learn in a class": a deed each, not "apps" or "learn"
        and second[0].lower() not in VERBS
    ):
        # "does it work harder in winter or summer in a cold garage": "winter" or "summer", what
        # follows said of both.
        clause, second = clause[-2:], second[:1]
    if second[-1].lower() in ("one", "ones") and len(second) > 1:
        second = [*second[:-1], clause[-1]]  # "morning showers or night ones": "night showers"
    shaped = _shaped_options(clause, second)
    if shaped and NUMBER_OPTION.match(shaped[1][0]) and FACT_OPENING.match(question):
        return None  # "does the train leave at 7:15 or 7:45": the timetable's to say
    if shaped:
        first, second = shaped
    elif led and len(clause) <= len(second) + 1:
        first = clause
        tail = clause[-len(second) :]
        if len(clause) > len(second) and tail[0].lower() in PREPOSITIONS:
            first = tail  # "study in the morning or late at night": "in the morning"
    elif len(second) == 1 and len(clause) >= 2 and _modifier(clause[-2]):
        first = clause[-2:]  # "paper books or ebooks", "handwritten notes or typed"
    else:
        first = clause[-max(1, len(second)) :]
        before = clause[: len(clause) - len(first)]
        if before and first[0].lower() in PREPOSITIONS:
            first = [before.pop(), *first]  # "cook at home or order takeaway": "cook at home"
        if before and before[-1].lower() in {"a", "an", "the"}:
            first = [before[-1], *first]
    if [w.lower() for w in clause[-2:]] == ["worth", "it"]:
        # "is a gym membership worth it or a waste of money", "is the new iphone worth it or
        # overpriced": "worth it", never "a gym membership worth it" nor "it"
        first = clause[-2:]
    if first[0].lower() in ("what", "which", "whose", "how", "who"):
        return None  # "what creature sounds or specimens would make sense": which, no choice
    if first[0].lower() == "to" and second[0].lower() != "to" and len(first) > 1:
        first = first[1:]
    elif second[0].lower() == "to" and first[0].lower() != "to" and len(second) > 1:
        second = second[1:]
    articles = {"a", "an", "the"}
    if second[0].lower() in articles and len(first) > 2 and first[1].lower() in articles:
        first = first[1:]  # "rent a room ... or a tiny studio": "a room ..."
    if first[0].lower() in PREPOSITIONS and second[0].lower() not in PREPOSITIONS:
        first = first[1:] or first  # "live in the past or the future": "the past"
    if len(first) > 1 and first[0].lower() in AUXILIARIES and second[0].lower() not in AUXILIARIES:
        first = first[1:]  # "is cycling or walking better": "cycling"
    if (
        len(first) > 1
        and first[0].lower() in ("it", "that", "this")
        and second[0].lower() != first[0].lower()
    ):
        first = first[1:]  # "is it kindness or clearing the loft": "kindness"
    first, second = _shared_head(first, second)
    options = tuple(" ".join(o).strip("\"'").replace("\u2236", ":") for o in (first, second))
    if any(
        PRONOUNS.search(re.sub(r"\b(your|my) (?=\w)", "", o))
        or not re.search(r"[a-z]" if shaped is None else r"[a-z0-9]", o, re.I)
        for o in options
    ) or {o.lower() for o in options} & {"yes", "no", "not", "nah"}:
        return None
    return options


# A message that opens as a question is one without its question mark: "should we open at 8 or
# 9 on saturdays", "do you reckon we tell the customer the truth or say it's on its way".
# A pick asked for in so many words: "pepperoni or margherita for friday, i need a tiebreaker".
TIEBREAK = folded(
    r"\b(?:tie-?\s?breaker|help (?:me|us) (?:choose|decide|pick)|(?:can'?t|cannot) decide|"
    r"(?:pick|decide|choose) for (?:me|us)|settle (?:it|this) for (?:me|us))\b",
    re.IGNORECASE,
)
ASKED_OPENING = folded(
    r"^\W*(?:should|would|could|shall|is|are|do|does|can|which|(?:do|would) (?:you|u) (?:reckon|"
    r"think))\b",
    re.IGNORECASE,
)
# "modernise it, set it in an office or something, or keep it traditional": the aside between
# says the first again; "get pizza or something or just cook": a filler; "paint it blue, or
# leave it white": a comma of no list.
OR_ASIDE = folded(
    r",\s*[^,;:?!.]+?\s+or\s+(?:something|whatever|summat|similar)\s*,\s*or\s+", re.IGNORECASE
)
OR_FILLER = folded(r"\s+or\s+(?:something|whatever|summat)(?:\s+like\s+that)?\b", re.I)
LONE_COMMA_OR = folded(r"^([^,;:?!.]*),\s+or\s+", re.IGNORECASE)


def _or_joined(text: str) -> str:
    """`text` with its choice joined by a bare "or" (see OR_ASIDE); a list of three ("tea,
    coffee, or juice") is left as it is."""
    text = OR_FILLER.sub("", OR_ASIDE.sub(" or ", text))
    sentences = re.split(r"(?<=[?!.])\s+", text)
    return " ".join(LONE_COMMA_OR.sub(r"\1 or ", sentence) for sentence in sentences)


# A question open to any answer, before a choice offered to answer it with.
OPEN_ASKED = folded(
    r"^\W*(?:@\w+\W+)?(?:\w+\W+){0,6}?(?:why|what|how|where|who|when|which)\b", re.IGNORECASE
)
QUESTION_HEADS = frozenset("did was were is are does do has have had".split())  # noqa: SIM905
FACT_OPENING = folded(r"^\W*(?:does|did|do|is|was|were|will|are|when|what time)\b", re.I)
TIME_LEADS = frozenset(("at", "by", "around", "till", "until", "before", "after", "from"))
CLOCK = folded(r"[:.\u2236]\d{2}|am$|pm$", re.IGNORECASE)
# The colon of a time ("7:15") is no clause break: read as "7∶15" (U+2236) and said back as is.
TIME_COLON = re.compile(r"\b(\d{1,2}):(\d{2})\b")
NUMBER_OPTION = folded(
    r"^(?:\d{1,4}(?:[:.\u2236]\d{2})?(?:am|pm|ish)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|fifty|hundred)$",
    re.IGNORECASE,
)
# Words a judgement is said with ("fair or too harsh", "rude or just honest").
GOOD_JUDGEMENTS = frozenset(
    """fair kind honest brave wise ok okay fine right normal polite good worth clever smart
    sensible reasonable fun generous nice sweet""".split()  # noqa: SIM905
)
BAD_JUDGEMENTS = frozenset(
    """unfair harsh rude unkind cruel mean dishonest lazy selfish silly wrong weird stupid
    boring cheeky greedy stingy petty fussy tacky tight nasty creepy sad""".split()  # noqa: SIM905
)
JUDGEMENTS = GOOD_JUDGEMENTS | BAD_JUDGEMENTS | frozenset(("strict", "soft", "tough"))
INTENSIFIERS = frozenset("too very so really quite bit a".split())  # noqa: SIM905
# Before a verb that starts a deed offered as a choice: "we should tell ...", "better to make ...".
DEED_LEADS = frozenset(
    "to should could would shall will can we i you u they just and better gonna".split()  # noqa: SIM905
)


def _shaped_options(first: list[str], second: list[str]) -> tuple[list[str], list[str]] | None:
    """The options of a choice found by the shape of the second, in the words before "or"
    (`first`): a number or a time ("open at 8 or 9 on saturdays": "8", "9"), a judgement ("is a
    three strikes rule fair for the volunteers or too harsh": "fair", "too harsh"), or a deed
    ("should we tell the customer the truth or just say it's on its way": "tell the customer
    the truth", "say it's on its way"); None when the second has none of these shapes."""
    head = second[0].lower()
    if NUMBER_OPTION.match(head):
        # Times to meet or open at ("at 8 or 9", "7pm or 8pm", "7:15 or 7:45"); not amounts
        # ("2 or 4 paracetamol") nor dates ("in 1066 or 1067"), which are no matter of taste.
        timed = len(first) > 1 and first[-2].lower() in TIME_LEADS
        if not NUMBER_OPTION.match(first[-1]) or not (timed or CLOCK.search(first[-1])):
            return None
        # "9 on saturdays": what follows the number is said of both, so of neither.
        unit = second[1:2] if len(second) > 1 and second[1].lower() in ("am", "pm") else []
        return [first[-1]], [second[0], *unit]
    words = second[1:] if head in INTENSIFIERS and len(second) > 1 else second
    if head in INTENSIFIERS and words[0].lower() in INTENSIFIERS and len(words) > 1:
        words = words[1:]  # "a bit harsh"
    if words[0].lower() in JUDGEMENTS or words[0].lower() in ADJECTIVES:
        # A word of judgement before any other adjective: "rude", not "early", in "is it rude
        # to leave early or just sensible".
        judged = [w for w in first if w.lower() in JUDGEMENTS] or [
            w for w in first if w.lower() in ADJECTIVES
        ]
        if not judged:
            return None
        at = len(first) - 1 - [w.lower() for w in reversed(first)].index(judged[-1].lower())
        return [first[at]], second[: len(second) - len(words) + 1]
    if head in VERBS and head not in AUXILIARIES and head not in DEED_LEADS:
        starts = [
            i
            for i, w in enumerate(first)
            if w.lower() in VERBS
            and w.lower() not in AUXILIARIES
            and (i == 0 or first[i - 1].lower() in DEED_LEADS)
            and len(first) - i <= 8
        ]
        if starts:
            return first[starts[0] :], second
    return None


# A tag that asks for a pick after the choice is put: "soup or salad. go", "thoughts?".
CHAT_TAG = folded(r"[\s.,:;!-]+(?:go|thoughts|discuss|pick one|choose|quick)\W*$", re.I)
AUXILIARIES = {"is", "are", "was", "were", "do", "does", "should", "would", "will", "can", "could"}


def _modifier(word: str) -> bool:
    """Whether `word` reads as a word that qualifies a noun ("typed", "handwritten", "hot")."""
    word = word.lower()
    return word in MODIFIERS or (len(word) > 4 and word.endswith(MODIFIER_ENDINGS))


def _shared_head(first: list[str], second: list[str]) -> tuple[list[str], list[str]]:
    """Two options that share a noun, written out in full: "handwritten notes or typed" is
    "handwritten notes" or "typed notes", "iced or hot coffee" is "iced coffee" or "hot
    coffee"."""
    if len(second) == 1 and len(first) >= 2:
        qualifier, head = first[-2], first[-1]
        if _modifier(second[0]) and _modifier(qualifier) and not _modifier(head):
            return first, [second[0], head]
    if len(first) == 1 and len(second) == 2:
        qualifier, head = second
        if _modifier(first[0]) and _modifier(qualifier) and not _modifier(head):
            return [first[0], head], second
    return first, second


LEAD_IN = folded(
    r"^(?:(?:ok(?:ay)?|so|um+|uh+|well|right|anyway|real quick|quick (?:q|qn|question|one)|"
    r"(?:random|serious|dumb|silly|honest) (?:q|qn|question)|(?:a )?question(?: for (?:you|u))?)"
    r"\b[\s,:;.!-]*)+",
    re.IGNORECASE,
)


def past_greeting(text: str) -> str:
    """What a greeting leads into when that is a question ("hi! whats the meaning of a good
    life", "good morning, do u think competition is good for a hobby", "hey will, whats ur
    favorite play of yours"): the question, which is what is answered, never the greeting
    alone nor "morning" read as a subject. `text` itself when it asks how one is or what one
    is up to, says who one is, or asks nothing."""
    greeting = GREETING.match(text)
    if not greeting or HOW_ARE_YOU.search(text) or RETURNING.search(text):
        return text
    rest = text[greeting.end() :]
    while again := GREETING.match(rest):
        rest = rest[again.end() :]
    rest = re.sub(r"^\W*(?:all|everyone|everybody|folks|friends|guys|there)\b", "", rest)
    if not re.match(r"\s*(?:[,!.;:—-]|[a-z]+\s*[,!])", rest, re.IGNORECASE):
        return text  # "morning person or night owl?" greets nobody
    # A name it is called by ("hey will, ..."), then the question.
    rest = re.sub(r"^[\s,;:!.-]+(?:[a-z]+\s*,\s*)?", "", rest, flags=re.IGNORECASE)
    # What leads into the question ("hi! so is ...", "hello! quick q, do ...").
    rest = LEAD_IN.sub("", rest)
    if (
        DAY_ASKED.search(rest)
        or ROOM_DAY.search(rest)
        or PRESENCE.match(rest)
        or newcomer(text)
        or NEWCOMER.search(text)
        or introduced_as(text)
        or not terms(rest)
    ):
        return text
    asks = QUESTION_START.match(rest) or QUESTION.search(rest) or ASKING.search(rest)
    return rest if asks else text


def introduced_as(text: str) -> str:
    """The name someone gives for themselves ("I'm Priya", "my name is Tomás", "Jonas here"),
    or "" when they give none. Typed in lower case ("hi im priya, first time here"), a name is
    read only from a newcomer, where it stands alone ("im tomas and im new", "call me sam") and
    is no word of the language ("im nervous, first time here")."""
    for match in INTRODUCTION.finditer(text):
        name = match.group("name") or match.group("here")
        if name and name not in NOT_NAMES and len(name) > 1:
            return name
    greeted = GREETED_NAME.match(text) or NAMED_SO.search(text)
    found = greeted.groupdict() if greeted else {}
    name = found.get("name") or found.get("called") or found.get("here")
    if name and _could_be_name(name):
        return name[:1].upper() + name[1:]  # "hi! im wen, tuning apprentice"
    if not (newcomer(text) or HOW_IT_WORKS.search(text)):
        return ""
    for match in LOWER_INTRODUCTION.finditer(text):
        name = match.group("name") or match.group("here")
        if _could_be_name(name):
            return name[:1].upper() + name[1:]
    return ""


# "im priya,", "my names lena", "call me sam", "aisha here": a name given in lower case, where
# it stands alone before a pause or the end.
LOWER_INTRODUCTION = re.compile(
    r"(?:(?:\b(?:i'?m|i am|my name is|my name's|my names|call me)|"
    r"(?:^|[^\w\s']\s*|\b(?:hi|hey|hello|yo|all)\W+)(?:the )?names?'?s?)\s+"
    r"(?P<name>[a-zà-ÿ][\w'-]*)"
    r"(?=\s*(?:$|[.,!;:)(]|\s(?:and|here|btw|lol|from|just|new|first|hi|hello|hey)\b)))|"
    r"(?:(?:^|[.!?,;:])[^\w.!?,;:]*(?:(?:hi+|hey+|hello+|hiya|yo)[\s,!]*)?(?P<here>[a-zà-ÿ][\w'-]*)"
    r" here\b)"
)
# A greeting, then a name given before a pause or the end: "hi! im wen, tuning apprentice",
# "hi all, im kwame", "hello, kwame here", "hey all, name is kwame 👋".
GREETED_NAME = folded(
    r"^\W*(?:hi+|hey+|hello+|hiya|evening|evenin|morning|afternoon|alright|yo)\b[\s,!.]*"
    r"(?:all|everyone|everybody|folks|lads|guys|gang|team|people|ppl|you lot)?[\s,!.]*"
    r"(?:(?:i'?m|i am)\s+(?P<name>[a-zà-ÿ][\w'-]*)(?=\s*(?:[^\w\s'-]|(?:and|btw|here)\b))|"
    r"(?:my name is|my name's|my names|name's|names|name is|call me)\s+(?P<called>[a-zà-ÿ][\w'-]*)"
    r"|(?P<here>[a-zà-ÿ][\w'-]*) here)"
    r"(?=\s*(?:$|[^\w\s'-]|(?:and|btw|lol|here|from|just)\b))",
    re.IGNORECASE,
)
# A name given in so many words, greeting or not: "my name is kwame", "the names kwame".
NAMED_SO = folded(
    r"(?:\b(?:my name is|my name's|my names)|(?:^|[^\w\s']\s*|\b(?:hi|hey|hello|yo|all)\W+)"
    r"(?:the )?name'?s)\s+(?P<name>[a-zà-ÿ][\w'-]*)"
    r"(?=\s*(?:$|[^\w\s'-]|(?:and|btw|lol|here|from|just)\b))",
    re.IGNORECASE,
)
# Words said after "im" that are no names ("im kinda new", "im here", "im back").
_NOT_LOWER_NAMES = """
new here back just so not also still really very kinda sorta pretty quite bit little totally
finally officially literally only one the a an in on at from a newbie newcomer noob lurker member
nervous shy excited glad happy curious tired bored confused lost late early old young first
later back tomorrow tonight anytime whenever sometime crazy silly sure done sorry ok okay good
hungry starving awake asleep sleepy skint vegan single sober full game hangry cosy comfy
anybody everybody any1 every1 some1 noone who me us you u we people ppl guys folks yall y'all ya
all else there
around about hi hello hey everyone anyone somebody someone nobody person guy girl dude student
"""
NOT_LOWER_NAMES = frozenset(_NOT_LOWER_NAMES.split())
WORD_ENDINGS = ("ing", "ed", "ly", "ous", "ful", "ive", "able", "ish", "less", "ness")
# First names that look like words of the language ("hi all, im holly, just moved here"): read as
# names where a name is given ("im holly,"), though "-ly" or a feeling ends or makes them.
NAMES_LIKE_WORDS = frozenset(
    """holly sally molly emily kelly lily polly shelly ally billy beverly tilly milly carly
    nelly grace hope faith joy will""".split()  # noqa: SIM905 (a word list reads better as text)
)


def _could_be_name(word: str) -> bool:
    """Whether a lower-case word said after "im" could be a name: no common or feeling word."""
    word = word.lower()
    return word in NAMES_LIKE_WORDS or (
        1 < len(word) <= 14
        and word not in NOT_LOWER_NAMES
        and word not in STOPWORDS
        and word.capitalize() not in NOT_NAMES
        and not word.endswith(WORD_ENDINGS)
        and not valence_lexicon().get(word)
    )


def speaks_to(
    material: tuple[str, ...], topics: tuple[str, ...], text: str, *, strict: bool = False
) -> bool:
    """Whether a persona's material speaks to `text` enough for it to join in unasked. A
    person's message (people talking among themselves): a greeting or farewell to the whole
    room, or a line of its material that is on what was said (`_chime_line`); never thanks
    meant for someone else. `strict` (another persona's reply, where a guest with nothing to
    add stays quiet): a line that shares two of its words, one of them a telling word of its
    own field (not "light" and "air", which every persona's material uses, nor "a great deal"
    of anything). Mentions and names aside, as in a reply."""
    cleaned = MENTION.sub(" ", text)
    query = [t for t in terms(cleaned) if t not in GENERIC_TERMS]
    if not material:
        return False
    if strict:
        line = _chime_line(index_of(material), _field_terms(topics), cleaned, (), strict=True)
        return bool(query) and line is not None
    kind = _room_kind(text)
    if kind in ("hello", "welcome", "bye"):
        return bool(TO_THE_ROOM.search(text)) or len(words(text)) <= 2
    if kind == "thanks" or not query:
        return False
    if not TO_THE_ROOM.search(text) and (CARRIED_ON.match(cleaned) or BIDDING.match(cleaned)):
        # "and straight line for comparison pls", "also same for the van?", "redo it for 6":
        # the asking carried on with whoever was answering, or something bidden of them; no
        # guest's to take up with a line that shares a word of it (light in a straight line).
        return False
    if kind == "remark" and valence_mood(text) == "grave":
        return False  # a trouble told to the room is for the friends it is told to
    if kind == "opinion" and _room_take(index_of(material), cleaned, ()) is not None:
        return True  # "catan is so overrated tbh, thoughts?": a view of its own on it
    if kind == "opinion" and either_or(cleaned):
        # "spilt hot tea on my arm, cold water or ice??": a choice put to the room is answered
        # by a pick between its options, or not at all; never a line that shares "tea".
        return False
    return _chime_line(index_of(material), _field_terms(topics), cleaned, ()) is not None


# A message that carries on an exchange already going: "and straight line for comparison pls",
# "also what about the van", "same for thursday?", "ok and the other one".
CARRIED_ON = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|right|oh|wait|hmm+)\W+)?(?:and|also|plus|what about|how about|same "
    r"(?:for|with|but)|now (?:do|for|with)|then (?:do|for))\b",
    re.IGNORECASE,
)


def _room_take(index: Index, text: str, used: Sequence[str]) -> Take | None:
    """Its own take on what a view asked of the room is about ("are legacy games worth it"):
    one on its headword or two telling words of it, not on how it is asked ("thoughts",
    "worth") nor an everyday word alone; never its general view of taste. None when it has
    none."""
    query = [t for t in terms(text) if t not in STANCE_TERMS and t not in GENERIC_TERMS]
    take = _best_take(index, query, used)
    if take is None or take.head in GENERAL_HEADS:
        return None
    on = take.on(set(query)) - GENERIC_TERMS - JUDGING_TERMS
    # On its headword, or on two words of it: one other word may be another thing ("raised
    # beds or just dig" is no question of sleep, though the take on sleep names beds).
    if take.head not in on and len(on) < 2:
        return None
    options = either_or(text)
    if options and not any(set(terms(o)) & take.about for o in options):
        # "paper or whatsapp? half her friends dont have smartphones": a choice put to the room
        # is between its options; a take on a word of the reason ("friends") is on neither.
        return None
    if options and not all(set(terms(o)) & take.about for o in options):
        # "i burnt my hand on the steam wand, cold water or ice?": a take on cold water of
        # roughing it out of doors, with nothing on ice, settles nothing between them; only one
        # that picks one of them over the other does ("Coffee, I think" for "tea or coffee").
        opening = PICKED_OPENING.match(take.text)
        picked = (
            set(terms(opening.group("pick") or opening.group("preferred"))) if opening else set()
        )
        if not any(picked & set(terms(o)) for o in options):
            return None
    return take


def greets(text: str) -> bool:
    """Whether a person's message greets ("morning everyone", "hi all") or welcomes someone."""
    return _room_kind(text) in ("hello", "welcome")


# Said to the whole room ("evening all", "night everyone", "hi folks"), not to one person.
TO_THE_ROOM = folded(
    r"\b(all|everyone|everybody|every1|folks|people|guys|y'?all|peeps|team|friends|room)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _room_kind(text: str) -> str:
    """What kind of thing a person said to the room (`read`), whoever may answer it: the
    same for every persona (its field aside), so read once per message."""
    cleaned = plain(MENTION.sub(" ", text)).strip()
    query = [t for t in terms(cleaned) if t not in FRAMING]
    return read(cleaned, voice=Voice("", ""), query=query).kind


# How many of the seeded personas may share a word before it is an everyday one ("far",
# "almost", "light", "question"), which says nothing of what a line is about; at most how many
# use a word that is a persona's own ("loop", "twinkle"), telling enough on its own.
EVERYDAY_AMONG = 4
OWN_AMONG = 2


@lru_cache(maxsize=1)
def _seeded_specs() -> tuple[dict, ...]:
    """The seeded personas as `seed_personas` installs them (bots/personas), read once."""
    return seeded()


@lru_cache(maxsize=1)
def _spread() -> dict[str, int]:
    """How many of the seeded personas' material uses each word."""
    specs = _seeded_specs()
    seen: dict[str, int] = {}
    for spec in specs:
        for word in index_of(tuple(spec.get("material", ()))).idf:
            seen[word] = seen.get(word, 0) + 1
    for word in HEDGES:
        seen[word] = EVERYDAY_AMONG
    return seen


SCIENCES = ("physics", "chemistry", "life", "mathematics")


@lru_cache(maxsize=1)
def _sciences() -> frozenset[str]:
    """The words of the sciences: the lexicon's, and the topics of the seeded personas whose
    field is one ("lightning", "radioactive"); not of ethics or letters ("happiness")."""
    specs = _seeded_specs()
    # The body, which the lexicon's life words (creatures and plants) leave out.
    found = set(field_stems(SCIENCES)) | set(terms("brain memory blood bone muscle nerve gene dna"))
    for spec in specs:
        style = spec.get("style", {})
        if set(style.get("fields", ())) & set(SCIENCES):
            found |= _field_terms(tuple(style.get("topics", ())))
    return frozenset(found - GENERIC_TERMS - field_stems(("ethics", "literature")))


# How sure one is ("almost certain", "probably"): no subject, however rare in the material.
HEDGES = frozenset(
    terms("certain certainly sure surely likely probably possibly definitely almost apparently")
)


QUOTED_WORDS = re.compile(r'"[^"\n]{2,120}"|\u201c[^\u201d\n]{2,120}\u201d')


# The speaker's own liking or dislike of a thing ("I loved it", "we really enjoyed the
# book", "loved it", "hated the ending"): a verdict of taste, no subject and no news.
OWN_LIKING = folded(
    r"(?:\b(?:i|we|i've|we've|ive)\s+(?:(?:really|absolutely|totally|just|honestly|kinda|"
    r"genuinely|always|also)\s+)*|^\W*(?:(?:honestly|tbh|ngl|omg)\W+)?)"
    r"(?:loved?|liked?|enjoyed|adored?|hated?|disliked?)\b(?=\s+(?:it|this|that|the|every|all|"
    r"how|them|him|her)\b|\s*[.!,]|\s*$)",
    re.IGNORECASE,
)


def _chime_line(
    index: Index,
    field: frozenset[str],
    message: str,
    used: Sequence[str],
    *,
    strict: bool = False,
) -> str | None:
    """A line, not in `used`, that a persona nobody asked may say to people talking among
    themselves about `message`: among its best few for it, one that shares a telling word with
    it (not an everyday one, which every persona's material uses), and that is on its subject
    by a word of the persona's field it says as the message does ("a while loop": a loop; not
    "training" for a train), or by two words it has side by side as the message does ("smoke
    alarm": a smoke alarm's americium; not "bed" and "pages" far apart), or by two telling
    words ("earthworms" and "soil"). One word of its field
    alone only when it is the persona's own ("loop" for Ada Lovelace, not "dead" for a
    playwright). None when no line is on what was said ("good question", "I'd love to").
    `strict` (another persona's reply, where any two words may meet): a word of its field and
    another."""
    # Words in quotes are a name, slogan or saying put forward ('"let the sun pay the bills" is
    # my suggestion'), no subject: not Lovelace on splitting a bill.
    message = QUOTED_WORDS.sub(" ", message)
    # Nor is the speaker's own liking ("I loved it. the creature is way more sympathetic"): no
    # line on love for living creatures.
    message = OWN_LIKING.sub(" ", message)
    named = {stem(m.group(1).lower()) for m in PLACE_NAMED.finditer(message)}
    said = [t for t in terms(message) if t not in GENERIC_TERMS and t not in named]
    content = set(said)
    if not content or not index.lines:
        return None
    spread = _spread()
    surface = {w.lower() for w in words(message)}
    surface_adjectives = {
        stem(w)
        for w in (w.split("'")[0] for w in surface)
        if w in ADJECTIVES  # ("blue's")
    }
    pairs = set(zip(said, said[1:], strict=False))
    scores = index.rank(dict.fromkeys(sorted(content), 1.0))
    best = sorted((i for i, score in enumerate(scores) if score > 0), key=lambda i: -scores[i])
    for i in best[:5]:
        line = index.lines[i]
        shared = content & line.counts.keys()
        telling = {t for t in shared if spread.get(t, 0) < EVERYDAY_AMONG}
        if not telling:
            continue
        in_line = {w.lower() for w in words(line.text)}
        # A word of its field, said as the message says it (or as its plural or singular).
        fielded = {t for t in telling & field if _said_alike(t, surface, in_line)}
        own = {t for t in fielded if spread.get(t, 0) <= OWN_AMONG}
        if strict:
            # Two telling words, one of its field: not "rule" alone among everyday "ask",
            # "question" and "letter" (Lovelace's machines that work by rules, after Socrates on
            # what a rule is for).
            fits = len(telling) >= 2 and bool(fielded)
        else:
            stems = terms(line.text)
            side_by_side = bool(pairs & set(zip(stems, stems[1:], strict=False)))
            # Words that only describe ("fine", "blue") tell nothing of a subject: "blue's back!!!
            # landed on the loft roof ... proper scruffy but fine" (a pigeon named Blue) is no
            # cue for cobalt glaze and fine powder.
            said_as_is = {t for t in telling if t not in ADJECTIVES and t not in surface_adjectives}
            fits = (
                bool(own - surface_adjectives)
                or len(said_as_is) >= 2
                # (a rare word of the thing, with a word that describes it: "the oven ... runs
                # 20 degrees hot")
                or (len(telling) >= 2 and any(spread.get(t, 0) <= OWN_AMONG for t in said_as_is))
            )
            fits = fits or (len(shared) >= 2 and (bool(fielded) or side_by_side))
        if (
            fits
            and (strict or (_says_of_it(message, line.text) and _opens_on_it(message, line.text)))
            # Never on one loose word ("my gpu is dying, fans sound like a jet engine": the
            # Engine that composes) (misfire41).
            and (strict or not loose_match(message, line.text))
            and _in_sense(message, line.text, field=field)
            and not any(line.text in t for t in used)
        ):
            return line.text
    return None


def _opens_on_it(message: str, line: str) -> bool:
    """Whether a line a persona nobody asked would join a remark with opens on a thing the
    remark names (or its kind), or names one in its first clause: "Slugs eat a gardener's
    seedlings" for slugs that ate the lettuces, "Actors today will not say Macbeth inside a
    theatre" for not saying the name in the theatre; not "Raw glaze looks pale ... its cobalt
    swallows the reds" for a cobalt blue piece of sea glass found, which nobody called glaze.
    A question put to the room is judged as any question is (`_in_sense`)."""
    if ASKED.search(message):
        return True
    named = roles(message).keys()
    heads = opening_nouns(line)
    if not heads or any(akin(head, t) for head in heads for t in named):
        return True  # (a line opening on no thing: its own life, a doing, "Knitting patterns")
    first = re.split(r"[;:]", line, maxsplit=1)[0]
    early = set(terms(" ".join(re.findall(r"[\w'-]+", first)[: LINE_HEAD_WORDS + 4])))
    return bool(early & named)


# Said in passing, of no subject: "problem solved", "no worries", "fair enough".
IN_PASSING = folded(
    r"\b(?:problem solved|no problem|not a problem|no worries|no bother|fair enough|big deal|"
    r"no big deal|what a (?:day|week|nightmare)|on the bright side|at the end of the day|"
    r"in the long run|time will tell|for the record|to be fair|to be honest|the thing is)\b",
    re.IGNORECASE,
)
# Verbs that say nothing of a thing ("it came back", "wind's meant to", "got the bike").
EMPTY_VERBS = frozenset(
    """be is are was were am been being have has had do does did done go goes went gone get
    gets got make makes made come comes came take takes took mean means meant seem seems seemed
    keep keeps kept let put give gives gave say says said see saw seen look looks know knew
    think thought want need try tried like find found tell told call called""".split()  # noqa: SIM905
)
# The plain form of a common irregular past ("the slugs ate" is what "slugs eat" says).
PAST_FORMS = {
    "ate": "eat", "eaten": "eat", "ran": "run", "broke": "break", "broken": "break",
    "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly", "grew": "grow",
    "grown": "grow", "caught": "catch", "threw": "throw", "thrown": "throw", "wrote": "write",
    "written": "write", "drove": "drive", "bought": "buy", "brought": "bring", "sold": "sell",
    "won": "win", "taught": "teach", "rang": "ring", "swam": "swim", "drank": "drink",
    "spun": "spin", "bit": "bite", "bitten": "bite", "hid": "hide", "shook": "shake",
    "rose": "rise", "tore": "tear", "wore": "wear", "stole": "steal", "stuck": "stick",
    "sank": "sink", "shone": "shine", "burnt": "burn", "spent": "spend", "built": "build",
    "held": "hold", "sat": "sit", "stood": "stand", "sent": "send", "froze": "freeze",
    "frozen": "freeze", "woke": "wake", "chose": "choose", "drew": "draw", "hung": "hang",
    "slept": "sleep", "felt": "feel", "fed": "feed", "beat": "beat", "blew": "blow",
}  # fmt: skip


def _doings(text: str) -> frozenset[str]:
    """The plain forms of the verbs `text` says ("use", "eat" of "ate"), those that say nothing
    of a thing ("is", "came", "meant") aside."""
    tokens = re.findall(r"[a-z][a-z']*", text.lower())
    done = set()
    for i, token in enumerate(tokens):
        if token in EMPTY_VERBS or not sense_verb_at(tokens, i):
            continue
        plain_form = PAST_FORMS.get(token) or stem(token)
        if plain_form not in EMPTY_VERBS and len(plain_form) > 2:
            done.add(plain_form)
    return frozenset(done)


@lru_cache(maxsize=1)
def _empty_terms() -> frozenset[str]:
    """The stems that name no subject of a message (`GENERIC_TERMS`, hedges, "away")."""
    said = " ".join(EMPTY_VERBS | NOT_NOUNS)
    return GENERIC_TERMS | HEDGES | NAMELESS | FRAMING | frozenset(terms(said))


def _says_of_it(message: str, line: str) -> bool:
    """Whether a line a persona nobody asked would join in with says what the message says of
    its thing, not only the word of the thing: two words of substance shared ("slugs ate my
    lettuces" and "slugs eat a gardener's seedlings"; "use the calculator" and "a calculator
    ... use it"), not one ("the moon" of a blurry phone photo and the moon's light a second
    old), nor a set phrase ("problem solved" and problems you cannot yet solve), nor a word
    the line says of another thing ("the oven" and "a microwave oven")."""
    message = IN_PASSING.sub(" ", message)
    said = set(terms(message))
    in_line = roles(line)
    # A thing the line names with a word the message does not say is another thing.
    other = {
        t
        for q, heads in in_line.items()
        if q not in said and not valence_lexicon().get(q)  # "fresh fixtures" are fixtures
        for t in heads
        if t
    }
    shared = (said & in_line.keys()) - _empty_terms() - other
    shared |= _doings(message) & _doings(line)
    return len(shared) >= 2


# A word that names a place, not a subject: "the mercury bar", "the Galileo room", "elm street".
PLACE_NAMED = folded(
    r"\b([a-z][\w'-]+)\s+(?:bar|pub|inn|arms|cafe|café|restaurant|hotel|street|st|road|rd|lane|"
    r"avenue|square|hall|room|centre|center|club|station|park|gardens|house|theatre|cinema|"
    r"gallery|museum|market|shop|store|school|college|church|tavern|lounge|grill|kitchen)\b",
    re.IGNORECASE,
)


def _said_alike(term: str, message_words: set[str], line_words: set[str]) -> bool:
    """Whether the line says a word of the message that stems to `term` as the message says
    it, or as its plural or singular: "moons" and "moon", not "train" and "training"."""
    for word in message_words:
        if stem(word) != term:
            continue
        forms = {word, word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es")}
        if forms & line_words:
            return True
    return False


# What a question does to a thing rather than the thing it asks about: a verb after its doer
# ("i throw", "does it land", "im jamming"), one put to an object ("drop a spanner", "hit the
# pivot"), or a participle said of a thing ("a falling lift", "a moving truck"). A line that
# shares only these with a question ("throws heat away", "falls over") is on something else.
_DOER = "i im i'm we you u they he she it"
DOER = frozenset(_DOER.split())
_DOER_AUX = "just then also can could would will should do did might must to accidentally really"
DOER_AUX = frozenset(_DOER_AUX.split())
_DETERMINERS = "a an the my your his her our their some this that these those"
DETERMINERS = frozenset(_DETERMINERS.split())
_BEFORE_NOUN = "of in on at for with from by into onto"
BEFORE_NOUN = DETERMINERS | frozenset(_BEFORE_NOUN.split())
# "thank you" as the first word of a noun ("her name on the thank you post", "a lovely thank
# you card", "our thank-you slides"): after a determiner, with at most a word that says how
# between ("lovely"), or joined to its noun by a hyphen; a noun follows, not "so", "all" nor
# someone thanked ("thank-you guys"). Not "that worked thank you ada", whose "that" is no
# determiner of the thanks.
THANK_YOU_NOUN = folded(
    # (a name's, "maya's thank you list"; not "it's", "that's", "here's": is)
    rf"(?:\b(?:{'|'.join(sorted(DETERMINERS))}|(?!(?:it|that|he|she|what|there|here|who)'s)"
    r"[a-z]+'s)\s+(?:[a-z]+(?:ly|ful|ous|ive|ish|able)"
    r"\s+|(?:big|little|huge|short|quick|group|proper|special|giant|tiny)\s+)?"
    r"thank[- ]?you\s+|\bthank-you[- ])(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
# Whom thanks are said to, never a noun after "thank you": "thank-you guys".
THANKED_ALL = frozenset(
    ("guys", "team", "folks", "lads", "gang", "peeps", "people", "mate", "mates")
)


# A verb whose object a thank-you thing is, with no determiner, so plural (a lone count noun
# would need one): "people still write thank you cards", "we should send thank you notes"; not
# one that says the thanks ("say thank you"), nor "that worked thank you ada".
VERB_THANK_YOU = folded(
    r"\b(?P<verb>[a-z]+)\s+thank[- ]?you\s+(?P<noun>[a-z]+[^s\W]s)\b", re.IGNORECASE
)
SAYING_THANKS = frozenset(("say", "says", "said", "saying", "wanted", "want", "wanna"))


def thanks_given(text: str) -> bool:
    """Whether `text` gives thanks (`THANKS`), not only names a thank-you thing ("she wants her
    name on the thank you post", "write a thank you card for the nurses", "people still write
    thank you cards": a post, a card): after a determiner, or the object of another verb."""
    if not THANKS.search(text):
        return False
    nouns = [
        m.span()
        for m in THANK_YOU_NOUN.finditer(text)
        if m.group("noun").lower() not in STOPWORDS | THANKED_ALL
    ] + [
        m.span()
        for m in VERB_THANK_YOU.finditer(text)
        if m.group("noun").lower() not in STOPWORDS | THANKED_ALL
        and m.group("verb").lower() not in SAYING_THANKS
        and sense_verb(m.group("verb"))
    ]
    return any(
        not any(start <= m.start() < end for start, end in nouns) for m in THANKS.finditer(text)
    )


_BEING = "am is are was were be been being im i'm it's he's she's they're we're"
BEING = frozenset(_BEING.split())
# Where on a thing, or how fast, not what ("the back of a truck", "in my hand", "at full
# speed"): a line that shares only these and what is done is on something else.
WHERE_ON = frozenset(
    terms("back front bottom side end middle edge corner hand hands inside outside half")
)
# How many or how often ("spin three times"): never the thing asked, so a line with "three
# children" is not on it.
COUNTS = frozenset(terms("two three four five six seven eight nine ten twice times once"))
_MANNER = "full top high low same"
MANNER = frozenset(_MANNER.split())


def _done_words(text: str) -> frozenset[str]:
    """The stems of the words `text` says as something done, not as a thing (see DOER)."""
    tokens = re.findall(r"[a-z][a-z']*", text.lower())
    done = set()
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        by_doer = before in DOER or (before in DOER_AUX and i >= 2 and tokens[i - 2] in DOER)
        on_object = after in DETERMINERS and before not in BEFORE_NOUN and before not in BEING
        participle = (
            token.endswith("ing")
            and len(token) > 5
            and (
                before in BEING
                or before.endswith("'s")  # "the boat's rolling"
                # "a falling lift", "a moving truck": said of the thing, not the thing
                or (before in DETERMINERS and after and after not in STOPWORDS)
            )
        )
        manner = before in MANNER and i >= 2 and tokens[i - 2] == "at"  # "at full speed"
        if (by_doer or on_object or participle or manner) and token not in STOPWORDS:
            done.update(terms(token))
    return frozenset(done | WHERE_ON)


def _named_things(text: str) -> frozenset[str]:
    """The stems of the things `text` names after "a", "the", "my" ("a lie", "the doubters", "a
    falling lift": the lift), not what is done to them (`_done_words`)."""
    tokens = re.findall(r"[a-z][a-z']*", text.lower())
    named = {
        token
        for i, token in enumerate(tokens)
        if token not in STOPWORDS
        and (
            (i >= 1 and tokens[i - 1] in DETERMINERS)
            or (i >= 2 and tokens[i - 2] in DETERMINERS and tokens[i - 1] not in STOPWORDS)
        )
    }
    return frozenset(terms(" ".join(named))) - _done_words(text)


def _in_sense(
    message: str, line: str, *, loose: bool = False, field: frozenset[str] = frozenset()
) -> bool:
    """Whether a line chosen for words it shares with `message` says them in its sense
    (`sense.same_sense`): "the school hall" is no school of the Flying University, "ground crew"
    no ground of a cosmic ray's fall. Everyday words ("time", "day") and hedges never count.
    `loose`: a line that shares no word with it at all (found by related words: regrets, a
    mistake regretted) passes too."""
    if loose and not set(terms(message)) & set(terms(line)):
        return True
    return same_sense(message, line, GENERIC_TERMS | HEDGES, field)


# A run of punctuation ("......", "!!!!!!!!", "?!?!?!", a row of apostrophes) is read as its
# first three: the same to a reader, and some readings backtrack over a long run (5,000 dots
# took seconds).
PUNCTUATION_RUN = re.compile(r"[!-/:-?\[-`{-~]{4,}")


def _calmed(text: str) -> str:
    return PUNCTUATION_RUN.sub(lambda run: run.group(0)[:3], text)


# A Salon action asked about a persona ("/AIBot @socrates keeps arguing with me, how do i mute
# him"): the house bot's to answer, never handed to the persona complained of (review41).
SALON_ACTION_ON = folded(
    r"\bhow (?:do|can|to|would|should) (?:i|we|you|u)? ?(?:mute|unmute|block|unblock|report|"
    r"remove|kick|ban|hide|silence|stop|turn off|get rid of)\b|"
    r"\b(?:mute|block|report|kick|ban|silence|remove) (?:him|her|them|it)\b",
    re.IGNORECASE,
)


def _knows(voice: Voice, text: str) -> bool:
    """Whether `voice` has a `#know` line on what `text` asks."""
    return bool(known(index_of(voice.material), text))


@guarded48
def offline_reply(
    voice: Voice,
    *,
    message: str,
    seed: int,
    history: Sequence[Said] = (),
    ignore: tuple[str, ...] = (),
    unasked: bool = False,
    said: Sequence[str] = (),
    before: str = "",
    **kw,
) -> str:
    """A short reply in `voice` to `message` (`_offline_reply`), but a sum worked with a figure
    of the ask left out or read in no role the words give it declined (`_unplaced_sum`), and a
    sum whose every figure has a role read worked so when the reply does not come to the same
    result (`_sum_roled`). Figures no reading can hold (a count 5,000 digits long, tiles 0 cm
    square, 29 February in a year that has none) are declined in its own words, never a
    reply lost to the error."""
    # `before`: another persona's reply just given to the same message, whose opening words
    # this one does not open with again (`bots.greet.apart`).
    if (
        not unasked
        and (
            tease := teased48(
                (voice.slug, voice.name, voice.name.split()[0]), message, history, ignore
            )
        )
        and (
            answered := offline_reply(
                voice,
                message=tease,
                seed=seed,
                history=[*history[:-1], ChatLine(history[-1].author, tease)],
                ignore=ignore,
                said=said,
                before=before,
                **kw,
            )
        )
    ):
        # "@lovelace 😂" just after "bet ada would speedrun every puzzle game": the tease is what
        # it answers, as if said to it (bots/laugh48.py); a tease it lets pass, the laugh.
        return answered
    token = set_before(before, _addressable(history[-1].author) if history else "")
    # "what would you make of ai" asks its view, as "what do you make of ai" does (know40c: it
    # had got "A shoemaker could answer that better than I").
    if handed := _house_handed(voice, message, history):
        # "/AIBot @darwin what did you eat on the beagle", handed on by the house bot ("Over to
        # you, @darwin!"): the person's question answered as if put to it.
        message, history = handed
    if history and (put := put_to47((voice.slug, voice.name), message, history, ignore)):
        if put == QUIET47:  # ("the orange donut again?", to another: no thing of its line)
            return ""
        # "maybe shakespeare has ideas about how to end a feud", "ada would know": the question
        # the call puts to it (or the room's, just before), as if asked (`bots.room47`).
        message, history = put, [*history[:-1], ChatLine(history[-1].author, put)]
    if kept := unlimited50(message):
        # "... how do u tell if theres chemistry?? @socrates (pls no hemlock jokes)": the limit's
        # words are what the person does not want, no subject to meet a line on (bots/limit50.py)
        message = kept
        history = [*history[:-1], ChatLine(history[-1].author, kept)] if history else history
    if not unasked and (thing := worded48(message, (*ignore, voice.slug, voice.name))):
        # "@einstein 🎻": a violin held up to the violinist, answered as the word (bots/emoji48.py)
        message = thing
        history = [*history[:-1], ChatLine(history[-1].author, thing)] if history else history
    if history and (again := asked_again48(message, history, ignore)):
        # "@darwin same question, is radium dangerous": the question put again to it (room48).
        message, history = again, [*history[:-1], ChatLine(history[-1].author, again)]
    if history and (choice := choice_on48(message, history, ignore)):
        # "@einstein genius or insane?": a choice asked of it on what was just said (room48).
        message, history = choice, [*history[:-1], ChatLine(history[-1].author, choice)]
    if history and not voice.is_house_bot and (line := fact_line48(voice.material, message)):
        # "who taught plato" (room48); asked again a moment later, its answer stands above.
        return (
            ""
            if said_before48(line, history, said)
            else _with_name(line, _addressable(history[-1].author))
        )
    if (
        history
        and not unasked
        and not voice.is_house_bot
        and (asked := asked_then_worried50(message))
        and (line := known(index_of(voice.material), MENTION.sub(" ", asked), said))
    ):
        # "is it dangerous to microwave leftovers in plastic tubs? my mom swears it gives u
        # cancer and now im paranoid": the question is what it answers, with its own line on
        # it; the worry after it is why it was asked (rate49 S15 had condolences, then "Tell me
        # more").
        return _with_name(line, _addressable(history[-1].author))
    matter, line = settled46(voice.slug, voice.name, voice.material, message, history, ignore)
    if (matter or line) and own_dispute49(message) and not on_point(message, matter or line):
        # "einstein settle it, leo says mars has two moons": the claim it puts, not the room's
        # question before it (room49).
        matter = line = ""
    if line:  # "lena is right isnt she, curie?": the room's question answered (`bots.room46`)
        return _with_name(line, _addressable(history[-1].author))
    if matter:
        message, history = matter, [*history[:-1], ChatLine(history[-1].author, matter)]
    elif (
        history
        and not unasked
        and not voice.is_house_bot
        and own_dispute49(message)
        and (line := known(index_of(voice.material), MENTION.sub(" ", message), said))
    ):
        # "mark says the athenians sentenced you for corrupting the youth, is that right": its
        # own line on the claim, not "how does Mark know it" (room49).
        return _with_name(line, _addressable(history[-1].author))
    elif argued := _argued(voice, message, history, ignore):
        # "socrates please sort this out", after the room argued free will: it takes up what
        # started the argument, as if put to it by the one asking (know40c: it had owned up).
        message = argued
        history = [*history[:-1], ChatLine(author=history[-1].author, text=argued)]
    if bare := aside(message):
        # "@darwin btw do cats see in colour": the question, not news told (`context.aside`).
        message = bare
        if history:
            history = [*history[:-1], ChatLine(author=history[-1].author, text=bare)]
    if asked := quickfire(message):
        # "@curie favourite element. go. no thinking": the question, hurried; not a weary remark.
        message = asked
        if history:
            history = [*history[:-1], ChatLine(author=history[-1].author, text=asked)]
    if not voice.is_house_bot and (
        asked := reread(MENTION.sub(" ", message).strip(), partial(_knows, voice))
        or asked47(MENTION.sub(" ", message).strip(), partial(_knows, voice))
    ):
        # "my kid asked why the sky is blue and i panicked", "my mum says microwaving plastic
        # gives you cancer": the question it wraps, not a remark to console or thank for
        # (`bots.know45a`; rate44 had a violin consolation, "Thank you for telling us").
        message = asked
        if history:
            history = [*history[:-1], ChatLine(author=history[-1].author, text=asked)]
    if history and (
        options := choice_before(
            message, [line.text for line in history[:-1] if not line.own], either_or
        )
    ):
        # "shakespeare who would you pick?" after "i always pick yoshi" and "bowser for weight,
        # always": a pick between the room's options (rate42 room 02 had got Romeo and Juliet).
        message = f"{message.rstrip(' ?!.')}, {options[0]} or {options[1]}?"
        history = [*history[:-1], ChatLine(author=history[-1].author, text=message)]
    # Said by a person, not a persona answering another (its line is no ask of this one's),
    # and the name a reply says back.
    to_person = not (history and history[-1].author in ignore)
    asker = _addressable(history[-1].author) if history else ""
    try:
        if to_person and (
            line := half_lives47(voice.slug, message)
            or not unasked
            and followed47(
                message,
                [(h.text, h.own) for h in history[:-1]],
                partial(known, index_of(voice.material)),
                (voice.slug, *voice.name.split()),
            )
        ):
            # A half-life sum in its own field ("i got 7 half lives"), or a follow-up of the last
            # question ("is that true or a myth"): worked, or its line (`bots.field47s`).
            line = _with_name(line, asker)
            return _fit(line, voice.max_reply_chars)
        if to_person and (
            line := check47(voice.slug, MENTION.sub(" ", message), voice.max_reply_chars)
            or paid_after47(
                voice.slug,
                MENTION.sub(" ", message),
                [h.text for h in history[:-1] if not h.own and h.author not in ignore],
            )
        ):
            # An answer put up to be checked ("7 x 8 = 54 right?"), a decision with figures
            # ("48k in paris vs 41k in lyon"): said right or wrong, weighed (`bots.check47`).
            return _with_name(line, asker)
        if to_person and (line := made46(voice.slug, message)):
            # Asked to make something in its voice ("roast my friend tom he's always late", "a
            # toast for my sister's wedding, she's a nurse"): made of what was told (`requests46`).
            return _with_name(line, asker)
        if to_person and (line := told44(voice.slug, message, unasked=unasked)):
            # News told to it by name that it has something of its own on ("@darwin my pigeons
            # keep multiplying"), or a question about another person ("curie how did ada
            # lovelace die"): never a bare "Tell me more", nor its own death (`bots.told44`); a
            # persona's line to it is no news of a person's own.
            return _with_name(line, asker)
        if to_person and (line := trouble45(voice.slug, message)):
            # A trouble told that it has an apt view of ("my dad wants me to marry someone i
            # dont love"): not a stock consolation (`bots.know45b`).
            return _with_name(line, asker)
        if (
            to_person
            and not unasked
            and _HOW_MANY_OWN46.search(message)
            # (put to it by name: "@shakespeare how many ..." is none of Lovelace's)
            and {voice.slug, *voice.name.lower().split()} & set(re.findall(r"\w+", message.lower()))
            and (line := known(index_of(voice.material), MENTION.sub(" ", message), said))
            and own_known(index_of(voice.material), line)
        ):
            # A count of its own life ("shakespeare how many plays did you actually write"): its
            # own line on it, not a `#work` line met on "actually write" (the authorship line).
            return _with_name(line, asker)
        if (
            to_person
            and not unasked
            and (kind49 := asked49(message))
            and sure49(*kind49, message)
            # ("tips for my first open mic", "what should we take on the hike": its plain answer)
            and not advised(message)
            # (a risk or distress has its own plain answer: "is it ok to leave a candle burning")
            and not care_needed(message, history)[0]
            # (its own #know answer on it first: Darwin's on running with a cold)
            and not known(index_of(voice.material), MENTION.sub(" ", message), said)
            # ("my dog keeps pulling on the lead": the everyday answer on that habit, not ours)
            and not (
                generic49(kind49[1])
                and not voice.is_house_bot
                and _everyday46(voice, message, history)
            )
            # ("tips for my first day in the lab" to the chemist: her own #tip on it)
            and not (kind49[0] == "first" and _own_tip49(index_of(voice.material), message))
        ):
            # "tips for my first lab job?", "what do i pack for london in november", "how do i
            # get my cat to stop waking me at 5am": a practical ask answered by its kind, in its
            # own frame (bots/ask49.py), not "I have no data on that" nor a line met on a word.
            frames = index_of(voice.material).tagged.get("kindask", ())
            return framed49(
                HOUSE_FRAMES if voice.is_house_bot else frames,
                *kind49,
                asker,
                voice.max_reply_chars,
            )
        if to_person and (line := _advised45(voice, message, history)):
            # A trouble with someone in the asker's life ("my sister says im too dramatic"):
            # advice in its voice, not "Tell me more" nor a stock line (`bots.advice45`).
            return _with_name(line, asker)
        if to_person and not voice.is_house_bot and (line := _everyday46(voice, message, history)):
            # A practical everyday ask ("my rice always turns to mush"): sound advice in its
            # voice, not a dodge nor a stock line met on one word (`bots.everyday46`).
            return _with_name(line, asker)
        if (
            not unasked
            and to_person
            and (line := modern46(voice.slug, message, partial(known, index_of(voice.material))))
        ):
            # Its view asked of a thing of today ("einstein would you be on tiktok"): its take,
            # not a stock line met on one word (`bots.modern46`).
            return _with_name(line, asker)
        if (
            not unasked
            and not voice.is_house_bot
            and len(history) >= 2
            and history[-2].own
            and helped(message)
        ):
            # "haha ok that helped a bit", just after its own line: thanks taken, briefly
            # (rate42 room 10 had got Einstein on his hair).
            rng = random.Random(seed)
            return _tagged(index_of(voice.material), "thanks", rng, name=asker, used=said)
        # A compliment, a view of a persona, news that is no achievement or is taken back, a
        # well-known claim asked for agreement: taken in the tone it was said (`bots.mood`).
        read_as = partial(
            _reply_read,
            voice,
            seed=seed,
            history=history,
            ignore=ignore,
            unasked=unasked,
            said=said,
            **kw,
        )
        reply = _toned(voice, message, history, seed, said)
        if not reply or well_known_claim(_bare_of_house(message).strip()):
            read = read_as(message=message)
            # (a claim's truth already said in its own words stands: Darwin's "Not from any
            # monkey living now ...")
            reply = read if not reply or truth_kept(message, read) else reply
        reply = _late_start(voice, message, history, reply) or reply
        if (
            unasked
            and reply  # (one with nothing on it unasked keeps quiet: "when's the next meeting?")
            and not voice.is_house_bot
            and asked_of_nobody(message)
            and not any(
                says_word(word, message)
                for name in (*ignore, voice.name, voice.slug)
                for word in name.split()
                if len(word) > 3
            )
        ):
            # A question put to the room that it owns, naming nobody ("anyone know how to stop
            # slugs eating my lettuce"): answered as if put to it, not with a line that only
            # shares its words (rate42: Darwin on slugs feeding thrushes); one owned up to is not
            # said.
            answer = _reply_read(
                voice,
                message=message,
                seed=seed,
                history=history,
                ignore=ignore,
                unasked=False,
                said=said,
                **kw,
            )
            if answer and not owned_up_in(voice.material, answer) and not _owns_up(voice, answer):
                reply = answer
            if not on_point(message, reply):
                # Not on what was asked ("why does the moon look red during an eclipse": "On the
                # Moon you would weigh a sixth"): unasked, it keeps quiet (room44).
                reply = ""
        owned_up = partial(owned_up_in, voice.material)
        if (
            not unasked
            and reply
            and len(history) >= 2
            and history[-2].own
            and (echoed(message) or sourced46(message))
            and doubt_unmet46(
                message,
                reply,
                own := history[-2].text,
                partial(_said_as, voice),
                owned_up,
                own_owned := owned_up(own) or _owns_up(voice, own),
            )
        ):
            # "wait really? 8 minutes?" just after its own line, with nothing more to say of it:
            # how it knows, else it keeps quiet rather than own up to its own line ("as puzzled
            # as my cat Tiger"), nor say "That is all I have" (room46).
            said = "" if own_owned else vouched46(voice.slug, own)
            return _with_name(said, _addressable(history[-1].author)) if said else ""
        view_asked = WOULD_MAKE_OF.sub(r"\1do \2", message)
        if view_asked != message and _owns_up(voice, reply):
            # "what would you make of ai", owned up to as a thing it cannot imagine, asks its
            # view as "what do you make of ai" does (know40c: "A shoemaker could answer that");
            # a line of its own on the thing ("smartphones would have delighted me") stands.
            reply = read_as(message=view_asked)
        view_of_all = ALL_OF_YOU.sub(r"\1", message)
        if view_of_all != message and _owns_up(voice, reply):
            # "what do you all think about pineapple on pizza" asks each its view, as "what do
            # you think" does, never "I spent more thought on light than on my own heart" as
            # if asked of itself (rate42).
            reply = read_as(message=view_of_all)
        if (
            (
                unasked
                # words put in its mouth, named in passing ("i bet darwin would call ..."), not
                # asked of it ("thank you einstein" is answered)
                or (
                    spoken_for(message, (voice.slug, voice.name.split()[0]))
                    and not asked_of(message)
                    and not re.search(rf"@{voice.slug}\b", message, re.I)
                )
            )
            and not voice.is_house_bot
            and _grief_lately(history)
            and not death_told(message)
        ):
            # Joining in unasked on something else just after someone told of a death or a grave
            # illness (review42: "i bet darwin would call our keeper a missing link", two lines
            # after "my grandad died last night", had got Darwin's "like most species, change in
            # time"): it keeps quiet.
            return ""
        if unasked and not voice.is_house_bot and _cued_of(voice, message, ignore):
            # Words put in its mouth ("socrates would say something about cheating probably"):
            # its line on them, opened in kind; with none, a brief word back in kind, never
            # another reading of them ("would've calculated our xG and cried" is no mishap).
            opened = tuple(o.split("{name}")[0] for o in DEFAULT_TAGGED["cued"])
            if not reply.startswith(opened) or owned_up_in(voice.material, reply):
                bare = tuple(o.split("{name}")[0] for o in DEFAULT_TAGGED["cuedonly"])
                if any(line.text.startswith(bare) for line in history[-12:]):
                    return ""  # one bare word back in a while, never one from each in turn
                rng = random.Random(seed)
                return _tagged(index_of(voice.material), "cuedonly", rng, name=asker, used=said)
        if unasked and not voice.is_house_bot and reply and owned_up_in(voice.material, reply):
            # Joining in unasked only to say it does not know ("einstein would laugh at that":
            # "there I am no help"): it keeps quiet (rate41).
            reply = ""
        if unasked and not reply and not voice.is_house_bot and big_moment(message):
            # "gg we actually beat her!!!", told to a lively room, with no line of its own on
            # it: one short cheer (`bots.turns`).
            index = index_of(voice.material)
            if cheering := cheers(index.tagged.get("congrats", ())):
                return _tagged(
                    index, "congrats", random.Random(seed), name=asker, used=said, among=cheering
                )
        if not unasked:  # no content-free stock line: the particulars (`bots.fallback46`)
            reply = fallback46(voice, message, history, reply, read_as) or reply
        if (
            to_person
            and not unasked
            and "@" not in reply
            and owned_up_in(voice.material, reply)
            and not _grief_lately(history)  # (no "your dog is joining the song" after its death)
        ):
            # A question of fact it owns up to that another persona answers ("why do we yawn"):
            # that answer, relayed in its own honest frame (`bots.borrow48`).
            author = history[-1].author if history else ""
            most = voice.max_reply_chars
            reply = borrowed48(voice.slug, message, asker, seed, author, most) or reply
        reply = _sum44(voice, message, history, seed, unasked, reply, ignore)
        # An opener claiming what is not so ("You ask what I think" unasked) is dropped.
        reply = opened47(
            index_of(voice.material).tagged,
            message,
            reply,
            unasked=unasked,
            names=(*ignore, voice.slug, voice.name),
        )
        reply = unhanded48(reply, history, ignore)  # none handed to one who just answered (room48)
        if (
            not unasked
            and len(history) > 1
            and reply
            and misread_side49(
                message, reply, partial(_said_as, voice, reply), [h.text for h in history[-7:-1]]
            )
        ):
            # A side taken on an earlier claim, not the one the message puts: read without the
            # room's earlier lines (room49).
            kw_last = {"ignore": ignore, "said": said, "before": before, **kw}
            return offline_reply(voice, message=message, seed=seed, history=history[-1:], **kw_last)
        if unasked and reply and not voice.is_house_bot:
            # A polite guest speaks unasked only with something good to say (room49).
            tagged_as = partial(_said_as, voice, reply)
            reply = "" if weak_unasked49(message, reply, tagged_as) else reply
        return _never_flippant_on_a_death(voice, message, history, seed, said, reply)
    except (ArithmeticError, ValueError):
        logger.warning("Offline reply for %s fell back on figures it could not read", voice.slug)
        index = index_of(voice.material)
        figured = index.tagged.get("unworked") and re.search(r"\d", message)
        kind = "unworked" if figured else "outside"
        return _tagged(index, kind, random.Random(seed), name=asker, used=list(said))
    finally:
        reset_before(token)


def _sum44(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    unasked: bool,
    reply: str,
    ignore: Collection[str],
) -> str:
    """`reply`, or the everyday sum the line asks worked from its own figures (`bots.sums44`:
    "split 86 4 ways", "20% off 45 quid", "5k in miles") when the reply does not come to it; a
    split with no total said asks for it, unless a figure was said just before or the reply
    works one. Joining in unasked, only a reply that works figures is put right."""
    personas = {n.lower() for n in ignore}
    if not history or history[-1].own or history[-1].author.lower() in personas:
        return reply  # (never another persona's sum worked again)
    found = worked44(message)
    if (
        found is None
        and len(history) >= 2
        and not history[-2].own
        and history[-2].author.lower() not in personas
    ):
        # (its figure said just before, by a person: "the jacket is 85", "whats 20% of that")
        found = joined44(message, MENTION.sub(" ", history[-2].text))
    elif found is None and len(history) >= 2 and history[-2].own:
        # (or the total its own sum just came to: "... so £75.52 in all", "and split it 3 ways")
        found = joined44(message, total_of44(history[-2].text))
    if found is None:
        return reply
    if (
        unasked
        and not re.search(r"\d", reply)
        and not (found.working and asked_of_nobody(message) and asked_of_room(message))
    ):
        return reply  # (a sum asked of the room, nobody named, is answered by whoever speaks)
    if found.need:
        if re.search(r"\d", reply) or any(re.search(r"\d", s.text) for s in history[-4:-1]):
            return reply
    elif comes_to44(found, reply):
        return reply  # the reply comes to it already
    if voice.is_house_bot:
        name = _addressable(history[-1].author)
        if found.need:
            return f"Happy to work it out, {name}: tell me {found.need}."
        return f"{found.working[0].upper()}{found.working[1:]}."
    return _fit(_sum_said(voice, found, history, seed), voice.max_reply_chars)


def _toned(
    voice: Voice, message: str, history: Sequence[Said], seed: int, said: Sequence[str]
) -> str:
    """The reply to `message` read in its tone (`bots.mood.tone_of`), or "" to read it as ever."""
    slug = voice.slug.lower()
    name = _addressable(history[-1].author) if history else ""
    if voice.is_house_bot and not for_other(slug, message) and told_joke(bare(message)) == "told":
        # "/AIBot why did the scarecrow win an award? because he was outstanding in his field":
        # a joke with its punchline, groaned at, never "I don't know" (rate42).
        return _with_name(own_words("groan", slug), name)
    if voice.is_house_bot and YEARS_TOLD.search(message) and request_kind(message) == "share":
        # "i was born in 1990 and my brother in 1994 and we split the rent": no sum (review42)
        from bots.house import HOUSE_SOCIAL  # (bots/house.py builds on this module)

        return HOUSE_SOCIAL["remark"][0].format(to=f", {name}" if name else "")
    tone = tone_of(slug, message)
    if not tone or GRAVE_EVENT.search(told(message)):
        return ""
    if tone.kind.startswith("claim"):
        leads = DENY if tone.kind == "claim_false" else AGREE
        lead = leads.get(slug) or leads["aibot"]
        return f"{_with_name(lead, name)} {tone.truth}"
    index = index_of(voice.material)
    if tone.kind == "late":
        return ""  # its take on the thing when it has one (`_late_start`)
    if own := own_words(tone.kind, slug):
        return _with_name(own, name).replace("{who}", tone.who)
    if index.tagged.get(tone.kind):
        return _tagged(index, tone.kind, random.Random(seed), name=name, used=said)
    return ""


def _late_start(voice: Voice, message: str, history: Sequence[Said], reply: str) -> str:
    """Whether a late start is worth it ("is it worth learning to code at 45?"), answered with its
    view of taste in general (rate42: "when a thing seems true to me I still want to see it
    tested. That is a matter of taste"): never too late, and its word on keeping going; ""
    when `reply` is no such answer."""
    slug = voice.slug.lower()
    tone = tone_of(slug, message)
    if not tone or tone.kind != "late":
        return ""
    index = index_of(voice.material)
    taste = _general_take(index, "taste")
    # "is it too late to take up singing at 50" had got Einstein's "I would say yes": too late
    # (and Curie's "Honestly, Maya, yes", Lovelace's "It is quite true, Maya; yes": yesno44)
    yes = TOO_LATE_ASKED.search(message) and (
        YES_LED.match(reply) or led_by(index.tagged.get("yes", ()), reply)
    )
    if not (voice.is_house_bot or (taste and taste.text in reply) or yes):
        return ""
    name = _addressable(history[-1].author) if history else ""
    lead = _with_name(LATE_LEAD.get(slug, LATE_LEAD["curie"]), name)
    takes = _takes(index.tagged.get("take", ()))
    kept = [t.text for t in takes if t.text in reply and not (taste and t.text == taste.text)]
    why = [m.split(":", 1)[1] for m in index.tagged.get("learn", ()) if m.startswith("motiv")]
    # Its take on the thing, else its word on keeping going, named once: the lead has the name.
    why = kept[:1] or [re.sub(r",? \{name\}(?=[,;:.])", "", w).strip() for w in why[:1]]
    return " ".join([lead, *why])


TOO_LATE_ASKED = folded(r"\btoo (?:late|old)\b", re.IGNORECASE)
YES_LED = folded(r"\W*(?:I would say yes|yes|ay|aye|I think so|I believe so)\b", re.IGNORECASE)


def _advised45(voice: Voice, message: str, history: Sequence[ChatLine]) -> str:
    """`bots.advice45`'s advice on a trouble with someone, unless a `#know` or `#dilemma`
    line of the persona's own, or a plain everyday answer (`bots.advice`), already answers it;
    "how do i bring it up" is read with the asker's own line before it."""
    asker = history[-1].author if history else ""
    earlier = next((line.text for line in reversed(history[-4:-1]) if line.author == asker), "")
    if not (line := advised45(voice.slug, message, earlier)):
        return ""
    index = index_of(voice.material)
    if known(index, message) or _weighed(index, message, ()) or advised(message):
        return ""
    return line


def _everyday46(voice: Voice, message: str, history: Sequence[ChatLine]) -> str:
    """`bots.everyday46`'s advice on a practical everyday ask, or the persona's own `#know` or
    `#tip` line on its topic; none when a plain everyday answer (`bots.advice`) answers it."""
    earlier = tuple(line.text for line in history[-4:-1] if not line.own)
    if not (line := everyday46(voice.slug, message, earlier, voice.max_reply_chars)) or advised(
        message
    ):
        return ""
    index = index_of(voice.material)
    own = known(index, message, asked=True)
    if own and everyday46_keyed(message, own, index.tagged.get("know", ())):
        return own
    own = tip(index, message, GENERIC_TERMS)
    return (
        own
        if own and everyday46_keyed(message, own, index.tagged.get("tip", ()), tip=True)
        else line
    )


def _with_name(line: str, name: str) -> str:
    """`line` addressed to `name`, or to nobody when there is none ("Yes, quite right.")."""
    if name:
        return line.replace("{name}", name)
    line = re.sub(r",? \{name\}(?=[,;!.?])", "", line)
    line = re.sub(r"\{name\}, (\w)", lambda m: m.group(1).upper(), line)
    return line.replace("{name}", "friend")


# Asked to judge the argument in the room: "socrates please sort this out", "settle this for us",
# "who's right?", "weigh in".
JUDGE_ASKED = folded(
    r"\W*(?:(?:please|pls|plz|can you|could you|come on|go on|quick|ok|okay|so)\W+)*"
    r"(?:sort (?:this|it|us|them) out|settle (?:this|it)(?: for us| once and for all)?|"
    r"weigh in|referee(?: this)?|who(?:'s| is) right|help us out|break the tie)"
    r"(?:\W+(?:please|pls|plz|lol|here))*\W*",
    re.IGNORECASE,
)


def _house_handed(
    voice: Voice, message: str, history: Sequence[Said]
) -> tuple[str, list[Said]] | None:
    """When `message` is the house bot handing this persona the question a person put to it
    (`house_handed_to`), that question (its `/AIBot` left out) and the history ending with it,
    as if the person had asked it; None otherwise."""
    if house_handed_to(message) != voice.slug.lower() or len(history) < 2:
        return None
    asked = history[-2]
    if asked.own or not HOUSE_COMMAND.match(asked.text):
        return None
    question = HOUSE_COMMAND.sub("", asked.text, count=1).strip()
    return question, [*history[:-2], ChatLine(author=asked.author, text=question)]


def _argued(voice: Voice, message: str, history: Sequence[Said], ignore: Sequence[str]) -> str:
    """What started the argument the persona is asked to judge (`JUDGE_ASKED`): the first
    message of substance by a person among the six before it; "" when not so asked."""
    # (its words found in the message as said first: most messages have none)
    if not history or len(message) > 80 or not JUDGE_ASKED.search(message):
        return ""
    bare = MENTION.sub(" ", message)
    for name in {voice.slug, voice.name, *voice.name.split()}:
        bare = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", bare, flags=re.IGNORECASE)
    if not JUDGE_ASKED.fullmatch(bare.strip()):
        return ""
    personas = {voice.name, voice.slug, *ignore}
    for said in history[-7:-1]:
        if not said.own and said.author not in personas and len(terms(said.text)) >= 3:
            argued = MENTION.sub(" ", said.text).strip()
            # A view told is put to it as one ("free will doesn't exist" is no bad news).
            return argued if argued.endswith("?") else f"what do you make of this: {argued}"
    return ""


def _said_as(voice: Voice, reply: str, tags: tuple[str, ...]) -> bool:
    """Whether `reply` is one of the persona's lines tagged `tags` (its own, else the default)."""
    tagged = index_of(voice.material).tagged
    lines = tuple(line for tag in tags for line in (tagged.get(tag) or DEFAULT_TAGGED[tag]))
    return any(p.search(reply) for p in _said_patterns(lines))


def _owns_up(voice: Voice, reply: str) -> bool:
    """Whether `reply` is one of the persona's `#outside` or `#self` lines (owning up to a
    question, or to one about itself)."""
    tagged = index_of(voice.material).tagged
    for line in (*(tagged.get("outside") or DEFAULT_TAGGED["outside"]), *tagged.get("self", ())):
        fixed = fixed_words(line)
        if len(fixed) >= 12 and fixed in reply:
            return True
    return False


# A view asked of the room: "what do you all think", "how do you guys feel about".
ALL_OF_YOU = folded(
    r"\b((?:what|how) (?:do|would) (?:you|u)) (?:all|guys|lot|two|both|folks|people)(?= (?:think|"
    r"feel|reckon|make)\b)",
    re.I,
)
WOULD_MAKE_OF = folded(r"\b(what )would ((?:you|u) (?:make|think) (?:of|about))\b", re.I)


# Cheer, or a shrug at a bad day, said to one who told of a death or asked words for a grief:
# "Congratulations!" for a birthday message "for my mum who passed", "all's well that ends well"
# for a eulogy, "How vexing! A small error in the day's programme" for a memorial card, "one of
# those days" for a late wife's birthday (review37).
FLIPPANT = folded(
    r"\b(?:congratulations|congrats|happy birthday|how wonderful|wonderful news|well done|"
    r"wunderbar|hooray|birthday star|trip around the sun|all's well that ends well|how vexing|"
    r"how tiresome|small error|small mischiefs|a plague upon|one of those days|tease us with "
    r"small things|i am glad (?:for|to hear))\b",
    re.IGNORECASE,
)


def _never_flippant_on_a_death(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    said: Sequence[str],
    reply: str,
) -> str:
    """`reply`, unless it meets a death told or a grief asked for (`death_told`, the "grief"
    occasion) with cheer or a shrug (`FLIPPANT`): then the persona's condolence, the last net
    under every reader."""
    if voice.is_house_bot or not reply:
        return reply
    if _their_day_after_a_death(message, history) and not re.search(r"\bsorry\b", reply, re.I):
        # "my wife passed away last month" ... "what should i say as a toast for her birthday?":
        # no Gratiano's "With mirth and laughter let old wrinkles come"
        pass
    elif not FLIPPANT.search(reply):
        return reply
    elif (
        not (death_told(message) or "grief" in occasions_of(message))
        or valence_mood(message) == "good"
    ):
        return reply  # (good news beside the word: "i'm dead 💀, got the part", a raffle won)
    index = index_of(voice.material)
    if not index.tagged.get("condolence"):
        return reply
    name = _addressable(history[-1].author) if history else ""
    return _tagged(index, "condolence", random.Random(seed), name=name, used=list(said))


def _their_day_after_a_death(message: str, history: Sequence[Said]) -> bool:
    """Whether `message` asks for words for "her birthday", "his anniversary" just after its
    author told of a death (the line before, theirs)."""
    found = THEIR_DAY.search(message)
    if len(history) < 2 or not found or AGE_SAID.search(message):
        return False  # ("he's turning 5": a living child's day)
    before = history[-2]
    if before.author != history[-1].author or before.own or not death_told(before.text):
        return False
    if LONG_AGO.search(before.text):
        return False  # ("my mum died ten years ago"): no grief of today in the asking
    pronoun = found.group(0).split()[0].lower()
    # "her birthday" after "my grandad died": someone else's day
    return not (pronoun == "her" and HIS_KIN.search(before.text)) and not (
        pronoun == "his" and HER_KIN.search(before.text)
    )


AGE_SAID = folded(r"\b(?:turning|turns|turned|will be|he'?s|she'?s) \d+\b", re.I)
LONG_AGO = folded(r"\b(?:years?|decades?) ago\b|\blast year\b|\bin (?:19|20)\d\d\b", re.I)
HIS_KIN = folded(
    r"\bmy (?:dad|father|grandad|granddad|grandpa|grandfather|husband|son|brother|uncle|"
    r"boyfriend|nephew|fiance)\b",
    re.I,
)
HER_KIN = folded(
    r"\bmy (?:mum|mom|mother|nan|nana|gran|granny|grandma|grandmother|wife|daughter|sister|"
    r"aunt|auntie|girlfriend|niece|fiancee)\b",
    re.I,
)


# A sentence of a newcomer's hello that asks the persona something ("@einstein is it true you
# liked magic tricks?", "@socrates is it possible to learn patience or are you born with it").
ASKED_AFTER_HELLO = re.compile(r"(?<=[.!?])\s+(?=(?:@\w+\W*)?\S)")


def _intro_and_ask(message: str) -> tuple[str, str] | None:
    """A newcomer's hello (`newcomer`, or a name given: "hello! i'm ellie, total beginner") and,
    after it, a question put to the persona ("@socrates is it possible to learn patience"): the
    two parts, to be welcomed and answered each; None for any other message, for a question of
    how the room works, and for a hello that asks nothing."""
    if not (newcomer(message) or introduced_as(message)):
        return None
    parts = ASKED_AFTER_HELLO.split(message.strip())
    for i in range(1, len(parts)):
        ask = " ".join(parts[i:])
        plain = MENTION.sub(" ", ask).strip()
        if not ("@" in ask or re.search(r"\b(?:you|your|u)\b", plain, re.IGNORECASE)) or not (
            "?" in ask or QUESTION_START.match(plain)
        ):
            continue
        if ROOM_HOW.search(ask) or HOW_IT_WORKS.search(ask):
            return None
        if newcomer(ask) or introduced_as(ask):
            continue  # "first time here, name's jas. @lovelace ...": still the hello
        return " ".join(parts[:i]), ask
    return None


def _reply_read(
    voice: Voice,
    *,
    message: str,
    seed: int,
    history: Sequence[Said],
    ignore: tuple[str, ...],
    unasked: bool,
    said: Sequence[str],
    **kw,
) -> str:
    if not unasked and not voice.is_house_bot and history and (parts := _intro_and_ask(message)):
        # "hello, first time posting, i'm marcus ... @einstein is it true you liked magic
        # tricks?": welcomed in a sentence, and the question answered, never one of them lost.
        intro, ask = parts
        last = history[-1]
        welcome, answer = (
            _reply_read(
                voice,
                message=part,
                seed=seed,
                history=[*history[:-1], ChatLine(last.author, part, last.own)],
                ignore=ignore,
                unasked=False,
                said=said,
                **kw,
            )
            for part in (intro, ask)
        )
        first = SENTENCE_END.split(welcome, maxsplit=1)[0]
        index = index_of(voice.material)
        owning = (
            *index.tagged.get("outside", ()),
            *owned_of_lines(index),
            *index.tagged.get("self", ()),
        )
        if any(chunk in answer for chunk in _fixed_runs(owning)):
            # "is it daft to start again at 41?" owned up to ("In Athens I never learned such
            # things") after a greeting brushes the newcomer off (rated so): a whole welcome
            answer = ""
        if first and answer and not WELCOMING.search(answer):
            for name in {introduced_as(intro), _addressable(last.author)} - {""}:
                answer = _named_once(answer, name)
                # ("Maya, I won't guess ..." after "Welcome, Maya.": the name once)
                answer = re.sub(rf"^{re.escape(name)}, (\w)", lambda m: m.group(1).upper(), answer)
            # "A fair question, Dom." after the welcome: the answer itself
            heads = {line.replace(", {name}", "") for line in index.tagged.get("answer", ())}
            said = SENTENCE_END.split(answer, maxsplit=1)
            if len(said) == 2 and said[0] in heads:
                answer = said[1]
            if is_care_reply(answer):
                return f"{first} {answer}"  # care or a risk's safe words: never cut
            return _fit(f"{first} {answer}", voice.max_reply_chars)
    if not unasked and history and shares_asked(message):
        # "the flights were £900 but that's separate": no part of the share asked
        history = [
            *(line for line in history[:-1] if line.own or not set_apart(line.text)),
            history[-1],
        ]
    reply = _offline_reply(
        voice,
        message=message,
        seed=seed,
        history=history,
        ignore=ignore,
        unasked=unasked,
        said=said,
        **kw,
    )
    guarded = _guarded(voice, reply, message, history, seed, ignore, unasked, said)
    if (
        not unasked
        and history
        and (mine := _owned_everyday(voice, message, guarded, history, ignore))
    ):
        return mine
    if (
        not unasked
        and history
        and history[-1].author not in ignore
        and (kind49 := asked49(message))
        and (dodged49(guarded) if voice.is_house_bot else owned_up_in(voice.material, guarded))
    ):
        # A practical ask it would own up to ("should i move cities", "tips for my first
        # committee meeting"): the general advice of its kind (bots/ask49.py) is the floor.
        frames = index_of(voice.material).tagged.get("kindask", ())
        return framed49(
            HOUSE_FRAMES if voice.is_house_bot else frames,
            *kind49,
            _addressable(history[-1].author),
            voice.max_reply_chars,
        )
    if not unasked and (roled := _sum_roled(voice, history, seed, ignore, guarded)):
        guarded = roled
    if (
        not unasked
        and history
        and (summed := _owned_everyday(voice, message, guarded, history, ignore, sums=True))
    ):
        # (also over a sum read in a role that asks for a figure the message gives: "i had
        # 12 biscuits and my brother ate 5" had got "tell me how many there were to start with")
        return summed
    if not unasked and roled:
        return roled
    if not unasked and history and "@" in guarded:
        return _not_handed(guarded, message, history, ignore)
    if (
        not unasked
        and history
        and (hello := _room_greeted(voice, message, guarded, history, seed, ignore))
    ):
        return hello
    if not unasked and history and not re.search(r"\d", guarded):
        guarded = _clock_owned(voice, message, guarded, history, seed, ignore) or guarded
        return _sum_owned(voice, message, guarded, seed, said)
    return guarded


def _owned_everyday(
    voice: Voice,
    message: str,
    reply: str,
    history: Sequence[Said],
    ignore: tuple[str, ...],
    sums: bool = False,
) -> str:
    """What the persona owns instead of declining it (bots/everyday70.py, own42): an easy sum,
    a capital, an everyday matter beside its field, a piece written to order; "" when the
    message is none of these, is put to another persona, or `reply` already answers it (or
    is care, never replaced)."""
    low = message.lower()
    own = {voice.slug.lower(), voice.name.lower(), voice.name.split()[0].lower()}
    for other in ignore:
        called = other.lower()
        if (
            called not in own
            and called in low
            and re.search(rf"(?:^\W*|@){re.escape(called)}\b", low)
        ):
            return ""
    if is_care_reply(reply):
        return ""
    slug = "aibot" if voice.is_house_bot else voice.slug
    before = [line.text for line in history[:-1]]
    # (`sums`: an everyday sum of bots/sums43.py, asked after the engine's sum readers)
    owned = everyday70_summed if sums else everyday70_owned
    return owned(slug, message, reply, _addressable(history[-1].author), before)


# Kinds of line that own up to a thing it cannot answer.
OWNING_UP = ("outside", "roomasked", "self", "noidea", "hooknone")


def _after_hello(text: str, voice: Voice) -> str | None:
    """What follows a greeting that opens `text` (its mentions, "all" and the persona's own
    name aside): "morning all, hi @einstein. who's doing ...": "who's doing ..."; None when it
    opens with no greeting."""
    rest, said = _past_greetings(MENTION.sub(" ", text), voice)
    return rest if said else None


def _room_greeted(
    voice: Voice,
    message: str,
    reply: str,
    history: Sequence[Said],
    seed: int,
    ignore: tuple[str, ...],
) -> str:
    """A greeting to the persona with a question put to the room or to someone else ("morning
    all, hi @einstein. who's doing the request round tonight?", "hi @curie! anyone know a good
    vet?"), which it would own up to: greeted back briefly, never an own-up. "" for any other
    message, or a reply that answers."""
    after = _after_hello(message, voice)
    if not after:
        return ""
    author = history[-1].author
    people = [s.author for s in history if not s.own and s.author != author]
    if not room_question(after, people):
        return ""
    index = index_of(voice.material)
    owning = (
        *(line for tag in OWNING_UP for line in index.tagged.get(tag, ())),
        *owned_of_lines(index),
    )
    if not asked_other(after, people) and not any(c in reply for c in _fixed_runs(owning)):
        return ""  # "anyone know a good vet?" answered when it knows
    rng = random.Random(seed)
    if mourning(history, author, skip={*ignore, voice.name}) is not None:
        # (after bad news, a quiet greeting: no "How delightful")
        soft = _timely(index.tagged.get("softhello", ()), message)
        return _tagged(index, "softhello", rng, name=_addressable(author), among=soft)
    hellos = _brief_hellos(index)
    hellos = _timely(hellos, message) or hellos
    return _tagged(index, "hello", rng, name=_addressable(author), among=hellos or None)


def _sum_owned(voice: Voice, message: str, reply: str, seed: int, said: Sequence[str]) -> str:
    """`reply`; but when it owns up (one of its `#outside` lines), in better words where it has
    them: a sum asked with its figures ("£5 a week for 7 weeks, plus £12 split 4 ways, what does
    everyone owe"), by the mathematician, in its `#unworked` words, that it cannot read how the
    figures go together (never "my mother ... left that one out"); a question on getting better
    at something with its `#learn` view, and a practical matter with its `#pointer` to where to
    check (bots/learning.py), never "as puzzled as my cat" or "you know as much as I"."""
    index = index_of(voice.material)
    outside = tuple(index.tagged.get("outside", ()))
    owning = (*outside, *owned_of_lines(index), *index.tagged.get("self", ()))
    # (cheap first: most replies own up to nothing)
    if not any(chunk in reply for chunk in _fixed_runs(owning)):
        return reply
    text = MENTION.sub(" ", message).strip()
    rng = random.Random(seed)
    if len(re.findall(r"\d+", text)) >= 2 and SUM_PUT.search(text):
        # (the others may own up to a sum as outside their field)
        if not (index.tagged.get("unworked") and _reckoner(voice)):
            return reply
        if not any(held(line, reply) for line in outside):
            return reply
        name = reply_name(reply, outside)
        return _tagged(index, "unworked", rng, name=name, used=list(said))
    learnt = _learnt(index, text)
    # (or a question on its own life owned up to, "how do you make practising a habit": the
    # "you" is anyone, and its view from its own life answers it)
    if learnt is None or not any(held(line, reply) for line in owning):
        return reply
    subject, where = learnt
    tag = "pointer" if where else "learn"
    among = _learn_lines(index, tag, subject)
    name = reply_name(reply, owning)
    return _tagged(index, tag, rng, name=name, used=list(said), among=among, what=where)


# A word said of what a thing is ("anything is true", "is it real"): its quality, asked of.
PREDICATED = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|really|actually|ever|always|even|"
    r"all|still|so|truly)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


# "what is love", "who was Diotima": what a thing is asked, no quality said of one.
WHAT_IS = re.compile(r"\W*(?:@\w+\W+)*(?:so\W+|but\W+|ok\W+)*(?:what|who|which)\W*", re.I)


def _predicated_otherwise(message: str, line: str) -> bool:
    """Whether the one word `message` asks of is a quality it says a thing has ("is anything
    true"), which `line` says only otherwise: of a thing named beside it ("a true tiger"), or
    in another word of its stem ("truly to be feared")."""
    # (a quality, not the thing an opening "is" asks of: "Is justice good?")
    asked = {
        m.group(1).lower()
        for m in PREDICATED.finditer(message)
        if message[: m.start()].strip(" @,.!?\"'")
        and not WHAT_IS.fullmatch(message[: m.start()])
        and not nounish(m.group(1))
    } - STOPWORDS
    asked = {w for w in asked if set(terms(w)) & set(terms(message))}
    if not asked or len(set(terms(" ".join(asked)))) != 1:
        return False
    if set(terms(" ".join(asked))) != set(terms(message)) - GENERIC_TERMS - FRAMING:
        return False  # beside a thing asked of ("is the tap water safe"): on that thing
    said = {m.group(1).lower() for m in PREDICATED.finditer(line)}
    return not asked & said


@lru_cache(maxsize=64)
def _fixed_runs(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The longest run of fixed words of each of `lines` (its fields aside)."""
    return tuple(max(re.split(r"\{\w+\}", line), key=len) for line in lines)


def reply_name(reply: str, lines: Sequence[str]) -> str:
    """The name `reply` (one of `lines`, filled) was said to, or ""."""
    for line in lines:
        if "{name}" not in line:
            continue
        before, _, after = line.partition("{name}")
        found = re.match(
            rf"{re.escape(before)}(?P<name>.{{1,40}}?){re.escape(after.split('{')[0])}", reply
        )
        if found:
            return found.group("name")
    return ""


# A time of day said ("by 19:00", "at 6pm"), and one asked ("what time should we leave",
# "when's the next one").
CLOCK_SAID = folded(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?(?:am|pm)\b", re.I)
CLOCK_ASKED = folded(
    r"\bwh?at time(?:'?s| is) the next\b|\bwhen'?s the next\b|"
    r"\b(?:wh?at time|when) (?:do|should|will|must|shall|can|would|did) (?:we|i|you|u|they) "
    r"(?:need to |have to |want to |gotta )?(?:leave|set off|head off|go|get there|arrive|finish|"
    r"start|be there|get in|get back|land)\b",
    re.I,
)


def _clock_owned(
    voice: Voice,
    message: str,
    reply: str,
    history: Sequence[Said],
    seed: int,
    ignore: Collection[str],
) -> str:
    """Its plain owning-up in place of a `reply` with no figure that is no owning-up, to a time
    of day a person asked of a time said (its readers worked none): "we need to be there by
    19:00", "what time should we leave" is no giraffe reaching the leaves; "" otherwise."""
    if not CLOCK_ASKED.search(message) or voice.is_house_bot:
        return ""
    if history[-1].author.lower() in {n.lower() for n in ignore}:
        return ""
    asked = MENTION.sub(" ", message)
    if owned_up_in(voice.material, reply):
        return ""
    if not any(CLOCK_SAID.search(t) for t in (asked, *_people_before(history, ignore)[:3])):
        return ""
    index, name = index_of(voice.material), _addressable(history[-1].author)
    used = [line.text for line in history if line.own][-3:]
    return _owned_up(index, random.Random(seed), name=name, used=used)


def _not_handed(reply: str, message: str, history: Sequence[Said], ignore: Collection[str]) -> str:
    """`reply` without its hand-over to another persona ("Ask @darwin ...") when a person asked
    it a sum with figures (`_sum_asked_among`): a sum is handed only to one that works it, and
    every persona that says sums works what it can (`_sum_handed`); what it cannot, it owns up
    to plainly, never to be met with a line on another thing ("leave" is no plant's leaves)."""
    if history[-1].author.lower() in {n.lower() for n in ignore}:
        return reply
    if not _sum_asked_among(message, history, ignore):
        return reply
    kept = [s for s in re.split(r"(?<=[.!?])\s+", reply) if not MENTION.search(s)]
    return " ".join(kept) if kept and len(kept) < len(re.split(r"(?<=[.!?])\s+", reply)) else reply


def _guarded(
    voice: Voice,
    reply: str,
    message: str,
    history: Sequence[Said],
    seed: int,
    ignore: tuple[str, ...],
    unasked: bool,
    said: Sequence[str],
) -> str:
    """`reply`, or a sum in it worked with a figure of the ask left out declined or read again
    with the lines before it (`offline_reply`); a sum worked with a figure its words take out
    of it (`bots.placed.misread`) declined by any reader."""
    if (
        not unasked
        and history
        and (wrong := _misread_sum(voice, reply, history, seed, ignore, said))
    ):
        return _sum_joined(voice, history, seed, ignore) or wrong
    if isinstance(reply, _Read):
        # worked by a reader of its shape, which places its own figures; but an ask with no
        # figure of its own, worked from lines before it, leaves no money said there out ("shop
        # came to £87.40", "used a £15 voucher and £2.60 of points": never £17.60 paid)
        if (
            not unasked
            and history
            and not re.search(r"\d", MENTION.sub(" ", message))
            and (left := _unplaced_sum(voice, str(reply), message, history, seed, ignore, said))
        ):
            return left
        return str(reply)
    if voice.is_house_bot or unasked or not history:
        return reply
    guarded = _unplaced_sum(voice, reply, message, history, seed, ignore, said)
    if guarded or not re.search(r"\d", reply):
        # a sum declined, or read with a figure left out: read again with the lines before it
        return _sum_joined(voice, history, seed, ignore) or guarded or reply
    return reply


class _Read(str):
    """A reply worked by a reader of the sum's shape (a bill, a sum of time, a sum read with the
    figures said just before it): it places the figures it reads itself, so no guard reads it
    again (`_unplaced_sum` is for the solvers of any shape and the drawn replies)."""


def _asked_among(history: Sequence[Said], ignore: Collection[str]) -> tuple[Said, list[str]] | None:
    """The person's line a reply answers (the last, or, when a persona handed a sum over, the
    last a person said) and what people said in the five lines before it, mentions taken out,
    oldest first; None when no person said one."""
    names = {n.lower() for n in ignore}
    people = [line for line in history[-7:] if not line.own and line.author.lower() not in names]
    if history[-1].author.lower() not in names:
        people = people[-6:]  # the ask is the message; else the sum a persona handed over
    elif not people:
        return None
    return people[-1], [MENTION.sub(" ", line.text) for line in people[:-1]]


# A sum asked in words, with no figure of its own: "so how much each", "what's the total",
# "what time do we need to leave", "whats the chance of that".
SUM_WORDS_ASKED = folded(
    rf"{TOTAL_ASKED.pattern}|\bhow (?:long|far|fast|old)\b|\beach\b|\bper\b|\bsplit\b|\bowe\b|"
    r"\bwhat time\b|\bchance\b|\bodds\b|\bprobability\b|\baverage\b|\bpercent|%|"
    r"\bbefore (?:vat|tax)\b|\bwith (?:vat|tip|the tip)\b|\bin (?:pounds|euros|dollars)\b|"
    r"\bearn|\bpay\b|\bcost|\bprice|\bcheaper\b|\bsave|\bleft\b|\bneed\b|\bwhen\b|"
    r"\bmake\b|\bmade\b|\bvat\b|\btax\b|\btip\b|\bspen[dt]\b|\bworth\b|\bdamage\b|"
    r"\bdue\b|\bfuel\b|\bchange\b",
    re.IGNORECASE,
)


def _sum_put(
    voice: Voice, history: Sequence[Said], ignore: Collection[str]
) -> tuple[Said, list[str], str] | None:
    """The person's line a sum would answer, the lines people said before it, and the line as
    asked (mentions out), for a persona that says sums (`_asked_among`); None for any other."""
    if not history or not index_of(voice.material).tagged.get("sum"):
        return None
    among = _asked_among(history, ignore)
    if among is None:
        return None
    line, before = among
    return line, before, MENTION.sub(" ", line.text).strip()


def _uses_figures(working: str, asked: str) -> bool:
    """Whether `working` uses every figure said in `asked` (none said: it does)."""
    said = {f.replace(",", "") for f in re.findall(r"\d[\d,]*(?:\.\d+)?", MENTION.sub(" ", asked))}
    used = {f.replace(",", "") for f in re.findall(r"\d[\d,]*(?:\.\d+)?", working)}
    return said <= used


def _sum_joined(voice: Voice, history: Sequence[Said], seed: int, ignore: Collection[str]) -> str:
    """A sum its readers work when the ask is read with the one, two or three lines people said
    just before it ("bill is £142", "lets add 10% for the waiter", "whats the total with tip and
    how much each for the 5 of us"), and whose working places every figure of them
    (`bots.placed`), in the persona's #sum words; "" when no such reading stands, or for a
    persona that says no sums."""
    of = _sum_put(voice, history, ignore)
    if of is None:
        return ""
    line, before, asked = of
    asker = [*history[:-1], replace(history[-1], author=line.author)]
    odds = chance_joined(asked, before)
    if odds:
        return _sum_said(voice, Worked(odds), asker, seed)  # "what are the chances of that"
    if not re.search(r"\d", asked) and not any(re.search(r"\d", t) for t in before[-3:]):
        return ""  # no figure to work
    mended = typed(asked.lower())  # "wats the new price"
    if not (SOLVE_ASKED.search(mended) or SUM_ASKED.search(mended) or ROLE_ASKED.search(mended)):
        return ""
    if OF_HER.search(asked.lower()):
        return ""
    if not re.search(r"\d", asked) and (
        not SUM_WORDS_ASKED.search(asked) or MORAL_ASKED.search(asked)
    ):
        # "is it cheating if you dont mention when someone forgets to collect their money?": a
        # question with no figure of its own is a sum only when it asks one in words ("so how
        # much each", "what time do we leave"), never one of right and wrong
        return ""
    steps = _reckoner(voice)
    for k in range(0, min(3, len(before)) + 1):
        told = [t.strip().rstrip(" .!?") for t in before[len(before) - k :]]
        if k and not re.search(r"\d", told[0]):
            continue
        # asked as a question ("what was the price before vat"), whatever its punctuation
        text = ". ".join([*told, asked if asked.endswith("?") else f"{asked}?"])
        found = sum_read(text, steps)
        if not found or found.need or not found.working:
            continue
        if k and not _uses_figures(found.working, asked):
            # "bought 5 boxes of 24, handed out 97, how many are left?" just after another's
            # "£60 ticket going up 15%": the ask's own figures are what it asks of, never
            # that sum worked again without them
            continue
        # checked with the line before those it reads too ("shop came to £87.40" before "used a
        # £15 voucher and £2.60 of points": never £17.60 paid)
        wider = [t.strip() for t in before[max(0, len(before) - k - 1) :]]
        if unplaced(found.working, asked, wider) or unroled(found.working, asked, told):
            continue
        if misread(found.working, asked, before) or unsubtracted(found.working, asked):
            continue
        if _one_paid_ahead(found.working, told):
            continue
        return _sum_said(voice, found, asker, seed)
    # a sum of time ("film starts at 7:45", "35 mins drive", "what time do we leave")
    working = timed([asked.lower(), *(t.lower() for t in reversed(before[-5:]))])
    if working and not unplaced(working, asked, before[-5:]):
        return _sum_said(voice, Worked(working), asker, seed)
    return ""


# The readers of a sum by the roles of its figures, and of the everyday classes of sums: each
# with its quick look at the ask, then its reading of the ask and the lines before it.
# (the sums40 classes first: they read what the others leave out, a tip or the days a week)
ROLED = (
    (sums60_asks, sums60_worked),  # dates, an order split, a part off, a deposit, club fees
    (sums50_asks, sums50_worked),  # the sums50 classes: a recipe scaled, a price up 4%...
    (everyday50_asks, everyday50_worked),
    (everyday60_asks, everyday60_worked),
    (everyday61_asks, everyday61_worked),  # saving between several, tickets, contracts, ages
    (everyday40_asks, everyday40_worked),
    (roles_asks, roles_worked),
    (everyday_asks, everyday_worked),
)


def _sum_roled(
    voice: Voice, history: Sequence[Said], seed: int, ignore: Collection[str], reply: str
) -> str:
    """A sum of two steps or more read by the role of every figure (`bots.roles`: a price of one,
    a count, a share, money off, money paid, a part of a total...), with the ask alone or the
    one, two or three lines people said before it, by a persona that says sums, in place of a
    `reply` that does not come to the same result (a voucher added, a deposit included in a
    total taken off it, a sum declined); or of an everyday class (`bots.everyday`: which offer
    is better value, paint for walls, an age on a date, the next bus, tables needed...) in place
    of a reply that works none of the figures said (a sum declined, a line on another thing):
    another reader's working of them is kept. "" when no such reading gives every figure a
    role, or the reply comes to what it does."""
    of = None if voice.is_house_bot else _sum_put(voice, history, ignore)
    if of is None:
        return ""
    line, before, asked = of
    if not re.search(r"\d", asked) and not any(re.search(r"\d", t) for t in before[-3:]):
        return ""
    readers = [worked for asks, worked in ROLED if asks(asked)]
    if not readers or OF_HER.search(asked.lower()) or MORAL_ASKED.search(asked):
        return ""
    if CHANGE_DUE.search(asked) and TENDERED.search(" ".join([*before[-3:], asked])):
        return ""  # change from a note handed over is `_sum_change`'s: the note is no item
    asker = [*history[:-1], replace(history[-1], author=line.author)]
    asked_for = None  # the figure a reader of a class asks for, when no reading stands
    ours = _sum60_read(asked, before) if sums60_worked in readers else None
    for k in range(0, min(3, len(before)) + 1):
        told = [t.strip() for t in before[len(before) - k :]]
        if k and not re.search(r"\d", told[0]) or ours is not None and k != ours:
            continue  # (a sum60 class read over more lines is no other reader's over fewer)
        lines = [*told, asked]
        read, found, wider = None, None, None
        for r in readers:
            f = r(lines)
            if f and f.working:
                read, found = r, f
                break
            # (the first figure asked for, kept from this one pass: review34)
            wider = wider or (f if f and f.need else None)
            if f and f.need in everyday40_firm:
                # a part paid apart: asked for, never split evenly by another reader
                asked_for = asked_for or f
                break
        if found is None:
            if asked_for is None or (wider and sums50_asks_for(asked_for.need)):
                asked_for = wider  # (a figure of these classes is asked of all that was said)
            continue
        if read is everyday_worked and _works_figures(reply, [*told, asked]):
            continue  # another reader's working of the figures said is kept
        if found and (misread(found.working, asked, before) or unsubtracted(found.working, asked)):
            continue  # (a figure its words take out of the sum: another reading's, or none)
        if found and not unplaced(found.working, asked, before[max(0, len(before) - k - 1) :]):
            said = {float(f.replace(",", "")) for f in re.findall(r"\d[\d,]*(?:\.\d+)?", reply)}
            results = [
                float(f.replace(",", "")) for f in re.findall(r"\d[\d,]*(?:\.\d+)?", found.number)
            ]
            if found.number and re.search(rf"(?<![\d.,]){re.escape(found.number)}", reply):
                return ""  # the reply comes to it already, in the same words
            # A figure said in the lines is no result come to: "120, 135 and 110 ... need 135";
            # "3 large pizzas at £11.99 each ... split 4 ways", a reply of "£11.99; £3 each"
            # does not come to £11.99 each.
            given = {_value_of(f) for t in lines for f in re.findall(r"\d[\d,]*(?:\.\d+)?", t)}
            said -= given
            if results and all(any(abs(r - s) < 0.005 for s in said) for r in results):
                return ""  # the reply comes to it already, in its own words
            return _fit(_sum_said(voice, found, asker, seed), voice.max_reply_chars)
    if asked_for is not None and sums50_asks_for(asked_for.need) and _works_figures(reply, lines):
        return ""  # another reader's working of the figures said is kept
    if asked_for is not None and not everyday40_kept(reply, asked_for.need):
        # (a weekly thing over months: the weeks asked for, never four to a month)
        return _fit(_sum_said(voice, asked_for, asker, seed), voice.max_reply_chars)
    return ""


def _sum60_read(asked: str, before: Sequence[str]) -> int | None:
    """How many of the lines `before` the ask a sum of a `bots.sums60` class is read with: the
    fewest it is worked from, unless the line with figures just before them holds figures of
    its kind and the sum is worked with it too ("round was 5 pints at £5.60", "3 wines at £7.20
    and 2 cokes at £2.90", "£6.20 of crisps", "split 5 ways"); None when it works none."""
    for k in range(0, min(3, len(before)) + 1):
        told = [t.strip() for t in before[len(before) - k :]]
        if k and not re.search(r"\d", told[0]):
            continue
        found = sums60_worked([*told, asked])
        if not found or not found.working:
            continue
        prior = next(
            (
                t
                for t in before[max(0, len(before) - k - 2) : len(before) - k][::-1]
                if re.search(r"\d", t)
            ),
            "",
        )
        if prior and sums60_spills(prior):
            wider = sums60_worked([prior.strip(), *told, asked])
            if wider and wider.working:
                continue  # (read with it, at a k further on)
        return k
    return None


def _value_of(said: str) -> float:
    return float(said.replace(",", ""))


def _works_figures(reply: str, lines: Sequence[str]) -> bool:
    """Whether `reply` works figures said in `lines`: says one of them and one more (not "in
    1914 ...", nor "the 4.5 litres you mentioned will not sit anywhere in my working")."""
    said = set(re.findall(r"\d+(?:\.\d+)?", reply.replace(",", "")))
    figures = {f for t in lines for f in re.findall(r"\d+(?:\.\d+)?", t.replace(",", ""))}
    return len(said) > 1 and bool(said & figures)


def _misread_sum(
    voice: Voice,
    reply: str,
    history: Sequence[Said],
    seed: int,
    ignore: Collection[str],
    said: Sequence[str],
) -> str:
    """An honest decline (#unplaced) in place of a `reply` whose working uses a figure the words
    take out of the sum (`bots.placed.misread`: one put right after, an old price, money of
    another thing than the one asked, a half asked and never taken); "" for any other."""
    among = _asked_among(history, ignore) if re.search(r"\d", reply) else None
    if among is None:
        return ""
    line, before = among
    asked = MENTION.sub(" ", line.text)
    kind, wrong = "unroled", unsubtracted(str(reply), asked)
    if not wrong:
        kind, wrong = "unplaced", misread(str(reply), asked, before)
    if not wrong:
        return ""
    index = index_of(voice.material)
    used = _said(said, history)
    return _tagged(
        index,
        kind,
        random.Random(seed),
        name=_addressable(line.author),
        thing=wrong,
        used=used,
    )


def _unplaced_sum(
    voice: Voice,
    reply: str,
    message: str,
    history: Sequence[Said],
    seed: int,
    ignore: Collection[str],
    said: Sequence[str],
) -> str:
    """An honest decline (#unplaced, #unroled) in place of a `reply` that works a sum asked
    (`bots.placed`) but leaves out a figure of the ask, or of a line people said between the
    first it draws on and the ask, or works it to no answer of the kind asked (a sum of money
    for a percentage); "" when the reply places every figure, or works no sum."""
    among = _asked_among(history, ignore) if re.search(r"\d", reply) else None
    if among is None:
        return ""
    line, before = among
    asked = MENTION.sub(" ", line.text)
    missing, kind = "", "unplaced"
    if SOLVE_ASKED.search(asked.lower()) or SUM_ASKED.search(asked):
        missing = unplaced(reply, asked, before)
    if not missing:
        missing, kind = unroled(reply, asked, before), "unroled"
    if not missing:
        return ""
    index = index_of(voice.material)
    name = _addressable(line.author)
    used = _said(said, history)
    return _tagged(index, kind, random.Random(seed), name=name, thing=missing, used=used)


def _offline_reply(
    voice: Voice,
    *,
    message: str,
    theme: str = "",
    seed: int,
    avoid: str | None = None,
    ignore: tuple[str, ...] = (),
    history: Sequence[Said] = (),
    others: Sequence[Voice] = (),
    said: Sequence[str] = (),
    unasked: bool = False,
) -> str:
    """A short reply in `voice` to `message`, steered by `theme`; never equal to `avoid`.
    `history` is the recent conversation, oldest first, ending with the message answered (its
    author is the one addressed); `ignore` holds the personas' names (never a subject, and how
    a persona is told from a person); `others` are the room's other personas, to hand over to;
    `said` the persona's earlier replies in the room, oldest first, further back than
    `history` reaches: no line of them is said again while it has others. `unasked`: nobody
    asked the persona (people talking among themselves, and it joins in): it says a line on
    what was said, never owns up to a question that was not put to it."""
    need, kind = care_needed(message, history, unasked=unasked)
    if need == REPLY:
        # Care and where to find help, whoever is asked: never a line of material.
        return care_reply(kind, _addressable(history[-1].author if history else ""))
    if need == QUIET:
        return ""  # nobody joins in unasked just after a person said they want to die
    if need == AGAIN:
        # What they say next ("thanks", "nobody cares about me") gets no quip either.
        return care_again(kind, _addressable(history[-1].author), again=said_again(history))
    if need == RISK and not (kind == "ate" and _vet_known(voice, message)):
        # "my chest hurts, a&e or sleep it off?", "is jo right? she says you can mix bleach and
        # vinegar": what to do, plainly, by a persona or the house bot, never a pick or a line
        # (but a pet that ate what poisons it gets the naturalist's own line that sends it to
        # the vet, which says what the poison does)
        return risk_reply(kind, _addressable(told_by(kind, message, history)))
    if (right := meant(message)) != message:
        # "sry typo, meant to say hello lol": read as what was meant ("hello lol")
        if history and history[-1].text == message:
            history = [*history[:-1], replace(history[-1], text=right)]
        message = right
    message = _calmed(message)
    history = [
        ChatLine(said.author, _calmed(said.text), said.own)
        if PUNCTUATION_RUN.search(said.text)
        else said
        for said in history
    ]
    history = [
        replace(said, text=put_right(said.text))
        if not said.own and put_right(said.text) != said.text
        else said
        for said in history
    ]  # "pizza was £36, no actually £42": only £42 is read
    if (mended := put_right(message)) != message:
        # "taxi was £30, no sorry £36, split between 4?": only the figure put right is read
        if history and history[-1].text == message:
            history = [*history[:-1], replace(history[-1], text=mended)]
        message = mended
    reply = cut = ""
    asked, told = message, history  # as said, before any figures joined to it
    if not voice.is_house_bot and not unasked:
        message, history = _pointed_above(voice, message, history, ignore)
        asked, told = message, history  # as said, before any figures joined to it
        if foreseen := _outcome_foreseen(voice, message, history, seed, ignore):
            return _fit(foreseen, voice.max_reply_chars)
        if worked := _sum_arithmetic(voice, asked, told, seed):
            return _Read(_fit(worked, voice.max_reply_chars))
        if chat := _small_talk(voice, asked, told, seed, said):
            return _fit(chat, voice.max_reply_chars)
        if change := _sum_change(voice, asked, told, seed, ignore):
            return _Read(_fit(change, voice.max_reply_chars))
        if product := _sum_product(voice, asked, told, seed, ignore):
            return _Read(_fit(product, voice.max_reply_chars))
        if apart := _sum_difference(voice, asked, told, seed):
            return _Read(_fit(apart, voice.max_reply_chars))
        if billed := _sum_billed(voice, asked, told, seed, ignore):
            return _Read(_fit(billed, voice.max_reply_chars))
        # Read with the figures said just before it, by these readers and by all that follow.
        shared, message, history = _worked_joined(voice, message, history, seed, said, ignore)
        if shared or (
            shared := _checked(voice, asked, told, seed)
            or _case_unworked(voice, asked, told, seed, said)
            or _handed_sum(voice, asked, told, seed, said, ignore, others)
        ):
            # a figure asked for that a line further back gives: worked, not asked again
            solved = _sum_solved(_as_reckoner(voice), asked, told, seed, ignore, shared)
            fitted = _fit(solved or shared, voice.max_reply_chars)
            return fitted if solved else _Read(fitted)
        if timed := _sum_timed(voice, asked, told, seed, ignore):
            return _Read(_fit(timed, voice.max_reply_chars))
    if voice.is_house_bot:
        # Worked out once, not per draw: the same for every attempt below.
        author = history[-1].author if history else ""
        used = _said(said, history)
        expert = _house_expert(voice, others, message, history, author)
        if (
            not unasked
            and not SALON_ACTION_ON.search(message)
            and (put_to := _put_to_persona(voice, others, message, ignore))
        ):
            # "/AIBot Curie did you ever get sick from the radium?": Curie's to answer, with the
            # way to ask her, never the house bot's "I don't know" (review39).
            from bots.house import house_put_to

            present = any(o.slug == put_to[0] and not o.is_house_bot for o in others)
            return house_put_to(put_to, name=author, used=used, seed=seed, present=present)
    if voice.is_house_bot and (back := _pointed_back(message, history)):
        # "/AIBot what usually causes that", after "my python script keeps saying list index
        # out of range": asked of that line (rate45: "I don't know, sorry").
        message = back
    if voice.is_house_bot and (options := _which_of_room(message, history)):
        # "/AIBot which one would you start with", after "typescript now or javascript first?"
        # (rate45 room10: "I don't know that one").
        message = options
    for attempt in range(12):
        if voice.is_house_bot:
            from bots.house import house_reply  # bots/house.py builds on this module

            reply = house_reply(
                message,
                seed=seed + attempt,
                name=author,
                used=used,
                theme=theme,
                expert=expert,
                grieving=mourning(history, author, skip=ignore) is not None,
            )
        else:
            rng = random.Random(seed + attempt * 7919)
            reply = _compose(
                voice,
                message=message,
                theme=theme,
                rng=rng,
                ignore=ignore,
                history=history,
                others=others,
                said_before=said,
                unasked=unasked,
            )
            # "thanks curie! also does the same go for tea?": the thanks acknowledged first.
            reply = _thanked_first(voice, message, reply, rng, unasked)
        whole = " ".join(reply.split())
        fitted = _fit(reply, voice.max_reply_chars)
        if voice.is_house_bot and "\n```" in reply and len(reply) <= HOUSE_CODE_LIMIT:
            # A program it writes out (bots/house_code.py) keeps its lines and its length.
            fitted = whole = reply
        if drafted(whole):
            fitted = whole  # a letter drafted (bots/letters.py) is said whole, to be sent
        if fitted != whole and not voice.is_house_bot:
            # Too long to say whole (a long answer after a long opener): said whole with
            # another opener when one of the next draws fits; else the first draw cut at a
            # sentence or a clause, else the first draw cut at a word.
            if not cut or (cut.endswith("…") and not fitted.endswith("…")):
                cut = fitted
            if attempt < 5:
                continue
            fitted = cut if cut != avoid else fitted
        reply = fitted
        if not voice.is_house_bot and not unasked:
            # Asked what it said a moment ago, unasked: said again, never owned up to.
            reply = _said_just_now(voice, message, history, reply) or reply
        if reply != avoid and not _said_over(reply, said, history):
            return (
                not unasked
                and (
                    _untested(voice, message, history, seed, reply)
                    or _sum_handed(voice, asked, told, seed, said, ignore, reply)
                    or _sum_solved(voice, asked, told, seed, ignore, reply)
                    or _sum_unworked(voice, asked, told, seed, ignore, reply, said)
                )
            ) or reply
        if unasked and attempt == 11:
            # Joining in with a line it said in the room already, to another name: it keeps quiet.
            return ""
    return reply


# "he" or "she" told of as doing a thing ("I think he ate ...", "she basically invented it",
# "lol he's so grumpy"): spoken of, just after that one spoke.
OF_HIM_JUST_NOW = folded(
    r"^\W*(?:(?:i think|i bet|i reckon|lol|haha|ha|so|wait|omg|tbf|honestly|ngl)\W+)*"
    r"(?:he|she)(?:'s|'d|\s)",
    re.IGNORECASE,
)


# What a pointer at the message above says besides the pointing ("^ that", "what he said").
POINTER_WORDS = frozenset(
    terms(
        "that this one q qn question above see read same what he she they said asked says "
        "pls please lol earlier before just now know idea answer too also about any do you "
        "tip tips advice help word words for"
    )
)


def _pointed_above(
    voice: Voice, message: str, history: Sequence[Said], ignore: tuple[str, ...]
) -> tuple[str, Sequence[Said]]:
    """`message` and `history` as asked when the message only points at a person's message
    above ("@lovelace ^ that", "@curie this ^", "@darwin what he said", "@lovelace see above"):
    that message, put by the one pointing, in its place, so it is answered, never taken for
    chat. A pointer may name whose ("@einstein ^ raj's question", "what raj asked earlier about
    light"): that person's last question, on the thing named (rate40: "Tell me more"). Any
    other message, or none above, as they were."""
    bare = MENTION.sub(" ", message)
    tips_for = not ASKED_ABOVE.search(bare) and TIPS_FOR.search(bare)
    if not history or not (ASKED_ABOVE.search(bare) or tips_for):
        return message, history
    names = {n.lower() for n in ignore}
    rest = set(terms(bare)) - POINTER_WORDS - set(terms(f"{voice.slug} {voice.name}"))
    people = {
        said.author.lower()
        for said in history[:-1]
        if not said.own and said.author.lower() not in names
    }
    whose = next((p for p in people if p in rest or stem(p) in rest), "")
    rest -= {whose, stem(whose)}
    if (rest or tips_for) and not whose:
        return message, history
    above = next(
        (
            said
            for said in reversed(history[:-1])
            if not said.own
            and said.author.lower() not in names
            and MENTION.sub(" ", said.text).strip()
            and (not whose or said.author.lower() == whose)
            # "any tips for leo?" after Leo's question, never after his news
            and (not tips_for or ASKED.search(said.text))
            # on the thing named: "what raj asked earlier about light"
            and rest <= set(terms(said.text))
        ),
        None,
    )
    if above is None or (not whose and known(index_of(voice.material), above.text, asked=True)):
        # Its plain answer to that message (a `#know` line) is found from the pointer itself,
        # as the message above is read with it; not past a named one's ("^ raj's question").
        return message, history
    asked = MENTION.sub(" ", above.text).strip()
    # "ok first q: what's the speed of light roughly?": the question after its quiz lead
    asked = QUIZ_LEAD.sub("", asked) or asked
    put = " ".join([*MENTION.findall(message), asked])
    kept = [said for said in history[:-1] if said is not above]
    return put, [*kept, ChatLine(history[-1].author, put, history[-1].own)]


# A quiz question's lead ("ok first q:", "question 3:", "next one -").
QUIZ_LEAD = folded(
    r"^\W*(?:(?:ok|okay|right|so|and)\W+)*(?:(?:first|next|last|final|\d+(?:st|nd|rd|th)?)\W+)?"
    r"(?:q|qn|question|one)\W*\d*\s*[:\-]\s*",
    re.IGNORECASE,
)


# Who wins a game, race or draw still to come, or a tip for a bet: "whos winning the grand
# national, need a tip", "who's going to win the match on saturday", "which horse should i
# back", "any tips for the lottery numbers". Nobody can know; no "Good luck" as if the asker
# competed, no line on horses' feelings.
OUTCOME_AHEAD = folded(
    r"\bwho(?:'?s| is| are) (?:going to win|gonna win|gunna win|winning)\b"
    r"(?![^.?!]{0,12}\b(?:at the moment|right now|so far|now|currently)\b)|"
    r"\bwho(?:'ll| will)(?: \w+)? win\b|"
    r"\bwho (?:do|d'?) ?(?:you|u|ya) (?:think|reckon|fancy)(?: will| is going to|'ll)? (?:wins?|"
    r"takes? it)\b|\bwhich (?:horse|team|dog|side|one) (?:should|shall|"
    r"do|would|will) (?:i|we|you) (?:back|bet on|put (?:money|a (?:fiver|tenner|quid|bet)) on)\b|"
    r"\b(?:tips?|picks?|numbers?) for (?:the |this )?(?:lottery|lotto|euromillions|grand "
    r"national|derby|national|gold cup|big race|race|races|match|game|bet)\b|"
    r"\blottery numbers?\b|\bwinning numbers?\b|\bneed a tip\b|\bwho to bet on\b",
    re.IGNORECASE,
)


def _outcome_foreseen(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str]
) -> str:
    """Its plain word that it cannot tell what will be (#foresee), for who wins a game or draw
    to come, or a tip for a bet, asked by a person (`OUTCOME_AHEAD`); "" otherwise."""
    author = history[-1].author if history else ""
    if not OUTCOME_AHEAD.search(MENTION.sub(" ", message)) or author in ignore:
        return ""
    name = _addressable(author)
    used = [line.text for line in history if line.own][-3:]
    return _tagged(index_of(voice.material), "foresee", random.Random(seed), name=name, used=used)


def _checked(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """A figure checked against another, yes or no ("the vet says keep the colostrum at 3.9C,
    that should be under 4 right?", "is 3/8 bigger than 1/3"), worked by whoever is asked and
    said in its #checked or #unchecked words; never a guessed "No, I do not think so". ""
    when `message` asks no such check."""
    found = check_of(MENTION.sub(" ", message))
    if not found:
        return ""
    name = _addressable(history[-1].author) if history else ""
    kind = "checked" if found[0] else "unchecked"
    return _tagged(index_of(voice.material), kind, random.Random(seed), name=name, what=found[1])


# What a test of a claim would measure, by what the claim says it does.
MEASURED_BY = (
    (
        folded(r"\b(?:last|lasts|longer|die|dies|life|charge|fresh|keeps?)\b", re.I),
        "how long each lot lasts",
    ),
    (folded(r"\b(?:fast|faster|quicker|speed|sooner)\b", re.I), "which is faster"),
    (folded(r"\b(?:grow|grows|thicker|bigger|taller)\b", re.I), "how much each grows"),
)


def _untested(voice: Voice, message: str, history: Sequence[Said], seed: int, reply: str) -> str:
    """For a claim put to be checked ("i keep my batteries in the fridge like my son says. is
    that nonsense") that its draft meets only with owning up or a laugh: that it would test it
    before believing it, naming what it would measure (#untested), never "A very precise
    observation" for a myth; "" for a persona with no such line, or any other message."""
    index = index_of(voice.material)
    lines = index.tagged.get("untested")
    if not lines or not CLAIM_CHECKED.search(message):
        return ""
    laughs = tuple(index.tagged.get("laugh", ()))
    if not (
        owned_up_in(voice.material, reply) or any(p.search(reply) for p in _said_patterns(laughs))
    ):
        return ""
    measure = next(
        (m for p, m in MEASURED_BY if p.search(message)), "what difference it makes, if any"
    )
    name = _addressable(history[-1].author) if history else ""
    return _tagged(index, "untested", random.Random(seed), name=name, what=measure)


# A question a case put carries of its own: "what's the total", "how many", "which".
OWN_ASK = folded(r"\b(?:what(?! if)|whats|how|which|when|who)\b", re.IGNORECASE)


def _case_unworked(
    voice: Voice, message: str, history: Sequence[Said], seed: int, said: Sequence[str] = ()
) -> str:
    """A case put to the one who does the room's sums that no reader of a sum could work ("ok
    and if half my charging is rapid at 79p", "per night per person please"): the whole sum
    asked for again with it, in its #figure words (not the words it last asked with), never "Do
    tell me more" as to news; "" for any other persona or message."""
    text = MENTION.sub(" ", message).strip()
    put = (IF_FIGURED.match(text) and re.search(r"\d", text)) or RATE_ALONE_ASKED.match(text)
    if not (_reckoner(voice) and put):
        return ""
    if OWN_ASK.search(text) or not any(said.own for said in history[-3:-1]):
        return ""  # "and if we add the entry, what's the total": a question of its own
    name = _addressable(history[-1].author) if history else ""
    thing = (
        "the whole sum again with that figure in it"
        if re.search(r"\d", text)
        else "the whole sum again, the total and what it is counted per"
    )
    index, used = index_of(voice.material), _said(said, history)
    return _tagged(index, "figure", random.Random(seed), name=name, thing=thing, used=used)


def _said_over(reply: str, said: Sequence[str], history: Sequence[Said]) -> bool:
    """Whether `reply` is a line the persona said in the room already, said to another person
    ("For a name, Shaz: our terrier was Polly ..." after "For a name, Mick: ..."): the words
    after its first comma the same, and long enough to be a line of its own, not an opener."""
    head, comma, rest = reply.partition(", ")
    if not comma or len(rest) < 40:
        return False
    return any(
        line != reply
        and line.startswith(head)
        and line.partition(", ")[2].partition(" ")[2] == rest.partition(" ")[2]
        for line in _said(said, history)
    )


# A sum asked again with one figure changed: "ok make it 1 min of faffing", "redo it with 6 of
# us", "what if its 25p a kwh", "same but 40 people".
SUM_CHANGED = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|right|hmm+|oh|wait|actually|sorry|pls|please|lol)\W+){0,3}"
    r"(?:(?:can (?:u|you) |could (?:u|you) |pls |please )?(?:redo|re-do|rework|recalculate|recalc|"
    r"redo the sum|do it again|work it out again)(?: it| that| the sum| the maths)?"
    r"(?: (?:with|for|at|using|but))?|"
    r"(?:make|change) (?:it|that|them|the \w+)(?: to)?|what if (?:it'?s|its|it was|we|there'?s|"
    r"there are|there were|we had|each|the)|same (?:again |thing |sum )?(?:but|with|for)|"
    r"(?:and |ok )?with|and (?:straight[ -]line|reducing balance)|(?:and |what about |how about )"
    r"(?:for|with) )\b",
    re.IGNORECASE,
)
# A figure with what it counts ("1 min", "€15", "6 of us", "25p", "40 people", "2.5 hours").
FIGURE = folded(
    r"(?P<fig>[£€$]?\d+(?:[.,]\d+)?(?:\s?(?:p|k|kw|kwh|%|h|m|min|mins|minutes?|secs?|seconds?|"
    r"hours?|hrs?|days?|weeks?|months?|years?|kg|km|miles?|people|of us|each))?)(?![\w.])",
    re.IGNORECASE,
)
# A run of digits, whatever it counts ("1,200", "2.5", "40").
DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")


def _sum_other_way(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The sum it worked out a little before, worked out again with the figure the message
    changes ("ok make it 1 min of faffing" after "3.5 min plus 30 sec of us faffing between
    songs, how many fit in 25 min": 5 fit, not 6), in its #sum words; "" when the message
    changes no figure of a sum it worked out, or the sum cannot be worked out again."""
    cleaned = MENTION.sub(" ", message).strip()
    if not SUM_CHANGED.search(cleaned) or len(cleaned.split()) > 20:
        return ""
    index = index_of(voice.material)
    if not (index.tagged.get("sum") or index.tagged.get("share")):
        return ""
    new = list(FIGURE.finditer(cleaned))
    swapped = next((w for w in OTHER_WAY if w in cleaned.lower()), "")
    if len(new) != 1 and not (swapped and not new):
        return ""
    figure = new[0] if new else None
    for at in range(len(history) - 2, max(len(history) - 8, 0), -1):
        if not history[at].own:
            continue
        asked = next((s.text for s in reversed(history[:at]) if not s.own), "")
        asked = MENTION.sub(" ", asked).strip()
        if not asked or not word_sum(asked):
            return ""
        if figure is None:
            # "and straight line for comparison pls", after reducing balance: the other way.
            other = OTHER_WAY[swapped]
            changed = (
                re.sub(other, swapped, asked, flags=re.I) if re.search(other, asked, re.I) else ""
            )
        else:
            changed = _figure_changed(asked, cleaned, figure)
        found = word_sum(changed) if changed else None
        if not found or not found.working or found.need:
            return ""
        name = _addressable(history[-1].author)
        return _tagged(
            index,
            "sum",
            random.Random(seed),
            name=name,
            what=found.working,
            used=[history[at].text],
        )
    return ""


# The same sum worked another way, and the way it replaces: "and straight line for comparison".
OTHER_WAY = {
    "straight line": r"\b(?:reducing|declining|diminishing) balance\b",
    "reducing balance": r"\bstraight[ -]line\b",
}


def _figure_changed(asked: str, said: str, figure: re.Match) -> str:
    """`asked` with the figure of it that `figure` (in `said`) replaces: the one just before the
    word that follows the new figure in both ("1 min of faffing": the "30 sec" before "faffing"),
    else the one of the same kind of thing ("€15" for "€45"); "" when none is meant."""
    after = [t for t in terms(said[figure.end() :]) if t not in GENERIC_TERMS][:3]
    olds = list(FIGURE.finditer(asked))
    if not olds:
        return ""
    stems_at = [(m.start(), stem(m.group(0).lower())) for m in re.finditer(r"[a-z]+", asked, re.I)]
    for word in after:
        place = next((i for i, t in stems_at if t == word), None)
        if place is None:
            continue
        before = [m for m in olds if m.end() <= place and place - m.end() <= 30]
        if before:
            old = before[-1]
            return f"{asked[: old.start()]}{figure.group('fig')}{asked[old.end() :]}"
    unit = re.sub(r"[\d.,\s]", "", figure.group("fig")).lower()
    same = [m for m in olds if unit and re.sub(r"[\d.,\s]", "", m.group("fig")).lower() == unit]
    if len(same) == 1:
        old = same[0]
        return f"{asked[: old.start()]}{figure.group('fig')}{asked[old.end() :]}"
    return ""


def _number_followed(
    voice: Voice, message: str, history: Sequence[Said], said: Sequence[str] = ()
) -> str:
    """Just the result of the sum it worked out a little before ("About £245.70, Omar." to
    "give me just the number for the heater, not the working"), or "" when the message asks
    no such thing, or it worked out no sum of `bots.wordsum` lately: the sum asked, when it is
    among the last messages, else the last money its own last #sum reply came to."""
    if not just_the_number(message) or len(history) < 2:
        return ""
    name = _addressable(history[-1].author)
    recent = list(history[:-1])
    number = ""
    for at in range(len(recent) - 1, -1, -1):
        line = recent[at]
        if line.own or not any(s.own for s in recent[at + 1 :]):
            continue
        found = word_sum(line.text)
        if found and found.number and not found.need:
            number = found.number
            break
    if not number:
        sums = index_of(voice.material).tagged.get("sum") or DEFAULT_TAGGED["sum"]
        patterns = [
            re.compile(
                re.escape(t).replace(re.escape("{name}"), ".+?").replace(re.escape("{what}"), ".+")
            )
            for t in sums
        ]
        own = [s.text for s in recent if s.own]
        for reply in reversed([*said, *own][-8:]):
            if any(p.search(reply) for p in patterns):
                number = money_result(reply)
                break
    if not number:
        return ""
    number = number[:1].upper() + number[1:]
    return f"{number}, {name}." if name else f"{number}."


def _worked(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    said: Sequence[str],
    ignore: Collection[str] = (),
) -> str:
    """A sum `message` asks, worked by the first reader of its shape that reads it (each
    returns "" for a voice that does no sums, or a message not of its shape). `ignore`: the
    personas' names, whose lines are no person's figures (as `_figures_before` reads them)."""
    return (
        _split_followed(voice, message, history, seed)
        or _number_followed(voice, message, history, said)
        or _sum_budget(voice, message, history, seed, ignore)
        or _sum_profit(voice, message, history, seed)
        or _sum_solar(voice, message, history, seed, said)
        or _sum_physics(voice, message, history, seed)
        or _sum_redone(voice, message, history, seed)
        or _sum_rounded(voice, message, history, seed)
        or _sum_stepped(voice, message, history, seed)
        # "and straight line for comparison pls": the same sum worked the other way
        or _sum_other_way(voice, message, history, seed)
        or _sum_plain(voice, message, history, seed)
        or _sum_expr(voice, message, history, seed, ignore)
    )


def _last_asked(history: Sequence[Said], ignore: Collection[str]) -> str:
    """The last sum people asked in `history`, with the figures they said before it ("minibus
    is 180 all in", then "whats that each with 6 of us"), as changed by any follow-up after it
    (`refigured`); "" when none was asked. Persona lines are no person's figures."""
    asked, told = "", []
    for line in history:
        if line.own or line.author in ignore:
            continue
        text = MENTION.sub(" ", line.text).strip()
        if asked and (again := refigured(asked, text)):
            asked = again
        elif SUM_ASKED.search(text) and SUM_WORDED.search(text):
            asked, told = ". ".join([*told[-3:], text]), []
        elif re.search(r"\d", text):
            told.append(text.rstrip(" .!?"))
    return asked


def _refigured(voice: Voice, message: str, history: Sequence[Said], ignore: Collection[str]) -> str:
    """The last sum asked in the room, with the figures said before it, as a follow-up changes
    it ("ok and if 2 more come?", "actually change it to £650", "and if i swap to the 1.2kW oil
    one?": `refigured`), to be read as if asked so; "" for a persona that does no sums, or a
    message that changes no sum asked."""
    if not _reckoner(voice) or len(history) < 2:
        return ""
    asked = _last_asked(history[-8:-1], ignore)
    return refigured(asked, MENTION.sub(" ", message)) if asked else ""


def _figures_before(
    voice: Voice, message: str, history: Sequence[Said], ignore: Collection[str]
) -> str:
    """A sum asked of the mathematician with at most one figure of its own ("how much each is
    that", "and if there are 30 of us"), or with counts but no sum of money when the message
    before has one ("how much each for 6 people or 8"), joined after the message a person said
    just before it when that one holds figures; "" when it is no such sum."""
    figures = re.findall(r"\d+", MENTION.sub(" ", message))
    if not _reckoner(voice) or len(history) < 2:
        return ""
    if len(figures) > 1 and (MONEY_SIGN.search(message) or not MONEY_SIGN.search(history[-2].text)):
        return ""  # its own figures, or no sum of money just before to share by them
    if not SUM_WORDED.search(message) or not ASKS_ON.search(MENTION.sub(" ", message)):
        return ""  # "hi all, raj here, getting 3 hens next week, total beginner": asks nothing
    before = history[-2]
    if before.own or before.author in ignore or not re.search(r"\d", before.text):
        return ""
    return f"{before.text.rstrip(' .')}. {message}"


# What asks on a sum said just before: a question, or words that ask ("how much each is that",
# "and if there are 30 of us", "what's that each", "total?", "split 4 ways").
ASKS_ON = folded(
    r"\?|\bhow (?:much|many|long)\b|\bwhat(?:'?s| is| does| do| would| will)?\b|\beach\b|"
    r"\bper\b|\bsplit\b|\bowe\b|\bcomes? to\b|\bwork (?:it|that|this) out\b|"
    r"^\W*(?:and|so|ok|okay|then|plus|now)\b|\b(?:total|altogether|in all)\W*$",
    re.IGNORECASE,
)


# The readings every persona works for itself (`bots.asks.request_kind`): shares, a pace, a total.
OWN_SUMS = frozenset({"sum", "share", "pace", "overlap", "journey", "fall"})
# Of them, those worked out before any plain answer, advice or view on the thing they name.
WORKED_STANCES = OWN_SUMS - {"overlap"}


def _worked_joined(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    said: Sequence[str],
    ignore: Collection[str],
) -> tuple[str, str, Sequence[Said]]:
    """The sum `message` asks, worked (`_worked`); with none, read joined after the figures a
    person said just before it (`_figures_before`: "coach is £540 for the day, 23 of us", then
    "@lovelace how much each is that"); a follow-up that changes the last sum asked, that sum
    as changed (`_refigured`). The working, and the message and history as read."""
    worked = _worked(voice, message, history, seed, said, ignore)
    changed = "" if worked else _refigured(voice, message, history, ignore)
    if changed:
        # a follow-up is the sum it changes, asked again: never its own figures read alone
        # ("ok now its 52 coming, how many cases of 6": not 52 bottles at 6 a case)
        history = [*history[:-1], replace(history[-1], text=changed)]
        return _worked(voice, changed, history, seed, said, ignore), changed, history
    joined = "" if worked else _figures_before(voice, message, history, ignore)
    if not joined:
        return worked, message, history
    history = [*history[:-1], replace(history[-1], text=joined)]
    return _worked(voice, joined, history, seed, said, ignore), joined, history


def _sum_handed(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    said: Sequence[str],
    ignore: Collection[str],
    reply: str,
) -> str:
    """A sum the mathematician's readers work (`_worked`), put to another persona ("@darwin
    petrol is 145p a litre, 240 miles, car does 40mpg, what's the fuel cost"), whose `reply`
    has no figure (it owned up: "it lies far from my studies"): worked in its own voice, as any
    persona that says sums works them (never handed on, to be met with a line on another
    thing). "" for a sum the persona works for itself (`OWN_SUMS`), or none these readers
    work."""
    if voice.is_house_bot or _reckoner(voice) or not history or re.search(r"\d", reply):
        return ""
    if not (re.search(r"\d", message) and SUM_WORDED.search(message)) and not (
        sum_asked(message) and any(re.search(r"\d", line.text) for line in history[-4:-1])
    ):
        return ""
    if request_kind(MENTION.sub(" ", message)) in OWN_SUMS:
        return ""
    sums = _as_reckoner(voice)
    # read with the lines before it as the mathematician reads them, placing every figure
    worked = _worked_joined(sums, message, history, seed, said, ignore)[0] or _sum_joined(
        sums, history, seed, ignore
    )
    # a figure it would ask for that a line further back gives: worked, not asked again
    return _sum_solved(sums, message, history, seed, ignore, worked) or worked


def _handed_sum(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    said: Sequence[str],
    ignore: Collection[str],
    others: Sequence[Voice],
) -> str:
    """The person's sum another persona handed the mathematician (`_handed_over`), worked
    as if put to it by the person; "" when the message hands it none."""
    if not _reckoner(voice) or not history:
        return ""
    author = history[-1].author
    persona_names = {*ignore, voice.name, voice.slug}
    if author not in persona_names:
        return ""
    asked = _handed_over(voice, message, history, persona_names, by=_voice_of(author, others))
    if asked is None:
        return ""
    question, asker = asked
    at = max(i for i, line in enumerate(history) if line.author == asker and line.text == question)
    put = history[: at + 1]
    worked = _worked_joined(voice, question, put, seed, said, ignore)[0]
    worked = _sum_solved(voice, question, put, seed, ignore, worked) or worked
    if worked or not _sum_asked_among(question, put, ignore):
        return worked
    # a sum handed over that it cannot work: said plainly, never met with a line on another thing
    index = index_of(voice.material)
    kind = "unworked" if index.tagged.get("unworked") else "unplaced"
    name = _addressable(asker)
    return _tagged(index, kind, random.Random(seed), name=name, thing="figures", used=said)


# A sum asked in words: how much or how many, a total, a share, a time, an age or a year.
SUM_ASKED_WORDS = re.compile(
    r"(?i)\bhow (?:much|many|long|old)\b|\bwhat (?:time|age|year|date)\b|\bwhen'?s the next\b|"
    r"\b(?:total|each|per|average|cost|costs|price|bill|owe|cheaper|better value|left over|"
    r"spare)\b|\b(?:for|between) (?:the |all |us )?\d+\b"
)


def _sum_asked_among(asked: str, history: Sequence[Said], ignore: Collection[str]) -> bool:
    """Whether `asked` (the last of `history`) asks a sum in words with its figures, two at
    least (one is a fact told: "how old do tortoises get, mine is 40"), in it or in the last
    three lines people said before it."""
    if not SUM_ASKED_WORDS.search(typed(MENTION.sub(" ", asked).lower())):
        return False
    said = [MENTION.sub(" ", asked), *_people_before(history, ignore)[:3]]
    if CLOCK_ASKED.search(said[0]) and any(CLOCK_SAID.search(t) for t in said):
        return True  # a time of day asked of one said: "by 19:00", "what time do we leave"
    return sum(len(re.findall(r"\d+(?:[.,:]\d+)*", t)) for t in said) >= 2


def _as_reckoner(voice: Voice) -> Voice:
    """A persona that says sums (#sum) as one who works the room's sums, briefly in its own
    voice; the house bot, or one that says none, as it is."""
    if _says_sums(voice) and not _reckoner(voice):
        return replace(voice, style={**voice.style, "fields": ("mathematics",)})
    return voice


def _says_sums(voice: Voice) -> bool:
    """Whether `voice` works sums asked of it, in its #sum words: any persona that has them."""
    return not voice.is_house_bot and bool(index_of(voice.material).tagged.get("sum"))


def _reckoner(voice: Voice) -> bool:
    """Whether `voice` is the one who does the room's sums (the mathematician): sums of steps
    are read for it alone (`bots.wordsum.stepped`)."""
    return "mathematics" in voice.style.get("fields", ())


def _sum_arithmetic(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """Plain arithmetic put to any persona ("what is 6 times 7", "whats 17*23", "2+2?", "what's
    the square root of 81"), worked in its #plainsum words, else its #sum words ("6 × 7 is
    42"); it was a stock line on 47 times 6, a "labours of others" quote on 17 times 23 and
    cells that divide on 144 divided by 12."""
    index = index_of(voice.material)
    if not (index.tagged.get("plainsum") or index.tagged.get("sum")):
        return ""
    worked = arithmetic_of(MENTION.sub(" ", message).strip())
    if not worked:
        return ""
    name = _addressable(history[-1].author) if history else ""
    used = [line.text for line in history if line.own][-3:]
    what = worked.removesuffix(".").replace(" = ", " is ")
    kind = "plainsum" if index.tagged.get("plainsum") else "sum"
    return _tagged(index, kind, random.Random(seed), name=name, what=what, used=used)


def _small_talk(
    voice: Voice, message: str, history: Sequence[Said], seed: int, said: Sequence[str]
) -> str:
    """A chat token or small talk answered in kind (`bots.smalltalk`), in the persona's own
    words: "ok" a word back (#ack); "wow" what the wonder is (#wow), or that it is one just after
    its own line (#wowed); a laugh at nothing of its own laughed along with (#laughed), never
    credit for a joke it did not make; "anyone watching the bake off?" its word on the show
    (#telly); "what did I miss" what the room said just before (#missed); "teach me something
    interesting" a true thing of its field (#fact). "" for any
    other message, or when the token answers its own question ("ok" to "shall I go on?")."""
    if mourning(history, history[-1].author if history else "") is not None:
        return ""  # "omg", "ok" or "lol" just after a loss told: never "what has astonished you"
    index = index_of(voice.material)
    text = MENTION.sub(" ", message).strip()
    own = "|".join(re.escape(w) for w in {*voice.name.lower().split(), voice.slug.lower()})
    text = re.sub(rf"^\W*(?:{own})\b\W*|\W*\b(?:{own})\W*$", "", text, flags=re.I).strip()
    text = plain(text)
    if not text:
        return ""
    name = _addressable(history[-1].author) if history else ""
    before = history[-2] if len(history) >= 2 else None
    after_own = bool(before and before.own)
    rng = random.Random(seed)
    used = list(said)

    def line(kind: str, **fields: str) -> str:
        if not index.tagged.get(kind):
            return ""
        return _tagged(index, kind, rng, name=name, used=used, **fields)

    if after_own and before.text.rstrip().endswith("?") and (ACK.match(text) or WOW.match(text)):
        return ""  # "ok" or "wow" to its own question answers it
    if ACK.match(text):
        return line("ack")
    if WOW.match(text):
        return line("wowed" if after_own else "wow")
    if LAUGH_ALONE.match(text) and not after_own:
        return line("laughed")
    if show := show_asked(text):
        return line("telly", what=show)
    if MISSED.search(text):
        asker = history[-1].author if history else ""
        lines = [
            ("I" if s.own else _addressable(s.author) or "someone", s.text, "?" in s.text)
            for s in history[-4:-1]
            if s.author != asker and MENTION.sub(" ", s.text).strip()
        ]
        what = room_so_far([(who, MENTION.sub(" ", t).strip(), a) for who, t, a in lines])
        # (nothing said before it: owned up to as the group's goings-on, for the others to
        # say, since what it sees of the room may not reach back to when they left)
        return line("missed", what=what) if what else ""
    if TEACH_ME.match(text):
        return line("funfact")
    return ""


def _sum_said(voice: Voice, found: Worked, history: Sequence[Said], seed: int) -> str:
    """A sum worked out, in its #sum words; a figure it lacks asked for (#figure), after what is
    sure of the sum."""
    index = index_of(voice.material)
    name = _addressable(history[-1].author) if history else ""
    rng = random.Random(seed)
    used = [line.text for line in history if line.own][-3:]
    if found.need:
        if not found.working:
            return _tagged(index, "figure", rng, name=name, thing=found.need, used=used)
        asking = index.tagged.get("figure") or DEFAULT_TAGGED["figure"]
        plain = [a for a in asking if "{name}" not in a] or list(asking)
        head = _tagged(index, "sum", rng, name=name, what=found.working, used=used)
        return f"{head} {plain[0].format(thing=found.need, name=name)}"
    return _tagged(index, "sum", rng, name=name, what=found.working, used=used)


def _sum_stepped(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """A sum of two or three steps put to the one who does the room's sums ("the club gets 15%
    off the £340 coach, split between 17 of us, how much each": "£340 less 15% is £289; between
    17 of you, £17 each"), when the readers of one shape miss it or leave a figure of it out; ""
    for any other persona or message."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    found = stepped_over(MENTION.sub(" ", message))
    return _sum_said(voice, found, history, seed) if found else ""


def _sum_rounded(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The sum of money its last reply came to, rounded as asked ("round that down to the
    nearest 50 then" after "... plus 20%, £1,261.20": "£1,261.20 rounded down to the nearest £50
    is £1,250"), for the one who does the room's sums; "" for any other, or when no reply of its
    own just before came to a sum of money."""
    if not _reckoner(voice) or len(history) < 2 or not index_of(voice.material).tagged.get("sum"):
        return ""
    own = next((line.text for line in reversed(history[-4:-1]) if line.own), "")
    found = rounded(money_result(own), MENTION.sub(" ", message)) if own else None
    return _sum_said(voice, Worked(*found), history, seed) if found else ""


def _sum_plain(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """A plain bill put to the one who does the room's sums (`bots.wordsum.plain_total`: items
    at a price, amounts added, VAT on, shared some ways), its figures in the message or, asked
    of "that", in a person's message just before ("£1,480 hire + £180 fuel deposit + £45 for
    biscuit", then "@lovelace can you split that four ways"); "" for any other."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    text = MENTION.sub(" ", message)
    if sum_read(text, True) or (priced(text) and sum_of(text)):
        return ""  # read as a sum of its shape, in the reply's own course
    found = plain_total(text) or _bill_moved(text, history)
    if not found and len(re.findall(r"[£$€]\s?\d", text)) < 2:
        told = (s.text for s in reversed(history[-4:-1]) if not s.own)
        before = next((t for t in told if len(re.findall(r"[£$€]\s?\d", t)) >= 2), "")
        found = (
            plain_total(f"{MENTION.sub(' ', before).rstrip(' .!?')}. {text}") if before else None
        )
    return _sum_said(voice, found, history, seed) if found else ""


def _sum_expr(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str] = ()
) -> str:
    """A sum of a new shape put to the one who does the room's sums, read by quantities, units
    and the operations its words name (`bots.expr.read`), its figures in the message or in one
    of the last three messages people said just before ("coach is £540 for the day, 23 of us",
    then "and if we add the entry at £13.50 each, what's the total per head"), never another
    persona's (`ignore`: the figures of its answer are not the person's to be counted again);
    last, after every reader of one shape."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    # an ask with a price and a count of its own is never mended with figures said before it
    # (one read joined after the line before it, `_figures_before`, is that line's sum too)
    joined = len(history) > 1 and message.startswith(history[-2].text.rstrip(" ."))
    told = [] if says_its_own(message) and not joined else _people_before(history, ignore)
    found = expr_read(MENTION.sub(" ", message), told[:3])
    return _sum_said(voice, found, history, seed) if found else ""


def _people_before(history: Sequence[Said], ignore: Collection[str]) -> list[str]:
    """What people (no persona) said in the five messages before the last, newest first, with
    mentions taken out: where a sum's other figures were said."""
    return [
        MENTION.sub(" ", line.text)
        for line in reversed(history[-6:-1])
        if not line.own and line.author not in ignore
    ]


def _sum_solved(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    ignore: Collection[str] = (),
    reply: str = "",
) -> str:
    """A sum no reader reads, its figures spread over the ask and the last few lines people
    said ("campsite came to £96", "and i did the food shop, that was 54", "6 of us goin",
    "@lovelace so whats that pp then"), worked by their units (`bots.solve.solve`) for the one
    who does the room's sums, in place of a `reply` with no figure (she owned up, or asked for
    a figure said further back); "" when no one way stands best, or the reply has a figure."""
    if voice.is_house_bot or not _reckoner(voice) or re.search(r"\d", reply):
        return ""
    if not index_of(voice.material).tagged.get("sum"):
        return ""
    told = _people_before(history, ignore)
    who = [
        line.author
        for line in reversed(history[-6:-1])
        if not line.own and line.author not in ignore
    ]
    asked = MENTION.sub(" ", message)
    working = solve(asked, told[:5], who[:5])
    if not working and (said := STATED_THEN_ASKED.search(asked)):
        # "one rabbit costs £13.04 a month, how much a year for two rabbits": what is said,
        # then the question, read as two lines
        working = solve(asked[said.end() :].strip(), [asked[: said.start()].strip(), *told[:4]])
    if working and _deposit_added(working, [MENTION.sub(" ", message), *told[:5]]):
        return ""
    return _sum_said(voice, Worked(working), history, seed) if working else ""


# Where a line that says figures turns to its question: ", how much a year", ". so what's".
STATED_THEN_ASKED = folded(
    r"[,.;]\s+(?=(?:so\s|and\s|then\s)?(?:how|what|whats|what's|wats)\b)", re.IGNORECASE
)


# Money paid ahead towards a bill ("i put the £20 deposit down", "already paid £50 upfront").
PAID_AHEAD = folded(
    r"\b(?:deposit|put (?:\w+ ){0,3}down|paid (?:\w+ ){0,2}(?:up ?front|already|in advance)|"
    r"already paid|upfront|up front|in advance)\b",
    re.IGNORECASE,
)


# Paid ahead by one person: "i put the £20 deposit down", "ben paid the deposit".
ONE_PAID_AHEAD = folded(
    r"\b(?:i|i'?ve|ive|i'?d|i already|he|she|[a-z]+ has|[a-z]+'s)\s(?:already\s)?(?:put|paid|"
    r"covered|sent|transferred)\b[^.?!]{0,30}\b(?:deposit|up ?front|in advance)\b",
    re.IGNORECASE,
)


def _one_paid_ahead(working: str, told: Sequence[str]) -> bool:
    """Whether `working` takes a deposit one person paid off a bill and shares the rest evenly
    ("£186 less the £20 deposit is £166; between 6 of you, £27.67 each", after "i put the £20
    deposit down"): the one who paid it owes less, the others more."""
    return (
        "deposit" in working and " each" in working and any(ONE_PAID_AHEAD.search(t) for t in told)
    )


def _deposit_added(working: str, lines: Sequence[str]) -> bool:
    """Whether `working` adds money paid ahead towards a bill to the bill ("bill came to £186",
    "i put the £20 deposit down": never "£186 + £20 is £206")."""
    if " + " not in working:
        return False
    added = set(re.findall(r"£\d[\d,]*(?:\.\d+)?", working.split(" is ")[0]))
    return any(
        PAID_AHEAD.search(t) and added & set(re.findall(r"£\d[\d,]*(?:\.\d+)?", t)) for t in lines
    )


def _sum_product(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str]
) -> str:
    """A total of money asked as a product of typed quantities, read from the message alone in
    any order (`bots.product`: "tickets are £9 each and we sold 120, how much did we make"),
    worked by any persona asked that says sums, in its #sum words, before any reader that
    would mend the ask with figures said earlier; "" for any other persona or message, or when
    a person said a figure just before it that no question of theirs asked ("and £40 for the
    dj"): that may be part of the sum, and is left to the readers of several lines."""
    if voice.is_house_bot or not index_of(voice.material).tagged.get("sum"):
        return ""
    working = product_of(MENTION.sub(" ", message))
    if not working:
        return ""
    for line in reversed(history[-4:-1]):
        if line.own or line.author in ignore:
            break  # said before the persona's last word: a sum of its own, answered
        if figures_of(line.text) and not ASKED_LINE.search(line.text):
            return ""  # (a room, a platform, a clock time is no figure of a sum)
    return _sum_said(voice, Worked(working), history, seed)


def _sum_difference(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The difference of two like figures asked in the message alone, or a half or a third of
    one (`bots.differ`: "how many more hours is 18h than 12h", "what's half of £37"), worked by
    any persona asked that says sums, in its #sum words; "" for any other persona or message."""
    if voice.is_house_bot or not index_of(voice.material).tagged.get("sum"):
        return ""
    found = difference_of(message) or part_of(message)
    return _sum_said(voice, found, history, seed) if found else ""


# A line that asks something: its figures are its own sum's, not loose ones for the next.
ASKED_LINE = folded(r"\?|\b(?:what|whats|how|total)\b", re.IGNORECASE)


def _sum_billed(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str]
) -> str:
    """A bill of a rate times a count plus extras, less what someone puts towards it
    (`bots.compound.bill_with_extras`), worked before the readers of one shape, which would
    work the product alone and leave the extras out, by any persona that says sums. "" for any
    other persona or message."""
    if not _says_sums(voice) or OF_HER.search(message.lower()):
        return ""
    told = [t.lower() for t in _people_before(history, ignore)[:3]]
    if not any(re.search(r"\d", t) for t in (message, *told)):
        return ""  # no figure to work
    lines = [MENTION.sub(" ", message).lower(), *told]
    working = bill_with_extras(lines) or rest_split(lines)
    return _sum_said(voice, Worked(working), history, seed) if working else ""


def _sum_timed(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str]
) -> str:
    """A sum of time, dates, rates or units (`bots.solve_time`: "leaving 07:15", "its 240km",
    "what time do we get there"), worked before any reply is drawn by any persona that says
    sums: a drawn reply with a figure of its own (a date from
    its life) would else stand in its place. "" for any other persona or message."""
    if not _says_sums(voice) or OF_HER.search(message.lower()):
        return ""
    told = [t.lower() for t in _people_before(history, ignore)[:5]]
    if not any(re.search(r"\d", t) for t in (message, *told)):
        return ""  # no figure to work
    asked = typed(MENTION.sub(" ", message).lower())
    if timed([asked]):
        return ""  # a sum said whole in one message: the readers of one message word it
    working = timed([asked, *told])
    return _sum_said(voice, Worked(working), history, seed) if working else ""


# Asked of the persona's own life, not of the figures said: "how many languages did you speak".
OF_HER = re.compile(r"\b(?:did|do|were|are|have|had|would|could|can) (?:you|u)\b|\b(?:your|ur)\b")


# A price asked per head: "what's the cost per paying child", "what do we each owe".
COST_PER_ASKED = re.compile(
    r"\b(?:cost|costs|price|pay|owe|comes? to)\b[^.?!]{0,30}\b(?:per|each|a head|pp|ea)\b|"
    r"\b(?:per|each|pp|ea)\b[^.?!]{0,20}\b(?:cost|costs|pay|owe)\b"
)


def _sum_unworked(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    seed: int,
    ignore: Collection[str] = (),
    reply: str = "",
    said: Sequence[str] = (),
) -> str:
    """A sum asked among figures (in the ask or the last lines people said) that no reader and
    no solving works: the persona's plain word that it will not guess, asking for the sum set
    out (#unworked), in place of a `reply` with no figure that owns up to mathematics failing
    it ("There my mathematics fails me", "that lies far from my studies") or talks of something
    else ("What question brought you here?", Hamlet's running time for "what is that an
    hour"); "" otherwise, when the reply has a figure or asks for the one it lacks (#figure),
    or is another persona's answer in its own field (#know, #life)."""
    index = index_of(voice.material)
    if voice.is_house_bot or not index.tagged.get("unworked"):
        return ""
    if re.search(r"\d", reply):
        return ""
    asked = MENTION.sub(" ", message).lower()
    told = [line.text for line in history[-4:-1] if not line.own and line.author not in ignore]
    if not (SOLVE_ASKED.search(asked) or COST_PER_ASKED.search(asked)) or not any(
        re.search(r"\d", t) for t in (asked, *told)
    ):
        return ""
    if OF_HER.search(asked):
        return ""  # "how many languages did you speak": her own life, asked
    if any(
        _said_line(line, reply)
        for kind in ("figure", "nofigures", "foresee")
        for line in index.tagged.get(kind, ())
    ):
        return ""  # it asked for the figure it lacks, owned it has none, or will not foretell
    said_figures = " ".join((asked, *told))
    if not _reckoner(voice) and not (
        re.search(r"[£$€]\s?\d", said_figures) or len(re.findall(r"\d+", said_figures)) > 1
    ):
        return ""  # "we have 3 hens, how many eggs a week": a question of its field, no sum
    if not _reckoner(voice) and any(
        _line_core(line) in reply
        for kind in ("know", "life", "dilemma", "weigh", "unplaced", "unroled")
        for line in index.tagged.get(kind, ())
    ):
        # another persona's answer in its own field ("how many legs has a spider"), its view
        # on what to spend, or its word on the very figure it cannot place
        return ""
    name = _addressable(history[-1].author) if history else ""
    # Not in words it used before in the room, further back than `history` reaches too.
    return _tagged(index, "unworked", random.Random(seed), name=name, used=_said(said, history))


def _sum_change(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str]
) -> str:
    """The change from a note handed over (`tendered_change`), by any persona that works sums,
    its items said in the message or in people's lines just before it ("3 coffees at £3.20 each
    and a cake for £2.75", then "@curie i'm paying with a £20 note, how much change do i get?");
    the note is never added to the bill. "" for any other message."""
    text = MENTION.sub(" ", message)
    if voice.is_house_bot or not index_of(voice.material).tagged.get("sum"):
        return ""
    if not CHANGE_DUE.search(text):
        return ""
    found = tendered_change(text)
    before = []
    for line in reversed(history[-4:-1]):
        said = MENTION.sub(" ", line.text).rstrip(" .")
        if line.own or line.author in ignore or "?" in said or CHANGE_DUE.search(said):
            break  # (a reply, or a question of its own, ends what the ask is of)
        before.insert(0, said)
    for back in range(1, len(before) + 1):
        if found:
            break
        found = tendered_change(". ".join([*before[-back:], text]))
    if found:
        return _sum_said(voice, found, history, seed)
    handed = TENDERED.search(". ".join([*before, text]))
    if not handed:
        return ""
    # A note handed over and change asked, its items not read whole: declined, never the note
    # added to the bill ("3 × £3.20 + £2.75 + £20 is £32.35").
    index = index_of(voice.material)
    kind = "unworked" if index.tagged.get("unworked") else "unplaced"
    name = _addressable(history[-1].author) if history else ""
    note = f"£{handed['m']}" if handed["m"] else handed["w"].lower()
    return _tagged(index, kind, random.Random(seed), name=name, thing=note)


def _sum_budget(
    voice: Voice, message: str, history: Sequence[Said], seed: int, ignore: Collection[str] = ()
) -> str:
    """Whether a budget covers more, for the one who does the room's sums (`budget_of`), the
    budget said in the message or, when it says none, in a person's message just before
    ("budget check: we've spent £312 of the £450", then "@lovelace ... do we still have enough
    for a spare battery at £38?"); "" for any other persona or message."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    text = MENTION.sub(" ", message)
    found = budget_of(text)
    if not found and BUDGET_ASKED.search(text):
        for line in reversed(history[-4:-1]):
            if line.own or line.author in ignore:
                continue  # (a persona's working is no budget of the person's)
            if found := budget_of(f"{MENTION.sub(' ', line.text)}. {text}"):
                break
    return _sum_said(voice, found, history, seed) if found else ""


def _sum_profit(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The profit on a sale after a platform's cut (`profit_after_fees`), less the cost of one
    that the sum it worked just before came to ("... is about £2.93 each", then "if we sell at £14
    and etsy takes 6.5% plus 20p listing, what's our profit per candle"), for the one who does
    the room's sums; "" for any other, or when no reply of its own just before came to a cost."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    back = range(len(history) - 2, max(len(history) - 5, -1), -1)
    at = next((i for i in back if history[i].own), 0)
    asked = next((line.text for line in reversed(history[:at]) if not line.own), "") if at else ""
    made = word_sum(MENTION.sub(" ", asked)) if asked else None
    cost = made.number if made and not made.need else ""
    found = profit_after_fees(MENTION.sub(" ", message), cost)
    return _sum_said(voice, found, history, seed) if found else ""


# A follow-up of a sum of panels: the years to pay back, or a share used or a cost changed.
SOLAR_AGAIN = folded(r"\bpay(?:s|ing)?[- ]?back\b|\bhow (?:many years|long)\b|\d\s?%", re.I)


def _sum_solar(
    voice: Voice, message: str, history: Sequence[Said], seed: int, said: Sequence[str] = ()
) -> str:
    """What solar panels save (`solar_of`), asked in the message or a little before and followed
    up since ("and how many years to pay back the £9,800", "what if we add the £4,200 battery and
    use 90% ourselves"), or, asked long before, as its own last reply on it worked it (`said`);
    for the one who does the room's sums; "" for any other."""
    if not _reckoner(voice) or not index_of(voice.material).tagged.get("sum"):
        return ""
    text = MENTION.sub(" ", message)
    found = solar_of(text)
    if not found and SOLAR_AGAIN.search(text):
        told = [MENTION.sub(" ", line.text) for line in history[-8:-1] if not line.own]
        for at in range(len(told) - 1, -1, -1):
            if solar_of(told[at]):
                found = solar_of(told[at], [*told[at + 1 :], text])
                break
        own = [line.text for line in history[:-1] if line.own]
        before = next((a for r in reversed([*said, *own]) if (a := solar_asked(r))), "")
        found = found or (solar_of(before, [text]) if before else None)
    return _sum_said(voice, found, history, seed) if found else ""


def _sum_physics(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """A speed asked in a unit, put to the physicist and read by its units (`units_of`: "our
    robot has 65mm wheels and the motors do about 180 rpm ... how fast in m/s": 0.61 m/s), or
    taken to full size or a model's at the scale said in the message or a little before
    (`scaled_speed_of`: "1:76 scale ... 1 metre in 4 seconds ... in real mph": 42.5 mph), in
    his #pace words; "" for any other persona, or no such sum."""
    if "physics" not in voice.style.get("fields", ()) or not SPEED_ASKED_IN.search(message):
        return ""
    index = index_of(voice.material)
    if not index.tagged.get("pace"):
        return ""
    text = MENTION.sub(" ", message)
    k = scale_said(text) or next(
        (scale_said(line.text) for line in reversed(history[-6:-1]) if scale_said(line.text)), 0
    )
    found = scaled_speed_of(text if scale_said(text) else f"1:{k} scale. {text}") if k else None
    found = found or units_of(text)
    if not found:
        return ""
    name = _addressable(history[-1].author) if history else ""
    used = [line.text for line in history if line.own][-3:]
    return _tagged(index, "pace", random.Random(seed), name=name, what=found[0], used=used)


def _bill_moved(text: str, history: Sequence[Said]) -> Worked | None:
    """A sum of a bill shared by couples a little before put on the asker's own couple
    (`moved_onto_ours`): the bill as then asked, from a person's message sharing it by couples
    and the bill said in the one before it; None when there is no such bill."""
    told = [MENTION.sub(" ", s.text) for s in history[-7:-1] if not s.own]
    for at in range(len(told) - 1, 0, -1):
        bill = f"{told[at - 1].rstrip(' .!?')}. {told[at]}"
        found = moved_onto_ours(bill, text) if len(re.findall(r"[£$€]\s?\d", bill)) >= 2 else None
        if found:
            return found
    return None


def _sum_redone(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The sum asked a little before worked again with the figure the message changes or adds
    ("ok make it 1 min of faffing" after "each song is 3 and a half min plus 30 sec of us
    faffing, how many fit in 25 min": 5 now, not 6), in its #sum words; a figure it cannot place
    asked for (#figure). A part put in and the rest shared ("nan puts in £10 and the rest is
    split 3 ways") is of the total given last before it, asked as a sum or not. "" when the
    message changes no sum asked among the last messages (a follow-up of a follow-up changes the
    sum as already changed)."""
    steps = _reckoner(voice)
    alone = sum_read(message, steps)
    if len(history) < 2 or (alone and not alone.need):
        return ""  # a sum of its own, worked out as itself
    index = index_of(voice.material)
    if not (index.tagged.get("sum") or index.tagged.get("share")):
        return ""
    if REST_SHARED.search(message):
        # "mum and dad pay £400 and the rest gets split 4 ways", after "the cottage is £1,240
        # for the week": of the total given last, asked as a sum or not
        told = (line.text for line in reversed(history[-6:-1]) if not line.own)
        found = next((f for text in told if (f := redo(text, message))), None)
        if found:
            return _sum_said(voice, found, history, seed)
    asked = aside = ""
    for line in history[-8:-1]:
        if line.own:
            continue
        if sum_read(line.text, steps):
            asked, aside = line.text, ""
        elif asked and (again := redone(asked, line.text, steps)) and not again.startswith("?"):
            asked = again
        elif asked and re.search(r"[£$€]\s?\d", line.text):
            aside = line.text  # "and the boat thing is €55pp": a figure said by the way
    found = redo(asked, message, steps) if asked else None
    if not found and aside and read_whole(asked) and not re.search(r"[£$€]\s?\d", message):
        # "add the boat on too then", its price said just before by someone else: with it
        found = redo(asked, f"{message.rstrip(' .!?')}; {aside}", steps)
    return _sum_said(voice, found, history, seed) if found else ""


def _split_followed(voice: Voice, message: str, history: Sequence[Said], seed: int) -> str:
    """The total it has just worked out, shared ("and split between 4 of us?" after "the hall
    is 120 and food 15 a head for 30 people, how much all in"): the working in its #sum words
    ("... is 570; between 4 of you, 142.50 each"), or "" when the message shares nothing, or no
    total of its own is just before it."""
    split = SPLIT_FOLLOW.search(MENTION.sub(" ", message).strip())
    if not split or len(history) < 3 or not history[-2].own:
        return ""
    ways = split.group("n") or split.group("m")
    index = index_of(voice.material)
    if not (index.tagged.get("sum") or index.tagged.get("share")):
        return ""
    for said in reversed(history[-5:-2]):
        if said.own:
            continue
        asked = MENTION.sub(" ", said.text)
        if not total_of(asked):
            continue
        worked = total_of(f"{asked.rstrip(' ?.!')}, split between {ways} of us")
        if "each" not in worked:
            return ""
        name = _addressable(history[-1].author)
        rng = random.Random(seed)
        return _tagged(index, "sum", rng, name=name, what=worked, used=[history[-2].text])
    return ""


def _said_just_now(voice: Voice, message: str, history: Sequence[Said], reply: str) -> str:
    """Its line said again, as said a moment ago ("As I said just now, Deb: To guess the weight
    of a thing by eye ..."), when `reply` owns up to a question that a line of its own, in one of
    its last replies, answers in two of the question's words or more; else ""."""
    if len(history) < 2 or not owned_up_in(voice.material, reply):
        return ""
    asked = set(terms(MENTION.sub(" ", message))) - GENERIC_TERMS
    if len(asked) < 2:
        return ""
    index = index_of(voice.material)
    for said in reversed(history[-5:-1]):
        if not said.own:
            continue
        for line in index.lines:
            if line.text[:60] in said.text and len(asked & set(terms(line.text))) >= 2:
                name = _addressable(history[-1].author)
                opener = (index.tagged.get("repeat") or DEFAULT_TAGGED["repeat"])[0]
                return _fit(f"{opener.format(name=name)} {line.text}", voice.max_reply_chars)
    return ""


# A question that points back at what was just said ("how old can one of those rings be?",
# "does picking harm them?") rather than naming its subject again; not "it" or "that", which
# any new question has ("is vinyl better or is it just nostalgia").
POINTS_BACK = folded(r"\b(them|they|those|these|ones)\b", re.IGNORECASE)


def _field_carried(
    voice: Voice,
    text: str,
    query: list[str],
    history: Sequence[Said],
    author: str,
    ignored: set[str],
) -> str:
    """The same person's question in the persona's field, a message or two before, that a
    message with no word of its field follows up ("" when none): "@darwin how do fungi
    spread?", then "@darwin wait so how old can one of those rings be??" is still about fungi."""
    if not author or not POINTS_BACK.search(text) or field_terms(voice) & set(query):
        return ""
    earlier = [s for s in history[-4:-1] if not s.own and s.author == author]
    return next(
        (
            s.text
            for s in earlier[-1:]
            if field_terms(voice) & (set(terms(MENTION.sub(" ", s.text))) - GENERIC_TERMS - ignored)
        ),
        "",
    )


# A message that points at the asker's own message above: "^ sorry, that one actually", "^^",
# "see above", "the one above pls", "my question above".
POINTING = folded(
    r"^\W*(?:\^+|(?:see |read |that'?s |it'?s |re:? )?(?:above|my (?:question|q|msg|message) "
    r"(?:above|there)|the (?:question|one|msg|message) above|that one|this one)\b)",
    re.IGNORECASE,
)


def _pointed_at(text: str, history: Sequence[Said], author: str) -> str:
    """The asker's own message a few back that `text` points at ("^ sorry, that one actually"),
    when it asks something; "" when it points at none."""
    if not author or len(text.split()) > 9 or not POINTING.match(text):
        return ""
    for said in reversed(history[-5:-1]):
        if said.own or said.author != author:
            continue
        asked = MENTION.sub(" ", said.text).strip()
        if "?" in asked or QUESTION_START.match(asked) or either_or(asked):
            return asked
        return ""
    return ""


# A clause handed to another persona by @mention after what was said first: ". @einstein would
# you ...".
HANDED_ON = re.compile(r"[.!?;]\s+@([\w-]+)")


def _answered_last(history: Sequence[Said], personas: Collection[str]) -> bool:
    """Whether the persona's reply is the last one a persona gave before the message answered,
    a message or two back: "lol what? i meant the spanish word" presses it for its answer
    though someone laughed in between ("jajaja lucia no, that's pregnant")."""
    for said in reversed(history[-4:-1]):
        if said.own:
            return True
        if said.author in personas:
            return False
    return False


def _answered_to(history: Sequence[Said], author: str) -> bool:
    """Whether the line just before the message is the persona's answer to its author: the
    author spoke just before it, or it names them ("..., Jules; ...")."""
    if len(history) < 2 or not history[-2].own:
        return False
    if len(history) >= 3 and history[-3].author == author:
        return True
    called = _addressable(author)
    return bool(called) and bool(re.search(rf"\b{re.escape(called)}\b", history[-2].text))


def _going_on(text: str) -> bool:
    """Whether `text` only asks the persona to go on with its answer or say it plainer ("what
    do you mean?", "say that simpler"), no question of its own."""
    text = MENTION.sub(" ", text)
    return bool(FOLLOW_MORE.search(text) or PLAINER.search(text))


def _token_only(text: str) -> bool:
    """Whether `text` is only a chat token, a laugh or a bare view asked ("lol", "ok", "wow",
    "thoughts?"), which says nothing of its own."""
    return bool(
        _laugh_only(text) or ACK.match(text) or WOW.match(text) or BARE_VIEW.fullmatch(text)
    )


def _answered_lately(history: Sequence[Said], author: str) -> bool:
    """Whether the persona's last answer, in the three lines before the message, was to its
    author ("ok but like in normal words please", a line of someone else's after the answer)."""
    for at in range(len(history) - 2, max(len(history) - 5, 0) - 1, -1):
        if history[at].own:
            return _answered_to(history[: at + 2], author)
    return False


# A line that gives figures: a digit or a number said in words.
FIGURES = folded(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|dozen|half|quarter|third)\b",
    re.IGNORECASE,
)


# Asked for the words just given, shorter.
SHORTER_ASKED = folded(
    r"\b(?:shorter|briefer|more briefly|in (?:fewer|less) words|too long|tl;?dr|"
    r"(?:in )?(?:one|a single|1) (?:sentence|line)|\d+ words? (?:max|or less|or fewer|tops)|"
    r"short version|keep it short)\b",
    re.IGNORECASE,
)


# Asked to make what it gave shorter: "can u make it shorter", "make them snappier".
SHORTER_MADE = folded(
    r"\b(?:make|get|cut) (?:it|that|them|the \w+) (?:a bit |bit |a little |way |much )?"
    r"(?:shorter|snappier|punchier|down)\b|\bfit on (?:a|the|our) \w+",
    re.IGNORECASE,
)


def changed_asked(text: str) -> bool:
    """Whether `text` asks for other words than those just given: `another_asked`, or, later
    in a longer message, "can u make it shorter", "less weird pls", "or anything weird like
    that", "one more line"."""
    return another_asked(text) or (len(text.split()) <= 26 and bool(CHANGED_LATER.search(text)))


# Other words asked for, later in a message: "ok the name's great but can u make it shorter",
# "not 'the four strings of fortune' or anything weird like that".
CHANGED_LATER = folded(
    r"\b(?:make|can (?:u|you) make|could (?:u|you) make) (?:it|that|them|one) (?:a bit |bit |a "
    r"little |way |much )?(?:shorter|snappier|punchier|simpler|funnier|less \w+|more normal)\b|"
    r"\bor anything (?:too |that |so )?(?:weird|cringe|fancy|posh|odd|long|dramatic|wordy)\b|"
    r"\b(?:less|not so|not as|nothing too|nothing as) (?:weird|cringe|odd|fancy|posh|wordy)\b|"
    r"\b(?:one more|another|a different) (?:name|line|verse|toast|option)\b|"
    r"\bsomething (?:else|shorter|simpler|funnier|less \w+)\b|"
    # "now ruder but not too rude", "classier pls", "one that sounds like an old family motto"
    r"^\W*(?:(?:ok|okay|now|and|but|hmm+|maybe|make it|even|a bit|bit|slightly|lol|ha+)\W+){0,3}"
    r"(?:ruder|cheekier|naughtier|meaner|nastier|harsher|savager|classier|posher|fancier|"
    r"sweeter|softer|kinder|nicer|gentler|cheesier|catchier|punchier|sillier|sadder|"
    r"grander|older|more (?:rude|cheeky|savage|classy|posh|old|formal|heartfelt|emotional|"
    r"sentimental|personal|modern|manly|girly))\b(?! than)|"
    r"^\W*(?:(?:ok|okay|now|and|but|hmm+|maybe|or)\W+){0,2}(?:one|something|a line|make it|"
    r"make one) (?:that )?(?:sounds?|reads?|feels?|looks?) (?:more )?like\b",
    re.IGNORECASE,
)


def _options_given(given: str) -> list[str]:
    """The names a reply of its offered to choose from, each as named at the head of its part:
    "Take a name from my plays, Finn: Puck, who calls himself ..., or Titania, a queen ...":
    "Puck", "Titania"; "The Rude Mechanicals, Tom, after ...; or Sound and Fury, for ...":
    "The Rude Mechanicals", "Sound and Fury". Fewer than two when it offered no choice."""
    head, colon, rest = given.partition(":")
    body = rest if colon and len(head.split()) <= 10 and "or " in rest else given
    parts = re.split(r"[;,]?\s+\bor\b\s+(?=[\"“']?[A-Z])", body.strip())
    if len(parts) < 2:
        return []
    names = []
    for part in parts:
        found = OPTION_NAME.match(part.strip())
        if not found:
            return []
        names.append(found.group(1).strip())
    return names


OPTION_NAME = re.compile(
    r"[\"“']?([A-Z][\w'-]*(?:[ -](?:[A-Z][\w'-]*|of|the|and|a|an|in|on|at|de|du|von))*)"
)


def _shortened(given: str) -> str:
    """The first line of the verse quoted in `given` ("Come, fill the hour with mirth and
    kindly cheer"), quoted; "" when it quotes none, or none shorter."""
    quoted = re.search(r"[\"“]([^\"”]{12,})[\"”]", given)
    if not quoted:
        return ""
    verse = quoted.group(1)
    first = re.split(r"\s*(?:;|/|—| - )\s*", verse)[0].strip(" ,.:!?")
    if len(first.split()) < 3 or len(first.split()) >= len(verse.split()):
        return ""
    return f"“{first}.”"


def _repaired(
    index: Index,
    rng: random.Random,
    *,
    asked: str,
    answer: str,
    meant: str,
    odd: str,
    ignored: set[str],
    used: list[str],
    figures: bool = False,
) -> str:
    """The line the persona should have given to `asked`, now its `answer` is corrected or
    found confusing: ranked by what the person says they `meant` ("people", "swimming in 11
    degree water"), then what was asked; never the answer again, nor a line on what the answer
    was about and the question was not (`odd`: "iron", "knives and snowshoes", and the answer's
    own words). With `figures`, only a line that gives some. "" when it has none."""
    plain_terms = GENERIC_TERMS | FOLLOW_TERMS
    want = [t for t in terms(meant) if t not in ignored and t not in plain_terms]
    before = [t for t in terms(asked) if t not in ignored and t not in plain_terms]
    wrong = set(terms(odd)) | (set(terms(answer)) - set(before) - set(want))
    before = [t for t in before if t not in wrong]
    weights = dict.fromkeys(before, 1.0)
    weights.update(dict.fromkeys(want, 1.6))
    if not weights:
        return ""
    anchor = set(want) or set(before)
    # What it is plainly about ("immune" in "does cold water swimming boost your immune
    # system"), when it says: a line on cold water alone is no answer to it.
    key = (subject_terms(asked) | subject_terms(meant)) & weights.keys()
    sense = f"{asked} {meant}"
    for line in _best_lines(index, weights, used, rng, 8, minimum=0.5, anchor=anchor, pair=False):
        said = set(terms(line))
        if said & wrong or not said & anchor or (key and not said & key):
            continue
        # Without one: all that the person says they meant, and a word more of the question
        # ("swimming in 11 degree water" and why "we keep doing this"); or, nothing meant, most
        # of what was asked.
        if not key and not (
            set(want) <= said and said & (set(before) - set(want))
            if want
            else len(said & set(before)) >= max(2, (len(set(before)) + 1) // 2)
        ):
            continue
        if figures and not FIGURES.search(line):
            continue
        if _in_sense(sense, line):
            return line
    return ""


def _said(said: Sequence[str], history: Sequence[Said]) -> list[str]:
    """Everything the persona said in the room, oldest first: `said`, then its replies in
    `history` that `said` does not reach."""
    known = set(said)
    return [*said, *(s.text for s in history if s.own and s.text not in known)]


@dataclass(frozen=True)
class _Drawn:
    """An opener `_compose` drew: its text, and how to draw another of the same kind."""

    text: str
    kind: str
    options: tuple[str, ...]
    fields: dict  # the fields it was drawn with
    said_to: dict  # the name and the speaker of the reply
    draw: Callable[..., str]  # the reply's opener function


# The openers a line said unasked on words put in its mouth is opened with instead ("A fair
# question" when none was asked): `DEFAULT_TAGGED["cued"]`.
CUED_OPENED = frozenset({"answer", "opinion", "chime", "fact", "advise", "remark", "view"})


def _compose(voice: Voice, **given) -> str:
    """A reply in `voice` (`_composed`), with no word of its opener said again at the head of the
    line after it: "Let me put it simply, Sam. Why time runs slow for a fast clock, simply: ..."
    is said with another of its openers."""
    drawn: list[_Drawn] = []
    reply = _composed(voice, drawn=drawn, **given)
    return _undoubled(reply, drawn, voice.max_reply_chars)


# A reply that acknowledges thanks already ("Not at all, Sam; ...").
WELCOMED = folded(r"^\W*(?:you are (?:most |very )?welcome|not at all|my pleasure)\b", re.I)
# The most of a reply its acknowledgment of thanks may take, before the answer that follows.
THANKS_CLAUSE_CHARS = 40


def _thanked_first(
    voice: Voice, message: str, reply: str, rng: random.Random, unasked: bool
) -> str:
    """`reply` after a word for the thanks it was given first ("thanks curie! also does the same
    go for tea?": "You are welcome. ..."), the question after them being what it answers
    (`past_thanks`); a clause of its own #thanks lines, unnamed (the answer names them)."""
    text = MENTION.sub(" ", message)
    if unasked or not reply or not THANKS.search(text.strip()):
        return reply
    for own in (voice.name, voice.slug, voice.name.split()[0]):
        text = re.sub(rf"\b{re.escape(own)}\b", " ", text, flags=re.IGNORECASE)
    text = plain(re.sub(r"^[\s,;:!.-]+", "", text))
    if past_thanks(text) == text or WELCOMED.match(reply):
        return reply
    clauses = [
        clause
        for line in index_of(voice.material).tagged.get("thanks", ())
        if not THANKED_BACK.search(line)
        for clause in [re.split(r"(?<=[.;!?])\s", line.replace(", {name}", ""), maxsplit=1)[0]]
        if "{" not in clause and not clause.endswith("?") and len(clause) <= THANKS_CLAUSE_CHARS
    ]
    clause = rng.choice(clauses) if clauses else DEFAULT_TAGGED["thanks"][0].replace(", {name}", "")
    return f"{clause[:-1]}. {reply}" if clause.endswith(";") else f"{clause} {reply}"


# Where the head of a line ends: a clause or a sentence, or this many words.
HEAD_END = re.compile(r"[:;.!?]")
HEAD_WORDS = 12


def doubled(opener: str, line: str, filled: Collection[str] = ()) -> set[str]:
    """The content words (stemmed) of `opener` said again at the head of `line`, the words that
    follow it: "Let me put it simply, Sam." before "Gravity, simply: ..." doubles "simpli". What
    was `filled` in (the name it is said to, the subject: "On bells, Sam:" before "Bells ...")
    is no doubled word."""
    head = " ".join(HEAD_END.split(line, maxsplit=1)[0].split()[:HEAD_WORDS])
    said = set(terms(opener)) - {t for value in filled for t in terms(value)}
    return said & set(terms(head))


def _undoubled(reply: str, drawn: Sequence[_Drawn], limit: int) -> str:
    """`reply` with an opener of `drawn` that doubles a word at the head of the line after it
    (`doubled`) drawn again from those of its kind that do not, when one fits within `limit`."""
    for once in drawn:
        at = reply.find(f"{once.text} ")
        if at < 0:
            continue
        rest = reply[at + len(once.text) + 1 :]
        name = once.said_to["name"]
        filled = [name, once.said_to["speaker"], *once.fields.values()]
        if not doubled(once.text, rest, filled):
            continue
        values = {
            "mention": "",
            "who": "",
            **once.fields,
            "speaker": once.said_to["speaker"],
            "name": name or "friend",
        }
        room = limit - len(reply) + len(once.text)
        others = tuple(
            o
            for o in once.options
            if not doubled(text := o.format(**values), rest, filled) and len(text) <= room
        )
        if not others:
            continue
        again = once.draw(once.kind, among=others, **once.fields)
        return f"{reply[:at]}{again} {rest}"
    return reply


def _greeted(index: Index, message: str, opener, name: str, reply: str) -> str:
    """`reply`, after a brief greeting when the message greets ("hi @einstein you lived in half
    these places didnt you"), naming them once."""
    if not GREETING.match(message) or reply.startswith(("Hello", "Good")):
        return reply
    hellos = _brief_hellos(index)
    hello = opener("hello", among=_timely(hellos, message) or hellos or None)
    return f"{hello} {_named_once(reply, name)}"


def _brief_hellos(index: Index) -> tuple[str, ...]:
    """The persona's greetings, each its first sentence only ("Guten Tag, Jonas!"), none for a
    new face."""
    return _first_sentences(index, "hello", lambda first: not NEWCOMER_HELLO.search(first))


NEWCOMER_HELLO = re.compile(r"(?i)\bnew (face|arrival)|newcomer|\?$")


def _first_sentences(index: Index, tag: str, keep: Callable[[str], bool]) -> tuple[str, ...]:
    """The first sentence of each of the persona's lines tagged `tag` that `keep` takes, once
    each, in the material's order ("Guten Tag, Jonas!" of a longer greeting)."""
    return tuple(
        dict.fromkeys(
            first
            for line in index.tagged.get(tag, ())
            for first in [SENTENCE_END.split(line, maxsplit=1)[0]]
            if keep(first)
        )
    )


def _composed(
    voice: Voice,
    *,
    message: str,
    theme: str,
    rng: random.Random,
    ignore: tuple[str, ...],
    history: Sequence[Said],
    others: Sequence[Voice],
    said_before: Sequence[str] = (),
    unasked: bool = False,
    again: bool = False,
    drawn: list[_Drawn] | None = None,
) -> str:
    index = index_of(voice.material)
    own_names = {voice.name, voice.slug}
    persona_names = set(ignore) | own_names
    ignored = {stem(w.lower()) for name in persona_names for w in words(name)}
    # "whats ada lovelace day?": its name in the name of a thing its lines tell of (Ada
    # Lovelace Day) is what is asked, not who.
    thing_named = _named_thing(index, voice, message)
    ignored -= thing_named
    author = history[-1].author if history else ""
    author_is_persona = author in persona_names and author not in own_names
    cued_self = False  # words put in its mouth, read below (`CUED_OPENED`)
    if author_is_persona:
        # Another persona's reply names the person it answers ("You ask for my view, Bee"): a
        # name, not bees to talk of.
        people = {said.author for said in history if said.author not in persona_names}
        ignored |= {stem(w.lower()) for person in people for w in words(person)}
    if (
        unasked
        and not author_is_persona
        and len(history) > 1
        and history[-2].author in persona_names - own_names
        and OF_HIM_JUST_NOW.search(MENTION.sub(" ", message))
        and not any(says_word(n, message) for n in own_names | {voice.name.split()[0]})
    ):
        # "I think he ate a lot of the animals he was studying lol", just after Darwin told of
        # the rhea he ate: the people talk of the persona who just spoke, and another one joins
        # in with nothing apt; it keeps quiet.
        return ""
    handed_on = HANDED_ON.search(message)
    if (
        handed_on
        and handed_on.group(1).lower() not in own_names
        and (first := message[: handed_on.start() + 1].strip())
        and any(says_word(n, first) for n in own_names)
    ):
        # "socrates you're no help lol. @einstein would you be a good dungeon master": what
        # comes after the other's @mention is the other's; this one answers what was said to it.
        return _compose(
            voice,
            message=first,
            theme=theme,
            rng=rng,
            ignore=ignore,
            history=[*history[:-1], ChatLine(author, first)],
            others=others,
            said_before=said_before,
            unasked=unasked,
            again=again,
        )
    pointed = (
        _pointed_at(MENTION.sub(" ", message), history, author)
        if not author_is_persona and not unasked
        else ""
    )
    if pointed:
        # "@curie ^ sorry, that one actually", just after "i burnt my hand on the steam wand
        # again, cold water or ice?": that question, put to it now, is what it answers.
        return _compose(
            voice,
            message=pointed,
            theme=theme,
            rng=rng,
            ignore=ignore,
            history=[*history[:-1], ChatLine(author, pointed)],
            others=others,
            said_before=said_before,
            unasked=unasked,
            again=again,
        )
    cleaned = MENTION.sub(" ", message)
    # "E=mc²" has no word the ranking can read: say it in words.
    cleaned = EMC2.sub(" E equals m c squared, energy and mass ", cleaned)
    named_self = any(says_word(n, cleaned) for n in own_names | {voice.name.split()[0]})
    # Named in the third person ("darwin called it, obviously"): talked about to the room, not
    # asked anything. Praise gets a brief modest thanks, a tease a light word back; anything
    # else is what it would be had the persona not been named.
    of_self = (
        named_self
        and not author_is_persona
        and spoken_of(message, own_names | {voice.name.split()[0]}, ignore)
        # Asked about ("did darwin ever go back?"), it answers for itself.
        and not asked_of(message)
        # Bidden by name ("shakespeare write me a short poem about rain"): asked, never a
        # love-poem line joined in unasked on "poem" (hijack43).
        and not _bidden_by_name(message, own_names | {voice.name.split()[0]})
    )
    # Not a stance taken with it by name ("I disagree with Ada, machines will never be
    # creative"), which is its to answer.
    named_in_passing = of_self and not any(
        _named_speaker(p, message) for p in (NAMED_AGREEING, NAMED_DISAGREEING)
    )
    # Or as "he" or "she", just after its answer ("he answered my question with a question").
    of_self = of_self or (
        not named_self
        and not author_is_persona
        and len(history) > 1
        and history[-2].own
        and of_last_speaker(message)
    )
    named_self = named_self and not of_self
    if (
        not author_is_persona
        and not named_self
        and _praise_for_another(voice, index, message, history, author, others, persona_names)
    ):
        # "legend", just after a person's news of the venue booked (its own reply to it gave
        # only a hello), or "nice one hannah": praise of that person, never "How kind".
        return ""
    # The persona's own name in "Thanks, Marie!" is the one it answers to, not a word to read.
    for name in sorted(own_names | {voice.name.split()[0]}, key=len, reverse=True):
        # So are the words that only lead up to it ("anyway darwin, did evolution give us free
        # will"), as "@darwin" is: what follows is the question, not a remark begun "anyway".
        cleaned = re.sub(
            rf"^\W*(?:{ADDRESS_LEAD}\W+)+{re.escape(name)}\b(?=\W*\w)",
            " ",
            cleaned,
            flags=re.IGNORECASE,
        )
        if not thing_named:  # (not "ada lovelace day": a thing's name)
            cleaned = re.sub(rf"\b{re.escape(name)}\b", " ", cleaned, flags=re.IGNORECASE)
    cleaned = plain(re.sub(r"^[\s,;:!.-]+", "", cleaned))
    # "good point, but who decides what's fair?": the question is what it answers.
    cleaned = past_thanks(past_praise(cleaned))
    # So is "hi! whats the meaning of a good life": the greeting leads into it. And "haha fair,
    # and do u think they'll ever be properly tame" carries on with a question, not a laugh.
    cleaned = ever_first(carried_on(past_greeting(cleaned)))
    # Asides ("my uncle says this every christmas") are no part of what is asked.
    unaside = FIGURED_OUT.sub("found out", without_asides(cleaned))
    # Nor what leads into it ("follow up,", "quick one,", "joke but"): "follow up, does the temp
    # matter" is not about following music.
    unaside = LEAD_WORDS.sub("", unaside, count=1)
    # Nor the asking for advice ("any tips for a first 10k"): never a plant's tip, a bike tipping.
    unaside = ADVICE_ASKED.sub(" ", unaside)
    # Nor a "died" said in fun ("my son died his hair blue", "died laughing"): no line on a death.
    unaside = DIED_IN_FUN.sub(_fun_kept, unaside)
    # A framing word of its own field is what is asked of it: "the best way to start a story" to
    # a playwright, "the meaning of life" to a philosopher.
    own_field = field_terms(voice)
    # ("spider plants" are plants: no line on spiders is met by their name, bots/compounds.py)
    named_by = modifiers(unaside)
    query = [
        t
        for t in terms(unaside)
        if t not in ignored and t not in named_by and (t not in FRAMING or t in own_field)
    ]
    # "the Socratic method" is about a method: the persona's own name is no subject.
    names = [i for i in ignored if len(i) >= 5]
    key = {k for k in subject_terms(unaside) if not any(k.startswith(i) for i in names)}
    earlier = []
    for said in reversed(history[:-1]):
        if said.author not in earlier and said.author != author:
            earlier.append(said.author)
    # Those who spoke lately, then any persona the message names ("Einstein is wrong").
    named = [n for n in ignore if " " in n or n[:1].isupper()]
    speakers = [s for s in dict.fromkeys([*earlier, *named]) if s not in own_names]
    before = history[-2].author if len(history) > 1 else ""
    last = before if before not in own_names and before != author else ""
    carried = _field_carried(voice, cleaned, query, history, author, ignored)
    reading = read(
        cleaned,
        voice=voice,
        speakers=speakers,
        addressed=named_self,
        author_is_persona=author_is_persona,
        query=query,
        last=last,
        carried=carried,
    )
    request = None
    asked_text = cleaned
    if (
        not author_is_persona
        and not unasked
        and (verse_asked := _verse_carried(cleaned, history, persona_names))
    ):
        # "@shakespeare just a verse?" just after "we need lyrics for the slow one, something
        # about leaving a seaside town in winter": that verse, written.
        asked_text = verse_asked
        reading = Reading("request", in_field=reading.in_field, stance="piece")
    elif reading.kind != "request" and not author_is_persona and not unasked:
        # "@curie any ideas?" just after "we're running a halloween party at the centre": an
        # idea for the thing someone named a message or two before.
        made = _project_said(cleaned, history, persona_names)
        if made and request_kind(f"{cleaned} for {made}") == "idea":
            asked_text = f"{cleaned} for {made}"
            reading = Reading("request", in_field=reading.in_field, stance="idea")
        elif (bare := _asked_as(cleaned, index))[0] and not _grave_told(
            cleaned, poet=bool(index.tagged.get("verse"))
        ):
            # "short toast, sweet, mention lisbon", "slogan for our jersey?": asked with no verb.
            asked_text = bare[1]
            reading = Reading("request", in_field=reading.in_field, stance=bare[0])
    if reading.kind == "request" and asked_text == cleaned and MENTION_SAID.search(cleaned):
        kind, mentioned = _asked_as(cleaned, index)  # "toast for the do, mention the altos"
        asked_text = mentioned if kind == reading.stance else asked_text
    wordsmith = reading.stance in ("occasion", "verse", "card", "motto", "compose")
    if (
        (reading.kind != "request" or wordsmith)
        and not author_is_persona
        and not unasked
        and not OCCASION_TOLD.search(theme)
        and (card_kind := _card_told(index, asked_text, history, persona_names))
        # (a card plainly asked, "write a card for the dog, he bit the postman", is asked what
        # it is for, never answered with a line on dogs and postmen: review34)
        and (reading.kind == "request" or card_kind[0] != "cardwhat" or made_asked(asked_text))
    ):
        # "could you write a little message for a card for hilary? from the club", two messages
        # after "our old cat tibbs died last night. 19 years": a sympathy card, naming Tibbs;
        # asked what it is for when nobody told (never a birthday toast guessed).
        asked_text = card_kind[1]
        reading = Reading("request", in_field=reading.in_field, stance=card_kind[0])
    elif (
        reading.kind == "request"
        and reading.stance in ("occasion", "verse", "card", "motto")
        and not author_is_persona
        and not unasked
        and not verse_subject(asked_text)
        and (told_of := _occasion_carried(asked_text, history, persona_names, theme))
    ):
        # "can you write a line for the card from all four of us?" in a room for "Priya's
        # wedding", or a few messages after "i have to give a speech at my sister's wedding":
        # words for the wedding, not a birthday toast.
        carried_text = f"{asked_text}, for the {told_of}"
        if kind_carried := _request_kind(carried_text, index):
            asked_text = carried_text
            reading = replace(reading, stance=kind_carried)
    if reading.kind == "request":
        tippers = _experts(voice, others, message, set(query)) if reading.stance == "tip" else []
        request = _request(
            index,
            reading,
            asked_text,
            ignored,
            bool(tippers),
            used=tuple(_said(said_before, history)),
            theirs=frozenset().union(*(field_terms(o) for o in tippers)),
            setting=theme,
            told=tuple(
                MENTION.sub(" ", said.text)
                for said in history[-5:-1]
                if not said.own and said.author not in persona_names
            ),
        )
    if (
        reading.kind == "request"
        and request
        and not unasked
        and reading.stance in MADE_FOR
        and compose_asked(cleaned) != "away"  # (an away message is for no one's occasion)
    ):
        # "a short toast for nan? she's called joan, loves bingo": made of what was told of her,
        # not a stock quotation (bots/toasts.py)
        request = _made_for(cleaned, history, persona_names, request)
    elif (
        not author_is_persona
        and not unasked
        and made_asked(cleaned)
        and compose_asked(cleaned) != "away"  # ("back on the 3rd": no 3rd birthday)
        and (made := _made_for(cleaned, history, persona_names, ("", {}, "")))[2]
    ):
        # "@socrates could u write a leaving card for priya, 6 years at the firm": written for
        # her by any persona, never owned up to nor read as a name asked
        reading = Reading("request", in_field=reading.in_field, stance="card")
        request = made
    if (
        not author_is_persona
        and not unasked
        and (
            piece_written := written_piece(
                index,
                cleaned,
                tuple(
                    (said.author, MENTION.sub(" ", said.text))
                    for said in history[-5:-1]
                    if not said.own and said.author not in persona_names
                ),
                theme,
                # (a sign-off for any parting, read as one already by the poet: his own stands)
                stood=bool(
                    request and request[1].get("what") == "sign-off" and index.tagged.get("verse")
                ),
                asker=author,
            )
        )
    ):
        # "a little sign off for the end of the night show", '"everything must go" is boring',
        # "a few lines about pepper" after her death, "a congrats for fi" after her badge, "a
        # toast, ron's loft is 40": the kind read right, and written of what was told
        # (bots/pieces.py `written`).
        reading = Reading("request", in_field=reading.in_field, stance="piece")
        request = piece_written
    if reading.kind == "request" and (request is None or unasked):
        # Nothing of its own for it (a book on radioactivity asked of a poet): read as whatever
        # else it is, a question to own up to and hand over.
        reading = read(
            cleaned,
            voice=voice,
            speakers=speakers,
            addressed=named_self,
            query=query,
            last=last,
            requests=False,
            carried=carried,
        )
        if reading.kind == "remark":  # asked, with or without a question mark
            reading = replace(reading, kind="question")
    if not author_is_persona:
        reading = _taken_up(voice, reading, message=message, speakers=speakers)
    if _objected_back(index, cleaned, history):
        # "But is knowledge not what makes imagination worth anything?", just after its own
        # words: it stands by them or softens them, never "I am inclined to think so" before
        # a line that says the opposite.
        reading = Reading("defend", in_field=reading.in_field, stance="back")
    # "we won £45, dan paid £8 entry for the 4 of us. how much does everyone get", "we've lost 6
    # won 3 drawn 1 ... can we still get past 9th": figures put to the mathematician with a
    # question are a sum asked, never news to congratulate ("Splendid news!"); unread as a sum,
    # it says how it would set it out (below).
    sum_unread = (
        reading.kind == "remark"
        and not author_is_persona
        and not unasked
        and _reckoner(voice)
        and bool(SUM_PUT.search(cleaned))
        and len(re.findall(r"\d+(?:[.,]\d+)?", cleaned)) >= 2
    )
    if (
        not author_is_persona
        and reading.kind in ("agree", "disagree", "askview")
        and reading.speaker
        and reading.speaker != voice.name
        and not _stance_taken(reading.speaker, history, message, ignore)
        # ("do you agree with rob that its worth paying extra": Rob's side is put here.)
        and not claim_put(cleaned, reading.speaker)
    ):
        # "@socrates is it wrong that i give free refills to the regulars i like and not the ones
        # i dont", just after Gemma's "got it wrong" on another thing: nobody took a side on it,
        # so no side is taken with or against anyone; the question itself is answered.
        reading = read(
            cleaned,
            voice=voice,
            addressed=named_self,
            query=query,
            carried=carried,
        )
        if reading.kind in ("agree", "disagree", "askview"):
            reading = replace(reading, kind="question", speaker="")
    name = reading.name or _addressable(author)
    speaker = "me" if reading.speaker == voice.name else _addressable(reading.speaker)
    # What the persona said in the room: no line or opener of it is said again while it has
    # others (`said` reaches further back than the recent messages).
    used = _said(said_before, history)
    if not author_is_persona and not unasked and (told := told_known(index, cleaned, used)):
        # "explain a loop like im 10", "i failed my exam again": bid or told, not asked in a
        # question's words, and its own `#know` line answers it (bots/know45c.py).
        return _filled(told, {}, name)
    if (
        not author_is_persona
        and not unasked
        and _token_only(cleaned)  # (cheap, first: reading the mood of the room is not)
        and (grave := grave_told(history, skip=ignore))
        and index.tagged.get(kind_of_care := grave_kind(grave.text))
    ):
        # "lol", "ok", "thoughts?" just after "my dad died this morning" or "I got fired and I
        # can't pay rent": the news met, to the one who told it, never "Ha! Exactly so" nor a
        # word on taste (review39).
        told_by = _addressable(grave.author)
        return _tagged(index, kind_of_care, rng, name=told_by, used=used)
    # Someone who has spoken several times lately is no newcomer to be asked what brought them.
    regular = author and sum(s.author == author for s in history) >= 3
    if reading.kind == "view" and not unasked:
        # A view put to it ("I think science has done more harm than good"): taken up, asked
        # what lies under it, never consoled nor agreed with by lot.
        return _tagged(index, "askback", rng, name=name, speaker=name, used=used)
    if reading.kind == "view":
        reading = replace(reading, kind="remark")
    if (
        reading.kind == "request"
        and reading.stance == "settle"
        and not unasked
        and (disputed := _disputed_fact(voice, index, others, cleaned, rng, name, used))
    ):
        # "my sister says humans come from monkeys, i say we're cousins, who's right", asked of
        # the philosopher: a question of fact, in another's field, handed to the one who knows
        # it, never "let each of you tell me what would prove you wrong".
        return disputed

    def opener(kind: str, among: tuple[str, ...] | None = None, **fields: str) -> str:
        if cued_self and kind in CUED_OPENED:
            kind, among = "cued", None
        said = _tagged(
            index, kind, rng, name=name, used=used, among=among, **{"speaker": speaker, **fields}
        )
        if kind == "laugh" and not (len(history) > 1 and history[-2].own):
            # no line of its own just before: no credit taken for a joke it did not make, nor
            # "Fair enough, I concede the point" to a laugh that concedes nothing (chosen again
            # among the others only when it was drawn, so every other pick stands)
            conceded = bool(CONCEDED.search(cleaned))

            def unfit(line: str) -> bool:
                return bool(OWN_CREDIT.search(line)) or (
                    among is None and not conceded and bool(CONCEDING.search(line))
                )

            if unfit(said):
                lines = among or index.tagged.get(kind) or ()
                if kept := tuple(line for line in lines if not unfit(line)):
                    said = _tagged(
                        index, kind, rng, name=name, speaker=speaker, used=used, among=kept
                    )
        if drawn is not None:
            options = tuple(among or index.tagged.get(kind) or DEFAULT_TAGGED[kind])
            drawn.append(
                _Drawn(said, kind, options, fields, {"speaker": speaker, "name": name}, opener)
            )
        return said

    def lived(late: bool) -> str | None:
        """Its answer on its own life (bots/life.py): a pick or a liking first, a yes or no
        or a part of an experience `late`, once plain answers had their turn."""
        if (
            author_is_persona
            or unasked
            or reading.kind not in ("personal", "question", "opinion", "hello", "remark", "claim")
        ):
            return None
        return life_reply(
            index,
            cleaned,
            history=[s.text for s in history],
            name=name,
            used=used,
            opener=opener,
            theme=theme,
            options=None if late else either_or(cleaned),
            generic=GENERIC_TERMS,
            late=late,
        )

    if lived_said := lived(late=False):
        # A pick among the places it knew, a guess at its liking (bots/life.py).
        return _greeted(index, cleaned, opener, name, lived_said)
    if (
        reading.kind in ("question", "remark", "opinion", "hello", "personal")
        and not author_is_persona
        and (ROOM_ASKED.search(cleaned) or ROOM_ASKED.search(MENTION.sub(" ", message)))
        # "what time should we turn up? how early is too early": plain sense, answered below
        and advice(cleaned) is None
    ):
        # "who's on till this saturday?", "back from holiday, what did i miss?": the group's
        # own goings-on, which a guest cannot know; never owned up to as a field it lacks, nor
        # handed to another persona, and not chimed in on unasked.
        if unasked:
            return ""
        asked = opener("roomasked")
        if RETURNING.search(message) or BACK_FROM.search(message):
            return f"{opener('back')} {_named_once(asked, name)}"
        if GREETING_WORD.search(message) or GREETING.match(MENTION.sub(" ", message).strip()):
            # "morning all, hi @darwin. who's on till saturday?": greeted, and the question
            # left to the room it was put to, never owned up to (gently after bad news).
            if mourning(history, author, skip=persona_names) is not None:
                soft = index.tagged.get("softhello", ())
                return opener("softhello", among=_timely(soft, message))
            hellos = _brief_hellos(index)
            hellos = _timely(hellos, message) or hellos
            return opener("hello", among=hellos or None)
        return asked
    if sum_unread:
        return opener("method")
    if (
        not author_is_persona
        and not unasked
        and (
            staked := _moral_stance(
                voice,
                index,
                rng,
                text=cleaned,
                history=history,
                query=query,
                used=used,
                name=name,
                known=lambda: _known_answer(index, cleaned, history, author, used, persona_names),
            )
        )
    ):
        # "is it ok to cheat on a test?", "should i return a wallet i found": a deed judged
        # that bots/moral.py has a word on, its stance said plainly, never a yes by lot.
        return staked
    if (
        not author_is_persona
        and not unasked
        and (fortunes := index.tagged.get("windfall"))
        and windfall_asked(cleaned)
    ):
        # (easy39) "what would you do with a million quid": what it would do, from its own
        # life (Curie would not patent radium), never "on that I am truly ignorant".
        return opener("windfall", among=fortunes)
    if (
        not author_is_persona
        and not unasked
        and (known_fact := plain_fact(cleaned))
        # (mine43) its own line on it is said instead (Einstein's Moon "some thirty Earths laid
        # side by side", Curie's 118 elements "Pierre and I found two")
        and not own_answer(
            known_fact, itertools.chain((line.text for line in index.lines), *index.tagged.values())
        )
    ):
        # (easy39) A plain fact anyone would just say ("what's the capital of australia", "who
        # was the first person on the moon"): said in its voice (bots/easy.py), never "my
        # knowledge ends at the laboratory door".
        return f"{opener('fact')} {known_fact}"
    if (
        not author_is_persona
        and not unasked
        and reading.stance not in WORKED_STANCES
        and (found := advice(cleaned))
        # a fix of another's field in the room ("how do i get red wine out of a carpet", with
        # the chemist there) is handed to it, as before
        and not (found.fix and _experts(voice, others, message, set(query)))
        and (
            core := advised(
                cleaned,
                # its own tip or plain answer on the thing ("how do i keep my cake fresh
                # overnight" to the chemist) is said as it is
                own=" ".join(
                    (
                        request[2]
                        if reading.kind == "request" and request and not request[0]
                        else "",
                        _known_answer(index, cleaned, history, author, used, persona_names),
                        # ("how do u learn lines fast" to the playwright: his own line)
                        *(_lines_on(index, found.thing, cleaned, query) if found.fix else ()),
                    )
                ),
            )
        )
    ):
        # An everyday practical question outside its field ("is it ok to have a bbq on the
        # road", "how do we get more people to come", "fixed day each month or rotate?"): the
        # plain, common-sense answer (bots/advice.py), never "I have no data on that"; led as
        # outside its field only when it is ("No physics is needed for that one" of a physics
        # reading group, "No notebooks are needed" of Darwin's flowers: review34).
        own_field = field_terms(voice) & FIELD_NAMES & set(terms(cleaned))
        return f"{opener('answer' if own_field else 'advise')} {core}"

    def outside() -> str:
        # A thing of its own field asked about that no line answers ("why do seagulls go mad
        # for chips"): the nearest true line it has on that thing or its kind (gulls: birds),
        # said to be only that; never the method, nor owning up while it has one.
        if (
            (FORESEEN.search(cleaned) or WEATHER_AHEAD.search(cleaned))
            and not unasked
            and not author_is_persona
        ):
            # "do you reckon the high street will survive", with nothing of its own on it: it
            # cannot tell what will be, in its voice; no nearest line on surviving species.
            return opener("foresee")
        thing = lexical_subject(cleaned)
        if (
            not unasked
            and not author_is_persona
            and SAFETY_ASKED.search(cleaned)
            and not _experts(voice, others, message, set(query))
            and (line := _thing_line(voice, index, cleaned, query, used))
        ):
            # Whether a thing of its field is safe ("is it safe to use my phone in a
            # thunderstorm"): its line on that thing is the answer, no nearest thing.
            return f"{opener('answer')} {line}"
        if (
            thing in field_terms(voice)
            and not unasked
            and not author_is_persona
            and not _experts(voice, others, message, set(query))
            and (near := _nearest_thing(index, thing, cleaned, query, used))
            # On the thing asked of, not the word of its field said of it ("a metal detector")
            and names_focus(cleaned, near)
        ):
            return f"{opener('inexact')} {near}"
        # Owned up to (and handed over), or worked out when its #method fits what was asked.
        return _outside(
            voice,
            index,
            rng,
            message=message,
            query=query,
            name=name,
            others=others,
            used=used,
            method=reading.method_fits,
            # a question of its own field is never owned up to as foreign
            worked=reading.in_field or worked_out(voice, message, loosely=True),
        )

    if (
        not author_is_persona
        and not unasked
        and reading.stance not in WORKED_STANCES
        and (
            view := _kind_view(
                voice,
                index,
                rng,
                opener,
                text=message,
                history=history,
                persona_names=persona_names,
                name=name,
                used=used,
            )
        )
    ):
        # "do you agree with fiona or kayla", "what makes a good X, A or B?", "is it lazy to use
        # a bread machine": a side, a pick or a yes or no, with its reason (bots/opine.py).
        return view
    if not author_is_persona and not unasked and YOUR_WORK.search(cleaned):
        # "can you do my english lit essay on macbeth lol", "do my care plan notes for bed 9
        # pls": declined, with the help it will give instead; never a line on "lit" (Darwin's
        # daddy-long-legs at a lit window).
        return opener("yourwork")
    if (
        not author_is_persona
        and not unasked
        # ("settle it: is hamlet actually mad" is answered, not settled by its way of settling.)
        and (reading.kind != "request" or reading.stance == "settle")
        and (line := work_known(index, cleaned, used))
    ):
        # A question on one of its own works ("was lady macbeth actually the villain or was it
        # macbeth, i need an argument for my essay"): its own arguable answer, naming the scene
        # that backs it (a `#work` line), never sympathy for "an argument" nor owning up.
        return _filled(line, {}, name)
    if (
        not author_is_persona
        and not unasked
        # A sum to work out ("what does a 2kw heater cost to run for 6 hours") is worked out,
        # or its missing figure asked for (`bots.wordsum`), before a plain answer on the thing.
        and reading.stance not in WORKED_STANCES
        and (line := _known_answer(index, cleaned, history, author, used, persona_names))
    ):
        # An everyday practical question of its field ("why does running downhill hurt my legs
        # more", "how do i keep the spinach from going slimy"): its plain answer (a `#know`
        # line), never owning up nor a line on another thing that shares a word.
        return _filled(line, {}, name)
    if not author_is_persona and not unasked and (line := _unsaid(index, rng, cleaned, used)):
        # "is it true you said if bees disappeared humans would only have 4 years left", with
        # nothing of the kind in its material: it disowns the saying, never "far outside my
        # field" of a question about itself.
        return _filled(line, {}, name)
    if lived_said := lived(late=True):
        # A yes or no about its own life, or how it bore a part of it (bots/life.py), once its
        # plain answers to everyday questions ("is it true you never wore socks") had their turn.
        return _greeted(index, cleaned, opener, name, lived_said)
    # (An invite asked, "warm, not preachy", is written: no dilemma of whom to leave out.)
    written = reading.kind == "request" and reading.stance == "notice"
    if (
        not author_is_persona
        and not unasked
        and not written
        and (line := _weighed(index, cleaned, used))
    ):
        # An everyday dilemma put to the philosopher ("what do i say about her jumper, its
        # awful", "do i have to go to the wedding if i cant afford it", "my brother wants to
        # borrow money again"): his questions and view on that very thing (a `#dilemma` line),
        # never owning up nor a stock line on some word of it.
        return _filled(line, {}, name)
    if (
        not author_is_persona
        and not unasked
        and index.tagged.get("meaning")
        and (word := disputed_word(cleaned))
    ):
        # "is a layout with a made up town "historically accurate" if every train is real? colin
        # says no, i say yes": what each means by the word, never a side picked ("I think Colin
        # is right").
        meant = {"thing": word, "other": side_holder(cleaned)}
        return _tagged(index, "meaning", rng, name=name, used=used, **meant)
    if (
        not author_is_persona
        and not unasked
        and index.tagged.get("examine")
        and reading.kind in ("question", "opinion", "personal", "remark")
        # "is a three strikes rule fair or too harsh": a pick between two, as anyone asked
        and not either_or(cleaned)
        # "is it ok to microwave plastic containers": a fact, no deed to examine (yesno44)
        and not fact_yes_no(cleaned)
    ):
        # The philosopher on right and wrong: "is that stealing if it's on the path side", "is it
        # cheating if i use my sister's old notes", and "ok but what if i rewrite them" after,
        # examined; with a take of its own on the deed ("is it ok to lie to your boss"), its
        # view, as any view asked.
        examined = _examined(index, rng, cleaned, query, used, history, author, name)
        if examined:
            return examined
    # "time" is no everyday word to the physicist: a generic word of its own field is asked.
    generic = generic_terms(voice)
    weights = _weights(query, history, theme, ignored, key, generic=generic)
    if (
        reading.kind in ("question", "remark", "opinion", "hello")
        and not author_is_persona
        and (GREETING_WORD.search(message) or GREETING.match(MENTION.sub(" ", message).strip()))
        and (thing := _thing_asked_how(cleaned))
        and not _its_own(voice, index, thing)
    ):
        # "hi curie hi einstein, how's ward 7 doing": small talk with a greeting, of a thing of
        # the asker's that the persona cannot know; never owned up to as a question.
        reading = Reading("hello", stance="howsit", claim=thing)
    kind = reading.kind
    if (
        not unasked
        and not author_is_persona
        and kind in ("question", "personal", "askview", "opinion", "request", "view", "day")
        and (other := mentioned_other(message, voice, others, ignore))
    ):
        # "@einstein is it true time slows down ...", reaching Darwin: Einstein's to answer, as
        # "curie did you ..." is Curie's, never a line of its own on "time".
        return opener("aside", who=other)
    if (
        not author_is_persona
        and not unasked
        and not (HAZARD.search(cleaned) or HARM_ASKED.search(cleaned))
        # "is it rude to leave a party early or just sensible": a pick of the two words
        and not either_or(cleaned)
        and (
            view := felt(
                voice.slug,
                cleaned,
                name,
                voice.max_reply_chars,
                has_take=lambda: _take_on_deed(index, query, used, cleaned),
            )
        )
    ):
        # "should i be upset", "would it be weird if i texted my ex": its view of that very
        # situation among people, never a stock line met on "cat" or "birthday" (yesno44).
        return view
    if unasked and kind == "thanks" and not _names_in(voice, message):
        # "ben thank you for the lift", "thanks sam!", said among the people: thanks it was not
        # asked for are not its to take ("You are welcome"), nor a cue for a line of its own
        # ("lift"): it stays quiet. Thanked by name ("thank you einstein"), it answers them.
        return ""
    if (
        not unasked
        and not author_is_persona
        and kind not in ("thanks", "bye", "joke")
        and (careful := risked(cleaned, name))
    ):
        # "can i still drive it to mum's or will it die on the m6": going ahead is never picked
        # over the failure feared, nor is a coin tossed between them.
        return careful
    if (
        not unasked
        and not author_is_persona
        and kind not in ("thanks", "bye", "hello", "welcome", "joke")
        # (the train or the plane for a journey is worked out, never a coin tossed: `journey`)
        and reading.stance != "journey"
        and (yes_or_not(cleaned) or _deeds_misread(cleaned))
    ):
        if (
            not yes_or_not(cleaned)
            and _matched_terms(index, query, generic) >= 2
            and (
                field_line := _on_subject(
                    index,
                    [t for t in query if t not in GENERIC_TERMS],
                    used,
                    rng,
                    1,
                    field=reading.in_field,
                    sense=cleaned,
                )
            )
            and (reading.in_field or _says_of_it(cleaned, field_line[0]))
            and _settles(deed_choice(cleaned), field_line[0])
        ):
            # A choice that a line of its own settles ("should we follow the rule to the letter
            # or go by what it was meant for", to Socrates): that line.
            return f"{opener('answer')} {field_line[0]}"
        # "should we keep heating on low all day or blast it when we get home": one of the two
        # picked and said back whole ("Blast it when you get home, Jess"), never "Yes, I think
        # so"; "... or not. yes or no": a plain yes or no on the thing. After a word that its
        # last answer missed ("that wasnt really what i meant, i meant like practically, ..."),
        # the miss owned first.
        picked = _deed_pick(voice, index, rng, cleaned, opener, used, name)
        if picked:
            missed = MISSED_LEAD.match(cleaned)
            if missed and any(s.own for s in history[:-1]):
                return f"{opener('pressed')} {_unnamed(picked, name)}"
            return picked
    pressed = (
        not unasked
        and not author_is_persona
        and _answered_last(history, persona_names - own_names)
        and PRESSED.search(cleaned)
    )
    # Lost by its answer, just given to them ("lol what??", "huh?", "what do knives and
    # snowshoes have to do with cold water 😂"): never a laugh to laugh along with.
    lost = (
        not unasked
        and not author_is_persona
        and _answered_to(history, author)
        and confused(cleaned)
    )
    if (
        not lost
        and not named_self
        and not unasked
        and not author_is_persona
        and len(history) > 1
        and history[-2].own
        and confused(cleaned)
    ):
        # "lol what??" from someone else, named to nobody, just after its answer to another: not
        # its to repair (nor to laugh along with); it stays quiet.
        return ""
    # Its general answer pressed for figures ("haha ok but like actual numbers? how far ...").
    figures = (
        not unasked
        and not author_is_persona
        and _answered_last(history, persona_names - own_names)
        and bool(FIGURES_ASKED.search(cleaned))
    )
    if (
        not author_is_persona
        and not of_self
        and (
            named_self
            or re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE)
            or (len(history) > 1 and history[-2].own)
        )
        and YOU_TEASED.search(MENTION.sub(" ", message))
        and not QUESTION_AFTER.search(message)
        # (never beside a question or a grief: "you're obsessed with radium, is that why you got
        # ill?", "ur a menace, i'm so sorry about your husband")
        and "?" not in message
        and not ASKED_FIRST.match(MENTION.sub(" ", message))
        and not TEASED_IN_EARNEST.search(message)
    ):
        # "socrates ur annoying, u just answer questions with more questions": a jab at it,
        # taken with good grace, never "the gods tease us with small things" as a mishap
        return opener("teased")
    if (
        of_self
        and not pressed
        and not lost
        and (remark := regard(message))
        # "lol einstein. ok serious q, whats the best thing to eat at 4am": the question is
        # what it answers, not the laugh before it.
        # One asked of another ("socrates you're no help lol. @einstein would you be a good
        # dungeon master") is that one's: the tease is what is left to this one.
        and not (remark == "tease" and QUESTION_AFTER.search(message))
    ):
        return opener("praised" if remark == "praise" else "teased")
    # "socrates would say something about cheating probably": words put in its mouth, to the
    # room; it joins in unasked (as below) with its line on the point, opened in kind.
    cued_self = named_in_passing and not pressed and not lost and cued(message, own_names)
    if named_in_passing and not pressed and not lost:
        # "because of Bromley derek, you don't need Einstein for that": named in passing, to
        # someone else, as it would be had it not been named: joined in on the point, as
        # anyone unasked, else it keeps quiet; never "tell me more".
        unasked = True
    praised = (
        compliment(cleaned)
        # "what a hero", "smashed it", just after its own answer: its praise.
        or (bool(BARE_PRAISE.match(cleaned)) and any(s.own for s in history[-3:-1]))
        or (
            praise_then_told(cleaned)
            # Said of its answer, just given, or to it by name of a piece it made a while ago
            # ("love that toast @shakespeare, im stealing the rain bit"), and telling no trouble
            # ("good point, my nan passed away last night" is grief; "nice one, my train's
            # cancelled again" a sigh).
            and (
                any(s.own for s in history[-4:-1])
                or named_self
                or re.search(rf"@{re.escape(voice.slug)}\b", message, re.I)
            )
            and (mood := valence_mood(cleaned)) != "grave"
            and not (mood == "rueful" and OWN_TROUBLE.search(cleaned))
        )
    )
    if praised and not unasked and not author_is_persona:
        # "good point @socrates", "well said, ada", "ha told you. good point einstein, the blade
        # pressure isn't nearly enough to melt it": thanked, never "Small disasters".
        return opener("praised")
    plainer = (
        not unasked
        and not author_is_persona
        and not pressed
        and (
            _answered_lately(history, author)
            # "@einstein can you say it simpler" from another in the room, just after its answer
            or (
                re.search(rf"@{re.escape(voice.slug)}\b", message, re.I)
                and any(said.own for said in history[-4:-1])
                # (of its words: "explain it simpler"; "english please" may ask for English)
                and re.search(r"\b(?:explain|simpler|simply|plainer|it|that|this)\b", cleaned, re.I)
            )
        )
        and PLAINER.search(cleaned)
    )
    if plainer:
        # "ok but like in normal words please", just after its answer: another line on what was
        # asked, in plainer words, when it has one; else it owns that it put it badly.
        at = next(
            i for i in range(len(history) - 2, max(len(history) - 5, 0) - 1, -1) if history[i].own
        )
        while at >= 3 and history[at - 2].own and _going_on(history[at - 1].text):
            at -= 2  # past "what do you mean?" and its answer, to the question itself
        asked = history[at - 1].text if at >= 1 and not history[at - 1].own else ""
        # (what was asked, not how: "in simple words" asks for no line on simplicity)
        asked = without_asides(MENTION.sub(" ", asked))
        line = _repaired(
            index,
            rng,
            asked=asked,
            answer=history[at].text,
            meant="",
            odd="",
            ignored=ignored,
            used=used,
        )
        # Only a line on what was asked ("why is the sky blue": not the night sky being dark).
        on = {t for t in terms(asked) if t not in GENERIC_TERMS}
        if line and len(on & set(terms(line))) < min(2, len(on)):
            line = ""
        return f"{opener('plainer')} {line}" if line else opener("noplainer")
    if pressed or lost or figures:
        # "haha ok but that's not what i asked", "mosquitoes?? i asked about healing lol", "lol
        # what??", just after its answer: it owns that it missed, and answers what was asked
        # with what the person says they meant when it has a line on that (never the same
        # thing again), else owns that it does not know; lost, it asks what they want to know.
        at = next(
            i for i in range(len(history) - 2, max(len(history) - 5, 0) - 1, -1) if history[i].own
        )
        asked = history[at - 1].text if at >= 1 and not history[at - 1].own else ""
        meant, odd = corrected(cleaned)
        line = _repaired(
            index,
            rng,
            asked=MENTION.sub(" ", asked),
            answer=history[at].text,
            meant=meant,
            odd=odd,
            ignored=ignored,
            used=used,
            figures=bool(figures),
        )
        if figures and not pressed and not lost:
            # Pressed for figures after a general answer: its figures on the subject, else
            # that it has none.
            return f"{opener('further')} {line}" if line else opener("nofigures")
        if lost and owned_up_in(voice.material, history[at].text):
            # Its answer owned that it did not know ("That is quite beyond me, Jules"), and "lol
            # what?? im asking about cold water": it did follow, and still does not know.
            return f"{opener('answer')} {line}" if line else opener("understood")
        missed = opener("lost" if lost else "pressed")
        # Pressed on its own favourite ("that's not what i asked lol", after a platitude for
        # "the weirdest animal u saw on the beagle"): the line that names it, after owning the miss.
        best = (
            _best_of_own(index, unaside, history, author, used, opener, rng, pressed=True)
            if pressed and not lost
            else ""
        )
        if best and len(f"{missed} {best}") > voice.max_reply_chars:
            return best  # said whole, rather than cut after owning the miss
        if best:
            return f"{missed} {best}"
        if pressed and not lost and (ways := own_ways(index, unaside)):
            # Pressed with the question put again, of its own life ("i meant childcare, who
            # watched irene while you worked?"): it has that, and says it now, never "I have
            # no data on that" of its own family; its miss owned too when both fit.
            life = opener("life", among=ways)
            both = f"{missed} {life}"
            return both if len(both) <= voice.max_reply_chars else life
        if line:
            return f"{missed} {line}"
        if lost and "askplain" in index.tagged:
            # One whose way is to ask ("Socrates") asks back what they want to know.
            return f"{missed} {opener('askplain')}"
        if lost and not meant:
            # "huh?", "??": nothing says the answer was on another thing; which part lost them.
            return f"{missed} {opener('whichpart')}"
        return f"{missed} {_owned_up(index, rng, name=name, used=used, in_field=True)}"
    if (
        not unasked
        and not author_is_persona
        and kind not in ("hello", "welcome", "thanks", "bye", "persona")
        and (story := own_story(unaside))
        and story in index.tagged
    ):
        # "what's the best bit of a long run for you?", "what got you into it?", "what do you
        # wish you'd known before you started?": its own, from its life and work.
        return opener(story)
    if (
        not unasked
        and not author_is_persona
        and kind not in ("request", "hello", "welcome", "thanks", "bye", "persona")
        and not called_other(plain(MENTION.sub(" ", message)), voice, others, ignore)
    ):
        # "what's ur favorite element and why", "the weirdest animal u saw on the beagle", and
        # "thats sweet but which animal tho" just after: its own favourite, answered from a line
        # of its life that names it; "which of your characters would be the best chess player":
        # one of its own, named. Never "nothing in my notebooks touches that".
        best = _best_of_own(index, unaside, history, author, used, opener, rng)
        if best:
            return best
    if not again and not unasked and not author_is_persona:
        asked_again = _asked_again(cleaned, history, author)
        if asked_again:
            # "ok but WHY though, nobody answered that": the question asked again (what the
            # message still names of it, else the same person's question before), answered as
            # it was first put; never "How did that come about?" to a question.
            return _compose(
                voice,
                message=f"@{voice.slug} {asked_again}",
                theme=theme,
                rng=rng,
                ignore=ignore,
                history=[*history[:-1], ChatLine(author, f"@{voice.slug} {asked_again}")],
                others=others,
                said_before=said_before,
                again=True,
            )
        if (asked_in := _field_in(voice, cleaned)) and "plenty" in index.tagged:
            # "is there any physics in jenga or is it all luck": its own field, named, in a thing
            # of every day. Its line on the thing when it has one, else how it would see it.
            found = _on_subject(index, asked_in, used, rng, 1, sense=cleaned)
            # Its name said once: "..., Maya; nothing alive is without its history. I would go
            # about that as I go about everything: watch the creature ..."
            rest = found[0] if found else opener("method").replace(f", {name}", "", 1)
            return f"{opener('plenty')} {rest}"
        if beginner_asked(cleaned) and reading.stance != "recommend":
            # ("where do i start if i want to understand gravity" asks for a book: given below.)
            # "is it hard for a beginner?", "where do i even start": encouragement and a first
            # step, from its tip on the matter or a line of its own on beginning.
            whole, begun = _beginning(index, voice, cleaned, query, ignored, used, rng)
            if begun:
                begun = begun.format(name=name or "friend")
                return begun if whole else f"{opener('answer')} {begun}"
    # Its own answer followed up ("why though", "wait so is it safe or not", "ok but what if the
    # train is late"): more on the subject of that answer, never "How did that come about?".
    follow = (
        follow_up(cleaned) if len(history) > 1 and history[-2].own and kind != "welcome" else ""
    )
    # Its own answer to a request, a message or two back ("nothing too long" may come between).
    gave = next(
        (at for at in range(len(history) - 2, len(history) - 5, -1) if at >= 1 and history[at].own),
        0,
    )
    if (
        not gave
        and re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE)
        and (changed_asked(MENTION.sub(" ", message)) or SHORTER_ASKED.search(message))
    ):
        # "@shakespeare shorter version? like 6 words max", five messages after its motto: named
        # again and asked for other words, a few more back.
        gave = next(
            (
                at
                for at in range(len(history) - 5, len(history) - 9, -1)
                if at >= 1 and history[at].own
            ),
            0,
        )

    # Its own last reply, further back than the recent messages reach, when it is named again
    # and asked to change it ("@shakespeare ok the name's great but can u make it shorter",
    # a dozen messages after the names it gave Finn).
    far = (
        said_before[-1]
        if not gave
        and said_before
        and not author_is_persona
        and not unasked
        and re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE)
        and not any(s.own for s in history[:-1])
        and (changed_asked(MENTION.sub(" ", message)) or SHORTER_ASKED.search(message))
        # "@einstein something else: why is the sky blue" asks anew
        and not re.search(r"\b(?:what|why|how|who|when|where|which)\b", cleaned, re.IGNORECASE)
        else ""
    )
    given_last = history[gave].text if gave else far
    if (
        given_last
        and not author_is_persona
        and not unasked
        and (SHORTER_ASKED.search(cleaned) or SHORTER_MADE.search(cleaned))
        and len(options := _options_given(given_last)) >= 2
    ):
        # "can u make it shorter, it has to fit on a chalkboard", after "Puck, ..., or Titania,
        # ...": short names fit to what was named (`bots.naming`), when what was asked is in
        # the recent messages; else the shortest of the names it gave, said whole.
        if gave:
            asked_first = MENTION.sub(" ", history[_first_asked(history, gave)].text)
            renamed = _renamed(index, asked_first, history[gave].text, cleaned)
            if renamed:
                return _filled(renamed, {}, name)
        return opener("shortest", what=min(options, key=len))
    if far and changed_asked(MENTION.sub(" ", cleaned)):
        # Other words asked for, and what it was first asked is too far back to do again: it
        # owns plainly that it has no others, in its voice.
        shorter = _shortened(far) if SHORTER_ASKED.search(cleaned) else ""
        if shorter:
            return f"{opener('again')} {shorter}"
        return opener("noother")

    def unmade(stance: str) -> str:
        # Verse, a roast or a name asked of a persona whose craft it is not: owned up to in its
        # voice, and handed to the room's poet when there is one.
        needed = {"roast": "insult", "dub": "dub", "motto": "motto"}.get(stance, "made")
        poet = next(
            (o for o in others if not o.is_house_bot and index_of(o.material).tagged.get(needed)),
            None,
        )
        owned = opener("unmade")
        if poet is None:
            return owned
        return f"{owned} {opener('handover', mention=f'@{poet.slug}', who=poet.name)}"

    # What was first asked, past other words asked for since ("another one", "make it rhyme").
    first = _first_asked(history, gave) if gave else 0
    # Everything it gave for that request since, none of which is given again.
    given_all = " ".join(s.text for s in history[first : gave + 1] if s.own) if gave else ""
    # That request as it was made: "a name for our pub quiz team" for "what about our pub quiz
    # team", just after its names for the darts team.
    first_text = _asked_text(index, history, first) if gave else ""
    listed = names_listed(cleaned) if gave else []
    other = _other_for(cleaned) if gave else None
    # What kind of request that was, read only for a message that asks its words again.
    asked_kind = (
        _asked_as(first_text, index)[0]
        if gave
        and not author_is_persona
        and not unasked
        and not history[gave - 1].own
        and (listed or other or changed_asked(cleaned))
        else ""
    )
    if (
        listed
        and asked_kind
        and (carried := _names_carried(index, asked_kind, history[gave].text, listed, given_all))
    ):
        # "with our names in it: jo, sam, raj" just after its card or its names: the card
        # signed by them, names made of theirs.
        return _filled(carried, {}, name) if "{" in carried else f"{opener('cardsigned')} {carried}"
    if (
        other
        and asked_kind in ("dub", "occasion", "card")
        and (again_asked := _asked_for(index, asked_kind, first_text, other))
    ):
        # "and one for the paramedics who brought her in" after its card for the nurses, "what
        # about our pub quiz team" after its names for the darts team: the same asked for them.
        return _compose(
            voice,
            message=again_asked,
            theme=theme,
            rng=rng,
            ignore=ignore,
            history=[*history[:-1], ChatLine(author, again_asked)],
            others=others,
            said_before=said_before,
            unasked=unasked,
            again=again,
        )
    if asked_kind and changed_asked(cleaned):
        # "not too dramatic", "shorter pls" after the words it gave for a banner: other words,
        # not "How did that come about?".
        asked_first = first_text
        card = asked_kind == "card"  # other lines of the card's, shorter or funnier as asked
        renamed = "" if card else _renamed(index, asked_first, given_all, cleaned)
        if renamed:
            return _filled(renamed, {}, name)  # other names, short ones when asked for
        if (
            not card
            and SHORTER_ASKED.search(cleaned)
            and (shorter := _shortened(history[gave].text))
        ):
            # "shorter version? like 6 words max" after its verse for a motto: that verse cut
            # to its first line, never another motto in its place.
            return f"{opener('again')} {shorter}"
        stance, done, line = _redo_request(
            index, asked_first, ignored, given_all if card else history[gave].text, name, cleaned
        )
        if line and done not in NOT_DONE:
            # A name is said whole, as it names the person already ("Much Ado About Naming,
            # Priya; ..."); other words with "Then perhaps this, Priya:".
            return f"{opener('again')} {line}" if done else line
        if done == "unmade":
            return unmade(stance)  # "shorter pls" after owning up to a poem: still not its craft
        if card:
            return opener("noother")  # every card it has for the occasion given already
    if (
        not author_is_persona
        and not unasked
        and gave
        and not history[gave - 1].own
        and (
            history[gave - 1].author == author
            or re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE)
        )
        and SHORTER_ASKED.search(cleaned)
        # "in like one sentence for a 9 yr old?", "in one sentence, what is evolution": a new
        # question, put shortly.
        and len(cleaned.split()) <= 16
        and not re.search(r"\b(?:what|why|how|who|which|explain)\b", cleaned, re.IGNORECASE)
    ):
        # "maybe shorter? they lose interest after 10 words", "6 words max": the first line of
        # the verse it gave, when it gave one; else it owns, in its voice, that it ran long.
        # Names it gave are given again shorter.
        asked_first = first_text
        renamed = _renamed(index, asked_first, history[gave].text, cleaned)
        if renamed:
            return _filled(renamed, {}, name)
        shorter = _shortened(history[gave].text)
        if shorter:
            return f"{opener('again')} {shorter}"
        if index.tagged.get("shorter"):
            return opener("shorter")
    if (
        gave
        and not history[gave - 1].own
        and not author_is_persona
        and not unasked
        and (added := piece_added(cleaned))
        and sign_asked(first_text)
        and (signed := _sign_amended(index, history[gave].text, added))
    ):
        # "and put that we have biscuits", just after its sign for the window: the same sign,
        # saying that too, before its close.
        tag = "carded" if index.tagged.get("carded") else "offer"
        return f"{opener(tag, what='sign')} {signed}"
    amended = amendment(cleaned) if gave and not history[gave - 1].own else None
    if amended is not None and not author_is_persona and not unasked:
        # "and mention the lighthouse", "can you add something about the cat", "make it rhyme",
        # just after the words it gave for a toast: the same request again, with the addition.
        given = history[gave].text
        on_it = verse_line(index, f"a verse about {amended}", given)[0] if amended else ""
        stance, done, line = _redo_request(index, first_text, ignored, given, name)
        if done == "unmade" and not on_it:
            return unmade(stance)  # "make it rhyme" after owning up to a poem
        line = on_it or (line if done not in NOT_DONE else "")
        if line and amended and not set(terms(amended)) <= set(terms(line)):
            return f"{opener('amend', thing=_yours(amended))} {line}"
        if line:
            return f"{opener('again')} {line}" if done or on_it else line
    if (
        not author_is_persona
        and len(history) > 2
        and history[-2].own
        and not history[-3].own
        and BOTH_ASKED.search(cleaned)
        and either_or(MENTION.sub(" ", history[-3].text))
        and index.tagged.get("both")
    ):
        # "ok but why can't it be both", just after its pick between art and fun: it grants
        # both may be so, in its own way ("Both, quite possibly; light turned out to be a wave
        # and a particle at once"), never "Is that so? What do you believe most firmly?".
        return opener("both")
    if follow and not author_is_persona:
        # What its answer answered, whoever asked it: past a word of thanks for praise of it
        # ("love that" / "Thou art too kind, Ana"), the answer that was praised.
        at = len(history) - 2
        while at >= 2 and history[at - 2].own and _acknowledged(index, history[at].text):
            at -= 2
        asked = history[at - 1].text if at >= 1 and not history[at - 1].own else ""
        further = _followed_up(
            index,
            rng,
            follow=follow,
            answer=history[at].text,
            asked=without_asides(MENTION.sub(" ", asked)),
            text=cleaned,
            query=query,
            ignored=ignored,
            used=used,
            opener=opener,
        )
        if further:
            return further
        if (
            DOUBTED.search(cleaned)
            and asked
            and not owned_up_in(voice.material, history[at].text)
            and (
                set(terms(asked)) & set(terms(history[at].text)) - GENERIC_TERMS - ignored
                # "I would say yes, Maya, ...": a verdict given is stood by when doubted
                or VERDICT_GIVEN.match(history[at].text)
            )
        ):
            # "really?", with nothing more of its own on what it said: it stands by it plainly,
            # never "What would you like to talk about?".
            return opener("yes")
        if follow == "more" and not unasked:
            # "can you say more", "why?", with nothing more of its own on it: it says so, never a
            # line on a stray word (a mole's hunting runs, after a stitch when running).
            return opener("noother")
    if not unasked and not author_is_persona and kind in ("question", "remark") and banter(cleaned):
        # "@darwin honorary band members, right? 🦇🔔" (of the bats in the tower): it goes along
        # with the joke, with a line of its own on what the room was talking about when it has
        # one; never owns up to a question nobody asked.
        before = history[-2].text if len(history) > 1 and not history[-2].own else ""
        line = _chime_line(index, field_terms(voice), before, used) if before else None
        # At its own expense ("you'd be out there looking for moths"): a word back to a tease.
        laugh = opener("teased") if YOU.search(cleaned) else opener("laugh")
        return f"{laugh} {line}" if line else laugh
    other = (
        ""
        if unasked or author_is_persona
        else called_other(plain(MENTION.sub(" ", message)), voice, others, ignore)
    )
    if other:
        # "@socrates lovelace would you have loved X?": Ada's to answer, not Socrates's.
        return opener("aside", who=other)
    if unasked and kind not in ("hello", "welcome", "bye", "luck", "invited"):
        # What the message answers, when it answers another person's question ("my IPA has a
        # weird smell like band aids. is it ruined", then "chlorine in your water maybe?").
        before = history[-2] if len(history) > 1 else None
        answers = (
            before.text
            if before
            and not before.own
            and before.author != author
            and before.author not in persona_names
            and QUESTION.search(before.text)
            else ""
        )
        # The words of the lines just before it: a word taken up again from them ("that wasnt
        # the loft", after "is it kindness or just clearing the loft") is no new subject.
        echoed = frozenset(t for said in history[-6:-1] for t in terms(MENTION.sub(" ", said.text)))
        chimed = _chimed(
            voice,
            index,
            rng,
            reading,
            cleaned,
            query,
            weights,
            used,
            opener,
            answers=answers,
            echoed=echoed,
            named=_names_in(voice, message),
        )
        if chimed is None:
            return ""  # nothing on what the people are talking about: it keeps quiet
        if chimed:
            return chimed
    if kind == "request" and request and request[0] == "unmade":
        return unmade(reading.stance)
    if kind == "request" and request:
        tag, fields, line = request
        line = _filled(line, fields, name)
        if not tag:
            return line
        # An opener that leaves the line whole within the persona's length, when one does.
        room = voice.max_reply_chars - len(line) - 1
        fits = tuple(
            t
            for t in index.tagged.get(tag) or DEFAULT_TAGGED[tag]
            if len(
                t.format(**{"speaker": "", "who": "", "mention": "", **fields, "name": name or "x"})
            )
            <= room
        )
        lead = opener(tag, among=fits or None, **fields)
        if lead.endswith(":") and re.match(r"[^\"\u201c:]+:\s*[\"\u201c]", line):
            # A line with its own lead-in ("Gratiano's toast in The Merchant of Venice: ..."):
            # the opener ends on a full stop, never two colons in a row ("from my own stock:
            # Gratiano's toast ...: ...").
            lead = f"{lead[:-1]}."
        return f"{lead} {line}".strip()
    thing = ever_asked(cleaned) if kind in ("personal", "question") else ""
    if thing and terms(thing) and not own_ways(index, unaside) and not _says(index, thing):
        # "do you ever get tinnitus from lab stuff?", and nothing of its own says tinnitus: a
        # plain no with the nearest true thing, never a line on "lab".
        return opener("never")
    if kind in ("personal", "question", "opinion") and reading.stance != "choice":
        # "do you like rainy days?", "morning person?": its own ways, answered from its life.
        ways = own_ways(index, unaside)  # an aside ("my teacher keeps asking") is not asked
        if ways and all(any(_template(w).search(u) for u in used) for w in ways):
            # Its line on it said in the room already ("London made me ill" to "you moved out
            # to the countryside right", then "would you have lived in a city?"): a plain line
            # of its own on the subject, when it has one not said yet, rather than the same again.
            # Never a grave line for a light question ("do you go out in the rain": not Pierre
            # killed in the rain).
            plainly = [
                line
                for line in own_said_plainly(index, unaside, tuple(used), near=ways[0])
                if not GRAVE_EVENT.search(line)
            ]
            if plainly:
                return f"{opener('answer')} {plainly[0]}"
        if ways:
            return opener("life", among=ways)
    if (
        kind in ("question", "opinion", "remark", "personal")
        and not unasked
        and not author_is_persona
        and (index.tagged.get("define") or index.tagged.get("still"))
    ):
        # "what does 'mug' mean", "is a mug that leaks still a mug?": a persona whose craft is
        # asking what a thing is asks it back (Socrates), when no line of its own says it.
        what, still = defined_thing(cleaned)
        # "is it still the same car if ...": a thing kept through its parts replaced, which a
        # line of its own on the very puzzle answers (Theseus' ship), whatever the thing.
        same = still and SAME_THROUGH.search(cleaned)
        if same:
            kept = next((line.text for line in index.lines if SAME_THROUGH.search(line.text)), "")
            if kept and kept not in used:
                return f"{opener('answer')} {kept}"
        if what and (same or not _says(index, what)):
            if still and index.tagged.get("still"):
                return opener("still", what=what)
            if index.tagged.get("define"):
                return opener("define", what=what)
    if (
        kind in ("thanks", "bye", "hello", "welcome")
        and not author_is_persona
        and (
            loss := mourning(
                history,
                author,
                thanked=kind == "thanks" and thanked_in_grief(cleaned, used),
                skip=persona_names,
            )
        )
        is not None
        and _gentle_asked(kind, reading, cleaned, message, unasked, voice, others, ignore)
    ):
        # Bad news in the room ("pepper died last night", "so sorry x"): thanks, goodbyes and
        # greetings are gentle, and may name the loss once; no quip, no "how delightful".
        return _gentle(index, kind, cleaned, used, loss, opener, name)
    if (
        LATE_SORRY.search(cleaned)
        and not unasked
        and (kind == "hello" or (kind == "remark" and GREETING_WORD.search(message)))
    ):
        # "hi all, sorry late to this, been on nights": sorry for being late, no trouble to be
        # sorry for; greeted, and the apology waved away.
        hellos = _brief_hellos(index)
        hello = opener("hello", among=_timely(hellos, cleaned) or hellos or None)
        to = f", {name}" if name and name not in hello else ""
        return f"{hello} No need to apologise{to}; you are here now."
    if LATE_SORRY.match(cleaned) and not unasked and kind == "remark":
        # "sorry im late, traffic was mad": the apology waved away, no hardship consoled
        return f"No need to apologise{f', {name}' if name else ''}; you are here now."
    if kind == "hello" and reading.stance == "howsit":
        # Greeted back briefly, and a guest's word on the thing asked after.
        hellos = _brief_hellos(index)
        hellos = _timely(hellos, cleaned) or hellos
        thing = re.sub(r"^(?:my|our)\b", "your", reading.claim, flags=re.I)
        howsit = _named_once(opener("howsit", thing=thing), name)
        return f"{opener('hello', among=hellos or None)} {howsit}"
    if kind == "hello" and reading.stance == "hook" and hooked(MENTION.sub(" ", message)):
        hellos = _brief_hellos(index)
        hello = opener("hello", among=_timely(hellos, cleaned) or hellos or None)
        return f"{hello} {_hook_met(voice, index, cleaned, theme, ignored, used, rng, opener)}"
    if kind == "hello" and reading.stance in ("back", "how"):
        # A returning person is welcomed back, never as a new face; "how's it going" after a
        # greeting is answered with the persona's day.
        if reading.stance == "back":
            return opener("back")
        # Greeted briefly ("Guten Tag, Jonas!"), then how its day is going.
        hellos = _brief_hellos(index)
        hellos = _timely(hellos, cleaned) or hellos
        return f"{opener('hello', among=hellos or None)} {_day(index, cleaned, opener)}"
    if kind == "hello":
        # "evening all" is not met with "Good morrow"; a greeting says nothing of being new
        # ("hey, you around?" from a regular is no "new face"; a newcomer is read as "welcome").
        greetings = tuple(
            line
            for line in index.tagged.get("hello", ())
            if not re.search(r"\bnew (face|arrival)|newcomer", line, re.I)
        ) or index.tagged.get("hello", ())
        wished = DAY_WISHED.search(cleaned)
        if wished and not _told_after(_past_greetings(DAY_WISHED.sub(" ", cleaned), voice)[0]):
            # "hey everyone, happy saturday 👋": the wish returned, never "Noted" as news
            hellos = _brief_hellos(index)
            hello = opener("hello", among=_timely(hellos, cleaned) or hellos or None)
            return f"{hello} And a happy {_day_wished(wished.group(1))} to you too!"
        if reading.stance == "told":
            # "Morning all. cruise deposit due by the 14th": greeted briefly, and the news taken
            # up (`_news_taken_up`), never welcomed as one new to the room.
            news = _news_taken_up(index, rng, reading, cleaned, query, used, opener, unasked, name)
            if news is not None:
                return news
        hello = opener("hello", among=_timely(greetings, cleaned) or greetings or None)
        # Not asked what brought them when they said ("evening all, debrief is up on the drive").
        return hello if regular or reading.stance == "told" else f"{hello} {opener('invite')}"
    if kind == "welcome":
        if (met := _welcome_met(index, cleaned, opener, name)) is not None:
            return met
        if (GOOD_EVENT.search(cleaned) or pet_news(cleaned)) and valence_mood(cleaned) != "grave":
            # "hey all, I'm Priyanka, just had twins": welcomed in a sentence that names them, and
            # the news met once, in words that fit it ("just adopted a tortoise called doris":
            # Doris by name), never a second welcome nor the name again.
            joy = "congrats" if pet_news(cleaned) else good_kind(cleaned)
            welcomes = _first_sentences(
                index, "welcome", lambda first: "{name}" in first and len(first.split()) <= 8
            )
            welcome = opener(kind, among=welcomes or None)
            # ("How delightful to meet you" is not followed by "How delightful to hear of".)
            lines = _glad_lines(index, cleaned) or _congrats_lines(index, cleaned)
            lines = lines and tuple(unlike(lines, lead_words(welcome, name)))
            news = opener(joy, among=lines or None)
            return _welcome_news(welcome, news, joy, cleaned, name)
        if reading.stance == "how" and _talked_here(author, history[:-1]):
            # "how does this place work" from someone who has talked here a while: told, not
            # welcomed as new.
            return opener("start")
        if HOW_IT_WORKS.search(cleaned):
            # "do i just... post?": welcomed, and told that they have begun already.
            welcomes = _first_sentences(index, "welcome", lambda first: "{name}" in first)
            return f"{opener(kind, among=welcomes or None)} {opener('start')}"
        return opener(kind) if regular else f"{opener(kind)} {opener('invite')}"
    if kind == "luck":
        return opener("luck")
    if kind == "invited":
        # Accepted as a guest would, once; joining in unasked, not its to answer for the room.
        return "" if unasked else opener("accept")
    if kind == "day":
        return _day(index, cleaned, opener)
    if kind == "metoo":
        return opener("metoo")
    if kind == "thanks" and not thanked_other(message, voice, others, ignore) and not unasked:
        # Thanks for help it did not give ("@curie thanks, ok no vicks", after a line on walks),
        # with a "but" and a no ("thanks but we can't get a cat"), or in sarcasm ("thanks for
        # crushing kev's dreams"): taken as they were meant, never "my pleasure".
        due = _thanks_due(voice, index, message, history, used, others)
        if due:
            return opener(due[0], **due[1])
    if kind == "thanks" and (thanked := thanked_other(message, voice, others, ignore)):
        # "thanks curie that helped", said to the room after Einstein spoke: Marie's thanks,
        # which he never takes as his own ("You are welcome").
        return opener("passon", who=thanked)
    if kind == "thanks":
        # Thanks are answered with "you are welcome" in its voice, never with "Thank you"; for
        # a thing it did (a piece written, a sum worked, an answer), never for its company ("a
        # good listener").
        done = bool(used)
        welcomes = tuple(
            line for line in index.tagged.get("thanks", ()) if not THANKED_BACK.search(line)
        )
        done_welcomes = tuple(line for line in welcomes if not FOR_COMPANY.search(line))
        if done and len(done_welcomes) >= 2:
            welcomes = done_welcomes  # (never one line said over and over)
        what = thanked_for(cleaned, used) if done else ""
        fit = {"piece": "thankspiece", "sum": "thankssum"}.get(what, "")
        welcome = opener(fit) if fit in index.tagged else opener("thanks", among=welcomes or None)
        if taking_leave(cleaned):
            # "thanks all, bye!": thanked in a sentence, and seen off.
            first = SENTENCE_END.split(welcome, maxsplit=1)[0]
            return f"{first} {_named_once(_bye_line(index, cleaned, opener), name)}"
        return welcome
    if kind == "bye" and reading.stance == "brb":
        return opener("brb")
    if kind == "personal" and reading.stance in ("intro", "character") and not unasked:
        return opener(reading.stance)  # who it is, or that it is a character, honestly
    if kind == "bye":
        bye = _bye_line(index, cleaned, opener)
        # "goodnight everyone, we won the pub quiz tonight btw!": the news met after the goodbye.
        return _bye_and_news(index, rng, reading, cleaned, query, used, opener, bye, name)
    if kind == "joke" and reading.stance == "wry":
        if (WHAT_IF.search(cleaned) or ASKED_ME.search(cleaned)) and (
            asked := set(query) & field_terms(voice)
        ):
            # A playful question in its field ("if i drove the resurfacer at light speed would
            # the ice be done before i started 😂"): laughed at, and answered from its field.
            lines = _best_lines(index, weights, used, rng, 1, anchor=asked)
            if lines and asked & set(terms(lines[0])):
                return f"Ha, {name}! {lines[0]}" if name else f"Ha! {lines[0]}"
        # A wry remark about oneself is laughed along with, never asked how it came about.
        return opener("laugh", among=_laughs_along(index))
    if kind == "joke":
        mourned = [h for h in history[-7:-1] if not h.own and death_told(h.text)]
        if reading.stance == "asked" and mourned and "condolence" in index.tagged:
            # A joke asked just after someone told of a death ("my grandad died yesterday", then
            # "@einstein tell tom a joke"): sympathy to the one bereaved, never a joke (mend43b).
            told_by = _addressable(mourned[-1].author)
            return _tagged(
                index,
                "condolence",
                rng,
                name=told_by,
                used=used,
                among=_condolence_lines(index, mourned[-1].text),
            )
        # Asked for one: one of its own; a knock-knock played along with; one told: a groan.
        kinds = {"asked": "joke", "knock": "knock", "riddle": "riddle"}
        return opener(kinds.get(reading.stance, "groan"))
    if kind == "claim":
        return _verdict(
            voice,
            index,
            rng,
            reading=reading,
            heard=[*used, *(s.text for s in history)],
            ignored=ignored,
            opener=opener,
            outside=outside,
        )
    if kind == "persona":
        return _answer_persona(
            voice,
            index,
            rng,
            message=message,
            author=author,
            used=used,
            history=history,
            theme=theme,
            ignored=ignored,
            persona_names=persona_names,
            ignore=ignore,
            others=others,
        )
    if kind in ("personal", "question", "opinion", "remark") and not author_is_persona:
        # "li reckons warming up is pointless, you with me?": a view asked on what Li said.
        claimed = "" if reading.speaker else _claim_of(cleaned, speakers)
        if not claimed and not reading.speaker and BARE_VIEW.fullmatch(cleaned):
            # "thoughts?", "what's your take on all this", just after someone said something:
            # a view of that, never its general line on taste.
            # (the last who said something that can be said back, other than the asker, whose
            # own point asked about reads as before)
            claimed = next(
                (
                    s.author
                    for s in reversed(history[-4:-1])
                    if not s.own and claim_of(MENTION.sub(" ", s.text), speakers) is not None
                ),
                "",
            )
            claimed = "" if claimed == author else claimed
            talk = " ".join(
                MENTION.sub(" ", s.text) for s in history[-4:-1] if not s.own and s.author != author
            )
            if not claimed and talk.strip():
                # Nothing said back that can be weighed (another persona's story, a question):
                # a line of its own on what the room was talking about, else owned up to; never
                # "Tastes vary as much as finches' beaks" after an answer on relativity.
                line = _chime_line(index, field_terms(voice), talk, used, strict=True)
                if line:
                    return f"{opener('opinion')} {line}"
                return _owned_up(index, rng, name=name, used=used)
        if claimed:
            reading = Reading("askview", in_field=reading.in_field, speaker=claimed)
            kind = "askview"
            speaker = _addressable(claimed)
    if (
        (kind == "question" or kind in ("personal", "remark") and not ASKED_OF_YOU.search(cleaned))
        and not (reading.in_field and _matched_terms(index, query, generic) >= 2)  # its own line
        # Good news told ("WE WON THE PUB QUIZ!!!", "so worth it") is met in kind, not with a
        # view on pubs.
        and not (
            kind == "remark"
            and not QUESTION_START.match(cleaned)
            and valence_mood(cleaned) == "good"
        )
        and _views_asked(index, cleaned, query, used)
        # "why do babies cry so much, surely it's bad for survival": a fact asked, with a word
        # that judges beside it, is no view asked (taste42).
        and not fact_asked(cleaned)
    ):
        # "talent or hard work?", "can a machine be creative?": a view it holds, not a fact.
        reading = Reading("opinion", stance="choice" if either_or(cleaned) else "open")
        kind = "opinion"
    if (
        kind in ("question", "remark", "personal", "opinion")
        and not author_is_persona
        and not unasked
        and WHO_WINS.search(cleaned)
        and re.search(r"\b(?:or|vs\.?|versus)\b", cleaned, re.IGNORECASE)
    ):
        # "who'd win at chess, lovelace or socrates": play, however it was read (taste42).
        return _contest_played(index, opener, used, name, cleaned)
    options = either_or(cleaned) if kind == "opinion" else None
    if kind == "opinion" and not author_is_persona and not unasked:
        # Two people to side between, two things a thing may be, a deed of one kind or another,
        # what makes a thing good: answered in the asker's own words (bots/opine.py).
        opined = _opined(
            voice,
            index,
            rng,
            reading=reading,
            text=cleaned,
            options=options,
            history=history,
            name=name,
            used=used,
            opener=opener,
        )
        if opined:
            return opined
    if (
        FACTUAL_CHOICE.search(cleaned)
        and options
        and not all(set(terms(o)) & field_terms(voice) for o in options)
    ):
        # "is the ferry or a flight faster to Dublin?" is a fact, not a taste: no take on city
        # life answers it; owned up to (and handed over) like any question outside the field.
        return outside()
    if kind == "opinion":
        return _opinion(
            voice,
            index,
            rng,
            reading=reading,
            query=query,
            used=used,
            opener=opener,
            text=cleaned,
            name=name,
            outside=outside,
        )
    if kind == "defend":
        # Its own words objected to: it stands by them or softens them, and never agrees that
        # it was wrong; a line on what the objection is about, when it has one not yet said.
        subject = [t for t in query if t not in GENERIC_TERMS and t not in STANCE_TERMS]
        heard = [*used, *(s.text for s in history)]
        take = _best_take(index, subject, heard) if reading.stance == "back" else None
        if take is not None and not any(_said_line(take.text, h) for h in heard):
            # Objected to by a question ("but is knowledge not what makes imagination worth
            # anything?"): its considered view on the matter, not its first words again.
            return _fitted(voice, index, opener, "defend", take.text, used=used)
        line = _on_subject(index, subject, heard, rng, 1, field=reading.in_field, sense=cleaned)
        # Disagreed with before it has said a word here: its view, not "I will grant you part
        # of it; the rest I hold" (Lovelace then agreed that machines originate nothing).
        stood = "defend" if any(s.own or s.author == voice.name for s in history) else "beforehand"
        return " ".join([opener(stood), *line])
    if (
        kind == "question"
        and not author_is_persona
        and not unasked
        and (view := _open_view(index, text=cleaned, name=name, opener=opener))
    ):
        # "whose names should we put on the bench?", "what makes a neighbour kind rather than
        # just polite?", read as a question: a view in its own terms, never owned up to.
        return view
    # Outside the field unless the material speaks to it all the same: two of the question's
    # words in one line, and more of them than any expert in the room has in one of its own
    # ("why do cut apples go brown so fast" to the chemist, whose line says a cut apple turns
    # brown, is hers, though apples are the naturalist's word).
    matched = _matched_terms(index, query, generic) if kind == "question" else 0
    if (
        kind == "question"
        and query
        and not reading.in_field
        and (
            matched < min(2, len(set(query) - generic) or len(set(query)))
            or _outmatched(matched, _experts(voice, others, message, set(query)), query)
        )
        # A name it knows, asked about ("which dostoevsky tho, karamazov?"), is its own.
        and not _name_known(index, unaside)
    ):
        if index.tagged.get("examine") and _deed_judged(unaside) and not unasked:
            # "is it irresponsible to let kids launch rockets": a deed judged, whatever it is
            # done with, is the philosopher's to examine (`_owned_up`), never owned up to.
            return _owned_up(index, rng, name=name, used=used, asked=unaside)
        return outside()
    if kind in ("agree", "disagree", "askview"):
        # What was said, not the theme: a line only if it speaks to the point in dispute.
        # "agree" or "wrong" are about the dispute, not the point in it.
        # The point is what the message says and what the one it sides with said last.
        point = [t for t in query if t not in STANCE_TERMS]
        claim = []
        for said in reversed(history[:-1]):
            if reading.speaker and _as_called(said.author, reading.speaker):
                claim = [t for t in terms(said.text) if t not in ignored]
                break
        # "do you think nights are worth it? callum thinks yes i think no": the side Callum
        # took is on the question asked here, never on what he said last (a leaving card).
        # (Not a pick between two, "are cats better than dogs? priya thinks so", whose side is
        # one of them.)
        side = (
            ""
            if either_or(cleaned) or COMPARING.search(cleaned)
            else _side_said(cleaned, reading.speaker)
        )
        if side:
            claim = [t for t in terms(_claim_text(cleaned)) if t not in ignored]
        point = [t for t in point + claim if t not in GENERIC_TERMS and t not in STANCE_TERMS]
        # Nothing said in the room again, nor a near copy of it ("Nothing in life is to be
        # feared" is not said back to one who quotes it).
        heard = [*used, *(s.text for s in history)]
        line = [
            t
            for t in _on_subject(index, point, heard, rng, 3, sense=cleaned)
            if all(_overlap(t, terms(h)) < 0.5 for h in heard)
        ][:1]
        if line and len(set(point) & set(terms(line[0]))) < 2:
            line = []  # "wrong", "agree", "stretch" alone: a line on something else
        # Asked its view of what someone said: its take on the point, when no line says it.
        # On what was said, not on the words asking for it ("thoughts on sam's take?").
        on = [t for t in claim if t not in GENERIC_TERMS and t not in STANCE_TERMS] or point
        # The take most on it, said before or not: not one on a stray word ("play" the instrument
        # is not "playing it safe").
        take = None if line or kind != "askview" else _best_take(index, on, (), minimum=1.0)
        if take:
            line = [take.text]
        if speaker == "me" or not speaker or (not claim and kind != "askview"):
            # Siding with the persona itself, or with someone whose words are not in the recent
            # messages: no verdict on a claim it has not heard. Sided with itself, it says why
            # it holds the point, from its take on it, when no line of its own speaks to it.
            if speaker == "me" and not line and kind == "agree":
                adds = [t for t in query if t not in GENERIC_TERMS and t not in STANCE_TERMS]
                _, reason = _view_of(index, cleaned, adds, heard, rng, lead=set(adds[:1]))
                line = [reason] if reason else []
            return " ".join([opener("agree" if kind == "askview" else kind), *line])
        # The persona's own view of the point, naming the one who made it: its verdict on that
        # point, whatever the seed; with a line of its own on it, or after taking in which side
        # the person is on (never told they agree when they do not).
        key = f"{voice.slug}:{' '.join(sorted(set(claim or point)))}"
        said = next((s.text for s in reversed(history[:-1]) if _as_called(s.author, speaker)), "")
        said = _claim_text(cleaned) if side else said
        # A sweeping claim ("you can learn everything on youtube", "never live with friends")
        # is one these minds quarrel with; another they mostly grant.
        sweeping = bool(SWEEPING.search(said))
        view = "against" if sweeping or zlib.crc32(key.encode()) % 3 == 0 else "with"
        if take and take.side and kind == "askview":
            # Its take decides: against machines being creative is with "they never will be".
            view = (
                "with" if (_side_on(take, said) == "for") == (_lean(said) == "for") else "against"
            )
        else:
            # Its take on what was said, else its own line on the point, is the reason, and
            # decides the view ("I think Ada is right" alone says nothing; "I needed ten hours of
            # sleep, and a tired mind invents nothing" is against "sleep is for the lazy").
            # On what was said, or on what the person adds to it ("Darwin has a point about
            # patience"): the first word of substance of either is what a take must be about.
            adds = [t for t in query if t not in GENERIC_TERMS and t not in STANCE_TERMS]
            lead = {*on[:1], *adds[:1]}
            subject = on + [t for t in adds if t not in on]
            found, reason = _view_of(
                index, said, subject, heard, rng, line, lead=lead, neutral=True
            )
            if reason:
                view, line = found, [reason]
        if side == "against" and view in ("with", "against"):
            # Its view of the question, said of one who answered it "no".
            view = "against" if view == "with" else "with"
        if (
            kind == "askview"
            and not _side_said(cleaned, reading.speaker)
            and not (either_or(cleaned) or deed_choice(cleaned) or CHOICE_AFTER.search(cleaned))
        ):
            # Asked its side on what someone said: that said back first, then its question on
            # it or its side (`_sided`), never a line of its own met on one word of it. (Not
            # with a choice put after it, "should we be angry or keep it civil": that is what
            # it answers.)
            return _sided(
                voice,
                index,
                opener,
                view,
                line,
                history=history,
                text=cleaned,
                speaker=speaker,
                name=name,
                used=used,
                take=take,
                personas=persona_names,
            )
        if not line:
            return opener(view)
        # Its own view and its reason, in one voice: never the person's side said back first
        # ("So you oppose Ada. I am not with Ada"). The reason is said whole, after an opener
        # short enough to leave room for it.
        fitted = _fitted(voice, index, opener, view, line[0], used=used)
        return fitted if fitted != line[0] else f"{opener(view)} {line[0]}"
    if kind == "remark" and ROOM_EVENT.match(cleaned):
        # "did anyone watch the match last night?? what a finish": it missed it, and asks how it
        # went (rate41: "A quiet hour in the agora is rare" had got a 1).
        return opener("missedit")
    if kind == "remark":
        return _react(
            index,
            rng,
            reading=reading,
            text=cleaned,
            query=query,
            used=used,
            opener=opener,
            unasked=unasked,
            name=name,
        )
    if kind == "personal":
        # About its own life and work ("Why didn't you escape from prison?"): one word of the
        # question in a line is enough, whatever the field. With none, a question in its field
        # is answered as any other, "how are you" gets a line the conversation points to, and
        # anything else is owned up to.
        # Money, home and children are its subject when it has no other ("how much money did
        # you make?"); not "day" in "how was your day?".
        # A word of its field is its subject even when everyday talk wears it thin: "can you
        # be too honest?" to Socrates is about honesty.
        subject = (
            [t for t in query if t not in GENERIC_TERMS]
            or [t for t in query if t in OWN_LIFE_TERMS]
            or [t for t in query if t in field_terms(voice)]
        )
        if REAL_ASKED.search(cleaned) and "self" in index.tagged:
            # "are you a real person?": no line on real love or a real instrument (review39);
            # what it is, it owns up it cannot say.
            return opener("self")
        # "did u have kids?" is asked of its own life: "My children were...", not a quote.
        own = bool(OF_ITS_LIFE.search(cleaned))
        lines = _on_subject(
            index, subject, used, rng, 1, field=True, key=key, own=own, sense=unaside
        )
        if not lines and subject:
            # Nothing says it in the question's words: what its life says in related ones
            # (regrets: a mistake regretted; a best friend: friendship).
            lines = _related_line(index, subject, used, key, sense=unaside)
            if lines and all(
                said_as_a_deed(unaside, t) and t not in sense_subjects(unaside) for t in subject
            ):
                # "who would you pick?": a doing asked of nothing named ("Romeo and Juliet ...
                # let each audience choose") is met on a related word only (hijack43)
                lines = []
        if lines and (
            loose_match(unaside, lines[0], narrow=True)
            or beside_subject(unaside, lines[0], frozenset(ignored))
            or met_aside(cleaned, lines[0], frozenset(ignored))
        ):
            # One loose word of the question ("could you make life from dead tissue": a cat's
            # dead mouse; "how did you balance research with small kids": research alone) is
            # no answer; it owns up instead (misfire41).
            lines = []
        if lines and FORESEEN.search(cleaned) and len(set(subject) & set(terms(lines[0]))) < 2:
            # "do you reckon the high street will survive": no tale of being kicked in the street
            lines = []
        if lines and (
            _off_its_subject(unaside, lines[0]) or _predicated_otherwise(unaside, lines[0])
        ):
            lines = []  # (nor "a true tiger" for "how can you ever know what is true")
        if lines and _told_only(unaside, lines[0]):
            # "you lived through two wars, any tips on how to stay calm?": the X-ray cars of
            # its war are no tip on keeping calm.
            lines = []
        if lines and MADE_ASKED.search(unaside) and OWN_MAKING.search(lines[0]):
            # "could u write an algorithm to pick my beta for me": not "I wrote the first
            # published algorithm" of its own work.
            lines = []
        if lines and not (
            _fits_ask(unaside, lines[0], field_terms(voice))
            or (OWN_SAYING.search(lines[0]) and answers_ask(unaside, lines[0]))
            or OF_ITS_LIFE.search(cleaned)
            or re.search(r"\byour\b", cleaned, re.IGNORECASE)  # "your first baby"
        ):
            # "the best thing you ever picked up second hand": no dry hands gripping a hold,
            # a fact of another thing; its own life or saying on the word ("sailing was my
            # only sport") answers it.
            lines = []
        if lines:
            return " ".join([opener("answer"), *lines])
        if not reading.in_field:
            if not subject and CAN_DO_ASKED.search(cleaned) and "self" in index.tagged:
                # "what can you do?": of itself, with no word of it in its material; owned up
                # to, as itself, and the floor handed back (no explainer of church acoustics)
                return f"{opener('self')} {opener('invite')}"
            if not subject and "self" in index.tagged and AGE_ASKED.search(cleaned):
                # "how old are you", with no word its lines could be on: owned up to, as itself,
                # never a line at random on daisies or animals' feelings (review39)
                return opener("self")
            if not subject:  # "How are you?": a line the conversation points to
                lines = _best_lines(index, _weights(subject, history, theme, ignored), used, rng, 1)
                return " ".join([opener("answer"), *lines])
            if (
                "self" in index.tagged
                and _asked_of_you(cleaned)
                and not DOES_TO_YOU.search(cleaned)
                and not FORESEEN.search(cleaned)  # "do you reckon the high street will survive"
            ):
                if TIPS_ASKED.search(cleaned):
                    # "you've filled in a few grant forms in your time, any tips on how to make
                    # the case?": advice from its life, with nothing on that in its material:
                    # the advice it gives on anything, never that it never studied itself.
                    return f"{opener('opinion')} {opener('view')}"
                if JOB_SOUGHT.search(cleaned) and (
                    own := owned_of(index, JOB_SOUGHT.sub(_as_a_job, cleaned))
                ):
                    # "did you ever struggle to find work?": work sought is a job, and its word
                    # on its own career answers it, never "more thought on light than on my own
                    # heart" (hijack43).
                    return _tagged(index, "outsideof", rng, name=name, used=used, among=(own,))
                # About itself, with nothing on it in its material: it says so, as itself, and
                # never "not my field" nor someone else's.
                return opener("self")
            return outside()
    if not query:
        return f"{opener('remark')} {opener('invite')}"  # "What?", "???"
    # "What is radium?" is best answered by a line that says what radium is.
    defined = DEFINITION.match(cleaned) or MEANING.match(unaside) or EXPLAIN.match(unaside)
    prefer = None
    if defined and terms(defined.group(1)):
        subject = terms(defined.group(1))[-1]
        prefer = re.compile(rf"\b{re.escape(subject)}\w*,? (is|are|was|means)\b", re.IGNORECASE)
    anchor = set(query) - generic
    lines = _best_lines(
        index, weights, used, rng, 2, prefer=prefer, pair_ratio=0.6, anchor=anchor, key=key
    )
    if lines and FIX_ASKED.search(unaside) and not ADVICE_LINE.search(lines[0]):
        # "how do i fix a squeaky door hinge": a fix asked, and the line only explains the thing
        # ("a door opens most easily when you push at the handle side"): no answer; the `#know`
        # lines hold its practical answers.
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside)
    kept = [
        t
        for t in lines
        if not loose_match(unaside, t, narrow=True)
        # "my tomatoes ... are they dying?": "I died at thirty-six" met on "dying" (hijack43);
        # the greeting said too ("morning all, who's up early": "My mornings began early")
        and not (
            beside_subject(unaside, t, frozenset(ignored))
            and beside_subject(message, t, frozenset(ignored))
        )
    ]
    if lines and not kept:
        # Found on one loose word only ("why do some plants flower in spring and others in
        # autumn": swallows that leave in autumn): owned up to, in its own field too
        # (misfire41).
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside)
    lines = kept
    if lines and len(anchor) == 1 and _predicated_otherwise(unaside, lines[0]):
        # "how do you know anything is true at all": its one word said of a thing is no
        # answer ("a true tiger", "truly to be feared"); owned up to.
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside)
    start = opener("answer")
    answered = start
    content = anchor - FRAMING
    if lines and len(content) >= 2:
        # One word of the question in a line may be the same word in another sense ("wisdom
        # teeth" is no wisdom, "flats" no folding buggy, "signed" no sign of rain): the answer
        # is a line with two of the question's words, or one and a word related to it.
        near_words = set(related(sorted(content))) - content
        # What the question does to a thing ("i throw", "a falling lift"): a line that shares
        # only that ("throws heat away at the back", "falls over") is on something else.
        done = _done_words(unaside)

        def sense(line: str) -> tuple[int, float]:
            said = set(terms(line))
            # A word the line says otherwise than the question is not carried ("ground crew"
            # and the ground a pigeon walks on, "the school hall" and a secret school).
            carried = content & (loosely_alike(unaside, line) - light_verbs(unaside)) - COUNTS
            # A grade ("stands so much better") is no thing shared with "you sing better".
            carried -= GRADES
            # Nor a word only of the asker's own case after the question ("clients ask me"):
            # not "asking me to stay away from Stockholm"; nor one only of what a thing is likened
            # to, a state beside it, a distance or how long ("with the window open").
            carried &= asked_terms
            carried -= beside
            if not carried - done and not near_words & said:
                return 0, 0.0
            if another_thing(unaside, line):
                return 0, 0.0  # bats' legs, for "why do my legs ache after a run"
            # The names of a field count once: "physicists" and "physics" are one word of it.
            named = carried & FIELD_NAMES
            count = len(carried - named) + bool(named)
            # The rarer word is the more telling one: "sunset" says more than "sky".
            return count + bool(near_words & said), sum(index.idf.get(t, 0.0) for t in carried)

        # The things of its field: not its name ("chemistry" is in a line on patient work as
        # much as in a question on bruises) nor a word said as often in another sense ("force" of
        # a collision and of arms): a line on one word of the question is on one of these.
        # Nor people asked of as anyone ("why do humans even do weddings"): a line on humans is
        # on one of these only when it says what they are asked to do.
        fields = field_terms(voice) - FIELD_NAMES - TWO_SENSES - done - PEOPLE_TERMS - BROAD_KINDS
        asked_terms = set(terms(asked_part(unaside)))
        # (What is said only in a check put first, "u play the violin yeah?", is not asked.)
        beside = beside_terms(unaside) | lead_terms(unaside)
        # The thing of its field the question is about ("the wild yeasts in my kitchen": yeast):
        # a line on another word of its field ("wild animals") is no answer to it.
        about = lexical_subject(cleaned)
        about = about if about in fields else ""

        def on_about(line: str) -> bool:
            # Nor a line opening on another thing ("Iron rusts even in a dry shed ... a trace of
            # water", for whether cold-water swimming boosts the immune system).
            return (not about or about in terms(line)) and not another_thing(unaside, line)

        named = content & sense_subjects(unaside)

        def headed(line: str) -> bool:
            # A line that opens on a question of its own ("Was it hard being a woman in
            # science? Yes: ... the Academy shut its door on me") answers a question on that only.
            own_question = OWN_QUESTION.match(line)
            return not own_question or bool(set(terms(own_question.group(0))) & content)

        if sense(lines[0])[0] >= 2 and headed(lines[0]):
            pass  # on what was asked
        elif named and (
            by_name := [
                line
                for line in [*lines, *_on_subject(index, sorted(named), used, rng, 1)]
                if named & names_in(line)
            ]
        ):
            # The name it is asked about, in a line that names it ("which dostoevsky tho,
            # karamazov?": "I read Hume, Spinoza and Dostoevsky"): a name is one thing only.
            lines = by_name[:1]
        elif better := sorted(
            (
                line
                for line in [
                    *lines[1:],
                    *_on_subject(index, sorted(content), used, rng, 1),
                    # What the question is about said in the words of its kind: "birds on
                    # different islands" are the island finches, not the birds at a feeder.
                    *_on_subject(index, sorted(content), used, rng, 2, field=True),
                ]
                if sense(line)[0] >= 2 and headed(line)
            ),
            key=sense,
            reverse=True,
        ):
            lines = better[:1]
        elif fields & content & alike_terms(unaside, lines[0]) and on_about(lines[0]):
            pass  # on a word of it that is its own field ("a sonnet")
        elif FORESEEN.search(unaside) and not unasked:
            # "do you reckon the high street will survive": what will be, and only a word of
            # its field in it ("survive"): it cannot tell, in its voice; no nearest line.
            return opener("foresee")
        elif own := sorted(
            (
                line
                for line in lines
                if fields & content & alike_terms(unaside, line) and on_about(line)
            ),
            key=sense,
            reverse=True,
        ):
            # Only a word of its field ("sky" in "why was the sky pink?"): the nearest it has,
            # said to be only that.
            start, lines = opener("inexact"), own[:1]
        elif STORY_ASKED.search(unaside) and (
            told := [
                line
                for line in _on_subject(
                    index, sorted(set(query) - generic), used, rng, 3, field=True, key=content
                )
                if content & _recurring(index) & set(terms(line))
            ]
        ):
            # Whether a story of its own life is true ("was the shed thing true? i read it
            # leaked"): a thing its lines tell again and again is its own, and its line on it
            # answers, never "that never crossed my bench".
            lines = told[:1]
        elif reading.in_field:
            # Its own field is never owned up to: the nearest line on a word of its field that
            # was asked ("the sky"), said to be only that, else how it would work it out.
            # Not creatures at large ("do any animals do a big show when they pair up"): a line
            # on animals at all is no nearest of what they are asked to do.
            asked = {about} if about else content & fields
            near = _on_subject(index, sorted(asked), used, rng, 1, field=True) if asked else []
            near = [
                t for t in near if asked & alike_terms(unaside, t) and not another_thing(unaside, t)
            ]
            if not near and about:
                # The thing it is about, or its kind: "ducks" are birds.
                near = [t for t in [_nearest_thing(index, about, unaside, query, used)] if t]
            # The core notion of its field put to the thing (its style's "crafts": Darwin's
            # evolving and breeding, Ada's automating), said as what is done or not ("automate
            # one chore in a bakery"); not any word of its field ("the best laptop for coding"
            # is a laptop asked about, not coding), nor a verb done that is no craft of its own
            # ("throw a frisbee" to Einstein).
            notion = (content & _field_terms(tuple(voice.style.get("crafts", [])))) - {about}
            if not near and notion:
                # Nothing on the thing, but that notion ("did farmers basically evolve wheat",
                # "automate one chore in a bakery"): its nearest line on it, never "I could not
                # say" to its own subject.
                near = [
                    t
                    for t in _on_subject(index, sorted(notion), used, rng, 1, field=True)
                    if notion & alike_terms(unaside, t) and not another_thing(unaside, t)
                ] or [
                    # Or said in the words its field says it in: farmers picking seeds are
                    # breeders choosing ("evolve": selection, breeding).
                    t
                    for t in _related_line(index, sorted(content), used, notion, sense=unaside)
                    if not another_thing(unaside, t)
                ]
            if not near:
                # How it would work it out, only when that speaks to what was asked; else it
                # owns up plainly, in its own field too.
                if reading.method_fits:
                    return opener("method", among=_method_lines(index, cleaned))
                return _owned_up(index, rng, name=name, used=used, in_field=True, asked=unaside)
            start, lines = opener("inexact"), near
        else:
            return outside()
    said = set(terms(lines[0])) if lines and key else set()
    # A line on the very thing asked about ("can virtue be taught?": virtue) is no nearest.
    on_subject = bool(said & (sense_subjects(unaside) - PEOPLE_TERMS - BROAD_KINDS))
    if (
        said
        and not set(related(sorted(key))) & said
        and 0 < len(anchor & said) < 2
        and not on_subject
    ):
        # Nothing it has says what was asked, only something near it: it says so, then gives
        # the nearest it has, rather than passing it off as the answer. (A line with two of its
        # words is on it: "do mobile phones give off radiation?" is not only about "mobile".)
        start = opener("inexact")
        lines = lines[:1]
    if lines and travelling(unaside) and not _of_the_journey(unaside, lines[0]):
        # "is it faster to take the train from paris to berlin": a journey to plan, not a
        # fast clock on a moving train.
        return outside()

    crafts = _field_terms(tuple(voice.style.get("crafts", [])))

    def off(line: str) -> bool:
        # The nearest it has is on the thing asked of, not on the word of its field said of it
        # ("scratch it with metal", a non-stick pan, for how a metal detector knows metal).
        # (Or on a place it names, "the sandals you wore in the agora": the agora; or opening on
        # a thing it names, "A cat pats things off a table" for a cat that knocks stuff off.)
        # Nor the core notion of its field put to the thing, said in the words its field says
        # it in ("did farmers basically evolve wheat": breeders choosing).
        said = set(terms(line))
        nearest = (
            start != answered
            and not names_focus(unaside, line)
            and not _placed(unaside) & said
            and not _opens_on_named(unaside, line)
            and not set(related(sorted(set(terms(unaside)) & crafts))) & said
        )
        return nearest or _off_its_subject(unaside, line)

    if lines and off(lines[0]):
        # "can u help me fix my wifi its dropping every 10 min": Galileo's spanner "dropped"
        # from a mast says nothing of wifi, as the answer or as the nearest it has. Another
        # of its lines on the thing asked may; else it owns up.
        asked_about = sorted(sense_subjects(unaside) - GENERIC_TERMS)
        alternatives = [*lines[1:], *_on_subject(index, asked_about, used, rng, 2, sense=unaside)]
        lines = [
            t
            for t in alternatives
            if not off(t)
            # (in its own field it gives its nearest rather than own up; but never a line that
            # says its one word late, in passing: "Cooking ... the greatest discovery humans made
            # after language", for whether languages evolve; nor one on the thing alone and
            # not on what it does: time for a dog, for one that spins before lying down)
            and not _one_word_late(unaside, t)
            and not thing_only(unaside, t, deeds=True)
        ][:1]
        if not lines:
            owned = _owned_up(
                index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside
            )
            # Its lines all off what was asked: it owns up to that thing, named, not to the
            # word it might have taken up ("The butterflies? A barnacle knows as much ...").
            said = asked_words(unaside) if owned_up_in(voice.material, owned) else ""
            return f"{said[:1].upper()}{said[1:]}? {owned}" if said else owned
    if lines and MADE_ASKED.search(unaside):
        # "could u write an algorithm to pick my beta for me": a thing asked to be made for
        # the person is not made by the nearest line of its own work ("I wrote the first
        # published algorithm"), nor by one that only says what the thing is ("A spreadsheet is
        # a table of numbers"): another of its lines that says how may; else it owns up.
        lines = [
            t
            for t in lines
            if not (start != answered or OWN_MAKING.search(t) or _only_defines(unaside, t))
        ]
        if not lines:
            return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
    if len(lines) > 1 and len(" ".join([start, *lines])) > voice.max_reply_chars:
        lines = lines[:1]  # a second line that would be cut is better left out
    # A second line is on the question too, not on its side words: "easier" and "moving" of
    # balancing on a moving board are no time travel "easy" by moving fast.
    lines = lines[:1] + [t for t in lines[1:] if _also_on_it(unaside, t)]
    if lines and (
        not _fits_ask(unaside, lines[0], field_terms(voice))
        # (whether a thing is safe is never answered by the nearest it has: a microwave oven
        # for cleaning one with bleach)
        or (start != answered and not reading.in_field and SAFE_ASKED.search(unaside))
    ):
        # Why midges bite, for what to use on the bites; crows leaving nuts for cars, for a car
        # that squeaks: another question answered, owned up to instead.
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside)
    if (
        start == answered
        and len(lines) == 1
        and len(f"{start} {lines[0]}") > voice.max_reply_chars
        and len(lines[0]) < voice.max_reply_chars - 20
    ):
        # An opener so long that the answer would lose its end ("...; water a little every
        # day" gone from the tomatoes): one short enough to leave the answer whole.
        return _fitted(voice, index, opener, "answer", lines[0], used=used)
    said = frozenset(terms(lines[0])) if lines else frozenset()
    if said & set(terms(unaside)) and not meets_ask(unaside, said, line=lines[0]):
        # Its line shares only a word of what is told beside the question, or one that says
        # which thing is meant ("the door code" is no coding): owned up to, not passed off.
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field, asked=unaside)
    return " ".join([start, *lines])


# Whether a field is in a thing of every day: "is there any physics in jenga", "is there much
# maths in knitting". ("whats the chemistry of why a sunburn peels" asks for the explanation
# itself, which "plenty" does not give.)
FIELD_IN = folded(
    r"\b(?:is there|there'?s|are there) (?:any|much|some|a lot of|lots of|real) "
    r"(?P<field>physics|chemistry|maths?|mathematics|biology|philosophy|ethics|poetry)"
    r" (?:in|to|behind) (?P<thing>[^.?!,;]+)",
    re.IGNORECASE,
)
# The persona fields (its style's "fields") each word names; "science" names every science.
NAMED_FIELDS = {
    "physics": {"physics"},
    "chemistry": {"chemistry"},
    "maths": {"mathematics"},
    "math": {"mathematics"},
    "mathematics": {"mathematics"},
    "biology": {"life"},
    "philosophy": {"ethics"},
    "ethics": {"ethics"},
    "poetry": {"literature"},
}


# A message that puts to the persona the question just asked above it ("@curie ^ that one",
# "same q", "what she said"), naming nothing of its own.
ASKED_ABOVE = folded(
    r"(?:^|\s)\^+(?:\s|$)|\b(?:that|this|same|her|his|their|the above) (?:one|q|qn|question)\b|"
    r"\bwhat (?:s?he|they) (?:said|asked|says)\b|\b(?:see|read|question|q) above\b|"
    # "^ raj's question", "what raj asked earlier": whose, named (`_pointed_above`)
    r"\b(?!(?:what|that|it|there|here|who|he|she|let)'s)\w+'s (?:q|qn|question)\b|"
    r"\bwhat (?!(?:i|we|you|u)\b)\w+ (?:just )?asked\b",
    re.IGNORECASE,
)
# "socrates any tips for leo?": that person's last question, answered (rate42); one word after
# "for" and nothing more, and a pointer only when it names one in the room (`_pointed_above`).
TIPS_FOR = folded(r"\b(?:tips?|advice|help|words?) for \w+\W*$", re.IGNORECASE)


# A tip on getting better at something, as its own `#know` line says it.
LEARN_WORDS = folded(
    r"\b(?:learn\w*|practi[cs]\w*|rehears\w*|nerv\w*|focus\w*|concentrat\w*|habit\w*|"
    r"routine|motivat\w*|patience|drill)\b",
    re.IGNORECASE,
)


def _learn_lines(index: Index, tag: str, subject: str) -> tuple[str, ...]:
    """Its `#learn` or `#pointer` lines for `subject` (a pointer's "any" ones too, after)."""
    lines = _tagged_lines(index.tagged.get(tag, ()))
    fit = tuple(line.text for line in lines if subject in line.names)
    return fit or tuple(line.text for line in lines if "any" in line.names)


def _learnt(index: Index, text: str) -> tuple[str, str] | None:
    """(subject, "") for a question on getting better at something the persona has a `#learn`
    line for, ("travel" or "any", where) for a practical matter with a place to check it and a
    `#pointer` line to say it with; None for neither (bots/learning.py)."""
    if index.tagged.get("pointer"):
        kind, where = pointer_asked(text)
        if where and _learn_lines(index, "pointer", kind):
            return kind, where
    if index.tagged.get("learn"):
        subject, _skill = learning_asked(text)
        if subject and _learn_lines(index, "learn", subject):
            # Its own tip on the very thing ("how do you learn lines fast" to the playwright:
            # learn them by their cues) stands.
            own = known(index, text, ()) if "know" in index.tagged else ""
            return None if own and LEARN_WORDS.search(own) else (subject, "")
    return None


def _known_answer(
    index: Index,
    text: str,
    history: Sequence[Said],
    author: str,
    used: Sequence[str],
    persons: Collection[str] = (),
) -> str:
    """Its `#know` line on what `text` asks; or, just after one of its `#know` answers (its
    last reply in the room), another on what `text` asks of the same thing ("so lower temp and
    longer? how much longer roughly" after its answer on sinking cupcakes), never one said; or,
    for "^ that one", its line on the question the last person asked above (not a persona in
    `persons`)."""
    if "know" not in index.tagged:
        return ""
    # ("give me a straight answer for once: is social media bad": asked after its colon)
    line = known(index, text, used, asked=asked_after_colon(text))
    if line and own_known(index, line) and _put_to_a_person(text, history, author):
        return ""  # "tom did you go to italy last summer": tom's life, not its own (bio41)
    if line and any(_said_line(line, u) for u in used):
        # Asked again what it answered ("so does stirring halfway actually help"): the point
        # of its answer, said to be said already, never the same words again. Figures it never
        # said ("and if we only do the south side, 40 panels at 400 watts") ask a new thing.
        return "" if _new_figures(text, line) else _restated(line)
    if line or len(terms(text)) > 8:
        return line
    if ASKED_ABOVE.search(text) and len(terms(text)) <= 4:
        for said in reversed(history[:-1]):
            if not said.own and said.author not in persons:
                return known(index, MENTION.sub(" ", said.text), used, asked=True)
    own = [said.text for said in history[:-1] if said.own]
    last = own[-1] if own else (used[-1] if used else "")
    thing = subject_of(knowns(index.tagged["know"]), last) if last else ""
    if not thing:
        return ""
    line = known(index, f"{thing} {text}", used)
    asked_again = YES_NO_OPENING.match(CHAT_LEAD.sub("", ECHO_LEAD.sub("", text)))
    if not line and asked_again:
        # "wait does stirring really make a difference" just after its answer on microwaved
        # soup: asked yes or no of a thing its answer said ("stir"): that answer's point again.
        said = next((k.text for k in knowns(index.tagged["know"]) if _said_line(k.text, last)), "")
        asked = {t for t in terms(text) if t not in GENERIC_TERMS}
        if said and asked & set(terms(said.replace("{name}", ""))):
            return _restated(said)
    if line and any(_said_line(line, u) for u in used):
        # "so does stirring halfway actually help" just after its answer on microwaved soup:
        # its point again, said to be said already, never the same words.
        return _restated(line) if asked_again else ""
    return line


def _put_to_a_person(text: str, history: Sequence[Said], author: str) -> bool:
    """Whether `text` calls by name, first or last, a person of the room other than its author
    ("tom did you go to italy last summer", "have you been to rome tom?")."""
    names = {s.author.lower() for s in history if not s.own and s.author != author}
    said = re.findall(r"[\w'-]+", text.lower())
    return bool(said) and bool({said[0], said[-1]} & names)


# Someone's own work asked to be done for them: "can you do my english lit essay on macbeth",
# "write my personal statement", "do my tax return for me"; not "how do i start my essay",
# "check my essay", "what should my essay be about".
YOUR_WORK = folded(
    # at the start of a clause ("macbeth essay due monday. can u do it" is another's clause)
    r"(?:^|[.!?;]\s+)\W*(?:(?:ok(?:ay)?|so|pls|please|lol|hey|hi|also|and|but|right|ngl|honestly)"
    r"\W+)*(?:(?:can|could|will|would) (?:you|u) "
    r"(?:just |pls |please |like )?)?(?:do|write|finish|fill in|fill out|sort out|sort)\s+"
    r"(?:my|our)\s+(?:[\w'-]+\s+){0,4}?(?:essay|homework|hw|coursework|notes|assignment|"
    r"dissertation|thesis|report|tax return|taxes|personal statement|revision|care plans?|"
    r"paperwork|cv|cover letter|application|write[- ]?up|worksheet|lab book|timesheet|"
    r"expenses|marking)\b"
    # "do my notes make sense to you" asks of them
    r"(?!\s+(?:make|look|seem|read|sound|have|need|count|matter|work)\b)",
    re.IGNORECASE,
)
# How a persona is called: "miss curie", "mr darwin", "professor einstein".
HONORIFIC = r"miss|mrs|mr|ms|madame|madam|mme|monsieur|sir|professor|prof|dr|doctor|mister|dear"
# A word of chat before a question: "wait does ...", "ok so is ...".
CHAT_LEAD = folded(r"^\W*(?:(?:ok(?:ay)?|so|wait|but|and|also|hmm+|oh|right)\W+)+", re.I)


def _new_figures(text: str, line: str) -> bool:
    """Whether `text` gives figures `line` does not say: a new question on the same thing ("and
    if we only do the south side, 40 panels at 400 watts"), never the one it answered again."""
    return bool(set(re.findall(r"\d+(?:\.\d+)?", text)) - set(re.findall(r"\d+(?:\.\d+)?", line)))


def _restated(line: str) -> str:
    """The point of a `#know` line said again: its last sentence (or last clause), after "As I
    said": "As I said, {name}: stir halfway, and let it stand a minute ..."."""
    point = re.split(r"(?<=[.!?])\s+", line.strip())[-1]
    if point == line.strip() and "; " in point:
        point = point.rsplit("; ", 1)[1]
    point = re.sub(r",? \{name\},?", "", point).strip()
    point = re.sub(r"^(?:but|and|so|yet)\s+", "", point, flags=re.I)  # "but they are fine ..."
    if not point:
        return line
    return f"As I said, {{name}}: {point[:1].lower()}{point[1:]}"


def _name_known(index: Index, text: str) -> bool:
    """Whether what `text` asks about (`sense.subjects`) is a name some line of the persona
    says ("dostoevsky": "I read Hume, Spinoza and Dostoevsky"): a person, a book, a ship."""
    about = sense_subjects(text)
    return bool(about) and not about.isdisjoint(_names_said(index))


@lru_cache(maxsize=64)
def _names_said(index: Index) -> frozenset[str]:
    """The names any line of the persona says (`sense._names`): read once for its material, not
    line by line for each reply (an edited material is another index)."""
    return frozenset().union(*(names_in(line.text) for line in index.lines))


def _field_in(voice: Voice, text: str) -> list[str]:
    """The stems of the thing in which `text` asks whether there is the persona's own field
    ("jenga" in "is there any physics in jenga or is it all luck"), or [] when it names another
    field or none."""
    found = FIELD_IN.search(text)
    if not found:
        return []
    named = found.group("field").lower()
    if not NAMED_FIELDS[named] & set(voice.style.get("fields", ())):
        return []
    thing = re.split(r"\s+or\s+", found.group("thing"))[0]
    return [t for t in terms(thing) if t not in GENERIC_TERMS]


# A follow-up that still asks which ("thats sweet but which animal tho", "lol ok but which one,
# hamlet?", "polonium or radium?") rather than asking something new of its own.
WHICH_STILL = folded(r"\bwhich\b", re.IGNORECASE)
ASKS_AFRESH = folded(
    r"\b(?:how|why|what|when|where|who|did|do|does|is|are|was|were|can|could|would|will)\b", re.I
)


def _best_followed(
    text: str, history: Sequence[Said], author: str, *, pressed: bool = False
) -> str:
    """The superlative of its own life its author asked it just before (`best_asked`), when
    `text`, said just after its answer, still asks which ("thats sweet but which animal tho",
    "polonium or radium?", "hamlet?") or says the answer missed it (`pressed`); else ""."""
    if best_asked(text) or len(words(text)) > 12 or len(history) < 3 or not history[-2].own:
        return ""
    still = (
        pressed
        or WHICH_STILL.search(text)
        or either_or(text)
        or ("?" in text and not ASKS_AFRESH.search(text) and len(terms(text)) <= 3)
    )
    if not still:
        return ""
    for said in reversed(history[-6:-2]):
        if said.own:
            continue
        if said.author != author:
            return ""
        earlier = MENTION.sub(" ", said.text).strip()
        return earlier if best_asked(earlier) else ""
    return ""


def _best_of_own(
    index: Index,
    text: str,
    history: Sequence[Said],
    author: str,
    used: Sequence[str],
    opener: Callable[..., str],
    rng: random.Random,
    *,
    pressed: bool = False,
) -> str:
    """Its reply to a favourite or a superlative of its own life or work asked in `text`, or
    asked just before and still asked ("which one tho") or pressed for (`pressed`): a `#life`
    line that names the thing, said whole, else a plain line that does, after an opener; one of
    its own things named for "which of your characters would be best at X" (`#among`); "" when
    none answers it."""
    among = own_among(index, text)
    if among:
        return opener("among", among=among)
    asked, also = text, ""
    if not best_asked(text):
        asked, also = _best_followed(text, history, author, pressed=pressed), text
        if not asked:
            return ""
    found = own_best(index, asked, tuple(used), also=also)
    if not found or (not found[0][1] and own_ways(index, asked)):
        # (An everyday subject, "who was your best friend?", "which book do you love most", has
        # its own line of its life: that, not a plain line that says "best friends" of worms.)
        return ""
    top = found[0][2]
    lines = [(line, life) for line, life, score in found if score == top]
    lives = tuple(line for line, life in lines if life)
    if lives:
        return opener("life", among=lives)
    return f"{opener('answer')} {_least_used([line for line, _ in lines], used, rng)}"


def _asked_again(text: str, history: Sequence[Said], author: str) -> str:
    """The question `text` asks again because it was not answered (`asks.reasked`): the same
    person's last question before it, when the message names nothing new of it ("ok but WHY
    though, nobody answered that"), points back at it ("why do they all die then") or says a
    word of it again ("but WHY is it slippery" after "why is ice slippery"); else what the
    message still asks ("that wasn't the question. why do the bees love lavender"); "" when it
    asks nothing again."""
    rest = reasked(text)
    if rest is None:
        return ""
    # Only "but why", "ok but how": just after its own answer, a follow-up of it (`follow_up`);
    # else the question before, when it names nothing new of it ("yeah but how was the concert"
    # asks something else).
    only_but = not ANSWER_MISSED.search(text)
    if only_but and len(history) > 1 and history[-2].own:
        return ""
    named = set(terms(rest)) - GENERIC_TERMS
    asked = ""
    for said in reversed(history[-8:-1]):
        if said.own or (author and said.author != author):
            continue
        earlier = MENTION.sub(" ", said.text).strip()
        if reasked(earlier) is None and terms(earlier):
            if "?" in earlier or QUESTION_START.match(earlier):
                asked = earlier
            break
    if not asked:
        # "nobody's answered that bit" of another's question: the last one in the room that
        # says a word of it, or any, when the message names nothing.
        asked = next(
            (
                earlier
                for said in reversed(history[-8:-1])
                if not said.own
                and (earlier := MENTION.sub(" ", said.text).strip())
                and ("?" in earlier or QUESTION_START.match(earlier))
                and reasked(earlier) is None
                and (not named or named & set(terms(earlier)))
            ),
            "",
        )
    if only_but:
        return asked if asked and (not named or named & set(terms(asked))) else ""
    if asked and (
        not named or POINTS_BACK.search(rest) or named & set(terms(asked)) or len(named) < 2
    ):
        return asked
    return rest


# A little program asked about in everyday words ("a little thing that logs the pond temp every
# 10 min and texts me"): the mathematician's, who wrote the first for a machine.
MADE_TO_RUN = folded(
    r"\b(?:app|apps|website|web ?site|bot|script|program|gadget|arduino|raspberry pi|"
    r"(?:thing|something|gizmo|box) (?:that|to|which) (?:\w+ )?(?:logs?|pings?|texts?|counts?|"
    r"tracks?|records?|alerts?|sends?|checks?|measures?|beeps?|emails?|tweets?|posts?))\b|"
    r"\bevery \d+ ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b",
    re.IGNORECASE,
)
# Words of beginning and learning (many are stopwords, which the ranking never reads): a line
# with one says how to start; the line with most of them says it best.
BEGIN_WORDS = folded(r"\b(begin|start|first step|step|learn|practi[sc])\w*", re.IGNORECASE)
BEGIN_TERMS = frozenset(terms("begin beginner beginning start first step learn practise practice"))
# A discipline named is no subject of a tip ("kitchen chemistry with my kids" is not revising
# chemistry for an exam).
DISCIPLINES = frozenset(
    terms("chemistry physics science sciences maths math mathematics biology history philosophy")
    + terms("poetry literature programming coding code")
)


def _beginning(
    index: Index,
    voice: Voice,
    text: str,
    query: list[str],
    ignored: set[str],
    used: Sequence[str],
    rng: random.Random,
) -> tuple[bool, str]:
    """A beginner's question answered: the persona's #tip on what it is about (a whole reply:
    True), else its line on beginning or learning it, best on the question's own words; a line
    on learning its own field only when the question is of its field. "" when it has neither."""
    found = tip(index, text, frozenset(ignored) | GENERIC_TERMS | DISCIPLINES)
    if found:
        return True, found
    content = [t for t in query if t not in GENERIC_TERMS and t not in BEGIN_TERMS]
    content = [t for t in content if t not in ASKING_TERMS]
    weights = dict.fromkeys(content, 1.0)
    weights.update(dict.fromkeys(BEGIN_TERMS, 0.3))
    scores = index.rank(weights)
    fields = field_terms(voice)
    order = sorted(range(len(scores)), key=lambda i: -(scores[i] + rng.random() * 0.01))
    wanted = set(content)
    general: list[tuple[bool, int, float, str]] = []
    # Asked for a beginner, a line on beginners first ("well within a beginner's reach").
    novice = re.compile(r"\bbeginner", re.IGNORECASE)
    for_novice = bool(novice.search(text))
    for i in order:
        line = index.lines[i]
        begun = {m.lower() for m in BEGIN_WORDS.findall(line.text)}
        if not begun or any(line.text in said for said in used):
            continue
        if wanted & line.counts.keys():
            if _in_sense(text, line.text):
                return False, line.text
        elif fields & line.counts.keys():
            said_novice = for_novice and bool(novice.search(line.text))
            general.append((said_novice, len(begun), scores[i], line.text))
    # Of its field, in the message's words ("thinking" is no term the ranking reads).
    said = {w.lower() for w in words(text)}
    # A topic the ranking cannot read ("thinking" to the philosopher) is read as said.
    unread = {t.lower() for t in voice.style.get("topics", ()) if not terms(t)}
    asked = (
        ({stem(w) for w in said} - GENERIC_TERMS) & fields
        or said & unread
        or ("mathematics" in voice.style.get("fields", ()) and MADE_TO_RUN.search(text))
    )
    # The line that says most of beginning ("learn to program, start with a small problem").
    general = max(general, default=(False, 0, 0.0, ""))[3]
    return False, general if asked else ""


# The kinds everyday things belong to, as a naturalist's lines speak of them: a line on birds is
# the nearest to a question on gulls when nothing says gulls.
KINDS = {
    kind: frozenset(terms(members))
    for kind, members in {
        "bird": "seagull seagulls gull gulls duck ducks goose geese swan swans penguin penguins "
        "owl owls crow crows pigeon pigeons robin robins sparrow sparrows blackbird blackbirds "
        "starling starlings heron herons parrot parrots hen hens chicken chickens magpie magpies "
        "wren wrens puffin puffins pelican pelicans hawk hawks eagle eagles swallow swallows",
        "insect": "bee bees wasp wasps ant ants moth moths butterfly butterflies beetle beetles "
        "mosquito mosquitoes ladybird ladybirds caterpillar caterpillars cricket crickets "
        "grasshopper grasshoppers midge midges flies",
        "crustacean": "crab crabs lobster lobsters shrimp shrimps prawn prawns woodlouse "
        "woodlice barnacle barnacles",
        "fish": "salmon trout cod goldfish eel eels minnow minnows shark sharks",
    }.items()
}


def _nearest_thing(
    index: Index, thing: str, text: str, query: list[str], used: Sequence[str]
) -> str:
    """The persona's line, not yet said, on `thing` (a word of its field the question names) or
    on its kind (`KINDS`) that says another word of the question too, in its sense; "" when it
    has none."""
    if thing in FIELD_NAMES or thing in TWO_SENSES:
        return ""  # "physics" or "force" alone names no thing
    kinds = {stem(kind) for kind, members in KINDS.items() if thing in members}
    weights = {t: 0.3 for t in query if t not in GENERIC_TERMS}
    weights.update(dict.fromkeys(kinds, 1.0))
    weights[thing] = 1.6
    wanted = {thing, *kinds}
    scores = index.rank(weights)
    for i in sorted(range(len(scores)), key=lambda i: -scores[i]):
        line = index.lines[i]
        if scores[i] <= 0:
            break
        if not wanted & line.counts.keys() or any(line.text in said for said in used):
            continue
        # The thing or its kind alone is no answer ("a duck" sent up in a balloon to "why don't
        # ducks get cold feet"): the line says something else the question asks too.
        if not (set(weights) - wanted) & line.counts.keys():
            continue
        if _in_sense(text, line.text, loose=True):
            return line.text
    return ""


# Asking whether a thing is safe, or whether to worry about it or do it ("should i be worried",
# "is it safe to", "is it ok to feed bread to ducks", "is it bad to look at the eclipse").
SAFETY_ASKED = folded(
    r"\b(?:should (?:i|we|u|you|they) (?:be )?(?:worried|worry|concerned|\w+)|"
    r"(?:do|should) (?:i|we) (?:need to )?worry|worried about|"
    r"(?:is|are) (?:it|this|that|they|these|those) (?:\w+ )?(?:safe|ok|okay|bad|dangerous|"
    r"harmful|risky|cruel|toxic|poisonous|fine)\b|safe to|bad for (?:you|me|us|them|kids))",
    re.I,
)
# "can i cook on a camping stove in my tent", "can i keep my dog in the car for an hour": a
# thing done in a closed space, where a verdict by lot could kill; a warning or nothing.
CLOSED_SPACE_ASKED = folded(
    r"\b(?:can|could|should|is it ok to|is it okay to) (?:(?:i|we|u|you) )?"
    r"(?:use|cook|light|run|burn|leave|keep|put)\b[^.?!]{0,40}\b(?:in|inside) (?:my|our|the|a) "
    r"(?:tent|car|van|garage|"
    r"bedroom|room|caravan|cabin)\b",
    re.I,
)
# Two sides each with figures, one against the other: "£45 or drive 120 miles".
FIGURED_OR = re.compile(r"(?:[£$€]\s?\d|\d\s?(?:p|%|mpg|miles|km)\b)[^?.!]*?\bor\b[^?.!]*?[£$€]?\d")
# Whether to do a thing, asked for a yes or a no ("is it ok to", "should i stop", "what should
# i do"), and a thing that may hurt, cost a home or break the law: no verdict by lot.
RISKED_ASKED = folded(
    r"\b(?:is it|it is|is that|would it be|will it be|are we|am i)\s+(?:\w+ )?(?:ok|okay|alright|"
    r"all right|fine|safe|allowed|legal|wise|a good idea|bad)\b|"
    r"\b(?:should|shall|can|could) (?:i|we|u|you|my \w+|the kids) (?:just )?(?:stop|start|take|"
    r"keep|let|light|use|climb|go|sue|leave|skip|drive|move|mix|burn|ignore)\b|"
    r"\bwhat (?:should|do|can|shall) (?:i|we|u) do\b",
    re.I,
)
HAZARD = folded(
    r"\b(?:fires?|fire ?pits?|bonfires?|bbqs?|barbecues?|petrol|paraffin|lighter fluid|flames?|"
    r"matches|ladders?|roof|power ?lines?|electric\w*|wiring|gas|chemicals?|bleach|"
    r"windy|wind|storms?|icy|drunk|driving|"
    r"fell on|fallen on|damaged|crashed|flooded|stolen|broke into)\b",
    re.I,
)
# The body's care, the law and a home's money: no persona's field, whatever word it shares
# ("blood pressure" is no physics).
NEVER_FIELDS = folded(
    r"\b(?:pregnan\w*|pills?|tablets|medication|medicine|blood pressure|asthma|diabet\w*|"
    r"operation|surgery|replacement|council|permission|permit|licen[cs]e|legal|court|landlord|"
    r"deposit|insurance|insurer|police|evict\w*|debt|bailiffs?)\b",
    re.I,
)
# Whether doing something may hurt someone ("is it ok to stand under a tree in a storm", "is
# it safe to mix bleach and vinegar"): never answered with a matter of taste.
HARM_ASKED = folded(
    r"\b(?:safe|unsafe|dangerous|harmful|risky|toxic|poisonous|deadly|lethal)\b|"
    # a dose of a medicine ("should i take 2 or 4 paracetamol") is the packet's or a doctor's
    r"\b(?:paracetamol|ibuprofen|aspirin|painkillers?|tablets|pills|dose|dosage|medication|"
    r"antibiotics)\b|"
    r"\b(?:ok|okay|alright|fine) to (?:stand|shelter|swim|drive|fly|touch|mix|climb|eat|drink)\b"
    r"[^.?!]*\b(?:storm|lightning|thunder|ice|flood|fog|wild|raw|expired|mould|mold|bleach|gas)",
    re.I,
)
# Of those, the ones that ask whether a thing is safe or may be done, not whether to be worried
# ("should i be worried my sonnet doesnt rhyme" is no risk a poet should own up to).
RISK_ASKED = folded(
    r"\b(?:safe|dangerous|harmful|risky|toxic|poisonous|cruel|(?:ok|okay|bad|fine) (?:to|for)|"
    r"should (?:i|we|u|you|they) (?!be\b|worry\b)\w+)",
    re.I,
)
# The words of being safe or not, in a line: one that says them of the thing asked speaks to
# the question though it shares no other word ("the wasp's yellow and black tells a bird that
# it stings").
SAFETY_TERMS = frozenset(
    terms(
        "safe safer safest safely unsafe danger dangerous harm harmful harmless poison poisonous "
        "toxic sting stings risk risky worst never ill worry worried measured measure protect"
    )
)
# Words of a field said as often in another sense: the force of a collision and peace kept by
# force, the energy of a moving car and a child's, light and a light meal.
TWO_SENSES = frozenset(
    terms(
        "force forces energy power light mass matter space time pressure field work state "
        "attraction wave waves"
    )
)
# And in a question: "is it bad to", "is it ok to" ask it too.
SAFETY_ASKED_TERMS = SAFETY_TERMS | frozenset(terms("bad ok okay fine cruel concerned"))
# Words that name a whole field or its people, not a thing in it: a line whose only word in
# common with a question is "chemistry" or "physics" is on nothing it asks about.
# How well, not what: "stand so much better than a straight one" and "you sing better in the
# shower" share no thing.
GRADES = frozenset(terms("better worse best worst"))
FIELD_NAMES = frozenset(
    terms(
        "science sciences scientist scientists physics physicist physicists chemistry chemist "
        "chemists biology biologist nature natural naturalist naturalists life maths math "
        "mathematics mathematician experiment experiments laboratory research theory"
    )
)


# A verb said of what one would do ("should i open", "is it bad to move"), not a thing.
DONE_TO = folded(r"\b(?:i|we|you|u|they|to|should|can|could|would|will|do)\b(?=\s+(\w+))", re.I)


def field_things(voice: Voice, query: Sequence[str]) -> set[str]:
    """The words of `query` that name a thing of the persona's field ("radon", "ducks", and a
    compound of one, "thunderstorm"): not the field's own name, an everyday word, nor a word of
    being safe ("toxic")."""
    fields = field_terms(voice)
    return {
        t
        for t in query
        if t not in GENERIC_TERMS
        and t not in FIELD_NAMES
        and t not in SAFETY_TERMS
        and t not in TWO_SENSES
        and (t in fields or _compound_of(t, fields))
    }


def _compound_of(term: str, fields: frozenset[str]) -> bool:
    """Whether `term` is a word of the field with another joined on ("thunder"+"storm")."""
    return len(term) >= 8 and any(
        len(f) >= 4 and len(term) - len(f) >= 4 and (term.startswith(f) or term.endswith(f))
        for f in fields
    )


def _thing_line(
    voice: Voice, index: Index, text: str, query: list[str], used: Sequence[str]
) -> str:
    """For a question whether a thing of its field is safe or to be done, the persona's line
    on that thing (`field_things`), said in its sense, that says another word of the question
    or says what is safe or not; of those, the one that says most of the question's other
    words ("my grandad's old watch glows": the old watch, not a glow stick). "" when it has
    none."""
    things = field_things(voice, query)
    if not things:
        return ""
    others = {t for t in query if t not in GENERIC_TERMS and t not in STANCE_TERMS} - things
    # What the question says besides: not what is done to the thing ("open", "move"), which
    # any line may say of anything (an institute opened).
    done = set(terms(" ".join(DONE_TO.findall(text))))
    others -= SAFETY_TERMS | light_verbs(text) | done
    weights = dict.fromkeys(SAFETY_TERMS, 0.2)
    weights.update(dict.fromkeys(others, 0.3))
    weights.update(dict.fromkeys(things, 1.6))
    asks_safety = SAFETY_ASKED_TERMS & set(query)
    scores = index.rank(weights)
    best, best_key = "", (0, False, 0.0)
    for i in heapq.nlargest(24, range(len(scores)), key=scores.__getitem__):
        line = index.lines[i]
        said = line.counts.keys()
        if scores[i] <= 0 or not things & said or any(line.text in h for h in used):
            continue
        if off_focus(text, line.text):
            continue  # "a cold engine" for "is it bad to sleep with wet hair in a cold room"
        alike = loosely_alike(text, line.text)
        # The words of the question it says besides the thing ("garden" and "compost" beside
        # "earthworms"); a thing of its field is itself in any role ("the gps on my phone",
        # "GPS navigation").
        shared = len(others & alike | things & said) - 1
        # On its safety, when that is what was asked ("is it safe", "should i be worried"), or
        # on the thing itself ("GPS navigation ... would drift ten kilometres a day"), not on
        # something it is said beside (a duck sent up in a balloon).
        safety = asks_safety and (
            SAFETY_TERMS & said or things & (sense_subjects(line.text) | set(terms(line.text)[:1]))
        )
        # The thing alone is no answer: a duck sent up in a balloon says nothing of feeding one.
        # A line on the thing's safety is in the question's sense; another, only as it says it.
        if (
            (shared or safety)
            # (a deed asked of, "is it ok to lie", by a line in its sense only: no one lying
            # awake at night)
            and ((safety and not things & done) or _in_sense(text, line.text))
            and (key := (shared, bool(SAFETY_TERMS & said), scores[i])) > best_key
        ):
            best, best_key = line.text, key
    return best


def _acknowledged(index: Index, text: str) -> bool:
    """Whether `text` is the persona's word back to praise or a tease (#praised, #teased)."""
    return any(
        _template(line).fullmatch(text)
        for tag in ("praised", "teased")
        for line in index.tagged.get(tag, ())
    )


@lru_cache(maxsize=256)
def _template(line: str) -> re.Pattern:
    return re.compile(re.escape(line).replace(re.escape("{name}"), ".+?"))


FOLLOW_TERMS = frozenset(terms(" ".join(sorted(FOLLOW_WORDS))))
IS_IT_TRUE = folded(r"\b(?:is|was) (?:it|that|this) (?:really |actually )?true\b", re.I)


def _named_thing(index: Index, voice: Voice, message: str) -> set[str]:
    """The terms of the persona's name where `message` says it in the name of a thing that one
    of its own lines names so ("whats ada lovelace day?", "The second Tuesday of October is
    Ada Lovelace Day now"): the name and the word after it, said together in both."""
    found = set()
    for name in {voice.name, voice.name.split()[-1]}:
        for match in re.finditer(rf"\b{re.escape(name)}\s+([a-z]{{3,}})\b", message, re.I):
            thing = f"{name} {match.group(1)}".lower()
            if thing.split()[-1] in STOPWORDS:
                continue
            if any(thing in line.text.lower() for line in index.lines):
                found |= {stem(w.lower()) for w in words(name)}
    return found


def _words_shared(first: str, second: str, ignored: Collection[str]) -> bool:
    """Whether `first` and `second` share a word of substance as written (four letters or more,
    not a stopword), not only a stem ("experiment" and "experience")."""

    def said(text: str) -> set[str]:
        return {
            w
            for w in re.findall(r"[a-z]{4,}", text.lower())
            if w not in STOPWORDS and w not in ignored and stem(w) not in GENERIC_TERMS
        }

    return bool(said(first) & said(second))


def _followed_up(
    index: Index,
    rng: random.Random,
    *,
    follow: str,
    answer: str,
    asked: str,
    text: str = "",
    query: list[str],
    ignored: set[str],
    used: list[str],
    opener,
) -> str:
    """A line more on the subject of the persona's own last `answer` (to `asked`, the message
    before it): ranked by what was asked, then what the follow-up adds, then the answer
    itself; for a new case ("what if the train is late") by what it adds first. After an
    opener that goes on with the answer ("Let me put it another way") or, for a new case,
    answers it. "" when nothing it has not said yet is on that subject."""
    new = [t for t in query if t not in FOLLOW_TERMS and t not in GENERIC_TERMS]
    # ("is it true time slows down": the asking's "true" is none of its subject)
    before = [
        t for t in terms(IS_IT_TRUE.sub(" ", asked)) if t not in ignored and t not in GENERIC_TERMS
    ]
    said = [t for t in terms(answer) if t not in ignored and t not in GENERIC_TERMS]
    # A new case is about what it adds; a verdict or more, about what was asked.
    first, then = (new, before) if follow == "case" else (before, new)
    weights = dict.fromkeys(said, 0.4)
    # The question's words that name nothing alone ("time" in "is it true time slows down")
    # still rank a line on it above one sharing only its other words (a skater who "slows").
    weights.update(
        dict.fromkeys((t for t in terms(asked) if t in GENERIC_TERMS and t not in ignored), 0.8)
    )
    weights.update(dict.fromkeys(then, 1.0))
    weights.update(dict.fromkeys(first, 1.6))
    # A line carrying a word of the first that has one: "should i stop eating them or not",
    # after a word of thanks, is about eating, not about the praise that was thanked for.
    # In the sense that the follow-up or the question it follows says its words (the answer's
    # own, when nobody asked it): "what about the ground crew" after an answer on the air is no
    # cosmic ray reaching the ground, "can machines be creative? yes or no" after an answer on
    # phones no radiation from a phone.
    senses = [t for t in (text, asked or answer) if t]
    for anchor in (set(first), set(then), set(said)):
        lines = _best_lines(index, weights, used, rng, 3, minimum=0.0, anchor=anchor, pair=False)
        if anchor == set(said):  # only the answer's words: in a sense the talk says them
            # ...and one of them said as the answer says it: "why?" after "until an experiment
            # says otherwise" is no line on "experience" (one stem, another word).
            lines = [
                t
                for t in lines
                if any(_in_sense(m, t) for m in senses) and _words_shared(answer, t, ignored)
            ]
        # Never the answer itself again ("To go one step further" and the same bread rising).
        # (said whole, or cut to fit: its opening words are in the answer)
        lines = [t for t in lines if t[:60] not in answer]
        if DOUBTED.search(text):
            # "really?" doubts that answer: only a line on what it said backs it.
            lines = [
                t
                for t in lines
                if set(said) & set(terms(t)) - GENERIC_TERMS
                and _in_sense(answer, t)
                and (not asked or _in_sense(asked, t))
            ]
        if follow == "case" and new and text:
            # A new case that asks of a thing of its own ("and if i also take off the easter
            # weekend"): a line on the earlier words that names nothing of it is no answer.
            lines = [t for t in lines if names_focus(text, t)]
        lines = lines[:1]
        if anchor and lines and anchor & set(terms(lines[0])):
            return f"{opener('answer' if follow == 'case' and new else 'further')} {lines[0]}"
    return ""


def _take_on_deed(
    index: Index, query: Sequence[str], used: Sequence[str], text: str
) -> frozenset[str]:
    """Whether the persona has a take of its own on the deed asked of ("is it ok to recline ur
    seat on a long train ride": its take on small courtesies to strangers, reclining named in
    it; "is it rude to ...": its take on rudeness), which answers it as any view asked."""
    wanted = [t for t in query if t not in STANCE_TERMS and t not in GENERIC_TERMS]
    take = _best_take(index, wanted, used, text=text)
    return frozenset(take.on(set(wanted))) if take else frozenset()


# An answer that opens with its verdict: "I would say yes, Maya, though ...", "No, Tom; ...".
VERDICT_GIVEN = folded(
    r"^\W*(?:(?:I would say|I'd say|I think|I am inclined to say|I should say) )?(?:yes|no)\b",
    re.IGNORECASE,
)


# Words just given asked again with something added or changed ("and mention the lighthouse",
# "can you add something about the cat", "work the garden in somehow", "make it rhyme"): the
# thing to add, a noun phrase of the message, is read up to a pause or a word that ends it.
AMENDMENT = folded(
    r"^\W*(?P<lead>(?:\w[\w'!,.]*\s+){0,3}?)"
    r"(?:(?:can|could|would|will) (?:you|u|it|ya) (?:pls |please |also )?|"
    r"(?:pls|please|also|just|now|maybe) )?"
    # "add the dog"; but "put", "get", "work" ... only with words to add ("work a line in about
    # the dog"): "get the door", "work starts at 9", "throw the ball for the dog" ask for none.
    r"(?:add(?: in)?(?: (?:something|a bit|a line|a word|a mention|a nod|a verse|a bit more|"
    r"some(?:thing)? more))?(?: in)?(?: (?:about|on|for|of|to))?|"
    r"(?:put|throw|slip|squeeze|work|get|fit|sneak)(?: in)? (?:something|a bit|a line|a word|"
    r"a mention|a nod|a verse|a bit more|some(?:thing)? more)(?: in)? (?:about|on|for|of|to)|"
    r"mention|include|shout out|name-?check|make it (?:about|mention)|"
    r"make (?:it|that|one) (?P<how>rhyme|rhyming|funnier|sadder|longer|sweeter|grander|sillier|"
    r"punny|punnier|shorter|cheesier|catchier|rude|ruder|meaner|nicer|kinder|"
    # "make it more pirate", never "make one more coffee"
    r"(?:(?<=it )|(?<=that ))(?:more|less) \w+))"
    r"(?:\s+(?P<thing>[^,.;:!?()]+))?",
    re.IGNORECASE,
)
_AMENDMENT_ENDS = """
in too as also pls please plz somehow into it its it's if and but cos because so lol they theyll
they'll he she it'll that this which since x xx haha for
"""
AMENDMENT_ENDS = frozenset(_AMENDMENT_ENDS.split())
NOT_ADDED = frozenset("me us you u him her them it that this".split())  # noqa: SIM905


# "could you work the garden in somehow", "squeeze the dog in too": the thing before "in".
WORKED_IN = folded(
    r"^\W*(?:(?:can|could|would|will) (?:you|u|ya) |pls |please |maybe )?"
    r"(?:work|put|fit|slip|squeeze|sneak|get) (?P<thing>[\w' -]{1,40}?) in "
    r"(?:somehow|too|as well|anywhere|if you can)\b(?P<how>(?!))?",
    re.IGNORECASE,
)


# Words before the change that make it the speaker's own doing.
TELLING = folded(
    r"\b(?:i|we|i'?ll|we'?ll|i'?m|im|let me|lemme|let'?s|gonna|going to|might|think|he|she|they)\b",
    re.IGNORECASE,
)


def amendment(text: str) -> str | None:
    """What is to be added to words just given ("mention the lighthouse": "the lighthouse"),
    "" for a change that names nothing ("make it rhyme"), None when `text` asks for no change."""
    if len(text.split()) > 16:
        return None
    match = AMENDMENT.match(text) or WORKED_IN.match(text)
    if not match or re.match(r"\W*(i|we|he|she|they|you|u)\b", text, re.IGNORECASE):
        return None  # "i put the kettle on" tells, it asks nothing of the words
    if TELLING.search(match.groupdict().get("lead") or ""):
        return None  # "right, let me make it shorter", "brb gonna add the dog to the vet list"
    if match.group("how"):
        return ""
    kept = []
    for word in (match.group("thing") or "").split():
        if word.lower() in AMENDMENT_ENDS or len(kept) == 4:
            break
        kept.append(word)
    if not kept or kept[-1].lower() in STOPWORDS or kept[0].lower() in NOT_ADDED:
        return None
    return " ".join(kept)


def _first_asked(history: Sequence[Said], gave: int) -> int:
    """Where in `history` the request was first made that the persona's answer at `gave`
    answers: past other words asked for since ("another one", "make it rhyme") and given."""
    at = gave - 1
    while at >= 2 and history[at - 1].own and not history[at].own:
        said = plain(MENTION.sub(" ", history[at].text))
        if not changed_asked(said) and amendment(said) is None:
            break
        at -= 2
    return at if not history[at].own else gave - 1


# An idea asked on a thing the message names itself: "any ideas what i should cook", "ideas for
# dinner"; not "any ideas for it?", "any ideas how to liven it up?".
IDEA_OWN_THING = folded(
    r"\bideas?\s+(?:what|which|where|who|when|whether|if|about|on)\b|"
    r"\b(?:for|about)\s+(?:(?:a|an|my|the|some|our|his|her)\s+)?(?!(?:it|that|this|them|us|me)\b)"
    r"[a-z]\w*",
    re.IGNORECASE,
)


# A thing asked to be made that the message names itself: "can you make a spreadsheet to track
# who's baking what", "could u design a poster"; not "can you make a suggestion" or "come up with
# something", which are ideas for what was named before.
MADE_NAMED = folded(
    r"\b(?:make|design|build|set up|draw up|create|write)\s+(?:me\s+|us\s+)?(?:a|an|the|our|my)\s+"
    r"(?!(?:suggestion|idea|plan|guess|start|go|list|few|couple|bit|little)\b)[a-z]{3,}",
    re.IGNORECASE,
)


def _project_said(text: str, history: Sequence[Said], personas: Collection[str] = ()) -> str:
    """What one of the people said they make or run in the last few messages ("we're running a
    halloween party at the centre"), when `text` asks an idea and names nothing it is for; else
    "". Not a persona's reply (`personas`), which names things it makes nobody."""
    if not IDEA_ASKED.search(text) or PROJECT.search(text) or IDEA_OWN_THING.search(text):
        return ""  # "any ideas what i should cook tonight" asks for a thing of its own
    if MADE_NAMED.search(text):
        return ""  # "can you make a spreadsheet to track who's baking what": its own thing
    for said in reversed(history[-5:-1]):
        if not said.own and said.author not in personas and PROJECT.search(said.text):
            return MENTION.sub(" ", said.text).strip()
    return ""


def _verse_carried(text: str, history: Sequence[Said], personas: Collection[str] = ()) -> str:
    """Verse asked again in few words ("just a verse?", "go on then, a short one") just after one
    of the people asked it on a topic (bots/poems.py): that asking, as they said it; else ""."""
    if len(text) > 60 or not POEM_AGAIN.match(text) or poem_asked(text):
        return ""
    for said in reversed(history[-4:-1]):
        if said.own:
            return ""  # (its verse given already: "a short one?" asks it shorter)
        if said.author not in personas and poem_asked(said.text):
            return MENTION.sub(" ", said.text).strip()
    return ""


def _yours(thing: str) -> str:
    """A thing the person named, as the persona names it back ("my cat": "your cat")."""
    return " ".join(YOURS.get(w.lower(), w) for w in thing.split())


# Words asked for with no verb to ask them: "short toast, sweet, mention lisbon", "slogan for our
# jersey?", "quote for after a breakup", "wedding card message, something shakespeare"; never
# "the toast was lovely", "what was that quote again", "quote of the day lol".
BARE_WORDS = folded(
    r"^\W*(?:(?:ok|okay|so|now|and|right|hm+|pls|please|plz|also|maybe|go on|quick one)\W+){0,3}"
    r"(?P<words>(?:(?:a|an|one|some|another|any|quick|short|shorter|little|sweet|nice|good|"
    r"funny|classy|cheesy|catchy|rhyming|\w+[- ]line|my|our|the|his|her|new)\s+){0,3}"
    # ("t-shirt slogan", "wedding card message"; never a verb: "do a limerick on stage")
    r"(?:(?!(?:do|does|did|doing|done|read|reading|hear|heard|play|played|playing|perform\w*|"
    r"recit\w*|say|said|write|wrote|like|liked|love|loved|saw|see|seen|learn\w*|know|knew|is|"
    r"was|are|were|i|we|you|u|he|she|they|it|a|an|the|some|any|my|our|his|her|their|this|"
    r"that|these|those|need|needs|want|wants|got|have|has|get|gets|check\w*)\b)[\w'-]+\s+){0,2}?"
    r"(?P<noun>toast|slogan|motto|tagline|catchphrase|poem|verse|rhyme|quote|quotation|caption|"
    r"message|blessing|limerick|couplet|insult|(?:team|pep) talk|speech)s?)"
    r"(?P<rest>(?:\s*[,.!?:;-]|\s+(?:for|to|about|on|with|pls|please|plz|mention\w*)\b|\s*$).*)",
    re.IGNORECASE | re.DOTALL,
)
# Something asked for an occasion with no verb: "something for gran's 80th birthday card",
# "something short for the leaving card?"; never "something for the weekend".
BARE_SOMETHING = folded(
    r"^\W*(?:(?:ok|okay|so|and|pls|please|plz|also|maybe)\W+){0,2}"
    r"(something (?:(?:short|nice|sweet|funny|little|classy|heartfelt|shakespearean|rhyming)\s+)?"
    r"(?:to (?:put|write|say) )?(?:for|in) )",
    re.IGNORECASE,
)
# An imperative "mention": "toast for the choir do, mention the altos".
MENTION_SAID = folded(r"(?<!to )(?<!and )\bmention\s+(?!(?:it|that|this|them)\b)", re.I)
# A time of life a quote is asked for: "quote for after a breakup", "for moving house".
QUOTE_FOR = folded(
    r"\b(?:break ?ups?|broke up|dumped|heartbreak|exams?|revision|results|win|won|victory|"
    r"promot\w+|lost|lose|losing|loss|defeat|relegat\w+|mov(?:e|ing)|new (?:house|flat|home|job)|"
    r"baby|newborn|wedding|birthday|retir\w+|leaving|interview|graduat\w+)\b",
    re.IGNORECASE,
)
MOTTO_WORD = folded(r"\b(?:slogans?|mottos?|mottoes|taglines?|catch ?phrases?)\b", re.I)
# A thing told of the words, in their clause: "the toast for the wedding went well".
BARE_TOLD = folded(
    r"\b(?:was|were|is|are|went|got|did|had|has|have|loved|liked|said|read|wrote|written|"
    r"came|comes|cost|costs|arrived|looks|looked|sounds|sounded|again|of the day)\b",
    re.IGNORECASE,
)
# What lines are for, when they are for no occasion: "quote for after a breakup", "a quote for
# when we lost the final" are lines about a breakup, about losing the final.
BARE_FOR = folded(
    r"\b(?:for|about|on)\s+(?:after\s+|when\s+|before\s+)?(?P<what>[\w' -]{3,40}?)\s*(?:[,.!?;]|$)",
    re.IGNORECASE,
)


def _bare_asked(text: str) -> str:
    """The request `text` makes with no verb to ask it (`BARE_WORDS`), put as `request_kind`
    reads a request ("write us a short toast, sweet, it needs to mention lisbon"); empty when it
    makes none."""
    if (something := BARE_SOMETHING.match(text)) and len(text.split()) <= 14:
        asked = f"write us {text[something.start(1) :]}"  # "something for gran's 80th card"
        return asked if request_kind(asked) == "occasion" else ""
    found = BARE_WORDS.match(text)
    if not found or len(text.split()) > 18 or "?" in found.group("words"):
        return ""
    if re.search(r"\b(?:should|shall|can|could|would|do|must) (?:i|we)\b", text, re.IGNORECASE):
        return ""  # "a limerick at the open mic, should i?" asks what to do, not for words
    # (What follows "after" or "when" is the occasion: "quote for the lads after we got
    # relegated".)
    clause = re.split(r"[,.!?;:]|\b(?:after|when|since|because|cos|as)\b", text, maxsplit=1)[0]
    if BARE_TOLD.search(clause):
        return ""
    words, noun = found.group("words").strip(), found.group("noun").lower()
    rest = MENTION_SAID.sub("it needs to mention ", found.group("rest"))
    if not re.match(r"(?:a|an|one|some|another|my|our|the|his|her)\b", words, re.IGNORECASE):
        words = f"a {words}"
    verb = "give me" if noun in ("quote", "quotation", "insult") else "write us"
    asked = f"{verb} {words}{rest}"
    if request_kind(asked):
        return asked
    if occasions_of(words) and request_kind(f"{verb} {words} for it{rest}"):
        return f"{verb} {words} for it{rest}"  # "wedding card message, something shakespeare"
    about = BARE_FOR.search(rest)
    if noun in ("quote", "quotation") and not QUOTE_FOR.search(rest):
        return ""  # "quote for the van hire?" is a price
    if about and noun in ("quote", "quotation", "poem", "verse", "rhyme", "message"):
        # No occasion it knows: lines about the thing ("a few lines about a breakup").
        asked = f"give us a few lines about {about.group('what').strip()}"
        return asked if request_kind(asked) == "verse" else ""
    return ""


def _motto_wanted(text: str) -> bool:
    """Whether words asked for an occasion or a thing are a motto ("a slogan for the hen do
    t-shirts"), not lines for it."""
    return motto_asked(text) or bool(MOTTO_WORD.search(text))


def _grave_told(text: str, *, poet: bool = False) -> bool:
    """Whether `text` tells grave news ("her dad died"), which no request outweighs; lines
    asked of a `poet` (one with lines on subjects) after a breakup ("quote for after a
    breakup") are lines asked for."""
    found = GRAVE_EVENT.search(told(text))
    breakup = found and re.search(r"break ?ups?|broke ?up|dumped|split", found.group(0))
    return bool(found) and not (poet and breakup)


# An occasion told in the room: "i have to give a speech at my sister's wedding", "it's dave's
# leaving do on friday", "mum's 70th is in june".
OCCASION_TOLD = folded(
    r"\b(?P<what>wedding|engagement|anniversary|retirement|leaving do|leaving party|send[- ]off|"
    r"christening|baby shower|graduation|funeral|memorial|hen do|hen party|stag do|birthday|"
    r"\d{1,3}(?:st|nd|rd|th) birthday|(?<=')s? \d{1,3}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _card_told(
    index: Index, text: str, history: Sequence[Said], personas: Collection[str]
) -> tuple[str, str] | None:
    """A card asked that names no occasion (`text`), as it is written: for the occasion the
    people told of in the last few messages (bots/cards.py `card_carried`), the stance it is
    written in and the asking carried with it; ("cardwhat", text) when nobody told of any;
    None when it names its own, or the room told of another (a birthday, a wedding)."""
    if not CARD_ASKED_WORDS.search(text):
        return None  # (most messages: no words asked for a card)
    before = [
        MENTION.sub(" ", said.text)
        for said in reversed(history[-8:-1])
        if not said.own and said.author not in personas
    ]
    if carried := card_carried(text, before):
        kind = _request_kind(carried, index)
        return (kind, carried) if kind in ("card", "compose") else None
    if (
        card_unnamed(text)
        and CARD_WORD.search(text)
        and not any(OTHER_TOLD.search(said) for said in before)
        # (an occasion of its own sort said: "for my teacher at the end of term", "with love")
        and not set(occasions_of(CARD_WORD.sub(" ", text))) & HINTED
    ):
        return ("cardwhat", text)
    return None


# Occasions `occasions_of` reads that a card asked may be for, whose words it writes as before.
HINTED = {"grief", "love", "parting", "giving", "birthday", "courage"}


def _occasion_carried(
    text: str, history: Sequence[Said], personas: Collection[str], theme: str = ""
) -> str:
    """The occasion the room is for (its `theme`: "Priya's wedding"), else the one people told
    of in the last few messages ("wedding"), for words asked that name none (`text`); "" when
    the request names its own, or nobody told of one."""
    if OCCASION_TOLD.search(text):
        return ""
    if found := OCCASION_TOLD.search(theme):
        return found.group("what").strip(" 's").lower()
    for said in reversed(history[-7:-1]):
        if said.own or said.author in personas:
            continue
        found = OCCASION_TOLD.search(MENTION.sub(" ", said.text))
        if found:
            return found.group("what").strip(" 's").lower()
    return ""


def _posted_kind(index: Index, text: str) -> str:
    """ "posted" for a piece to put up or send round (`posted_asked`) whose words no other
    reader sets, "sign" for the persona's own sign for the thing named ("the honey stall"), ""
    when another reader sets them: quoted, people wanted, hours (bots/pieces.py), dictated
    (`dictated_sign`), an event with its day or place (bots/letters.py)."""
    kind = posted_asked(text)
    if not kind or piece_asked(text) or dictated_sign(text):
        return ""
    if said_in_ask(text)[0] or kind == "message":
        return "posted"
    if notice_asked(text) and {"when", "where", "bring", "says"} & notice_facts(text).keys():
        return ""
    if kind in ("sign", "notice") and sign_line(index, text, anything=False):
        return "sign"
    return "posted"


@lru_cache(maxsize=256)
def _request_kind(text: str, index: Index | None = None, posted: bool = True) -> str:
    """The kind of request `text` makes (`request_kind`): a card to write (bots/cards.py) first,
    for a persona that writes them (its `#card` lines in `index`); a piece to put up or send
    round (bots/posted.py) before that, unless not `posted`. (Read once for a text: a reply
    asks it of its message two or three times, from its reading and from what it answers.)"""
    if index is not None and posted and (posted_kind := _posted_kind(index, text)):
        # "a sign for the end of the road, something like road closed, party on": its words,
        # from the ask or the messages before it, or asked for (bots/posted.py)
        return posted_kind
    if index is not None and (written := piece_asked(text)) and not dictated_sign(text):
        # "a sign for the window, we need more volunteers", "a label poem for omar's jug", "a
        # few words to introduce us at the care home": written to it (bots/pieces.py); a sign
        # to stop what people keep doing in its own words for it, when it has them
        stopped = written == "sign" and sign_purpose(text)[1] == "stop"
        if not stopped or not sign_line(index, text, anything=False):
            return "piece"
    if index is not None and letter_asked(text):
        return "letter"  # "help us write a letter to the council about the bins": a draft
    if index is not None and composed(index, text):
        return "compose"  # "good luck msg for priya's test": written for them (bots/compose.py)
    if notice_asked(text):
        # "can u write the invite for the iftar on friday, 7pm at ours, bring a dish": written,
        # with every fact kept, by any persona (plainly, by one with no `#notice` lines)
        return "notice"
    if index is not None and index.tagged.get("card") and card_asked(text) and not to_mention(text):
        return "card"  # (a card that must name things is made to name them: `made_line`)
    if index is not None and sign_asked(text) and (sign_lines(index) or dictated_sign(text)):
        return "sign"  # "write us a sign, 4 words max": its words for the sign (`sign_line`)
    if index is not None and index.tagged.get("title") and title_asked(text):
        return "dub"  # "give us a title for a space mini golf game": named, by one who names
    kind = request_kind(text)
    if kind == "share" and YEARS_TOLD.search(text):
        # "i was born in 1990 and my brother in 1994 and we split the rent": years told are no
        # sum to share (review42: "1994 between 1990 of you is 1 each").
        return ""
    return kind


def _asked_as(text: str, index: Index | None = None) -> tuple[str, str]:
    """The kind of request `text` makes (`_request_kind`, else as `_bare_asked` puts it), and
    the text to answer it from."""
    kind = _request_kind(text, index)
    if (
        kind in ("occasion", "verse", "motto")
        and not to_mention(text)
        and MENTION_SAID.search(text)
    ):
        # "toast for the choir xmas do pls, mention the altos": things to name, as if "needs to".
        mentioned = MENTION_SAID.sub("it needs to mention ", text)
        if request_kind(mentioned) == kind and to_mention(mentioned):
            return kind, mentioned
    if kind:
        return kind, text
    bare = _bare_asked(text)
    return (request_kind(bare), bare) if bare else ("", text)


# Requests made again with other words ("another one", "make it funnier"); outcomes of one that
# give no words to say.
REDONE = ("occasion", "verse", "roast", "dub", "motto", "idea", "mnemonic", "card")
NOT_DONE = ("unwritten", "unmade", "noidea")


def _filled(line: str, fields: dict[str, str], name: str) -> str:
    """A line of a request with its fields and the person's name put in, as it is said."""
    return line.format(**{"what": "occasion", "thing": "tasks", **fields, "name": name or "friend"})


def _renamed(index: Index, asked: str, given: str, follow: str) -> str:
    """Other names (`bots.naming.name_again`) when `asked`, the request its answer `given`
    answered, asked for names; empty otherwise. For the engine's follow-up routing ("another
    one", "ok but shorter, it has to fit on a plank of wood")."""
    kind, asked = _asked_as(asked)
    if not (kind == "dub" or (kind == "occasion" and "names" in occasions_of(asked))):
        return ""
    if FUNNY_ASKED.search(follow) and (funny := jesting_line(index, asked, given)):
        return funny  # "funnier": its jesting names for the kind ("All's Well That Ends Eleventh")
    return name_again(index, asked, given, follow)


def _motto_for(index: Index, follow: str, given: str) -> str:
    """Its `#motto` line on what a follow-up asks the motto to be ("now ruder", "one that
    sounds like an old family motto"), never one `given` holds; empty when none is on it."""
    said = set(terms(follow)) - {"motto", "slogan", "sound", "one", "like"}
    for line in index.tagged.get("motto", ()):
        about, _, words = line.partition(":")
        if said & set(terms(about.replace(",", " "))) and not held(words.strip(), given):
            return words.strip()
    return ""


# The same asked for others, just after words given: "and one for the paramedics who brought her
# in", "what about our pub quiz team", "and the walking group", "same for the darts team pls".
OTHER_FOR = folded(
    r"^\W*(?:(?:and|ok|okay|also|now|oh|right|so|great|nice|love it|perfect|thanks|ty)\W+){0,2}"
    r"(?:(?:what|how) about|(?:one|another|a name|names|a card|a message|the same|same|do one|"
    r"do the same|one more)\s+(?:for|to)|for|and)\s+(?:for\s+)?"
    r"(?P<whom>(?:the|our|my|his|her|their|[a-z]+'s)\s+[\w' -]{2,60}?)"
    r"(?:\s+(?:too|as well|also|pls|please|plz|then|now|lol))*\W*$",
    re.IGNORECASE,
)


# A clause of its own said of those named: "and the cat is asleep lol" names nobody to write for.
TOLD_OF_THEM = folded(
    r"\b(?:is|are|was|were|has|have|had|does|did|will|can|got|gets|isn'?t|wasn'?t|aren'?t)\b|'s\b",
    re.IGNORECASE,
)


def _other_for(text: str) -> re.Match[str] | None:
    """The same asked for others (`OTHER_FOR`), not something told of them."""
    found = OTHER_FOR.match(text)
    return found if found and not TOLD_OF_THEM.search(found.group("whom")) else None


def _asked_for(index: Index, kind: str, asked: str, other: re.Match[str]) -> str:
    """The request `asked` (of `kind`) made again for those `other` names ("a name for our pub
    quiz team", "a thank-you card for the paramedics who brought her in"); "" when that is no
    such request."""
    whom = other.group("whom").strip()
    if kind == "card":
        again_asked = card_again(MENTION.sub(" ", asked), whom)
    elif kind == "dub" or "names" in occasions_of(MENTION.sub(" ", asked)):
        again_asked = f"we need a name for {whom}"
    else:
        return ""
    return again_asked if _request_kind(again_asked, index) in (kind, "dub", "occasion") else ""


def _asked_text(index: Index, history: Sequence[Said], first: int) -> str:
    """The request at `first` in `history` as it was made: the one before it made for others
    when it only names them ("what about our pub quiz team": "we need a name for our pub quiz
    team", after names for the darts team); mentions removed."""
    text = MENTION.sub(" ", history[first].text)
    other = _other_for(text.strip())
    listed = names_listed(text)
    before = first - 1
    if not (other or listed) or before < 1 or not history[before].own or history[before - 1].own:
        return text
    earlier = _asked_text(index, history, _first_asked(history, before))
    kind = _asked_as(earlier, index)[0]
    if listed:
        return earlier if kind else text  # "with our names in it: jo, sam": what was asked
    return _asked_for(index, kind, earlier, other) or text if kind else text


def _names_carried(index: Index, kind: str, given: str, names: list[str], before: str) -> str:
    """What it just gave (`given`, for a request of `kind`) carried with the people's own
    `names`: a card signed by them (its body, quoted), names made of theirs (`named_titles`,
    with {name} for the person, none it gave `before`); "" when it has nothing to carry them."""
    if kind == "card":
        body = re.search(r"\"([^\"]+)\"", given)
        return f'"{body.group(1)} With love from {said_together(names)}."' if body else ""
    if kind in ("dub", "occasion") and _options_given(given):
        return named_titles(index, names, before)
    return ""


def _redo_request(
    index: Index, text: str, ignored: set[str], given: str, name: str, follow: str = ""
) -> tuple[str, str, str]:
    """The request first made (`text`) made again past the words already `given`: its stance,
    the kind of outcome ("unmade" when it is not the persona's craft) and the line, filled in as
    said; empty outcome and line when it is no request made again or it has nothing more. A
    motto asked again is on what the follow-up (`follow`) asks it to be, when it has one."""
    stance, text = _asked_as(text, index)
    if stance not in REDONE:
        return stance, "", ""
    steered = _motto_for(index, follow, given) if follow else ""
    if steered and (stance == "motto" or (stance == "occasion" and _motto_wanted(text))):
        return stance, "", _filled(steered, {}, name)
    again = _request(
        index, Reading("request", stance=stance), text, ignored, given=given, follow=follow
    )
    if not again:
        return stance, "", ""
    done, fields, line = again
    return stance, done, _filled(line, fields, name) if line else ""


# Words of a request for words that say nothing of what they should be on: the thing they go on
# and when ("something for the poster for our quiz night" is on no night).
NOT_ITS_SUBJECT = folded(
    r"\b(?:nights?|days?|mornings?|evenings?|weeks?|weekends?|years?|tonight|today|tomorrow|"
    r"posters?|signs?|labels?|jars?|mugs?|cards?|banners?|leaflets?|flyers?|chalkboards?|"
    r"boards?|stickers?|hoodies?|t-?shirts?|tea towels?|plaques?|invitations?|cakes?)\b",
    re.IGNORECASE,
)


def _card(index: Index, text: str, given: str, follow: str) -> tuple[str, dict[str, str], str]:
    """A card written for those `text` names (bots/cards.py), offered for them ("For the nurses
    who looked after your mum, Sam:"), sorry first for a loss; other words than `given`, funny
    or shorter as `follow` asks. A card it has no other line for is the shortest cut of the one
    given when asked shorter, else owned up to (`noother`)."""
    body, thing = card_line(index, text, given, follow)
    if not body:
        return ("noother", {}, "")
    signer = signed_by(text)
    body = f"{body} From {signer}." if signer else body
    whom, kind = card_for(text), card_occasion(text)
    fields = {"who": whom, "what": card_purpose(text), "thing": thing}
    tag = "cardsorry" if kind == "sympathy" and whom else "cardfor" if whom else "carded"
    return (tag, fields, f'"{body}"')


# The requests a card or a toast is answered as (`_made_for`).
MADE_FOR = ("card", "occasion", "compose", "verse")
# What a made card is called in its offer ("For the new baby card, Sam:").
MADE_CALLED = {
    "baby": "new baby card",
    "sympathy": "sympathy card",
    "petloss": "sympathy card",
    "toast": "toast",
}


def _made_for(
    text: str,
    history: Sequence[Said],
    personas: Collection[str],
    request: tuple[str, dict[str, str], str],
) -> tuple[str, dict[str, str], str]:
    """The card or toast `request` answers `text` with, made of what the room told of the person
    it is for when its words leave that out (bots/toasts.py `made_piece`)."""
    before = [
        MENTION.sub(" ", said.text)
        for said in reversed(history[-5:-1])
        if not said.own and said.author not in personas
    ]
    tag, fields, body = request
    body = body.replace("{thing}", fields.get("thing", ""))
    what, name, piece, woven = made_piece(MENTION.sub(" ", text), before, body)
    who = fields.get("who", "")
    if woven and name and who.lower() == f"your {name.lower()}":
        fields = {**fields, "who": name}  # ("For your ruth": "For Ruth")
    elif woven and name and who.lower().endswith(f" {name.lower()}"):
        fields = {**fields, "who": f"{who[: -len(name)]}{name}"}  # "your neighbour Pat"
    if not piece or woven:
        return (tag, fields, f'"{piece}"') if piece else request
    if name and what == "sympathy":
        return ("cardsorry", {"who": name}, f'"{piece}"')
    if name and what not in MADE_CALLED:
        return ("cardfor", {"who": name}, f'"{piece}"')
    called = MADE_CALLED.get(what, "card")
    return ("carded" if what != "toast" else "offer", {"what": called}, f'"{piece}"')


def _sign_amended(index: Index, given: str, added: str) -> str:
    """The sign quoted in `given` (its own reply) saying `added` too ("We have biscuits."):
    before its close when it ends with one of its `#compose sign` closes, else at its end."""
    quoted = re.search(r'"([^"]+)"', given)
    if not quoted or added.lower() in quoted.group(1).lower():
        return ""
    body = quoted.group(1)
    closes = sign_closes(index)
    close = next((c for c in closes if c and body.endswith(c)), "")
    head = body[: len(body) - len(close)].strip() if close else body
    return f'"{" ".join(w for w in (head, added, close) if w)}"'


def _notice(index: Index, text: str) -> tuple[str, dict[str, str], str]:
    """Short practical writing asked (bots/letters.py `notice`): an invite, a reminder, a
    welcome; offered as a card is by the one who writes cards, else as its words for an
    occasion ("For the invite, Sam, I would write this, simply:"), never refused."""
    own = tuple((line.names, line.text) for line in _tagged_lines(index.tagged.get("notice", ())))
    piece, called = notice(MENTION.sub(" ", text).strip(), own)
    tag = "carded" if index.tagged.get("carded") else "offer"
    return (tag, {"what": called}, f'"{piece}"')


def _request(
    index: Index,
    reading: Reading,
    text: str,
    ignored: set[str],
    experts: bool = False,
    given: str = "",
    used: Sequence[str] = (),
    theirs: frozenset[str] = frozenset(),
    follow: str = "",
    setting: str = "",
    told: tuple[str, ...] = (),
) -> tuple[str, dict[str, str], str] | None:
    """How the persona does what `text` asks of it in its craft (`reading.stance`: words for an
    occasion, a recommendation, a method, a tip): the kind of opener to say first (none for a
    whole reply), the fields of the opener and the line, and the line; None when it has nothing
    for it. Words for an occasion are offered for it ("For the leaving do, Marcus:"); a name, a
    recommendation, a method and a tip are said whole. Words for an occasion or on a subject
    are never those in `given` (its answer already, when other words are asked for); `follow`
    is what asked for other words ("funnier", "shorter"); `told`, what the people said just
    before it (what a letter's matter is, said in the room)."""
    unasked = frozenset(ignored)
    if reading.stance == "letter":
        asked = MENTION.sub(" ", text).strip()
        if index.tagged.get("card"):
            return ("", {}, letter(asked, told))  # offered in the poet's own words for a draft
        body = letter_body(asked, told)[0]
        called = re.search(r"\b(letter|e-?mail|post|complaint|petition)s?\b", asked, re.I)
        what = called.group(1).lower().replace("-", "") if called else "letter"
        return ("offer", {"what": what}, f'"{body}"') if body else None
    if reading.stance == "notice":
        return _notice(index, text)
    if reading.stance == "cardwhat":
        return ("cardwhat", {}, "")
    if reading.stance == "piece":
        return piece(index, MENTION.sub(" ", text).strip())
    if reading.stance == "posted":
        asked = MENTION.sub(" ", text).strip()
        kind, sort, _ = posted(asked, told)
        said = " ".join((given, *used))
        if (
            kind == "ask"
            and sort in ("sign", "notice")
            and (line := sign_line(index, text, said, setting, anything=False))
        ):
            # Nothing said of what it is to say: its own sign for what the room is for ("write us
            # a sign! 4 words max" at the Charity Car Wash), else asked.
            return ("carded", {"what": "sign"}, f'"{line}"')
        other = _request_kind(text, index, posted=False)
        if other == "notice" and not framed(notice_facts(asked)):
            other = ""  # ("a message for the group chat": no "Hi all! Thanks, everyone.")
        if (
            ((kind, sort) == ("ask", "message") or sort == "event")
            and other in ("letter", "notice", "compose")
        ) or (kind == "ask" and other == "compose"):
            # ("a msg to the neighbours about the noise", "a post for the facebook group about
            # the litter pick on sunday", "a label for my honey jars", nothing told of it: the
            # frame another reader writes)
            again = replace(reading, stance=other)
            return _request(
                index, again, text, ignored, experts, given, used, theirs, follow, setting, told
            )
        return posted_piece(index, asked, told)
    if reading.stance == "compose":
        return compose(index, MENTION.sub(" ", text).strip(), " ".join((given, *used)))
    if reading.stance == "sign":
        # "write us a sign! like 4 words max, big letters, funny", "we need a sign for reception,
        # people keep letting their dogs sniff the cat baskets": the sign's words, on its thing
        # and within the size asked, never advice on writing it.
        said = " ".join((given, *used))
        line = (
            dictated_sign(MENTION.sub(" ", text))
            or sign_line(index, text, said, setting)
            or sign_line(index, text, given, setting)
        )
        return ("carded", {"what": "sign"}, f'"{line}"') if line else None
    if reading.stance == "card":
        # Not a card it wrote in the room already (the same thanks for the nurses and for the
        # fire crew), while it has another for the occasion.
        card = _card(index, text, " ".join((given, *used)), follow)
        return card if card[2] else _card(index, text, given, follow)
    if (
        reading.stance == "occasion"
        and index.tagged.get("motto")
        and _motto_wanted(text)
        and not to_mention(text)
        and not {"grief", "names"} & set(occasions_of(text))
    ):
        # "we need a slogan for the club t-shirt, something about hills", "a slogan for the hen
        # do t-shirts": a slogan, not a sonnet for the occasion.
        reading = replace(reading, stance="motto")
    if (
        reading.stance in ("verse", "occasion")
        and (farewell := farewell_verse(index, text, " ".join((given, *used))))[0]
    ):
        # "rhyme for jen's leaving do, she's going to work at the zoo": a rhyme made for Jen, not
        # a line for anyone moving on.
        return ("cardfor", {"who": farewell[1]}, farewell[0])
    if reading.stance == "roast":
        # "roast my cat in one line": a real insult of its work, aimed in jest; owned up to by a
        # persona with none.
        line = insult_line(index, text, given)
        if line:
            return ("roasting", {"what": roast_target(text) or "a rogue"}, line)
        return ("unmade", {}, "") if index.tagged.get("unmade") else None
    if reading.stance == "occasion" and "names" in occasions_of(text) and for_record(text):
        return None  # "we need a name for the booking": a name to give, not to make up
    if reading.stance == "dub" or (reading.stance == "occasion" and "names" in occasions_of(text)):
        # "our tavern needs a name, the landlord is a retired pirate": names fit to the thing
        # (its `#title` names for that kind, `bots.naming`), before its stock names for the kind
        # (`#dub`); its names for anything only when it has neither (and no pet is named).
        # Never a name it gave in the room already ("We Happy Few" for the quiz team, then
        # again for the darts team), while it has others.
        named = " ".join((given, *used))
        line = titled(index, text, named, anything=False) or (
            dub_line(index, text, named, anything=False) if reading.stance == "dub" else ""
        )
        pet = re.search(rf"\b(?:{PET_KIND.pattern})s?\b", text, re.IGNORECASE)
        if not line and reading.stance == "occasion" and not pet:
            line = titled(index, text, named)
        if line:
            return ("", {}, line)
    if reading.stance == "dub":
        # "i need a derby name": names made up in its manner, said whole.
        named = " ".join((given, *used))
        line = (
            titled(index, text, named)
            or dub_line(index, text, named)
            or titled(index, text, given)
            or dub_line(index, text, given)
        )
        if line:
            return ("", {}, line)
        named, name = occasion_line(index, text, given)
        if name and PET_KIND.fullmatch(dub_kind(text)):
            return ("", {}, named)  # "i need a kitten name": its names for a pet
        return ("unmade", {}, "") if index.tagged.get("unmade") else None
    if reading.stance == "motto" and (to_mention(text) or form_of(text) == "chant"):
        # "a slogan for the bake sale, has to mention brownies and the new hall", "a rallying cry
        # for the pub quiz final": its own making, naming them, rather than a motto that names
        # nothing asked.
        things = to_mention(text)
        made = made_line(index, text, given, things=things)
        if made:
            return ("making", {"what": things or made_subject(text)}, made)
    if reading.stance == "motto":
        # "write us a club motto": words to go by, its own, said whole.
        # Not one it gave lately, while it has another.
        line = motto_line(index, text, " ".join((given, *used))) or motto_line(index, text, given)
        if line:
            return ("", {}, line)
        return ("unmade", {}, "") if index.tagged.get("unmade") else None
    if reading.stance in ("verse", "occasion", "motto") and (
        things := to_mention(text) or toasted(text)
    ):
        # "a rhyme for the poster, needs to mention bouncy castle, cakes and raffle": lines of its
        # own making that name them all, not a quotation that names none of them; "a short toast
        # to priya and james": a toast of its own to them.
        made = made_line(index, text, given, things=things)
        if made and things == toasted(text) and not to_mention(text):
            return ("cardfor", {"who": things}, made)
        if made:
            return ("making", {"what": things}, made)
    if reading.stance == "verse":
        # Lines on a subject: its own on it ("For bells, Gwen, I have just the thing: ..."),
        # else words for the occasion it names, else a verse of its own making when asked to
        # write one, else owned up to, with the nearest it has.
        line, what = verse_line(index, text, given)
        if form_of(text) == "speech" and not index.tagged.get("speaking"):
            # A team talk asked of one who makes no speeches: its words for the occasion.
            return _request(
                index, Reading("request", stance="occasion"), text, ignored, given=given
            )
        said = verse_subject(text)
        making = to_make(text)
        made = made_line(index, text, given) if making else ""
        if made and form_of(text) == "speech" and index.tagged.get("speaking"):
            # "garrick needs a dramatic speech before the final boss": a speech of its own
            # making that names what it is said before.
            return ("speaking", {"what": made_subject(text)}, made)
        if made and form_of(text) != "verse":
            # "write us a sea shanty about the dentist": a shanty, not a line of a play; "a team
            # chant for the five a side": a chant that names it, not King Harry's cry.
            return ("making", {"what": made_subject(text)}, made)
        if line and (said or not occasions_of(text)):
            return ("versed", {"what": what}, line)
        if made and not occasions_of(text):
            return ("making", {"what": made_subject(text)}, made)
        if (
            making
            and made_subject(text)
            and not index.tagged.get("verse")
            and index.tagged.get("unmade")
        ):
            return ("unmade", {}, "")  # a poem asked of a physicist
        if occasions_of(text):
            found = _request(
                index, Reading("request", stance="occasion"), text, ignored, given=given
            )
            short = said and len(said.split()) <= 3
            if found and found[0] == "offer" and index.tagged.get("versed") and short:
                return ("versed", {"what": said}, found[2])  # "For love, Priya, ..."
            if found or not making or index.tagged.get("verse") or not index.tagged.get("unmade"):
                return found
        if not said and re.search(r"\bfor (?:my|our|the|a|an|his|her|their)\b", text, re.I):
            # Lines for something, on no subject ("a little verse for my first ever decent
            # loaf"): its words for any occasion.
            return _request(
                index, Reading("request", stance="occasion"), text, ignored, given=given
            )
        nearest = nearest_verse(index, text) if said and index.tagged.get("unwritten") else ""
        what = said if len(said.split()) <= 4 else "that"
        return ("unwritten", {"what": what}, nearest) if nearest else None
    if reading.stance == "mnemonic":
        # "give me a mnemonic for the reactivity series: potassium sodium ...": a line of its
        # own players whose initials carry the list (`bots.mnemonic`), never a made one again.
        line = mnemonic_line(index, text, given)
        return ("mnemonic", {}, line) if line else None
    if reading.stance == "share":
        # Shares worked out: the sum, in its voice (a whole reply).
        return ("share", {"what": share_of(text)}, "") if index.tagged.get("share") else None
    if reading.stance == "decline":
        # A way to turn someone down, kindly, in its own voice (a whole reply): only a persona
        # with words for it; never the refusal cried aloud as a quotation.
        return ("decline", {}, "") if index.tagged.get("decline") else None
    if reading.stance == "proclaim":
        # The person's own words said in high style, as a quotation (a whole reply): only a
        # persona whose craft that is.
        has = index.tagged.get("proclaim")
        return ("proclaim", {"what": proclaim_of(text)}, "") if has else None
    if reading.stance == "overlap":
        # A working-hours overlap of two cities worked out, as it works out shares (a sum).
        found = overlap_of(text).rstrip(".")
        return ("share", {"what": found}, "") if index.tagged.get("share") else None
    if reading.stance == "journey":
        # The train against the plane for a journey (`bots.journey`): the times and which wins,
        # in its voice; a persona without words for it owns up as before.
        # Each persona says the times its own way, by its own line (`journey.WAYS`).
        has = index.tagged.get("journey")
        way = zlib.crc32(has[0].encode()) if has else 0
        return ("journey", {"what": journey_of(text, way)}, "") if has else None
    if reading.stance == "fall":
        # A thing dropped from a height (`bots.falling`): the time and speed worked out by a
        # persona with words for Galileo's sum; one without owns up, and may hand it on.
        has = index.tagged.get("fall")
        return ("fall", {"what": fall_of(text)}, "") if has else None
    if reading.stance == "pace":
        # A pace and a speed worked out, with its own words for a run or a ride (never a word of
        # shares or remainders); a persona that works out shares works out a pace too.
        has = index.tagged.get("pace") or index.tagged.get("share")
        return ("pace", {"what": pace_of(text)}, "") if has else None
    if reading.stance == "sum":
        # A total, or the goes that meet a target, worked out (a whole reply, `bots.reckon`):
        # a persona that works out shares works out a total too.
        has = index.tagged.get("sum") or index.tagged.get("share")
        if not has:
            return None
        # Prices times counts first, as `request_kind` reads them; then the word problem.
        # (unless the sum has more to it, read as a whole: a fee, a percentage off over £500)
        found = None if priced(text) and sum_of(text) and not read_whole(text) else word_sum(text)
        worked = "" if found else sum_of(text)
        if found and found.need:
            # A figure it cannot be sure of: asked for, never guessed; what is sure said first.
            asking = index.tagged.get("figure") or DEFAULT_TAGGED["figure"]
            if not found.working:
                return ("figure", {"thing": found.need}, "")
            plain = [a for a in asking if "{name}" not in a] or list(asking)
            return ("sum", {"what": found.working, "thing": found.need}, plain[0])
        return ("sum", {"what": worked or (found.working if found else "")}, "")
    if reading.stance == "settle":
        # An argument to settle: its way of settling one (a whole reply, its own craft), with
        # the two sides said back when they were put ("Sue says it's the queen, and you say
        # it's the weather, Dennis"), never "bring me both sides" after both were brought.
        sides = sides_put(text) if index.tagged.get("sides") else None
        if sides and (line := _weighed(index, text, used)):
            return ("", {}, line)  # "... i say it was right to hand the wallet in. who's right"
        if (
            sides
            and index.tagged.get("weigh")
            and sides[1].lower().startswith("you ")  # one side the asker's: not mum's and dad's
            and (side_on_deed(text) or MORAL_ASKED.search(text))
            and (other := side_holder(text))  # "she says": no name to weigh it by
        ):
            # "sue says it's rude to recline your seat, i say it's fine. who's right": a dilemma,
            # weighed with the other side by name ("Sue"), not a dispute to test for proof.
            return ("weigh", {"other": other}, "")
        if sides:
            return ("sides", {"first": sides[0], "second": sides[1]}, "")
        return ("settle", {}, "") if index.tagged.get("settle") else None
    if reading.stance == "occasion":
        # A name for a group of people ("what should we call our karaoke crew"): its names for
        # anything, when it has none for that kind, rather than a pet's ("a creature who will
        # rule the house").
        kind = dub_kind(text) if "names" in occasions_of(text) else ""
        people = kind in ("crew", "team", "side", "squad", "band", "group", "choir", "club", "quiz")
        boat = (
            dub_line(index, text, given, anything=people) if "names" in occasions_of(text) else ""
        )
        if boat:
            return ("", {}, boat)  # "what should i call my new boat": its names for a boat
        if not occasions_of(text) and not given:
            # Words for a thing to put them on, on no occasion ("a two line verse for the jar
            # label? hollybrook apiary, wildflower honey"): its lines on what the message names
            # (Ariel's bee), when it has some, before its words for any occasion.
            on_it = verse_line(index, NOT_ITS_SUBJECT.sub(" ", text), " ".join(used))[0]
            if on_it:
                return ("offer", {"what": purpose_of(text)}, on_it)
        # Not words it gave in the room lately (Gratiano's toast for the card, then again for
        # the toast), while it has others for the occasion.
        line, named = occasion_line(index, text, " ".join((given, *used)))
        if not line or (occasions_of(text) and not on_occasion(index, line, text)):
            line, named = occasion_line(index, text, given)
        if not line:
            return None
        return ("", {}, line) if named else ("offer", {"what": purpose_of(text)}, line)
    if reading.stance == "recommend":
        line = recommended(index, text, unasked)
        return ("", {}, line) if line else None
    if reading.stance == "idea":
        # An idea for what they make or run ("any ideas for our science week stall"): one of its
        # own field that fits it, offered for it; else owned up to, asking what it is.
        if not index.tagged.get("idea"):
            return None
        line = idea_line(index, text, (*used, given) if given else tuple(used))
        return ("pitch" if line else "noidea", {"what": project_of(text)}, line)
    if reading.stance == "method":
        # A plain line that says three of the words asked says what to do ("how would you split
        # rent fairly when the rooms are different sizes": its line on rooms that differ, not
        # "I would do it as I did the Bernoulli numbers"); else its way of planning, one it has
        # not said lately (a whole reply, with {thing}).
        plain_line, shared = _plain_tip(index, text, unasked)
        if shared >= 3:
            return ("", {}, plain_line)
        return ("plan", {"thing": thing_of(text)}, "") if index.tagged.get("plan") else None
    # "first time", "all the time": no subject of a tip.
    if experts and not reading.in_field:
        # "any tips for writing a plot twist?" to Darwin: the playwright's to give; but its own
        # tip on a thing of no expert's field is its to give ("what questions should i ask my
        # new landlord": Lovelace's table of questions, though "questions" is Socrates' word).
        own = tip(index, text, unasked | GENERIC_TERMS)
        mine = own and tip_about(index, text, own, unasked | GENERIC_TERMS | theirs) >= 1
        return ("", {}, own) if mine else None
    # A recommendation on its subject will do for a tip ("tips for a kid starting a bug
    # collection": a book on beetles), when it has no tip of its own on it.
    # A plain line with three of the words asked and more than a tip names says more than the
    # tip ("how do i make a secret code for my kids treasure hunt" is no tip on coding); two
    # are not enough ("growing veg in the garden" keeps the tip for a new gardener).
    plain_tip, shared = _plain_tip(index, text, unasked)
    tipped = tip(index, text, unasked | GENERIC_TERMS)
    if tipped and (shared < 3 or shared <= tip_about(index, text, tipped, unasked | GENERIC_TERMS)):
        plain_tip = ""
    line = plain_tip or tipped or recommended(index, text, unasked | GENERIC_TERMS, anything=False)
    if line:
        return ("", {}, line)
    # How to do a thing that is run ("how to run a meeting", "how to write a complaint
    # letter") asks how it is done, not for something to put in it: no icebreaker, no clue in
    # lemon juice; what is made or dressed up is still ("how can we make our stall stand out").
    deed = _done_to(text)
    if (
        (not deed or deed & MADE_DEEDS)
        and PROJECT.search(text)
        and (idea := idea_line(index, text, tuple(used)))
    ):
        # Tips for what they make or run ("any tips for our sign for the craft fair"), with no
        # tip of its own on it: its idea for it.
        return ("pitch", {"what": project_of(text)}, idea)
    # No tip of its own on it: its take on the matter, which says what it would do; on the
    # matter, not on what is done in the question ("how do i stop my glasses fogging up when i
    # wear a mask" is no question of dress).
    done = _done_words(text)
    wanted = [t for t in terms(text) if t not in ASKING_TERMS and t not in unasked | done]
    take = _best_take(index, wanted, (), minimum=1.0, text=text)
    if take and CUT_DOWN.search(text):
        # "how do we make our team calls shorter": a view of teamwork says nothing of cutting
        # the calls down (misfire41).
        return None
    if take and not meets_ask(text, take.about, frozenset(take.said), kinds=False):
        # A take on a word that only says which thing is meant ("the gas bill": no view of
        # winters), or on a word of what is told beside the question.
        return None
    if take and deed and _left_by(take, set(wanted) - deed):
        # A how-to of what goes wrong with a thing ("how do i stop my windows rusting") is no
        # matter of taste in it: a take on windows for the view says nothing of rust.
        return None
    if (
        take
        and re.search(r"(?<=\w )[A-Z][a-z]+", text)  # a place or a thing named ("Japan")
        and not take.on(set(wanted)) & set(take.said)
        and set(wanted) - take.about - set(take.said) - GENERIC_TERMS
    ):
        # "any tips for a first trip to Japan?": a view of travel in general, found on "trip",
        # a word it never says, gives no tip on Japan (review39).
        return None
    return ("opinion", {}, take.text) if take else None


# What is made, dressed up or put on, that an idea for it answers how to do ("how do we make
# our stall stand out", "how to decorate the hall").
MADE_DEEDS = frozenset(
    terms("make decorate design build dress theme plan organise organize brighten liven spice")
)


def _left_by(take: Take, wanted: set[str]) -> bool:
    """Whether `wanted` has a word of substance that `take` neither is about nor says: "rust"
    of "how do i stop my windows rusting", beside a take on windows for the view."""
    said = take.on(wanted) | set(take.said)
    return bool(wanted - said - GENERIC_TERMS - STOPWORDS)


def _plain_tip(index: Index, text: str, unasked: frozenset[str]) -> tuple[str, int]:
    """A plain line of its material that says what a how-to asks, when no #tip does: most of
    the words asked, and two at least ("how do i learn my lines for the school play": the line
    on learning lines for a play, not a play recommended; "how do i stop being jealous of my
    sister": the line on jealousy of a sister, not a view of family), with how many words of
    the question it says; ("", 0) when none says enough of them."""
    wanted = set(terms(text)) - ASKING_TERMS - unasked - GENERIC_TERMS
    if len(wanted) < 2 or not index.lines:
        return "", 0
    scores = index.rank(dict.fromkeys(wanted, 1.0))
    # The line with most of the words asked, the best ranked of those.
    best = max(
        (i for i, score in enumerate(scores) if score),
        key=lambda i: (len(wanted & index.lines[i].counts.keys()), scores[i]),
        default=None,
    )
    if best is None:
        return "", 0
    said = index.lines[best].counts.keys()
    shared = len(wanted & said)
    # Something of what is asked, not only of what is told before it: "you lived through two
    # wars, any tips on how to stay calm?" is not met by a line of a day or two in the war.
    if _told_only(text, index.lines[best].text):
        return "", 0
    if shared >= 2 and shared >= 0.5 * len(wanted):
        return index.lines[best].text, shared
    return "", 0


def _also_on_it(text: str, line: str) -> bool:
    """Whether `line` says what `text` asks of (`focus`), or two of its words besides its
    side words (`side_terms`)."""
    shared = (set(terms(text)) - GENERIC_TERMS - side_terms(text)) & set(terms(line))
    return len(shared) >= 2 or bool(shared & set(sense_focus(text)))


def _told_only(text: str, line: str) -> bool:
    """Whether `line` says only words of what `text` tells beside what it asks, none of the
    asking part (`_asking_part`): "you lived through two wars, any tips on how to stay
    calm?" and a line on the war."""
    asking = set(terms(_asking_part(text))) - ASKING_TERMS - GENERIC_TERMS
    return bool(asking) and not asking & set(terms(line))


def _asking_part(text: str) -> str:
    """The parts of `text` that ask (a mark, or a question's words: `ASKED`), when others only
    tell beside them ("you lived through two wars, any tips on how to stay calm?"); "" when
    it is all one part, or every part asks."""
    parts = CLAUSES.split(MENTION.sub(" ", text).strip())
    asking = [part for part in parts if ASKED.search(part)]
    if not asking or len(asking) == len(parts):
        return ""
    # A condition is part of the question ("if you bake a loaf perfectly but hate every
    # second, did you bake it well?"), and so is what a part asks of by "it" or "that".
    told = [part for part in parts if part not in asking]
    if any(TOLD_AS_ASKED.match(part) for part in told) or any(
        ASKED_OF_IT.search(part) for part in asking
    ):
        return ""
    return " ".join(asking)


TOLD_AS_ASKED = folded(r"\W*(?:if|when|whether|suppose|say|imagine|what if)\b", re.I)
ASKED_OF_IT = folded(r"\b(?:it|its|that|this|they|them|those|these)\b", re.I)


# Who or what says the thing told ("rules say", "my mum reckons", "the sign said that"): its
# source, no part of what it is about.
REPORT_SOURCE = folded(
    r"^\W*(?:(?:so|and|but|also|apparently|btw|fyi|ok|well)\W+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+"
    r"(?:says?|said|reckons?|states?|claims?)\s+(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)


def _reported(text: str) -> str:
    """What `text` tells, without who or what says it (`REPORT_SOURCE`): "it has to cross the
    3m table in under 4 seconds" of "rules say it has to cross ..."."""
    return REPORT_SOURCE.sub("", text, count=1) or text


def _chimed(
    voice: Voice,
    index: Index,
    rng: random.Random,
    reading: Reading,
    text: str,
    query: list[str],
    weights: dict[str, float],
    used: list[str],
    opener,
    *,
    answers: str = "",
    echoed: frozenset[str] = frozenset(),
    named: bool = False,
) -> str | None:
    """Joining in unasked, among people talking to each other: a line of its own on what was
    just said (`_chime_line`; when it has said all those, its best other line), after an
    opener for a question put to the room or for a remark; never owning up to a question
    nobody put to it. Grave or good news is met as news (`_react`): "" leaves the reply to the
    reading of the message, as when asked. When the message answers another person's question
    (`answers`), a line bearing on nothing of that question is off what they are talking about
    ("chlorine in your water maybe?" to a beer smelling of band aids: green hair in swimming
    pools): None, it keeps quiet."""
    mood = valence_mood(text) if reading.kind == "remark" else ""
    if mood == "grave" or (mood == "good" and OWN_NEWS.match(text)):
        return ""
    if reading.kind == "opinion" and (take := _room_take(index, text, used)):
        # A view asked of the room ("catan is so overrated tbh, thoughts?"): its take, as a
        # guest gives one.
        return _fitted(voice, index, opener, "opinion", take.text, used=used)
    if reading.kind == "opinion" and reading.stance == "choice" and either_or(text):
        # A choice put to the room with no take of its own on either option ("paper or
        # whatsapp?"): its pick, as when asked, never a line on another word of it ("a friend
        # ... the relativity paper of 1905").
        return ""
    # A question put to the room is answered; a remark is joined as a guest joins a talk.
    asks = reading.kind in ("question", "personal", "opinion")
    # "rules say it has to cross the 3m table": what the rules say is what it is about, not
    # rules (no table computed by a rule).
    text = _reported(text)
    # Not the person's own good news ("the moon's only a quarter so it won't wash everything
    # out"): no congratulations, a line on what was said.
    line = _chime_line(index, field_terms(voice), text, used)
    if line is None:
        # Its best other line in the message's sense; for a remark, only one that says what
        # the remark says of its thing: not a table computed by a rule for a robot that must
        # cross a 3m table (a question is met on what it asks of: `sense.off_focus`).
        best = _best_lines(index, weights, used, rng, 3)
        line = next(
            (
                t
                for t in best
                if _in_sense(text, t)
                and (asks or (_says_of_it(text, t) and _opens_on_it(text, t)))
                # (never on one loose word: "fans sound like a jet engine", the Engine's music)
                and not loose_match(text, t)
            ),
            None,
        )
    if line is None:
        # A question with nothing of its own on it ("ok but what about the wonky ones"): it
        # keeps quiet, never owning up to what nobody put to it. (Named, "lol einstein. ok
        # serious q, ...", it is put to it; its day, its own life, news: read as when asked.)
        return None if reading.kind == "question" and not named else ""
    if answers and _off_the_question(answers, line):
        return None
    if _weakly_met(text, line, echoed, named=named):
        return None
    return f"{opener('answer' if asks else 'chime')} {line}"


def _weakly_met(text: str, line: str, echoed: frozenset[str], *, named: bool = False) -> bool:
    """Whether a line a persona would join in with unasked is met by `text` weakly: on no word
    but those taken up from the lines before it (`echoed`: "that wasnt the loft", after "is it
    kindness or just clearing the loft", is no call for bats in a loft), or on one word alone
    that is not what `text` is about (its subject or focus: "her late husband's suits" are no
    place that "suits" bats). Talked of by name (`named`: "einstein was a patent clerk first
    right?"), one word of its own life is enough."""
    shared = (set(terms(text)) & set(terms(line))) - GENERIC_TERMS
    fresh = shared - echoed
    if not fresh:
        return bool(shared)
    if len(fresh) >= 2 or named:
        return False
    return not fresh & (sense_subjects(text) | set(sense_focus(text)))


def _past_greetings(text: str, voice: Voice) -> tuple[str, int]:
    """`text` past the greetings that open it ("morning all, hi @curie", "morning ada": each
    greeting, "all" and whom it greets), and how many there were."""
    own = {*voice.name.lower().split(), voice.slug.lower()}
    said = 0
    while greeting := GREETING.match(text):
        said += 1
        text = re.sub(
            r"^\W*(?:all|everyone|everybody|folks|friends|guys|there|lads|ladies|gang|team|"
            r"peeps|people)?\b\W*",
            "",
            text[greeting.end() :],
        )
        named = re.match(r"\W*(@?[\w.-]+)\b\W*", text)
        if named and (named[1].startswith("@") or named[1].lower() in own):
            text = text[named.end() :]  # "hi @curie", "morning ada"
    return text, said


def _greeted_after(text: str, voice: Voice) -> str | None:
    """What a message says before the greeting that ends it ("birds all back except old blue.
    morning lads, morning @darwin": "birds all back except old blue"), or None when it ends in
    no greeting, asks something, or tells grave news."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(parts) < 2 or "?" in text or GRAVE_EVENT.search(text):
        return None
    last, said = _past_greetings(parts[-1], voice)
    if not said or terms(last):
        return None
    return " ".join(parts[:-1])


def _told_after(rest: str) -> bool:
    """Whether what follows a greeting tells something ("evening all, debrief is up on the
    drive", "evening all, got the job!!"): two words of substance, or news in fewer."""
    return len(terms(rest)) >= 2 or bool(GOOD_EVENT.search(rest) and terms(rest))


# How bad a rueful remark beside a greeting or goodbye must be to be sympathised with: "rubbish
# day, the car got towed" is, "late one tonight" is not.
TROUBLE = -0.25
# An apology said beside a goodbye: no trouble to sympathise with.
APOLOGY = folded(r"\b(?:sorry|apologi[sz]e)\b", re.I)
# A greeting too glad for bad news told with it.
CHEERY_HELLO = folded(r"\bdelight|\bpleasure\b|\bgood to see\b", re.I)
# A reminder or an arrangement told ("deposit due by the 14th", "don't forget the raffle").
ARRANGED = folded(
    r"\b(?:due|deadline|reminder|(?:don'?t|do not) forget|by the \d{1,2}(?:st|nd|rd|th)?)\b", re.I
)


def _arranged_when(text: str) -> bool:
    """Whether `text` says when something is to be (`WHEN`: "thursday 7pm", "tonight"), not
    only what day a thing told of came from ("debrief from sunday is up on the drive")."""
    return any(
        not (when.group("day") and re.match(r"(?:from|after) ", when.group(0), re.I))
        for when in WHEN.finditer(text)
    )


def _named_once(line: str, name: str) -> str:
    """`line` said after a greeting that named them: its ", {name}" taken out ("Oh dear, Sam,
    I am sorry" -> "Oh dear, I am sorry"), never a name it leans on ("Poor Sam, what a day")."""
    return re.sub(rf", {re.escape(name)}(?=[,;:.!?])", "", line, count=1) if name else line


# A newcomer's trouble: news grave enough (`GRAVE_EVENT`: "lost my job", "broke my wrist") or
# someone unwell ("my dad's been poorly"); not "one very sad monstera" or "no idea what im doing",
# which are modesty and jokes in a hello.
UNWELL = folded(
    r"\b(?:been|is|was|are|were|feeling|so|really|very|quite|bit|little) (?:poorly|unwell|ill|"
    r"sick)\b(?! of\b)|\boff sick\b",
    re.IGNORECASE,
)


def _welcome_met(index: Index, text: str, opener, name: str) -> str | None:
    """A newcomer's hello that tells a trouble ("morning, ben here, my dad's been poorly so ive
    been off a while") or an ordeal ahead ("first game back saturday, bricking it"): welcomed in
    a sentence, and the trouble sympathised with or luck wished, never a cheery "Tell me, what
    brought you here?" over it. None for any other hello."""
    if (LUCK.search(text) or ORDEAL_AHEAD.search(text)) and not DONE.search(text):
        news = "luck"
    elif GRAVE_EVENT.search(told(text)) or UNWELL.search(text):
        news = "sympathy"
    else:
        return None
    welcomes = _first_sentences(
        index, "welcome", lambda first: "{name}" in first and not CHEERY_HELLO.search(first)
    )
    return f"{opener('welcome', among=welcomes or None)} {_named_once(opener(news), name)}"


# Its own story asked of it, on the room's pastime or its own: the best of it ("what's the best
# bit of a long run for you?", "what do you love most about it"), what it wishes it had known
# ("what do you wish someone had told you when you started out"), what got it started ("what
# got u into it?", "how did you get into chemistry"), what it would never be without ("whats
# the one thing you'd never go out birding without?"). Not "the best bit of cheese for a
# toastie" (no "you") nor "what got into you" (a mood).
_YOU = r"(?:you|u|ya|yourself|urself)"
OWN_STORY = (
    (
        "bestbit",
        folded(
            rf"\b(?:best|favourite|favorite|fave|nicest|most fun) (?:bit|part|thing|moment)s? "
            rf"(?:of|about|in) [^?.!]{{1,60}}?\bfor {_YOU}\b|"
            rf"\bwhat(?:'?s| is| was) (?:the |ur |your )?(?:best|favourite|favorite|fave) "
            rf"(?:bit|part|thing) (?:about|of) (?:it|this|that)\b(?=[^?]*\b{_YOU}\b)|"
            rf"\bwhat (?:do|did) {_YOU} (?:love|like|enjoy) (?:most|best) about "
            rf"(?:it|this|that|doing it)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "wishknown",
        folded(
            rf"\bwhat (?:do|would|did) {_YOU} wish (?:you'?d|u'?d|you had|u had|someone'?d|"
            rf"someone had|somebody had|people had|they'?d|you'd been|u'?d been) (?:known|"
            rf"been told|told|learned|learnt|realised|realized|understood)\b|"
            rf"\bwish (?:you|u)'?d known\b",
            re.IGNORECASE,
        ),
    ),
    (
        "gotinto",
        folded(
            rf"\bwhat (?:first )?(?:got|gets|drew|led) {_YOU} (?:into|towards?) "
            rf"(?!(?:trouble|bother|a mess|this mess|a fight|debt|that state)\b)|"
            rf"\bwhat (?:first )?(?:made|got) {_YOU} (?:start|take up|get into|want to)\b"
            rf"(?! (?:crying|laughing|shouting|cry|laugh|shout)\b)|"
            rf"\bhow did {_YOU} (?:first )?(?:get|got) (?:into|started)\b|"
            rf"\bwhy did {_YOU} (?:first )?(?:get into|take up|start)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "without",
        folded(
            rf"\b(?:one thing|what|anything) (?:would )?{_YOU}(?:'?d| would)? never "
            rf"(?:go|be|leave|travel|start|work|do it)\b[^?.!]{{0,40}}\bwithout\b|"
            rf"\bcould(?:n'?t| not) (?:live|do|work|manage) without\b(?=[^?]*\?|.*\b{_YOU}\b)",
            re.IGNORECASE,
        ),
    ),
)


def own_story(text: str) -> str:
    """The tag of its own story `text` asks of it (`OWN_STORY`), or ""."""
    if not re.search(rf"\b{_YOU}\b|\b(?:your|ur|yer)\b", text, re.IGNORECASE):
        return ""
    return next((tag for tag, pattern in OWN_STORY if pattern.search(text)), "")


# What a greeting must not say to a regular: that they are welcome, or to come in.
WELCOMING = folded(r"\bwelcome\b|\bcome in\b|\bnew (?:face|arrival)|newcomer", re.I)


# Who is coming, asked of the room: "whos actually coming to the meeting tonight", "is everyone
# still coming on friday?", "who's up for the pub later".
ROLL_CALL = folded(
    r"\b(?:who(?:'?s| is| are)|anyone|any1|any of (?:you|u)|is every(?:one|body)|are (?:you|u|"
    r"we|people) all|are (?:you|u) all)\s+(?:actually\s+|still\s+|else\s+|definitely\s+)?"
    r"(?:coming|joining|in for|up for|making it|turning up)\b(?!\s+(?:back|from|out with|"
    r"round to|along to see)\b)",
    re.IGNORECASE,
)
# A question put after the hello without a question mark: a question word opening a clause
# ("right whos doing the float", "also when is the deposit due"), or one asked of someone ("can
# you", "does anyone", "is it still on").
ASKED_IN_NEWS = folded(
    r"(?:^|[,.;:!]\s*|\b(?:right|ok|okay|so|and|also|quick q|btw|but)\s+)(?:who|whos|who's|what|"
    r"whats|what's|when|whens|where|wheres|which|how|hows|how's|why)\b|"
    r"(?:^|[,.;:!]\s*|\b(?:right|ok|okay|so|and|also|btw|but)\s+)(?:is|are|does|do|did|can|could|"
    r"will|would|should|has|have)\s+(?:you|u|we|i|they|anyone|any1|anybody|everyone|everybody|"
    r"people|it|this|that|there|the)\b",
    re.IGNORECASE,
)


def _news_taken_up(
    index: Index,
    rng: random.Random,
    reading: Reading,
    text: str,
    query: list[str],
    used: list[str],
    opener,
    unasked: bool,
    name: str,
) -> str | None:
    """A greeting with news after it ("hiya, just back from the vets, she's fine", "morning all.
    cruise deposit due by the 14th"): a brief greeting (its first sentence, never a welcome or
    "come in") and the news met as news (`_react`: good news welcomed, bad news sympathised
    with), or a reminder or plan acknowledged (`#noted`), never a line on one word of it.
    Joined unasked, a reminder meant for others is not its to acknowledge: "" (quiet). None when
    there is no news to take up in it."""
    mood = valence_mood(text)
    if (
        (LUCK.search(text) or ORDEAL_AHEAD.search(text) or NERVOUS_AHEAD.search(text))
        and not DONE.search(text)
        and not unasked
    ):
        mood = "luck"  # "morning crew, leg day, pray for me", "hi all, interview at 10, eek"
    if (
        mood == "neutral"
        and (GOOD_EVENT.search(text) or pet_news(text))
        and not GRAVE_EVENT.search(text)
    ):
        mood = "good"  # "evening all, got the job!!"
    if mood == "neutral" and not (_arranged_when(text) or ARRANGED.search(text)):
        return None  # "evening all, debrief is up on the drive": no news, no reminder
    if GRAVE_EVENT.search(told(text)):
        return _react(
            index,
            rng,
            reading=reading,
            text=text,
            query=query,
            used=used,
            opener=opener,
            unasked=unasked,
        )
    hellos = _first_sentences(
        index,
        "hello",
        lambda first: (
            not WELCOMING.search(first)
            and not first.endswith("?")
            # no "How delightful, Sam" before bad news
            and (mood == "good" or not CHEERY_HELLO.search(first))
        ),
    )
    hello = opener("hello", among=_timely(hellos, text) or hellos or None)
    if mood == "luck":
        news = opener("luck")
    elif mood == "good":
        joy = "congrats" if pet_news(text) else good_kind(text)
        news = opener(
            joy if joy in index.tagged else "congrats",
            among=_glad_lines(index, text) or _congrats_lines(index, text),
        )
    elif mood == "grave" or (mood == "rueful" and valence(text) <= TROUBLE):
        news = opener("sympathy")
    elif ROLL_CALL.search(text) or (INVITING.search(text) and "?" not in text):
        # "hi all, game night at mine this friday, 7ish", "right whos actually coming to the
        # meeting tonight": asked along, it says if it comes (joining in unasked, it keeps quiet).
        if unasked:
            return ""
        news = opener("accept")
    elif mood == "rueful" or "?" in text or ASKED_IN_NEWS.search(text):
        # A question beside the hello ("morning all, whats the plan for saturday") is answered
        # as one, never "Noted".
        return None
    elif unasked:
        return ""  # a reminder for the others: not its to acknowledge, joining in unasked
    else:
        news = opener("noted")
    return f"{hello} {_named_once(news, name)}"


def _hook_met(
    voice: Voice,
    index: Index,
    text: str,
    theme: str,
    ignored: set[str],
    used: list[str],
    rng: random.Random,
    opener,
) -> str:
    """A hook in a hello ("you must love this group", "bet you'd like this one") answered in one
    sentence: taken up (`#hook`), then the first sentence of its best line on what the room is
    for (its theme, less words any room has: "club", "group") or on a thing of its field the
    message names; owned up to (`#hooknone`) when no line of it speaks to them."""
    said = terms(HOOK.sub(" ", GREETING.sub(" ", MENTION.sub(" ", text))))
    wanted = {
        t
        for t in (*terms(theme), *(t for t in said if t in field_terms(voice)))
        if t not in ignored and t not in ROOM_WORDS
    }
    found = [
        line
        for line in _best_lines(
            index, dict.fromkeys(wanted, 1.0), used, rng, 4, minimum=0.0, pair=False
        )
        if wanted & set(terms(line))
    ]
    # The first sentence of the best that speaks of it, holds no colon of its own ("Very much
    # so: ...") and says no "never" or "not", which would gainsay the "I do" before it.
    firsts = [SENTENCE_END.split(line, maxsplit=1)[0] for line in found]
    line = next(
        (
            first
            for first in firsts
            if ":" not in first and wanted & set(terms(first)) and not GAINSAID.search(first)
        ),
        "",
    )
    if not line:
        return opener("hooknone")
    first = line.split(maxsplit=1)[0]
    # After the colon, a word in lower case ("giant tortoises"), a name as it is ("Galápagos").
    material = "\n".join(line.text for line in index.lines)
    if re.fullmatch(r"[A-Z][a-z]+", first) and re.search(rf"\b{first.lower()}\b", material):
        line = line[0].lower() + line[1:]
    return f"{opener('hook')} {line}"


GAINSAID = folded(
    r"\b(?:not|never|no|nor|lost|hate[ds]?|dislike[ds]?|can'?t|cannot|won'?t|didn'?t|don'?t)\b",
    re.I,
)
# Words any room's theme may have, which say nothing of what it is for.
ROOM_WORDS = frozenset(
    terms(
        "group room chat lot crowd folk folks people one place bet club society team night home "
        "circle crew gang fans lovers friends keepers corner hub chatter talk us we our"
    )
)


def _welcome_news(welcome: str, news: str, joy: str, text: str, name: str) -> str:
    """A newcomer's welcome (`welcome`, one sentence naming them) with their good news met once:
    congratulations said in the welcome ("Welcome, Amir, and congratulations!"), on the baby
    when it is one, then the line on news of its kind less its opening cry (`_after_welcome`);
    news of no kind it has a line on gets the welcome alone, never "Good news! I am glad of it."
    A line that says its own congratulations ("Congratulations on Doris; ...") is said whole."""
    rest = _after_welcome(news, name)
    if joy != "congrats":
        return f"{welcome} {rest}"  # joy shared: "A new arrival in the family; ..."
    born = BIRTH.search(text)
    alone = born or not news_of(text)  # no line of its kind follows the welcome
    if (alone or not CONGRATULATED.search(rest)) and welcome[-1:] in ".!":
        twins = re.search(r"\b(twins|triplets)\b", text, re.I)
        on = f" on the {twins.group(1).lower()}" if twins else " on the baby" if born else ""
        welcome = f"{welcome[:-1]}, and congratulations{on}{welcome[-1]}"
    return welcome if alone else f"{welcome} {rest}"


CONGRATULATED = folded(r"congratulat|félicitations|glückwunsch", re.I)


def _after_welcome(line: str, name: str) -> str:
    """A reaction to news said after a welcome: the line less its short opening cry ("How fine,
    Kofi!", "Rare news!") when more follows, which takes up the news; else the line without
    the name, which the welcome said."""
    parts = SENTENCE_END.split(line, maxsplit=1)
    if len(parts) == 2 and parts[0].endswith("!") and len(parts[0].split()) <= 5:
        return parts[1]
    return _named_once(line, name)


def _bye_line(index: Index, text: str, opener, tag: str = "bye") -> str:
    """A farewell in its voice (`tag`: "softbye" in a room with bad news): "Good night" and
    "Good evening" see off someone going to bed, not out for a run."""
    byes = index.tagged.get(tag, ())
    late = NIGHT_BYE.search(text)
    fits = tuple(line for line in byes if bool(NIGHT_BYE.search(line)) == bool(late))
    # (a gentle goodbye has one for the night, said however few)
    if not late or len(fits) < (2 if tag == "bye" else 1):
        fits = tuple(line for line in byes if not NIGHT_BYE.search(line)) if not late else ()
    return opener(tag, among=fits or None)


def _gentle_asked(
    kind: str,
    reading: Reading,
    text: str,
    message: str,
    unasked: bool,
    voice: Voice,
    others: Sequence[Voice],
    ignore: tuple[str, ...],
) -> bool:
    """Whether thanks, a goodbye or a greeting may be met gently for the room's bad news: not
    when it tells news of its own (met as such), nor thanks meant for another or in sarcasm,
    nor a greeting that asks or tells something (answered as it is)."""
    if GRAVE_EVENT.search(told(text)) or valence_mood(text) == "good":
        return False
    if (LUCK.search(text) or ORDEAL_AHEAD.search(text)) and not DONE.search(text):
        return False  # "night all, interview tomorrow eek": luck wished, as ever
    if kind == "thanks":
        return not (
            unasked or THANKS_RUE.search(text) or thanked_other(message, voice, others, ignore)
        )
    if kind == "hello":
        return reading.stance in ("", "how", "back")
    return True


def _gentle(
    index: Index, kind: str, text: str, said: Sequence[str], loss: str, opener, name: str
) -> str:
    """Thanks, a goodbye, a greeting or a welcome in a room with bad news in it (bots/tone.py):
    in plain gentle words (thanks fit to what was thanked for), and the loss named once when
    it is a death named cleanly ("I am so sorry about Pepper"); a newcomer is not told of it."""
    if kind == "welcome":
        return opener("softwelcome")
    if kind == "thanks":
        what = {"piece": "thankspiece", "sum": "thankssum"}.get(thanked_for(text, said), "")
        parts = [opener(what if what in index.tagged else "softthanks")]
    elif kind == "bye":
        parts = [_bye_line(index, text, opener, "softbye")]
    else:
        parts = [opener("softhello", among=_timely(index.tagged.get("softhello", ()), text))]
    if loss and not named_before(said, loss) and not own_grief(said):
        # (said once: not after its own words of sympathy)
        parts.append(_named_once(opener("lossnamed", loss=loss), name))
    if kind == "thanks" and taking_leave(text):
        parts.append(_named_once(_bye_line(index, text, opener, "softbye"), name))
    return " ".join(parts)


def _bye_and_news(
    index: Index,
    rng: random.Random,
    reading: Reading,
    text: str,
    query: list[str],
    used: list[str],
    opener,
    bye: str,
    name: str,
) -> str:
    """A goodbye (`bye`, its first sentence) with the news told beside it met in a word: good
    news welcomed, bad news sympathised with ("bye all, dentist at 8 tomorrow ugh"); `bye`
    whole when nothing is told; luck wished for what lies ahead ("dress fitting at 2, bye all,
    wish me luck")."""
    if (LUCK.search(text) or ORDEAL_AHEAD.search(text)) and not DONE.search(text):
        first = SENTENCE_END.split(bye, maxsplit=1)[0]
        return f"{first} {_named_once(opener('luck'), name)}"
    mood = valence_mood(text)
    if mood == "neutral" and (GOOD_EVENT.search(text) or pet_news(text)):
        mood = "good"
    if mood == "good":
        joy = "congrats" if pet_news(text) else good_kind(text)
        news = opener(
            joy if joy in index.tagged else "congrats",
            among=_glad_lines(index, text) or _congrats_lines(index, text),
        )
    elif mood == "rueful" and valence(text) <= TROUBLE and not APOLOGY.search(text):
        # ("night, sorry about the pressure washer thing" says sorry: no trouble of theirs)
        news = opener("sympathy")
    else:
        return bye
    first = SENTENCE_END.split(bye, maxsplit=1)[0]
    return f"{first} {_named_once(news, name)}"


# A try the person means to make ("i'll try it tomorrow", "ok will give it a go").
TRYING = folded(
    r"^\W*(?:(?:ok(?:ay)?|right|alright|cool|sure|yeah|thanks|ty)\W+)*(?:i'll|i will|i'm going to|"
    r"will)\s+(?:definitely |def |probably |prob |just |maybe )?(?:try|give it a (?:go|try|shot)|"
    r"have a go|attempt|test it|do that)\b",
    re.IGNORECASE,
)


# Nerves before a thing ahead: "kinda nervous" with a day, a start or an ordeal to come.
NERVOUS_AHEAD = folded(
    r"^(?=.*\b(?:nervous|anxious|scared|terrified|bricking it|jittery|butterflies|nerves|dreading|"
    r"freaking out|stressing)\b)"
    r"(?=.*\b(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"next week|this (?:week|weekend|morning|afternoon|evening)|soon|start(?:s|ing)?|first day|"
    r"interview|exam|test|audition|presentation|speech|recital|date|race|match|competition|"
    r"gig|performance|driving test|new job)\b)"
    r"(?!.*\b(?:surgery|operation|biopsy|scan|results|diagnosis|chemo|hospital|doctor|dentist|"
    r"lump|court|funeral)\b)",
    re.IGNORECASE | re.DOTALL,
)


def _react(
    index: Index,
    rng: random.Random,
    *,
    reading: Reading,
    text: str,
    query: list[str],
    used: list[str],
    opener,
    unasked: bool = False,
    name: str = "",
) -> str:
    """A remark or a piece of news, answered with the warmth its valence asks (`bots.valence`):
    sympathy for bad news, a light wry word for a small annoyance, congratulations for good
    news; laughter is laughed along with, and small talk gets a light word back that fits the
    situation, not an interview question."""
    mood = valence_mood(text)
    words_said = len(text.split())
    if (
        mood != "grave"
        and NERVOUS_AHEAD.search(text)
        and not DONE.search(text)  # ("i was nervous but the exam went great")
        and "luck" in index.tagged
    ):
        # "i start my new job on monday, kinda nervous": nerves before a thing ahead are wished
        # luck (`_news_taken_up`, after a greeting), never "How tiresome" (a mishap) nor "how
        # did that come about".
        return opener("luck")
    if BORED.match(text) and index.tagged.get("bored"):
        return opener("bored")  # "im so bored": its own cure for it, never "a small mischief"
    # A small trouble its field explains ("my ears always pop on planes, so annoying", "my dog
    # keeps barking at night and i can't sleep"): a word of sympathy, then the line that
    # explains it, as a friend who knows would; never a line on one word shared ("lost three
    # games in a row, the dice hate me" is no question of dice).
    if (
        mood != "grave"
        and not unasked
        and KEEPS_ON.search(text)
        and (helped := known(index, text, used, asked=True))
    ):
        # A creature's trouble that keeps on, which its plain answer helps with ("my dog keeps
        # barking at night and i can't sleep", "the dog next door barks all day"): that answer
        # (a `#know` line), never only why dogs dream.
        return _filled(helped, {}, name)
    if (
        mood != "grave"
        and (reading.stance == "vent" or mood == "rueful")
        and (explained := _explained(index, text, query, used, rng))
    ):
        return f"{opener('bother')} {explained}"
    if (
        mood in ("grave", "rueful")
        and not unasked
        and TROUBLE_ASKED.search(text)
        and not GRAVE_EVENT.search(told(text))
    ):
        # A trouble of a thing with a question put after it ("my car failed its mot today.
        # is that expensive or am i being mugged off", "rent's going up £50, is that even
        # allowed"): a word of sympathy, and the question owned up to, never sympathy alone.
        sorry = opener("sympathy", among=_unmourned(index))
        first = re.split(r"(?<=[.;!?])\s", sorry, maxsplit=1)[0]
        first = f"{first[:-1]}." if first.endswith(";") else first
        return f"{first} {_named_once(opener('outside'), name)}"
    if mood != "grave" and _sleep_lost_to(text) and "sympathy" in index.tagged:
        # "our upstairs neighbours stomp around till 2am and i can't get to sleep": a trouble,
        # never "A quiet evening suits me" (a bare "can't sleep, so here I am" is small talk).
        return _wry_or_sleepless(index, text, opener)
    if reading.stance == "vent" and mood != "grave" and "wry" in index.tagged:
        return _wry_or_sleepless(index, text, opener)  # "what is he even building"
    # "won the pub quiz lol" is news told with a laugh: congratulated, not laughed at.
    won = mood == "good" and bool(GOOD_EVENT.search(text))
    if LAUGH.search(text) and words_said <= 8 and mood not in ("grave", "rueful") and not won:
        # A point conceded ("fair point") is conceded back; a laugh is laughed with.
        conceded = bool(CONCEDED.search(text))
        fits = tuple(
            line
            for line in index.tagged.get("laugh", ())
            if bool(CONCEDING.search(line)) == conceded
        )
        # A bare "lol" is answered as a laugh ("glad it made you smile"), not as a story told.
        answers = tuple(line for line in fits if AT_A_LAUGH.search(line))
        return opener("laugh", among=answers or fits or None)
    if mood == "grave":
        # No anecdote to someone who is having a bad day; a death, a health scare, a breakup or
        # a lost job get its gravest words, never a light "how vexing".
        # A worry still unfolding (a hospital, a fall) gets concern, which presumes no death.
        grave = grave_kind(text)
        if grave not in index.tagged and grave == "concern":
            grave = "condolence"
        if grave == "condolence" and grave in index.tagged:
            # A break-up, a job lost, a pet's death: the words for that loss.
            return opener(grave, among=_condolence_lines(index, text))
        if (grave == "sympathy" or grave not in index.tagged) and not GRAVE_EVENT.search(
            told(text)
        ):
            # Bad news of a thing, not of anyone's loss or health ("the community centre is
            # putting our room hire up to £30", "my car failed its mot"): no grief ("a heavy
            # heart") and nothing of their own to bear ("be patient with yourself").
            return opener("sympathy", among=_unmourned(index))
        return opener(grave if grave in index.tagged else "sympathy")
    if SIGHT.search(text) and SCENE.search(text) and not NEGATION.search(text):
        # "the frost this morning, so pretty": the sight shared, not "how did that come about?"
        fits = [line for line in index.tagged.get("chat", ()) if "sight" in terms(line)]
        if fits:
            return opener("chat", among=tuple(fits))
    # ("dead mice", "dead tired": no dead quiet evening)
    said_plainly = terms(dead_plainly(text))
    situations = {CHAT_SITUATIONS[t] for t in said_plainly if t in CHAT_SITUATIONS}
    if weather_told(text):
        situations.add("weather")  # "frosty on the cut today", "icy roads on the way in"
    if WAITING.search(text):
        situations.add("wait")
    if OWN_NEWS.match(text) and not IDLING.search(text):
        # "we're repainting the kitchen this weekend" tells a plan: no idle hours in it.
        situations -= {"time", "week"}
    if mood == "rueful" and (is_weary(text) or not (situations and valence(text) > -0.2)):
        # A rainy Sunday is small talk, not a mishap; worn out ("first time I've sat down
        # all day") is met with the persona's word to rest, a mishap with a wry one.
        return _wry_or_sleepless(index, text, opener)
    # A line only when it speaks to what was said: two of its words, or one of the field.
    subject = [t for t in query if t not in GENERIC_TERMS]
    line = _on_subject(index, subject, used, rng, 1, field=reading.in_field, sense=text)
    if mood == "good" and unasked and OWN_LIKING.search(text) and not GOOD_EVENT.search(text):
        # "I loved it. the creature is way more sympathetic than the doctor": a view of a book
        # said to friends, no news; joined unasked only with a line on it, else not at all.
        return _chime_line(index, frozenset(), text, used) or ""
    if mood == "good":
        # A friend coming to visit is shared joy, with no line tacked on; news won is
        # congratulated.
        if good_kind(text) in index.tagged:
            joy = good_kind(text)
            return opener(joy, among=_glad_lines(index, text) or _congrats_lines(index, text))
        return " ".join([opener("congrats"), *line])
    if line and _remark_in_passing(text, line[0]):
        # "honestly i would pay so much money for that engine": her tables that still "pay"
        # say nothing of the Engine.
        line = []
    if (
        unasked
        and line
        and (
            not (_says_of_it(_reported(text), line[0]) and _opens_on_it(text, line[0]))
            # (nor on one loose word: "fans sound like a jet engine" and the Engine's music)
            or loose_match(text, line[0])
        )
    ):
        # Joining in unasked, only on what the remark says of its thing: "rules say it has to
        # cross the 3m table in under 4 seconds" is no table computed by a rule. Nothing
        # else to say unasked: it keeps quiet.
        return ""
    # "hmm, interesting" or "quiet tonight" is small talk, not a subject to lecture on.
    if line and not situations and (words_said > 3 or reading.in_field):
        return f"{opener('remark')} {line[0]}"
    if TRYING.match(text) and "luck" in index.tagged:
        # "ill try it tomorrow": a try ahead is wished luck in a word (no exam or interview in
        # it), never asked how it came about.
        lucky = tuple(
            dict.fromkeys(
                re.split(r"[;.!]", line, maxsplit=1)[0] + "!" for line in index.tagged["luck"]
            )
        )
        return opener("luck", among=lucky)
    # News of their own ("my cousin is moving in with us") is never met with a bare "I see".
    told_own = NARRATED.search(text) or (OWN_NEWS.match(text) and words_said >= 6)
    narrated = told_own and words_said >= 5 and not situations
    if unasked and not line:
        # Nothing of its own on it, unasked (or only named in passing): never a generic "tell
        # me more" to people talking among themselves; it keeps quiet.
        return ""
    # Something that happened to them, with no line on it: ask to hear more of it.
    if narrated and subject and "more" in index.tagged:
        return opener("more")
    if situations and "chat" in index.tagged:
        # A situation to take up (a wait, the weather, a quiet evening).
        return _chat(index, situations=situations, opener=opener)
    if subject and words_said >= 3 and "more" in index.tagged:
        # Something told with nothing of its own to add ("just made a massive pot of soup"):
        # a question back about it, never a bare "I see".
        return opener("more")
    # A word or two ("hmm", "ok then"): a reaction, then what is on their mind.
    return _remark_and_invite(index, opener)


def _explained(
    index: Index, text: str, query: list[str], used: Sequence[str], rng: random.Random
) -> str:
    """Its plain line that explains the small trouble told in `text`: one that carries three
    in four of its subject's words at least (a sigh such as "annoying" is none), said in the
    message's sense, and no quotation, which explains nothing ("Throw physic to the dogs, says
    Macbeth" to a dog barking at night); "" when none does. Two words shared are a pun as often
    as not: "locked myself out for an hour" is no combination lock, "sat on my glasses and
    snapped them" no nettle's glassy hairs."""
    subject = {t for t in query if t not in GENERIC_TERMS and t not in SIGHING_TERMS}
    if len(subject) < 3:
        return ""  # "I burnt the toast again": a wry word, no lecture
    # Most troubles have no such line: a count of shared words first, before the ranking and
    # the sense of each word (a few ms a remark otherwise).
    if not any(len(subject & line.counts.keys()) >= 0.75 * len(subject) for line in index.lines):
        return ""
    for line in _on_subject(index, list(subject), used, rng, 3, sense=text):
        shared = subject & set(terms(line))
        if len(shared) >= 0.75 * len(subject) and not QUOTING.search(line):
            return line
    return ""


# What a sigh says of a trouble, not what the trouble is: "so annoying", "ugh", "the dice hate me".
SIGHING_TERMS = frozenset(
    terms("annoying annoyed irritating frustrating infuriating ugh argh hate hates keeps")
)


# A line that quotes someone ("..., says Macbeth", "as Hamlet bids", a line in quotation marks).
QUOTING = re.compile(r"[\"“”]|\b(says|said|bids|cries|wrote) [A-Z]", re.UNICODE)


# Laugh lines that answer a laugh or a point, not a story told against oneself.
# A laugh line that takes credit for the joke laughed at: said only when the joke was its own.
OWN_CREDIT = folded(r"\b(?:that one myself|my (?:own )?(?:joke|jest|pun))\b", re.IGNORECASE)
AT_A_LAUGH = folded(
    r"\b(made you smile|you smiled|you laugh|exactly|quite so|quite right|well said|no answering|"
    r"yes)\b",
    re.IGNORECASE,
)
# "Thanks, and ever thanks", "You are very kind. Thank you.": thanks answered with thanks.
THANKED_BACK = folded(r"\bthank you\b|^\W*thanks\b|\b(but|ever) thanks\b", re.IGNORECASE)


# A playful "what if", asked with no question mark: "if i drove at light speed would the ice be
# done before i started 😂".
WHAT_IF = folded(
    r"\bif\b(?! only\b)[^.!?]{0,80}?\b(?:would|will|could|can|does|do)\b", re.IGNORECASE
)
# A question of its field told as a story against oneself: "lol my kid asked me why stars twinkle
# and i had no idea".
ASKED_ME = folded(r"\basked (?:me|us)\b(?: \w+){0,2}? (?:why|how|what|whether|if)\b", re.I)


def _laughs_along(index: Index) -> tuple[str, ...] | None:
    """The persona's `#laugh` lines that laugh along with a wry story (not "Fair enough", not
    "glad it made you smile"); None when it has none of them."""
    lines = [line for line in index.tagged.get("laugh", ()) if not CONCEDING.search(line)]
    return tuple(line for line in lines if not AT_A_LAUGH.search(line)) or tuple(lines) or None


# Which of a persona's #glad and #wry lines speak of what: a friend's company, a child, a rest.
VISIT_LINE = folded(r"\b(friends?|company|visits?|arrived|Besso|Hooker|Somerville)\b", re.I)
CHILD_LINE = folded(
    r"\b(children|child|son|sons|daughter|boy|baby|little \w+|first (words|steps|smiles|teeth))\b",
    re.I,
)
NEW_BABY_LINE = folded(r"\bnew arrival\b", re.I)
WELL_AGAIN_LINE = folded(r"\bwell again\b", re.I)
WEARY_LINE = folded(r"\b(sit|sat|rest|tired|weary|feet up|long day)\b", re.I)


# Sleep lost, night after night or tonight: "i can't sleep", "kept me up all night", "haven't
# slept properly in weeks" (not "i can't sleep in on sundays", a lie-in missed).
SLEEP_LOST = folded(
    r"\b(?:can'?t|cannot|could ?n'?t|can not|unable to|never) (?:get (?:to|back to) )?sleep\b"
    r"(?! in\b)|\b(?:keeps?|kept|keeping) (?:me|us|the \w+) (?:up|awake)\b|\bup all night\b|"
    r"\bsleepless\b|\binsomnia\b|\b(?:haven'?t|have not|hardly|barely|not) (?:slept|had "
    r"(?:any|a wink of) sleep)\b|\bno sleep\b",
    re.IGNORECASE,
)
# Sympathy fit for grief ("a heavy heart", "when sorrows come"), too much for a bad night.
GRIEF_LINE = folded(r"\b(?:heart|griev\w*|sorrows?|mourn\w*)\b", re.I)


# A question put after a trouble told, in a clause of its own and with no question mark: "...
# today. is that expensive", ", any idea what to check", ", can you recover files from it".
TROUBLE_ASKED = folded(
    r"(?:[.,;:!]\s*|\b(?:and|but|so|like|or)\s+)(?:any idea|any ideas|anyone know|do (?:you|u) "
    r"know|you know|what do (?:you|u|i|we))\b|"
    r"(?:[.,;:!]\s*|\b(?:and|but|so|like)\s+)(?:(?:is|are|does|do|did|can|could|should|would|will|"
    r"was|were|has|have)\s+(?:that|it|this|they|there|these|those|i|we|you|u|he|she|mine|ours|"
    r"a|an|the)\b|how (?:do|does|did|can|could|should|would|much|many|long|often|come|to)\b|"
    r"what (?:do|does|did|can|could|should|would|is|are|was|to)\b|"
    r"why (?:do|does|did|is|are|would|has|have|won'?t|doesn'?t|isn'?t|can'?t)\b)",
    re.IGNORECASE,
)
# A word of sympathy for a person's own grief or struggle: "a heavy heart", "be patient with
# yourself".
GRIEF_OR_SELF = folded(GRIEF_LINE.pattern + r"|\b(?:yourself|grieve)\b", re.IGNORECASE)


def _unmourned(index: Index) -> tuple[str, ...] | None:
    """Its #sympathy lines fit for bad news of a thing (a price, a car, a machine)."""
    lines = index.tagged.get("sympathy", ())
    return tuple(line for line in lines if not GRIEF_OR_SELF.search(line)) or None


def _sleep_lost_to(text: str) -> bool:
    """Whether `text` tells of sleep lost to something it names ("my dog keeps barking at night
    and i can't sleep"), not only that the speaker is awake ("cant sleep again", "can't sleep,
    so here I am"): two words or more besides."""
    lost = SLEEP_LOST.search(text)
    if not lost:
        return False
    rest = set(terms(text[: lost.start()] + " " + text[lost.end() :])) - GENERIC_TERMS
    return len(rest - IDLE_TERMS) >= 2


# Words of someone idling awake, no trouble named: "so here I am", "again", "tonight".
IDLE_TERMS = frozenset(terms("here again tonight still night late awake lol ugh hmm so"))


# A creature's trouble that keeps on: "my dog keeps barking", "the dog next door barks all
# night", "our cat won't stop yowling" (not a thing's: "the wifi keeps dropping" is a wry word).
KEEPS_ON = folded(
    r"\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|parrots?|cockerels?|roosters?)\b[^.?!]{0,30}?"
    r"(?:\b(?:keeps?|kept|won'?t stop|wont stop|never stops?|always)\s+\w+ing\b|"
    r"\b\w+s\s+all (?:night|day)\b)",
    re.IGNORECASE,
)


def _wry_or_sleepless(index: Index, text: str, opener) -> str:
    """A wry word for a small trouble told ("burnt my toast again"); for one that costs sleep
    ("my dog keeps barking at night and i can't sleep"), no small mishap to be teased about
    ("the universe is only teasing you a little"), its #sympathy that speaks of no grief."""
    if SLEEP_LOST.search(text) and "sleepless" in index.tagged:
        return opener("sleepless")
    if SLEEP_LOST.search(text) and "sympathy" in index.tagged:
        lines = index.tagged["sympathy"]
        plain = tuple(line for line in lines if not GRIEF_LINE.search(line))
        return opener("sympathy", among=plain or None)
    return opener("wry", among=_wry_lines(index, text))


def _wry_lines(index: Index, text: str) -> tuple[str, ...] | None:
    """The #wry lines for `text`: a word to sit down and rest for someone worn out, the others
    for a mishap (no "sit down" for a dropped phone); None when it has none of them."""
    wry = index.tagged.get("wry", ())
    weary = tuple(line for line in wry if WEARY_LINE.search(line))
    if is_weary(text):
        return weary or None
    return tuple(line for line in wry if line not in weary) or None


# Congratulations for a prize or a result: no words for a baby born.
BRAG = folded(r"\bWhen (I|my)\b|earned|work hard|results?\b|printing|\b1[89]\d\d\b", re.I)


# What good news is about, and the #congrats lines that speak of it: a job, an exam passed, an
# engagement, a home, a race run, a book out, a new pet, a recovery. A line that speaks of one
# of them is said only for that news ("my post at the patent office" is no word for a puppy).
NEWS_OF = {
    "birthday": (
        r"birthday|bday|turned [0-9]+|turning [0-9]+",
        r"birthday|happy returns|anniversaire",
    ),
    "health": (
        r"(cancer|tumou?r)[- ]free|all clear|in remission|sober|clean for|recovered|recovery|"
        r"well again|back on my feet|discharged|beat (cancer|it)|benign|healed|on the mend|"
        r"crutches|stitches|home from",
        r"strength|well again|recover\w*",
    ),
    "wedding": (
        r"engaged|married|wedding|proposed|said yes|fianc\w+",
        r"wedding|engaged|engagement|marry|marr\w+|fianc\w+",
    ),
    "pet": (
        r"puppy|puppies|kitten|kittens|dog|cat|pup|rescue (dog|cat)",
        r"dogs?|cats?|puppy|kitten|horses?|pony",
    ),
    "home": (
        r"keys|flat|house|apartment|moved in|mortgage|first home|new home",
        r"house|roof|keys",
    ),
    "made": (
        # one's own work out, not a good book read: "my book got published", "in print"
        r"published|in print|(my|our|her|his) (first )?(book|novel|poems?|album|song|article|"
        r"exhibition|short story|paper)",
        r"book|printed|printing|published|in print",
    ),
    "study": (
        r"exams?|test|uni|university|college|degree|thesis|dissertation|graduat\w+|"
        r"accepted into|got into|place at|phd|masters|a-?levels?|gcses?|first class|scholarship",
        r"exams?|examinations?|examiners?|degree|student|studi\w+|came first",
    ),
    "job": (
        r"the job|new job|job offer|promot\w+|(got|been|was|get|i'?m|am) hired|position|a raise|"
        r"contract|internship|"
        r"got the role|offered",
        r"post|position|appointed|appointment",
    ),
    "race": (
        r"marathon|[0-9]+k|half|race|triathlon|personal best|pb|ran|run|finish line",
        r"legs|race|miles|ran|run|running",
    ),
}
NEWS_TOLD = {kind: folded(rf"\b({said})\b", re.I) for kind, (said, _) in NEWS_OF.items()}
NEWS_LINE = {kind: folded(rf"\b({line})\b", re.I) for kind, (_, line) in NEWS_OF.items()}


def news_of(text: str) -> str:
    """What good news is about ("health", "wedding", "pet", "home", "made", "study", "job",
    "race"), or "" when it is none of them ("won the pub quiz"). A pet got or adopted is a
    pet, whatever the animal ("just adopted a hermann's called doris")."""
    if pet_news(text):
        return "pet"
    return next((kind for kind, told in NEWS_TOLD.items() if told.search(text)), "")


def _congrats_lines(index: Index, text: str) -> tuple[str, ...] | None:
    """The #congrats lines for good news: for a birth, those that tell no prize of the persona's
    own ("When I came first ... you earned it" is no word for twins); for news of a kind the
    persona has a line on (a job, an exam, a wedding), those lines; else those that speak of no
    such kind. None when that leaves none."""
    lines = index.tagged.get("congrats", ())
    kind = news_of(text)
    if kind not in ACHIEVED_KINDS and not ACHIEVED_NEWS.search(text):
        # "a result worth writing in the notes", "Well done": no word for a pet or a new home.
        lines = tuple(line for line in lines if not ACHIEVED_LINE.search(line)) or lines
    if BIRTH.search(text):
        general = tuple(line for line in lines if not _of_news(line))
        plain = tuple(line for line in general if not BRAG.search(line))
        # One line left would soon come round again: then all that speak of no other news.
        return plain if len(plain) > 1 else general or None
    # A line is on the first kind of news it speaks of: "Many happy returns ... at Down House"
    # is a birthday's, never a new house's.
    fits = tuple(line for line in lines if kind and _line_news(line) == kind)
    if kind == "pet":
        # Its own dog or cat is a word for any dog, cat or pony, never for a tortoise; a pet told
        # by name, or an animal no line of it names, is met by name (`#pet`).
        told_of = animals_in(text)
        if not told_of & {"dog", "cat", "horse"}:
            fits = ()
        # ("we adopted a kitten today": never "A dog is a true philosopher ... treat yours
        # well"; its own dog Polly, told of, is a word for any pet)
        fits = tuple(line for line in fits if animals_in(line) & told_of) or tuple(
            line for line in fits if OWN_PET_LINE.search(line)
        )
        own = index.tagged.get("pet", ())
        if own and (not fits or PET_NAME.search(text)):
            return tuple(line.replace("{pet}", pet_called(text)) for line in own)
    return fits or tuple(line for line in lines if not _of_news(line)) or None


# A line of the persona's own animal ("Our dog Polly ...", "My cat Tiger ..."), not a claim
# of all dogs.
OWN_PET_LINE = folded(r"\b(?:my|our|i once wrote a)\b", re.IGNORECASE)

# News whose lines are praise of a thing done: a job, a pass, a race, a book, a recovery.
ACHIEVED_KINDS = frozenset(("study", "job", "race", "made", "health"))


def _line_news(line: str) -> str:
    """The kind of news a #congrats line speaks of (`NEWS_OF`, the first it names), or "";
    Socrates' oath "By the dog" names no pet."""
    line = BY_THE_DOG.sub(" ", line)
    return next((kind for kind, said in NEWS_LINE.items() if said.search(line)), "")


BY_THE_DOG = folded(r"\bby the dog\b", re.I)


def _of_news(line: str) -> bool:
    """Whether a #congrats line speaks of one kind of news (a job, a wedding, a race)."""
    return any(pattern.search(line) for pattern in NEWS_LINE.values())


# Losses that have words of their own, and the #condolence lines that speak of each: a break-up
# (a parting), a job lost (work), a pet's death (an animal friend). A line on one of them is
# said only for that loss; a death in the family gets the others.
LOSS_OF = {
    "pet": (
        r"dog|cat|puppy|kitten|pet|rabbit|hamster|horse|pony|budgie|parrot|guinea pig|" + PUT_DOWN,
        r"dogs?|cats?|animal|companion",
    ),
    "breakup": (
        r"broke up|breaking up|break-?up|split(ting)? up|divorc\w*|dumped|separat\w+|"
        r"left me|cheated on me|moved out|(marriage|relationship|engagement) (is |was |has )?"
        r"(ending|ended|over|falling apart|finished|done)|calling it quits",
        r"parting|parted|heartbreak",
    ),
    "job": (
        r"laid off|let go|lost (my|his|her|our|their) jobs?|fired|sacked|redundan\w+|"
        r"(closing|shutting) down|out of work",
        r"work|job|post|employ\w*",
    ),
}
LOSS_TOLD = {kind: folded(rf"\b({said})\b", re.I) for kind, (said, _) in LOSS_OF.items()}
LOSS_LINE = {kind: folded(rf"\b({line})\b", re.I) for kind, (_, line) in LOSS_OF.items()}


def loss_of(text: str) -> str:
    """Which loss grave news tells, when it has words of its own ("pet", "breakup", "job"); ""
    for a death in the family or a friend's."""
    if death_told(text):
        # "my cat died", "we had to put our dog down": a pet only if one is named (or put down).
        pet = LOSS_TOLD["pet"].search(text)
        return "pet" if pet else ""
    return next((kind for kind, told in LOSS_TOLD.items() if told.search(text)), "")


def _condolence_lines(index: Index, text: str) -> tuple[str, ...] | None:
    """The #condolence lines for grave news: those on its loss (a break-up, a job, a pet) when
    the persona has one; else those on none of them. None when that leaves none."""
    lines = index.tagged.get("condolence", ())
    kind = loss_of(text)
    fits = tuple(line for line in lines if kind and LOSS_LINE[kind].search(line))
    general = tuple(line for line in lines if not any(p.search(line) for p in LOSS_LINE.values()))
    return fits or general or None


def _glad_lines(index: Index, text: str) -> tuple[str, ...] | None:
    """For good news that is joy shared, the #glad lines that fit it: an old friend's company for
    a visit, the persona's own children for a child's first steps, and for a small joy of the
    day the lines that speak of neither; None when good news is congratulated."""
    if good_kind(text) != "glad":
        return None
    lines = index.tagged.get("glad", ())
    about = glad_for(text)
    # A baby born to someone dear, or someone dear well again: the lines that say so.
    born = tuple(line for line in lines if NEW_BABY_LINE.search(line))
    mended = tuple(line for line in lines if WELL_AGAIN_LINE.search(line))
    lines = tuple(line for line in lines if line not in born and line not in mended)
    if BIRTH.search(text) and born:
        return born
    if news_of(text) == "health" and mended:
        return mended
    visit = tuple(line for line in lines if VISIT_LINE.search(line))
    child = tuple(line for line in lines if CHILD_LINE.search(line) and line not in visit)
    day = tuple(line for line in lines if line not in visit and line not in child)
    if about == "visit":
        return visit or None
    if about == "child":
        return child or day or None
    return day or None


def _remark_and_invite(index: Index, opener) -> str:
    """A reaction and a question of what is on their mind: never a bare "I see, Maya." A
    persona made in the admin with a remark of its own and no question keeps to its own words."""
    if "remark" in index.tagged and "invite" not in index.tagged:
        return opener("remark")
    return f"{opener('remark')} {opener('invite')}"


TIMES_OF_DAY = {
    "morning": folded(r"\b(morning|mornin|morrow|gm)\b", re.I),
    "evening": folded(
        r"\b(evening|night|tonight|still (up|awake)|(can't|cannot|cant) sleep|insomnia|gn)\b", re.I
    ),
}


def _timely(lines: Sequence[str], text: str) -> tuple[str, ...] | None:
    """Of a persona's greetings, those that name no other time of day than the message does
    ("evening all" is not met with "Good morrow"); None when that leaves none or all."""
    said = [t for t, pattern in TIMES_OF_DAY.items() if pattern.search(text)]
    if not said:
        return None
    others = [p for t, p in TIMES_OF_DAY.items() if t not in said]
    if "evening" in said:
        others.append(DAYTIME)  # "good evening all" is not met with "Guten Tag"
    fits = tuple(line for line in lines if not any(p.search(line) for p in others))
    return fits if fits and len(fits) < len(lines) else None


NIGHT_BYE = folded(r"\b(night|nite|evening|tonight|bed|sleep|dreams|gn)\b", re.I)
DAYTIME = folded(r"\b(good day|guten tag|bonjour|good afternoon)\b", re.I)
LATE = folded(r"\b(still (up|awake|around|about|there|going)|awake|up late)\b", re.I)
EVENING = folded(r"\b(tonight|this evening|evening|night)\b", re.I)


# The time a `#day` line is about, when it opens with one ("This weekend I ...", "Tomorrow?
# ...", "A quiet weekend, thank you"), and the time a message asks about.
WEEKEND = folded(r"\b(weekends?|saturday|sunday)\b", re.I)
TOMORROW = folded(r"\btomorrow\b", re.I)
LED_BY = folded(r"^\W*(\w+\W+){0,3}?(weekend|saturday|sunday|tomorrow)\b", re.I)
# Asked how a time went rather than what is planned: "how was ur weekend", "what did u do".
ASKED_PAST = folded(
    r"\b(how (was|has)|how's .* (been|going)|what did|had a|did you)\b|"
    r"^\W*(good|nice|lovely|decent) (weekend|day|week)\b",
    re.I,
)
PAST_LINE = folded(r"\b(was|were|spent|went|had)\b", re.I)


def _day(index: Index, text: str, opener) -> str:
    """The persona's `#day` line that fits what was asked: still up at night, its plans for the
    weekend or tomorrow (or how its weekend went), its evening, or its day and how it is."""
    lines = index.tagged.get("day", ())
    late = tuple(line for line in lines if line.lower().startswith("still up"))
    if LATE.search(text) and late:
        return opener("day", among=late)
    timed = {line: LED_BY.match(line) for line in lines}
    weekend = tuple(line for line, led in timed.items() if led and WEEKEND.match(led.group(2)))
    if WEEKEND.search(text) and weekend:
        # "any plans for the weekend?" is told its plans; "how was ur weekend" how it went.
        past = bool(ASKED_PAST.search(text))
        fits = tuple(line for line in weekend if bool(PAST_LINE.search(line)) == past)
        return opener("day", among=fits or weekend)
    ahead = tuple(line for line, led in timed.items() if led and TOMORROW.match(led.group(2)))
    if TOMORROW.search(text) and ahead:
        return opener("day", among=ahead)
    rest = tuple(line for line in lines if line not in late and not timed[line])
    evening = tuple(line for line in rest if EVENING.search(line))
    if EVENING.search(text) and evening:
        return opener("day", among=evening)
    return opener("day", among=rest or None)


def _chat(index: Index, *, situations: set[str], opener) -> str:
    """The persona's small-talk line that best fits the situations the message is in (a wait,
    the weather, a quiet evening); by the seed among equals. With none that fits, a reaction and
    a question: "Then stay a while" answers someone idling, not a cat on the windowsill."""
    if "week" in situations:
        situations = situations | {"time"}  # with no line on the week, one on time
    for situation in CHAT_ORDER:
        if situation not in situations:
            continue
        wanted = set(terms(CHAT_WORDS[situation]))
        fits = [
            line
            for line in index.tagged.get("chat", ())
            if wanted & set(terms(line))
            # "Then sit a while" needs someone waiting or staying before its "then".
            and (situation in ("wait", "company") or not line.startswith("Then"))
        ]
        if fits:
            return opener("chat", among=tuple(fits))
    return _remark_and_invite(index, opener)


# Words that ask for a judgement of conduct or taste, not a matter of fact ("is it weird to ...").
JUDGING = folded(
    r"\b(weird|rude|ok|okay|fine|normal|cruel|bad|good|wrong|right|acceptable|selfish|silly|"
    r"fair|healthy|worth|idea|yay|nay|overrated|underrated|better|worse|best|worst)\b",
    re.IGNORECASE,
)


FACT_ASKED = folded(r"^\W*(does|do|is|are|can|will)\b(?! (you|u)\b)", re.IGNORECASE)


def _opinion(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    reading: Reading,
    query: list[str],
    used: list[str],
    opener,
    text: str,
    name: str = "",
    outside=None,
) -> str:
    """A view asked for, given in character on any subject: a choice when two things were
    offered, a verdict (yes or no) when one was asked, then the persona's reason. The reason is
    its `#take` on the subject when it has one (an everyday matter anyone has a view on: sleep,
    money, cities, cramming), else a line of its material on the subject, else a view of its
    own on how to weigh such things. The verdict is the persona's on that subject, whatever the
    seed: asked twice, it says the same, and it agrees with the take that follows it."""
    if WEATHER_AHEAD.search(text):
        # "do you think it'll rain on the 27th": a forecast, never "I am inclined to think so".
        return opener("foresee")
    if FIGURED_OR.search(text):
        # "a £12 plan with 500 texts and 8p after that or unlimited for £15", "the train for
        # £45 or drive 120 miles at 40 mpg": a sum decides it, never a side cut from the words
        # ("I would say 8p after that worth it") nor a yes to no yes-or-no (review34)
        return outside() if outside else _owned_up(index, rng, name=name, used=used)
    if WHO_WINS.search(text):
        # "who would win in a fight, einstein or darwin": play, not a choice of taste; never a
        # pick by lot ("I would say a fight") with a line met on "fight" (rate41).
        return _contest_played(index, opener, used, name, text)
    subject = [t for t in query if t not in GENERIC_TERMS and t not in STANCE_TERMS]
    options = either_or(text) if reading.stance == "choice" else None
    stance = reading.stance
    if options and all(o.lower() in VERDICT_OPTIONS for o in options):
        options, stance = None, "yes-no"
    judged = None
    if options and all(EVALUATION.fullmatch(o) or _judgement(o) for o in options):
        # "an all-nighter before an exam, smart or stupid": a verdict on it, not a pick of words;
        # given in the asker's own words when one is good and one bad ("cheating or genius?").
        signs = [_sign(o) for o in options]
        judged = options if sorted(signs) == [-1, 1] else None
        options, stance = None, "yes-no"
        subject = [t for t in subject if not any(t in terms(o) for o in judged or ())]
    if options and HARM_ASKED.search(text):
        # "is it safe to give a dog chocolate or dangerous": no pick, which might hurt someone;
        # its line on that thing, else owned up to (and handed over).
        thing = _thing_line(voice, index, text, query, used)
        if thing and SAFETY_LINE.search(thing):
            return f"{opener('answer')} {thing}"
        return (
            outside()
            if outside
            else _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
        )
    if options and TRUTH_ASKED.search(text):
        # "fact or myth: goldfish have a three second memory": whether the claim is true.
        subject = [t for t in subject if not any(t in terms(o) for o in options)]
        options, stance = None, "yes-no"
    if options and any(NOVELTY_ASKED.search(o) for o in options):
        # "air fryers: game changer or just hype?": its view of new things, not a pick of one of
        # the two ("I would say changer").
        subject = [t for t in subject if not any(t in terms(o) for o in options)]
        options, stance = None, "open"
    if options:
        return _pick(
            voice, index, rng, options=options, subject=subject, used=used, opener=opener, text=text
        )
    safety = SAFETY_ASKED.search(text)
    if safety and (thing := _thing_line(voice, index, text, query, used)):
        # Whether a thing of its field is safe or to be done ("my grandad's old watch glows,
        # should i be worried"): its line on that thing answers, before any view or verdict.
        return f"{opener('answer')} {thing}"
    closed = CLOSED_SPACE_ASKED.search(text)
    warned = tip(index, text) if safety or closed else ""
    if warned and WARNING.search(warned) and tip_about(index, text, warned) >= 2:
        # "can i cook on a camping stove in my tent": its warning on that (a #tip naming two of
        # its words), never a verdict by lot ("Yes, Maya, I believe so").
        return f"{opener('answer')} {_filled(warned, {}, name)}"
    if closed:
        # With no warning of its own, no verdict either: it does not know (Einstein said "I
        # would say yes" to the stove in the tent, Darwin to the dog in a hot car).
        return outside() if outside else _owned_up(index, rng, name=name, used=used)
    if fact_yes_no(text) and not (ALL_RIGHT_ASKED.search(text) and SAFETY_AT_STAKE.search(text)):
        # "is it normal for tomato leaves to go yellow at the bottom", "is it ok to microwave
        # plastic containers": a fact, not a taste; a line of its own plainly on it answers,
        # else it owns up, never "There is no measuring taste" after a guessed "yes" (yesno44).
        line = _on_subject(index, subject, used, rng, 1, field=reading.in_field, sense=text)
        if reading.in_field and line and _plainly_on(subject, line[0]):
            return f"{opener('answer')} {line[0]}"
        if reading.in_field or outside is None:
            return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
        return outside()
    if RISKED_ASKED.search(text) and (
        NEVER_FIELDS.search(text) or (HAZARD.search(text) and not reading.in_field)
    ):
        # Nor on whether to do a thing that may hurt, cost a home or break the law ("is it ok
        # to let the kids light the fire pit themselves", "should i stop taking my blood
        # pressure pills", "should i take him to court"): "Yes, Sam" by lot, glued to a line on
        # children or on owning a house, could do harm (review34). In its own field its line on
        # the thing answers ("is it ok to mix bleach with other cleaning stuff", to the chemist).
        return outside() if outside else _owned_up(index, rng, name=name, used=used)
    # A line of its own only when it speaks to the subject: two of its words (one of its field
    # is not enough: "physics" in a question on pressure cookers). In its field ("do animals
    # have feelings?" to Darwin) that line is the answer; elsewhere its take on the matter is.
    # Not on what the thing is said to do ("does money make people happier": a line on
    # happiness is no answer on money), when the subject is named besides.
    compared = compared_terms(text)
    named = [t for t in query if t not in compared and t not in STANCE_TERMS]
    on = [t for t in subject if t not in compared] if named else subject
    # Told something first ("in 2001 the computer HAL decides to kill the crew. do you think a
    # machine could ever think for itself"): the sentence that asks is what the line is on.
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asking = next((s for s in reversed(sentences) if "?" in s), sentences[-1])
    key = set(terms(asking)) & set(on) if len(sentences) > 1 else set()
    line = _on_subject(index, on, used, rng, 1, sense=text, key=key) if on else []
    # "my gf says i never listen. thoughts?": what a person does, asked about; its lines on that
    # deed in another life ("I listened to her play the piano") say nothing of it, and no taste
    # settles it (taste42).
    conduct = bool(subject) and set(subject) <= _deeds_of_someone(text)
    line = [] if conduct else line
    if line and safety and RISK_ASKED.search(text) and (things := field_things(voice, query)):
        # Whether to do a thing to a thing of its field ("found a baby bird on the lawn, should
        # i pick it up"): a line with that thing and a light verb (birds that "found" their way
        # on migration) says nothing of it.
        rest = set(subject) - things - light_verbs(text)
        if not rest & set(terms(line[0])):
            line = []
    take, passing = None, False
    if not (reading.in_field and line):
        # On the subject, not on the words that ask or judge ("too late", "love em or hate em").
        idiom = set(terms(" ".join(IDIOMS.findall(text)))) | {
            t for o in judged or () for t in terms(o)
        }
        take = _best_take(
            index,
            [t for t in query if t not in STANCE_TERMS and t not in idiom],
            used,
            otherwise=other_kinds(text),
            compared=compared,
            text=text,
        )
        if take and off_focus(text, take.text, take.about, frozenset(take.on(set(query)))):
            # "should i text my ex happy birthday": a take on happiness, met by "happy" alone,
            # says nothing of the birthday text asked of.
            take = None
        if take and index.tagged.get("examine") and _met_in_passing(take, query, text):
            # "is it wrong to give someone extra when you know theyve got 4 kids": its take on
            # children, met by a word said in passing, is no answer on giving extra; the
            # philosopher examines what was asked instead, whatever it is.
            fresh, general = _examinations(index.tagged["examine"], used, text)
            return _tagged(
                index, "examine", rng, name=name, used=used, among=general or fresh or None
            )
        if take and not judged and _take_off_its_field(voice, text, take, query, reading.in_field):
            # "do u think office workers are evolving into couch creatures": Darwin's take on
            # careers, met by "office", says nothing of the evolving asked, which is his own.
            take, passing = None, True
        if take and _deed_of_someone(take, query, text):
            # "my gf says i never listen. thoughts?": a take on podcasts, met by "listen", says
            # nothing of the listening asked of, a person's own (taste42).
            take = None
        if take and _on_a_word_aside(take, subject, query, text):
            # "my girlfriend forgot my birthday, should I be upset": a take on growing old, met
            # by "birthday" alone, says nothing of the girlfriend or the upset asked of; "who
            # wins the champions league": competition, met by "win" (review39).
            take = None
        if take and not answers_ask(text, take.text):
            # "what's good for a headache after staring at a screen": a view of screens names
            # no cure.
            take = None
        if take and one_of_several(text, take.text, frozenset(set(terms(text)) - set(query))):
            # "does putting a laptop in rice actually work", "are coffee grounds good for
            # compost": a view of laptops, of coffee to drink, says nothing of the rice or the
            # compost, and its yes would be a guess (hijack43).
            take = None
        line = [] if take else line
    if (
        stance == "open"
        # "whats the best thing you ate this week, go" asks which, never yes or no.
        and not WHICH_ASKED.match(MENTION.sub(" ", text))
        and (
            VERDICT_ASKED.search(text)
            or (HOT_TAKE.search(text) and (LEANS_AGAINST.search(text) or LEANS_FOR.search(text)))
        )
    ):
        # "whats your take on cramming. works or no", "sushi overrated?", "hot take: breakfast
        # is overrated": a verdict asked, then the reason.
        stance = "yes-no"
    compared = COMPARED.search(text)
    if compared:
        # "Are cats better than dogs?": its verdict is its pick of the two, and its take the reason.
        pair = ((compared.group("a") or compared.group("one")).strip(), compared.group("b").strip())
        taken = _taken_option(index, pair)
        if taken:
            better = (taken[0] == pair[0]) == (compared.group("how").lower() != "worse")
            return _fitted(
                voice, index, opener, "yes" if better else "no", taken[1].text, used=used
            )
    if (
        reading.in_field
        and FACT_ASKED.match(text)
        and not (take or line or judged or JUDGING.search(text) or OPINION.search(text))
        and not NORMATIVE.search(text)
    ):
        # A matter of fact in its own field asked as a view ("does chemo work the same way as
        # radiotherapy?") is answered from the field, on a word of it, not from its taste.
        line = _on_subject(index, subject, used, rng, 1, field=True, sense=text)
        if line and field_terms(voice) & set(subject) & set(terms(line[0])):
            return f"{opener('answer')} {line[0]}"
        line = []
    if take and HARM_ASKED.search(text) and not (set(subject) & take.about) - RISK_TERMS:
        # "is the lake ice safe to walk on": its view of taking risks in life is no answer.
        take = None
    if (
        stance == "yes-no"
        and not judged
        and len(DIGIT_RUN.findall(text)) >= 2
        and (MONEY_SIGN.search(text) or MONEY_WORD.search(text))
    ):
        # "the pass is £400 and 9 trains at £50 each, is that better": figures weighed, a sum,
        # never a matter of taste or a take on a word of it ("Yes. Taste is one variable ...",
        # "Yes. Take the work you can love ...", glued after a verdict no figure bears out).
        if reading.in_field or outside is None:
            return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
        return outside()
    if not (
        take or line or (reading.in_field and _on_subject(index, subject, used, rng, 1, sense=text))
    ):
        # Nothing of its own on the subject: its view of such matters in general (each to his
        # own taste), never a take on another subject or a verdict with no reason.
        if outside and HARM_ASKED.search(text):
            # Whether something is safe ("is it ok to stand under a tree in a storm") is no
            # matter of taste, and a "yes" may hurt someone: owned up to.
            return outside()
        if passing:
            # Its only take was on a word beside the point of its own field: owned up to.
            return _owned_up(index, rng, name=name, used=used, in_field=True)
        if TRUTH_ASKED.search(text) and not judged:
            # "is it true lycra makes you faster": a claim it cannot check is owned up to,
            # never "There is no measuring taste" after a guessed "yes".
            if reading.in_field or outside is None:
                return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
            return outside()
        if FORESEEN.search(text) and not judged:
            # "do you think cyclists and drivers will ever get along": what will be is no
            # matter of taste; it says it cannot tell, in its voice.
            return opener("foresee")
        if not judged and (
            MEASURE_ASKED.search(text)
            # "why do babies cry so much, surely it's bad for survival": a fact asked; a sum
            # ("a return is 28000 yen and the pass 50000, is the pass worth it"); a view asked in
            # its own field ("what do you think of string theory"), which its field settles, if
            # anything does: never "a matter of taste" (taste42)
            or fact_asked(text)
            or conduct
            or HARM_TOLD.search(text)
            or len(DIGIT_RUN.findall(text)) >= 2
            or (
                set(subject) & SCIENCES_NAMED & field_terms(voice) and not LIKING_ASKED.search(text)
            )
            # "is it worth anything", "whats good for a stiff neck": a price or a cure, no
            # matter of taste
            or WORTH_ASKED.search(text)
            # "are coffee grounds good for compost", "does rice dry a wet phone": whether a
            # thing works, no matter of taste (hijack43)
            or (THING_WORKS.search(text) and not NOVELTY_ASKED.search(text))
            or (REMEDY_ASKED.search(text) and not re.search(r"\bor\b", text, re.I))
            or not (TASTE_WORD.search(text) or VIEW_ON.search(text) or NOVELTY_ASKED.search(text))
        ):
            # "do you think humans have been making pots for a long time? like how far back",
            # "do you think aliens exist": a matter of fact, with no word of taste or judgement
            # in it, owned up to, never "Tastes vary as much as finches' beaks".
            if reading.in_field or outside is None:
                return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
            return outside()
        take = _general_take(index, text)
    if (
        safety
        and RISK_ASKED.search(text)
        and not line
        and (take is None or take.head in GENERAL_HEADS)
        and field_things(voice, query)
    ):
        # A thing of its field it has nothing on ("is it ok to feed bread to ducks"): owned up
        # to plainly, not settled by its taste or a bare "yes".
        return _owned_up(index, rng, name=name, used=used, in_field=True)
    if judged and take and take.side:
        # Its take's side picks the good word or the bad: for e-bikes "genius", against "cheating".
        good = _side_on(take, text) == "for"
        if FORSAKING.search(text):
            good = not good  # against big parties, leaving one early is "sensible", not "rude"
        pick = judged[[_sign(o) for o in judged].index(1 if good else -1)]
        return _fitted(
            voice, index, opener, "opinion", f"I would say {pick}.", take.text, used=used
        )
    if judged and take is None and all(_judgement(o) for o in judged):
        # "is a three strikes rule fair or too harsh", and no side of its own on it: one of the
        # asker's two words, never a bare "yes" to two.
        pick = judged[zlib.crc32(f"{voice.slug}:{judged}".encode()) % 2]
        reason = [opener("reason")] if "reason" in index.tagged else []
        return _fitted(voice, index, opener, "opinion", f"I would say {pick}.", *reason, used=used)
    if (
        stance == "yes-no"
        and (TRUTH_ASKED.search(text) or ("?" not in text and general_claim(text)))
        and not judged
        # A claim of some science ("microwaves make food radioactive", "lightning never strikes
        # twice"), not a saying ("is it true that money can't buy happiness?"), which is a view.
        and set(subject) & _sciences()
    ):
        # "is it true we only use 10% of our brains": a claim to check, not a taste. Its line
        # on the claim answers it, said to be only the nearest when it shares little of it; with
        # none it owns up. Never a view of taste, nor a verdict no line of its own bears out.
        found = _on_subject(index, subject, used, rng, 1, sense=text)
        if found:
            # "less" and "more" say how much, of whatever: "ill less often" and "give off less".
            shared = set(subject) & set(terms(found[0])) - HOW_MUCH_TERMS
            plainly = len(shared) >= 2 and len(shared) >= 0.6 * len(set(subject) - HOW_MUCH_TERMS)
            if plainly or not (_off_its_subject(text, found[0]) or _phrase_apart(text, found[0])):
                return f"{opener('answer' if plainly else 'inexact')} {found[0]}"
            # "is it true cold water swimming boosts your immune system": iron rusting with
            # "a trace of water" on "cold nights" is nothing near it, even as the nearest.
            found = []
        if reading.in_field or outside is None:
            return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
        return outside()
    if stance == "yes-no":
        if ALL_RIGHT_ASKED.search(text) and SAFETY_AT_STAKE.search(text):
            # "is it ok to let the baby sleep on her front": never a yes or no, nor a view of
            # taste, on a hunch where health or safety is at stake
            return risk_reply("claim", name)
        if withheld := _moral_withheld(voice, index, rng, text, subject, take, line, used, name):
            # "is it wrong to tell a white lie about a surprise party": a judgement of a deed
            # it has no word on, withheld, never a verdict by lot nor by a take or a line on a
            # word of it ("A lie is bad data").
            return withheld
        if take and take.side:
            agrees = (_side_on(take, text) == "for") == (_lean(text) == "for")
            verdict = "yes" if agrees else "no"
            if ASKED_BOTH_WAYS.search(text):
                verdict = "opinion"  # "is ambition bad or is it healthy": a bare "yes" says which?
            return _fitted(voice, index, opener, verdict, take.text, used=used)
        key = f"{voice.slug}:{' '.join(sorted(set(subject)))}"
        verdict = "no" if zlib.crc32(key.encode()) % 3 == 0 else "yes"
        if take:
            return _fitted(voice, index, opener, "opinion", take.text, used=used)
        if (
            line
            and (TRUTH_ASKED.search(text) or HARM_ASKED.search(text))
            and not judged
            and not _plainly_on(subject, line[0])
            # A word of its own field shared is what it is about ("happiness", to Socrates, in
            # "is it true that money can't buy happiness").
            and not field_terms(voice) & set(subject) & set(terms(line[0]))
        ):
            # Whether a claim is true ("is it true cutting hair makes it grow back thicker") or
            # a thing is safe, and a line on one word of it ("grows a hair wider"): no verdict
            # can rest on that; it owns up, never a guessed "I am inclined to think so".
            if reading.in_field or outside is None or _deed_judged(text):
                # (a deed judged, "is it irresponsible to let kids launch rockets", examined by
                # the philosopher: `_owned_up`)
                return _owned_up(
                    index, rng, name=name, used=used, in_field=reading.in_field, asked=text
                )
            return outside()
        if (
            line
            and index.tagged.get("examine")
            and _deed_judged(text)
            and not _plainly_on(subject, line[0])
        ):
            # Whether a deed is right ("is it bad if i ask someone to prom just so i don't go
            # alone"), met by a line on a word of it: examined, never a bare "Yes".
            return _owned_up(index, rng, name=name, used=used, asked=text)
        if line:
            # A line that says what was asked decides the verdict, so the two agree; one that
            # does not say it plainly follows a view on no side, never a "yes" it may deny.
            shared = set(subject) & set(terms(line[0]))
            # "is it selfish to say no to a friend" asks of a refusal; it denies nothing.
            asked = SAID_NO.sub(" ", text)
            if len(shared) >= 2 and len(shared) >= 0.6 * len(set(subject)):
                denies = bool(NEGATION.search(line[0])) and not NEGATION.search(asked)
                verdict = "no" if denies else "yes"
            else:
                # On one word of it: the verdict it bears, yes when it says it as the question
                # does ("can't buy happiness": "Happiness is not in having"), no when it says
                # the other way.
                same = bool(NEGATION.search(line[0])) == bool(NEGATION.search(asked))
                verdict = "yes" if same else "no"
        # A bare verdict on what one ought to do reads as no answer: with no line of its own on
        # it, a view of how to weigh such things is the reason. Asked whether something is so
        # ("cats are better than dogs?"), that advice would be a non sequitur.
        weigh = [] if line or not NORMATIVE.search(text) else [opener("view")]
        return " ".join([opener(verdict), *line, *weigh])
    if take:
        return _fitted(voice, index, opener, "opinion", take.text, used=used)
    if line and not answers_ask(text, line[0]):
        # ("what's good for a cold": no hemlock's cold climbing; a cure asked, owned up to.)
        return _owned_up(index, rng, name=name, used=used, in_field=reading.in_field)
    return f"{opener('opinion')} {line[0] if line else opener('view')}"


# Work sought, had or lost, which is a job: "struggle to find work", "get fired", "out of work".
JOB_SOUGHT = folded(
    r"\b(?:find|found|finding|get|got|getting|look(?:ing)? for|out of|lost|lose|losing|need|"
    r"needed|between) (?:a |any |some |paid |proper )?(?:work|job|jobs)\b|"
    r"\b(?:fired|sacked|laid off|unemployed|jobless)\b",
    re.IGNORECASE,
)


# What one bids a persona do, its name first: "shakespeare write me ...", "einstein tell sara a
# joke", "curie explain ...".
BIDS = (
    r"write|tell|give|make|sing|recite|compose|draw|explain|describe|teach|pick|choose|rate|"
    r"roast|insult|translate|summari[sz]e"
)


def _bidden_by_name(message: str, names: set[str]) -> bool:
    """Whether `message` opens with one of `names` and then bids it do a thing (`BIDS`), or
    tells it of the asker's own ("lovelace my laptop fell in water", "einstein i have a
    question": mine43, an empty reply had been read as a remark of it in passing), or of a
    thing there ("darwin there are like 50 snails on my porch": told44)."""
    called = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return bool(
        re.match(
            rf"\W*(?:hey |ok |oi |so )?(?:{called})\W+(?:(?:please |pls |can you |could you )?"
            rf"(?:{BIDS})\b|(?:my|i|i'm|im|i've|ive|i'd|we|we're|our)\b(?! (?:reckon|bet|think|"
            rf"guess|swear) (?:he|she)\b)|(?:there's|theres|there are|there is|there were|"
            rf"guess what|so many)\b)",
            message,
            re.IGNORECASE,
        )
    )


def _as_a_job(found: re.Match) -> str:
    """Work sought (`JOB_SOUGHT`) said as a job: "find work" is "find a job"."""
    return re.sub(r"\bwork\b", "a job", found.group(0), flags=re.IGNORECASE)


def _on_a_word_aside(take: Take, subject: Sequence[str], query: Sequence[str], text: str) -> bool:
    """Whether `take` is found only on words of what is told before the question, none of the
    clause that asks, which names a thing of its own: "my girlfriend forgot my birthday, should
    i be upset" and a take on ageing keyed by "birthday" (not "is it ok to recline ur seat on a
    long train ride", whose asking clause says what the take is on)."""
    clauses = [c for c in re.split(r"[,;.!?]+|\s[-–]\s", text) if c.strip()]
    if len(clauses) < 2:
        return False
    asking = next((c for c in reversed(clauses) if ASKING_CLAUSE.match(c)), "")
    if not asking or asking == clauses[0]:
        return False
    met = take.on(set(query))
    asked = set(terms(asking))
    return bool(met) and not met & asked and bool(asked & set(subject) - met)


# A person said to do a deed ("i never listen", "he doesn't listen to me", "she always cries").
_DOER_PERSON = r"(?:i|you|u|he|she|we|they|my \w+|his \w+|her \w+)"
_DOER_BETWEEN = r"(?:\s+(?:never|always|just|really|still|often|sometimes|not|don't|doesn't|dont|"
_DOER_BETWEEN += r"doesnt|didn't|didnt|won't|can't|cant|do|does|did|will|would|ever))*"
DONE_BY_SOMEONE = folded(rf"\b{_DOER_PERSON}{_DOER_BETWEEN}\s+(?P<deed>[a-z']+)", re.IGNORECASE)


def _deeds_of_someone(text: str) -> set[str]:
    """The stems of the deeds `text` says a person does (`DONE_BY_SOMEONE`)."""
    return {t for m in DONE_BY_SOMEONE.finditer(text) for t in terms(m.group("deed"))}


def _deed_of_someone(take: Take, query: Sequence[str], text: str) -> bool:
    """Whether `take`, on a thing (its headword: podcasts), is met only by a deed `text` says a
    person does ("my gf says i never listen": listening), not by the thing (taste42)."""
    met = take.on(set(query))
    return bool(met) and take.head not in met and met <= _deeds_of_someone(text)


# The clause that asks, after what is told: "should i be upset", "is that normal", "what now".
ASKING_CLAUSE = folded(
    r"^\W*(?:(?:so|and|but|ok|okay|like|honestly)\W+)?(?:should|shall|would|could|can|is|are|am|"
    r"do|does|did|was|what|how|why|who|which|any)\b",
    re.IGNORECASE,
)


# A line that opens on the question it answers: "Was it hard being a woman in science? Yes: ..."
OWN_QUESTION = re.compile(r"^[^.!?]{5,90}\?")


def _plainly_on(subject: Sequence[str], line: str) -> bool:
    """Whether `line` says what a yes-or-no question on `subject` asks: two of its words, and
    most of them."""
    shared = set(subject) & set(terms(line))
    return len(shared) >= 2 and len(shared) >= 0.6 * len(set(subject))


HOW_MUCH_TERMS = frozenset(terms("less more fewer least"))
RISK_TERMS = frozenset(terms("risk risks risky safe safety danger dangerous gamble chance chances"))


def _take_off_its_field(
    voice: Voice, text: str, take: Take, query: Sequence[str], in_field: bool
) -> bool:
    """Whether a take found for a view asked in the persona's own field ("do u think office
    workers are evolving into couch creatures", to Darwin) names nothing of that field the
    question says, nor what it was met on: a take on another word of it ("office": a career's
    strange path) in passing."""
    if not in_field:
        return False
    # Words of its field that are its own, not every persona's ("evolve", not "winter").
    spread = _spread()
    fielded = {t for t in field_terms(voice) & set(query) if spread.get(t, 0) <= OWN_AMONG}
    said = set(terms(take.text))
    # A word of its field that is the subject itself ("dating apps", "halloween costumes") is
    # the take's to speak to; only one beside it ("evolving") is judged.
    if fielded & sense_subjects(text):
        return False
    met = take.on(set(query))
    raw = [set(terms(w)) for w in re.findall(r"[\w'-]+", text.lower())]
    if any(
        (one & met and two & fielded) or (one & fielded and two & met)
        for one, two in zip(raw, raw[1:], strict=False)
    ):
        return False  # said together with what the take was met on: "dating apps"
    if not fielded or fielded & take.about or (met | fielded) & said:
        return False
    return not set(related(sorted(fielded))) & said


# What will be: "will cyclists and drivers ever get along", "do you think it'll catch on", "is
# the high street going to survive"; not "will you come" (a bidding) nor "what will you do".
FORESEEN = folded(
    # Of the world, not of "you" ("will you ever forgive me") nor a day's plans ("do you reckon
    # i will need a coat tomorrow", "how long will this cake last"): whether a thing will ever
    # be, or survive, catch on, die out, take over, in years to come.
    r"\b(?:will|won'?t|gonna|going to)\s+(?!(?:you|u|i|we)\b)(?:[\w'-]+\s+){0,5}?"
    r"(?:ever|one day|some ?day|in (?:the )?future|in \d+ years|by \d{4}|survive|catch on|"
    r"come back|die out|take over|replace (?:us|humans|people|teachers|doctors|jobs))\b",
    re.IGNORECASE,
)
# Whether a claim is true: "is it true that lightning never strikes twice", "fact or myth".
# The weather of a day to come asked ("do you think it'll rain on the 27th", "is it going to
# snow this weekend", "will the weather hold for the bbq"): a forecast, which nobody in the room
# can give; no matter of taste, nor a "yes" by lot.
WEATHER_AHEAD = folded(
    r"\b(?:will it|it'?ll|it will|is it (?:going to|gonna)|it'?s (?:going to|gonna)|weather "
    r"(?:will|'?ll|is (?:going to|gonna))|will the weather)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:rain|snow|hail|pour|storm|thunder|freeze|sunny|stormy|rainy|snowy|windy|dry|wet|nice|"
    r"hold|stay (?:dry|nice|sunny)|clear up|brighten)\w*\b",
    re.IGNORECASE,
)
TRUTH_ASKED = folded(
    r"\b(?:is (?:it|that|this) (?:actually |really )?true|true or (?:false|not|(?:a |just a )?"
    r"myth|fiction|fake)|(?:fact|truth|real) or (?:myth|fiction|fake)|"
    r"is (?:it|that|this) (?:a |just a )?myth|myth or)\b",
    re.IGNORECASE,
)
# A claim put to be checked: "is that nonsense", "is that a myth", "does that actually work".
CLAIM_CHECKED = folded(
    rf"{TRUTH_ASKED.pattern}|\bis (?:it|that|this) (?:all |just )?(?:nonsense|rubbish|a thing|"
    r"real|bollocks|an old wives'? tale)\b|\bdoes (?:it|that|this) (?:actually |really |even )?"
    r"work\b|\bany truth (?:in|to) (?:it|that|this)\b",
    re.IGNORECASE,
)
WHICH_ASKED = folded(
    # "whats the best thing you ate", "best film ever, go", "fave album?": which, not whether
    r"^\W*(?:what|whats|what's|what is|what was|which|who|whos|who's|where|when|"
    r"(?:the |ur |your )?(?:best|worst|favourite|favorite|fave|fav|greatest|top \d+))\b",
    re.I,
)
# Ways of asking that name no subject: "is it too late to learn piano" is not about nights, nor
# "spend too much time on their phones" about money.
IDIOMS = folded(
    r"\btoo (?:late|early|old|young)\b|\b(?:love|hate) (?:it|em|'em|them)\b|\bguilty pleasure\b|"
    r"\b(?:hot take|unpopular opinion|controversial opinion)\b|\bjust hype\b|\bgame ?changers?\b|"
    r"\bspend(?:s|ing)? (?:(?:too|so|way|a lot of|much|more|less|all their|all our) )*time\b",
    re.I,
)
# Words that judge a thing well or ill where the sentiment lexicon is silent.
GOOD_WORDS = folded(
    r"\b(genius|dream|harmless|fine|cute|cool|love|yay|essential|a must|pleasure)\b", re.I
)
BAD_WORDS = folded(
    r"\b(nightmare|rot|cringe|cheat\w*|hate|nay|overrated|hype|scam|nonsense|vain|waste)\b", re.I
)


def _polarity(option: str) -> int:
    """Whether a word of judgement is good (1), bad (-1) or neither (0): "genius", "cheating"."""
    if BAD_WORDS.search(option):
        return -1
    if GOOD_WORDS.search(option):
        return 1
    score = valence(option)
    return 1 if score > 0.05 else -1 if score < -0.05 else 0


# The headword of a persona's take on matters of taste in general: its view when it has none
# on the subject asked ("tattoos. thoughts?", "pineapple on pizza yay or nay").
GENERAL_TAKE = "taste"
# And of its take on new things, for "a fad?", "just hype?", "a gimmick", "worth the money"
# (not "worth it" alone, asked of a degree or a move abroad as much as of a gadget).
NOVELTY_TAKE = "novelty"
NOVELTY_ASKED = folded(
    r"\bworth the (?:money|hype|price)\b|\b(?:fads?|gimmicks?|gimmicky|"
    r"hype|hyped|overhyped|trend|trends|trendy|novelty|passing phase)\b",
    re.I,
)
OUGHT = folded(
    r"\b(should|shouldn't|ought|rude|acceptable|selfish|fair|allowed|"
    r"(right|wrong|cruel|mean) to)\b",
    re.I,
)


GENERAL_HEADS = frozenset(terms(f"{GENERAL_TAKE} {NOVELTY_TAKE}"))


# Words that make a question one of taste or judgement ("is it weird to ...", "are crocs
# acceptable", "do you like ..."), or ask a view outright ("what do you think of tattoos").
TASTE_WORD = folded(
    r"\b(?:ok|okay|fine|acceptable|alright|all right|weird|odd|strange|normal|tacky|cringe\w*|"
    r"gross|good|bad|better|worse|best|worst|overrated|underrated|worth|cool|fun|boring|nice|"
    r"pointless|silly|stupid|dumb|lame|wrong|right|rude|fair|unfair|healthy|like|love|hate|"
    r"enjoy|prefer|rather|fan|into|mind|annoying|classy|ugly|pretty|beautiful|tasty|delicious|"
    r"disgusting|genius|smart|waste|hype|fad|trend\w*|posh|basic|allowed|cheating|lazy|"
    r"sad|mean|polite|crazy|mad|sane|legit|valid|necessary|essential|useful|useless|point|happ\w*|"
    r"deserve\w*|should|ought|must|need)\b",
    re.IGNORECASE,
)
VIEW_ON = folded(
    r"\b(?:think|reckon|feel|say) (?:of|about|on)\b|\bthoughts\b|\b(?:your|ur) "
    r"(?:take|view|opinion|verdict|thoughts)\b|\bopinion\b|\bhot take\b|\bvs\b|\bversus\b",
    re.IGNORECASE,
)
# A fact asked in numbers or time, however it is put ("do you think ... for a long time? like
# how far back"): no taste settles it.
# What a thing would fetch ("is it worth anything", "worth much?", "how much is it worth").
WORTH_ASKED = folded(
    r"\bworth (?:anything|something|much|owt|a lot|any money|a fortune|selling)\b|"
    r"\bhow much (?:is|are|would|could|might) [\w' ]{1,30}\bworth\b",
    re.IGNORECASE,
)
MEASURE_ASKED = folded(
    r"\bhow (?:far|long|old|many|big|deep|high|fast|heavy|tall)\b|\bwhen did\b|\bwhat year\b|"
    r"\bfor (?:a long|how long)\b|\bsince when\b",
    re.IGNORECASE,
)


# Its own science, named ("what do you think of modern physics, string theory etc").
SCIENCES_NAMED = frozenset(terms("physics chemistry biology mathematics maths math"))
# A liking asked ("do you like physics", "is chemistry fun"): a matter of taste in its field too.
LIKING_ASKED = folded(
    r"\b(?:like|love|enjoy|prefer|favou?rite|fun|boring|beautiful|elegant|ugly|dull)\b", re.I
)
# Harm told ("was it worth it, given what radiation did to your health"): taste ("so long as it
# harms no one") never settles what hurt someone.
HARM_TOLD = folded(
    r"\b(?:health|harm\w*|hurt\w*|died|dies|death|kill\w*|sick\w*|illness|cancer|injur\w*|"
    r"poison\w*|radiation)\b",
    re.I,
)
# Money named in words ("28000 yen", "50 quid"): figures weighed are a sum, no matter of taste.
MONEY_WORD = folded(
    r"\d\s?(?:k\b|yen|dollars?|bucks|quid|pounds?|euros?|pence|cents?|rupees?|grand)", re.I
)


def _contest_played(index: Index, opener, used: Sequence[str], name: str, text: str) -> str:
    """Who would win a contest (`WHO_WINS`) between two named ("einstein or darwin", "you vs
    socrates"), answered in play: its take on competition, laughed into ("Ha, Maya! Competition
    is a poor teacher; ..."); who will win a match to come, or with no take, that it will not
    guess (`#foresee`)."""
    take = _best_take(index, terms("competition rivalry winning"), used, minimum=1.0)
    paired = re.search(r"\b(?:or|vs\.?|versus|between)\b", text, re.IGNORECASE)
    if paired and take and not any(take.text in u for u in used):
        return f"Ha, {name}! {take.text}" if name else f"Ha! {take.text}"
    return opener("foresee")


def _general_take(index: Index, text: str) -> Take | None:
    """The persona's take on matters of taste, for a view asked on a subject it has no take on;
    on new things, when asked whether one is a fad ("air fryers: game changer or just hype?");
    None when it has none, or when the question asks what one ought to do ("is it rude
    to ...", "should kids ..."), which taste does not settle."""
    if OUGHT.search(text):
        return None
    head = terms(NOVELTY_TAKE if NOVELTY_ASKED.search(text) else GENERAL_TAKE)[0]
    return next((t for t in _takes(index.tagged.get("take", ())) if t.head == head), None)


@dataclass(frozen=True)
class Take:
    """A persona's view on an everyday subject (a `#take` line): the stems of what it is about
    (the first of them its headword), its side on that ("for", "against" or ""), and the
    sentence that says it."""

    about: frozenset[str]
    side: str
    text: str
    said: tuple[str, ...]
    head: str = ""
    # What of `about` a message must say for the take to be on its subject: a word listed
    # alone, or every word of a phrase ("living alone" is not met by "the cinema alone", nor
    # "by hand" by "washing up by hand").
    single: frozenset[str] = frozenset()
    phrases: tuple[frozenset[str], ...] = ()

    def on(self, wanted: set[str]) -> set[str]:
        """The words of `wanted` that make this take one on its subject."""
        found = wanted & self.single
        for phrase in self.phrases:
            if phrase <= wanted:
                found |= phrase
        return found


# Words that judge a thing rather than name it ("is ambition healthy", "is it cruel").
JUDGING_TERMS = frozenset(
    terms("healthy unhealthy good bad fine okay wrong right cruel worth normal weird harmful")
)
# "agree or disagree?", "right or wrong?": a verdict asked for, not two things to choose from.
VERDICT_OPTIONS = {"agree", "disagree", "yes", "no", "right", "wrong", "true", "false", "not"}


@lru_cache(maxsize=64)
def _takes(lines: tuple[str, ...]) -> tuple[Take, ...]:
    found = []
    for line in lines:
        match = TAKE.match(line)
        if match:
            named = [terms(n) for n in match.group("about").split(",")]
            found.append(
                Take(
                    about=frozenset(terms(match.group("about").replace(",", " "))),
                    side=match.group("side") or "",
                    text=match.group("text").strip(),
                    said=tuple(terms(match.group("text"))),
                    head=next(iter(terms(match.group("about"))), ""),
                    single=frozenset(
                        n[0]
                        for n, raw in zip(named, match.group("about").split(","), strict=True)
                        if len(n) == 1 and len(raw.split()) == 1
                    ),
                    phrases=tuple(frozenset(n) for n in named if len(n) > 1),
                )
            )
    return tuple(found)


def _best_take(
    index: Index,
    wanted: Sequence[str],
    used: Sequence[str],
    *,
    minimum: float = 0.5,
    otherwise: frozenset[str] = frozenset(),
    compared: frozenset[str] = frozenset(),
    text: str = "",
) -> Take | None:
    """The persona's take on what `wanted` (stems) is about: the one whose subject words it
    has most of (an everyday word such as "home" or "night" counts half, its headword half as
    much again), its sentence's words breaking ties; one said in `used` only when no other is
    about it. None when no take has `minimum` of its subject words. Between takes on different
    words of it, the one on the word said first: "nose piercings on teachers" is about piercings.
    A word said compared (`compared`: "does money make people happier") judges the subject,
    as "healthy" does: the take on money, not on happiness."""
    order = {t: i for i, t in reversed(list(enumerate(wanted)))}
    wanted = set(wanted)
    best, top = None, 0.0
    takes = _takes(index.tagged.get("take", ()))
    # Words said as one of a phrase some take names ("hot dog"): no take on one of them alone
    # ("dog") is on the subject.
    phrased = {t for take in takes for p in take.phrases if p <= wanted for t in p}
    for take in takes:
        about = take.on(wanted)
        if not about or (about <= phrased and not any(p <= wanted for p in take.phrases)):
            continue
        # Only words the message says of another kind (`otherwise`: "the market cry of the
        # veg man", "the council tip", "the new card reader"): no take on crying babies,
        # tipping or card games is on it.
        if about <= otherwise and not any(p <= wanted for p in take.phrases):
            continue
        # Met on one loose word of the message `text` ("pay off my credit card": a take on
        # well-paid work; "a slow wifi connection": patience): not on it (misfire41).
        if (
            text
            and loose_match(text, about, narrow=True)
            and not any(p <= wanted for p in take.phrases)
        ):
            continue
        # "is being ambitious bad or healthy": "healthy" judges ambition, it is not the subject.
        judging = JUDGING_TERMS | compared
        score = sum(0.5 if t in GENERIC_TERMS else 0.25 if t in judging else 1.0 for t in about)
        if score < minimum:
            continue
        score += (0.5 if take.head in about - judging else 0.0) + 0.1 * len(about)
        score += 0.25 * len((wanted - take.about - GENERIC_TERMS) & set(take.said))
        score += 0.3 / (1 + min(order[t] for t in about))
        if any(take.text in u for u in used):
            score -= 2.0
        if best is None or score > top:
            best, top = take, score
    return best


# Whether doing a thing is right ("is it wrong to ...", "is it ok to ...", "is a walk break
# cheating"): what is judged is said after the judging word ("to give someone extra"), or
# before it ("a walk break").
MORAL_JUDGING = (
    r"wrong|ok|okay|fair|unfair|cheating|bad|rude|immoral|acceptable|selfish|mean|out of order|"
    r"a sin|a bad thing|stealing|theft|lying|a lie|dishonest|unethical|allowed|betrayal|disloyal|"
    # "is it even ethical to keep wild caught fish", "are we partly to blame?"
    r"ethical|to blame|at fault|"
    # "is it honest to call our jam homemade", "would that be misleading"
    r"honest|misleading|false advertising|"
    # "is it irresponsible to let kids launch rockets", "would it be cruel to rehome him"
    r"irresponsible|reckless|cruel|unkind|hypocritical|greedy|disrespectful|inappropriate|"
    r"justified|negligent|bad parenting|"
    # "is victor responsible for what the creature does?", "are parents accountable"
    r"responsible|accountable|answerable|to answer for"
)
# Whose it is to do or refuse a deed ("is it our call to refuse?", "is it my place to tell
# her", "should we refuse him"): a moral question, the philosopher's, with no judging word.
DEONTIC = (
    r"\b(?:is|isn'?t|was) it (?:really |even |actually )?(?:our|my|your|their|his|her|the "
    r"\w+'?s) (?:call|place|job|right|business|decision|responsibility) to\b|"
    r"\b(?:should|shouldn'?t|must|can|could|do|are) (?:we|i|you|they|staff)"
    r" (?:be allowed to |have to |even |just )?(?:refuse|turn (?:them|him|her) away|say no)\b"
)
MORAL_ASKED = folded(
    rf"{DEONTIC}|"
    r"\b(?:is|was|are|would it be|would that be|isn'?t)\s+(?P<before>(?:[\w']+\s+){0,4}?)"
    rf"(?:really |actually |even |just )?(?:{MORAL_JUDGING})\b(?P<after>[^?.!]*)|"
    # "can we use £240 of the donations for the minibus? ... it feels dodgy"
    # "mrs pearce says it's wrong to spend charity money on panels", "thats unfair on her" (not
    # "it's okay, i'll bring the cake": a deed or whom it wrongs follows)
    rf"\b(?:it|that|this)'?s (?:really |actually |a bit |kinda |so )?(?:{MORAL_JUDGING})"
    r" (?:not )?(?:to|of|on|for|if|when|that)\b|"
    r"\b(?:feels?|seems?)\s+(?:a bit |a little |kinda |kind of |really |so |well )?"
    r"(?:dodgy|shady|wrong|unfair|unethical)\b|"
    # "how do we decide what's fair for chores?", "what is fair when one earns more"
    # (not "what's actually fair, split evenly or by who uses more": a pick between two)
    r"\bwhat(?:'s| is|s) (?:really |actually |truly )?(?P<fair>fair)\b(?! (?:way|split|share)\b)"
    r"(?![^?.!]*\bor\b)|"
    # "what's the fairest way to split chores between 3 people?" (a way asked, none put)
    r"\b(?:the )?(?:fairest|most fair) way\b(?![^?.!]*\bor\b)|"
    # "can we honestly say non toxic", "could i truthfully call it organic"
    r"\b(?:can|could|may|should) (?:we|i|you|they) (?:honestly|truthfully|fairly|in good "
    r"conscience) (?:say|call|claim|tell|label|sell|advertise|put)\b",
    re.IGNORECASE,
)


# A point put back after the philosopher's examination: "ok but what if i rewrite them in my own
# words?", "but he was 94 and sad, surely thats allowed", "even if nobody finds out?".
PRESSED_ON = folded(
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|right|hmm+|yeah|yes|no|well)\W+)*"
    r"(?:but|what if|even if|surely|and if|so is it|so it'?s|isn'?t it|what about if|"
    r"what about when|ok so)\b|\bsurely (?:that|thats|that's|it|its|it's)\b|"
    # "ok she made the poster but isnt coming on the day, does that change it"
    r"\b(?:does|would|do) (?:that|this|it) (?:change|make a difference|alter)\b",
    re.IGNORECASE,
)


def _examined(
    index: Index,
    rng: random.Random,
    text: str,
    query: list[str],
    used: list[str],
    history: Sequence[Said],
    author: str,
    name: str,
) -> str:
    """The philosopher's examination of a question of right and wrong put to it, and of a point
    pressed back at its examination ("ok but what if i rewrite them in my own words?"): one of
    its #examine lines not said before, the one on the very deed judged when it has one
    ("cheating": whom it would deceive). "" when nothing of right and wrong was asked, or when
    its own words answer: a line naming two of the question's words ("is it cheating to use a
    chess engine to check my moves after the game": homework, not cheating), a take on the
    judgement ("rude") or, with no #examine line on the deed, a take on the deed itself ("is it
    ok to lie to your boss")."""
    examining = index.tagged.get("examine", ())
    fresh, general = _examinations(examining, used, text)
    moral = MORAL_ASKED.search(text)
    if moral and not ASKERS_OWN.search(text):
        # "is victor responsible for what the creature does?": another's deed, judged; never
        # "Judge yourself by the measure you would use on a neighbour".
        general = tuple(line for line in general if not ASKERS_DEED.search(line)) or general
    if (moral or RIGHT_ASKED.search(text)) and (weighed := _sides_weighed(index, rng, text, used)):
        return _filled(weighed, {"other": side_holder(text)}, name)
    if not moral:
        last = next((s for s in reversed(history[:-1]) if s.own), None)
        pressed = PRESSED_ON.search(text) and last is not None
        # Pressed back on his examination, or on his word on a dilemma (a `#dilemma` line).
        weighed = tuple(line.partition(":")[2].strip() for line in index.tagged.get("dilemma", ()))
        if not pressed or not any(_said_line(line, last.text) for line in (*examining, *weighed)):
            return ""
        return _tagged(index, "examine", rng, name=name, used=used, among=general or fresh or None)
    judging = re.search(rf"\b(?:{MORAL_JUDGING})\b", moral.group(0), re.IGNORECASE)
    # Its own words answer only when they name two words of the deed in the sentence that asks:
    # not the judging word ("bad": "a thing nobody buys is not bad for that"), nor "asking for a
    # friend" after "is it bad if i ask someone to prom just so i don't go alone".
    asking = set(terms(_sentence_at(text, moral.start())))
    asking -= set(terms(judging.group(0))) if judging else set()
    subject = [t for t in query if t in asking and t not in STANCE_TERMS and t not in GENERIC_TERMS]
    if _matched_terms(index, subject) >= 2:
        return ""
    judged = judging.group(0).lower() if judging else ""
    if not judged and re.search(r"\b(?:fairest|most fair)\b", moral.group(0), re.I):
        judged = "fair"  # "what's the fairest way to split chores": fair to whom
    if not judged and re.search(r"\b(?:honestly|truthfully)\b", moral.group(0), re.I):
        judged = "honest"  # "can we honestly say non toxic": whether it is honest
    judged = judged[2:] if judged.startswith("un") else judged  # "unfair": fair to whom
    judged_terms = set() if judged in PLAIN_JUDGING else set(terms(judged))
    take = _best_take(index, [t for t in query if t not in STANCE_TERMS], used)
    if take is not None and judged_terms & take.about:
        return ""
    deed = [
        w
        for part in ("before", "after")
        for w in re.findall(r"[a-z][\w']*", (moral.group(part) or "").lower())
        if w not in MORAL_FILLERS
    ][:3]
    asked = judged_terms | set(terms(" ".join(deed)))
    on_it = tuple(line for line in fresh if DEED_KEYED & asked & set(terms(line)))
    if on_it and judged_terms & DEED_KEYED:
        # "is it cheating if my mum helps with my coursework": its line on cheating, before a
        # take met by who does it (no question of family).
        return _tagged(index, "examine", rng, name=name, used=used, among=on_it)
    if take is not None and not _met_in_passing(take, query, text):
        return ""  # "is it wrong to break a promise to my mate": its take on promises
    return _tagged(
        index,
        "examine",
        rng,
        name=name,
        used=used,
        among=on_it or _on_a_rule(general, text) or general or fresh or None,
    )


_WROTE_WORDS = r"(?:wrote|write) (?=that\b|the (?:line|quote|words)\b|[\"'\u201c])"
# A saying put to the persona as its own: "is it true you said ...", "did you really say ...",
# "apparently you wrote ...".
SAYING_ASKED = folded(
    # (writing "about church bells" is a subject asked, no saying: only words written are)
    r"\b(?:is it true|did|was it) (?:that )?(?:you|u) (?:really |actually |ever |even )?"
    rf"(?:said|say|{_WROTE_WORDS})|"
    # ("didn't you say something about this? a man can do what he wants...", "you once said")
    r"\b(?:didn'?t|did not|don'?t) (?:you|u) (?:once |ever |also )?(?:say|write)\b|"
    r"\b(?:you|u) (?:once|yourself) (?:said|wrote)\b|"
    r"\b(?:you|u) (?:supposedly |apparently |really |actually )?"
    rf"(?:said|{_WROTE_WORDS}|came up with)\b[^?]*\b(?:true|really|right|real)\?|"
    r"\b(?:is (?:that|this|it) (?:quote |saying )?(?:really |actually )?(?:yours|by you|your "
    r"quote|ur quote)|quote (?:of|by) (?:yours|you)\b)",
    re.IGNORECASE,
)


# The words that put a saying, none of the saying itself.
SAYING_WORDS = frozenset(
    terms("true really actually apparently supposedly said say wrote write quote yours came")
)


# What only points at the saying ("something about this?", "that"), and the small words of it.
SAID_ABOUT_IT = folded(r"\b(?:something|anything) (?:about|on|like) (?:this|that|it)\b", re.I)
_SAYING_FILLER = """
a an the he she it i you u this that is was and or but of to in on once ever something anything
about like said say wrote
"""
SAYING_FILLER = frozenset(_SAYING_FILLER.split())


def _unsaid(index: Index, rng: random.Random, text: str, used: Sequence[str]) -> str:
    """Its `#unsaid` line, disowning a saying put to it as its own, when none of its lines says
    the like: at most one of the saying's telling words in any (a line of its own or a `#know`
    line on the quote answers first). Empty when no saying is put to it."""
    put = SAYING_ASKED.search(text)
    lines = index.tagged.get("unsaid")
    if not put or not lines:
        return ""
    saying = set(terms(MENTION.sub(" ", text))) - GENERIC_TERMS - SAYING_WORDS
    # A saying of everyday words ("didn't you say something about this? a man can do what he
    # wants but not want what he wants") is read by its words as said.
    plainly = {w.lower() for w in words(SAID_ABOUT_IT.sub(" ", text[put.end() :]))} - SAYING_FILLER
    if len(saying) < 2 and len(plainly) >= 5:
        said_in = [{w.lower() for w in words(line.text)} for line in index.lines]
        if any(2 * len(plainly & line) >= len(plainly) for line in said_in):
            return ""
        return rng.choice(
            tuple(line for line in lines if not any(_said_line(line, u) for u in used)) or lines
        )
    if len(saying) < 2:
        return ""  # "did you really say that?": what was said is in the room, not here
    # Its own saying if one of its lines has half its telling words ("imagination is more
    # important than knowledge"); not a line with "problem" and "solve" for "a clever person
    # solves a problem, a wise person avoids it".
    if any(2 * len(saying & line.counts.keys()) >= max(4, len(saying)) for line in index.lines):
        return ""
    fresh = tuple(line for line in lines if not any(_said_line(line, u) for u in used))
    return rng.choice(fresh or lines)


def _moral_stance(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    text: str,
    history: Sequence[Said],
    query: list[str],
    used: list[str],
    name: str,
    known: Callable[[], str],
) -> str:
    """A deed judged yes or no that bots/moral.py has a word on ("is it wrong to read my
    partner's texts"): its stance on that deed and the persona's own `#moral` line, never a
    verdict by lot nor a line on a word of it (yeast for stolen bread). The philosopher's own
    examination of that very deed comes first ("Whose is it?"), unless it opens on a bare
    verdict. "" otherwise."""
    moral = moral_asked(text)
    if moral is None or moral.deed is None or voice.is_house_bot:
        return ""
    met = set(terms(moral.deed.met)) - GENERIC_TERMS
    said = known()
    if said and (met | set(terms(moral.word)) - STANCE_TERMS) & set(terms(said)):
        # Its plain answer on that very deed or judgement ("Selfish would mean taking from
        # someone what is theirs"), never one met on another word of it (yeast for bread).
        return ""
    take = _best_take(index, [t for t in query if t not in STANCE_TERMS], used)
    if moral.deed.kind == "feeling" and (
        take is not None and take.about & set(terms(moral.word)) or (said and moral_wish(moral))
    ):
        # (mendmoral) its own take on that very feeling ("Wanting time alone is not selfish")
        return ""
    if (
        take is not None
        and take.side
        and take.about & set(terms(CORE_WORDS.get(moral.deed.kind, "")))
        and (_side_on(take, text) == "against") == (moral.deed.verdict == "wrong")
    ):
        # Its own take on that very deed, on the same side ("Lying harms the liar most"): the
        # reason for the verdict the deed has, said plainly ("No, Maya."), never "I am not so
        # sure" before it.
        word = "Yes" if moral_yes(moral) else "No"
        said = f"{word}, {name or 'friend'}. {take.text}"
        if moral.asks == "person" and moral.deed.verdict == "wrong":
            # "am I a bad person if I lied to my mum": no, but the lie was a wrong.
            said = f"One wrong does not make a bad person, {name or 'friend'}. {take.text}"
        return said if len(said) <= voice.max_reply_chars else ""
    whole = "{name}" in moral.deed.said or moral.deed.kind == "identity"
    if index.tagged.get("dilemma") and not whole and (weighed := _weighed(index, text, used)):
        # The philosopher's word on that very dilemma ("Is saying nothing an answer?").
        return _filled(weighed, {}, name)
    if index.tagged.get("examine"):
        author = history[-1].author if history else ""
        examined = _examined(index, rng, text, query, used, history, author, name)
        said = set(terms(examined))
        if (
            DEED_KEYED & said
            # (not "Whom would it deceive? ... help among friends is no crime" when the asker
            # names the cheating outright: "is it ok to cheat on a test")
            and not (set(terms("cheating")) & said and moral.deed.kind in ("test", "infidelity"))
            # (nor "Whose is it?" of bread taken by the starving: mercy first)
            and moral.deed.verdict != "mercy"
            # (nor of a deed with a whole reply of its own, mendmoral: "hit my wife")
            and not whole
            and not re.match(r"(?:yes|no|ay|aye|nay)\b", examined, re.I)
        ):
            # His examination of the very deed ("Whose is it?"), never a general one.
            return examined
    return _moral_said(voice, index, rng, moral, used, name)


def _moral_said(
    voice: Voice, index: Index, rng: random.Random, moral: Moral, used: Sequence[str], name: str
) -> str:
    """Its stance on a deed judged (bots/moral.py), with one of its own `#moral` lines on it not
    said lately, by the seed, that leaves the reply whole."""
    own = own_lines(index.tagged, moral)
    fresh = [line for line in own if not any(_said_line(line, u) for u in used)] or list(own)
    rng.shuffle(fresh)
    return moral_reply(moral, name, fresh, voice.max_reply_chars)


def _moral_withheld(
    voice: Voice,
    index: Index,
    rng: random.Random,
    text: str,
    subject: Sequence[str],
    take: Take | None,
    line: Sequence[str],
    used: Sequence[str],
    name: str,
) -> str:
    """What a deed judged in plainly moral words ("is it wrong to", "am I a bad person if")
    turns on, with the persona's own `#moral weigh:` line, when bots/moral.py has no word on the
    deed and no line of its own says what was asked. "" otherwise."""
    moral = moral_asked(text)
    if moral is None or moral.deed is not None or (line and _plainly_on(subject, line[0])):
        return ""
    judging = set(terms(moral.word))
    if take is not None and (judging & take.about or _plainly_on(subject, take.text)):
        # Its own take on the very judgement asked ("Not selfish in the least"), or on the deed.
        return ""
    if line and judging - STANCE_TERMS & set(terms(line[0])):
        # Its own line says the very judgement asked.
        return ""
    return _moral_said(voice, index, rng, moral, used, name)


def _deed_judged(text: str) -> bool:
    """Whether `text` asks if a deed is right ("it's wrong to spend charity money on panels",
    "is it ok to deceive participants a bit"), not only a judging word of a person ("is she
    right or is she just being mean", of a supervisor calling a hypothesis unfalsifiable)."""
    moral = MORAL_ASKED.search(text)
    if not moral:
        return False
    after = moral.groupdict().get("after")
    return after is None or bool(re.match(r"\s*(?:not )?(?:to|if|when|that|for|of|on)\b", after))


def _disputed_fact(
    voice: Voice,
    index: Index,
    others: Sequence[Voice],
    text: str,
    rng: random.Random,
    name: str,
    used: Sequence[str],
) -> str:
    """A dispute of fact put to settle ("my sister says humans come from monkeys and i say we're
    cousins. which of us is right"), its two sides said back and handed to the persona in the
    room whose plain answer it has (Darwin's `#know` line on apes), by a persona with
    `#disputed` words and no answer of its own. "" otherwise: it settles it in its own way."""
    sides = sides_put(text)
    if not sides or not index.tagged.get("disputed") or _known_line(index, text):
        return ""
    knowers = [
        o
        for o in others
        if not o.is_house_bot and o.slug != voice.slug and _known_line(index_of(o.material), text)
    ]
    if not knowers:
        return ""
    other = knowers[0]
    fields = {"first": sides[0], "second": sides[1], "mention": f"@{other.slug}", "who": other.name}
    said = _tagged(index, "disputed", rng, name=name, used=used, **fields)
    return f"{said} {_tagged(index, 'handover', rng, name=name, used=used, **fields)}"


# A rule judged ("what if the rota itself is wrong", "what if the allotment rules are wrong"): its
# examination asks what the rule is for, the first question of any rule.
RULE_JUDGED = folded(r"\b(?:rules?|rota|policy|law|laws|regulations?)\b", re.IGNORECASE)


def _on_a_rule(general: Sequence[str], text: str) -> tuple[str, ...]:
    """Of the philosopher's general #examine lines, those that ask what a thing is for, when
    what is judged is a rule (`RULE_JUDGED`); else none."""
    if not RULE_JUDGED.search(text):
        return ()
    return tuple(line for line in general if "what it is for" in line)


def _sides_weighed(index: Index, rng: random.Random, text: str, used: Sequence[str]) -> str:
    """The philosopher's `#weigh` line, not said in the room, for a dilemma whose other side
    someone holds ("my mate says i should've kept the cash. who's right", "dad wants me to stay
    on the farm, is it selfish if i go"): it weighs the two sides, the other by name ("your
    mate", "Colin"), never a stock line that names neither. "" when no one else's side is put."""
    lines = index.tagged.get("weigh", ())
    if not lines or not side_holder(text):
        return ""
    fresh = [line for line in lines if not any(_said_line(line, u) for u in used)]
    return rng.choice(fresh or list(lines))


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds character `at`: what a question asks, apart from what
    is said around it ("asking for a friend", "lol")."""
    start = max(text.rfind(end, 0, at) for end in ".!?") + 1
    stops = [i for i in (text.find(end, at) for end in ".!?") if i >= 0]
    return text[start : min(stops) if stops else len(text)]


def _examinations(
    examining: Sequence[str], used: Sequence[str], text: str = ""
) -> tuple[tuple, tuple]:
    """The philosopher's #examine lines not said in the room, and of those the general ones:
    not one on a deed that was not asked (whose it is, for a kind word to a patient). A line
    on hiding a deed ("is it the deed that troubles you, or being found out?") is for a deed
    kept hidden (`HIDDEN_DEED`: "even if nobody finds out"), never for one done openly ("is it
    kinder to let a proud man do what he wants", "is it ok to deceive participants a bit if you
    tell them everything after")."""
    hidden = bool(HIDDEN_DEED.search(text))
    fresh = tuple(
        line
        for line in examining
        if not any(_said_line(line, u) for u in used)
        and (hidden or not HIDING_KEYED & _line_terms(line))
    )
    return fresh, tuple(line for line in fresh if not DEED_KEYED & _line_terms(line))


# (A line of the material read once, not at each reply (bounded: staff may edit the material):
# the philosopher has some hundred #examine lines, and reading them took 3 ms a reply.)
@lru_cache(maxsize=4096)
def _line_terms(line: str) -> frozenset[str]:
    return frozenset(terms(line))


# A question of right and wrong put of the asker's own deed (or the persona's): "should i",
# "is it wrong of us", "am i responsible".
ASKERS_OWN = folded(r"\b(?:i|i'm|im|me|my|we|our|us|you|your|u|ur)\b", re.IGNORECASE)
# An #examine line that puts the deed to the asker as theirs ("Judge yourself ...", "if someone
# did the same to you", "Which habit would it build in you"): not for another's deed.
ASKERS_DEED = folded(
    r"\b(?:you do|you did|did it|do it|doing it|yourself|to you|in your place|your own|you hope|"
    r"you regret|you doubt|cost you|in you|only you|could you|you ask|what you|glad to be|"
    r"you already|you truly|you would|you could|you mean|your temper|you know)\b",
    re.IGNORECASE,
)
# A deed kept from those it touches: "even if nobody finds out", "she hasnt noticed", "can i
# get away with it", "behind his back", "without telling them".
HIDDEN_DEED = folded(
    r"\b(?:finds?|found|finding) out|\b(?:has ?n[o']?t|hasnt|not|never|didn'?t|won'?t|wont) "
    r"(?:even )?notic|\b(?:nobody|no one|noone|no1|none of them) (?:will |would |'?d |ever )?"
    r"(?:know|notice|see|find|tell)|\bget(?:ting)? away with|\bbehind (?:his|her|their|my|"
    r"your|our) backs?\b|\bwithout (?:telling|asking|them knowing|him knowing|her knowing)\b|"
    r"\bsecret(?:ly)?\b|\bhid(?:e|ing|den)\b|\bcover(?:ing)? (?:it )?up\b",
    re.IGNORECASE,
)
# What an #examine line on hiding a deed names: for a deed kept hidden only.
HIDING_KEYED = frozenset(terms("hiding hide found"))


PLAIN_JUDGING = frozenset({"wrong", "ok", "okay", "bad", "acceptable", "allowed"})


# An everyday dilemma put as people put them, with or without "is it wrong": "do i have to
# tell him", "what do i say", "should i cover for my mate", "bad not to invite cousin laura?",
# "is a dinner-only invite a cop out", "can i keep the extra change", "who gets the bigger
# room", "my brother wants to borrow money again". Only with a `#dilemma` line on the thing
# itself is it answered so (`_weighed`).
DILEMMA_PUT = folded(
    r"\b(?:should|shall|do|must|can|could|would|may|dare) "
    r"(?:i|we|u|you|someone|somebody|anyone)\b|"
    r"\b(?:is|are|was|would(?: it)? be|isn'?t) (?:[\w'£]+ ){0,6}?(?:stingy|tacky|petty|cheeky|"
    r"weird|awkward|too (?:cheap|much|little|mean|tight|far|harsh))\b|"
    r"\b(?:have|need|ought|supposed|obliged|allowed) to\b|\bhave i got to\b|"
    r"\bwhat (?:do|should|would|can|shall) (?:i|we) (?:say|tell|do|write|reply|put)\b|"
    r"\bhow (?:do|should|can|would) (?:i|we) "
    r"(?:say|tell|put|word|raise|bring|handle|mention|ask)\b|"
    r"\b(?:is|isn'?t|are|was|would|will) (?:it|that|this|they|i|we)\b|"
    r"\b(?:wrong|bad|rude|mean|petty|tight|tacky|awful|terrible|cheeky|harsh|ok|okay) not to\b|"
    r"\bam i (?:wrong|a bad|the bad|being|in the wrong|out of order|the (?:asshole|arsehole))\b|"
    r"\b(?:aita|aibu|wibta|cop[- ]?out|counts? as|or not|be honest)\b|"
    r"\bwho (?:gets|should get|has|pays|should pay)\b|"
    r"\bis there (?:ever |really |actually )?(?:a|any) (?:case|time|reason|situation|excuse)\b|"
    r"\b(?:wants?|asked|asking|asks|keeps asking)(?: (?:me|us))? (?:to |for |if (?:he|she|they) "
    r"can )?(?:borrow|lend|a loan|loan|money|cash|a tenner)\b|"
    r"\b(?:say something|keep quiet|stay quiet|keep my mouth shut|keep my nose out|stay out of "
    r"it|let it go|leave it)\b|\?",
    re.IGNORECASE,
)


def _weighed(index: Index, text: str, used: Sequence[str]) -> str:
    """The philosopher's `#dilemma` line on the everyday dilemma `text` puts (keyed as `#know`
    lines are, by the thing and what is weighed of it: "jumper/scarf say/honest/awful"), not
    said in the room before; a point pressed back ("ok but what if we invite her to the dinner
    only, is that a cop out") is weighed so too. Empty when no dilemma is put, or none of his
    lines is on its thing (or its line was said: then he examines it afresh)."""
    lines = index.tagged.get("dilemma")
    if not lines or not (
        DILEMMA_PUT.search(text) or MORAL_ASKED.search(text) or RIGHT_ASKED.search(text)
    ):
        return ""
    if yes_or_not(text):
        return ""  # "should we tell the landlord about the cat or not": a plain verdict
    line = best_known(knowns(tuple(lines)), text, used)
    if not line or any(_said_line(line, u) for u in used):
        return ""
    return line


# What an #examine line on one deed names, and others never do.
DEED_KEYED = frozenset(
    terms("cheating stealing oath promise fair unfair honest misleading responsible accountable")
)


@lru_cache(maxsize=8192)
def _line_core(template: str) -> str:
    """The longest stretch of a tagged line's words a reply says as they are: no keys before
    its colon ("gift/present ...: "), no slot ("{name}", "{thing}")."""
    words = template.split(": ", 1)[1] if re.match(r"[^\s:]*[/=][^:]*: ", template) else template
    return max(re.split(r"\{\w+\}", words), key=len).strip()


def _said_line(template: str, said: str) -> bool:
    """Whether `said` holds the line `template` ("Let us examine it, {name}: ..."), addressed to
    whoever it was."""
    return max(template.split("{name}"), key=len).strip() in said


def _met_in_passing(take: Take, query: Sequence[str], text: str) -> bool:
    """Whether `take` meets a question of right and wrong (`MORAL_ASKED`) only in one word said
    in passing, not in the first two of what is judged: "kids" in "is it wrong to give someone
    extra when you know theyve got 4 kids"; not "lie" in "is it ok to lie to your boss", nor
    "cramming" in "is cramming a bad idea"."""
    moral = MORAL_ASKED.search(text)
    if not moral:
        return False
    met = take.on(set(query))
    if len(met) != 1:
        return False
    # The first word of what is judged, whatever its kind: "tell" in "to just not tell the
    # landlord", "walk" in "a walk break".
    before, after = (
        [
            w
            for w in re.findall(r"[a-z][\w']*", (moral.group(part) or "").lower())
            if w not in MORAL_FILLERS
        ]
        for part in ("before", "after")
    )
    said = before or after
    # A take on the very judgement asked ("selfish": "wanting an hour with your own thoughts is
    # not selfish") is on the point, whatever is said first.
    judging = re.search(rf"\b(?:{MORAL_JUDGING})\b", moral.group(0), re.IGNORECASE)
    if judging and set(terms(judging.group(0))) & take.about:
        return False
    return not said or not {stem(w) for w in said[:2]} & met


MORAL_FILLERS = frozenset(
    {"to", "it", "that", "this", "doing", "being", "a", "an", "the", "just", "not", "really"}
    | {"even", "my", "your", "our", "their", "his", "her"}
    | {"actually", "always", "ever", "never", "kinda", "sort", "of", "ok", "okay"}
    # Who does it: "if my mum helps with my coursework" is about helping.
    | {"if", "when", "i", "we", "you", "u", "someone", "somebody", "people", "they"}
    # Verbs that say nothing of what is done: "to want some time to myself".
    | {"want", "wanna", "have", "get", "go", "be", "do", "make", "keep", "let", "still", "also"}
)


# A choice of fact ("quicker to take the train or fly", "which is cheaper"), not of taste.
FACTUAL_CHOICE = folded(
    r"\b(faster|quicker|slower|cheaper|dearer|shorter|closer|nearer|further|farther|heavier|"
    r"lighter|fastest|quickest|cheapest|shortest|more expensive|less expensive|"
    r"how long|how far|how much)\b.*\bor\b|\bor\b.*\b(faster|quicker|cheaper|shorter|"
    r"closer|nearer|fastest|quickest|cheapest|more expensive)\b",
    re.I,
)
ASKED_BOTH_WAYS = folded(
    r"\bor (is|are|does|do) (it|that|this|they)\b|\b(good|bad) thing or (a )?(good|bad)\b", re.I
)
NEVER = folded(r"\b(will|would|can|could) never\b|\bnever (will|can)\b", re.I)
VIEW_YES_NO = folded(r"^\W*(can|could|will|would|does|do|is|are|should|must)\b", re.I)


CLAIMED = (
    r"\s+(says|said|reckons|thinks|thought|claims|claimed|believes|reckoned|"
    r"is (so |totally )?(wrong|right))\b" + RIGHT_WHERE
)
# A thing judged ("is ambition a good thing", "is it selfish", "does talent matter more").
JUDGED = folded(
    r"\b(good thing|bad thing|good for|bad for|worth it|healthy|unhealthy|selfish|cruel|wrong|"
    r"harmful|matters? more|more important|overrated|a mistake)\b",
    re.I,
)


def _side_said(text: str, speaker: str) -> str:
    """The side `speaker` is said in `text` to take on the question it asks, in a word
    ("callum thinks yes", "jo says no"): "for", "against", or "" when none is said so."""
    for called in dict.fromkeys([speaker, *speaker.split()[:1]]) if speaker else ():
        found = re.search(rf"\b{re.escape(called)}{CLAIMED}\s+(?P<side>{SIDE_WORDS})\b", text, re.I)
        if len(called) > 1 and found:
            return "against" if found.group("side").lower() in NO_WORDS else "for"
    return ""


SIDE_WORDS = "yes|yeah|yep|yup|so|no|nope|nah|not"
COMPARING = folded(r"\b(?:\w+er|more|less|better|worse)(?: [\w'-]+){0,2} than\b", re.I)
NO_WORDS = frozenset({"no", "nope", "nah", "not"})


def _claim_of(text: str, speakers: Sequence[str]) -> str:
    """The earlier speaker whose claim the message reports for a view ("ana says ...", "li
    reckons ...", "raj is wrong right?"), or ""."""
    for speaker in speakers:
        for called in dict.fromkeys([speaker, *speaker.split()[:1]]):
            name = re.escape(called)
            if (
                len(called) > 1
                and called.lower() in text.lower()
                and (
                    re.search(rf"(?<!like )(?<!as )\b{name}{CLAIMED}", text, re.I)
                    or re.search(rf"\b(i'?m|i am|im) with {name}\b", text, re.I)
                )
            ):
                return speaker
    return ""


def _views_asked(index: Index, text: str, query: Sequence[str], used: Sequence[str]) -> bool:
    """Whether a question is one of value the persona has a take on: a choice or a judging
    word ("talent or hard work", "is ambition bad") with a take on its subject, or a yes-or-no
    question ("can a machine ever be creative") with a take on two of its words."""
    wanted = [t for t in query if t not in STANCE_TERMS]
    # "does the temp matter more than how many times u reuse it? i run mine hot": what the
    # asker says of their own case after the question is not what a view is asked on.
    said = set(terms(asked_part(text)))
    wanted = [t for t in wanted if t in said]
    otherwise = other_kinds(text)
    compared = compared_terms(text)
    if either_or(text) or JUDGED.search(text):
        return (
            _best_take(index, wanted, used, minimum=1.0, otherwise=otherwise, compared=compared)
            is not None
        )
    if re.search(r"\b(can|could|will|would) (you|u)\b|\b(give|tell|show) me\b", text, re.I):
        return False  # "can you give me a recipe": a request, not a view asked
    return bool(VIEW_YES_NO.search(text)) and (
        _best_take(index, wanted, used, minimum=1.75, otherwise=otherwise, compared=compared)
        is not None
    )


# Subjects a take names with their opposites ("#take lying, lies, white lies, honesty, truth
# (against): ..."): a take against the one is for the other.
OPPOSED = tuple(
    (frozenset(terms(one)), frozenset(terms(other)))
    for one, other in (("lying lies lie liar", "honesty honest truth truthful tell"),)
)


def _side_on(take: Take, text: str) -> str:
    """The take's side on what `text` puts first: a take against talent (for hard work) is for
    the subject of "is hard work more important than talent", and a take against lying is for
    "is it ok to tell the truth even if it hurts"."""
    said = [t for t in terms(text) if t in take.about]
    if take.side and said:
        for one, other in OPPOSED:
            if (take.head in one and said[0] in other) or (take.head in other and said[0] in one):
                return "for" if take.side == "against" else "against"
    if not (take.side and said and said[0] != take.head and take.head in take.said):
        return take.side
    first = said[0]
    # The take names the other side before its headword ("Work, patient work, more than talent").
    if first in take.said and take.said.index(first) < take.said.index(take.head):
        return "for" if take.side == "against" else "against"
    return take.side


def _lean(text: str) -> str:
    """Which way a yes-or-no question leans: "against" when it first asks whether a thing is
    bad ("is social media ruining us?") or should be done away with ("should phones be
    banned?"), else "for" ("is cramming worth it?")."""
    removed = DONE_AWAY.search(text)
    if removed:
        # "should phones be banned": against phones; "phones shouldn't be banned": for them;
        # "shouldn't smoking be banned" asks as the first does.
        before = " ".join(text[: removed.start()].split()[-2:])
        return "for" if re.search(r"(\bnot|n't|\bnever)\b", before) else "against"
    good = LEANS_FOR.search(text)
    bad = LEANS_AGAINST.search(text)
    lean = "against" if bad and (not good or bad.start() < good.start()) else "for"
    if not good and not bad and NEVER.search(text):
        # "machines will never be creative, agree?": a yes is against machines being creative.
        lean = "against"
    return lean


# What makes a thing better or worse ("fair", "mean"): the words a view of it is put in.
MAKES_GOOD = GOOD_JUDGEMENTS | frozenset(("good", "great", "proper", "real", "authentic"))
MAKES_BAD = BAD_JUDGEMENTS | frozenset(("bad", "fake", "cheap", "lazy"))


def _opined(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    reading: Reading,
    text: str,
    options: tuple[str, str] | None,
    history: Sequence[Said],
    name: str,
    used: Sequence[str],
    opener,
) -> str:
    """A view asked for, answered in the asker's own words (bots/opine.py), or "" when the
    question is none of these: two people who spoke to side between ("who's right, oli or
    mandy?"), two things a thing may be, the second made small ("romantic or just cold and
    damp": both), two deeds of kinds that answer each other ("keep finds or give everything to
    museums": one, for its kind's reason), what makes a thing the better way ("what makes a clue
    fair vs just mean") or whose a thing should be ("whose history should we tell"). The
    philosopher (a persona that examines) asks a real question with its view. `options`: the
    two things the question offers (`either_or`), read once."""
    view = _open_view(index, text=text, name=name, opener=opener)
    if view:
        return view
    philosopher = bool(index.tagged.get("examine"))
    to = f", {name}" if name else ""
    people = {s.author.split()[0].lower(): s for s in history[:-1] if not s.own}
    if options and all(o.lower() in people for o in options):
        names = [s.author for s in history]
        found = [(_addressable(people[o.lower()].author), o) for o in options]
        claims = [(who, last_claim(person, history, names)) for who, person in found]
        # Its own words lately nearer one of theirs ("give everything to museums", then "who's
        # right, oli or mandy?", Mandy having said "museums"): it keeps to that side.
        own = set(terms(" ".join(used[-3:]))) - GENERIC_TERMS
        near = [
            len(own & set(terms(_said_last(people[o.lower()].author, history)))) for o in options
        ]
        leaning = near.index(max(near)) if max(near) > min(near) else None
        sided = side_between(f"{voice.slug}:{' '.join(sorted(options))}", *claims, leaning)
        reason = side_reason(sided)
        if not reason:
            return (
                f"{sided.pick}, if I must choose{to}; but tell me what {sided.pick} said that "
                "persuades you."
            )
        if philosopher:
            return (
                f"I would side with {sided.pick}{to}. {reason} But what would {sided.other} "
                "answer to that?"
            )
        sure = _tagged(index, "with", rng, name=name, speaker=sided.pick, used=used)
        whole = f"{sure} {reason}"
        return (
            whole
            if len(whole) <= voice.max_reply_chars
            else f"I would side with {sided.pick}{to}. {reason}"
        )
    quality = just_or(text, ADJECTIVES | JUDGEMENTS, JUDGEMENTS)
    if quality and reading.stance in ("choice", "open", "yes-no"):
        both = both_said(*quality)
        if philosopher:
            return (
                f"Both, perhaps{to}: {both}. But what do we mean by '{quality[1]}': something in "
                "the thing itself, or only in how we feel about it?"
            )
        plain = (
            f"Both, I would say{to}: {both}, and being the one does not stop it being the other."
        )
        said = f"{opener('both')} {both[:1].upper()}{both[1:]}." if index.tagged.get("both") else ""
        return said if said and len(said) <= voice.max_reply_chars else plain
    deeds = deed_choice(text) if reading.stance != "choice" else None
    if deeds and deed_reasons(*deeds):
        # "should we keep finds or give everything to museums? i go back and forth": a pick,
        # never "No, I think not" to two deeds asked as advice.
        return _deed_pick(voice, index, rng, text, opener, used, name)
    return ""


def _kind_view(
    voice: Voice,
    index: Index,
    rng: random.Random,
    opener,
    *,
    text: str,
    history: Sequence[Said],
    persona_names: Collection[str],
    name: str,
    used: Sequence[str],
) -> str:
    """A view asked of a kind these minds answer by the kind of value at stake (opine40), or
    "": a side between two people who spoke, both their claims said back and the pick's reason
    (`opine.pair_asked`); a pick among two or three things a question asks make a thing good,
    named with the others (`opine.options_settled`); a yes or no on a thing's value, said in
    the question's own words with a reason of its kind (`opine.value_asked`)."""
    philosopher = bool(index.tagged.get("examine"))
    to = f", {name}" if name else ""
    if vote_asked(text):
        # "tories or labour", "who should i vote for": no side taken in politics.
        return (
            f"How you vote is yours to decide{to}, and I will not tell anyone which way to "
            "cast it; weigh what each side has done, not only what it promises."
        )
    if settled := settled49(text, history, persona_names, to):
        # "curie which one of us is right?" after a sum asked and figures said: the sum worked
        # and who has it (bots/settle49.py), not a side taken "if I must choose".
        return settled
    asker = history[-1].author if history else ""
    spoke = [
        s.author
        for s in history[:-1][-10:]
        if not s.own and s.author not in persona_names and s.text.strip()
    ]
    names = [s.author for s in history]
    if BOTH_ABSENT.search(text):
        # "do you agree with my mum or my dad?": two not in the room, no side guessed.
        return (
            f"Tell me what each of them says, and why{to}, and I will tell you whose side I take."
        )
    absent = absent_side(text, asker, history, names) if asker else None
    pair = (asker, absent.who) if absent else pair_asked(text, asker, spoke)
    one = absent_one(text, asker, history, names) if asker and not pair else None
    if (pair or one) and SAFETY_AT_STAKE.search(" ".join(s.text for s in history[-6:])):
        # "my dad says its fine to drive after three pints ... is my dad right?", "i say chicken
        # is fine left out overnight": no side taken, and no rule doubted, where health or
        # safety is at stake (review35).
        return risk_reply("claim", name)
    if absent and not (absent.claim and last_claim(asker, history, names)):
        # "me or my brother?", and what one of them holds not told: no side guessed at.
        return (
            f"Tell me what you say and what {absent.who} says, and why{to}, and I will tell "
            "you whose side I take."
        )
    if pair:
        sides = [
            Side(
                "you" if who == asker else _addressable(who),
                last_claim(who, history, names),
            )
            if not absent or who == asker
            else absent
            for who in pair
        ]
        # Its own words lately nearer what one of them said: it keeps to that side.
        own = set(terms(" ".join(used[-3:]))) - GENERIC_TERMS
        near = [len(own & set(terms(_said_last(who, history)))) for who in pair]
        leaning = near.index(max(near)) if max(near) > min(near) else None
        pick, other, principle = side_pick(
            f"{voice.slug}:{' '.join(sorted(pair))}", *sides, leaning
        )
        said = sides_said(pick, other)
        mine = owned(pick.clauses)
        if said and not principle and mine:
            # No principle of its kind: the pick's own case, owned as its reason ("You say
            # they save a night's hostel, but I side with Finn, Ollie: they are a scam, and you
            # don't sleep"), never "I find no flaw in that yet".
            against = f"{other.said[:1].upper()}{other.said[1:]}, but I" if other.said else "I"
            whole = f"{against} side with {pick.who}{to}: {mine}."
            ask = f" But what would {other.who} answer to that?" if other.who != "you" else ""
            if pick.who != "you" and not philosopher:
                sure = _tagged(index, "with", rng, name=name, speaker=pick.who, used=used)
                told = f"{other.said[:1].upper()}{other.said[1:]}, but " if other.said else ""
                case = f"{told}{mine}"
                sure_whole = f"{sure} {case[:1].upper()}{case[1:]}."
                if len(sure_whole) <= voice.max_reply_chars:
                    return sure_whole
            if philosopher and ask and len(whole + ask) <= voice.max_reply_chars:
                return whole + ask
            if len(whole) <= voice.max_reply_chars:
                return whole
        if not said:
            return (
                f"I side with {pick.who}{to}, if I must choose; but tell me what "
                f"{pick.who} said that persuades you."
            ).replace("what you said", "what you said yourself")
        told = f"{said[:1].upper()}{said[1:]}"
        if pick.who != "you" and not philosopher:
            # Its own way of siding ("I think Nadia is right, Maya; it agrees with what I have
            # seen"), then what each said, and the principle.
            sure = _tagged(index, "with", rng, name=name, speaker=pick.who, used=used)
            whole = f"{sure} {told}" + (f"; {principle}." if principle else ".")
            if len(whole) <= voice.max_reply_chars:
                return whole
        whole = (
            f"{told}; I side with {pick.who}{to}, for {principle}."
            if principle
            # No reason to own and none of its kind: a lean, and said to be one.
            else f"{told}; I lean to {pick.who}{to}, though neither has given me much of a "
            "reason yet."
        )
        ask = f" But what would {other.who} answer to that?" if other.who != "you" else ""
        if philosopher and ask and len(whole + ask) <= voice.max_reply_chars:
            return whole + ask
        if len(whole) <= voice.max_reply_chars or not pick.said:
            return whole
        why = f", for {principle}." if principle else "."
        return f"I side with {pick.who}{to}: {pick.said}{why}"
    if one:
        return _absent_view(one, index, name, philosopher)
    settled = options_settled(text)
    if settled:
        thing, options = settled
        view = settled_view(f"{voice.slug}:{' '.join(options)}", thing, options)
        body = f"I would say {view}."
        itself = made_thing(thing)[1]
        if philosopher and re.match(r"(?:a|an)\b", itself, re.I):
            question = f" But what is {itself} for{to}? Tell me that, and we shall know."
            if len(body + question) <= voice.max_reply_chars - 20:
                body += question
        return _fitted(voice, index, opener, "opinion", body, used=used)
    options = (either_or(text) or settle_options(text)) if SETTLE_PLAIN.search(text) else None
    if (
        options
        and not FACTUAL_CHOICE.search(text)
        and not _plain_choice(options)
        and not any(CLAUSE_HEAD.match(o) for o in options)
    ):
        # "gravy or curry sauce on your chips, no fence sitting", "settle this: is a jaffa
        # cake a cake or a biscuit": a pick and why, in the options' own words.
        taken = _taken_option(index, options)
        if taken and re.search(rf"\b{re.escape(taken[0].split()[-1])}", taken[1].text, re.I):
            # Its own take on one of them, naming it ("Dogs, without a doubt; ...").
            said = _picked(text, taken[0], options)
            return _fitted(voice, index, opener, "opinion", said, taken[1].text, used=used)
        view = plain_settled(f"{voice.slug}:{' '.join(options)}", options)
        return _fitted(voice, index, opener, "opinion", f"I would say {view}.", used=used)
    valued = value_asked(text)
    if valued:
        if valued.answer == "depends":
            return f"It depends{to}: {valued.said} {valued.reason}."
        # A plain word of its own for the verdict ("Ay", "Nay"), never a line of its that says
        # it tested or measured what is only a matter of value.
        templates = index.tagged.get(valued.answer) or DEFAULT_TAGGED[valued.answer]
        word = next(
            (m.group(1) for t in templates if (m := VERDICT_WORD.match(t))),
            "Yes" if valued.answer == "yes" else "No",
        )
        return f"{word[:1].upper()}{word[1:]}{to}: {valued.said}; {valued.reason}."
    return ""


# A side asked between two not in the room: "my mum or my dad?", "agree with my mum or my dad".
BOTH_ABSENT = folded(
    r"\b(?:agree with|side with|right|who'?s|whos|whose|who do)\b.*\b(?:my|our) [\w'-]+\W+or\W+"
    r"(?:my|our) [\w'-]+|\b(?:my|our) [\w'-]+\W+or\W+(?:my|our) [\w'-]+\W+(?:who'?s|whos) right",
    re.IGNORECASE,
)


def _absent_view(one: Side, index: Index, name: str, philosopher: bool) -> str:
    """Its view of what one not in the room holds, as the asker told it ("is my dad right?"):
    their case owned as its reason, the sweep of it against, the philosopher's question on it;
    asked for when it was not told."""
    to = f", {name}" if name else ""
    if one.claim is None:
        return (
            f"What does {one.who} say, and why{to}? Tell me that, and I will tell you whether I "
            "agree."
        )
    told = said_by(one.who, one.claim)
    told = f"{told[:1].upper()}{told[1:]}"
    if philosopher:
        return f"{told}. {question_on(one.claim, one.who, name)}"
    if sweeps(one.claim):
        # Said of every case ("you should always defrost meat in the fridge"), maybe rightly:
        # no side on what it cannot weigh, only the doubt of "every".
        return (
            f"{told}. Often, perhaps{to}; but every time is a great deal to claim, and I would "
            f"want to hear why {one.who} holds it."
        )
    mine = owned(one.clauses) if len(one.clauses) > 1 else ""
    if mine:
        return f"I think {one.who} is right{to}: {mine}."
    principle = one.kind[1]
    if principle:
        return f"{told}; I think {one.who} is right{to}, for {principle}."
    # With no reason told, no side: a claim is not right for being told (review35).
    return (
        f"{told}. Why does {one.who} say so{to}? Tell me that, and I will tell you whether I agree."
    )


def _then(opening: str, said: str) -> str:
    """`said` after an opener: begun small after a colon ("If you want my view, Maya: a pub
    is ..."), else as a sentence of its own."""
    first = said[:1].lower() if opening.endswith(":") else said[:1].upper()
    return f"{opening} {first}{said[1:]}"


def _leads_with(said: str, term: str) -> bool:
    """Whether what was said opens on `term` ("natural talent counts for more"), not as a
    thing of someone's ("my mum says it's fine")."""
    opening = words(said)[:3]
    return any(
        term in terms(w) and (i == 0 or opening[i - 1].lower() not in POSSESSIVES)
        for i, w in enumerate(opening)
    )


POSSESSIVES = frozenset("my our your his her their".split())  # noqa: SIM905


def _said_last(author: str, history: Sequence[Said]) -> str:
    """What `author` said last in `history`, before the message answered."""
    return next((s.text for s in reversed(history[:-1]) if s.author == author), "")


def _open_view(index: Index, *, text: str, name: str, opener) -> str:
    """An open question on what makes a thing the better way ("what makes a clue fair vs just
    mean") or whose a thing should be ("whose history should we be telling"): a view in the
    question's own words (bots/opine.py), the philosopher's with its question on what the thing
    is for; "" when it asks neither."""
    philosopher = bool(index.tagged.get("examine"))
    to = f", {name}" if name else ""
    makes = what_makes(text, MAKES_GOOD, MAKES_BAD)
    if makes:
        if philosopher:
            return makes_question(makes, name)
        return _then(opener("opinion"), f"{makes_view(makes)}.")
    owed = whose_owed(text)
    if owed:
        if philosopher:
            they = "they are" if owed.endswith("s") else "it is"
            return (
                f"Whose {owed}{to}? Ask first what {they} for, and to whom {they} owed: "
                "whoever has been left out so far has the first claim. Who is that, here?"
            )
        return _then(
            opener("opinion"),
            f"the {owed} of whoever has been left out so far; the others have had their turn.",
        )
    return ""


# A choice put after the side asked: "do you agree with tariq? should we be angry or keep it
# civil" (not "... or is it just dan hitting them too hard", another side on the same thing).
CHOICE_AFTER = folded(r"\?(?!\s*or\b)[^?]*\bor\b", re.IGNORECASE)


# A claim that something is only so ("foxes only come out at night"): one that sweeps.
# An askback that doubts the claim it asks of ("that is a bold claim", "what proof hast thou",
# "is that the whole story", "would the groundlings believe it"), not only asks after it.
ASKBACK_DOUBTS = folded(
    r"\b(?:bold|proof|whole story|first act|believe it|in every case|if that were false|"
    r"really|sure)\b",
    re.IGNORECASE,
)
ONLY_SO = folded(r"\b(?:only|solely|purely)\b(?! (?:thing|one|way|just)\b)", re.IGNORECASE)


# A claim that runs down a kind of people ("women are worse at maths", "girls can't code"):
# never agreed with.
GROUP_DEMEANED = folded(
    r"\b(?:women|men|girls|boys|gays?|gay people|trans people|black people|white people|"
    r"immigrants|foreigners|muslims|jews|christians|atheists|disabled people|poor people|old "
    r"people|fat people|\w+ people)\s+(?:are|r|is)\s+(?:just |all |naturally |simply )?(?:worse|"
    r"stupider|dumber|inferior|lazier|weaker|less (?:intelligent|capable|clever)|not as "
    r"(?:smart|good|clever|capable)|bad at|rubbish at|useless at|worthless)\b|"
    r"\b(?:women|girls|men|boys)\s+(?:can'?t|cannot|shouldn'?t|should not)\s+(?:do|be|drive|lead|"
    r"code|think|understand|play)\b",
    re.IGNORECASE,
)
# A view asked of nothing named: of what was just said ("thoughts?", "what do you make of that",
# "your take on all this?").
BARE_VIEW = folded(
    r"\W*(?:(?:so|and|well|ok|okay|hmm+|any|your|ur|what are your|whats your|what's your|"
    r"what is your)\W+)*(?:thoughts|opinions?|views?|take|verdict)(?: (?:on|about) (?:this|that|"
    r"it|all (?:this|that)|(?:this|that) one))?\W*|"
    r"\W*(?:so |and |well |ok |okay )?what do (?:you|u|ya) (?:think|reckon|make)(?: (?:of|about) "
    r"(?:this|that|it|all (?:this|that)))?\W*",
    re.IGNORECASE,
)


def _sided(
    voice: Voice,
    index: Index,
    opener,
    view: str,
    line: Sequence[str],
    *,
    history: Sequence[Said],
    text: str,
    speaker: str,
    name: str,
    used: Sequence[str],
    take: Take | None = None,
    personas: Collection[str] = (),
) -> str:
    """A side asked on what `speaker` said: their claim said back by name (`opine.said_by`),
    then the philosopher's question on it (`opine.question_on`), or another persona's side and
    its reason when the reason speaks to the claim (two of its words, or its headword). Nothing
    said that can be said back: a plain side and a question back (or a reason that speaks to
    what was said), never a side with a promise and no question."""
    people = [s.author for s in history]
    claim = claim_put(text, speaker, people) or last_claim(speaker, history, people)
    said = (
        claim.text
        if claim
        else next((s.text for s in reversed(history[:-1]) if _as_called(s.author, speaker)), "")
    )
    on = set(terms(said)) - GENERIC_TERMS - STANCE_TERMS
    shared = on & set(terms(line[0])) if line else set()
    # Its reason speaks to the claim in two of its words, or is its view of the very thing the
    # claim is about, by its headword ("phones", for "we should ban phones at the table"), not
    # of a word said in passing ("the original", "the room"); with nothing that can be said
    # back, a view of what it opens on ("natural talent counts for more"), not of a thing of
    # someone's ("my mum says": no line on family).
    held = (
        take is not None
        and line
        and line[0] == take.text
        and (take.head in on if claim is not None else _leads_with(said, take.head))
    )
    reason = line[0] if len(shared) >= 2 or held else ""
    if claim is None and not said:
        # "do you agree with bob?", nothing of Bob's heard: no verdict on it, but asked for.
        to = f", {name}" if name else ""
        return (
            f"What does {speaker} say, and why{to}? Tell me that, and I will tell you whether I "
            "agree."
        )
    if claim is None and reason:
        fitted = _fitted(voice, index, opener, view, reason, used=used)
        return fitted if fitted != reason else f"{opener(view)} {reason}"
    if claim is None:
        return f"{opener(view)} {opener('askback')}"
    # Another persona by the name people call it ("Einstein says ...", never "Albert Einstein
    # says ... Albert Einstein has it"); a person as they are addressed.
    shown = speaker.split()[-1] if speaker in personas and " " in speaker else speaker
    if shown != speaker:
        opener = partial(opener, speaker=shown)
    told = f"{said_by(shown, claim)}."
    if GROUP_DEMEANED.search(claim.text):
        # "women are worse at maths": never granted by lot; people are found one by one.
        to = f", {name}" if name else ""
        return (
            f"{told} I am not with {shown} on this{to}: ability is found one person at a time, "
            "never by kind."
        )
    if index.tagged.get("examine"):
        return f"{told} {question_on(claim, shown, name)}"
    to = f", {name}" if name else ""
    short = {
        "with": f"I am with {shown} on this{to}.",
        "against": f"I am not with {shown} on this{to}.",
    }
    sweeping = sweeps(claim) or bool(ONLY_SO.search(claim.text))
    if not reason and sweeping:
        # A claim that sweeps ("foxes only come out at night"): doubted in its own words
        # ("nature is rarely so tidy"), or granted.
        return f"{told} {opener(view)}"
    # Owned only with a reason in it: a bare claim owned is the claim parroted.
    mine = "" if reason or len(claim.clauses) < 2 else owned(claim.clauses)
    if mine:
        # With the case made, owned as its reason ("I think Pat is right, Gareth: fridge, since
        # you can control the temp"), never a bare "I am not persuaded" nor the case parroted.
        return f"I think {shown} is right{to}: {mine}."
    if not reason and view != "with":
        # Nothing to doubt it for but the hash of it ("Pat says you can control the temp"):
        # never a bare no ("the claim is larger than the evidence"), but more asked for.
        if any(_as_called(s.author, speaker) for s in history[:-1]):
            # Put to them, in its own way of asking ("Kev, how would you measure that?"); never
            # one that doubts what it just granted may be so ("It may be so, Josh. Kieran,
            # that is a bold claim").
            asks = index.tagged.get("askback") or DEFAULT_TAGGED["askback"]
            open_asks = tuple(a for a in asks if not ASKBACK_DOUBTS.search(a))
            if not open_asks:
                return f"{told} {opener('askback')}"
            return f"{told} It may be so{to}. {opener('askback', among=open_asks)}"
        return f"{told} It may be so{to}, but I would want to know more before I took a side."
    sided = opener(view)
    if not reason:
        return f"{told} {sided}"
    # With its reason, in a shorter word of its side when the whole is too long for it, or
    # its reason alone after the claim (its view, which says its side).
    for said in (sided, short.get(view, ""), ""):
        whole = " ".join(x for x in (told, said, reason) if x)
        if len(whole) <= voice.max_reply_chars:
            return whole
    return f"{told} {sided}"


PICK_SAID = re.compile(r"^I would (?:say )?(?P<pick>[^.,;:]+)\.$")


def _unrepeated(rest: Sequence[str]) -> Sequence[str]:
    """The parts of a reply, "worth it" picked said in a sentence ("I would say it is worth
    it.", never "I would say worth it.")."""
    found = PICK_SAID.match(rest[0]) if rest else None
    if found and found["pick"].lower() in ("say worth it", "worth it"):
        rest = ("I would say it is worth it.", *rest[1:])  # never "I would say worth it."
    return rest


def _fitted(
    voice: Voice, index: Index, opener, kind: str, *rest: str, used: Sequence[str] = ()
) -> str:
    """An opener of `kind` followed by `rest`, the opener one that leaves room for all of it
    within the persona's length (the name counted generously) and was not said in `used`, or
    none when none does."""
    rest = _unrepeated(rest)
    body = " ".join(rest)
    room = voice.max_reply_chars - len(body) - 1
    templates = index.tagged.get(kind) or DEFAULT_TAGGED[kind]
    fits = tuple(
        t
        for t in templates
        if len(t.replace("{name}", "x" * 12)) <= room
        and not any(max(t.split("{name}"), key=len).strip(" ,.;:!?") in u for u in used)
    )
    if not fits and kind in ("yes", "no") and room >= 20:
        # A verdict is said whatever the room: in a word, the persona's own ("Ay", "Nay").
        word = next(
            (m.group(1) for t in templates if (m := VERDICT_WORD.match(t))),
            "Yes" if kind == "yes" else "No",
        )
        fits = (f"{word[:1].upper()}{word[1:]}, {{name}}.",)
    if not fits and kind in ("with", "against") and room >= 40:
        # Siding with someone, or not, is said by name whatever the room.
        fits = (
            "I am with {speaker} on this, {name}."
            if kind == "with"
            else "I am not with {speaker} on this, {name}.",
        )
    if any(t.rstrip().endswith(":") for t in fits) and not re.match(r"I\b|[a-z\"]", body):
        # A lead that ends on a colon goes before a sentence that runs on from it ("If you want
        # my view, Tariq: I would say memory"), never before one with a colon of its own (two
        # in a row: "... behind it: I would say the chorus: the beat ...") nor one that opens
        # on a capital ("... Tariq: Puzzles I could never resist").
        plain = tuple(t for t in fits if not t.rstrip().endswith(":"))
        fits = plain or (() if ":" in re.split(r"[.?!] ", body)[0] else fits)
    elif ":" in re.split(r"[.?!] ", body)[0]:
        fits = tuple(t for t in fits if not t.rstrip().endswith(":"))
    if not fits:
        return body
    return f"{opener(kind, among=fits)} {body}"


def _pick(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    options: tuple[str, str],
    subject: list[str],
    used: list[str],
    opener,
    text: str,
) -> str:
    """An either/or answered by choosing one, with a reason in the persona's voice: its take on
    one of the options (the option it is for, or the other when it is against it), else its line
    on what it chose, else its line on the question, else a reason of its own (`#reason`).
    When one of its lines speaks to both ("a wave or a particle?"), that line answers."""
    found = [[t for t in terms(o) if t not in GENERIC_TERMS] for o in options]
    if all(any(t in field_terms(voice) for t in f) for f in found):
        # "A wave or a particle?" in its field: a line that speaks to both answers it.
        both = [
            line.text
            for line in index.lines
            if all(any(t in line.counts for t in f) for f in found)
            and not any(line.text in u for u in used)
        ]
        if both:
            return f"{opener('answer')} {both[0]}"
    truthful = [bool(TRUTHFUL.search(o)) for o in options]
    if truthful.count(True) == 1:
        # "tell the customer the truth about the delay or just say it's on its way": none of
        # these minds would advise the lie; its take on honesty, when it has one, is why.
        pick = options[truthful.index(True)]
        take = _best_take(index, ["truth"], used, minimum=1.0)
        reason = [take.text] if take and take.side != "against" else []
        if not reason and "reason" in index.tagged:
            reason = [opener("reason")]
        said = _picked(text, pick, options)
        return _fitted(voice, index, opener, "opinion", said, *reason, used=used)
    taken = _taken_option(index, options, deeds=[_deed(o) for o in options])
    what_is = _what_it_is_asked(text, options)
    thing = set(subject) - {t for f in found for t in f}
    of_thing = what_is or _what_it_is_asked(text, options, now=True)
    if taken and of_thing and thing and not thing & (taken[1].about | set(terms(taken[1].text))):
        taken = None  # "is math invented or discovered": a take on machines that invent
    if taken:
        pick, take = taken
        if text.lstrip().startswith(pick):
            pick = pick[:1].lower() + pick[1:]
        said = _picked(text, pick, options)
        if _off_the_choice(text, found, take.text):
            return _fitted(voice, index, opener, "opinion", said, used=used)
        return _fitted(voice, index, opener, "opinion", said, take.text, used=used)
    pick = _choose(voice, index, *options)
    # Its line on what it chose is a reason when the choice names a thing ("dogs", "the sea"),
    # not when it is a word like "born" or "fast", which its lines use of other things.
    # Nor when it is a deed ("make kids try one bite of everything"): a line on one of its words
    # ("a bug bite in Argentina") is on something else.
    # Nor a reason ("because we need them"): a line on "need" is no reason why.
    named = (
        (len(pick.split()[-1]) > 4 or pick.endswith("s"))
        and not _deed(pick)
        and reasons_offered(text) != options
    )
    chosen = found[options.index(pick)] if named else []
    # "city break" is about both words: a line on "break" alone is about something else.
    reason = (
        _on_subject(index, chosen, used, rng, 1, field=len(chosen) == 1, sense=text)
        if chosen
        else []
    )
    # A take on both ("board games or video games", "soup or salad") that picks neither is its
    # view of the pair, a reason for either pick.
    both = _best_take(index, [t for f in found for t in f], used, minimum=1.0)
    if not reason and both and all(both.on(set(f)) for f in found):
        reason = [both.text]
    if reason and chosen and _off_the_choice(text, found, reason[0]):
        return _fitted(voice, index, opener, "opinion", _picked(text, pick, options), used=used)
    reason = reason or _on_subject(index, subject, used, rng, 1, sense=text)
    # The thing an option names is its last word ("red bull": a bull, "monster": a monster).
    if not reason and MEASURED_COMPARED.search(text):
        # "which is faster, a cheetah or a horse", "are trains or planes greener": a matter of
        # fact, with no line of its own on it; owned up to, never a pick by lot ("I would say a
        # horse").
        return opener("outside", among=_plain_owning(voice, index, subject))
    if (
        not reason
        and QUALITY_ASKED.search(text)
        and not any(f and f[-1] in index.idf for f in found)
    ):
        # "what's the best energy drink, monster or red bull": which is better made, of two
        # things none of its lines names, is a matter of fact it never met; owned up to, never
        # "I would say red bull", as if its experience leaned that way; in its own field
        # ("are swans dangerous or just dramatic"), never said to be outside it.
        return opener("outside", among=_plain_owning(voice, index, subject))
    if not reason and what_is:
        # "was hamlet actually mad or just faking it", "was napoleon a genius or a tyrant":
        # what a thing was, a matter of fact or of judgement on it, with no take nor line of
        # its own on it: a pick by lot with a reason for liking it ("It asks more patience of
        # you") is no answer; it owns up (of itself, "was curie a genius or just stubborn?", as
        # itself).
        at = text.lower().find(options[0].lower())
        # (its name, taken out of the words as the room reads them, leaves none: "was   a ...")
        of = VIEW_FRAME.sub(" ", text[:at].lower())
        own = {voice.slug.lower(), *(w.lower() for w in voice.name.split()), "you", "u"}
        if "self" in index.tagged and (
            own & set(re.findall(r"[\w']+", of))
            or (not terms(IS_WHAT.sub(" ", of)) and "  " in text[:at])
        ):
            return opener("self")
        return opener("outside", among=_plain_owning(voice, index, subject))
    if not reason and "reason" in index.tagged:
        reason = [opener("reason")]
    if text.lstrip().startswith(pick):  # "Tea or coffee?": "tea", in the middle of a sentence
        pick = pick[:1].lower() + pick[1:]
    said = _picked(text, pick, options)
    return _fitted(voice, index, opener, "opinion", said, *reason, used=used)


# The asking of a view, before what it is asked of: "do you think math is ...".
VIEW_FRAME = folded(
    r"^\W*(?:@\S+\s+)?(?:(?:do|did|would|will) (?:you|u) (?:think|reckon|say|believe|feel)|"
    r"in your (?:view|opinion)|what do (?:you|u) think,?)\b",
    re.IGNORECASE,
)
# What the persona is or can do, asked of it ("what can you do?", "who are you"), not what it
# has been doing ("what have you been working on?": a line the talk points to).
CAN_DO_ASKED = folded(
    r"\bwhat (?:can|could|do|are) (?:you|u) (?:\w+ )?(?:do|able to do|good at)\b|"
    r"\bwho (?:are|r) (?:you|u)\b",
    re.IGNORECASE,
)
# What a thing was, asked as a choice of two: "was hamlet mad or faking", "was napoleon a
# genius or a tyrant", a fact of a particular (not "which was better", "would you rather", "was
# it ok to ... or", "were there tigers ... or just jaguars", "was it worth it or"). What a thing
# is ("is cooking an art or a science?", "is talent born or made?") asks a view, and is picked.
IS_WHAT = folded(r"\b(?:was|were)\b", re.IGNORECASE)
IS_NOW = folded(r"\b(?:is|are)\b", re.IGNORECASE)
PREFERENCE = folded(
    r"\b(?:which|would|rather|prefer|better|best|worse|worst|more|less|ok|okay|should|it|there|"
    r"worth)\b",
    re.IGNORECASE,
)


def _what_it_is_asked(text: str, options: tuple[str, str], *, now: bool = False) -> bool:
    """Whether an either/or asks what a thing named before it was (`IS_WHAT`; is, `now`): two
    states or kinds of it ("actually mad", "just faking it"), not two things or deeds to choose
    ("which is better", "is it ok to ... or")."""
    at = text.lower().find(options[0].lower())
    before = text[:at] if at > 0 else ""
    return bool(
        (IS_NOW if now else IS_WHAT).search(before)
        and not PREFERENCE.search(before)
        and not any(re.search(r"\bworth\b", o, re.IGNORECASE) for o in options)
        and not re.search(r"\bto\s*$", before, re.IGNORECASE)  # "is the answer to call"
    )


# Which of two things is better made, asked ("the best energy drink, monster or red bull",
# "which is better, iphone or samsung"): a judgement of quality, not a taste ("tea or coffee?").
QUALITY_ASKED = folded(r"\b(?:best|better|worse|worst|superior)\b", re.IGNORECASE)
# A comparison of what can be measured or looked up: which is faster, older, greener.
_MEASURED = (
    r"fast|slow|big|small|heav|light|tall|short|old|young|long|green|cheap|hott?|cold|deep|high|"
    r"far|furth|clos|strong|loud|quiet|health|saf|rich|poor|wet|dr|warm|wide|thick|thin|sweet"
)
MEASURED_COMPARED = folded(
    rf"\b(?:{_MEASURED})(?:g|t)?(?:i)?(?:er|est)\b|\b(?:more|less|most|least) (?:expensive|"
    r"dangerous|popular|common|efficient|polluting|nutritious|accurate|powerful|intelligent)\b",
    re.IGNORECASE,
)
# A comparative after the second of two options ("are cats or dogs smarter", "is a cheetah or a
# horse faster", "are trains or planes more expensive"): said of both, no part of the second.
COMPARED_AFTER = folded(
    r"^(?:better|worse|more|less|\w{3,}(?:ier|er))$",
    re.IGNORECASE,
)


def _off_the_choice(text: str, found: Sequence[Sequence[str]], line: str) -> bool:
    """Whether a reason for a pick is on the options only, and not on the thing the choice is
    about when the question names one besides: "does it work harder in winter or summer in a
    cold garage" (of a freezer) is not answered by a line on summer at the lake."""
    before = re.split(r"\s+or\s+", text, maxsplit=1)[0]
    context = {
        t
        for t in terms(before)
        if t not in GENERIC_TERMS and t not in STANCE_TERMS and t not in LIGHT_OPTION_TERMS
    } - {t for f in found for t in f}
    return len(context) >= 2 and not context & set(terms(line))


# "would you have loved smartphones or hated them?": a choice between two deeds, picked as one
# ("I would have loved smartphones"), never "I would say loved smartphones".
DEEDS_OFFERED = folded(
    r"\b(would|will) (you|u) (?P<have>have )?(?P<one>[a-z']+)\b[^?]*?\bor (?P<other>[a-z']+)\b",
    re.IGNORECASE,
)


# An option that would be a lie told to spare trouble, against one that tells the truth.
TRUTHFUL = folded(
    r"\b(?:(?:tell|telling|told)\b[^,;.?!]{0,30}\btruth|be (?:honest|upfront|straight)|come clean|"
    r"own up|admit (?:it|the|that|to)|honest(?:ly)? (?:with|about))\b",
    re.IGNORECASE,
)


BASE_ING = frozenset("bring sing ring swing sting fling cling need feed breed bleed speed".split())  # noqa: SIM905


def _deed(option: str) -> bool:
    """Whether an option of a choice is a deed, a verb with what it does ("tell the customer the
    truth", "text him", "take cards at the stall"), not a thing ("love or money")."""
    said = option.split()
    return (
        len(said) >= 2
        # a verb, or a word with a person after it ("text him")
        # "being kind", "finishing it" are things
        and (not said[0].lower().endswith(("ing", "ed")) or said[0].lower() in BASE_ING)
        and (said[0].lower() in VERBS or said[1].lower() in ("him", "her", "them", "it"))
        and said[0].lower() not in AUXILIARIES
        and said[1].lower() not in ("of", "and", "or", "is", "are")
    )


# A deed that forsakes the thing judged: a take against the thing is for the deed.
FORSAKING = folded(
    r"\b(?:leav(?:e|ing)|skip(?:ping)?|quit(?:ting)?|avoid(?:ing)?|refus(?:e|ing)|cancel(?:ling)?|"
    r"ban(?:ning)?|stop(?:ping)?|giv(?:e|ing) up|drop(?:ping)?|ditch(?:ing)?)\b",
    re.IGNORECASE,
)


def _judgement(option: str) -> bool:
    """Whether an option is a word of judgement, as said ("cruel", "too harsh", "a bit rude")."""
    said = [w for w in option.lower().split() if w not in INTENSIFIERS]
    return len(said) == 1 and said[0] in JUDGEMENTS


def _sign(option: str) -> int:
    """Whether an option judges well (1), ill (-1) or neither (0): "sensible", "a bit cheeky";
    "too" anything is ill ("too soft")."""
    said = option.lower().split()
    if _judgement(option) and said[0] != "too":
        word = said[-1]
        return 1 if word in GOOD_JUDGEMENTS else -1 if word in BAD_JUDGEMENTS else 0
    return -1 if _judgement(option) else _polarity(option)


def _plain_choice(options: tuple[str, str]) -> bool:
    """Two numbers or times ("8", "9"), or two short deeds ("text him", "call him")."""
    return all(NUMBER_OPTION.match(o.split()[0]) for o in options) or all(
        _deed(o) and len(o.split()) <= 3 for o in options
    )


def _picked(text: str, pick: str, options: tuple[str, str]) -> str:
    """The sentence that says which of `options` the persona picks: "I would say tea.", a deed
    as done ("I would text him."), or, of two deeds offered ("would you have loved X or hated
    it"), "I would have loved X."."""
    if pick.lower().startswith("because "):
        return f"{pick[:1].upper()}{pick[1:]}, I would say."  # a reason offered
    if pick.lower() == "worth it":
        return "I would say it is worth it."  # never "I would worth it"
    deeds = DEEDS_OFFERED.search(text)
    if not deeds or options[1].split()[0].lower() != deeds.group("other").lower():
        if _deed(pick):
            # "do we need to book a table or just turn up": "I would book a table."
            pick = re.sub(r"^(?:need|have|ought) to\s+|^just\s+", "", pick, flags=re.I)
            return f"I would {pick[:1].lower()}{pick[1:]}."
        return f"I would say {pick}."
    one = deeds.group("one")
    if one.lower() in ("rather", "prefer", "like", "choose", "pick", "say", "go", "take"):
        return f"I would say {pick}."  # "would you rather live in the past or the future"
    both = options[0].split()[0].lower() == one.lower()
    # "would you enjoy a cruise or hate it" offers two deeds, the first read as "a cruise";
    # "would you like tea or coffee" one deed and two things.
    if not both and not re.search(r"\b(it|them|that|this|one)\W*$", options[1], re.I):
        return f"I would say {pick}."
    if pick == options[0] and not both:
        pick = f"{one} {pick}"
    return f"I would {'have ' if deeds.group('have') else ''}{pick}."


# Words of an option too light to say which it is: "live alone", "get a dog", "go out".
LIGHT_OPTION_TERMS = frozenset(terms("live living get go going have make do take be stay"))


def _taken_option(
    index: Index, options: tuple[str, str], deeds: Sequence[bool] = (False, False)
) -> tuple[str, Take] | None:
    """The option the persona's takes decide, with the take: a take about one option that is
    for it chooses it, one against it chooses the other. A take about both ("coffee, tea")
    chooses the one its sentence names first, when it is for what it names. A deed (`deeds`)
    is decided by a take on two of its words: "take cards at the stall" is no card game."""
    stems = [terms(o) for o in options]
    best = None
    for i, found in enumerate(stems):
        if deeds[i] and options[i].split()[-1].lower() in ("him", "her", "them", "it"):
            # Not by its verb alone: "call him" is no calling in life ("spend it on a trip" is
            # the spending a take may be against).
            verb = set(terms(options[i].split()[0]))
            found = [t for t in found if t not in verb]
        # "big party": a take on a big city is about something else.
        # What it said before still decides: a choice is not made the other way for variety.
        take = _best_take(index, found, (), minimum=1.0) if found else None
        if take is None:
            continue
        # A take on the deed's own verb decides it ("spend it on a trip": against spending).
        on_verb = take.head in terms(options[i].split()[0])
        if deeds[i] and len(set(found)) >= 2 > len(set(found) & take.about) and not on_verb:
            continue
        other = 1 - i
        headed = [take.head in s for s in stems]
        if take.side == "against" and take.about & set(stems[other]) and headed.count(True) == 1:
            # About both, its headword in one ("spend it on a trip"): its side is on that one.
            chosen = headed.index(True)
            chosen = 1 - chosen if take.side == "against" else chosen
        elif take.about & set(stems[other]):
            # About both: the one its sentence names first.
            shared = set(stems[0]) & set(stems[1])  # "notes" in "handwritten notes or typed"
            where = [
                min(
                    (take.said.index(t) for t in s if t in take.said and t not in shared),
                    default=999,
                )
                for s in stems
            ]
            if where[0] == where[1]:
                continue
            chosen = where.index(min(where))
            if take.side == "against":
                chosen = 1 - chosen
        elif take.side == "against" and take.head not in found:
            # Against spending is not against "save the money": only its headword says so.
            continue
        elif (
            take.head not in found
            and not set(found) & take.single
            and not (set(found) - set(stems[other])) & set(take.said) - LIGHT_OPTION_TERMS
        ):
            # Met by another of its words ("living alone", listed on a take for flatmates whose
            # sentence is "Living with others is worth it"): its side is on its headword, not on
            # this option; it decides nothing ("rent with friends or live alone" was "I would
            # live alone. Living with others is worth it").
            continue
        else:
            chosen = other if take.side == "against" else i
        score = len(set(found) & take.about)
        if best is None or score > best[0]:
            best = (score, options[chosen], take)
    return (best[1], best[2]) if best else None


def _choose(voice: Voice, index: Index, first: str, second: str) -> str:
    """Of two things offered, the one in the persona's field, else the one its material says
    more about, else one fixed for the persona and the pair."""
    options = (first.strip(), second.strip())
    fields = field_terms(voice)
    stems = [terms(option) for option in options]
    ranked = [
        (
            any(t in fields for t in found),
            max(index.rank(dict.fromkeys(found, 1.0)), default=0.0) if found else 0.0,
        )
        for found in stems
    ]
    if ranked[0] != ranked[1]:
        return options[0] if ranked[0] > ranked[1] else options[1]
    return options[zlib.crc32(f"{voice.slug}:{options}".encode()) % 2]


# An objection put back as a question: "but is knowledge not what makes it worth anything?",
# "but surely luck matters too?", "but doesn't that make it pointless?".
OBJECTED_BACK = folded(
    r"^\W*but\s+(?:(?:is|are|does|do|was|were|would|should|could|can|isn'?t|aren'?t|doesn'?t|"
    r"don'?t|wasn'?t|wouldn'?t|shouldn'?t|can'?t|couldn'?t)\b[^?]*\b(?:not|n'?t|never)\b|"
    r"(?:is|are|does|do)n'?t\b|surely\b)",
    re.IGNORECASE,
)


def _objected_back(index: Index, text: str, history: Sequence[Said]) -> bool:
    """Whether `text` objects, as a question, to the persona's own words said just before it
    ("But is knowledge not what makes imagination worth anything?"); never a question of right
    and wrong, nor a point pressed back at the philosopher's examination ("but surely thats
    allowed"), which he examines, nor a plain question after it ("but is it hard to learn?")."""
    if len(history) < 2 or not history[-2].own or not OBJECTED_BACK.search(text):
        return False
    examining = index.tagged.get("examine", ())
    return not MORAL_ASKED.search(text) and not any(
        _said_line(line, history[-2].text) for line in examining
    )


def _taken_up(voice: Voice, reading: Reading, *, message: str, speakers: Sequence[str]) -> Reading:
    """What a person's message does with what was said before, seen with the names in it:
    "Like William said, ..." sides with William (with the persona itself when it is William);
    "Marie, that's a bit bleak" objects to Marie, which Marie answers by defending herself."""
    raw = MENTION.sub(" ", message)
    names = {voice.slug, voice.name, *voice.name.split()}

    def calls_self(text: str) -> bool:
        return any(says_word(n, text) for n in names)

    siding = SIDING.search(raw)
    if siding and calls_self(siding.group(1)):
        return Reading("agree", speaker=voice.name)
    if reading.kind not in ("agree", "disagree", "defend"):
        # "einstein's right tbh", "socrates ur wrong", said to Einstein or Socrates: its name,
        # taken out to read the message, was who the side is taken with.
        if calls_self(_named_speaker(NAMED_DISAGREEING, raw) or "\x00"):
            return Reading("defend", in_field=reading.in_field)
        if calls_self(_named_speaker(NAMED_AGREEING, raw) or "\x00"):
            return Reading("agree", in_field=reading.in_field, speaker=voice.name)
    vocative = VOCATIVE.match(raw)
    if vocative and OBJECTION.search(raw[vocative.end() :]):
        if calls_self(vocative.group(1)):
            return Reading("defend", in_field=reading.in_field)
        for speaker in speakers:
            called = _as_called(speaker, vocative.group(1))
            if called:
                return Reading("disagree", in_field=reading.in_field, speaker=called)
    return reading


# A claim that judges a pastime by taste: "method ringing is boring", "jazz is overrated".
TASTE_CLAIM = folded(
    r"\b(?:boring|dull|fun|overrated|underrated|the best|the worst|pointless|cringe|lame|cool|"
    r"amazing|rubbish|tedious|a waste of time)\b",
    re.IGNORECASE,
)
ALL_OR_NOTHING = folded(
    r"\b(?:always|never|everything|nothing|nobody|no one|everyone|everybody|all of)\b", re.I
)


def _says(index: Index, thing: str) -> bool:
    """Whether any line of the persona's material says the headword of `thing` ("tinnitus" in
    "tinnitus", "telescope" in "a telescope")."""
    head = terms(thing)[-1]
    return any(head in line.counts for line in index.lines) or any(
        head in terms(line) for lines in index.tagged.values() for line in lines
    )


def _verdict(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    reading: Reading,
    heard: Sequence[str],
    ignored: set[str],
    opener,
    outside,
) -> str:
    """A verdict on the claim a person asked one on (`claim_asked`): yes or no to the asker's
    own, with or against the one named for another's, said with its take on the claim or a line
    of its own on the claim's subject as the reason ("sound is just pressure waves": a line on
    sound waves). With nothing of its own on it, the verdict alone in its field; outside it,
    owned up to."""
    claim = reading.claim
    subject = [
        t
        for t in terms(claim)
        if t not in ignored and t not in GENERIC_TERMS and t not in STANCE_TERMS
    ]
    # A line on what the claim is about (as a guest would join in on it) with two of its words;
    # never a line on one stray word ("warm" for summer at Caputh).
    take = _point_take(index, subject, heard)
    on = None if take else _chime_line(index, field_terms(voice), claim, heard)
    view, reason = _view_of(index, claim, subject, heard, rng, [on] if on else ())
    if not take and len(set(subject) & set(terms(reason))) < 2:
        # One word of it is no subject ("metal" in "the metal gets warm after a long peal" is
        # not an X-ray tube's metal target).
        view, reason = "", ""
    taste = None if reason else TASTE_CLAIM.search(claim) and _general_take(index, claim)
    if taste and not any(taste.text in h for h in heard):
        # "hattie thinks method ringing is boring": a matter of taste, which it will not settle
        # for anyone ("Pleasures differ, and I will not quarrel with a harmless one ...").
        view, reason = "against", taste.text
    if not reason:
        if not reading.in_field and not reading.speaker:
            return outside()  # its own claim, outside its field: owned up to
        # No view of its own: a claim about everything or nothing ("always", "never") is
        # doubted, another granted with a scientist's care ("basically", "just" are chat).
        view = "against" if ALL_OR_NOTHING.search(claim) else "with"
    kind = (
        ("with" if view == "with" else "against")
        if reading.speaker
        else ("yes" if view == "with" else "no")
    )
    if take and not take.side and not reading.speaker:
        # Its take on no side ("I would want to measure it"): no "yes" or "no" before it.
        kind = "opinion"
    if not reason:
        return opener(kind)
    fitted = _fitted(voice, index, opener, kind, reason, used=heard)
    if kind == "opinion":
        return fitted  # a view on no side: the reason alone rather than an opener again
    return fitted if fitted != reason else f"{opener(kind)} {reason}"


def _answer_persona(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    message: str,
    author: str,
    used: list[str],
    history: Sequence[Said],
    theme: str,
    ignored: set[str],
    persona_names: set[str],
    ignore: tuple[str, ...],
    others: Sequence[Voice] = (),
) -> str:
    """Another persona spoke: take up what it said, by name. A question is answered, a claim
    agreed with or objected to with a line on the same subject, and with nothing to say on it
    the persona asks back. Not spoken to (joining in unasked), it takes up only what bears on
    what the person asked (`_off_the_thread`), and otherwise keeps quiet."""
    speaker = author.split()[0] if author in ignore else author
    reply = _persona_reply(
        voice,
        index,
        rng,
        message=message,
        author=author,
        speaker=speaker,
        used=used,
        history=history,
        theme=theme,
        ignored=ignored,
        persona_names=persona_names,
        others=others,
    )
    if reply and _off_the_thread(voice, message, reply, history, persona_names, ignored):
        return ""
    asked_back = {
        t.format(speaker=speaker, name=speaker)
        for t in index.tagged.get("askback") or DEFAULT_TAGGED["askback"]
    }
    if reply in asked_back and AGREEING.search(message):
        # "Albert, I quite agree. Nobody is simply bad at maths ...": agreed with, and nothing
        # of its own to add, it keeps quiet rather than ask "Ada, what would make you change
        # your mind on that?" of one who holds its own view.
        return ""
    return reply


def _off_the_thread(
    voice: Voice,
    message: str,
    reply: str,
    history: Sequence[Said],
    persona_names: set[str],
    ignored: set[str],
) -> bool:
    """Whether a persona nobody spoke to would answer another persona's reply with a line that
    bears on nothing the person asked: Einstein's "I met Mileva Marić at the Zurich
    Polytechnic" after Curie's answer to "is yeast chemistry something you ever looked
    into?", or Curie's "Books were my first laboratory" after that. The person put the
    question to one persona by @mention; such a chain leaves it behind, so it keeps quiet.
    Named only as the other agrees with it ("Marie, I think you have it right"), it is told
    nothing to answer either. Asked a
    question by name, or handed the person's question by @mention, it answers."""
    names = {voice.slug, *voice.name.split(), voice.name}
    if "?" in message and any(says_word(n, message) for n in names):
        return False
    if f"@{voice.slug.lower()}" in message.lower():
        return False
    asked = next((s.text for s in reversed(history) if s.author not in persona_names), "")
    # Put to another persona by name as well ("darwin why do midges exist honestly": rate42
    # room 08 had got Curie's "I agree with Charles. Bread rises because yeast ...").
    others = {w.lower() for n in persona_names for w in n.split() if len(w) > 3} - {
        n.lower() for n in names
    }
    if (
        not asked
        or f"@{voice.slug.lower()}" in asked.lower()
        or any(says_word(n, asked) for n in names)
        or not (MENTION.search(asked) or any(says_word(n, asked) for n in others))
    ):
        # A question put to the room ("whats the secret to finishing a big project") is any
        # guest's to take up; one put to another persona by @mention or by name is that one's.
        return False
    wanted = {t for t in terms(MENTION.sub(" ", asked)) if t not in GENERIC_TERMS} - ignored
    if not wanted:
        return False
    return not set(related(sorted(wanted))) & set(terms(reply))


# A thing asked to be made for the person: "could u write an algorithm to pick my beta for me".
MADE_ASKED = folded(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:write|make|build|code|program|design|create|invent|draw|compose)\b(?! of\b)",
    re.I,
)
# A line of what the persona once made itself: "I wrote the first published algorithm".
OWN_MAKING = re.compile(r"\bI (?:wrote|made|built|designed|invented|composed|drew)\b")
# A line that only says what the thing asked to be made is: "An algorithm is a recipe of
# operations ...", for "could u write an algorithm to pick my beta": no help in making one.
DEFINES = re.compile(r"^(?:An?|The)\s+(?P<thing>[\w-]+)\s+(?:is|are|means)\b")


def _only_defines(asked: str, line: str) -> bool:
    """Whether `line` only says what a thing `asked` names is (`DEFINES`)."""
    found = DEFINES.match(line)
    return bool(found) and bool(set(terms(found["thing"])) & set(terms(asked)))


# The thing a remark is on, named after "that", "this", "those", "these" or "the" behind a
# preposition: "i would pay so much money for that engine".
REMARKED_ON = folded(
    r"\b(?:for|about|of|with|on|at|in|to)\s+(?:that|this|those|these|the|your|ur|ya)\s+"
    r"(?:[\w'-]+\s+)?([\w'-]+)\s*[.!?]*\s*$",
    re.I,
)


def _remark_in_passing(text: str, line: str) -> bool:
    """Whether a line taken up for a remark on a thing ("honestly i would pay so much money for
    that engine") names nothing of that thing, only another word of the remark in passing
    ("Knowing your tables by heart still pays")."""
    on = REMARKED_ON.search(MENTION.sub(" ", text).strip())
    if not on:
        return False
    thing = set(terms(on.group(0))) - GENERIC_TERMS - set(terms("that this those these the"))
    said = set(terms(line))
    # Named itself; a word near it in passing ("the machine, or the finger on it") is not it.
    if not thing or thing & said:
        return False
    return len((set(terms(text)) - GENERIC_TERMS) & said) < 2


def _off_the_question(question: str, line: str) -> bool:
    """Whether a line a persona would join with names nothing of the question that a person's
    reply answers ("my IPA has a weird smell like band aids. is it ruined"), only words of the
    reply ("chlorine", "water") that are not the question's thing (hair gone green in a
    swimming pool)."""
    asked = set(terms(question)) - GENERIC_TERMS - OWN_LIFE_TERMS
    said = set(terms(line))
    if not asked or asked & said or set(related(sorted(asked))) & said:
        return False
    return not any(akin(a, t) for a in asked for t in said)


def _phrase_apart(text: str, line: str) -> bool:
    """Whether the thing a question is about is named by words together ("cold water
    swimming") that a line says only apart, each of another thing ("cold nights", "a trace of
    water"): a line on them in passing."""
    about = sense_subjects(text) - GENERIC_TERMS - OWN_LIFE_TERMS
    asked = [terms(w) for w in re.findall(r"[\w'-]+", text.lower())]
    said = [terms(w) for w in re.findall(r"[\w'-]+", line.lower())]

    def pairs(words: list[list[str]]) -> set[tuple[str, str]]:
        return {
            (a, b) for one, two in zip(words, words[1:], strict=False) for a in one for b in two
        }

    # An adjective of the thing and the thing ("cold water dips": "cold water"), the thing's
    # name or not: "a cold onion" and "their water" are another thing's.
    together = {
        (a, b)
        for a, b in pairs(asked)
        if a != b
        and b not in GENERIC_TERMS
        and (
            (a in about and b in about)
            or (a in about and a in ADJECTIVES_COMPARED and b not in about)
        )
    }
    if not together:
        return False
    named = {t for w in said for t in w}
    return all({a, b} <= named for a, b in together) and not together & pairs(said)


def _of_the_journey(text: str, line: str) -> bool:
    """Whether a line names a place the journey asked about is from or to."""
    places = re.findall(r"\b(?:to|from)\s+([a-z][\w'-]+)", text, re.IGNORECASE)
    return any(re.search(rf"\b{re.escape(p)}\b", line, re.IGNORECASE) for p in places)


# The chance of a thing asked ("whats the chance of rolling a 7 with two dice", "odds of
# getting three heads in a row"), and the figures a line says its chance of.
CHANCE_ASKED = folded(r"\b(?:chances?|odds|probability|likel(?:y|ihood))\b", re.I)
OUTCOME_ASKED = folded(
    r"\b(?:chances?|odds|probability|likelihood) (?:of|that|for) (?P<outcome>[^?.!,;]*?)"
    r"(?= (?:with|in|from|out of|among|on|at|if|when|using|across|per)\b|[?.!,;]|$)",
    re.I,
)
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
NUMBER_SAID = folded(r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r")(?:s|es)?\b", re.I)


def _figures_of(text: str) -> set[str]:
    """The numbers `text` says, in figures or in words ("sixes": 6)."""
    found = set()
    for m in NUMBER_SAID.finditer(text):
        word = re.sub(r"(?:e?s)$", "", m.group().lower()) if not m.group()[0].isdigit() else ""
        found.add(NUMBER_WORDS.get(word, word) if word else re.sub(r"\D", "", m.group()))
    return found - {""}


def _other_outcome(text: str, line: str) -> bool:
    """Whether `line`, on chance, leaves out a figure of the outcome `text` asks the chance of:
    "the chance of two sixes with two dice" for rolling a 7 (a wrong answer, said as right)."""
    outcome = OUTCOME_ASKED.search(text)
    if not (outcome and CHANCE_ASKED.search(line)):
        return False
    # A line on chance saying none of the figures of the outcome is no answer either ("for
    # true chance, throw dice"); the figures of what it is thrown with, or among ("with two
    # dice", "in a room of 30": a class of 23), are its case, near enough.
    return bool(_figures_of(outcome.group("outcome")) - _figures_of(line))


# The words of a need that say only that something is wanted ("any ideas for", "a decent").
NEED_WORDS = frozenset(
    terms(
        "need needs want after looking hunt searching idea ideas suggestion suggestions "
        "recommendation recommendations rec recs tip tips advice something somewhere good "
        "decent quick easy nice new simple cheap few couple really desperately urgently just"
    )
)


def _need_unmet(text: str, line: str) -> bool:
    """Whether `line` says nothing of the thing a need asks for (`NEED_ASKED`: "got friends
    round tonight, any ideas for a pudding": a pudding), only of the rest it tells (friends)."""
    need = NEED_ASKED.search(text)
    if not need:
        return False
    clause = re.split(r"[,.;:!?]", text[need.start() :].lstrip(",.;:! "), maxsplit=1)[0]
    wanted = set(terms(clause)) - GENERIC_TERMS - NEED_WORDS
    return bool(wanted) and not wanted & set(terms(line))


# Living things at large, of which a question asks only as anyone.
BROAD_KINDS = frozenset(terms("animal animals creature creatures beast beasts"))


def _off_its_subject(text: str, line: str) -> bool:
    """Whether a line found on one word of a question put to the persona ("can u help me fix
    my wifi its dropping every 10 min") says nothing of the thing the question is about
    (the wifi), only a word it shares in passing ("Drop a spanner on a ship"), or opens on
    another thing (`another_thing`). A question with no thing it is about ("do you like
    rainy days", "how did you cope") is not judged so. Nor a line naming nothing of what the
    question asks of (`sense.off_focus`: a pigeon's head for "how do owls turn their heads")."""
    if (
        off_focus(text, line)
        or _need_unmet(text, line)
        or _other_outcome(text, line)
        or case_unmet(text, line)
        or chance_unread(text, line)
    ):
        return True
    about = sense_subjects(text) - GENERIC_TERMS - OWN_LIFE_TERMS
    # Who or how it is asked for is no thing it is about: "the best way to learn to code as an
    # adult" is about learning to code.
    about -= {
        t
        for m in re.finditer(r"\b(?:as|like|for) (?:a|an|my|our|your|the)\s+([\w'-]+)", text, re.I)
        for t in terms(m.group(1))
    }
    if not about:
        return False
    # The word before it in its noun phrase names it too: "thunder rumble" is thunder's,
    # "mental maths" mental arithmetic.
    raw = re.findall(r"[\w'-]+", text.lower())
    about |= {
        t
        for i, word in enumerate(raw[1:], start=1)
        if set(terms(word)) & about
        for t in terms(raw[i - 1])
    } - GENERIC_TERMS
    said = set(terms(line))
    if set(related(sorted(about))) & said or about & set(alike_terms(text, line)):
        return another_thing(text, line)
    if any(akin(a, t) for a in about for t in said):
        return False  # "birds" said as the finches they are
    if about & PEOPLE_TERMS and re.search(r"\b(?:we|us|our|people|man|men|mankind)\b", line, re.I):
        return False  # "did humans come from monkeys": "we came from apes"
    # More than one word of the question is more than a word in passing ("thrown sideways"
    # and "a corner" of a car going round one).
    shared = (set(terms(text)) - GENERIC_TERMS) & said
    # A place or a thing the question names after a preposition ("the sandals you wore in the
    # agora") is no word in passing: its line is the nearest it has.
    return len(shared) < 2 and not shared & _placed(text)


def _opens_on_named(text: str, line: str) -> bool:
    """Whether `line` opens on a thing `text` names, or one of its kind ("A cat pats things off
    a table" for "why does my cat knock stuff off the table")."""
    named = roles(text).keys()
    return any(akin(head, t) for head in opening_nouns(line) for t in named)


def _placed(text: str) -> set[str]:
    """The stems of the places or things `text` names after a preposition ("the agora" of "the
    sandals you wore in the agora")."""
    return {
        t
        for m in re.finditer(
            r"\b(?:in|at|on|from|of|about)\s+(?:the\s+|a\s+|an\s+)?([\w'-]+)", text, re.I
        )
        for t in terms(m.group(1))
    }


def _fits_ask(text: str, line: str, field: frozenset[str]) -> bool:
    """Whether `line` answers what `text` asks in its kind (`topic.answers_ask`: what to use,
    whether it is safe) and is on the thing asked of, not only saying its one word late, in
    passing, when that word is none of the persona's `field` ("some crows leave nuts for cars
    to run over" for a car that squeaks; "dry hands grip a hold" for a second-hand bargain)."""
    side = side_terms(text)
    in_field = bool(field & (set(terms(text)) - side - GENERIC_TERMS))
    if not answers_ask(text, line, safety=not in_field):
        return False
    if in_field:
        return True  # (a thing of its field: its nearest, judged by its own gates)
    every = (set(terms(text)) & set(terms(line))) - GENERIC_TERMS
    both = set(terms(text)) & set(terms(line))
    if len(both & {t for p in topic_phrases(text) for t in terms(p.word)}) >= 2:
        return True  # two things it names ("a house but not a home")
    shared = every - side
    # (a thing named, "car", "hand"; not what is asked of it, "why is it slippery")
    if len(shared) != 1 or shared & field or not all(map(a_thing, shared)):
        return True
    # (Its head on a word of the message is on it: "An icy pavement is slippery" for why ice is.)
    head = set(terms(" ".join(re.findall(r"[\w'-]+", line)[:LINE_HEAD_WORDS])))
    if any(h[:3] == t[:3] for h in head for t in shared):
        return True  # ("made pots" for pottery)
    return bool(head & set(terms(text)) - GENERIC_TERMS) or not _one_word_late(text, line)


def _one_word_late(text: str, line: str) -> bool:
    """Whether `line`, put in place of a line off what `text` asks, shares one word of it alone
    (its side words aside), said neither at its head nor among its first words: "the radon it
    breathes into closed rooms", in a line on granite, for a back room that smells of damp."""
    every = (set(terms(text)) & set(terms(line))) - GENERIC_TERMS
    shared = every - side_terms(text)
    if len(shared) != 1:
        return not shared
    early = set(terms(" ".join(re.findall(r"[\w'-]+", line)[:LINE_HEAD_WORDS])))
    # (Its head may name a thing the question tells beside: "Permanent hair dye ... bleaches"
    # for the new bleach that left a client's hair orange; not a doing, "no smell" for a room
    # that smells of damp.)
    named = shared | (every & phrase_nouns(text))
    return not named & (early | set(opening_nouns(line)))


def _persona_reply(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    message: str,
    author: str,
    speaker: str,
    used: list[str],
    history: Sequence[Said],
    theme: str,
    ignored: set[str],
    persona_names: set[str],
    others: Sequence[Voice],
) -> str:
    """`_answer_persona`'s reply, spoken to or not."""
    asked = _handed_over(voice, message, history, persona_names, by=_voice_of(author, others))
    if asked is not None:
        # Another persona passed a person's question on: answer the person's question.
        question, asker = asked
        line = known(index, plain(MENTION.sub(" ", question)), used, asked=True)
        if line and not any(_said_line(line, u) for u in used):
            # Its plain answer to an everyday question of its field (a `#know` line), handed
            # to it because it has one ("why do my trainers stink", from the physicist).
            answer = _filled(line, {}, _addressable(asker))
            gladly = f"Gladly. {answer}"
            return gladly if len(gladly) <= voice.max_reply_chars else answer
        query = [t for t in terms(question) if t not in ignored]
        lines = _best_lines(index, _weights(query, (), theme, ignored), used, rng, 2)
        # On the question in its sense, not on one stray word of it: "which birds to send to
        # which race" is no seedling that "sends word down the stem", a gran no Wilberforce's
        # grandmother. With none, it owns up to the one who asked, in its voice.
        asked_plain = plain(MENTION.sub(" ", question))
        own_field = field_terms(voice)
        # Nor on its thing alone, saying another side of it ("A black car gets hotter in the
        # sun" for a car that won't start): judged as when asked it directly.
        lines = [
            line
            for line in lines
            if _in_sense(asked_plain, line, field=own_field)
            and not (ASKED.search(asked_plain) and thing_only(asked_plain, line))
            and _fits_ask(asked_plain, line, own_field)
        ]
        if not lines:
            # Its best-ranked lines on the question, in its sense, as the one that handed it
            # over found (`_would_answer`): a fresh one, else one it said before.
            found = _handed_lines(voice, index, question, ignored)
            fresh = [line for line in found if not any(line in text for text in used)]
            lines = (fresh or found)[:1]
        if not lines:
            in_field = bool(own_field & set(query))
            return _owned_up(index, rng, name=_addressable(asker), used=used, in_field=in_field)
        # Thanked without a name, so the answer is told to one person only: the one who asked.
        start = _tagged(index, "answer", rng, name=_addressable(asker), used=used)
        if len(lines) == 1 and len(f"Gladly. {start} {lines[0]}") > voice.max_reply_chars:
            # An opener that would cut the answer short gives way to one that leaves it whole.
            fitted = _fitted(
                voice,
                index,
                lambda kind, among=None: _tagged(
                    index, kind, rng, name=_addressable(asker), used=used, among=among
                ),
                "answer",
                lines[0],
                used=used,
            )
            if len(f"Gladly. {fitted}") <= voice.max_reply_chars:
                return f"Gladly. {fitted}"
        return " ".join(["Gladly.", start, *lines])
    if PUT_RIDDLE.search(message):
        # "what runs but never walks? What am I?": a riddle is enjoyed and given up, with one of
        # its own back, never answered with a line on "walks" or "mouth".
        joke = _tagged(index, "joke", rng, name=speaker, used=used)
        riddle = _tagged(index, "riddle", rng, name=speaker, used=used)
        return f"{riddle} Here is one back: {joke}"
    put_to = _put_to_other(voice, message, others)
    if put_to and "?" in message:
        # Marie asks Charles whether he doubted his theory: his to answer, not a line of its own
        # on "doubt" or "theory".
        return _tagged(index, "aside", rng, name=speaker, who=put_to, used=used)
    # "I have often wondered how you kept warm": the wondering is how it is asked, not what.
    plain_text = WONDERED.sub(" ", MENTION.sub(" ", message))
    query = [t for t in terms(plain_text) if t not in ignored]
    # "do you remember our walk, when you talked about falling lifts?": the walk and the talk
    # are how one persona puts it to another, the lifts what it is about.
    subject = [t for t in query if t not in GENERIC_TERMS and t not in BETWEEN_PERSONAS]
    # Never restate what was just said, nor what it said itself: lines already in the room,
    # near copies of them, or lines of its own said before are no reply.
    said = [line.text for line in history]
    heard = [*used, *said]
    earlier = [terms(text) for text in heard]
    line = [
        text
        for text in _on_subject(index, subject, heard, rng, 3)
        if all(_overlap(text, before) < 0.5 for before in earlier)
    ]

    def opener(kind: str, among: tuple[str, ...] | None = None) -> str:
        return _tagged(index, kind, rng, name=speaker, speaker=speaker, used=used, among=among)

    if "?" in message or WONDERED.search(message):
        # What the question is plainly about ("a speech about justice"): a line on one word of
        # it must be on that, not on "the King's Men".
        # The clause that asks comes first: "your kings talk of honour; do you know what
        # honour is?" is about honour, not kings.
        asks = re.findall(r"[^.;!?]*\?", plain_text)
        about = {
            t
            for t in terms(asks[-1] if asks else "")
            if t not in ignored and t not in GENERIC_TERMS and t not in BETWEEN_PERSONAS
        } - FRAMING or subject_terms(plain_text)
        # A word said twice is what it turns on ("a speech about justice: what is justice?").
        about = {t for t in subject if subject.count(t) > 1} or about
        if line and asks and about and not set(related(sorted(about))) & set(terms(line[0])):
            line = []  # two words of the message, but none of what it asks
        if not line:
            # Its own words on a word of its field in the question ("what time is").
            own = [t for t in query if t in field_terms(voice)]
            line = _on_subject(index, own, heard, rng, 1, field=True, key=about)
            line = [t for t in line if not about or about & set(terms(t))]
        if not line and ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", MENTION.sub(" ", message))):
            # About its own life ("how did you keep your notebooks?"): one word of it is enough.
            line = _on_subject(index, subject, heard, rng, 1, field=True, key=about)
            line = [t for t in line if not about or about & set(terms(t))]
        line = [t for t in line if all(_overlap(t, before) < 0.5 for before in earlier)]
        # On the thing asked, in its sense: "did the doubters make you wonder whether you were
        # wrong?" is no X-ray "worth it when it finds what is wrong", "what it would cost you"
        # no calculator doing what "cost clerks whole days".
        named = _named_things(plain_text)
        line = [t for t in line if named & set(terms(t)) or _in_sense(plain_text, t)]
        # Answered only on what it asks: Marie's "letters by hand" is no dog's nose read like a
        # letter as hands are shaken.
        if not ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", MENTION.sub(" ", message))):
            # Put to the room, not to it ("how did you keep your notebooks?" is its own life).
            line = [t for t in line if _on_the_question(voice, subject, t)]
        if line:
            return f"{opener('answer')} {line[0]}"
        if YES_NO_QUESTION.match(ECHO_LEAD.sub("", MENTION.sub(" ", message).strip())):
            # Asked yes or no with no line on it: its verdict on that subject, whatever the
            # seed, to the one who asked, with its take on the matter as the reason when it
            # has one ("is knowledge not what makes imagination worth anything?").
            take = _point_take(index, subject, heard)
            if take:
                # A take on no side answers with a view, never a "yes" it may go on to deny.
                agrees = (_side_on(take, plain_text) == "for") == (_lean(plain_text) == "for")
                verdict = ("yes" if agrees else "no") if take.side else "opinion"
                return _fitted(voice, index, opener, verdict, take.text, used=used)
            key = f"{voice.slug}:{' '.join(sorted(set(subject)))}"
            verdict = "no" if zlib.crc32(key.encode()) % 3 == 0 else "yes"
            return opener(verdict)
        point = asks[-1] if asks else plain_text
        if speaker and ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", point)):
            # Of its own life, with nothing on it: said so by name, and asked back on the same
            # point ("would you still have done the work ...?": "I cannot say, Socrates; would
            # you?"), never owned up to as a matter outside its field.
            back = ASKED_BACK.search(point)
            again = f"{back.group(1).lower()} you?" if back else "and you?"
            return f"I cannot say, {speaker}; {again}"
        if _quoted_own(message, author, others):
            # The question is one the other persona quotes from its own work ("If you prick us,
            # do we not bleed? ... Shylock asks"): no question put to this one, and nothing of
            # its own on it; it keeps quiet rather than own up (an empty reply posts nothing).
            return ""
        return opener("outside")
    # A claim: agreed with or objected to, with its own line or take on the point as the
    # reason; never the other's words said back to it. With nothing of its own on the point,
    # one short question back.
    # A claim is met with a line on it only in the sense it says its words.
    line = [t for t in line if _in_sense(plain_text, t)]
    view, reason = _view_of(index, message, subject, heard, rng, line)
    if reason and _point_take(index, subject, heard) is None:
        # A line of its own is a reason only when on what was said: two of its words, not one
        # ("I agree with Albert. Our younger daughter Eve chose music ..." for his "simple days").
        # Two everyday words said apart are no more ("true love ... thy garden hedge" is no
        # "I loved my garden"): a word of its field or its own, or two side by side, or three.
        need = min(2, len(set(subject)))
        on_it = len(set(subject) & set(terms(reason))) >= need
        reason = reason if on_it and _on_the_question(voice, subject, reason) else ""
    if not reason:
        return opener("askback")
    # An opener short enough to leave the reason whole, when one is.
    stance = "concur" if view == "with" else "object"
    fitted = _fitted(voice, index, opener, stance, reason, used=used)
    return fitted if fitted != reason else f"{opener(stance)} {reason}"


# How a question asks of the one it is put to ("would you still have done ...?", "did the
# doubters ever make you wonder ...?"): the same words ask it back.
ASKED_BACK = folded(r"\b(do|did|would|could|can|will|have|had|are|were|should) you\b", re.I)


# A riddle one persona puts to the room ("I have a tongue but taste nothing... What am I?").
PUT_RIDDLE = folded(
    # "What am I?" at the end of a question; a riddle said to be one ("A riddle, then:", "riddle
    # for you all:", "Guess, good friends."); "what has keys but opens no locks?", short, with no
    # comma between (not "What goes wrong, my friends, when a man argues well but lives badly?").
    r"\b(?:what|who) am i(?=\s*\?)|\bguess what i am\b|\briddle me\b|"
    r"(?:^|[.!?:;]\s*)(?:here is |here's |try |now )?a riddle(?=\s*(?:,|:|then\b|for\b))|"
    r"\briddle for (?:you|the room|all|everyone)\b|"
    r"\bguess,? (?:good |my |dear )?(?:friends|all|everyone|gentlemen|ladies|then)\b|"
    r"\bwhat (?:is it that |thing )?(?:has|have|runs|goes|comes|gets)\b[^?,;]{0,80}?\bbut\b"
    r"[^?]{0,120}\?",
    re.IGNORECASE,
)


def _on_the_question(voice: Voice, subject: list[str], line: str) -> bool:
    """Whether a line answers a question one persona put to the room on what it asks: by a word
    of its field or its own ("imagination", which few personas use), by two of its words side
    by side as the question has them ("write letters"), or by three of them; not by two
    everyday words said apart in other senses ("shake hands and read a letter" for "letters by
    hand")."""
    said = terms(line)
    shared = set(subject) & set(said)
    pairs = set(zip(subject, subject[1:], strict=False))
    spread = _spread()
    return (
        bool(shared & field_terms(voice))
        or any(spread.get(t, 0) <= OWN_AMONG for t in shared)
        or len(shared) >= 3
        or bool(pairs & set(zip(said, said[1:], strict=False)))
        or len(set(subject)) < 2
    )


def _put_to_other(voice: Voice, message: str, others: Sequence[Voice]) -> str:
    """The first name of another persona a persona's message is put to ("@darwin Charles, did
    you ever doubt...?", "Albert, tell me: ..."), or "" when it is put to this one or to all.
    The sentence that asks decides ("@darwin Charles, I quite agree. But Marie, what do you
    say?" is put to Marie)."""
    clauses = re.split(r"(?<=[.!?])\s+", MENTION.sub(lambda m: m.group(0)[1:], message))
    asking = next((c for c in reversed(clauses) if "?" in c), "")
    lead = re.sub(r"^\W*(?:but|and|so|now|well|then|tell me)\W+", "", asking, flags=re.I)
    called = VOCATIVE.match(lead) or re.search(r",\s*([A-ZÀ-Þ][\w'-]+)\s*\?\s*$", asking)
    if called:
        name = called.group(1).lower()
        if name in {voice.slug.lower(), *voice.name.lower().split()}:
            return ""
        for other in others:
            if not other.is_house_bot and name in {other.slug, *other.name.lower().split()}:
                return other.name.split()[0]
    mentioned = {m.group(0)[1:].lower() for m in MENTION.finditer(message)}
    if voice.slug.lower() in mentioned:
        return ""
    vocative = VOCATIVE.match(MENTION.sub(" ", message).strip())
    called_first = vocative.group(1).lower() if vocative else ""
    if called_first and called_first in {voice.slug.lower(), *voice.name.lower().split()}:
        return ""
    for other in others:
        if other.is_house_bot:
            continue
        names = {n.lower() for n in other.name.split()}
        if other.slug.lower() in mentioned or (called_first and called_first in names):
            return other.name.split()[0]
    return ""


# A take that opens by picking one thing of its subject over another: "Coffee, I think, ...",
# "Tea, if I must choose, ...", "Cats, I would say; ...", "Flashcards, sooner than rereading".
PICKED_OPENING = folded(
    r"^(?P<pick>[\w' -]{1,30}?),\s*(?:I think|I would say|I'd say|I say|if I must choose|"
    r"by my troth|sooner than|rather than)\b|^I prefer (?P<preferred>[\w' -]{1,30}?)[,;]",
    re.IGNORECASE,
)


def picks_one(take: Take) -> bool:
    """Whether `take` is a pick between things of its subject (`PICKED_OPENING`: "A quiet
    evening, I would say" on parties), fit only to answer an either/or question put to it."""
    return bool(PICKED_OPENING.match(take.text)) and len(take.about) >= 2


def _point_take(
    index: Index, subject: list[str], heard: Sequence[str], lead: set[str] | None = None
) -> Take | None:
    """The persona's take on a point, not yet said in the room: one whose headword is what the
    point is about (among its first words of substance, or `lead`), or whose subject has two of
    the point's words; one word of its subject in another sense ("leaves" of a loom, an
    "instrument" that measures, the "love" of one's work) does not make it the point."""
    take = _best_take(index, subject, heard, minimum=1.0)
    if take is None or any(take.text in h for h in heard) or picks_one(take):
        # A pick between two things ("Coffee, I think, and a pipe beside it") answers a
        # person's either/or question, never a point someone made ("Milk curdles in tea or
        # coffee when it is no longer fresh"): no view of that point.
        return None
    lead = set(subject[:2]) if lead is None else lead
    return take if take.head in lead or len(set(subject) & take.about) >= 2 else None


# A view that waits on what is not yet known: "I would want to measure it ... I have not yet
# seen that experiment done", "it depends on whether ...".
UNDECIDED = folded(
    r"\b(?:not yet|would want to (?:measure|see|test)|depends on|until (?:someone|we) "
    r"(?:show|find|prove)s?|i cannot (?:yet )?(?:say|tell))\b",
    re.IGNORECASE,
)


def _view_of(
    index: Index,
    claim: str,
    subject: list[str],
    heard: Sequence[str],
    rng: random.Random,
    lines: Sequence[str] = (),
    *,
    lead: set[str] | None = None,
    neutral: bool = False,
) -> tuple[str, str]:
    """The persona's view of a point someone made, "with" or "against", and its reason from
    its own material: its take on the point, else a line on it (`lines`, or one with two of the
    point's words); ("", "") when it has neither. A take is with the point or against it as its
    side and the point's lean agree; a line that says the point the other way ("never" where
    the point has none) is against it. `neutral`: a take on no side is "undecided", neither
    with nor against (Curie's "I would want to measure it ... and I have not yet seen that
    experiment done" takes no side on whether machines will be creative)."""
    take = _point_take(index, subject, heard, lead)
    if take is not None and neutral and not take.side and UNDECIDED.search(take.text):
        return "undecided", take.text
    if take is not None:
        # A view it holds says why better than a fact it knows.
        agrees = not take.side or (_side_on(take, claim) == "for") == (_lean(claim) == "for")
        return ("with" if agrees else "against"), take.text
    earlier = [terms(text) for text in heard]
    lines = list(lines) or [
        text
        for text in _on_subject(index, subject, heard, rng, 3, sense=claim)
        if all(_overlap(text, before) < 0.5 for before in earlier)
    ]
    if not lines:
        return "", ""
    shared = set(subject) & set(terms(lines[0]))
    denies = bool(NEGATION.search(lines[0])) != bool(NEGATION.search(claim))
    return ("against" if len(shared) >= 2 and denies else "with"), lines[0]


# Words of one persona putting a thing to another, which say nothing of the thing itself.
BETWEEN_PERSONAS = frozenset(
    terms(
        "remember recall walk walks walked talk talked talking confess suspect told tell say "
        "settle settled wonder wondered ever always really like liked know knew think thought"
    )
)
# "I have always wondered how you kept your nerve": a question put as a statement, answered as
# one, never agreed with.
WONDERED = folded(
    r"\b(?:i(?: have|'ve)? (?:always |often |long |sometimes )?wonder(?:ed)?|"
    r"i(?:'d| would) (?:love|like) to (?:know|hear)|i am curious|"
    r"tell me (?:how|why|what|whether))\b",
    re.IGNORECASE,
)


# Whether a story is true, asked of the one it is told of: "was the shed thing true?", "is
# that story real", "did that really happen".
STORY_ASKED = folded(
    r"\b(?:was|is|were|are) (?:the|that|this|your|ur) [\w' -]{1,30}? "
    r"(?:true|real|made up|a myth)\b|"
    r"\bdid (?:that|it|this) really happen\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _recurring_of(lines: tuple[str, ...]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for line in lines:
        for t in set(terms(line)):
            counts[t] = counts.get(t, 0) + 1
    return frozenset(t for t, n in counts.items() if n >= 4) - GENERIC_TERMS


def _recurring(index: Index) -> frozenset[str]:
    """The things the persona's lines tell of again and again (four lines or more): the
    things of its own life ("shed" to Curie)."""
    return _recurring_of(tuple(line.text for line in index.lines))


def _on_subject(
    index: Index,
    subject: list[str],
    used: Sequence[str],
    rng: random.Random,
    count: int,
    *,
    field: bool = False,
    key: set[str] = frozenset(),
    own: bool = False,
    sense: str | None = None,
) -> list[str]:
    """Up to `count` lines, best first and not in `used`, that each carry two of the words of
    `subject` (one when it has one word, or when the subject is the persona's field); with
    `own` (a question on its own life), one it says of itself before a quote on it. With
    `key` (what the question is plainly about: "your mum"), a line that carries one word only
    must carry one of those, when any line does: "strict" alone is not "was your mum strict?".
    With `sense` (the message), only lines that say its words in its sense (`_in_sense`)."""
    if not subject:
        return []
    need = 1 if field else min(2, len(set(subject)))
    key = key & set(subject)
    # What it is about, and the words a life says it in ("god": "faith").
    key = set(related(sorted(key))) if key else set()
    weights = {t: 1.6 if t in key else 1.0 for t in subject}
    for t in key & index.idf.keys():
        weights.setdefault(t, 0.8)
    if field:
        # Its own life or field: "did you fight in a war?" is about a soldier's life.
        for t, weight in related(subject).items():
            weights.setdefault(t, 0.5 * weight)
    chosen = _best_lines(
        index, weights, used, rng, count * (6 if key else 3), minimum=0.5, pair=False
    )
    wanted = set(subject)
    among = set(chosen)
    counts = {line.text: line.counts for line in index.lines if line.text in among}

    widened = set(related(subject)) - wanted if field else set()

    def found(text: str) -> int:
        """How many things asked the line speaks to: each word, and any related word."""
        return sum(t in counts[text] for t in wanted) + any(t in counts[text] for t in widened)

    def fits(text: str) -> bool:
        own = {term for term in wanted if term in counts[text]}
        return len(own) >= need and (found(text) >= 2 or not key or bool(own & key))

    # A line on more of what was asked first: "Emma" and "faith" before "ideas" alone; asked
    # of its own life ("did u have kids"), "My children were..." before a thankless child.
    ranked = sorted(
        (t for t in chosen if fits(t)),
        key=lambda t: (
            -found(t),
            -sum(w in counts[t] for w in wanted),
            own and not FIRST_PERSON.search(t),
        ),
    )
    # In its sense, read of the best first only as far as `count` (the costly reading).
    in_sense = (t for t in ranked if sense is None or _in_sense(sense, t))
    return list(itertools.islice(in_sense, count))


# A line it says of itself, and a question on what it did or had (not "how do you stop being
# scared of dying?", which asks for its view).
FIRST_PERSON = re.compile(r"^(?:I|My)\b")
# A line it says of itself ("sailing was my only sport, I ..."), or of us all ("We are such
# stuff as dreams are made on"); not "since my time" in passing.
OWN_SAYING = re.compile(r"^(?:I|My|We|Our)\b|\bI\b")
OF_ITS_LIFE = folded(r"\b(?:did|were|was|have|had) (?:you|u)\b", re.IGNORECASE)


def _related_line(
    index: Index,
    subject: list[str],
    used: Sequence[str],
    key: set[str] = frozenset(),
    sense: str | None = None,
) -> list[str]:
    """The persona's best line, not yet said, for `subject` widened to related everyday words
    (`material.related`), if one scores enough to be about it; with `key` (what the question
    is plainly about), a line on it or on its related words; with `sense` (the message), one
    that says a word of it in its sense or only its related words."""
    if not index.lines:
        return []
    scores = index.rank(related(subject))
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
    about = set(related(sorted(key & set(subject)))) if key & set(subject) else set()
    for i in ranked:
        if scores[i] < 0.6:
            break
        if about and not about & index.lines[i].counts.keys():
            continue
        if sense is not None and not _in_sense(sense, index.lines[i].text, loose=True):
            continue
        if not any(index.lines[i].text in text for text in used):
            return [index.lines[i].text]
    return []


def _overlap(text: str, query: list[str]) -> float:
    """The share of a line's content words that the message already has."""
    own = set(terms(text))
    return len(own & set(query)) / len(own) if own else 1.0


def _lines_on(index: Index, thing: str, text: str, query: Sequence[str]) -> list[str]:
    """Its plain lines that name `thing` (a pattern) as `text` names it and say two of the
    words asked: "To learn lines fast, do as my fellows did" for "how do u learn lines fast";
    not a line on a dog's greens for "how do i get my toddler to eat anything green"."""
    named = re.compile(rf"\b(?:{thing})\b")
    said = set(named.findall(text.lower()))
    asked = set(query)
    return [
        line.text
        for line in index.lines
        if len(asked & line.counts.keys()) >= 2 and said & set(named.findall(line.text.lower()))
    ]


def _outside(
    voice: Voice,
    index: Index,
    rng: random.Random,
    *,
    message: str,
    query: list[str],
    name: str,
    others: Sequence[Voice],
    used: list[str],
    method: bool = False,
    worked: bool = False,
) -> str:
    """Owning up to a request far from the persona's field, and handing it to the persona in
    the room whose field it is most, if there is one. `method`: its way of working answers the
    question all the same (`Reading.method_fits`: why a copper bracelet turns a wrist green
    for the chemist, how many trips three cars make for eleven people for the mathematician),
    and it says so when nobody in the room knows it better. `worked`: what it asks happens in
    the persona's field (`worked_out`), though it has nothing on it."""
    experts = _experts(voice, others, message, set(query))
    if not experts and method:
        among = _method_lines(index, message)
        return _tagged(index, "method", rng, name=name, used=used, among=among)
    # What happens in its own field ("why does the sea stay cold" to the physicist) is never
    # "I know physics, not that": it owns up plainly, nobody in the room knowing it better.
    # An everyday subject far from its field ("a recipe for a quick dinner") is owned up to with
    # its word of its own life on it ("Cooking I left to Elsa"), when it has one not said lately.
    in_field = not experts and worked
    own = "" if in_field else owned_of(index, message)
    if own and not any(_fixed_runs((own,))[0] in said for said in used):
        text = _tagged(index, "outsideof", rng, name=name, among=(own,))
    else:
        text = _owned_up(
            index,
            rng,
            name=name,
            used=used,
            in_field=in_field,
            request=bool(REQUEST.search(message)),
        )
    if experts:
        other = min(
            experts,
            key=lambda o: (
                -len(field_terms(o) & (set(query) - GENERIC_TERMS)),
                -_matched_terms(index_of(o.material), query),
                o.slug,
            ),
        )
        handover = _tagged(
            index, "handover", rng, name=name, mention=f"@{other.slug}", who=other.name, used=used
        )
        text = f"{text} {handover}"
    return text


# An owning-up line that says the matter is outside what the persona knows ("I know physics,
# not that", "that is not my field"): not said of a question in its own field.
# An owning-up line that answers a question of fact, no request: a question back ("Do you know
# it yourself?") or a puzzle ("as puzzled as my cat Tiger").
ASKED_BACK_LINE = folded(r"\?|\bpuzzl\w*", re.I)
NOT_MY_FIELD = folded(
    r"\b(field|outside|beyond|edge of|not (that|such)|(such|these) (things|matters)|never "
    r"learned|that trade|studies|not a \w+ \w+ question|bench|laboratory door|my science|"
    r"my tables|in any table|wiser people|craftsman|shoemaker|good life|in Athens|"
    r"Mr Babbage|chemist and a physicist|I know \w+|spent my life)",
    re.IGNORECASE,
)


def _plain_owning(voice: Voice, index: Index, subject: Sequence[str]) -> tuple[str, ...] | None:
    """Its owning-up lines that say only that it does not know (not `NOT_MY_FIELD`), when
    `subject` is of its field; None (any of them) otherwise."""
    if not field_terms(voice) & set(subject):
        return None
    lines = index.tagged.get("outside") or DEFAULT_TAGGED["outside"]
    return tuple(line for line in lines if not NOT_MY_FIELD.search(line)) or None


def _owned_up(
    index: Index,
    rng: random.Random,
    *,
    name: str,
    used: list[str],
    in_field: bool = False,
    asked: str = "",
    request: bool = False,
) -> str:
    """Its plain owning-up (#outside), in its voice. Asked to do or give something (`request`:
    "can you give me a recipe for a quick dinner"), one that owns up to it, never one that
    answers a question of fact ("Do you know it yourself?", "as puzzled as my cat Tiger").
    Asked in its own field (`in_field`), one that says only that it does not know ("On that I
    have no observations at all"), never that the matter is not its field, when it has one. A
    question of right and wrong `asked` of the philosopher ("mrs pearce says it's wrong to
    spend charity money on panels. is she right?") is never owned up to ("Do you know it
    yourself? For I do not"): it is examined."""
    examining = index.tagged.get("examine")
    if asked and examining and _deed_judged(asked):
        fresh, general = _examinations(examining, used, asked)
        return _tagged(index, "examine", rng, name=name, used=used, among=general or fresh or None)
    lines = index.tagged.get("outside") or DEFAULT_TAGGED["outside"]
    fit = tuple(line for line in lines if not (request and ASKED_BACK_LINE.search(line)))
    plain_ones = tuple(line for line in fit if not NOT_MY_FIELD.search(line))
    among = plain_ones if in_field and plain_ones else (fit if fit and request else None)
    # Drawn by the seed and the persona's own lines: the personas owning up to one message (one
    # seed) do not each say the line of the same place in their lists, written side by side.
    own = random.Random(f"{rng.random()}:{zlib.crc32(' '.join(lines).encode())}")
    return _tagged(index, "outside", own, name=name, used=used, among=among)


# The questions a field's way of working answers, whatever they are about: a question of a
# shape (`WORKED_OUT`) that also says what happens in its field (`PROCESSES`). Only the first
# few sentences are read: a question is asked near the start.
# Why a thing behaves as it does ("why does my loaf go so sour in the fridge"): never why
# people do what they do, nor why a train is late (nothing happening in a field).
_BEHAVES = (
    r"\b(why|how come|what makes|how (does|do|did|can)(?! (i|you|u|we|one|people|ppl|someone)\b))"
    r"(?! (do|does|did|is|are|was|were|would|will|can) (i|you|u|we|they|he|she|people|ppl|"
    r"some ?one|any ?one|every ?one|no ?one|nobody)\b)(?! (you|u|i|we|they)\b)"
)
_ALIVE = (
    r"\b(is|are) ((it|they|a|an|the|my|your|this|that)( \w+){0,2}|\w+) (actually |really |even )?"
    r"alive\b"
)
# A claim that more of one physical thing makes more of another ("a hotter oven means a
# better oven spring right?"): the physicist's.
_MORE = (
    r"\b(hotter|colder|warmer|cooler|faster|slower|heavier|lighter|louder|quieter|brighter|"
    r"denser|thicker|thinner)\b(\W+\w+){0,8}?\W+(means?|makes?|gives?)\b"
)
# Whether a thing is good, right or real: the philosopher's ("is a loaf that looks perfect but
# tastes bland a good loaf?", "is it wrong to regift?"); not "is it ok if i bring a friend".
_GOOD = (
    r"\b(is|are|was|were|can) (it|that|this|a|an|the|they|something|someone|anything)\b"
    r"[^?.!]{0,80}\b(good|bad|right|wrong|fair|unfair|real|true|beautiful|just|honest|cruel)\b"
    r"[^?.!]{0,80}\?|\bwhat makes (a|an|someone|something) (good|great|true|real)\b"
    f"|{DEONTIC}"
)
# Amounts to work out together ("if i want bread ready for 9am saturday, when do i mix? bulk is
# about 6h"): the mathematician's; two amounts at least, not "its 5pm now, when does it close".
_RECKONED = (
    r"\b(when|what time|how (long|many|much|often)|how do i (split|work out|divide|share)|"
    r"what'?s the (total|average|best order|chance|probability|odds)|what are the (odds|chances)|"
    r"how likely)\b"
)
AMOUNT = folded(r"\b\d+(\.\d+)?\s?(am|pm|h|hrs?|hours?|mins?|minutes?|kg|g|ml|l|km|%)?\b", re.I)


def _by_field(**patterns: str) -> dict[str, re.Pattern]:
    return {label: re.compile(pattern, re.IGNORECASE) for label, pattern in patterns.items()}


WORKED_OUT = _by_field(
    physics=f"{_BEHAVES}|{_MORE}",
    chemistry=_BEHAVES,
    life=f"{_BEHAVES}|{_ALIVE}",
    ethics=_GOOD,
    mathematics=_RECKONED,
)
# What happens in each field, in everyday words: a loaf going sour, steam on a crust, a pond
# going green.
PROCESSES = {
    "physics": """
        steam heat hot hotter cold colder warm warmer cool cooler melt melts freeze freezes
        boil boils float floats sink sinks bounce spin spins fall falls fly flies echo echoes
        sound sounds whistle whistles hum hums shine shines glow glows reflect spark sparks
        static crack cracks pop pops expand expands shrink shrinks pressure vacuum crisp crust
        rainbow bright loud fast faster slow slower heavy heavier weight balance vibrate wobble
        spring rises rise light lighter magnet magnetic wave waves temperature oven
        slippery slip slips slide slides grip grips stable steady wobbly
    """,
    "chemistry": """
        sour bitter smell smells stink stinks rust rusts tarnish fizz fizzes bubble bubbles
        ferment ferments rot rots mould mold stain stains bleach dissolve dissolves burn burns
        flame smoke react corrode green orange brown crisp rise rises acid acidic salt sugar
        stale sticky harden toxic fumes dangerous safe poison colour color
    """,
    "life": """
        alive living grow grows breed breeds evolve evolves adapt adapts hatch hatches nest
        nests bloom blooms flower flowers seed seeds sprout wilt wilts sting stings swarm
        swarms migrate migrates hibernate hibernates mate queen green spread spreads feed feeds
        hunt hunts sniff sniffs sing sings hoot hoots bark barks
    """,
}
PROCESS_WORDS = {label: frozenset(said.split()) for label, said in PROCESSES.items()}
PROCESS_STEMS = {label: frozenset(map(stem, said)) for label, said in PROCESS_WORDS.items()}


def _reckoned(text: str) -> bool:
    """A sum asked with two amounts at least ("we have 3 cars and 11 people, how many trips")."""
    return bool(WORKED_OUT["mathematics"].search(text)) and len(AMOUNT.findall(text)) >= 2


def worked_out(voice: Voice, message: str, *, loosely: bool = False) -> bool:
    """Whether `message` asks what the persona's way of working answers (`WORKED_OUT`, on what
    happens in its field: `PROCESSES`); `loosely`, in any form of those words ("freezing")."""
    text = MENTION.sub(" ", message)[:400]
    said = {w.lower() for w in words(text)}
    if loosely:
        said |= {stem(w) for w in said}
    for label in voice.style.get("fields", ()):
        if label not in WORKED_OUT or not WORKED_OUT[label].search(text):
            continue
        if label == "mathematics":
            if _reckoned(text):
                return True
        elif (
            label not in PROCESS_WORDS
            or said & PROCESS_WORDS[label]
            or (loosely and said & PROCESS_STEMS[label])
        ):
            return True
    return False


# What each field's #method lines speak to, beyond `WORKED_OUT`'s shapes: a creature's habit
# or its life ("why do owls hunt at night", "why are flamingos pink"), whether a thing is safe
# ("is the black stuff on silver toxic"), whether a virtue or a vice is good or owed ("is
# cowardice ever the sensible choice", "do we owe gratitude to a rude boss"), how to write or
# deliver words ("how do i start my speech").
_SAFE = (
    r"\b(is|are|was|were|can|could)\b[^?.!]{0,80}\b(toxic|poisonous|safe|dangerous|harmful|"
    r"bad for (you|u|me|us|kids|children|people))\b"
)
_JUDGED = (
    r"^\W*(is|are|was|were|can|could|should|would)\b[^?.!]{0,80}\b(good|bad|right|wrong|fair|"
    r"unfair|just|honest|cruel|sensible|wise|selfish|better|worse|virtue|vice|cheating|lazy|"
    r"greedy)\b"
)
_ASKED_YES_NO = r"^\W*(is|are|was|were|can|could|should|would|do|does|did)\b"
_OWED = r"\b(do|does|should|must|is|are)\b[^?.!]{0,40}\b(owe|owed|deserve|deserves|ought|obliged)\b"
_WRITTEN = (
    r"\bhow (do|can|should|would|to|might) (i |you |u |we |one )?(best )?(write|start|begin|open|"
    r"end|finish|make|say|deliver|give|read|perform|learn|rhyme|put|word)\b"
)
METHOD_ASKED = _by_field(
    life=f"{_BEHAVES}|{_ALIVE}",
    chemistry=_SAFE,
    # Of a virtue or a vice, any question is the philosopher's to examine ("was it cowardice
    # that i didnt speak up", "why does gratitude make people happier").
    ethics=f"{_GOOD}|{_JUDGED}|{_OWED}|{_BEHAVES}|{_ASKED_YES_NO}",
    literature=_WRITTEN,
)


SAFETY_LINE = folded(r"\b(safe|safety|dose|danger\w*|harm\w*|fear)\b", re.IGNORECASE)
# A line that warns: of what kills or poisons, or is never to be done.
WARNING = folded(r"\b(kill\w*|poison\w*|never|danger\w*|harm\w*|unsafe)\b", re.IGNORECASE)


def _method_lines(index: Index, text: str) -> tuple[str, ...] | None:
    """The #method lines that speak to what `text` asks: whether a thing is safe is answered by
    measuring the dose, why copper turns green by what it is made of and what it meets."""
    lines = index.tagged.get("method", ())
    asks_safety = bool(re.search(_SAFE, text, re.IGNORECASE))
    fits = tuple(line for line in lines if bool(SAFETY_LINE.search(line)) == asks_safety)
    return fits or None


def method_fits(voice: Voice, message: str, *, about: str | None = None) -> bool:
    """Whether the persona's #method (how it would work a question out) answers `message`: a
    how or why question whose subject noun (`about`, else the message's own) is of its field,
    and whose asking is what its way of working speaks to: what happens in its field
    (`worked_out`: why a copper bracelet turns a wrist green, what makes a top stay up), a
    creature's habit, whether a thing is safe or a virtue good, how words are written. For the
    mathematician amounts are the subject: two of them and a sum asked ("3 cars and 11 people,
    how many trips?"). Otherwise it owns up plainly: a generic method for "how many syllables
    in a haiku" or "why does my loaf go sour" reads as no answer at all."""
    text = MENTION.sub(" ", message)[:400]
    fields = voice.style.get("fields", ())
    if "mathematics" in fields and _reckoned(text):
        return True
    noun = lexical_subject(text) if about is None else about
    if not noun or noun not in field_terms(voice):
        return False
    return worked_out(voice, text) or any(
        label in METHOD_ASKED and METHOD_ASKED[label].search(text) for label in fields
    )


# How to get somewhere, by which means ("faster to take the train or fly from Paris to Berlin",
# "quicker to drive or get the train to leeds"): a traveller's question, in no persona's field,
# whatever physics a fast train is in. A journey by some means to or from a place, in a clause
# that chooses ("or", "faster", "cheaper"); the gaps are bounded (a message may be 4,000
# characters long).
_MODES = (
    r"(?:trains?|planes?|fly|flying|flights?|drive|driving|car|bus|coach|ferry|boat|bike|cycle"
    r"|walk|taxi|uber|tube|metro)"
)
JOURNEY = folded(
    rf"\b{_MODES}\b[^.?!,;]{{0,25}}?\b(?:to|from)\s+"
    r"(?!the (?:ground|floor|sky|surface|bottom|top|side)\b|earth\b|space\b)[a-z]",
    re.IGNORECASE,
)
CHOOSING = folded(r"\b(?:or|faster|quicker|cheaper|easier|best way|how long)\b", re.I)


def travelling(text: str) -> bool:
    """Whether `text` asks how best to make a journey."""
    return any(
        JOURNEY.search(clause) and CHOOSING.search(clause)
        for clause in re.split(r"[.?!;]", text)
        if len(clause) < 300
    )


# A question of figures, said with them or in words of sums ("how much is left after the
# cotswolds thing, and how much is that each").
MONEY_SIGN = re.compile(r"[£$€]\s?\d")
SUM_WORDED = folded(r"\d|£|\bhow (?:much|many)\b|\bsplit\b|\beach\b|\bper\b", re.I)


def _experts(voice: Voice, others: Sequence[Voice], message: str, asked: set[str]) -> list[Voice]:
    """The room's other personas in whose field the question is (the house bot aside: it is
    asked with /AIBot; and any the message names: they answer anyway). One word of a field is
    not enough when the persona's material has nothing more on the question: a garden "plot" is
    no playwright's business."""
    asked = asked - GENERIC_TERMS
    if travelling(message) or OF_THE_ASKED.search(message):
        return []
    if "mathematics" in voice.style.get("fields", ()) and SUM_WORDED.search(message):
        # A question with figures in it that the mathematician cannot answer, nobody here can:
        # Lovelace handed "the train is 8h 40m and leaves 7:05, when do we arrive" to Darwin,
        # who answered with tomato leaves.
        return []
    # A noun of a field is what the message is about: "why do bats love bell towers?" is the
    # naturalist's, whoever else's field has a word of it ("love").
    about = lexical_subject(MENTION.sub(" ", message))
    names = _names_of((voice, *others))
    if _deed_judged(message):
        # Whether a deed is right ("is it our call to refuse a drunk client his ex's name") is
        # the philosopher's, whatever word of another field it has ("name": not the poet's).
        return [
            other
            for other in others
            if "ethics" in other.style.get("fields", ())
            and other.slug != voice.slug
            and not _names_in(other, message)
        ]
    return [
        other
        for other in others
        if not other.is_house_bot
        and other.slug != voice.slug
        and not _names_in(other, message)
        and (
            # One who has the plain answer to it ("why do my trainers stink", asked of the
            # physicist: the chemist's line on smelly shoes), whatever words of fields it has.
            _kind_met(_known_on_it(index_of(other.material), message), message)
            or field_terms(other) & asked
            and _in_field_of(other, message, asked, about)
        )
        and _would_answer(other, message, names)
    ]


def _grief_lately(history: Sequence[Said]) -> bool:
    """Whether a person told of a death in the room's last six lines."""
    return any(death_told(said.text) for said in history[-7:-1] if not said.own)


def _cued_of(voice: Voice, message: str, ignore: tuple[str, ...]) -> bool:
    """Whether `message` puts words in the persona's mouth, said of it to the room
    (`turns.cued`, `spoken_of`), not asked of it, and no praise or tease (answered as such)."""
    names = {voice.name, voice.slug, voice.name.split()[0]}
    return (
        cued(message, names)
        and spoken_of(message, names, ignore)
        and not asked_of(message)
        and not regard(message)
    )


# A question of the persona asked itself, none other's to take: "if you wrote a space movie what
# would it be about" (Shakespeare had handed it to Lovelace, who told of her Notes: rate41),
# "who was smarter, newton or you", "would you rather", "your favourite".
OF_THE_ASKED = folded(
    r"\bif (?:you|u) (?:were|wrote|could|had|made|lived|ran|designed|invented|got to|did|"
    r"painted|directed|composed)\b|\b(?:or|than) (?:you|u|yourself)\W*(?:$|\?)|"
    r"\b(?:you|u) or (?:him|her|them|[A-Z]\w+)\b|\bwould (?:you|u) rather\b|"
    r"\b(?:your|ur) (?:own )?(?:fav(?:ou?rite)?|best|worst)\b",
    re.IGNORECASE,
)
# A kind of a thing asked for ("a sci-fi movie", "a horror film"): a line on another kind (City
# Lights, a comedy) is no answer to hand it to.
KIND_ASKED = folded(
    r"\b(sci-?fi|science fiction|horror|rom-?com|comedy|action|thriller|crime|war|western|"
    r"fantasy|kids|children'?s|christmas|animated|documentary|musical|romantic|space)\s+"
    r"(?:movie|film|show|series|book|novel|song)s?\b",
    re.IGNORECASE,
)


def _kind_met(line: str, message: str) -> str:
    """`line` (a line to hand a question to its persona for) unless the question asks a kind of
    thing (`KIND_ASKED`) the line does not name: "" then."""
    kind = KIND_ASKED.search(message)
    if not line or kind is None:
        return line
    word = kind.group(1).lower().replace("-", "")
    return line if word[:4] in line.lower().replace("-", "") else ""


def _known_on_it(index: Index, message: str) -> str:
    """Its `#know` line on a question to hand over (`_known_line`) when it is met on a thing of
    the question (`know.met_on_a_thing`): "why do we even have to learn stuff we'll never use"
    keys Darwin's hoarding line on "why" and "never use", but learning is no hoarding. ""
    otherwise."""
    line = _known_line(index, message)
    lines = index.tagged.get("know")
    if not line or not lines:
        return line
    return line if met_on_a_thing(knowns(lines), line, _unmentioned(message)) else ""


def _in_field_of(other: Voice, message: str, asked: set[str], about: str) -> bool:
    """Whether a question with words of `other`'s field is its to answer. Its field's noun, and
    something of its own to say on it or another word of its field ("the yeast in my starter is
    evolving"): "drama" in "so much drama at work" is a playwright's word, but nothing he wrote
    is on office drama. (And, in `_experts`, one that would answer it, handed it: never one that
    owns up in its turn: "clay exploding in the kiln" is physics, but Einstein has nothing.)"""
    if about:
        return about in field_terms(other) and (
            about in index_of(other.material).idf
            or len(field_terms(other) & asked) >= 2
            or method_fits(other, message)
        )
    # What the question does to the thing is no word of its thing: "fix" in "how do i fix a
    # wobbly table" met "fix one and arrange seven", seating round a table (`side_terms`).
    things = sorted(asked - _done_to(message)) or sorted(asked)
    return len(field_terms(other) & asked) >= 2 or _matched_terms(
        index_of(other.material), things
    ) >= min(2, len(asked))


# The deed a how-to asks to be done to its thing: "fix" in "how do i fix a wobbly table", "stop"
# in "any tips on how to stop my windows rusting", "mend" in "best way to mend a chair".
HOW_TO_DEED = folded(
    r"\bhow (?:(?:do|can|could|should|would|did) (?:i|we|you|u|one) |to )"
    r"(?:best |actually |even |properly )?([a-z]+)\b|\b(?:way|ways) to ([a-z]+)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _done_to(question: str) -> frozenset[str]:
    """The stem of the deed a how-to asks done to its thing (`HOW_TO_DEED`): no word of what
    it is about, met in a line of another sense ("fix one and arrange seven", of seating round
    a table, for "how do i fix a wobbly table")."""
    return frozenset(
        stem for match in HOW_TO_DEED.finditer(question) for stem in terms(match[1] or match[2])
    )


def _names_of(voices: Sequence[Voice]) -> frozenset[str]:
    """The stems of the personas' names, as `_compose` ignores them: no subject of a question."""
    return frozenset(
        stem(w.lower()) for v in voices for name in (v.name, v.slug) for w in words(name)
    )


# How many of a persona's best-ranked lines on a question handed to it are looked at for one
# said in the question's sense (`_handed_lines`): as many as its answer is drawn from
# (`_answer_persona`); a line further down is on a stray word of it ("sounds" in "sounds
# dramatic": a choir in a stone church, for clay bursting in a kiln).
HANDED_DEPTH = 2


def _handed_lines(voice: Voice, index: Index, question: str, ignored: Collection[str]) -> list[str]:
    """The persona's lines that answer a person's question handed to it by another persona,
    best first: of its best-ranked lines on the question, those said in the question's sense
    (`_in_sense`). None: it owns up to the question, so nobody should hand it over."""
    query = [t for t in terms(question) if t not in ignored]
    if not query or not index.lines:
        return []
    scores = index.rank(_weights(query, (), "", set(ignored)))
    best = heapq.nlargest(HANDED_DEPTH, range(len(scores)), key=scores.__getitem__)
    asked = plain(MENTION.sub(" ", question))
    own_field = field_terms(voice)
    wanted = set(query) - GENERIC_TERMS
    side = _done_to(asked)

    def met(line: str) -> bool:
        # Two of the question's words, or one that is a word of its own field ("radium" to
        # Curie): handed "each ticket maybe €45-60, which is cheaper" on "ticket" alone,
        # Einstein answered with a ticket to travel back in time.
        # What is done to the thing is no second word of it: "fix" in "how do i fix a wobbly
        # table" met "fix one and arrange seven", seating round a table (`side_terms`).
        shared = wanted & set(terms(line)) - HANDED_FILLERS - side
        # Not "dangerous" alone, a word of radium's field and of every other risk: "is it
        # dangerous to scrub black mould without a mask" is no glow stick's. Nor, in a how-to,
        # its field's word alone beside a thing it does not say: "table" of a wobbly one.
        own = (shared - RISK_TERMS) & own_field
        return len(shared) >= 2 or bool(own) and not (side and wanted - side - shared)

    return [
        index.lines[i].text
        for i in best
        if scores[i] > 0
        and met(index.lines[i].text)
        and _in_sense(asked, index.lines[i].text, field=own_field)
        # On what the question asks of, not only on its side words: handed "how does an
        # iron trough hold a boat", a line on rusting iron is no answer; nor, handed "what did
        # spinster mean originally, it sounds so harsh", a recorded voice's sound.
        and not (ASKED.search(asked) and off_focus(asked, index.lines[i].text))
        and (names_focus(asked, index.lines[i].text) or _on_two(asked, index.lines[i].text))
        # Nor on its thing alone, and another side of it: a car's paint, for one that won't start.
        and not (ASKED.search(asked) and thing_only(asked, index.lines[i].text))
    ]


def _on_two(question: str, line: str) -> bool:
    """Whether `line` says two words of `question` besides its side words (`side_terms`):
    "plant" and "garlic" for "how deep should i plant garlic cloves", though not its cloves."""
    shared = (set(terms(question)) & set(terms(line))) - GENERIC_TERMS - side_terms(question)
    return len(shared) >= 2


# Words that join a question together, no thing of it: "without" in "scrubbing it without a
# mask" and in "things that glow without heat".
HANDED_FILLERS = frozenset(terms("without within whether despite"))
_WOULD_ANSWER: dict[tuple, bool] = {}


@lru_cache(maxsize=512)
def _known_line(index: Index, question: str) -> str:
    """Its `#know` line on a person's `question`, asked of anyone (the @mentions aside). (Read
    once: whom to hand a question to weighs each persona's line, then whether it would answer.)"""
    return known(index, _unmentioned(question), asked=True)


@lru_cache(maxsize=64)
def _unmentioned(question: str) -> str:
    """`question` plain, its @mentions out: read once, however many personas weigh it."""
    return plain(MENTION.sub(" ", question))


def _would_answer(other: Voice, question: str, ignored: frozenset[str]) -> bool:
    """Whether `other`, handed `question`, would answer it (`_handed_lines`): worked out once
    for a question, however often the persona asking weighs whom to hand it to."""
    key = (other.slug, other.material, question, ignored)
    known = _WOULD_ANSWER.get(key)
    if known is None:
        if len(_WOULD_ANSWER) > 512:
            _WOULD_ANSWER.clear()
        index = index_of(other.material)
        known = _WOULD_ANSWER[key] = bool(
            _known_line(index, question) or _handed_lines(other, index, question, ignored)
        )
    return known


# "you" as anyone, in what a thing does to people: "does beetroot juice help you run faster",
# "can coffee make you anxious" (asked of no persona's life; see also ANYONE_YOU).
DOES_TO_YOU = folded(
    r"\b(?:help|helps|make|makes|give|gives|let|lets|keep|keeps|get|gets|stop|stops|send|sends)"
    r" (?:you|u)\b",
    re.IGNORECASE,
)


# The house bot's command before a question: "/AIBot how deep should i plant garlic" (the one
# pattern for it; bots/house.py strips it too).
HOUSE_COMMAND = folded(r"^\s*/aibot\b[ \t]*", re.IGNORECASE)


# A question put to the house bot that points back at a line just said: "what usually causes
# that", "how do i fix it", "why does it do this".
HOUSE_POINTED_BACK = folded(
    r"^\W*(?:/aibot\s+|@aibot\s+)?(?:what|why|how|whats|what's)\b[^.?!]{0,40}?"
    r"\b(?:that|it|this)\W*$",
    re.IGNORECASE,
)
# Trouble told with code: an error, a crash, a conflict (not "post the code").
CODE_TROUBLE_TOLD = folded(
    r"\b(?:\w*errors?|exception|traceback|out of range|undefined|not defined|syntax|crash\w*|"
    r"bugs?|conflicts?|fails?|failing|broken|(?:doesn'?t|won'?t|wont|doesnt) (?:work|run|compile))"
    r"\b",
    re.IGNORECASE,
)


# A pick asked of the house bot with no options of its own ("/AIBot which one would you start
# with for a beginner"): the room's options, said just before, are what it picks between.
HOUSE_WHICH = folded(
    r"^\W*(?:/aibot\W+)?(?:(?:ok|so|and|well)\W+)*(?:which(?: one| of (?:them|those|the two))?|"
    r"what) (?:would|should|do|will|'?d) (?:you|u|i|we|a beginner) (?:start with|learn|pick|choose|"
    r"go (?:for|with)|use|recommend)\b",
    re.IGNORECASE,
)


def _which_of_room(message: str, history: Sequence[ChatLine]) -> str:
    """The room's line offering the options `message` picks between ("should i learn typescript
    now or get good at javascript first", before "which one would you start with for a
    beginner"), as the question asked, or "" when it picks between none said."""
    if " or " in message or not HOUSE_WHICH.match(message):
        return ""
    for line in reversed(history[-6:-1]):
        if not line.own and " or " in line.text:
            return line.text
    return ""


def _pointed_back(message: str, history: Sequence[ChatLine]) -> str:
    """`message` with the code trouble it points back at ("what usually causes that: my python
    script keeps saying list index out of range"), or "" when it points at none."""
    if not HOUSE_POINTED_BACK.match(message):
        return ""
    for line in reversed(history[-4:-1]):
        if not line.own and CODE_TROUBLE_TOLD.search(line.text):
            return f"{message.rstrip(' ?!.')}: {line.text}"
    return ""


def _house_expert(
    voice: Voice,
    others: Sequence[Voice],
    message: str,
    history: Sequence[Said] = (),
    author: str = "",
) -> tuple[str, str] | None:
    """The (slug, name) of the persona in the room whose field the house bot's question is in
    ("/AIBot how deep should i plant garlic cloves": Darwin), for it to say who might know: one
    that would answer it (`_experts`), and that has not just owned up to the same person on the
    same thing in `history` (Curie's "Honestly, Tom, I do not know" to "what temp does a kiln
    even get to", then "/AIBot what temperature is a bisque firing usually": not Curie)."""
    message = HOUSE_COMMAND.sub("", message, count=1)  # as the persona would be asked it
    asked = {t for t in terms(MENTION.sub(" ", message)) if t not in GENERIC_TERMS}
    experts = _experts(voice, others, message, asked)
    if experts and author and history:
        personas = {n for v in (voice, *others) for n in (v.name, v.slug)}
        experts = [
            other
            for other in experts
            if not _owned_up_lately(other, author, message, history, personas)
        ]
    if not experts:
        return None
    best = min(experts, key=lambda o: (-len(field_terms(o) & asked), o.slug))
    return best.slug, best.name


def _put_to_persona(
    voice: Voice, others: Sequence[Voice], message: str, ignore: Sequence[str]
) -> tuple[str, str] | None:
    """The (slug, first name) of the persona a message to the house bot calls by name and asks
    ("/AIBot Curie did you ever get sick from the radium?", "/AIBot Lovelace what was your dad
    like"), by `called_other`; None when it calls none."""
    text = plain(MENTION.sub(" ", HOUSE_COMMAND.sub("", message, count=1)))
    # "/AIBot @darwin what did you eat on the beagle": put by @mention as much as by name.
    called = called_other(text, voice, others, ignore) or mentioned_other(
        HOUSE_COMMAND.sub("", message, count=1), voice, others, ignore
    )
    if not called:
        return None
    word = called.lower()
    for other in others:
        if word in {other.slug.lower(), *(w.lower() for w in other.name.split())}:
            return other.slug, other.name.split()[0]
    full = next((n for n in ignore if word in (w.lower() for w in n.split()) and " " in n), "")
    slug = next((n for n in ignore if n.lower() == (full.split() or [word])[-1].lower()), "")
    return (slug or word), (full.split()[0] if full else called)


def _owned_up_lately(
    other: Voice, author: str, message: str, history: Sequence[Said], personas: Collection[str]
) -> bool:
    """Whether persona `other` owned up in `history` (one of its #outside lines) to a question
    of `author`'s on the same thing as `message` (`_same_thing`)."""
    for i, said in enumerate(history):
        if said.author != other.name or not owned_up_in(other.material, said.text):
            continue
        # What it owned up to: the last thing a person said before it.
        asked = next((s for s in reversed(history[:i]) if s.author not in personas), None)
        if asked is not None and asked.author == author and _same_thing(asked.text, message):
            return True
    return False


def owned_up_in(material: Sequence[str], body: str) -> bool:
    """Whether `body`, said by the persona whose `material` it is, owns up to not knowing (one
    of its #outside lines): nothing in it for another persona to take up ("Nothing in my
    notebooks touches that, Priya; I would have to begin from zero" is no sum to divide)."""
    index = index_of(tuple(material))
    templates = (
        *(index.tagged.get("outside") or DEFAULT_TAGGED["outside"]),
        *owned_of_lines(index),
    )
    return any(p.search(body) for p in _said_patterns(templates)) or owned46(body)


@lru_cache(maxsize=64)
def _said_patterns(templates: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Patterns that find a persona's tagged lines (`templates`) in what it said, whatever
    name or mention they were said with."""
    patterns = []
    for template in templates:
        # Said after a greeting that named them, the name is left out ("Thank you; I have it").
        pattern = re.escape(template).replace(re.escape(", {name}"), r"(?:,\ [^.;:!?]*)?")
        for key in ("name", "mention", "who", "speaker"):
            pattern = pattern.replace(re.escape("{" + key + "}"), r"[^.;:!?]*")
        patterns.append(re.compile(pattern, re.IGNORECASE))
    return tuple(patterns)


def _same_thing(one: str, other: str) -> bool:
    """Whether two questions are on the same thing: a content word of both, or one word the
    start of the other's ("temp" and "temperature")."""
    first, second = (
        {t for t in terms(MENTION.sub(" ", text)) if t not in GENERIC_TERMS}
        for text in (one, other)
    )
    return bool(first & second) or any(
        min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))
        for a in first
        for b in second
    )


def _quoted_own(message: str, author: str, others: Sequence[Voice]) -> bool:
    """Whether every question in another persona's `message` is said in one of its own lines
    (a quotation from its work, asked of nobody)."""
    voice = _voice_of(author, others)
    if voice is None:
        return False
    asks = [a.strip() for a in re.findall(r"[^.;!?\"]*\?", message) if a.strip()]
    lines = [line.text for line in index_of(voice.material).lines]
    return bool(asks) and all(any(a in line for line in lines) for a in asks)


def _voice_of(author: str, others: Sequence[Voice]) -> Voice | None:
    return next((o for o in others if author in (o.name, o.slug)), None)


def _handed_over(
    voice: Voice,
    message: str,
    history: Sequence[Said],
    persona_names: set[str],
    *,
    by: Voice | None = None,
) -> tuple[str, str] | None:
    """When another persona's `message` hands this one a question (@slug), the question and
    who asked it: the last thing a person said before it. A persona (`by`, when known) that asks
    a question of its own with the @mention hands nothing over: its own question is answered."""
    if not re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE):
        return None
    if by is not None:
        handovers = index_of(by.material).tagged.get("handover") or DEFAULT_TAGGED["handover"]
        fill = {"mention": f"@{voice.slug}", "who": voice.name}
        patterns = []
        for template in handovers:
            pattern = re.escape(template)
            for key in ("name", "mention", "who", "speaker"):
                value = re.escape(fill[key]) if key in fill else r"[^.;:!?]*"
                pattern = pattern.replace(re.escape("{" + key + "}"), value)
            patterns.append(pattern)
        if not any(re.search(p, message, re.IGNORECASE) for p in patterns):
            return None
    elif not HANDOVER_WORDS.search(MENTION.sub(" ", message)):
        # Who wrote it is not known: only a hand-over's own words pass a question on.
        return None
    for said in reversed(history[:-1]):
        if said.author not in persona_names:
            # The person's last words, if they asked something: a remark is no question to pass.
            # A persona that hands it over in its own words read it as a question ("random one
            # but why do wet dogs smell so bad", with no question mark): it is passed on.
            text = plain(MENTION.sub(" ", said.text))
            if by is not None or "?" in text or QUESTION_START.match(text) or ASKING.search(text):
                return said.text, said.author
            return None
    return None


# What a hand-over says, whoever wrote it: "ask @darwin", "a question for Marie", "@curie knows
# more about that than I do", "over to you, @ada".
HANDOVER_WORDS = folded(
    r"\b(ask|question for|knows? (more|better|far more)|better placed|over to you|"
    r"would you take (it|this|that)|(your|his|her) (field|department|province|territory)|"
    r"can answer|could answer|is the one to)\b",
    re.IGNORECASE,
)


def _stance_taken(
    speaker: str, history: Sequence[Said], message: str, personas: Sequence[str]
) -> bool:
    """Whether `speaker`, whom a person's `message` is read as siding with or against, said
    something with a side on it in the recent messages: a statement of three words or more (not
    a question, not "pizza"); when the message does not name them (only spoken just before it),
    one that shares a word of substance with it, and no persona's line when the message is put
    to another persona by @mention ("@lovelace ... thats backwards surely" after Einstein's
    unasked swimming pool). One who did not speak lately at all ("jo's got a point") is taken
    as the person says."""
    said = next((s for s in reversed(history[:-1]) if _as_called(s.author, speaker)), None)
    if said is None:
        return True
    text = MENTION.sub(" ", said.text).strip()
    if "?" in text or ASKED_PLAINLY.match(text) or len(words(text)) < 3:
        return False
    if (
        BIDDING.match(text)
        or CARRIED_ON.match(text)
        or re.search(r"\b(?:pls|plz|please)\W*$", text, re.I)
    ):
        return False  # "and straight line for comparison pls": asked for, no side taken
    raw = MENTION.sub(" ", message)
    if _as_called(speaker, raw):
        return True
    names = {stem(w.lower()) for n in (*personas, said.author, speaker) for w in words(n)}
    mine = set(terms(raw)) - GENERIC_TERMS - STANCE_TERMS - names - STANCE_SAYING
    # "that sounds wrong to me" says nothing but the side: it is on what was said just before.
    if not mine:
        return True
    if said.author in personas and "@" in message:
        return False
    return bool(mine & (set(terms(text)) - GENERIC_TERMS - STANCE_TERMS))


# A question typed without its mark: "is it wrong to share answers", "how do we split it"; not
# "When a problem would not yield, I played the violin." (a statement, told).
ASKED_PLAINLY = folded(
    r"^\W*(?:what|why|how|who|which|is|are|do|does|did|can|could|would|will|should|shall)\b"
    r"[^.!;]*$",
    re.IGNORECASE,
)


# Words that say a side is taken, not what on: "that sounds wrong", "thats backwards surely".
STANCE_SAYING = frozenset(
    terms(
        "sounds sound seems backwards surely really honestly totally completely kinda dont nah "
        "nope thats lol tbh mate"
    )
)


# A side asked of the persona, not taken: "do you agree with kieran?", "would you side with
# jo", "is jo right?".
ASKED_SIDE = folded(
    r"\b(?:do|would|don't|dont|wouldn't|d'?you|do u|would u) (?:you |u )?(?:\w+ )?(?:agree|side)"
    r" with\b|^\W*(?:@\w+\W+)?is \w+ right\b",
    re.IGNORECASE,
)
# Words a name follows as a thing in the question, not the one whose view is asked of: "do you
# think a tortoise is ever happy? ... doris is older than nisha", "do you reckon it's fair on
# jo".
NAMED_IN_PASSING = folded(
    r"\b(?:than|as|like|with|for|to|at|from|by|on|about|and|or|of)\s+$", re.IGNORECASE
)


def _view_asked_of(asked: re.Match, target: str, text: str) -> bool:
    """Whether a view asked ("do you think ...") is asked of what `target` said: "do you think
    nisha is right", "do you reckon what tom said holds up"; not "do you think a tortoise is
    ever happy? doris is older than nisha", where the question is its own and the name in
    passing. Other ways of asking ("what do you make of", "thoughts on") name the one meant."""
    if not re.match(r"do you (?:think|reckon)\b", asked.group(), re.IGNORECASE):
        return True
    sentence = re.split(r"[?.!]", text[asked.end() :], maxsplit=1)[0]
    found = re.search(rf"\b{re.escape(target)}\b", sentence, re.IGNORECASE)
    return bool(found) and not NAMED_IN_PASSING.search(sentence[: found.start()])


def _as_called(speaker: str, text: str) -> str:
    """How `text` calls `speaker` ("Ada", "Lovelace" or "Ada Lovelace"), if it does."""
    parts = speaker.split()
    # "tom" for the username "tom_b", "jo" for "jo.smith": the name part people call them by.
    called = re.split(r"[_.\d-]+", speaker)[0]
    more = [called] if len(called) >= 2 and called != speaker else []
    for name in dict.fromkeys([speaker, parts[0], parts[-1], *more]):
        if says_word(name, text):
            return name
    return ""


# A message that opens by calling a persona ("shakespeare, are films ruining your plays?",
# "lovelace what was it like working with babbage"): put to that one.
CALLED = folded(
    r"^\W*@?(?P<called>[\w.'-]+)\s*[,:]?\s+(?=(would|did|do|does|what|how|are|were|is|have|"
    r"had|can|could|will|why|when|where|who|which|tell|ever)\b)",
    re.IGNORECASE,
)


# A question word that asks, said right after a name called.
CALLED_ASKING = folded(r"(?:what|how|why|when|where|who|which)\b", re.IGNORECASE)


def called_other(
    text: str, voice: Voice, others: Sequence[Voice], ignore: Sequence[str] = ()
) -> str:
    """The name, as the message calls it ("Shakespeare"), of another persona that `text` opens
    by calling and asks of ("you", "your"); "" when it calls nobody else. A persona's name the
    reply is told to ignore (`ignore`: "Albert Einstein") counts too, in a room without it."""
    called = CALLED.match(text)
    asks = re.search(r"\b(you|your|yours|yourself|u|ur)\b", text, re.IGNORECASE)
    # "Socrates, what is justice really?", "Darwin how did the finches thing work": a question
    # word right after the name, or the name called with a comma and a question after it, asks
    # that one (not "curie is amazing", of her).
    put = called and (
        CALLED_ASKING.match(text[called.end() :])
        or (re.match(r"^\W*@?[\w.'-]+\s*[,:]", text) and text.rstrip().endswith("?"))
    )
    if not called or not (asks or put or PERSONAL.search(text)):  # "what was it like working with"
        return ""
    word = called.group("called").lower()
    for other in others:
        if other.slug == voice.slug or other.is_house_bot:
            continue
        names = {other.slug.lower(), *(w.lower() for w in other.name.split())}
        if word in names:
            return word[:1].upper() + word[1:]
    own = {voice.slug.lower(), *(w.lower() for w in voice.name.split())}
    for name in ignore:
        if name[:1].isupper() and word not in own and word in (w.lower() for w in name.split()):
            return word[:1].upper() + word[1:]
    return ""


def mentioned_other(
    message: str, voice: Voice, others: Sequence[Voice], ignore: Sequence[str] = ()
) -> str:
    """The first name of another persona that `message` @mentions and asks ("@einstein is it
    true time slows down"), when it mentions this one neither by @ nor by name: a question put
    to another, which reached this persona all the same. "" otherwise."""
    mentioned = [m.group(0)[1:].lower() for m in MENTION.finditer(message)]
    own = {voice.slug.lower(), *(w.lower() for w in voice.name.split())}
    if not mentioned or own & set(mentioned):
        return ""
    if own & {w.lower() for w in re.findall(r"[A-Za-z]+", MENTION.sub(" ", message))}:
        return ""  # "@socrates and Einstein: what is light?": asked of it too, by name
    named = [
        (o.slug.lower(), o.name) for o in others if not o.is_house_bot and o.slug != voice.slug
    ]
    named += [(n.split()[-1].lower(), n) for n in ignore if n[:1].isupper() and n != voice.name]
    for word in mentioned:
        for slug, name in named:
            if word == slug or word in {w.lower() for w in name.split()}:
                return name.split()[-1] if " " in name else name
    return ""


def thanked_other(
    message: str, voice: Voice, others: Sequence[Voice], ignore: Sequence[str] = ()
) -> str:
    """The first name of the other persona that thanks in `message` are for ("thanks curie
    that helped": "Marie"), or "" when they name the persona itself or nobody else. The name
    right after the thanks decides ("@curie cheers darwin" thanks Darwin); else any name."""
    named = [(o.slug, o.name) for o in others if not o.is_house_bot and o.slug != voice.slug]
    # The room's other personas first; then any persona's name the reply is told to ignore.
    named += [(n.lower(), n) for n in ignore if n[:1].isupper() and n != voice.name]

    def called(words: set[str]) -> str:
        for slug, name in named:
            if slug.lower() in words or any(w.lower() in words for w in name.split() if len(w) > 2):
                return name.split()[0]
        return ""

    text = MENTION.sub(lambda m: m[0][1:], message)
    thanks = THANKS.search(text)
    after = re.match(r"\W*([\w'-]+)", text[thanks.end() :]) if thanks else None
    if after:
        word = after.group(1).lower().removesuffix("'s")
        own = {voice.slug.lower(), *(w.lower() for w in voice.name.split())}
        if word in own:
            return ""
        rest = text[thanks.end() + after.end() :]
        everyone = own | {w.lower() for slug, name in named for w in (slug, *name.split())}
        if own & _thanked_together(rest, everyone):
            # "thanks @darwin and @curie", "thank u @lovelace @curie lets smash this", "thank
            # you ada, marie and will": its thanks too.
            return ""
        if "?" in rest and _names_in(voice, rest):
            return ""  # "thanks @darwin, @curie is it the same for pine needles?": asked of it
        if called({word}):
            return called({word})
    if _names_in(voice, message):
        return ""
    said = {w.lower().removesuffix("'s") for w in re.findall(r"[\w'-]+", text)}
    return called(said)


def _thanked_together(rest: str, names: Collection[str]) -> set[str]:
    """The names thanked with the first one, in a run right after it (`rest`: " and @curie lets
    smash this", ", marie and will!"): each one of `names` (lower-case), joined by "and", "&",
    "n", a comma or only a space. The run ends at the first word that is no name."""
    found: set[str] = set()
    for word in re.finditer(r"\W*?(?:\s(?:and|&|n)\s)?\W*@?([\w'-]+)", rest, re.IGNORECASE):
        said = word.group(1).lower().removesuffix("'s")
        if said not in names:
            break
        found.add(said)
    return found


# Thanks that carry a "but" and a no ("thanks but we really can't get a cat", "thanks but i
# already tried that"): the idea taken back gracefully, not "my pleasure". Not a question put
# after the "but" ("thanks but why does it do that?"), which is answered as one.
THANKS_BUT = folded(
    r"\b(?:thanks+|thank you|thank u|thx|ty|cheers)\b[^.!?]{0,40}?\bbut\b(?P<rest>[^?]*)$",
    re.IGNORECASE,
)
THANKS_NO = folded(
    r"\b(?:can'?t|cant|cannot|can not|won'?t|wont|couldn'?t|not allowed|aren'?t allowed|"
    r"isn'?t allowed|no way|said no|say no|already (?:tried|did|do|have)|tried that|"
    r"doesn'?t|didn'?t|don'?t|not (?:an option|possible|for us|for me)|allergic|banned)\b",
    re.IGNORECASE,
)
# The thing a thanks-but-no says cannot be had: "we really can't get a cat": "cat".
THING_REFUSED = folded(
    r"\b(?:can'?t|cant|cannot|can not|won'?t|wont|not allowed to|aren'?t allowed to|"
    r"isn'?t allowed to)\s+(?:\w+ly\s+)?(?:get|have|keep|use|buy|afford|bring|own|do)\s+"
    r"(?:a |an |the |any |one )?(?P<thing>[a-z]+(?:\s[a-z]+)?)\b(?=\W*(?:$|[,.;!]|\s(?:the|"
    r"bc|because|cos|coz|since|as|so|here|there|lol|haha\w*|either|anyway|in|at|on|for|inside|"
    r"indoors|now|anymore|any more|tho|though)\b))",
    re.IGNORECASE,
)
# Thanks said in sarcasm: "thanks for crushing kev's dreams", "thanks for nothing", "cheers
# for ruining pizza forever".
THANKS_RUE = folded(
    r"\b(?:thanks+|thank you|thank u|thx|ty|cheers)\W+(?:a lot |so much |very much |loads )?"
    r"(?:for|4)\s+(?:nothing\b|(?:\w+ing\s+)?(?:the )?(?:nightmares?|trauma)\b|(?:crushing|ruining|"
    r"killing|destroying|wrecking|spoiling|shattering|scaring|terrifying|traumati[sz]ing|"
    r"depressing|dashing|making \w+ (?:worse|sad))\b)|"
    r"\bthanks,? i hate (?:it|this)\b",
    re.IGNORECASE,
)
# Thanks for an answer that was more than wanted, or that did not help: "thanks for the
# explanation anyway, it was more than i needed to know", "ty anyway lol".
LOOSE_ENDS = frozenset(
    "lol lmao haha in at on for tho though anyway either now here there inside indoors".split()  # noqa: SIM905
)
THANKS_MORE = folded(
    r"\bbit much\b|\bmore than i (?:needed|wanted|asked for|bargained for)\b|"
    r"\btoo much (?:info|information|detail)\b|\btmi\b|\bover my head\b|\bwent over\b|"
    r"\bwas a lot\b",
    re.IGNORECASE,
)
THANKS_ANYWAY = folded(
    r"\b(?:thanks+|thank you|thank u|thx|ty|cheers)\b[^.!?]{0,40}?\b(?:anyway|anyways|"
    r"all the same|regardless|for trying|i guess|i suppose)\b",
    re.IGNORECASE,
)
# Its own tagged lines that give nothing on what was asked: small talk, owning up, handing on.
HELPLESS_TAGS = (
    "chat",
    "remark",
    "outside",
    "handover",
    "invite",
    "more",
    "askback",
    "laugh",
    "day",
    "aside",
    "lost",
    "whichpart",
    "askplain",
    "understood",
    "nofigures",
    "pressed",
    "glad",
)


# Its lines that only meet a person's news or hello: nothing done that praise could be for.
MET_ONLY_TAGS = ("hello", "noted", "accept", "welcome", "sympathy", "bother", "congrats", "glad")


def _gave_nothing(index: Index, reply: str) -> bool:
    """Whether its `reply` was only lines that give nothing (small talk, owning up, handing
    the question on): "Whatever the weather, Gus, a good walk clears the head."."""
    rest = MENTION.sub(" ", reply)
    for tag in HELPLESS_TAGS:
        templates = tuple(index.tagged.get(tag) or DEFAULT_TAGGED.get(tag, ()))
        for pattern in _said_patterns(templates):
            rest = pattern.sub(" ", rest)
    return len(re.findall(r"[a-z]{3,}", rest, re.I)) < 3


def _gave_little(voice: Voice, index: Index, reply: str, others: Sequence[Voice]) -> bool:
    """Whether its `reply` gave nothing to thank it for: handed to another persona, owned up
    to, or nothing but its stock words."""
    handed = any(f"@{o.slug}".lower() in reply.lower() for o in others if not o.is_house_bot)
    return handed or owned_up_in(voice.material, reply) or _gave_nothing(index, reply)


# Praise in a word or two, said to whoever did the thing: "legend", "what a hero", "nice one",
# "smashed it mate", "you absolute star".
BARE_PRAISE = folded(
    r"^\W*(?:(?:what an?|such an?|you|u|ur|you'?re|youre|ya|absolute|total|proper|actual|an?|"
    r"the)\s+)*(?:legend|legends|hero|heroes|star|superstar|genius|gem|champ|champion|queen|king|"
    r"icon|diamond|life ?saver|nice one|good (?:job|work|stuff|effort)|great (?:job|work|stuff)|"
    r"top (?:job|work|effort)|well done|smashed it|nailed it|amazing|brilliant|fantastic|superb|"
    r"you rock|hero of the hour|mvp)(?:\W+(?:mate|m8|babe|hun|lol|haha\w*|x+|tbh|honestly|as "
    r"always|again|thanks?|ty|cheers|for that|for sorting (?:it|that)|!+))*\W*$",
    re.IGNORECASE,
)


# Its lines that feel for a trouble told, and answer nothing asked beside it.
FELT_ONLY_TAGS = ("sympathy", "condolence", "concern", "bother", "wry", "sleepless", "lonely")


def _question_missed(index: Index, asked: str, reply: str) -> bool:
    """Whether its `reply` left the question `asked` unanswered, though it said something: a
    trouble with a question beside it met with sympathy alone ("my car failed its mot, is that
    expensive": "I am sorry to hear it"), not grave news; or a sum asked with its figures
    ("40 by 25 pieces, how many edge pieces") met with a reply that says none of them (a line
    on bookmakers' odds): a sum worked says the figures it was worked from."""
    if (
        QUESTION.search(asked)
        and not GRAVE_EVENT.search(told(asked))
        and _only_met(index, reply, FELT_ONLY_TAGS)
    ):
        return True
    figures = set(DIGIT_RUN.findall(asked))
    return (
        len(figures) >= 2
        and bool(QUESTION.search(asked))
        and not figures & set(DIGIT_RUN.findall(reply))
    )


def _praise_for_another(
    voice: Voice,
    index: Index,
    message: str,
    history: Sequence[Said],
    author: str,
    others: Sequence[Voice],
    persona_names: Collection[str],
) -> bool:
    """Whether `message` is praise or thanks for a person of the room, not for the persona: the
    person named ("nice one hannah", "@jo you legend", "thanks hannah!!"), or nobody named, just
    after that person's news that its own reply only met ("Good day, Hannah. Noted."): "legend"
    and "thank you so much for sorting that" are Hannah's."""
    if re.search(rf"@{re.escape(voice.slug)}\b", message, re.IGNORECASE):
        return False
    text = MENTION.sub(lambda m: m[0][1:], message)
    personas = {n.lower() for n in persona_names} | {v.name.lower() for v in others}
    people = {
        s.author
        for s in history[:-1]
        if not s.own and s.author.lower() not in personas and s.author.lower() != author.lower()
    }
    named = [p for p in people if re.search(rf"\b{re.escape(p)}\b", text, re.IGNORECASE)]
    bare = text
    for person in named:
        bare = re.sub(rf"\b{re.escape(person)}\b", " ", bare, flags=re.IGNORECASE)
    bare = plain(bare.strip())
    thanked = thanks_given(bare) and "?" not in bare and len(bare.split()) <= 8
    if not bare or not (BARE_PRAISE.match(bare) or compliment(bare) or thanked):
        return False
    if named:
        return True
    # Unnamed: the line it met just before, a person's (not the one praising), and its own
    # reply to it gave nothing to be praised for.
    at = len(history) - 2
    own = ""
    while at >= 0 and (history[at].own or history[at].author.lower() in personas):
        own = own or (history[at].text if history[at].own else "")
        at -= 1
    if at < 0 or not own or history[at].author.lower() == author.lower():
        return False
    return _only_met(index, own)


def _only_met(index: Index, reply: str, tags: Sequence[str] = MET_ONLY_TAGS) -> bool:
    """Whether its `reply` only met news or a hello (its #hello, #noted, #congrats ... lines,
    whole or their first sentence), or gave nothing else (`_gave_nothing`)."""
    templates = tuple(
        dict.fromkeys(
            piece
            for tag in tags
            for line in index.tagged.get(tag) or DEFAULT_TAGGED.get(tag, ())
            for piece in (line, SENTENCE_END.split(line, maxsplit=1)[0])
        )
    )
    rest = reply
    for pattern in _said_patterns(templates):
        rest = pattern.sub(" ", rest)
    return _gave_nothing(index, rest)


def _thanks_due(
    voice: Voice,
    index: Index,
    message: str,
    history: Sequence[Said],
    used: Sequence[str],
    others: Sequence[Voice],
) -> tuple[str, dict[str, str]] | None:
    """How thanks to the persona are to be taken when a plain "you are welcome" would not fit:
    ("passon", who) when the help came from the persona it handed the question to; ("thanksrue",)
    for thanks said in sarcasm; ("thanksno", thing) / ("thanksbut",) for thanks with a "but" and
    a no; ("thanksmore",) for an answer that was more than was wanted; ("thanksmiss",) when its
    last reply gave nothing (small talk, owned up to, handed on, or on another thing than was
    asked). None when it helped and is simply thanked."""
    text = MENTION.sub(" ", message)
    if THANKS_RUE.search(text):
        return "thanksrue", {}
    # Its last reply, and what it answered when the room still shows it.
    at = next((i for i in range(len(history) - 2, -1, -1) if history[i].own), None)
    reply = history[at].text if at is not None else (used[-1] if used else "")
    asked = ""
    if at is not None and at >= 1 and not history[at - 1].own:
        asked = MENTION.sub(" ", history[at - 1].text)
    for other in others:
        # Handed on to a persona who then answered (or, further back than the room shows, who
        # was asked to): the thanks are that one's.
        if other.is_house_bot or f"@{other.slug}".lower() not in reply.lower():
            continue
        if at is None or any(s.author == other.name for s in history[at + 1 : -1]):
            return "passon", {"who": other.name.split()[0]}
    but = THANKS_BUT.search(text)
    if but and THANKS_NO.search(but.group("rest")):
        refused = THING_REFUSED.search(but.group("rest"))
        thing = refused.group("thing").lower().split() if refused else []
        while thing and thing[-1] in LOOSE_ENDS:
            thing.pop()
        if thing and " ".join(thing) not in STOPWORDS:
            return "thanksno", {"thing": " ".join(thing)}
        return "thanksbut", {}
    if THANKS_MORE.search(text):
        return "thanksmore", {}
    together = any(f"@{o.slug}".lower() in message.lower() for o in others if not o.is_house_bot)
    if not reply:
        # Thanked with others who helped ("thank u @lovelace @curie") before it said a word in
        # the room: it says lightly that it did little; thanked alone, it is simply welcome.
        return ("thanksmiss", {}) if together else None
    if together and any(
        s.own and not _gave_little(voice, index, s.text, others) for s in history[:-1]
    ):
        # Thanked with others at the end of the day ("thank u @lovelace @curie lets smash this"):
        # the thanks are for all it did in the room (the soap answer), not only its last word.
        return None
    missed = (
        _gave_little(voice, index, reply, others)
        # On another thing than was asked, when the thanks name the thing asked ("thanks!! rice
        # was fine btw" after a line on exile): not "thanks curie, so mostly air it out", whose
        # answer said it in other words.
        or (
            bool(asked)
            and _off_the_question(asked, reply)
            and bool((set(terms(text)) & set(terms(asked))) - set(terms(reply)) - GENERIC_TERMS)
        )
    )
    if missed or (asked and _question_missed(index, asked, reply)):
        return "thanksmiss", {}
    if THANKS_ANYWAY.search(text):
        return "thanksmiss", {}  # "thanks anyway": it did not help, however it went on
    return None


# A choice between two things to do, put as a question: "should we keep heating on low all day
# or blast it when we get home", "is it better to play pretty football and lose or ugly and
# win", "ok what's actually fair, split evenly or by who uses more".
_DEED_ASK = (
    r"(?:^|[,.;:!?]\s*|\b(?:so|ok|okay|like|and|but|then)\s+)"
    r"(?:(?:should|shud|shld|shall|do|can|could|would|must)\s+(?:i|we|me and \w+|my \w+ and i)|"
    r"(?:is it|is it just|would it be|it's|its)\s+(?:\w+\s+)?(?:better|best|smarter|wiser|"
    r"fairer|kinder|easier|cheaper|healthier|safer)\s+to|better to)\s+"
)
DEED_CHOICE = folded(
    _DEED_ASK + r"(?:just\s+|still\s+|rather\s+)?(?P<a>[^,;:?!.]+?)\s+or\s+"
    r"(?:should (?:i|we)\s+|do (?:i|we)\s+|(?:i|we) (?:should|could)\s+|just\s+|rather\s+)?"
    r"(?P<b>[^,;:?!.]+?)\s*(?=[,;:?!.]|$)",
    re.IGNORECASE,
)
# "what's actually fair, split evenly or by who uses more": the deeds after a word of judgement.
DEED_JUDGED = folded(
    r"\b(?:what'?s|whats|what is|which is|which'?s)\s+(?:actually\s+|really\s+|more\s+|most\s+|"
    r"the\s+)?(?:fair(?:er|est)?|best|better|right|sensible|smart(?:er|est)?|kind(?:er|est)?)"
    r"\s*(?:here\s*|then\s*|tho\s*)?[,:-]\s*(?P<a>[^,;:?!.]+?)\s+or\s+(?P<b>[^,;:?!.]+?)\s*"
    r"(?=[,;:?!.]|$)",
    re.IGNORECASE,
)
# "should we move the freezer inside or not", "do i go, yes or no": a plain yes or no.
DEED_OR_NOT = folded(
    _DEED_ASK + r"(?:just\s+|still\s+)?(?P<a>[^,;:?!.]+?)\s*(?:,?\s+or not\b|[,.?!]?\s*(?:yes or "
    r"no|y/n|yes/no)\b)",
    re.IGNORECASE,
)
# Words after "or" that offer nothing to do ("or something", "or whatever", "or smth").
NO_DEED = folded(
    r"^(?:not|no|nah|something|smth|sth|summat|anything|whatever|so|what|else|sumn|smthn|"
    r"other|two|three|more|less|yes)\b",
    re.IGNORECASE,
)
_SWITCHED = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "i'm": "you're",
    "im": "you're",
    "we're": "you're",
    "i've": "you've",
    "we've": "you've",
    "i'll": "you'll",
    "we'll": "you'll",
    "you": "I",
    "your": "my",
    "u": "I",
    "ur": "my",
}


def switched(phrase: str) -> str:
    """`phrase` said back to the one who said it: "blast it when we get home" is "blast it when
    you get home"."""
    return re.sub(
        r"\b[\w']+\b",
        lambda m: _SWITCHED.get(m[0].lower(), m[0]) if m[0].lower() in _SWITCHED else m[0],
        phrase,
    )


def _deed_words(phrase: str) -> list[str]:
    return re.findall(r"[\w'£$%-]+", phrase)


# Words a deed cannot start with: a second option that starts with one borrows the first's verb.
VERBLESS_HEADS = frozenset(
    """by in on with at for from to a an the some more less all half each every it them him her
    this that these those evenly equally ugly pretty nice badly well properly separately together
    first later now per after before during without instead""".split()  # noqa: SIM905
)


def _verbless(word: str) -> bool:
    word = word.lower()
    if word in VERBS and word not in VERBLESS_HEADS:
        return False  # "open the windows more"
    return (
        word in VERBLESS_HEADS
        or word in ADJECTIVES
        or word in JUDGEMENTS
        or (word.endswith("ly") and word not in ("reply", "apply", "fly", "rely"))
        or bool(NUMBER_OPTION.match(word))
    )


# A second option that is a worry of what the first will bring ("or will they rub", "or is
# it going to rain"), not a thing to do.
WORRY_OPTION = folded(
    r"(?:will|would|could|might|is|are|does|do)\s+(?:it|they|he|she|that|this|i|we|you|the\s+\w+)"
    r"\s+(?!\w+ing\b|be\s+(?:\w+er|more|less|better|worse)\b)",
    re.IGNORECASE,
)


def deed_choice(text: str) -> tuple[str, str] | None:
    """The two deeds a question offers to choose between, whole and as said ("keep heating on
    low all day", "blast it when we get home"); the verb of the first lent to a second that has
    none ("play pretty football and lose" or "ugly and win": "play ugly and win"). None when it
    offers none: "or something", "whether or not", a choice of things ("tea or coffee?")."""
    text = MENTION.sub(" ", text)
    if re.search(r"\bwhether or not\b", text, re.I):
        return None
    text = _or_joined(text)
    found = DEED_CHOICE.search(text) or DEED_JUDGED.search(text)
    if not found:
        return None
    first, second = found.group("a").strip(), found.group("b").strip()
    a, b = _deed_words(first), _deed_words(second)
    if not a or not b or NO_DEED.match(second) or len(a) > 9 or len(b) > 9:
        return None
    if re.match(r"(?:not|yes|no)\b", second, re.I):
        return None
    if WORRY_OPTION.match(second):
        return None  # "can i wear my new shoes or will they rub": a worry, no second deed
    if found_by(found, DEED_JUDGED) and not (
        len(a) >= 2 and (a[1].lower().endswith("ly") or a[1].lower() in VERBLESS_HEADS)
    ):
        return None  # "what's best, tea or coffee" is a choice of things
    if a[0].lower() in VERBLESS_HEADS or a[0].lower() in ("be", "being"):
        return None  # "should we be friends or enemies", "is it better to a or b"
    if len(b) > 1 and b[0].lower() == "to" and b[1].lower() in VERBS and not _verbless(b[1]):
        # "is it fairer to rotate or to play people where they're best": the second deed as
        # the first is put, "to" no part of it, and no verb lent to it.
        return first, second.split(None, 1)[1]
    if _verbless(b[0]):
        second = f"{a[0]} {second}"  # "ugly and win": "play ugly and win"
    return first, second


def yes_or_not(text: str) -> str:
    """The deed a question asks a plain yes or no on ("should we move the freezer inside or
    not. yes or no": "move the freezer inside"), "" when it asks none."""
    found = DEED_OR_NOT.search(MENTION.sub(" ", text))
    if not found:
        return ""
    deed = found.group("a").strip()
    if " or " in f" {deed} " or not deed.split() or _verbless(deed.split()[0]):
        return ""
    return deed


def _deed_pick(
    voice: Voice,
    index: Index,
    rng: random.Random,
    text: str,
    opener,
    used: Sequence[str],
    name: str = "",
) -> str:
    """A choice between two deeds, or a yes or no on one, answered plainly: the pick said back
    whole, in the asker's terms ("Blast it when you get home, Jess."), with the persona's take
    on it as its reason when it has one on that deed, else its word on choosing."""
    deed = yes_or_not(text)
    if deed:
        # On the thing done, not the verb ("move the freezer inside" is no moving house), and on
        # two of its words when it names two ("tell the landlord about the cat" is no view of
        # owning a house).
        words = deed.split()
        head = 3 if re.match(r"(?:need|have|ought|want)\b", deed, re.I) else 1
        found = [t for t in terms(" ".join(words[head:])) if t not in GENERIC_TERMS]
        take = _best_take(index, found, (), minimum=1.0) if found else None
        if take and len(take.on(set(found))) < min(2, len(set(found))):
            take = None
        yes = (
            take.side != "against"
            if take
            else zlib.crc32(f"{voice.slug}:{deed.lower()}".encode()) % 2 == 0
        )
        said = switched(deed)
        if head > 1:
            # "need to pay the extra £5": "you need to pay ..." or "you do not need to pay ...".
            to = f", {name}" if name else ""
            verdict = f"Yes{to}: you {said}." if yes else f"No{to}: you do not {said}."
        else:
            verdict = opener("deedyes" if yes else "deedno", what=said)
        # Its take on the thing, when it has one, is the reason ("take the job": the patent office).
        return f"{verdict} {take.text}" if take else verdict
    options = deed_choice(text)
    if not options:
        return ""
    taken = _taken_option(index, options, deeds=[True, True])
    kinds = deed_reasons(*options)
    if taken and kinds and len(set(terms(taken[0])) & taken[1].about) < 2:
        # Two deeds of kinds that answer each other ("keep the trophies or give them to the
        # school"): a take met on one word of one ("schools should teach children to ask") is
        # no reason for it; the kind of deed is.
        taken = None
    pick = taken[0] if taken else _choose(voice, index, *options)
    said = switched(pick)
    if re.match(r"(?:need|want|have to|ought to|must)\b", said, re.I):
        said = f"you {said}"  # "do i need my big coat or my mac": no "Need your big coat"
    said = said[:1].upper() + said[1:]
    reason = taken[1].text if taken else ""
    if kinds and not taken:
        # Two deeds of kinds that answer each other ("keep the trophies or donate them"): the
        # pick's kind is its reason ("what is given is used by many"), never a pick alone. The
        # philosopher gives it, then asks what the other would cost.
        why = kinds[options.index(pick)]
        if index.tagged.get("examine"):
            to = f", {name}" if name else ""
            return f"{said}{to}: {why}. But tell me, what would you lose by the other?"
        reason = f"{why[:1].upper()}{why[1:]}."
    return " ".join(x for x in (opener("deed", what=said), reason) if x)


# What a message that follows a missed answer opens with, before what it asks now: "that wasnt
# really what i meant, i meant like practically, ...", "no i meant, ...", "thats not what i
# asked, ...".
MISSED_LEAD = folded(
    r"^\W*(?:(?:ok|okay|lol|haha\w*|um+|no|nah|sorry|right|hm+)\W+)*(?:(?:that'?s|thats|that "
    r"is|that was|that wasn'?t|that wasnt|that isn'?t|that isnt|it'?s|its|it wasn'?t|it wasnt|"
    r"it isn'?t|it isnt) (?:not )?(?:really |quite "
    r"|exactly )?(?:what i (?:meant|asked|wanted|mean)|the question|it|my question|what i was "
    r"asking)|not what i (?:meant|asked|wanted)|i meant|i mean|no i meant)\b"
    r"(?:\s+(?:lol|lmao|haha\w*|tho|though|mate|at all|either|sorry))*"
    r"(?:\s*[,.;:!-]+\s*|\s+)(?:(?:i meant|i mean|i was asking|like|practically|basically|so|"
    r"just)\W+)*(?=\w)",
    re.IGNORECASE,
)


def _unnamed(reply: str, name: str) -> str:
    """`reply` with the first address to `name` taken out, to follow an opener that named them
    ("Blast it when you get home, Jess; ..." after "My mistake, Jess;")."""
    if not name:
        return reply
    return re.sub(rf",? {re.escape(name)}(?=[,;:.!?])", "", reply, count=1)


def _deeds_misread(text: str) -> bool:
    """Whether `text` offers a choice of two deeds (`deed_choice`) that `either_or` reads
    otherwise or not at all: "should we keep heating on low all day or blast it when we get
    home" ("all day", "blast it"), "is it better to play pretty football and lose or ugly and
    win" ("football and lose"); not "should we open at 8 or 9" (two times) nor "should i text
    him or call him", which it reads whole."""
    deeds = deed_choice(text)
    if not deeds:
        return False
    options = either_or(text)
    if options is None:
        return True
    if NUMBER_OPTION.match(options[0].split()[0]) or _judgement(options[0]):
        return False
    if sum(bool(TRUTHFUL.search(o)) for o in options) == 1:
        return False  # one that tells the truth, against one that hides it: `_pick`
    lowered = [o.lower() for o in options]
    said = [d.lower() for d in deeds]
    if all(d.endswith(o) for d, o in zip(said, lowered, strict=True)):
        # "is it better to read fast or slowly": "fast" or "slowly", the verb shared, read
        # right; not "pretty football and lose" or "ugly and win", whose verbs differ.
        first, second = (d[: len(d) - len(o)].strip() for d, o in zip(said, lowered, strict=True))
        if first == second or (not first and second == said[0].split()[0]):
            return False
    return lowered != said


def _settles(deeds: tuple[str, str] | None, line: str) -> bool:
    """Whether a line speaks to a choice of two deeds: a word of each ("split the bill evenly" or
    "split by who ate what": a bill split fairly), or two of one besides its verb ("follow the
    rule to the letter": a rule's letter); not a line on one word of one ("open the windows":
    a fly at the window)."""
    if not deeds:
        return False
    said = set(terms(line))
    found = [set(terms(d)) for d in deeds]
    if all(f & said for f in found):
        return True
    return any(
        len((f - set(terms(d.split()[0]))) & said) >= 2 for f, d in zip(found, deeds, strict=True)
    )


def _names_in(voice: Voice, message: str) -> bool:
    """Whether `message` names the persona of `voice` (its @slug, name or first name)."""
    names = {voice.slug, voice.name, voice.name.split()[0]}
    return any(says_word(n, message) for n in names)


def _outmatched(matched: int, experts: Sequence[Voice], query: list[str]) -> bool:
    """Whether the room's `experts` on a question know it as well as the persona's own best line
    (`matched` of its words): a question three of whose words one of its lines says is its own
    ("why do cut apples go brown": the chemist's line on a cut apple turning brown), whoever's
    field "apples" are; one word or two is no such line, and goes to the expert."""
    if not experts:
        return False
    if matched < 3:
        return True
    return any(_matched_terms(index_of(o.material), query) >= matched for o in experts)


def _matched_terms(index: Index, query: list[str], generic: frozenset[str] = GENERIC_TERMS) -> int:
    """How many of the message's words the line that ranks best for them contains. Words that
    name nothing (`generic`: "small", "enough") count only when the message has no other:
    "small enough for a car boot" is not answered by "a small garden is enough"."""
    if not query or not index.lines:
        return 0
    content = [t for t in query if t not in generic] or query
    scores = index.rank(dict.fromkeys(content, 1.0))
    best = index.lines[max(range(len(scores)), key=scores.__getitem__)]
    return sum(term in best.counts for term in set(content))


# Said around a question, not what it is about: who keeps asking it ("my uncle says this every
# christmas", "my flatmates keep arguing about"), that it is argued ("people still argue about
# it"), and how the asker feels about asking ("dumb question but", "genuinely asking"). What
# they argue *about* stays: only the words of the aside itself go.
_KIN = (
    r"uncle|aunt|auntie|mum|mom|mother|dad|father|parents|gran|granny|grandma|nan|grandad|"
    r"grandpa|grandfather|grandmother|teacher|tutor|lecturer|prof|professor|flatmates?|"
    r"housemates?|roommates?|friends?|mates?|brother|sister|siblings?|boss|colleagues?|"
    r"coworkers?|partner|boyfriend|girlfriend|wife|husband|cousins?|kids?|son|daughter|class|"
    r"classmates?|family|neighbou?rs?|dentist|doctor|friend group|group chat"
)
_TOLD = (
    r"says?|said|keeps? \w+ing|kept \w+ing|asks?|asked|thinks?|reckons?|claims?|claimed|"
    r"insists?|told me|tells me|argues?|argued|arguing|swears?|swore|loves? to \w+|"
    r"(?:brings?|brought) (?:it|this|that) up|mentioned|goes on|went on|won't stop \w+ing"
)
ASIDE = folded(
    rf"\b(?:(?:my|our) (?:\w+ )?(?:{_KIN})(?: and (?:i|me))? (?:\w+ )?(?:{_TOLD})(?: me| us)?|"
    r"(?:people|everyone|everybody|they|some) (?:still |always |keep |often |all )?"
    r"(?:argue|arguing|say|debate|fight|go on|disagree|ask)|"
    r"i (?:never|don't|didn't|do not) know what to (?:say|answer|tell \w+)|"
    r"(?:ok |okay )?(?:dumb|stupid|silly|random|weird|quick|odd) question(?: but)?|"
    r"(?:genuinely|honestly|just|seriously) (?:asking|curious|wondering)|"
    # "asking for a friend (the friend is me)", "asking for monopoly reasons": a figure of
    # speech, with what it owns to, never a question of friendship.
    r"(?:(?:i'?m |im )?asking for (?:a|my) (?:friend|mate|pal)|asking for (?:\w+ ){1,2}reasons)"
    r"(?:\W*\([^)]*\))?|"
    r"in (?:simple|plain|easy|layman'?s?|normal|short) (?:words|terms|english|language)|"
    r"like (?:i'?m|im|i am) (?:five|5|ten|10|\d|a child|a kid|an? (?:\d+|five|ten)[- ]year[- ]old)|"
    r"eli5|for (?:a )?(?:beginners?|dummies)|"
    r"back then|in those days|at the time|these days|nowadays|"
    r"i (?:read|heard|saw|learned)(?: somewhere| online)?(?: that)?(?= \w+ (?:was|were|is|did))|"
    r"(?:my|our) (?:\w+ )?(?:essay|homework|assignment|exam|test|coursework|paper) "
    r"(?:is|was) due(?: \w+)?)"
    # "says this every christmas": what they say it of goes too, to the end of the clause.
    r"(?: (?:this|that|it|so)(?: (?:every|each|at|all|whenever|over|on|again|constantly|"
    r"always)\b[^,;.?!]*?)?(?= (?:and|but)\b|[,;.?!]|$))?",
    re.IGNORECASE,
)
# Words that frame a question and name nothing in it: "what's the deal with earthworms",
# "what does radioactive mean", "what happened at your trial".
FRAMING = frozenset(
    terms(
        "deal story mean meaning means happen happened happens exactly basically literally "
        "possible impossible stop best"
    )
)
# Advice asked for, in the words that ask it: "any tips for", "top tips on", "got any advice
# about", "need some pointers for". (Not tips left for a waiter: "is 10% enough of a tip".)
ADVICE_ASKED = folded(
    r"\b(?:(?:got |have you got |you got |need |want |give (?:me|us) )?(?:any|some|a few|few|top|"
    r"good|your best) |^\W*)(?:tips?|advice|pointers|hacks?)\s+(?:for|on|about|re)\b",
    re.IGNORECASE,
)
# Advice asked, however put: "any tips on how to make the case", "what's your advice", "how
# should i go about it", "what would you do".
TIPS_ASKED = folded(
    ADVICE_ASKED.pattern + r"|\b(?:any|some|your|ur) (?:tips|advice|pointers)\b|"
    r"\bhow (?:do|should|would|can|could) (?:i|we) (?:go about|make|get|win|write|pitch|handle)\b|"
    r"\bwhat would (?:you|u) do\b",
    re.IGNORECASE,
)
# "your mum", "your thought experiments": what a question asked of the persona is about.
YOUR = folded(
    r"\b(?:your|about(?: your| the| my)?|(?:deal|thing|story|obsession|up) with(?: the| your)?|"
    # "how did you meet Mileva?", "why did you leave Poland?": whom or what it was done to.
    r"(?:did|do) (?:you|u) (?:ever |first |really |actually )?(?:meet|leave|marry|lose|choose|name|"
    # "why did you call it polonium?": what it was called, past the "it".
    r"call|visit|hate|love|miss|know)(?: (?:the|your|my|his|her|a|an|it|them))?|"
    # "why did the oracle call you wise?": what the question is asked of.
    r"(?:what|why|how|when|where) (?:did|does|do|was|is|were)(?: the| your| my)?"
    r"(?! (?:you|i|we|they|he|she|it|that|this|there)\b)|"
    r"with the|with your|how (?:do|did|does|can|should|would) (?:i|you|we|one|people) "
    r"(?:write|make|build|find|get|choose|start|learn|pick|tell|become|create|design)"
    r"(?: (?:a|an|the|your|my|good|great|new))*) "
    # The thing itself, not what it is said to be: "your favourite book" is about a book.
    # "how do you make a strong password?" is about a password.
    r"(?:(?:strong|weak|quick|slow|fast|hot|warm|cool|loud|quiet|bright|thick|thin|heavy|deep|"
    r"wide|soft|easy|hard|dry|wet|wise|tall|happy|sad|cheap|busy|clean|clear|tiny|huge|simple|"
    r"smart)(?:er|est)? )?"
    r"(?:(?:favou?rite|first|last|own|best|worst|biggest|greatest|early|old|late|thought|"
    r"famous|second|older|younger|little|good|great) )?([\w'-]+)",
    re.IGNORECASE,
)


OWN_LIFE_TERMS = frozenset(terms("money home children child"))
# "What does radioactive mean?" asks what the word means, as "what is radium?" does.
MEANING = folded(r"^\W*what (?:does|do) ([^?.!]+?) (?:actually |really |even )?mean\b", re.I)
EXPLAIN = folded(r"^\W*(?:can you |could you |please )?explain (?:to me )?([^?.!,;]+)", re.I)


def without_asides(text: str) -> str:
    """`text` without the asides around its question (`ASIDE`), for finding what it is about."""
    return ASIDE.sub(" ", text)


def subject_terms(text: str) -> set[str]:
    """The words a question is most plainly about: what follows "your", "about" or "with the"
    ("was your mum strict?": mother)."""
    # "your writing" is about the work, and says less of what is asked than "Hamnet" beside it.
    said = (m.group(1) for m in YOUR.finditer(text) if not _doer_only(m))
    return {t for s in said for t in terms(s)} - GENERIC_TERMS - FRAMING


def _doer_only(found: re.Match) -> bool:
    """A word after "your" or "about" that says less than its question: "your writing" (the
    work), or people asked of as anyone, who only do what is asked ("why do humans even like
    games": games, "how do people fall in love": love), not "tell me about humans"."""
    said = found.group(1).lower()
    return said.endswith("ing") or (
        bool(DOER_ASKED.match(found.group(0))) and bool(set(terms(said)) & PEOPLE_TERMS)
    )


# A question of what someone does: "why do humans ...", "how did people ...".
DOER_ASKED = folded(r"(?:what|why|how|when|where) (?:did|does|do|were)\b", re.I)


def _weights(
    query: list[str],
    history: Sequence[Said],
    theme: str,
    ignored: set[str],
    subject: set[str] = frozenset(),
    *,
    generic: frozenset[str] = GENERIC_TERMS,
) -> dict[str, float]:
    """What to look for in the material: the message first (the words it is about, in
    `subject`, most; framing and `generic` words least), then the last few things others said,
    then the room's theme."""
    weights: dict[str, float] = {}
    for term in terms(theme):
        if term not in ignored:
            weights[term] = 0.1  # it steers near-ties only: never what a line is chosen for
    for said in history[-4:-1]:
        if not said.own:
            for term in terms(said.text):
                if term not in ignored:
                    weights[term] = max(weights.get(term, 0.0), 0.3)
    for term in query:
        # "work" in "How does an X-ray machine work?" is not what it is about.
        said = term in generic or term in FRAMING
        # What it is plainly about outweighs the rest of it ("write" in "how do I write a
        # villain?").
        weights[term] = 0.3 if said else 1.6 if term in subject else 0.7 if subject else 1.0
    # The words its life and field say the same thing in ("ill": "illness", "religion":
    # "faith"), a little below the message's own.
    for term, weight in related([t for t in query if weights[t] >= 1.0]).items():
        weights.setdefault(term, 0.5 * weight)
    return weights


def _best_lines(
    index: Index,
    weights: dict[str, float],
    used: list[str],
    rng: random.Random,
    count: int,
    *,
    minimum: float | None = None,
    prefer: re.Pattern | None = None,
    pair: bool = True,
    pair_ratio: float = 0.7,
    anchor: set[str] | None = None,
    key: set[str] = frozenset(),
) -> list[str]:
    """The `count` best-ranked lines not used in the persona's recent replies; near-ties and
    lines nothing points to are chosen by the seed. With `minimum`, only lines that score
    above it. With `anchor` (the message's own words), the first line carries one of them when
    any fresh line does, one of `key` (what it is plainly about) first: a line the theme or the
    conversation ranks high is no answer to a question on something else."""
    if not index.lines:
        return []
    scores = index.rank(weights)
    if minimum is not None and max(scores) <= minimum:
        return []
    if prefer is not None:
        bonus = max(scores) * 0.5
        scores = [
            score + (bonus if score and prefer.search(line.text) else 0.0)
            for score, line in zip(scores, index.lines, strict=True)
        ]
    top = max(scores)
    # (each line's key drawn in the order of the lines, as `sorted` would draw them, with the
    # spread worked out once: some 1,300 lines a ranking)
    spread = max(0.15 * top, 0.01)
    keys = [-(score + rng.random() * spread) for score in scores]
    order = sorted(range(len(index.lines)), key=keys.__getitem__)
    # (One text to look in: no line holds the separator, so none is met across two replies.)
    said = "\x00".join(used)
    fresh = [i for i in order if index.lines[i].text not in said]
    if anchor:
        for wanted in (key & anchor, anchor):
            if wanted:
                on_it = [i for i in fresh if wanted & index.lines[i].counts.keys()]
                if on_it:
                    taken = set(on_it)
                    fresh = [*on_it, *(i for i in fresh if i not in taken)]
                    break
    chosen = (fresh or order)[:count]
    if pair and count > 1 and len(chosen) > 1:
        second = index.lines[chosen[1]]
        # A second line only when it is about the same thing: it ranks near the first, and
        # carries a word of the message itself, not only of the theme or the conversation.
        if scores[chosen[1]] < pair_ratio * top or (
            anchor is not None and not anchor & second.counts.keys()
        ):
            chosen = chosen[:1]
    return [index.lines[i].text for i in chosen]


def _tagged(
    index: Index,
    kind: str,
    rng: random.Random,
    *,
    name: str,
    used: Sequence[str] = (),
    among: Sequence[str] | None = None,
    **fields: str,
) -> str:
    """An opener (or whole reply) of `kind` from the persona's material (or of `among`, some
    of them), addressed to `name`; while it has others, not one it said in `used` (its recent
    replies)."""
    options = apart(among or index.tagged.get(kind) or DEFAULT_TAGGED[kind])
    if not name:
        options = [o for o in options if "{name}" not in o] or options
    if fields.get("speaker") == "me":  # siding with the persona itself: not "you both"
        options = [o for o in options if "both" not in o] or options
    values = {"speaker": "", "mention": "", "who": "", **fields, "name": name or "friend"}
    return _least_used([o.format(**values) for o in options], used, rng, options)


def _least_used(
    texts: Sequence[str], used: Sequence[str], rng: random.Random, templates: Sequence[str] = ()
) -> str:
    """One of `texts` chosen by the seed among those not in `used` (the persona's recent
    replies, oldest first); when all were said, the one said longest ago. A tagged line is
    known by its longest stretch of fixed words, so "Welcome, Priya!" is not said to Jonas."""
    templates = templates or texts

    def last_said(template: str, text: str) -> int:
        key = fixed_words(template)
        key = key if len(key) >= 12 else text
        # Case aside: a tag said without its leading name starts with a capital.
        key = key.lower()
        return max((i for i, said in enumerate(used) if key in said.lower()), default=-1)

    when = [last_said(template, text) for template, text in zip(templates, texts, strict=True)]
    fresh = [text for text, i in zip(texts, when, strict=True) if i < 0]
    if fresh:
        return rng.choice(fresh)
    return texts[when.index(min(when))]


def _own_tip49(index: Index, message: str) -> bool:
    """Whether the persona's own `#tip` is surely on the first asked of (a tip on a first, or
    two words of it named: "my first day in the lab" to the chemist), said before ask49's."""
    line = tip(index, message, GENERIC_TERMS)
    return bool(line) and (
        "first" in line.lower() or tip_about(index, message, line, GENERIC_TERMS) >= 2
    )


def _addressable(author: str) -> str:
    """How to address the author of the message: their name, capitalised if it is a plain
    lower-case username."""
    if not author or author == "someone":
        return ""
    if author.isalpha() and author.islower() and author not in NOT_USERNAMES:
        return author[0].upper() + author[1:]
    # "dev_k" is "Dev", "tom_b" "Tom", "jo.smith" "Jo": the name part, as one calls them.
    called = re.split(r"[_.\d-]+", author)[0]
    if (
        called != author
        and len(called) >= 2
        and called.isalpha()
        and called.islower()
        and called not in NOT_USERNAMES
    ):
        return called[0].upper() + called[1:]
    return author


# Lower-case words that may be usernames but read as no name when capitalised ("Lol").
NOT_USERNAMES = frozenset(
    "lol lmao rofl ok okay idk btw omg haha hehe bro mate me you".split()  # noqa: SIM905
)


# The longest reply of the house bot's that holds a program written out (bots/house_code.py):
# a program keeps its lines, and is never cut short.
HOUSE_CODE_LIMIT = 1200


def _fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    # Whole sentences when they fit; otherwise a cut at a word.
    sentences = SENTENCE_END.split(text)
    kept = ""
    for sentence in sentences:
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if len(kept) >= limit // 2:
        return kept
    # A sentence too long to keep whole ends at its last clause that fits ("...; and then"
    # goes), as a sentence: never cut off in the middle with an ellipsis when it can be helped.
    head = text[: max(1, limit - 1)]
    strong = [m.start() for m in re.finditer(r"[;:]\s", head)]
    breaks = [m.start() for m in re.finditer(r"[;:]\s|,\s(?=(?:and|but|so|for)\b)", head)]
    # ", and" in the middle of a clause that needs what follows ("whoever can name it, and
    # still stands, has the better case"): the semicolon before it.
    if (
        strong
        and breaks[-1] > strong[-1]
        and re.match(
            r"[;:]\s+(?:who|whoever|whatever|which|what|if|when|unless|though)\b",
            head[strong[-1] :],
        )
    ):
        breaks = strong
    if breaks and breaks[-1] >= limit // 2:
        return head[: breaks[-1]].rstrip(",;: ") + "."
    cut = head.rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
