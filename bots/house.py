"""The house bot (AIBot): answers `/AIBot <question>` about Salon itself and a little code,
says a word back to greetings, thanks, news and sympathy, and owns up to what it does not know.

What it knows is a written FAQ, `bots/house_faq.json`: each entry a few phrasings of its
question with keywords, and a short answer checked against the code. A question is ranked
against the entries with the personas' BM25 (`bots/material.py`); the best entry answers when
it covers most of what the question is about (its rarer words weigh more) and holds a word the
entry needs, or when the question names the entry's subject outright (its `anchors`: "asyncio",
"sqlite"), however casually the rest is said; otherwise the bot says it does not know, naming
what it can help with. Words the FAQ lacks are matched across one typo ("pasword"), chat
spellings ("wat", "u", "r") are read as words, and asking how to get a persona to answer ("do I
just type Darwin's name") is asking how to mention it. It builds on the engine's reading of a
message (greetings, thanks, opinions asked, either/or questions) and is deterministic for a
seed, like the personas' replies.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from bots.advice import advised
from bots.asks import overlap_of, share_of
from bots.easy import house_fact
from bots.engine import (
    AGREEING,
    BOT_ASKED,
    BRB,
    DAY_ASKED,
    DILEMMA,
    DISAGREEING,
    FACTUAL_CHOICE,
    GREETING,
    HOUSE_COMMAND,
    HOW_ARE_YOU,
    NEWCOMER,
    NEWS,
    OPINION,
    PERSONAL,
    QUESTION_START,
    ROOM_DAY,
    SIDING,
    WHO_ASKED,
    _addressable,
    _least_used,
    either_or,
    introduced_as,
    taking_leave,
    thanks_given,
    words,
)
from bots.falling import fall_of
from bots.fold import folded
from bots.house48 import house48, tip_split, unknown_said
from bots.house49 import code_anywhere, house49
from bots.house_code import (
    FOLLOW_UP,
    code_asked,
    follow_up_reply,
    no_snippet_reply,
    snippet_for,
    snippet_reply,
    written_before,
)
from bots.house_help import everyday_help, weather_told
from bots.house_play import cannot_keep, joked, played
from bots.material import Index, index_of, stem, terms
from bots.moral import moral_asked, moral_reply
from bots.reckon import MENTION_LEAD, arithmetic_of, calendar_of, sum_of, temperature_of
from bots.seeded import seeded
from bots.smalltalk import ACK, LAUGH_ALONE, MISSED, WOW, show_asked
from bots.trivia import fact as trivia_fact
from bots.valence import FIRST_PERSON, GRAVE_EVENT, death_told
from bots.valence import mood as valence_mood
from bots.wordsum import MONEY, PERCENT_AT, Worked, sum_read, word_sum

FAQ_FILE = Path(__file__).with_name("house_faq.json")
# How much of a question's weight (each word by its rarity in the FAQ; a word the FAQ lacks
# weighs as much as its rarest) the best entry must cover to answer it: "a good name for a
# puppy" is not a question about display names.
COVERAGE = 0.55
# How much less of a question an entry whose subject it names outright (an anchor) may cover,
# and still answer before one that covers a little more by everyday words ("pinged").
ANCHOR_MARGIN = 0.15
# The words of everyday talk: the stems said in five or more lines of the personas' material as
# it stood when the FAQ's matching was tuned (44033f2). Kept as a list, not counted afresh: the
# personas' knowledge lines (session 24 added some 500) made FAQ words such as "per" and "pm"
# count as chat, and "how do i count visits per month in python" got "Congratulations!".
EVERYDAY_FILE = Path(__file__).with_name("house_everyday.txt")
# Said to the house bot, these carry nothing about which answer is wanted.
FILLER = frozenset(
    """
    salon aibot app site website work works working worked mean means meaning difference
    between differences versus exactly basically simply simple example question questions quick
    quickly kind sort wonder wondering able possible allowed anybody somehow way ways best
    better five six year eli5 idea happen happens happened understand explain explained
    guys hey mate buddy pal thx cheers seem seems got okay please plz pls isnt dont doesnt
    cant wont didnt arent aint wasnt im ive rn u ur turn enable enabled disable used uses
    using stand stands mine quickest fastest easiest simplest completely entirely totally
    deal hard easy tricky confused confusing stuck trouble struggling pls plz lol tho btw
    support supports supported instead rather
    usually typically
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
FILLER_TERMS = frozenset(stem(word) for word in FILLER)
# Words the BM25 terms would drop (too short) or split, said as the FAQ says them.
# What a spreadsheet formula does, and where it is done ("sheetformula" below).
_FORMULA_WORDS = (
    "formulas?|functions?|countif|sumif|sumup|add up|adds up|adding up|total|sum|count|counting|"
    "average|averages|lookup"
)
_SHEET_WORDS = "cells?|columns?|rows?|excel|sheets?|google sheets?|spreadsheets?"
SPELLINGS = (
    # JavaScript's equality operators, which the terms would drop: "== vs ===" (session 45).
    (re.compile(r"!==|==="), " tripleequals "),
    (re.compile(r"(?<![=!<>])==(?!=)"), " doubleequals "),
    # Personas with one another, not with the person: "can two personas talk to each other".
    (re.compile(r"\b(?:each ?other|one another|among themselves)\b"), " eachother "),
    # A persona of one's own made, not one of Salon's added: "can i make my own persona".
    (
        re.compile(
            r"\b(?:my|our|your) own (?:persona|bot|character|ai)s?\b|\b(?:custom|new) (?:persona|"
            r"character|ai character)s?\b|\b(?:create|design|build|invent) (?:an? |my |our )?"
            r"(?:persona|character|bot)s?\b"
        ),
        " ownpersona ",
    ),
    # What the bots keep of earlier talk: "do the bots remember what i said yesterday".
    (
        re.compile(
            r"\b(?:remember|remembers|recall|recalls|forget|forgets)\b(?= (?:what|anything|"
            r"me|us|our|stuff|things|conversations?|chats?|earlier|yesterday|last|past|previous|"
            r"everything|old))|\b(?:a |any |long[- ]term |your )memory\b"
        ),
        " botmemory ",
    ),
    (re.compile(r"\bget rid of\b"), " remove "),
    # What only a live feed knows: a forecast, a price today, a result, the news.
    (
        re.compile(
            r"\b(?:what|how)(?:'?s| is| will be)? (?:the )?weather (?:like )?"
            r"(?:(?:in|at|for) \w+(?: \w+)? )?(?:tomorrow|today|"
            r"tonight|this|on|later|next)\b|\bwhat(?:'?s| is) the (?:weather )?forecast\b|"
            r"\bwill it (?:rain|snow|be sunny)\b|\b(?:stock|share) prices?\b|"
            r"\bprice of (?:bitcoin|btc|eth|gold|oil|\w+ stock|\w+ shares)\b|\bwho won (?:the "
            r"(?:game|match|race)\b|(?:\w+ ){0,3}(?:last night|yesterday|today|this weekend)\b)|"
            r"\b(?:latest|today'?s) (?:news|headlines|scores?)\b"
        ),
        " liveinfo ",
    ),
    # An errand asked of it: "can u order me a pizza", "book me a flight".
    (
        re.compile(
            r"\b(?:order|book|buy|reserve|call|ring|text|email) (?:me|us) (?:an? |some |the )?"
            r"(?:\w+ )?(?:pizza|food|takeaway|taxi|uber|cab|flights?|tickets?|table|hotel|room|"
            r"train|present|gift|dinner|lunch)\b|\bset (?:an? |my )?alarm\b"
        ),
        " errandasked ",
    ),
    # "sort" is filler to the house bot ("what sort of"); sorting dicts is not.
    (
        re.compile(
            r"\bsort(?:ed|ing)? (?:a |the |my |this |an? )?(?:list of |array of )?(?:dicts?|"
            r"dictionar(?:y|ies))\b"
        ),
        " sortdicts dict ",
    ),
    # Chat-app questions said in other apps' words (session 24), before "@" is read as mention.
    # What only a question about chat asks, so a word alone ("the schedule for saturday", "the
    # location of the party", "do i need a coat", "what type of wood") reaches no entry.
    (
        re.compile(
            r"\bforward(?:ing|ed)? (?:a |the |this |that |his |her |my |\w+'s )?(?:message|msg|"
            r"post|photo|pic|file)s?\b|\bforward (?:it|this|that) (?:on )?(?:to|into) (?:another|"
            r"the other|a different|an?|the \w+|my \w+) ?(?:room|chat|group|channel)\b"
        ),
        " fwdmsg ",
    ),
    (
        re.compile(
            r"\b(?:share|send|post|drop|put|pin|give) (?:my |our |your |a |the |his |her |their )?"
            r"(?:live |current |exact )?location\b|\blocation sharing\b|\blive location\b"
        ),
        " sharelocation ",
    ),
    (
        re.compile(
            r"\btranslat\w* (?:a |the |this |that |his |her |their |these |those )?(?:message|msg|"
            r"messages|msgs|chat|post|posts)\b|\bauto ?-?translat\w*|\b(?:can|does|will) (?:it|"
            r"salon|this app|you) translate\b"
        ),
        " translatemsg ",
    ),
    (
        re.compile(
            r"\bset (?:a |my |an? )?(?:custom )?status\b|\bstatus (?:message|update|emoji)\b|"
            r"\b(?:appear|show|look) (?:as )?(?:away|offline|busy|invisible)\b"
        ),
        " setstatus ",
    ),
    (
        re.compile(
            r"\bwithout (?:an? )?(?:account|signing up|sign ?up|registering|logging in|log ?in|"
            r"joining)\b|\bneed (?:an? |to make an? |to have an? )?account\b|\bguest (?:access|"
            r"mode|account|link)\b"
        ),
        " noaccount ",
    ),
    (
        re.compile(
            r"\b(?:archive|hide|clear|wipe|empty) (?:this|the|a|my|our|that|old|all) ?(?:old )?"
            r"(?:chats?|groups?|rooms?|history|conversations?|convos?|messages)\b"
        ),
        " archivechat ",
    ),
    (
        re.compile(
            r"\b(?:send|pay|transfer|collect|request|split) (?:\w+ ){0,3}(?:money|payments?|subs|"
            r"£\d+)\b(?! (?:python|in python))|\bpay (?:me|us|people|someone|each other) "
            r"(?:through|in|on|via) (?:here|salon|this)\b|\bpaypal\b|\bvenmo\b"
        ),
        " paymoney ",
    ),
    (
        re.compile(
            r"\bcalendar (?:event|invite|entry)s?\b|\b(?:add|put) (?:\w+ ){1,3}(?:in|on|to|into) "
            r"(?:the |everyone'?s |our |my |a )?calendars?\b|\brsvps?\b"
        ),
        " setreminder ",
    ),
    (
        re.compile(
            r"\b(?:change|set|pick|choose|customi[sz]e) (?:the |my |our |a |this )?(?:chat |room "
            r")?background\b|\bwallpapers?\b"
        ),
        " wallpaper ",
    ),
    (
        re.compile(
            r"\bnicknames? (?:for|to) (?:someone|somebody|people|others|them|him|her|\w+)\b|"
            r"\b(?:give|set|add) (?:\w+ ){0,2}nicknames?\b|\bcontacts? (?:under )?nicknames?\b"
        ),
        " nicknameset ",
    ),
    (
        re.compile(
            r"\bschedul(?:e|ed|ing) (?:a |the |my |this |that |an )?(?:message|msg|post|text|"
            r"announcement|reminder)s?\b|\bscheduled (?:messages?|posts?|sends?)\b|\b(?:message|"
            r"msg|post|send)s? (?:\w+ ){0,2}(?:automatically|on a timer)\b"
        ),
        " schedmsg ",
    ),
    (
        re.compile(
            r"\b(?:what|which) (?:kinds? of |types? of |sorts? of )?(?:files?|formats?|"
            r"attachments?)\b|\bfile (?:types?|formats?|kinds?)\b|\b(?:types?|kinds?|formats?) "
            r"of (?:files?|attachments?|uploads?)\b"
        ),
        " filekinds ",
    ),
    (
        re.compile(
            r"\b(?:text|font|writing|letters|words|messages?|everything|screen)(?: \w+){0,3} "
            r"(?:bigger|smaller|larger|tiny|too small|so small)\b|\b(?:bigger|larger|smaller) "
            r"(?:text|font|writing|letters)\b"
        ),
        " textsize ",
    ),
    # Salon used on a device, not a device chosen ("which laptop should i get"): "can i use it
    # on my laptop", "log in on my work computer", "two devices".
    (
        re.compile(
            r"\b(?:use|using|run|runs|work|works|working|open|log ?in|login|sign in|get on|be on)"
            r" (?:it |salon |this |the app |the site |here )?(?:on|from|with) (?:my |a |the |your |"
            r"our |two |both |several |multiple |other |another |different )?(?:\w+ )?(?:laptop|"
            r"laptops|computer|computers|pc|mac|desktop|ipad|tablet|chromebook|devices?|browser)\b|"
            r"\b(?:two|2|both|several|multiple|different|other|another) devices?\b"
        ),
        " ondevice ",
    ),
    # "@everyone", "tag everyone", "ping the whole group": no such mention in Salon.
    (
        re.compile(
            r"@ ?(?:everyone|everybody|here|all|channel)\b|\b(?:tag|ping|mention|notify|"
            r"alert|@)(?:ing)? (?:everyone|everybody|all (?:of )?(?:us|them|you|members|the "
            r"members)|the whole (?:group|room|chat|team|lot))\b"
        ),
        " ateveryone ",
    ),
    # The bots quietened for good, not one reply stopped mid-way ("stop the bots replying to
    # everything", "turn the ai off in here", "mute the bots").
    (
        re.compile(
            r"\b(?:stop|mute|silence|turn off|switch off|disable|quiet(?:en)?) (?:the |all the |"
            r"these |those )?(?:bots|personas|ais|ai bots|characters)\b(?!.*\b(?:halfway|mid|"
            r"middle|while|writing|essay)\b)|\b(?:bots?|personas?|ai) (?:from )?(?:replying|"
            r"answering|responding|chiming in|talking|butting in) (?:to )?(?:everything|every "
            r"message|all the time|so much|constantly|non ?stop)\b|\bturn (?:the )?(?:bots?|"
            r"personas?|ai) off\b"
        ),
        " botsquiet ",
    ),
    # A room (not a person) muted: "mute this chat", "mute the group".
    (
        re.compile(r"\bmute (?:this|the|that|our|a|my) (?:chat|group|room|channel|convo)\b"),
        " mute room ",
    ),
    # A person made a moderator: "make sam admin", "can i make someone an admin".
    (
        re.compile(
            r"\b(?:make|made|promote|set) (?:\w+ ){1,2}(?:an? |the |co[- ]?)?(?:admin|admins|mod|"
            r"mods|moderator)\b|\badmin rights\b"
        ),
        " make moderator ",
    ),
    # Someone put out of a room: "remove someone from the group", "kick her out of the chat".
    (
        re.compile(
            r"\b(?:remove|kick|boot|chuck|throw) (?:someone|somebody|him|her|them|people|a "
            r"(?:person|member|user)|that (?:guy|person|user|member)) (?:out )?(?:of|from) "
            r"(?:the|this|our|my) (?:group|chat|room|channel)\b"
        ),
        " kick member ",
    ),
    # One's own picture, not a photo posted: "change my picture", "profile pic", "pfp".
    (
        re.compile(
            r"\b(?:my|profile|display|account) (?:pic|pics|picture|photo|avatar|image)\b|"
            r"\bpfp\b"
        ),
        " avatar profile ",
    ),
    # Deleted for everyone, as WhatsApp says it: "delete for everyone", "unsend for everybody".
    (
        re.compile(
            r"\b(?:for|from) (?:everyone|everybody|all of us|all|both of us|the whole (?:group|"
            r"chat|room))\b(?=.*\b(?:delete|deleted|deleting|unsend|remove|removed)\b)|\b(?:delete|"
            r"deleted|deleting|unsend|remove|removed)\b.*\b(?:for|from) (?:everyone|everybody|all "
            r"of us|all|both of us|the whole (?:group|chat|room))\b"
        ),
        " foreveryone message delete ",
    ),
    # A deleted message wanted back: "can i undo a delete", "recover a deleted message".
    (
        re.compile(
            r"\b(?:undo|undelete|reverse|recover|restore|get back|retrieve|bring back)\b "
            r"(?:a |the |my |that |this )?(?:delete|deletion|deleted "
            r"(?:message|msg|post|photo|file)s?)\b|"
            r"\bundelete\b|\b(?:recover|restore|get back|retrieve) (?:a |the |my |that |this )?"
            r"(?:message|msg|post)s? (?:i|we|someone|he|she|they) deleted\b"
        ),
        " undelete ",
    ),
    # A reminder set, not one posted: "can i set a reminder", "can it remind everyone".
    (
        re.compile(
            r"\b(?:set|make|add|create|schedule|send|get|have) (?:up )?(?:a |an |some )?"
            r"(?:automatic |auto )?reminders?\b(?! (?:message|post) (?:so|to))|\bremind (?:me|us|"
            r"everyone|everybody|people|them|the (?:group|team|room))\b"
        ),
        " setreminder ",
    ),
    # Every photo or file of a room at once: "how do i see all the photos in this chat".
    (
        re.compile(
            r"\b(?:see|view|find|browse|look at|look through|scroll through|where are|show(?: me)?)"
            r" all (?:the |of the )?(?:photos|pictures|pics|images|files|media|attachments|"
            r"documents|docs|pdfs)\b"
        ),
        " gallery media ",
    ),
    (re.compile(r"\bblue ticks?\b|\b(?:double|grey|gray) ticks?\b"), " readticks "),
    # Session 25: what a group asks of a chat app's help bot, in the words that say which
    # answer it wants; each a word of its own, so that a word alone ("what type of wood",
    # "how many languages do you speak") reaches none of these entries.
    # When a message was sent, not a message sent: "what time was this sent".
    (
        re.compile(
            r"\bwhat time (?:was|did|is) (?:\w+ ){0,4}(?:sent|send|posted|post|written|said)\b|"
            r"\bwhen (?:was|did|were) (?:this|that|the|a|his|her|their|my|each|\w+'s) (?:message|"
            r"msg|post)s? (?:get )?(?:sent|posted|written)\b|\bwhen (?:a |the |this |that |my |"
            r"each |\w+'s )?(?:message|msg|post)s? (?:was|were|got|is|are) (?:sent|posted|"
            r"written)\b|\b(?:are there|any|show|shows|see) (?:message )?time ?stamps\b|"
            r"\btime ?stamps? (?:on|of|for) (?:the )?(?:messages?|msgs?|posts?)\b|\bmessage "
            r"time ?stamps?\b"
        ),
        " msgtime ",
    ),
    # A room only some may post in: "make it so only admins can post", "read only room".
    (
        re.compile(
            r"\bread[- ]?only\b|\bonly (?:the )?(?:admins?|moderators?|owners?|me|i|we) (?:can |"
            r"could |get to )?(?:post|write|talk|send|message|speak)\b|\bannouncements? only\b|"
            r"\bannouncement (?:room|channel|group|chat)\b"
        ),
        " readonly ",
    ),
    # Whether the room is told one left: "will people know if i leave", "leave without anyone
    # knowing".
    (
        re.compile(
            r"\b(?:know|knows|see|sees|notice|notices|told|tell|tells|say|says|show|shows|"
            r"notified|notify|announce\w*)\b(?: \w+){0,4} (?:leave|leaves|left|leaving)\b|"
            r"\bleave\b(?: \w+){0,3} without (?:anyone|anybody|people|them|everyone|everybody|"
            r"it) (?:knowing|noticing|seeing|being told|saying)\b"
        ),
        " leaveseen ",
    ),
    # How long an invite lasts, or ending one: "do invite links expire", "cancel an invite".
    (
        re.compile(
            r"\bhow long (?:does|do|will|is|are) (?:an? |the |my |our |that )?invit\w*(?: links?)?"
            r" (?:last|work|valid|good|stay|open)\b|\binvit\w*(?: links?)? (?:expire|expires|"
            r"expiry|run out|runs out|time out)\b|\b(?:revoke|cancel|withdraw|delete|stop|kill|"
            r"undo) (?:an? |the |my |that |this |our )?invit\w*(?: links?)?\b"
        ),
        " invitelife ",
    ),
    # Whether an edit shows: "can people see that i edited it", "is there an edit history".
    (
        re.compile(
            r"\b(?:see|know|show|shows|say|says|tell|tells|mark|marked|notice)\b(?: \w+){0,4} "
            r"(?:edited|been edited|i edited|i changed it)\b|\bedit(?:ed)? (?:history|label|mark|"
            r"tag)\b"
        ),
        " editshown ",
    ),
    (
        re.compile(r"\bwho (?:has |have |had )?(?:reacted|liked|loved|hearted|thumbed)\b"),
        " reactwho ",
    ),
    # A formula for a spreadsheet: "whats the formula to count the cells that say yes", "how do
    # i add up a column in excel"; not "can i send an excel file".
    (
        re.compile(
            rf"\b(?:{_FORMULA_WORDS})\b(?: \S+){{0,8}} (?:{_SHEET_WORDS})\b|"
            rf"\b(?:{_SHEET_WORDS})\b(?: \S+){{0,6}} (?:{_FORMULA_WORDS})\b"
        ),
        r" \g<0> sheetformula ",  # its words kept: which formula is in them
    ),
    # Whether a reaction tells anyone: "does the 🔥 reaction notify people", "if i react will
    # they get a notification", "do likes ping".
    (
        re.compile(
            r"\b(?:reacts?|reactions?|reacting|reacted|likes?|liking|liked|emojis?)\b(?: \S+){0,6}"
            r" (?:notif\w*|ping|pings|pinged|alert|alerts|alerted|buzz|tells?|told)\b|"
            r"\b(?:notif\w*|ping|pings|pinged|alert\w*|told|know)\b(?: \S+){0,5} (?:if|when) "
            r"(?:i|you|u|someone|somebody|people) (?:react|reacts|like|likes)\b"
        ),
        " reactnotify ",
    ),
    # How photos show, or several sent: "do photos show in the chat", "several photos at once".
    (
        re.compile(
            r"\b(?:photos?|pictures?|pics?|images?|screenshots?) (?:show|shows|appear|appears|"
            r"display|displays|come up|comes up)\b|\b(?:several|multiple|many|lots of|a few|more "
            r"than one|two|three|all (?:my|the|our)) (?:photos|pictures|pics|images|files|"
            r"screenshots|attachments|pdfs|docs)\b(?: \w+){0,3} (?:at once|in one|together)\b|"
            r"\bupload (?:several|multiple|many|lots of) \w+"
        ),
        " fileshown ",
    ),
    (
        re.compile(
            r"\bwho(?:'s| is| are)? (?:the )?(?:admins?|owners?|moderators?|in charge|boss)\b|"
            r"\bwho (?:runs|owns|made|created|started) (?:this|the|our) (?:room|group|chat|"
            r"channel)\b"
        ),
        " whoowner ",
    ),
    (
        re.compile(
            r"\bhow many (?:chat ?)?(?:rooms|groups|chats|channels) (?:can|could|may|am i allowed"
            r" to) (?:i|we|you|one|people) ?(?:make|create|start|open|have|set up|be in|join)?\b|"
            r"\b(?:limit|max|maximum|cap) (?:on |of |to )?(?:how many |the number of |number of )?"
            r"(?:chat ?)?(?:rooms|groups|chats|channels)\b"
        ),
        " roomlimit ",
    ),
    # A preview of a link: "if i paste a link does it show a preview", "do youtube links embed".
    (
        re.compile(
            r"\b(?:links?|urls?|youtube|website|article|tweet|spotify)\b(?: \w+){0,6} (?:previews?|"
            r"unfurl\w*|embed\w*|thumbnails?|cards?|show the (?:video|picture|image|page))\b|"
            r"\b(?:previews?|unfurl\w*|embed\w*|thumbnails?)\b(?: \w+){0,4} (?:links?|urls?)\b"
        ),
        " linkpreview ",
    ),
    (
        re.compile(r"\bmark (?:\w+ ){0,2}(?:as )?(?:read|unread)\b|\bmark-?as-?read\b"),
        r" \g<0> unread ",
    ),
    # An emoji put on a message is a reaction: "put an emoji on someone's message".
    (
        re.compile(
            r"\b(?:add|put|stick|leave|give) (?:an? |some |the )?(?:emojis?|reactions?) (?:to|on) "
            r"(?:a|the|his|her|their|someone'?s|\w+'s|my) (?:message|msg|post)"
        ),
        r" \g<0> react emoji ",
    ),
    # An emoji typed into one's own message: "how do i put an emoji in", "is there an emoji
    # picker"; not "can i add an emoji" (a reaction, as the FAQ has it).
    (
        re.compile(
            r"\bemoji (?:picker|keyboard|button|menu|panel)\b|\b(?:put|type|insert|write) (?:an? |"
            r"some |the )?(?:emojis?|emoticons?|smileys?)\b(?! reactions?\b)(?! (?:to|on) )|"
            r"\b(?:add|put|type|insert|use) (?:an? |some )?(?:emojis?|smileys?) (?:in|into|to) "
            r"(?:my|a|the|your) (?:own )?(?:message|msg|text|post)\b|\bwhere (?:are|is|do i find|"
            r"can i find) (?:the )?(?:emojis?|smileys?)\b"
        ),
        " emojitype ",
    ),
    # Salon in another language: "is salon available in spanish", "change the language".
    (
        re.compile(
            r"\b(?:salon|the app|this app|the site|this site|the website|it|the menus?|the "
            r"buttons?)\b(?: \w+){0,2} in (?:spanish|french|german|polish|italian|portuguese|"
            r"welsh|arabic|chinese|japanese|hindi|urdu|dutch|turkish|russian|ukrainian|another "
            r"language|other languages)\b|\b(?:change|set|switch|pick|choose) (?:the |my |"
            r"salon'?s? )?(?:app'?s? |site'?s? )?language\b|\blanguage (?:settings?|options?)\b"
        ),
        " applanguage ",
    ),
    # Salon's own commands: "is there a /roll command", "what slash commands are there".
    (
        re.compile(
            r"/(?:roll|poll|giphy|me|shrug|flip|dice|remind|gif|coin)\b|\bslash ?commands?\b|"
            r"\b(?:chat|salon|room) commands?\b|\bcommands? (?:in|for) (?:salon|here|this (?:room|"
            r"chat|app)|the chat)\b|\b(?:dice|coin) (?:roller|flipper|command|feature|button)\b"
        ),
        " slashcmd ",
    ),
    # A quiz, a game or a score kept in Salon, asked of: "is there a scoreboard", "can you run
    # a quiz"; not "pub quiz team name ideas".
    (
        re.compile(
            r"\b(?:is there|are there|any|have|has|does salon have|can (?:salon|it|you|u|i|we) "
            r"(?:do|run|have|make|host|play|keep)|how (?:do|can|would) (?:we|i) (?:do|run|have|"
            r"play|host|keep))\b(?: \w+){0,3} (?:quiz|quizzes|trivia|games?|scoreboards?|"
            r"leaderboards?|bingo|sweepstakes?|scores?)\b(?!(?: night)? (?:team|teams|name|names|"
            r"ideas?|themes?)\b)|\bscoreboards?\b|\bleaderboards?\b|\bkeep(?:ing)? (?:the )?"
            r"scores?\b|\bscore ?keep\w*"
        ),
        " gamesq ",
    ),
    # A timer or a countdown in Salon: "can you set a timer", "is there a countdown"; not an
    # alarm on one's phone.
    (
        re.compile(
            r"\b(?:set|start|run|make|do|is there|are there|any|have|can (?:you|u|salon|it|i|we) "
            r"(?:do|set|start|run|have|make))\b(?: \w+){0,3} (?:timers?|countdowns?|stopwatch|"
            r"alarms?)\b(?! (?:on|in) (?:my|your|the|our) (?:phone|watch|clock|alexa))"
        ),
        " timerq ",
    ),
    # Someone seen typing: "does it show when someone is typing", "typing indicator".
    (
        re.compile(
            r"\b(?:is|are|'s|am|i'?m) typing\b|\btyping (?:indicator|bubble|dots|status|"
            r"notification|sign)s?\b|\b(?:see|show|shows|know|tell|turn off|hide)s? (?:\w+ ){0,3}"
            r"(?:typing|i'?m typing)\b"
        ),
        " typingshown ",
    ),
    (re.compile(r"\bend[- ]to[- ]end\b|\be2ee?\b"), " encrypted "),
    (re.compile(r"\blast (?:online|on|active|seen)\b"), " last seen "),
    (
        re.compile(r"\b(?:just|only) (?:to )?one (?:person|of (?:them|you|us))\b|\bprivately to\b"),
        " direct ",
    ),
    # Threads as Slack has them, not a program's: "are there threads", "reply in a thread".
    (
        re.compile(
            r"\b(?:reply|replies|replying|respond|answer|start|open|make|create) (?:in |to )?"
            r"(?:a |the )?threads?\b|\b(?:are there|is there|any|got|have) threads\b|\bthreads? "
            r"(?:like (?:on )?(?:slack|discord)|in (?:here|this|salon))"
        ),
        " reply thread ",
    ),
    (
        re.compile(
            r"^\W*(?:is|are) (?:it|this|this (?:room|chat|group)|here|the (?:room|chat|group)"
            r") (?:\w+ )?(?:private|public)\b"
        ),
        " visibility private ",
    ),
    (
        re.compile(r"\bcolou?rs? of (?:the |this |our )?(?:chat|room|group|app|screen|site)\b"),
        " wallpaper ",
    ),
    # Starred or bookmarked, as other apps say pinned: "star the message with the times".
    (
        re.compile(
            r"\b(?:star|bookmark|favourite|favorite)\b (?:a |the |this |that |his |her |their |"
            r"my |\w+'s )?(?:message|msg|post|messages)\b"
        ),
        " pin message ",
    ),
    (
        re.compile(r"\bquote (?:what|something|someone|somebody|a message|his|her|their|\w+'s)\b"),
        " reply quote ",
    ),
    # A person brought into the room, not a persona: "how do i get my mum in here".
    (
        re.compile(
            r"\b(?:get|bring) (?:my |our |a )?(?!(?:einstein|curie|darwin|lovelace|ada|"
            r"shakespeare|socrates|marie|albert|charles|william|bots?|personas?|ai)\b)\w+ "
            r"(?:in|into|on|onto)(?: to)? (?:here|this (?:group|room|chat)|the (?:group|room|"
            r"chat))\b"
        ),
        " invite room ",
    ),
    (re.compile(r"\b(?:spelt|spelled|typed|wrote|got|put) (?:\w+ ){0,3}wrong\b"), " typo edit "),
    (
        re.compile(
            r"\b(?:show|see|know|tell)s? (?:\w+ ){0,2}(?:if|when|whether|who) (?:\w+ ){0,2}"
            r"(?:has |have |had )?(?:read|seen|opened)\b"
        ),
        " readticks ",
    ),
    (
        re.compile(
            r"\b(?:set|time|queue|program|make) (?:a |the |my |this )?(?:message|msg|post|text) "
            r"(?:to )?(?:send|go|post|go out)\b"
        ),
        " schedmsg ",
    ),
    (
        re.compile(
            r"\b(?:delete|disappear|vanish|expire)s? (?:themselves |on their own |by themselves )?"
            r"(?:automatically|after (?:a while|some time|\w+ (?:days?|weeks?|months?|hours?)))|"
            r"\bdisappearing (?:messages?|msgs?|mode)\b|\bdelete themselves\b"
        ),
        " retentionq ",
    ),
    (
        re.compile(
            r"\b(?:post|send|share|paste|put|drop|add) (?:a |the |my |this |that |our )?"
            r"(?:links?|urls?)\b"
        ),
        " postlink ",
    ),
    (
        re.compile(r"\b(?:room|group|chat|channel)(?:'s)? (?:pic|picture|photo|image|icon|logo)\b"),
        " roomphoto ",
    ),
    # How many may join a room: "how many people can be in a group", "max members".
    (
        re.compile(
            r"\bhow many (?:people|members|users|of us|persons|ppl)\b(?: \w+){0,4} (?:room|group|"
            r"chat|channel)s?\b|\b(?:max|maximum|limit|cap)(?: \w+){0,2} (?:people|members|users|"
            r"ppl)\b|\b(?:group|room|chat) size\b"
        ),
        " roomsize ",
    ),
    (re.compile(r"@"), " mention "),
    (re.compile(r"\bn\s*\+\s*1\b"), " nplusone "),
    (re.compile(r"=="), " equality "),
    (re.compile(r"\bf-?strings?\b"), " fstring "),
    (re.compile(r"\be-?mails?\b"), " email "),
    (re.compile(r"\breal-time\b"), " realtime "),
    (re.compile(r"\b(one[- ]to[- ]one|one[- ]on[- ]one|1[:-]1|1-on-1)\b"), " onetoone "),
    (re.compile(r"\bsign[- ]?up\b"), " signup "),
    (re.compile(r"\blog[- ]?in\b"), " login "),
    (re.compile(r"\b(?:log|sign)(?:ging)?[- ]?out\b"), " logout "),
    (
        re.compile(r"\blearn(?:ing)? (?:how )?(?:to )?(?:code|coding|program|programming)\b"),
        " learn python ",
    ),
    (re.compile(r"\bbig[- ]o\b|\bo\((?:1|n|log n|n log n|n\^?2|n²)\)"), " bigo "),
    # Sums are no questions about time: "what's 5 times 7".
    (re.compile(r"\b\d+ ?(?:times|x|\*|plus|\+|minus|divided by|/) ?\d+\b"), " arithmetic "),
    (re.compile(r"\b[1-5]\d\d\b"), " status code "),
    # Questions said in everyday words that carry none of the FAQ's.
    (re.compile(r"\bwho(?:'s| is| are)?(?: else)?(?: is| are)? (?:in|online|here)\b"), " members "),
    (re.compile(r"\b(?:other|more|new|some) rooms\b"), " public rooms "),
    (
        re.compile(
            r"\b(?:who|which|what) (?:are )?(?:the |these |all the )?(?:personas|characters)\b"
        ),
        " list personas ",
    ),
    (
        re.compile(
            r"\bwhat(?:'s| is)? (?:a |an )?(?:ai )?(?:persona|character)\b"
            r"(?!\s+(?:limit|count|length|max))"
        ),
        " list personas ",
    ),
    (re.compile(r"\bin here\b"), " add here "),
    # A room made public (before "make a room", below): rooms are public unless made private.
    (
        re.compile(
            r"\b(?:make|create|start|open|set ?up) (?:a |the |this |my |our )?(?:new )?public "
            r"(?:chat ?)?(?:room|group|chat|channel)\b|\b(?:make|turn|switch|change|set) (?:a |the "
            r"|this |my |our )?(?:chat ?)?(?:room|group|chat|channel) (?:to |into )?public\b"
        ),
        " makepublic ",
    ),
    # "make", "start", "new", "own" and "use" are stopwords of the BM25 terms.
    (
        re.compile(
            r"\b(?:make|start|set ?up|create|creat|build)\b (?:(?:a|an|my|our|new|own|another|"
            r"brand|the) )*(?:chat ?)?(?:room|group|channel)s?\b"
        ),
        " create room ",
    ),
    (
        re.compile(
            r"\b(?:what|which) (?:database|db|dbs) (?:does|do|is|will|did) (?:salon|this app|"
            r"this site|the app|the site|it|you|this)\b|\b(?:salon|this app|this site|the app|"
            r"the site)(?:'s)?\b(?: \w+){0,3} (?:database|db|sqlite|postgres\w*)\b"
        ),
        " salondb database ",
    ),
    # Who reads one's messages (before "who can read", which asks who sees a room).
    (
        re.compile(
            r"\b(?:who|anyone|someone|people|others|other people|the admins?|admins?|staff|"
            r"the staff|moderators?) (?:else )?(?:can|could) (?:see|read) (?:my|our|what (?:i|we)) "
            r"?(?:messages?|msgs?|dms?|private|write|wrote|say|said|type|post|posted|send|sent|"
            r"share)|\b(?:can|could|do|does) "
            r"(?:other people|others|anyone|someone|people|the admins?|admins?|staff|the staff|"
            r"moderators?) (?:else )?(?:see|read) (?:my|our|what (?:i|we)) "
            r"?(?:messages?|msgs?|dms?|private|write|wrote|say|said|type)|\b(?:are|is) (?:my|our) "
            r"(?:messages?|msgs?|dms?|data) (?:private|safe|secure|encrypted)\b"
        ),
        " msgprivacy ",
    ),
    (
        re.compile(
            r"\bhow long (?:are|do|does|will|is|does salon) (?:\w+ ){0,3}(?:kept|keep|stored|store|"
            r"saved|save|last|stay|retained)\b|\b(?:deleted|removed|wiped|purged|erased) "
            r"(?:automatically|after (?:a while|some time|a (?:few )?(?:days?|weeks?|months?)))|"
            r"\b(?:keep|keeps|kept|store|stores|stored|save|saves|saved)\b(?: \w+){0,4} forever\b|"
            r"\bold (?:messages?|msgs?|chats?|history) (?:get |are |ever )?"
            r"(?:deleted|removed|wiped)"
        ),
        " retentionq ",
    ),
    # "do you store my messages?", "does salon keep our chats": how long they are kept.
    (
        re.compile(
            r"\b(?:do|does|will|would) (?:you|salon|it|this app|the app|this site) (?:store|save|"
            r"keep|hold on to) (?:my|our|people'?s|the|all the|all my) ?(?:messages?|msgs?|chats?|"
            r"history|conversations?)\b"
        ),
        " retentionq ",
    ),
    # (not JavaScript's "let and const in javascript")
    (
        re.compile(
            r"\blet (?!(?:\w+ ){0,2}(?:const|var)\b)(?:\w+ ){1,3}in(?:to)?\b"
            r"(?! (?:javascript|js|typescript|ts)\b)"
        ),
        " invite ",
    ),
    # A poll pinned is a message pinned ("how do i pin the poll so people stop asking").
    (re.compile(r"\bpin(?:ned)? (?:a|the|our|my|this|that) polls?\b"), " pin message "),
    # A poll made, run or wanted in a room is a vote, not HTTP polling ("a poll for the rota").
    (
        re.compile(
            r"\b(?:make|create|start|run|do|set ?up|have|put up|post|add|organi[sz]e)\b "
            r"(?:(?:a|an|the|our|my|this|that|quick|little|new|simple|some|any) )*polls?\b|"
            r"\bpolls? (?:in here|here|in this|in the (?:room|group|chat)|feature|option|"
            r"function|thing|button)\b"
        ),
        " vote poll ",
    ),
    # Muting a person, not a room: "can i mute just her", "mute that one parent".
    (
        re.compile(
            r"\bmute (?:just |only |this |that |one |the )?(?:her|him|them|someone|somebody|"
            r"one person|person|people|member|user|guy|girl|woman|man|parent|mum|mom|dad|one of)\b"
        ),
        " mute member ",
    ),
    (re.compile(r"\bget rid of\b"), " delete "),
    (re.compile(r"\bto[- ]?dos?\b"), " todo "),
    # "quick" is filler ("quick question"); getting quicker is getting faster.
    (re.compile(r"\bquicker\b"), " faster "),
    # "add" is adding people to Salon's rooms unless it adds numbers up.
    (
        re.compile(r"\badd(?:s|ing)? (?:(?:it|them|all|the|these|those|my|our) )*up\b"),
        " sumup ",
    ),
    # "totally" and "what does it mean" are filler; a total and the mean of numbers are not.
    (
        re.compile(
            r"\btotal (?:a|the|my|our|this|that|each|every|up|of|all)\b|\b(?:get|work out|"
            r"calculate|find|compute|want|need) (?:the |a )?totals?\b"
        ),
        " sumup ",
    ),
    (re.compile(r"\b(?:the |a )?mean (?:of|value|average)\b"), " average of "),
    (re.compile(r"\boff\b"), " offswitch "),  # "off" is a stopword
    (re.compile(r"\b(?:have|has|support|supports|any) threads\b"), " reply thread "),
    (
        re.compile(r"\b(?:who|anyone|everyone|strangers) (?:can|could|else) (?:see|read)\b"),
        " visibility ",
    ),
    (
        re.compile(r"\bis (?:my|this|our|the) (?:chat|room|conversation) (?:private|public)\b"),
        " visibility ",
    ),
    (
        re.compile(
            r"\b(?:notify|tag|ping|mention) (?:someone|somebody|a person|people|a user|my friend)\b"
        ),
        " notify person ",
    ),
    (re.compile(r"\bvoice (?:memo|message|note|recording)s?\b"), " audio memo "),
    (re.compile(r"\b(?:mp4|mov|mkv|webm|mp3|wav|m4a|ogg)\b"), " video "),
    (re.compile(r"\bvideo (?:chat|chats|call|calls|calling|meeting)\b"), " video call "),
    (re.compile(r"\bget out of\b"), " leave "),
    (re.compile(r"\bwhat (?:the|this|a|my|our) room is about\b"), " topic "),
    (
        re.compile(
            r"\blike (?:a |someone'?s |someones |their |his |her |the |that )?(?:message|msg|post)"
        ),
        " react ",
    ),
    (re.compile(r"\bmy (?:display )?name\b"), " display name "),
    (re.compile(r"\b(?:who|if|whether) (?:\w+ )?(?:has |have )?(?:read|seen|saw)\b"), " receipt "),
    # Salon itself asked about ("what is salon", "whats this app"), not how it is built.
    (
        re.compile(
            r"\bwhat(?:'s| is)? (?:salon|this (?:app|site|website|place))\b"
            r"(?! (?:use|uses|run|runs|built|written|made|coded))"
        ),
        " salonabout ",
    ),
    (
        re.compile(
            r"\bhow (?:do|can|should) (?:i|we|you) (?:use |get started (?:with|on|in) |start "
            r"using )(?:salon|this (?:app|site|website|place))\b|"
            r"\bhow does (?:salon|this (?:app|site|website|place)) work\b"
            r"(?! under| behind| internally| technically)|"
            r"^\W*how (?:do|can) (?:i|we) (?:get )?start(?:ed)?(?: here)?\W*$"
        ),
        " salonabout ",
    ),
    (
        re.compile(r"\binstall(?:ing)? python\b|\bpython install(?:ation|ed)?\b"),
        " installpython python ",
    ),
    # How to say anything at all: "how do I send a message", "where do I type".
    (
        re.compile(
            r"\b(?:how (?:do|can|should) (?:i|we|you)|how to|where do (?:i|we|you)) (?:send|post|"
            r"write|type)(?: (?:a|an|my|the|new))* (?:messages?|msgs?)\b(?! (?:to|over|through|via|"
            r"with|using|from|privately|directly|in (?:private|python|js|javascript|code)))|"
            r"\bwhere (?:do|can|should) (?:i|we) (?:type|write)\b"
        ),
        " sendmsg ",
    ),
    # Finding one's rooms again: "where are my rooms", "switch rooms", "back to the lobby".
    (
        re.compile(
            r"\b(?:where (?:are|is|do i find|can i (?:find|see))|(?:see|find|list)) (?:all )?"
            r"(?:of )?my (?:chat ?)?rooms\b"
        ),
        " myrooms rooms ",
    ),
    (
        re.compile(
            r"\b(?:switch|swap|jump|move)(?:ing)? (?:between |to )?(?:another |a different |other "
            r"|my other )?(?:rooms?|chats?)\b"
        ),
        " switchroom ",
    ),
    # What an API is, asked in general; "is there an api" asks Salon's, "api key" a key.
    (
        re.compile(r"\bwhat(?:'s| is| are)? (?:an? )?apis?\b(?! ?(?:keys?|tokens?|for|in|of))"),
        " apiwhat api ",
    ),
    # "if" is a stopword of the BM25 terms: "what is an if statement".
    (re.compile(r"\bif(?:[- ]?(?:statements?|else|conditions?|clauses?))\b|\belif\b"), " ifelse "),
    # A list asked about on its own is Python's, not the list of personas.
    (
        re.compile(r"\bwhat(?:'s| is| are)? (?:a |an )?(?:python )?lists?(?: in python)?\W*$"),
        " pylist ",
    ),
    # "how do i get the index in a for loop": enumerate, not a database index.
    (
        re.compile(
            r"\b(?:index|position|counter) (?:in|of|inside|within|while|during) (?:a |the |my |"
            r"each )?(?:for )?(?:loop|iteration)\b|"
            r"\bloop(?:ing)? with (?:an? |the )?(?:index|position)\b"
        ),
        " loopindex loop ",
    ),
    # Stopping a loop is `break`, not stopping a reply.
    (
        re.compile(
            r"\b(?:stop|end|exit|break out of|get out of|leave) (?:a |the |my |this )?"
            r"(?:for |while )?loop\b|\bloop (?:to )?(?:stop|end|exit|break)\b"
        ),
        " breakloop loop ",
    ),
    # Finding rooms to join ("how do i find a room"): "find" is a stopword of the BM25 terms.
    (
        re.compile(
            r"\b(?:find|browse|discover|look for|search for) (?:a |an |new |other |some |more |"
            r"the )*(?:chat )?rooms?\b(?! (?:i|that|where|with|by))"
        ),
        " join public rooms ",
    ),
    # Sending too fast (the rate limit), not "which is faster".
    (re.compile(r"\b(?:too|so) (?:fast|quick(?:ly)?)\b"), " toofast "),
    # Code that fails, said as people say it: "my code doesn't work", "script keeps crashing".
    (
        re.compile(
            r"\b(?:code|script|program|function|loop)\b(?: \w+){0,2} (?:doesn'?t|does not|dont|"
            r"won'?t|isn'?t|is not|not) (?:work|working|run|running|compile)\b|\b(?:code|script|"
            r"program)\b(?: \w+)? (?:is )?(?:broken|crashes|crashing|keeps crashing)\b"
        ),
        " debug ",
    ),
)
# What a persona can see, asked once names are spelt "persona" ("can einstein read my dms").
PERSONA_PRIVACY = re.compile(
    r"\b(?:can|do|does|will|could|would|are|is)(?: the| these| those| any| other| all)? "
    r"(?:persona|personas|bot|bots|characters?)\b(?: \w+){0,2} (?:see|read|access|spy|listen|"
    r"listening|watching|reading|seeing|watch|remember|remembers)\b"
)
# Getting a persona to talk, asked once names are spelt "persona": "how do I get Darwin to
# answer me", "do I just type his name", "talk to Einstein", "call Curie". The rest of the
# question stays ("talk to Curie privately" is still about a chat alone with her).
PERSONA = r"(?:the |a |an |this |that |one |any |other |some |these )?(?:persona|bot|character)s?"
MENTION_ASKED = re.compile(
    rf"\b(?:(?:talk|speak|chat|write|reply|replies|respond)(?: back)? (?:to|with) {PERSONA}\b|"
    rf"(?:get|make|have) {PERSONA} (?:to )?(?:answer|replies|reply|respond|notice|say|join in|"
    r"react|(?:talk|speak|chat)\b(?! (?:more|less|so|too|a lot|much|all)))|"
    rf"(?:ask|call|summon|ping|address|poke|reach|contact|wake(?: up)?) {PERSONA}\b|"
    rf"(?:type|write|say) (?:to )?(?:get|call|reach|summon|wake(?: up)?) {PERSONA}\b|"
    r"\b(?:type|say|write|put) (?:in )?(?:(?:his|her|their|its|the|a) )?(?:persona'?s? )?"
    r"names?\b|"
    rf"\btype (?:in )?(?:mention )?{PERSONA}\b(?: to (?:talk|speak|chat) (?:to|with) "
    r"(?:him|her|them|it)\b)?)"
)
# People added to a room, whoever they are ("add the new reception class parents to this
# room"): an invitation. Read once personas' names are spelt "persona": adding one is another
# question ("add darwin to this room").
PEOPLE_ADDED = re.compile(
    r"\badd (?!(?:[\w'-]+ ){0,5}?(?:persona|personas|bot|bots|ai|character|characters)\b)"
    r"(?:[\w'-]+ ){1,6}?(?:to|into|in) (?:this|the|our|my|a|that|their|your) (?:[\w'-]+ )?"
    r"(?:chat )?(?:room|rooms|chat|channel|group)\b"
)
# Terms too common in Salon's questions to pick an answer alone: "who else is in this room?"
# is no question about deleting rooms.
WEAK = frozenset({"room", "messag", "chat", "bot", "someon", "person", "peopl"})
# Words that say a question is about code without saying what about it: "how do I write a for
# loop in python" asks about loops, not csv files, though the csv entry says "python" and
# "write". An entry met only in these does not answer a question that names a subject besides.
UNNAMING = frozenset(
    terms("python py write writes writing written code codes coding program programs programming")
)
SHORT_WORDS = {
    "py": "python",
    "db": "database",
    "dbs": "database",
    "dm": "direct",
    "dms": "direct",
    "pm": "direct",
    "ws": "websocket",
    "env": "environment",
    "envs": "environment",
    "https": "tls",
    "ai": "persona",
    "ais": "persona",
    "js": "javascript",
    "ts": "typescript",
    "pic": "picture",
    "pics": "picture",
    "msg": "message",
    "msgs": "message",
    "pwd": "password",
    "pw": "password",
    "2fa": "password",
    "git": "git",
    "sql": "sql",
    "css": "css",
    "io": "io",
    # Words the crude stemmer loses ("theme" becomes the stopword "them") or splits from their
    # own forms ("reply" becomes "rep" but "replies" "reply").
    "theme": "thematic",
    "themes": "thematic",
    "themed": "thematic",
    "group": "room",
    "groups": "rooms",
    "reply": "replies",
    "replied": "replies",
    "replying": "replies",
    "vm": "virtual",
    "vms": "virtual",
}
# Chat spellings, read before anything else ("who r the personas" is "who are the personas").
CHAT_WORDS = {
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "whats": "what",
    "wats": "what",
    "watz": "what",
    "r": "are",
    "y": "why",
    "w": "with",
    "diff": "difference",
    "thru": "through",
    "convo": "conversation",
    "convos": "conversations",
    "ppl": "people",
    "mod": "moderator",
    "mods": "moderators",
    "vid": "video",
    "vids": "videos",
    "acc": "account",
    "acct": "account",
    "postgre": "postgres",
    "pg": "postgres",
    "sqlite3": "sqlite",
}

# Privacy asked about a room that exists already: Room settings (bots/forms.py) change the
# topic and how the personas take part, not privacy, which is chosen when a room is made.
PRIVATE_LATER = folded(
    r"\b(later|existing|already|afterwards|after|this room|our room|my room|change|turn|switch|"
    r"now)\b",
    re.IGNORECASE,
)
HOUSE_PRIVATE_LATER = (
    'Not afterwards, I\'m afraid: a room is private only if "Private" is ticked when it is '
    "created in the lobby. Room settings change the topic and how the personas join in, not "
    "privacy, so make a new private room and invite people to it."
)
HOUSE_DEFAULT = (
    "Happy to help! Ask me with /AIBot and a question: how Salon works (rooms, invites, "
    "mentions, files, settings), code (Python, async, WebSockets, databases, HTTP, git), or a "
    "simple sum (a tip, a percentage, a bill split). For anything else I'll tell you which "
    "persona in the room knows the field.",
    "I'm the house bot. I know how Salon works and a fair bit about Python, async, WebSockets, "
    "databases and git, and I can work out simple sums; for other questions I point you to the "
    "persona who knows the field. Ask away with /AIBot <question>.",
)
# Put as a view, asked as a fact: whether something is normal, healthy or safe.
# And whether something is so ("is it true humans came from monkeys"): a question of fact, not of
# taste, owned up to or handed to the persona whose field it is.
FACT_AS_VIEW = folded(
    r"\bis (?:it|this|that) (?:normal|healthy|safe|dangerous|bad for)\b|"
    r"\b(?:is|was) (?:it|this|that) (?:really )?(?:true|a myth|a fact|real)\b",
    re.IGNORECASE,
)
# A choice of fact, not of taste: "is it faster to take the train or fly from paris to berlin",
# "which is bigger, the sun or the moon". A fact it cannot look up, owned up to as such; "tabs or
# spaces?" and "cats or dogs?" stay matters of taste.
MEASURED = folded(
    r"\b(?:bigger|larger|smaller|taller|shorter|older|younger|longer|higher|deeper|hotter|"
    r"colder|warmer|heavier|further|farther|closer|nearer|faster|quicker|slower|cheaper|dearer|"
    r"(?:more|less) expensive|biggest|largest|smallest|tallest|oldest|longest|highest|deepest|"
    r"hottest|coldest|heaviest|fastest|quickest|cheapest|shortest|closest|nearest)\b",
    re.IGNORECASE,
)


# Asked which one likes better, whatever the words: "would you rather be taller or smarter".
PREFERENCE = folded(
    r"\b(?:would (?:you|u) rather|(?:do|would) (?:you|u) prefer|(?:do|would) (?:you|u) like|"
    r"your favou?rite|would (?:you|u) (?:choose|pick|go for))\b",
    re.IGNORECASE,
)


def fact_choice(text: str) -> bool:
    """Whether `text` asks which of two things is so as a matter of fact (faster, cheaper,
    bigger, older), not which one likes better."""
    offered = either_or(text) or re.search(r"\bor\b", text, re.IGNORECASE)
    measured = FACTUAL_CHOICE.search(text) or MEASURED.search(text)
    return bool(offered and measured and not PREFERENCE.search(text))


HOUSE_FACT_CHOICE = (
    "That's a question of fact, not taste{to}, and I can't look it up: I know Salon and a little "
    "code, not timetables, prices or the wider world. A search engine will know.",
    "I can't look that up{to}: it's a matter of fact, not opinion, and I can't search or check "
    "anything beyond Salon and a little code. A search engine will tell you.",
)
HOUSE_FACT_CHOICE_EXPERT = (
    "That's a question of fact{to}, and I can't look it up; {who} might know: ask @{slug}.",
    "I can't look that up{to}: it's a matter of fact, not taste. {who} could tell you; write "
    "@{slug} and your question.",
)
# "What can you do?": its menu.
CAPABILITIES = folded(
    r"\b(what (can|do) (you|u) (actually |really |even )?(do|know|help)|what are you( for)?\b|"
    r"who are you|"
    r"how can you help|what do you answer|what can i ask)",
    re.IGNORECASE,
)
# Each names what it can help with, without a list (the menu is for "help").
# Not known, and a persona in the room knows the field ("/AIBot how deep should i plant garlic
# cloves" with Darwin seated): it says who might, and how to ask them.
HOUSE_UNKNOWN_EXPERT = (
    "I don't know that one{to}, I'm afraid; {who} might know: ask @{slug}.",
    "That's beyond me{to}: I only know Salon and a little code. {who} could tell you; write "
    "@{slug} and your question.",
)
# A question put by name to a persona, sent to the house bot: left to that persona.
HOUSE_PUT_TO = (
    "That one's for {who}{to}: write @{slug} and your question, and {who} will answer it.",
    "You're asking {who}{to}, and it's theirs to answer, not mine: mention @{slug} with the "
    "question.",
)
# ...to a persona in the room: handed on, and it answers (`bots.addressing.house_handed_to`).
HOUSE_HANDED_TO = (
    "That one's for {who}{to}, not me. Over to you, @{slug}!",
    "You're asking {who}{to}, and it's theirs to answer, not mine. Over to you, @{slug}!",
)
HOUSE_UNKNOWN = (
    # (house48) said plainly in one line, never its menu
    "I don't know that one, I'm afraid, and I'd rather not guess.",
    # (house42) where to ask, too
    "I don't know that, sorry, and I'd rather not make something up. Someone in the room may "
    "know, or a quick web search will.",
    "That one I don't know, and I can't look things up.",
    "I don't know, and I won't make something up: a search engine is the place for that one.",
    "No idea, I'm afraid: that's beyond what a house bot knows.",
    "That's beyond me, I'm afraid: I can't search or look anything up.",
)
# Programming tools it carries nothing on, as people name them: a question naming one is code,
# but not the small Python and Salon it knows (`_tech_named`).
TECH_NAMES = {
    "javascript": "JavaScript", "js": "JavaScript", "typescript": "TypeScript", "java": "Java",
    "c#": "C#", "c++": "C++", "rust": "Rust", "golang": "Go", "kotlin": "Kotlin",
    "swift": "Swift", "php": "PHP", "ruby": "Ruby", "godot": "Godot", "gdscript": "GDScript",
    "unity": "Unity", "unreal": "Unreal", "react": "React", "vue": "Vue", "angular": "Angular",
    "node": "Node", "nodejs": "Node", "django": "Django", "flask": "Flask", "sql": "SQL",
    "mysql": "MySQL", "postgres": "PostgreSQL", "postgresql": "PostgreSQL", "html": "HTML",
    "css": "CSS", "git": "Git", "github": "GitHub", "regex": "regular expressions",
    "bash": "Bash", "powershell": "PowerShell", "arduino": "Arduino", "docker": "Docker",
    "kubernetes": "Kubernetes", "aws": "AWS", "wordpress": "WordPress", "pygame": "Pygame",
    "rigidbody2d": "Godot", "rigidbody": "the engine", "tailwind": "Tailwind", "linux": "Linux",
    "r code": "R", "r script": "R", "rstudio": "R", "ggplot": "R", "ggplot2": "R", "dplyr": "R",
    "tidyverse": "R", "spss": "SPSS", "stata": "Stata", "matlab": "MATLAB", "excel": "Excel",
}  # fmt: skip
TECH_NAMED = folded(
    r"(?<![\w.#+])("
    + "|".join(re.escape(t) for t in sorted(TECH_NAMES, key=len, reverse=True))
    + r")(?![\w#+])",
    re.IGNORECASE,
)
# Not a tool where the word is everyday: "the unity of the team", "a node of the tree", "git"
# as an insult, "swift reply", "rust on the bike".
TECH_EVERYDAY = folded(
    r"\b(?:unity (?:of|in|and)|swift(?:ly)? (?:reply|response|half|one|pint)|rust(?:y|ed)? "
    r"(?:on|off|spots?|stains?|patch)|on the (?:bike|car|gate)|you git|daft git|silly git|"
    r"(?:little|stupid|old|lazy) git|java (?:coffee|beans?|island)|ruby (?:ring|wedding|red))\b",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!])\s+")
# An exclamation, not a question: "what a laugh", "how lovely".
EXCLAIMED = folded(
    r"\W*(?:what an?|how (?:nice|lovely|good|great|cool|sweet|funny|sad))\b", re.IGNORECASE
)
HOUSE_TECH_UNKNOWN = (
    "That's code{to}, but {tech} isn't a part I know well enough to answer: I carry small Python "
    "snippets and how Salon works. {tech}'s own documentation is the place; and paste the few "
    "lines you're stuck on here, someone in the room may spot it.",
    "I won't guess at {tech}{to}: I only know a little Python and Salon itself. Its official docs "
    "and forum will have it; if you post the error message here, someone may recognise it.",
)


# Trouble with a person's own code: "my code throws a KeyError, why", "my script crashes".
CODE_TROUBLE = folded(
    r"\btraceback\b|\b(?:key|type|value|index|attribute|name|syntax|import|runtime|"
    r"zerodivision|modulenotfound|indentation|recursion)error\b|"
    r"\b(?:my|our) (?:python )?(?:code|script|program|function|loop)\b(?=.*\b(?:errors?|"
    r"crash\w*|broke\w*|fail\w*|bugs?|buggy|throws?|exception|wrong|not working|"
    r"(?:doesn'?t|won'?t|wont|doesnt) (?:work|run))\b)",
    re.IGNORECASE,
)
HOUSE_CODE_UNKNOWN = (
    "I can't tell what's wrong from that{to}, I'm afraid: I only carry small Python snippets "
    "and how Salon works. Paste the few lines and the whole error message here; someone in the "
    "room may spot it.",
)


def _tech_named(text: str) -> str:
    """The programming tool `text` names ("Godot" in "in godot 4 should i use RigidBody2D"),
    or empty: none, or only a word of it used in its everyday sense."""
    if TECH_EVERYDAY.search(text):
        return ""
    found = TECH_NAMED.search(text)
    return TECH_NAMES[found.group(1).lower()] if found else ""


# Asked to write something that is no code: a poem, a speech, a letter. It says it can't, and
# who in the room can: verse and speeches are Shakespeare's trade.
WRITING = folded(
    r"^\W*(?:(?:hey|hi|ok|okay|so|pls|please|plz)\W+)*(?:(?:can|could|would|will) (?:you|u) "
    r"(?:please |pls |plz )?|(?:please|pls|plz) |i need (?:you to )?|help me )?(?:write|draft|"
    r"compose|make up|come up with|pen|give me|do)\b(?: me| us| my \w+)?(?: up)? (?:a |an |my |"
    r"our |some |the )?(?:\w+[ -]){0,4}?(?P<thing>poem|poems|speech|toast|letter|essay|story|"
    r"stories|song|lyrics|limerick|haiku|eulogy|card|caption|bio|cv|resume|vows|rap|sonnet|"
    r"verse|joke|jokes|blurb|slogan)\b",
    re.IGNORECASE,
)
# A message, an email or a letter to someone in the person's life, asked how to write: "how do i
# write a message to a landlord to ask if the rent is negotiable". Not a message in Salon ("how
# do i write a message to someone in this room"), which the FAQ answers.
WRITING_TO = folded(
    r"^\W*how (?:do|can|should|would) (?:i|we) (?:write|word|phrase|draft|put)\b (?:a |an |my |"
    r"our |the |this |that )?(?:[\w-]+ ){0,2}?(?P<thing>message|email|e-mail|letter|text|note|"
    r"complaint|reply)\b (?:to|for) (?:a |an |my |our |the |his |her |their )?(?:[\w-]+ )?"
    r"(?:landlord|landlady|boss|manager|agent|teacher|neighbou?r|council|school|bank|ex|"
    r"colleague|client|tenant|flatmate|housemate|roommate|mum|mom|dad|doctor|gp|company|"
    r"university|uni|employer|recruiter)s?\b",
    re.IGNORECASE,
)
VERSE = frozenset(
    """poem poems speech toast song lyrics limerick haiku eulogy card vows rap sonnet verse
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
PLURAL_WRITING = frozenset({"poems", "stories", "lyrics", "vows", "jokes"})
HOUSE_WRITING = (
    "Writing {what} isn't something I can do{to}: I only know Salon and a little code.",
    "I can't write {what}{to}, I'm afraid; I'm the house bot, for Salon and code questions.",
)
# Named, not @mentioned: a mention in its reply would summon him to answer the bot itself.
HOUSE_WRITING_VERSE = (
    " For verse, Shakespeare is the one to ask, if he is in the room: mention him with @."
)
HOUSE_WRITING_PROSE = " The personas will gladly talk it over with you: mention one with @."
# Asked to write a program ("could you write me a little python script that does swiss
# pairings"): it explains, it does not write; and no persona is named for it (Shakespeare was,
# for "write").
CODE_WRITING = folded(
    r"\b(?:write|make|build|code)\b(?: me| us)? (?:a |an |some |the )?(?:[\w-]+ ){0,3}?"
    r"(?P<thing>script|program|programme|app|bot|function|website|plugin|macro)\b",
    re.IGNORECASE,
)
HOUSE_CODE_WRITING = (
    "I can't write {a} {thing} for you{to}, I'm afraid: only small Python snippets for everyday "
    "jobs (splitting a bill, VAT, random teams). Ask me how a piece of it works and I'll explain.",
    "Writing {a} {thing} is beyond me{to}; I write small Python snippets for everyday jobs and "
    "answer questions about Salon and code. Ask me about one step of it and I'll explain that.",
)
# A question about Salon itself ("can I change the font size?") that none of its answers is
# about: it says plainly that it does not know, not that Salon is outside what it knows.
SALON_ASKED = folded(
    r"\b(how (do|can|would|should) (i|we|you)|can (i|we|you)|is there|are there|where (is|are|do|"
    r"can)|is it possible|am i able|does salon)\b",
    re.IGNORECASE,
)
SALON_THINGS = folded(
    r"\b(room|rooms|salon|here|account|password|profile|message|messages|notifications?|"
    r"personas?|mode|theme|upload|uploads|app|site|page|chat|lobby|members?|mute|block|avatar|"
    r"username|email|settings?|polls?|pins?|pinned|files?|pdfs?|photos?|uploads?|invites?|"
    r"checklists?)\b",
    re.IGNORECASE,
)
HOUSE_SALON_UNKNOWN = (
    "I don't know how to do that in Salon, I'm afraid, and I won't guess: it may not be "
    "possible at all.",
    "That one I don't know: nobody told me whether Salon can do it, so I'd rather say so than "
    "make something up.",
)
HOUSE_SOCIAL = {
    "thanks": (
        "You're welcome{to}! Ask again any time with /AIBot.",
        "Glad it helped{to}! If anything else comes up, just ask with /AIBot.",
        "Any time{to}: that's what I'm here for.",
    ),
    "hello": (
        "Hello{to}! Good to see you; all well on my side. Ask me anything about Salon or code "
        "with /AIBot, or say hello to a persona with @; they love a chat.",
        "Hi{to}! Nice to see you. I'm the house bot: write /AIBot and a question about Salon or "
        "code, or mention a persona with @ for a proper conversation.",
    ),
    "welcome": (
        "Welcome{to}, lovely to have you here! Mention any persona with @ to chat with them, "
        "and ask me with /AIBot whenever you want to know how Salon works: mentions, private "
        "rooms, stopping a reply.",
        "Glad you're here{to}! Say hello to a persona with @ (they're good company), or ask me "
        "how Salon works with /AIBot and a question.",
    ),
    # Its day or itself asked after ("how was your day", "busy today?").
    "day": (
        "All quiet on my side{to}: a house bot's day is questions about Salon and code. The "
        "personas have livelier days; ask one with @.",
        "Busy in a small way{to}: I answer /AIBot questions about Salon and code. How about yours?",
    ),
    # Who it is ("who are you?"), and whether it is a person ("are you a bot?").
    "intro": (
        "I'm AIBot{to}, Salon's house bot: ask me with /AIBot how Salon works, a little code, or a "
        "simple sum. The personas here are characters from history; talk to one with @.",
    ),
    "character": (
        "A bot{to}: I'm AIBot, a small program that answers questions about Salon and code, "
        "and no person types my replies. The personas are bots too, characters playing people "
        "from history.",
    ),
    # Itself asked about ("do you like music", "do you sleep much").
    "self": (
        "Not much of a life to tell{to}: I'm the house bot, here for questions about Salon and "
        "code. The personas have stories; ask one with @.",
    ),
    "bye": (
        "Bye for now{to}; the room will be here when you're back.",
        "See you soon{to}, and thanks for the chat!",
        "Take care{to}, and come back any time.",
    ),
    # An opinion asked of the house bot: it has none, and says who does.
    "opinion": (
        "I'm only the house bot{to}, so I keep no opinions on that; mention one of the "
        "personas with @ and they'll gladly give you theirs.",
        "I don't take sides{to}: I know Salon and a little code, not what's best. The personas "
        "here have views on everything; ask one with @.",
    ),
    "sympathy": (
        "I'm sorry to hear that{to}. I'm only the house bot, but the room is listening.",
        "That sounds hard{to}; I'm sorry. If there is anything about Salon I can help with, ask.",
    ),
    # Before the answer to what a grieving or frightened person asks ("my dog died and I want
    # to delete my account"): a word of sympathy, then the answer, never sympathy alone.
    "sorry": ("I'm so sorry{to}.", "I'm sorry to hear that{to}."),
    # Chat tokens, answered in kind (bots/smalltalk.py): never its menu or "Noted".
    "brb": ("See you in a bit{to}!", "No rush{to}; I'll be here."),
    "ack": ("Righto{to}.", "Great{to}."),
    "wow": ("What's happened{to}?", "Something good, I hope{to}?"),
    "laugh": ("Ha! Glad something's made you laugh{to}.", "Ha{to}!"),
    "telly": (
        "I don't watch anything myself{to}, being a house bot, but the personas would love to hear "
        "about {what}.",
    ),
    "missed": (
        "I only answer /AIBot questions{to}, so I don't keep track of the chat; scroll up to see "
        "what's been said while you were away.",
    ),
    # (house42) Worn down, no grief told: "it's raining again... i'm so done".
    "weary": (
        "Oh, that does wear you down{to}. I hope it lifts soon; the room's here if you want a "
        "grumble.",
        "That sounds like a long stretch{to}; I hope things look up soon. The people here are "
        "good company in the meantime.",
    ),
    # (house42) A question to everyone, not to it: passed to the room.
    "room": (
        "That one's for the room{to}: I'm only the house bot, with nothing of my own to say, so "
        "over to everyone here. Mention a persona with @ to hear theirs too.",
        "I'll leave that to the room{to}: a house bot has no answer of its own to that one. "
        "Anyone here, and the personas with @, can chime in.",
    ),
    "congrats": (
        "Congratulations{to}, that's wonderful news! I'm really glad for you.",
        "That's great news{to}, congratulations! Enjoy it.",
    ),
    # News or a remark: the house bot cannot check the world, and says so, without its menu.
    "news": (
        "Thanks for telling me{to}! I can't check news or look things up, so I'll take your word "
        "for it.",
    ),
    "remark": (
        "Noted{to}! I'm the house bot, so I'll leave the chatting to the personas; ask me if "
        "you need a hand with Salon.",
        "I see{to}. I'm better with questions about Salon or code, but the personas love a chat.",
        "Got it{to}. Mention a persona with @ if you'd like to talk it over.",
    ),
}


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: what it is called, its answers, and the words (as terms) a question
    must hold one of for it to answer (none: any question it ranks best for)."""

    id: str
    keywords: tuple[str, ...]
    answers: tuple[str, ...]
    needs: frozenset[str]
    # Words that settle what a question is about on their own ("asyncio", "sqlite"): a question
    # holding one reaches the entry however many other words it has.
    anchors: frozenset[str] = frozenset()
    # Its answer opens with a word of sympathy of its own ("I'm sorry, that's not okay"): none
    # is said before it.
    consoles: bool = False


@dataclass(frozen=True)
class Faq:
    entries: tuple[Entry, ...]
    index: Index
    # A word the FAQ lacks weighs as much as the rarest it has.
    unknown_weight: float
    # Every term, and every term with one letter left out, to the terms it comes from: two
    # words one typo apart share such a key ("pasword" and "password" both give "pasword").
    near: dict[str, tuple[str, ...]]
    names: frozenset[str]
    # The words of the personas' everyday talk ("day", "week", "sleep", "raise"): a question the
    # FAQ meets only in these may be chat ("how was your day", "got a raise today!").
    everyday: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def faq() -> Faq:
    """The FAQ, read and indexed once per process."""
    data = json.loads(FAQ_FILE.read_text(encoding="utf-8"))
    names = _persona_names()
    everyday = frozenset(
        line.strip()
        for line in EVERYDAY_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    entries, documents = [], []
    for raw in data["entries"]:
        said = " ".join([*raw["asks"], raw["keywords"]])
        documents.append(_spelt(said, names))
        entries.append(
            Entry(
                id=raw["id"],
                keywords=tuple(raw["keywords"].split()),
                answers=tuple(raw["answers"]),
                needs=frozenset(_terms(" ".join(raw.get("needs", ())), names)),
                anchors=frozenset(_terms(" ".join(raw.get("anchors", ())), names)),
                consoles=bool(raw.get("consoles")),
            )
        )
    index = index_of(tuple(documents))
    assert len(index.lines) == len(entries), "an FAQ entry has no words to be found by"
    near: dict[str, set[str]] = {}
    for term in index.idf:
        for key in (term, *_one_letter_less(term)):
            near.setdefault(key, set()).add(term)
    return Faq(
        entries=tuple(entries),
        index=index,
        unknown_weight=max(index.idf.values()),
        near={key: tuple(sorted(found)) for key, found in near.items()},
        names=names,
        everyday=everyday,
    )


def _persona_names() -> frozenset[str]:
    """The seeded personas' slugs and names, lower-cased: "add Darwin" asks about a persona."""
    personas = seeded()
    return frozenset(
        word
        for persona in personas
        if not persona.get("is_house_bot")
        for word in [persona["slug"], *persona["name"].lower().split()]
    )


def _terms(text: str, names: frozenset[str]) -> list[str]:
    """The BM25 terms of `text` as the FAQ says them, leaving out words that carry nothing for
    the house bot."""
    return [t for t in terms(_spelt(text, names)) if t not in FILLER_TERMS]


def _spelt(text: str, names: frozenset[str]) -> str:
    """`text` lower-cased, with short forms spelt out and personas' names as "persona"."""
    text = re.sub(r"[a-z0-9]+", lambda m: CHAT_WORDS.get(m.group(), m.group()), text.lower())
    for pattern, spelt in SPELLINGS:
        text = pattern.sub(spelt, text)
    spelt_out = []
    for word in re.findall(r"[a-z0-9][a-z0-9'+-]*", text):
        word = word.strip("'-")
        if word in names:
            word = "persona"
        spelt_out.append(SHORT_WORDS.get(word, word))
    text = PERSONA_PRIVACY.sub(" personaprivacy ", " ".join(spelt_out))
    text = MENTION_ASKED.sub(" mention persona ", text)
    return PEOPLE_ADDED.sub(" invite room ", text)


def _one_letter_less(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


@lru_cache(maxsize=1)
def _spelled_right() -> frozenset[str]:
    """The terms of words spelled right: every word of the personas' material and of everyday
    talk. Such a word is never read as a typo of another ("spell" is no "sell", "a recipe" no
    "recap")."""
    words = " ".join(json.dumps(persona) for persona in seeded())
    return frozenset(terms(words.replace("\\n", " "))) | frozenset(
        line.strip()
        for line in EVERYDAY_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _known(term: str, known: dict[str, float], near: dict[str, tuple[str, ...]]) -> str | None:
    """`term` as the FAQ has it: itself, or the one FAQ term a typo away (a letter dropped,
    added, changed or two swapped), for words long enough that a typo does not make another,
    and never a word spelled right (`_spelled_right`: "how do you spell necessary" asks
    nothing of selling)."""
    if term in known:
        return term
    if len(term) < 5 or term in _spelled_right():
        return None
    # A typo keeps the word's first letter: "reception" is no "exception", "winners" no "inner".
    found = {
        t for key in (term, *_one_letter_less(term)) for t in near.get(key, ()) if t[0] == term[0]
    }
    # Of several, the commonest: a typo is likelier in an everyday word.
    return min(found, key=lambda t: (known[t], t)) if found else None


# A person named in a question about doing something with them: "how do I add Tom", "invite
# my friend Priya", "block Jonas".
NAMED = re.compile(
    r"\b(?:add|invite|bring|mention|tag|ping|message|dm|block|unblock|ban|unban|kick|mute|"
    r"unmute|remove|report|friend|colleague|user|with)\s+(?:@)?([A-Z][\w'-]+)"
)


def _question_terms(question: str, book: Faq) -> tuple[dict[str, float], float]:
    """The question's terms as the FAQ knows them, each weighted 1, and its total weight by
    rarity (words the FAQ lacks weighing most). Somebody's name ("invite Tom") carries no
    weight."""
    idf = book.index.idf
    capitalised = {w.lower() for w in NAMED.findall(question)}
    asked: dict[str, float] = {}
    total = 0.0
    for term in dict.fromkeys(_terms(question, book.names)):
        known = _known(term, idf, book.near)
        if known is None:
            if term not in capitalised:
                total += book.unknown_weight
            continue
        if known not in asked:
            asked[known] = 1.0
            total += idf[known]
    return asked, total


# (not an error's name quoted: "how do i fix 'KeyError' in python" asks of it)
SHOWN_DATA = re.compile(r"\[[^\]]*\]|\{[^}]*\}|(?<!\w)'(?!\w*(?:Error|Exception)')[^'\s]+'(?!\w)")


@lru_cache(maxsize=256)
def faq_match(question: str) -> Entry | None:
    """The FAQ entry that answers `question`, or None when none covers enough of it."""
    book = faq()
    # The data a question shows ("a list like ['rosa','dev','rosa']") is not what it asks.
    question = SHOWN_DATA.sub(" ", question)
    asked, total = _question_terms(question, book)
    if len(asked) < 2 and not asked.keys() - WEAK:
        return None
    scores = book.index.rank(asked)
    # Of the best few by BM25 that the question may reach, the one covering most of it: "a cap
    # on bot replies" is about the cap, though "why no bot replies" says "replies" more.
    candidates, anchored = [], []
    # Entries that meet the question only in words naming no subject ("python", "write") are
    # out of the running before the best few are taken.
    elsewhere = bool(OTHER_LANGUAGE.search(question)) and not PYTHONS.search(question)
    ranked = [
        i
        for i in sorted(range(len(scores)), key=lambda i: -scores[i])
        if scores[i] > 0
        and _on_subject(asked, total, book.entries[i], book.index.lines[i].counts.keys())
        and not (elsewhere and _in_python(book.entries[i]))
        and not (book.entries[i].id in EVERYDAY_SNIPPETS and not CODE_SAID.search(question))
    ]
    for i in ranked[:5]:
        entry, line = book.entries[i], book.index.lines[i]
        if not entry.needs or entry.needs & asked.keys():
            # (a Python entry covers the word "python" of the question, said or not:
            # "how do i fix KeyError in python" had missed the KeyError answer for it)
            covered = (
                sum(
                    book.index.idf[t]
                    for t in asked
                    if t in line.counts or (t == "python" and entry.id.startswith("python-"))
                )
                / total
            )
            candidates.append((round(covered, 2), scores[i], -i))
            if entry.anchors & asked.keys():
                anchored.append((round(covered, 2), scores[i], -i))
    if not candidates:
        return None
    covered, _, i = max(candidates)
    if anchored and max(anchored)[0] >= covered - ANCHOR_MARGIN:
        # The question names an entry's subject outright ("set a reminder ... so everyone gets
        # pinged"): that entry, unless another covers the question far better.
        covered, _, i = max(anchored)
        if covered >= COVERAGE - ANCHOR_MARGIN:
            return book.entries[-i]
    if covered >= COVERAGE:
        return book.entries[-i]
    # Said casually, with words the FAQ lacks ("fetch two urls at once with asyncio"), a
    # question that names a subject outright still gets that subject's answer.
    return book.entries[-max(anchored)[2]] if anchored else None


# Another language named (and Python not): the Python answers ("for item in items:") are no
# answer to "how do I write a for loop in javascript".
OTHER_LANGUAGE = folded(
    r"\b(?:javascript|js|typescript|java|rust|golang|ruby|php|kotlin|swift|cpp|csharp|perl|"
    r"haskell|scala|lua)\b|\bc(?:\+\+|#)(?!\w)",
    re.IGNORECASE,
)
PYTHONS = folded(r"\b(?:python\w*|py)\b", re.IGNORECASE)
# Snippets for everyday jobs, found by everyday words ("split", "shuffle", "count", "average",
# "add up", "owes"): they answer only a question that says it is about code, never "can you
# count the votes" or "split the bill between 5 of us" put to the bot (session 25).
EVERYDAY_SNIPPETS = frozenset(
    {
        "python-random",
        "python-counting",
        "python-average",
        "python-csv-sum",
        "python-sort-dates",
        "python-split-weighted",
        "python-units",
        "python-caesar",
    }
)
CODE_SAID = folded(
    r"\b(?:python\w*|py|code|coding|script|function|program|snippet|lists?|csv|columns?|"
    r"spreadsheet|dict|array|loop|cipher|rot13|caesar|strings?|datetime)\b",
    re.IGNORECASE,
)


def _in_python(entry: Entry) -> bool:
    """Whether `entry`'s answers are Python's own (its syntax, its debugger)."""
    return entry.id.startswith("python-") or entry.id == "debugging"


def _on_subject(asked: dict[str, float], total: float, entry: Entry, said) -> bool:
    """Whether an entry whose words are `said` meets the question's subject: one of its words
    besides the `UNNAMING` ones ("loop" in "how do I write a for loop in python"). A question
    of those words alone ("wat is python") is met by the entry they are an anchor of; one whose
    only other words the FAQ lacks ("how do I write a quicksort in python") by none."""
    subject = asked.keys() - UNNAMING
    if subject:
        return bool(subject & said)
    unknown = total - sum(faq().index.idf[t] for t in asked) > 1e-9
    return not unknown and bool(entry.anchors & asked.keys())


def met_in_passing(question: str, entry: Entry) -> bool:
    """Whether `entry` meets `question` only in words of everyday talk or a persona's name,
    none of its anchors: "how was your day" meets the daily AI limit in "day", "our old dog
    died yesterday" search in "old" and "yesterday", "im with ada" mentions in "ada"."""
    book = faq()
    line = book.index.lines[book.entries.index(entry)]
    met = _question_terms(question, book)[0].keys() & line.counts.keys()
    return not (met - book.everyday - {"persona"} or met & entry.anchors)


# Its own favourite thing asked ("whats ur favourite song"): a matter of taste, which it leaves
# to the personas, not "outside what I know" (session 45); not which persona it likes best.
FAVOURITE_OWN = re.compile(
    r"\b(?:what|which|whats)(?:'?s| is| are)? (?:ur|your|yr) (?:fav|fave|favou?rite)s? "
    r"(?:songs?|films?|movies?|foods?|colou?rs?|books?|bands?|singers?|artists?|animals?|"
    r"drinks?|seasons?|numbers?|shows?|tv shows?|games?|sports?|teams?|places?|cit(?:y|ies)|"
    r"countr(?:y|ies)|meals?|snacks?|desserts?|music|album|holiday)\b",
    re.IGNORECASE,
)


# Chat put to the house bot: its day, itself, a side taken, news of one's own. Read as chat
# when the FAQ meets it only in passing.
ITS_DAY = (DAY_ASKED, ROOM_DAY, HOW_ARE_YOU)
SIDES = (SIDING, AGREEING, DISAGREEING)
# Of oneself, said as people do in chat ("cant sleep again", "long day at work ugh").
SIGHING = folded(r"\b(cant|can't|ugh|urgh)\b", re.IGNORECASE)
WANTING = folded(r"\b(want|wanna|need|how|can|could|help|trying|try)\b", re.IGNORECASE)
# The house bot itself asked about: "do you sleep much", "do you have many friends"; the
# entries that answer what it is ("are you a real person?") are not chat.
OF_THE_BOT = frozenset({"salon-real-ai"})
OF_ITSELF = folded(
    r"^\W*(?:(do|did|are|have|were|would) you\b|how (?:old|tall|big|clever|smart) (?:are|r) "
    r"(?:you|u)\b|what(?:'?s| is) (?:your|ur) age\b)",
    re.IGNORECASE,
)


def chatting(text: str, found: Entry | None) -> str:
    """What chat `text` is when the FAQ entry `found` meets it only in passing: "hello" ("hey,
    long time no see!"), "day" ("how was your day", "busy today?"), "self" ("do you like
    music"), "news" ("we had our first baby last week", "cant sleep again", "im with ada on this
    one"), or "". Grief is never a question for the FAQ ("our old dog died yesterday")."""
    if found is None:
        return ""
    mood = valence_mood(text)
    # A death told ("our old dog had to be put down yesterday"), asking nothing; not a trouble
    # Salon has an answer for ("someone keeps harassing me").
    mourned = death_told(text) and not (ASKS.search(text) or WANTING.search(text))
    if mood == "grave" and mourned and "?" not in text:
        return "news"
    if not met_in_passing(text, found):
        return ""
    said = re.sub(r"\bu\b", "you", _spelt(text, frozenset()))
    if any(p.search(text) or p.search(said) for p in ITS_DAY):
        return "day"
    of_itself = PERSONAL.search(said) or (
        # "do you store my messages?" asks what Salon does with them, not about the bot's life.
        OF_ITSELF.search(said) and not FIRST_PERSON.search(said)
    )
    if of_itself and found.id not in OF_THE_BOT:
        return "self"
    if GREETING.match(text):
        return "hello"
    if any(p.search(text) for p in SIDES):
        return "news"
    own_lot = FIRST_PERSON.search(text) or SIGHING.search(text)  # "cant sleep again"
    rueful = mood == "rueful" and own_lot and not WANTING.search(text)
    return "news" if mood == "good" or rueful else ""


# Where a message's parts part: "my dog died and I want to delete my account".
PARTS = folded(r"[,;:.!?]+\s*|\s+(?:and|but|so|because|cause|cos)\s+", re.IGNORECASE)


_CLAUSES = re.compile(r"[,;:.!?]+\s+")


def _asked_first(text: str) -> Entry | None:
    """The code entry that answers a message's opening question, read without what the asker
    adds after it ("whats the difference between == and === in javascript, my code review guy
    keeps yelling about it": the JavaScript answer, not "JavaScript isn't a part I know")."""
    parts = _CLAUSES.split(text, maxsplit=1)
    first = parts[0]
    if len(parts) < 2 or len(terms(first)) < 2:
        return None
    if not (QUESTION_START.match(first) or ASKS.search(first)):
        return None
    found = faq_match(parts[0].strip())
    return found if found is not None and not found.id.startswith("salon-") else None


def asked_part(text: str) -> Entry | None:
    """The FAQ entry that answers what a message with a feeling in it asks or wants, read
    apart from the rest: "my dog died and I want to delete my account" wants to delete the
    account; "feeling really low, how do i turn off notifications" asks how to. None when no
    part asks anything the FAQ answers outright."""
    for part in PARTS.split(text):
        asks = "?" in part or QUESTION_START.match(part) or ASKS.search(part)
        if not (asks or WANTING.search(part)) or not terms(part):
            continue
        found = faq_match(part.strip())
        # "how do i search" asks of Salon, however everyday its words.
        if found and (SALON_ASKED.search(part) or not met_in_passing(part, found)):
            return found
    return None


# How an app question is put, wherever it starts: "...4 times a day can i mute just her lol".
ASKING = folded(
    r"\b(?:how (?:do|can|could|would|should) (?:i|we|u|you|people)|how to|(?:can|could|may) "
    r"(?:i|we|u|you)(?: please| pls| plz| just| actually| also| even)?|where "
    r"(?:do|can|would|should) (?:i|we|u|you)|is there (?:a way|any way|anyway)(?: to)?|"
    r"is it possible to|any ?way to|"
    r"(?:i|we) (?:want|need|would like|'?d like) to|wanna|is there|are there|(?:do|does) "
    r"(?:you|salon|this app|it) have|have (?:you|u) got)\b",
    re.IGNORECASE,
)
# Where the thing asked about ends and the asker's own business begins: "how do i make a
# private room | just for me and amara to plan a surprise", "can i make a poll | for the
# december rota | so people just tick the days".
ASKED_ENDS = folded(
    r"[,;:.!?]|\s(?:so|because|cause|cos|coz|cuz|where|which|that|when|whenever|while|after|"
    r"before|until|like|lol|lmao|haha|tho|though|since|for|but|and|or|without|if|as|by|every|"
    r"during|at|to (?:everyone|everybody|all of us|the others|the whole))\b",
    re.IGNORECASE,
)


def asked_clause(text: str) -> Entry | None:
    """The Salon entry that answers the app question in `text` read without the asker's own
    business around it: the question from how it is put ("how do i", "can i") to where a
    reason, a purpose, a name or a date begins. "how do i make a private room just for me and
    amara to plan a surprise for dan" asks how to make a private room. Only Salon's entries are
    answered so: code questions are asked in their own words. None when the clause names no
    Salon subject outright."""
    for asking in ASKING.finditer(text):
        rest = text[asking.end() :]
        end = ASKED_ENDS.search(rest)
        clause = (asking.group() + (rest[: end.start()] if end else rest)).strip()
        if clause == text.strip() or not terms(clause):
            continue
        found = faq_match(clause)
        if found and found.id.startswith("salon-") and _named_outright(clause, found):
            return found
    return None


def _named_outright(question: str, entry: Entry) -> bool:
    """Whether `question` says one of `entry`'s words as the entry says it, not read across a
    typo ("a recipe" is no "recap"), and not only words of everyday talk ("leave") unless one
    other is said with them ("leave this room", "a shopping list")."""
    book = faq()
    line = book.index.lines[book.entries.index(entry)]
    said = set(_terms(SHOWN_DATA.sub(" ", question), book.names)) & line.counts.keys()
    said -= {"persona"}
    # A word of everyday talk names the subject beside another of the entry's words: "leave
    # this room", not "leave for the airport".
    return bool(said - book.everyday - WEAK) or len(said) >= 2


# App questions said with the room's own business in them, which the FAQ's words miss: "how do
# i share the new allergen sheet here so it stays at the top", "how do i upload the pdf of the
# hostel bookings so theyre all in one place", "how do i search this room for the message where
# sue posted the VAT notes". Each is read by what it wants done, and answered only when asked.
KEPT_AT_TOP = folded(
    r"\b(?:stays?|staying|stick|sticks|stuck|keep|keeps|kept|sits?|sitting|remains?|always|"
    r"permanently|pin|pinned|fixed|float\w*|put|putting|leave|left|shows?|showing)\b"
    r"(?:\W+[\w'-]+){0,6}?\W+(?:at|on|to|near|up) the (?:very )?top\b|"
    r"\b(?:stays?|stick|keep|kept|pin|pinned|put|leave|fixed|always)\b(?:\W+[\w'-]+){0,6}?\W+"
    r"top of (?:the |this |our )?(?:room|chat|group|screen|page|channel|feed|convo)\b|"
    r"\b(?:doesn'?t|does not|won'?t|don'?t|not|never) (?:get |go )?(?:buried|lost|disappear\w*)\b|"
    r"\bso (?:people|every ?(?:one|body)|we|no ?one|nobody) (?:can )?(?:always )?"
    r"(?:find|lose|miss) it\b(?! (?:when|if))|"
    r"\b(?:pin|pins|pinned|pinning|sticky|stickied)\b",
    re.IGNORECASE,
)
# ...kept there is something posted, not a team at the top of the league.
POSTED_THING = folded(
    r"\b(?:message|messages|msg|msgs|post|posts|list|lists|sheet|sheets|rota|rotas|notes?|"
    r"timeline|schedule|rules|link|links|pdf|pdfs|doc|docs|document|plan|plans|info|details|"
    r"setlist|agenda|menu|poster|form|times|dates|address|numbers?|announcement|reminder|"
    r"instructions|guide|it|this|that|them)\b",
    re.IGNORECASE,
)
NOT_POSTED = folded(
    r"\b(?:league|leaderboard|table|charts?|hill|mountain|stairs|ladder|class|podium|rankings?|"
    r"google|search results)\b",
    re.IGNORECASE,
)
FILE_SENT = folded(
    r"\b(?:upload\w*|attach\w*|send|share|post|put|add(?! up\b)|drop|stick|chuck|bung|save|"
    r"store)\b"
    r"(?:\W+[\w'-]+){0,6}?\W+(?:pdfs?|files?|documents?|docs?|docx|spreadsheets?|"
    r"sheets?|photos?|pics?|pictures?|images?|screenshots?|scans?|receipts?|tickets?|forms?|"
    r"menus?|posters?|flyers?|invoices?|certificates?|confirmations?|slides?|powerpoints?|"
    r"excel|word docs?|attachments?|bookings?|plans?|maps?|minutes|agendas?)\b|"
    r"\bkeep (?:all )?(?:the |our |my )?(?:[\w'-]+ ){0,3}(?:pdfs|files|documents|docs|photos|"
    r"pics|pictures|receipts|tickets|scans|screenshots|attachments)\b|"
    r"\b(?:files?|attachments?|pdfs?|photos?|documents?) (?:tab|section|folder|area|library|"
    r"page|gallery)\b|\b(?:shared|group|room|team) (?:folder|drive|album|gallery)\b",
    re.IGNORECASE,
)
# Kinds of file people share that Salon takes only inside a ZIP (audio and video have their own
# answer): "can i post a gpx file or only pictures", "will it take a .heic".
UNSUPPORTED_FILE = folded(
    r"(?:\.|\b)(?:gpx|kml|kmz|tcx|heic|heif|exe|apk|dmg|psd|svg|tiff?|bmp|rtf|epub|mobi|ics|"
    r"vcf|stl|dwg|rar|7z|xls|ppt)\b(?: files?| tracks?| routes?)?",
    re.IGNORECASE,
)
FILE_ASKED = folded(
    r"\b(?:upload\w*|attach\w*|send|share|post|put|drop|take|accept|allowed?|work|open)\b",
    re.IGNORECASE,
)
FILES_TOGETHER = folded(
    r"\b(?:(?:all )?in one place|together|folders?|drive|albums?|gallery|library|collection|"
    r"(?:files?|attachments?|pdfs?|photos?|documents?) (?:tab|section|area|page)|"
    r"all of them|see all|find (?:them|it) (?:again|later)|for later|store|storage|archive|"
    r"keep (?:them|it|all))\b",
    re.IGNORECASE,
)
OLD_MESSAGE_SOUGHT = folded(
    r"\b(?:search|searching|find|finding|look up|lookup|look for|looking for|dig out|dig up|"
    r"track down|locate|pull up|bring up|get back to|scroll back to|go back to|see again|"
    r"check back|refind)\b",
    re.IGNORECASE,
)
# ...of something said before, not a room to join: "where sue posted", "from like october".
SAID_BEFORE = folded(
    r"\b(?:posted|sent|said|wrote|shared|mentioned|put up|dropped|linked|uploaded|messaged|"
    r"typed|old (?:message|msg|post)s?|(?:older|earlier|previous|last) (?:message|msg|post)s?|"
    r"ages ago|a while (?:ago|back)|(?:weeks?|months?|days?) ago|last (?:week|month|year|time|"
    r"term|summer|spring|autumn|winter)|back in|yesterday|earlier|in (?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|sept|oct|nov|dec)\w*|from (?:like )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)\w*)\b",
    re.IGNORECASE,
)
HOUSE_FILES_TOGETHER = (
    "Press 📎 in the composer (or drop a file on the room) for each one: PDFs, images, text, ZIP "
    "and Office files up to 10 MB, one per message. There's no shared files folder, so say what "
    "each is in its message: the search box in the top bar finds messages by their words."
)
# Entries that answer these questions already, in their own words: left to answer them.
APP_FAMILY = frozenset(
    {
        "salon-pin",
        "salon-files",
        "salon-video",
        "salon-search",
        "salon-history",
        "salon-export",
        "salon-media",
        "salon-files-shown",
    }
)


def app_answer(text: str) -> str:
    """The answer to an app question about keeping something at the top, sharing files or
    finding an old message, read by what it wants done whatever business surrounds it; or ""
    when it asks none of these (or asks nothing)."""
    asks = (
        "?" in text
        or QUESTION_START.match(text)
        or ASKING.search(text)
        or ASKS.search(text)
        or re.search(r"\b(?:help|need|want|trying|try|way)\b", text, re.IGNORECASE)
    )
    if not asks:
        return ""
    entries = {e.id: e for e in faq().entries}
    if KEPT_AT_TOP.search(text) and POSTED_THING.search(text) and not NOT_POSTED.search(text):
        return entries["salon-pin"].answers[0]
    if OLD_MESSAGE_SOUGHT.search(text) and SAID_BEFORE.search(text):
        return entries["salon-search"].answers[0]
    if UNSUPPORTED_FILE.search(text) and (FILE_SENT.search(text) or FILE_ASKED.search(text)):
        # "can i post a gpx file or only pictures": that kind is no upload, and a ZIP of it is.
        return entries["salon-file-types"].answers[0]
    if FILE_SENT.search(text):
        if FILES_TOGETHER.search(text):
            return HOUSE_FILES_TOGETHER
        return entries["salon-files"].answers[0]
    return ""


# Entries on what other chat apps have (session 24) whose words are everyday ones too
# ("forward", "stickers", "location", "font"): they answer a question, never a remark.
ASKED_ONLY = frozenset(
    {
        "salon-forward",
        "salon-font-size",
        "salon-translate",
        "salon-stickers",
        "salon-location",
        "salon-links",
        "salon-room-photo",
        "salon-archive",
        "salon-last-seen",
        "salon-wallpaper",
        "salon-nickname",
        "salon-room-size",
        "salon-devices",
        "salon-guest",
        "salon-schedule",
        "salon-everyone",
        "salon-file-types",
        "salon-undelete",
        "salon-media",
        "salon-reminders",
        "salon-payments",
        # Session 25: doing things in the room, and what chat apps show.
        "salon-games",
        "salon-rota",
        "salon-commands",
        "salon-typing",
        "salon-emoji",
        "salon-timestamps",
        "salon-language",
        "salon-read-only",
        "salon-timer",
        "salon-leave-seen",
        "salon-invite-expiry",
        "salon-edit-shown",
        "salon-react-who",
        "salon-files-shown",
        "salon-owner",
        "salon-room-limit",
        "salon-link-preview",
    }
)


# What it does in a room, or can't keep going there (session 25): no answer to a program asked
# for ("python to flip a coin 100 times" is no question about Salon's commands).
DONE_IN_ROOM = frozenset({"salon-commands", "salon-games", "salon-rota", "salon-timer"})
# What it can't keep going in a room (`bots.house_play.cannot_keep`): the entry and answer
# that say so.
KEPT = {"quiz": ("salon-games", 0), "score": ("salon-games", 1), "rota": ("salon-rota", 0)}


def faq_entry(entry_id: str) -> Entry:
    """The FAQ entry called `entry_id`."""
    return next(e for e in faq().entries if e.id == entry_id)


def house_intent(question: str) -> str:
    """The id of the FAQ entry that answers `question`, or "default"."""
    entry = faq_match(_question(question))
    return entry.id if entry else "default"


def _question(text: str) -> str:
    return HOUSE_COMMAND.sub("", text, count=1).strip()


# Words too common to tell two answers apart.
FUNCTION_WORDS = frozenset(
    """
    a an the and or of to in on at with for by from is are be it its i my me you your this that
    do does did
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


# Asking, in the ways people write to a bot: "whats a decorator", "list vs tuple".
ASKS = folded(
    r"^\W*(help|show|list|teach|what'?s|wh?at'?s?|wut|how'?s|where'?s|who'?s|eli5|any way|"
    r"anyway to)\b|"
    # A request put as one: "translate hello into spanish", "pls recommend a film".
    r"^\W*(?:(?:can|could|would) (?:you|u) |pls |please )?(?:translate|suggest|recommend|explain|"
    r"define|describe|summari[sz]e|name) \w|"
    r"\b(vs|versus|difference between|how (do|does|can|to)|is there|are there)\b"
    # "if i paste a link does it show a preview": a question put after its condition.
    r"|^\W*if (?:i|we|you|u|someone|somebody|people)\b.*\b(?:does|do|will|would|can|is|are) "
    r"(?:it|that|this|they|salon|people|everyone)\b",
    re.IGNORECASE,
)


# A question put last, after what it is about, with no question mark: "tomatoes keep splitting,
# why", "my laptop wont turn on after the update, any ideas". Asked all the same: owned up to or
# handed on, never "Noted!" (session 38).
ASKED_LAST = folded(
    r"(?:[,.;:!-]\s*|\s)(?:why|how come)\W*$|"
    r"[,.;:!-]\s*(?:any (?:ideas?|tips|advice|thoughts|suggestions|clue)|anyone know|ideas|"
    r"thoughts|help|what (?:do|should|can) (?:i|we) do|what gives)\b[^,.;:!]*$",
    re.IGNORECASE,
)


# What the room itself is for: "what is this room for", "whats this room about", "what do we
# talk about here", "what's the theme".
ROOM_PURPOSE = folded(
    r"\bwhat(?:'?s| is| was)?\s+(?:this|the)\s+(?:room|chat|channel)\s+(?:for|about|meant for)\b|"
    r"\bwhat (?:do|should|can|are) (?:we|i|people|u|you) (?:meant to )?(?:talk|chat|talking|"
    r"chatting) about (?:here|in here|in this room)\b|"
    r"\bwhat(?:'?s| is) (?:the|this room'?s|the room'?s) (?:theme|topic)\b|"
    r"\bwhy (?:is|was) this room\b",
    re.IGNORECASE,
)


# A question, then a list of what it is about: "...? dishes, firewood, water, trash".
LISTED_AFTER = folded(r"\?\s*(?:(?:e\.?g\.?|like|say|such as)\b[^?]*|[^?,]+(?:,[^?,]+){2,})$", re.I)


# (house42) A question asked after the asker's news, past a comma ("my landlord is raising rent
# 20% next month, is that even legal"), or a "how long"/"how many" anywhere in it ("if i save 250
# a month how long to get 6000"): asked all the same, never "Noted" or "Got it".
ASKED_AFTER = folded(
    r"[,;]\s*(?:(?:but|so|and|ok|like)\s+)?(?:is|are|was|can|could|should|shall|would|do|does|"
    r"did|will|what|whats|what's|how|why|who|where|when|which)\b[^,;.!]*$"
    r"|\bhow (?:long|much|many|often|far|soon)\b|^\W*any ?(?:one|body|1)\b",
    re.IGNORECASE,
)
# A question put to everyone in the room, not to the bot: "whats everyone bingeing on netflix",
# "wat r u guys up 2", "how do you all feel about pineapple on pizza". Passed to the room.
ROOM_ASKED = folded(
    r"\b(?:every ?(?:one|body|1)|you all|u all|you guys|u guys|y'?all|ya'?ll|you lot|all of you|"
    r"people here|folks|any ?(?:one|body|1))\b",
    re.IGNORECASE,
)
# How the room is, asked of everyone: "hey everyone, how's your sunday going?", "hows every1
# doin": its own day told, and theirs asked back.
ROOM_HOW = folded(
    r"\bhow(?:'?s| is| are| r| was)\s+(?:(?:your|ur|yer)\s+(?:\w+\s+){0,2}?(?:going|goin|been|"
    r"treating you)|every ?(?:one|body|1)(?:'?s (?:day|week|weekend))?(?:\s+(?:doing|doin|going|"
    r"getting on|holding up|keeping))?\W*$|(?:you|u|ya) (?:all|guys|lot)(?:\s+(?:doing|doin))?"
    r"\W*$)",
    re.IGNORECASE,
)
# Worn down and saying so, with no grief told: "it's raining again... i'm so done", "so tired of
# this grey weather", "feeling a bit flat today". A warm word, never "Noted".
WEARY = folded(
    r"\b(?:i'?m|im|i am|feeling|feel|i feel)\s+(?:(?:so|really|just|a bit|a little|pretty|"
    r"totally|completely|absolutely|kinda|kind of|sort of|well|very|soo+)\s+)*(?:done|over it|fed "
    r"up|exhausted|knackered|shattered|drained|flat|meh|low|fuming|sick of|tired|grumpy|cranky|"
    r"frazzled|stressed|fried|wiped|spent|miserable|gutted|rubbish|rough|blah|down)\b"
    r"|\b(?:so|sick and|really) tired of\b|\bfed up\b|\bsick (?:to death )?of\b|^\W*ugh+\b"
    r"|\b(?:raining|rain|snowing|grey|gray|freezing|cold|monday|mondays) again\b|,\s*typical\W*$",
    re.IGNORECASE,
)


def house_reply(
    question: str,
    *,
    seed: int,
    name: str = "",
    used: Sequence[str] = (),
    theme: str = "",
    expert: tuple[str, str] | None = None,
    today: date | None = None,
    grieving: bool = False,
) -> str:
    """The house bot's answer: what its FAQ knows when asked, a word back to greetings, thanks,
    news and sympathy, and a plain "I don't know" for any other question (its menu only when
    asked nothing, or what it can do). `name` is the person's, to address them; `used` its
    recent replies, not said again while it has another; `theme` the room's, said when asked
    what the room is for; `expert` (slug, name) of a persona in the room whose field a question
    it cannot answer is in, named in its "I don't know"; `today` the date days are counted from
    (the server's, unless given); `grieving`, the room is still with a loss told: no
    chat token is answered in kind ("omg" is never "What's happened?")."""
    rng = random.Random(seed)
    text = _question(question)
    given = introduced_as(text)
    to = f", {given or _addressable(name)}" if given or _addressable(name) else ""

    def social(kind: str) -> str:
        return _least_used([o.format(to=to) for o in HOUSE_SOCIAL[kind]], used, rng)

    if WHO_ASKED.match(text):
        return social("intro")  # "who are you?": itself, plainly
    if BOT_ASKED.match(text) and getattr(faq_match(text), "id", "") != "salon-real-ai":
        # "are you a bot?": that it is one (what the personas are, when asked of them, is the
        # FAQ's: "are you a real person?")
        return social("character")
    if not text or text.lower().strip(" ?!.") in {"help", "", "menu"} or CAPABILITIES.search(text):
        return _least_used(HOUSE_DEFAULT, used, rng)
    if ROOM_PURPOSE.search(text):
        # The room's own theme, as its owner set it; the bot knows no more of the room than that.
        if theme.strip():
            return (
                f'This room is for "{theme.strip()}"{to}: talk about it with everyone here, and '
                "mention a persona with @ (say @darwin) to bring one into the conversation."
            )
        return (
            f"This room has no theme set{to}, so anything goes: talk with everyone here, and "
            "mention a persona with @ (say @darwin) to bring one into the conversation."
        )
    if known := trivia_fact(text):
        # (house42) A plain fact asked, whatever rides along with it ("what's the capital of
        # australia, me and my brother are arguing"): answered, never "I'm sorry to hear that".
        if valence_mood(text) == "grave" and GRAVE_EVENT.search(text):
            return f"{social('sorry')} {known}"
        return known
    if said := weather_told(text, to):
        return said  # (mine43) "it's snowing here!!": a word back on it, not "Noted"
    bare = "" if grieving else MENTION_LEAD.sub("", text).strip()
    for kind, said in (("brb", BRB), ("ack", ACK), ("wow", WOW), ("laugh", LAUGH_ALONE)):
        if said.match(bare):
            return social(kind)  # "brb", "ok", "wow", "lol": a word back in kind
    if show := show_asked(bare):
        return _least_used([o.format(to=to, what=show) for o in HOUSE_SOCIAL["telly"]], used, rng)
    if bare and MISSED.search(bare):
        return social("missed")
    earlier = written_before(used[-1]) if used else None
    if earlier and FOLLOW_UP.match(text):
        # "nice, can it also do advantage" after the dice roller it wrote: asked of that program.
        return follow_up_reply(text, earlier, to)
    moral = moral_asked(text)
    if (
        moral
        and moral.deed
        and (moral.deed.kind in ("harm", "identity") or "{name}" in moral.deed.said)
    ):
        # "is it ok to hit my wife?", "is it wrong to be gay?": the plain answer and where to get
        # help, as the personas give it (bots/moral.py), never "I keep no opinions on that".
        return moral_reply(moral, given or _addressable(name), (), 400)
    if moral and moral.deed and moral.deed.kind not in ("cutoff", "bully", "revenge"):
        # "is it ok to cheat on a test?", "is it wrong to steal bread if you're starving": right
        # and wrong asked, which is the personas' to answer, never pytest or a way to report
        # someone (bots/moral.py); one who hurts or bullies may still be reported and blocked.
        return social("opinion")
    if valence_mood(text) != "grave" and (joke := joked(text, seed, to, used, _least_used)):
        # (never over bad news: "make me laugh, i just got fired")
        # "tell me a joke": one of its own, short and clean, never the last one told.
        return joke
    if done := played(text, seed, to, used, _least_used):
        # "flip a coin", "pick one: Sam, Jo, Kit", "pick who washes the bibs this week": done in
        # the room (or the names asked for), never a program written for it.
        return done
    if kept := cannot_keep(text):
        # "can you make us a quiz that keeps score", "keep a rota": what it can't do, and the
        # nearest thing Salon has.
        return faq_entry(KEPT[kept][0]).answers[KEPT[kept][1]]
    if not (valence_mood(text) == "grave" and GRAVE_EVENT.search(text)) and (
        reached := house49(text, to, expert)
    ):
        # (house49) a field no persona has, a spelling, a bill with a tip and fees, a code term
        # wherever it stands ("GROUP BY keeps failing"): answered, never "sorry to hear that".
        return reached
    if valence_mood(text) != "grave" and (reached := house48(text, to, expert, code_asked(text))):
        # (house48) a tip shared, which persona to ask, a Salon feature it lacks, the code term
        # asked about, everyday tech advice: answered, never refused or met on a passing word.
        return reached
    if (
        not (valence_mood(text) == "grave" and GRAVE_EVENT.search(text))
        and not (code_asked(text) and snippet_for(text))
        and (reached := code_anywhere(text, faq_match))
    ):
        # (house49) house48's code terms wherever they stand ("whats the deal with .splice()").
        return reached
    if code_asked(text):
        # "can u write a python thing that works out VAT from a gross amount", "write me a bit of
        # python that rounds a price to the nearest 5p, the till does it weird": a program asked
        # for, never a complaint, thanks or chat; a short one written out when it has one, the
        # FAQ's answer when that meets it, else honestly none, and what it would take.
        snippet = snippet_for(text)
        if snippet:
            return snippet_reply(snippet, to)
        coded = faq_match(text)
        if coded is None and LISTED_AFTER.search(text):
            coded = faq_match(text[: text.rindex("?") + 1])
        if coded is None:
            coded = _asked_first(text)
        # A code entry met in everyday words still answers ("put a variable inside a string").
        in_passing = coded and coded.id.startswith("salon-") and met_in_passing(text, coded)
        if coded and not in_passing and coded.id not in DONE_IN_ROOM:
            return _best_answer(coded, text, rng)
        return no_snippet_reply(text, to)
    reckoned = reckoning(text, today) or tip_split(text)
    if reckoned:
        # "what day of the week is 14 june 2027", "convert 180 celsius to fahrenheit", "how many
        # 50p guesses do we need to raise £40": worked out, not "that's beyond me".
        return reckoned
    # A question may open a later sentence: "... i made df two lines up. what am i doing wrong".
    asks = "?" in text or bool(QUESTION_START.match(text)) or bool(ASKS.search(text))
    asks = asks or bool(ASKED_LAST.search(text)) or bool(ASKED_AFTER.search(text))
    asks = asks or any(
        QUESTION_START.match(part) and not EXCLAIMED.match(part)
        for part in _SENTENCES.split(text)[1:]
    )
    if overlap := overlap_of(text):
        # "whats a good timezone overlap for a team in berlin and new york": worked out.
        return overlap
    shares = share_of(text)
    if shares:
        # A sum of shares is plain arithmetic, which it can do ("split 85 quid between 4 of us");
        # it had said "No idea, I'm afraid" to "what's 1850 a month split between 3 people".
        return f"{shares[0].upper()}{shares[1:]}{to}."
    found = faq_match(text)
    if found is None and LISTED_AFTER.search(text):
        # "python to randomly split chores between 4 people? dishes, firewood, water, trash":
        # the question, then what it is about; the list's words are none the FAQ knows.
        found = faq_match(text[: text.rindex("?") + 1])
    if found is None:
        found = _asked_first(text)
    told = app_answer(text)
    if (
        found is None
        and not told
        and valence_mood(text) != "grave"
        and (plain := house_fact(text, to, seed) or advised(text))
    ):
        # (easy39) An everyday question a person would just answer ("how long do i boil an egg",
        # "what's the capital of australia", "my laptop keeps freezing in chrome"): the same
        # plain answer the personas give (bots/advice.py, bots/easy.py), never "I don't know,
        # that's outside code and Salon"; nor over bad news.
        return plain
    kept_together = told == HOUSE_FILES_TOGETHER and found is not None and found.id == "salon-files"
    # A kind of file Salon refuses ("a gpx file or only pictures") is told so, not the list alone.
    refused_kind = told == faq_entry("salon-file-types").answers[0]
    if told and (found is None or found.id not in APP_FAMILY or kept_together or refused_kind):
        # "how do i share the new allergen sheet here so it stays at the top": keeping it at the
        # top is pinning, whatever the sheet is; not "I don't know how to do that in Salon".
        if valence_mood(text) == "grave" and GRAVE_EVENT.search(text):
            # Grief told beside it ("my cat died ... how do i search"): a word of sympathy first.
            return f"{social('sorry')} {told}"
        return told
    chat = chatting(text, found)
    if found is None:
        # Asked with the asker's business around it ("can i make a poll for the december rota
        # so people just tick the days they can do"): the question itself is answered, however
        # glad or rueful the rest ("i finished the course ages ago").
        found = asked_clause(text)
        chat = ""
    if chat:
        found = None
    mood = valence_mood(text)
    if not found and not chat and mood in ("grave", "rueful"):
        # A feeling and a how-to in one message: the how-to is answered.
        found = asked_part(text)
    if found is not None and found.id in ASKED_ONLY and not asks:
        # "the kids got their stickers at school today", "i'll forward the minutes by email":
        # told, not asked; only a question about these gets the app's answer.
        found = None
    if thanks_given(text):
        return social("thanks")
    if taking_leave(text) and not (found and asks):
        # "how do i log out" asks how, it does not take leave.
        return social("bye")
    if not found and (helped := everyday_help(text, to)):
        # "my dog keeps barking at night", "a recipe for a quick dinner?", "what should i read
        # first about black holes", "i just got a new job!": plain, warm help where a short
        # answer is sure (bots/house_help.py), never "I don't know that one".
        return helped
    if NEWCOMER.search(text) or given:
        return social("welcome")
    if (coding := CODE_WRITING.search(text)) and not found:
        thing = coding.group("thing").lower()
        article = "an" if thing[0] in "aeiou" else "a"
        return _least_used(
            [o.format(a=article, thing=thing, to=to) for o in HOUSE_CODE_WRITING], used, rng
        )
    if (writing := WRITING.match(text) or WRITING_TO.match(text)) and (
        not found or WRITING_TO.match(text)
    ):
        thing = writing.group("thing").lower()
        # "a poem", "an essay", but "vows", "lyrics", "jokes": no article for a plural.
        article = "an" if thing[0] in "aeiou" else "a"
        what = thing if thing in PLURAL_WRITING else f"{article} {thing}"
        line = _least_used([o.format(what=what, to=to) for o in HOUSE_WRITING], used, rng)
        return line + (HOUSE_WRITING_VERSE if thing in VERSE else HOUSE_WRITING_PROSE)
    greeting = GREETING.match(text)
    if greeting and not ((asks or found) and terms(text[greeting.end() :])):
        return social("hello")
    if chat in ("day", "self", "hello"):
        return social(chat)
    of_salon = bool(SALON_ASKED.search(text) and SALON_THINGS.search(text))
    if (
        not found
        and not chat
        and asks
        and fact_choice(text)
        and mood not in ("grave", "rueful")
        # "can i upload a file bigger than a gig ... or is that too much" asks of Salon.
        and not of_salon
    ):
        # "Is it faster to take the train or fly?" is a fact it cannot look up, not a taste.
        if expert:
            slug, who = expert
            return _least_used(
                [o.format(to=to, who=who, slug=slug) for o in HOUSE_FACT_CHOICE_EXPERT], used, rng
            )
        return _least_used([o.format(to=to) for o in HOUSE_FACT_CHOICE], used, rng)
    # Grief asking what the bot cannot answer ("my dog died and i dont know how to cope"):
    # sympathy, never "I don't know".
    # (house42) "was hamlet actually mad or just faking it": grave words, but no trouble of the
    # asker's own told; a question, not sympathy.
    grave = mood == "grave" and (not asks or bool(FIRST_PERSON.search(text)))
    if not found and (NEWS.match(text) or not asks or chat or grave):
        # A choice being weighed, or a side taken ("I disagree with Ada"): the personas give
        # views, not it.
        if DILEMMA.search(text) or DISAGREEING.search(text) or AGREEING.search(text):
            return social("opinion")
        if mood != "grave" and not asks and WEARY.search(text):
            return social("weary")
        if mood in ("grave", "rueful"):
            return social("sympathy")
        if mood == "good":
            return social("congrats")
        return social("news" if NEWS.match(text) else "remark")
    # Making a room private later; not "is this room private?", which asks who can see it.
    private_later = found is None or found.id == "salon-private"
    if private_later and re.search(r"\bprivate\b", text, re.I) and PRIVATE_LATER.search(text):
        return HOUSE_PRIVATE_LATER
    if found:
        answer = _best_answer(found, text, rng)
        if mood == "grave" and GRAVE_EVENT.search(text) and not found.consoles:
            # Grief told beside the question (a death, a break-up, feeling low): a word of
            # sympathy before the answer; not for a post that was offensive.
            return f"{social('sorry')} {answer}"
        return answer
    if (
        OPINION.search(text) or either_or(text) or FAVOURITE_OWN.search(text)
    ) and not FACT_AS_VIEW.search(text):
        # "Cats or dogs?" is a matter of taste too; "is it normal for a 4 month old to wake up
        # every 2 hours" is a fact it does not know.
        return social("opinion")
    if of_salon:
        return _least_used(HOUSE_SALON_UNKNOWN, used, rng)
    if CODE_TROUBLE.search(text):
        # "my code throws a KeyError, why": code, but no error it can place; not "outside what I
        # know, which is code" (session 38).
        return _least_used([o.format(to=to) for o in HOUSE_CODE_UNKNOWN], used, rng)
    if tech := _tech_named(text):
        # "in godot 4 should i use RigidBody2D ... or is there a built in point gravity thing":
        # code, but not the little it knows; never handed to the physicist for "gravity", nor
        # "outside what I know, which is code".
        return _least_used([o.format(to=to, tech=tech) for o in HOUSE_TECH_UNKNOWN], used, rng)
    if ROOM_HOW.search(text) and ROOM_ASKED.search(text):
        return social("day")
    if ROOM_ASKED.search(text) and not expert:
        return social("room")
    if expert:
        slug, who = expert
        return _least_used(
            [o.format(to=to, who=who, slug=slug) for o in HOUSE_UNKNOWN_EXPERT], used, rng
        )
    return unknown_said(text, to) or _least_used(HOUSE_UNKNOWN, used, rng)


def house_put_to(
    put_to: tuple[str, str], *, name: str, used: Sequence[str], seed: int, present: bool = False
) -> str:
    """The house bot's word that a question put by name to the persona `put_to` (slug, name)
    is that persona's to answer: handed on to it when it is in the room (`present`), else how
    to ask it."""
    slug, who = put_to
    to = f", {_addressable(name)}" if _addressable(name) else ""
    lines = HOUSE_HANDED_TO if present else HOUSE_PUT_TO
    options = [o.format(to=to, who=who, slug=slug) for o in lines]
    return _least_used(options, used, random.Random(seed))


def _best_answer(found: Entry, text: str, rng: random.Random) -> str:
    """Of `found`'s answers, the one that shares most content words with the question ("fetch
    two urls at once" gets the one on gather), then most other words but the commonest ("which
    ... should I use" the one that says which to use); then the one least about anything else,
    and the seed breaks ties. As the FAQ spells it too: "add the year 6 parents to this group"
    is inviting them."""
    asked_terms = set(terms(text)) | set(terms(_spelt(text, faq().names)))
    asked = {w.lower() for w in words(text)} - FUNCTION_WORDS
    scored = []
    for answer in found.answers:
        answer_terms = set(terms(answer))
        shared = len(asked_terms & answer_terms)
        shared_words = len(asked & {w.lower() for w in words(answer)})
        scored.append((shared, shared_words, shared / len(answer_terms), rng.random(), answer))
    return max(scored)[-1]


def reckoning(text: str, today: date | None = None) -> str:
    """A small reckoning `text` asks (`bots.reckon`), said as a sentence, or ""."""
    said = calendar_of(text, today) or temperature_of(text) or arithmetic_of(text)
    if said:
        return said[:1].upper() + said[1:]  # "The square root of 81 = 9."
    if fallen := fall_of(text):
        # "a ball is dropped from 20m, how long till it hits the ground" (`bots.falling`)
        return f"{fallen[:1].upper()}{fallen[1:]}, leaving air resistance out."
    worked = sum_of(text)
    if worked and re.search(r"%|\bper ?cent", text, re.I) and "%" not in worked:
        # A percentage it leaves out is a sum it has not read: "18% tip on 60 dollars for 3 of
        # us" is no "60 dollars for 3 is 180", nor "£60 food and £24 drinks, 20% off" £84, nor
        # "paid £40, sold for £52, what % profit" £92.
        worked = ""
    if not worked:
        # An everyday word problem ("2kW for 5 hours a day at 27p per kWh over 3 months"); one
        # with a figure missing is asked for, never guessed.
        found = word_sum(text) or _one_step(text)
        if found and found.need:
            worked = f"{found.working}; tell me {found.need}" if found.working else ""
            worked = worked or f"I need to know {found.need}"
        elif found:
            worked = found.working
    if worked and TAX_INCLUDED.search(text) and re.search(r"\bplus\b|\bin all\b", worked):
        # "£120 including 20% VAT" was "£144 in all": a tax inside a sum is not added to it
        return ""
    if worked and POUNDS_AS_PENCE.search(text) and PENCE.search(worked) and not PENCE.search(text):
        # "20% off 60 pounds" was read as 60p ("so 48p"): a reading it can't be sure of is not
        # said (session 38).
        return ""
    return f"{worked[:1].upper()}{worked[1:]}." if worked else ""


# A percentage put on or taken off one sum of money, as the one who does the room's sums reads
# it (`sum_read` with its steps): "whats 15% tip on 84 dollars" is "$84 plus 15% tip is
# $96.60", where it had said "I don't know" (session 38). Only this one shape: of more figures,
# those steps read some wrong ("the difference between £12 and £18" as "£12 + £18", a gift card
# added on), which the sums' other readers catch first and the house bot has not.
ONE_STEP = folded(
    r"[£$€][\d,]+(?:\.\d\d)? (?:plus|less) \d+(?:\.\d+)?%(?: tip| service| VAT)? is "
    r"[£$€][\d,]+(?:\.\d\d)?(?:; between \d+ of you, (?:about )?[£$€][\d,]+(?:\.\d\d)? each)?"
)


def _one_step(text: str) -> Worked | None:
    """`sum_read`'s steps for `text` when they put one percentage on or off its one sum of
    money (`ONE_STEP`), else None."""
    if len(list(MONEY.finditer(text))) != 1 or len(list(PERCENT_AT.finditer(text))) != 1:
        return None
    found = sum_read(text, True)
    return found if found and not found.need and ONE_STEP.fullmatch(found.working) else None


TAX_INCLUDED = folded(
    r"\b(?:inc|incl|including|inclusive of|includes|included)\.? (?:\d+(?:\.\d+)?% )?"
    r"(?:vat|tax|service)\b|\b(?:vat|tax|service)[- ](?:inc|incl|included|inclusive)\b",
    re.IGNORECASE,
)
POUNDS_AS_PENCE = folded(r"\d\s*(?:pounds?|quid)\b", re.IGNORECASE)
PENCE = folded(r"\d\s?p\b|\bpence\b|\bpennies\b", re.IGNORECASE)


# The FAQ as the seed's intents were kept: (id, keywords, answers), and the words a question
# must hold one of for an entry to answer it.
HOUSE_INTENTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (e.id, e.keywords, e.answers) for e in faq().entries
)
INTENT_OBJECTS = {e.id: e.needs for e in faq().entries if e.needs}
