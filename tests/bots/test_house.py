"""The house bot's FAQ: questions in people's own words (not the FAQ's: paraphrases, typos,
lower case, the command left on) reach the right answer, other questions are owned up to, and
what the answers say of Salon is true of this codebase."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from accounts.forms import ProfileForm
from accounts.models import Theme
from bots.engine import offline_reply
from bots.forms import ChatThemeForm, RoomPersonasForm
from bots.house import (
    HOUSE_DEFAULT,
    HOUSE_PRIVATE_LATER,
    HOUSE_SALON_UNKNOWN,
    HOUSE_SOCIAL,
    HOUSE_UNKNOWN,
    faq,
    house_intent,
)
from bots.house48 import owned_up48
from bots.policy import SILENT, Candidate, Plan, RoomState, plan_for_human
from bots.seeded import seeded
from bots.selectors import HISTORY_LENGTH
from rooms.forms import RoomForm
from rooms.models import MESSAGE_MAX_LENGTH, Message, Room
from tests.bots.talk import Line, voices
from tests.bots.test_house24 import ASKED as ASKED24
from tests.bots.test_house25 import ASKED as ASKED25
from tests.bots.test_lead28 import ASKED28

ROOT = Path(__file__).resolve().parents[2]
AIBOT = next(v for v in voices() if v.is_house_bot)
ENTRIES = {e.id: e for e in faq().entries}
RAW = {e["id"]: e for e in json.loads((ROOT / "bots/house_faq.json").read_text())["entries"]}


def ask(text: str, *, seed: int = 1, said: tuple[str, ...] = ()) -> str:
    """What AIBot answers to `text` in a room, as the runner asks it."""
    return offline_reply(AIBOT, message=text, seed=seed, history=(Line("maya", text),), said=said)


SALON = [
    ("how do i get einstein in here", "salon-add-persona"),
    ("can u add shakespeare to our chat", "salon-add-persona"),
    ("is there a way to ping ada so she answers", "salon-mention"),
    ("how do i @ someone", "salon-mention"),
    ("will i get notified if someone tags me", "salon-notifications"),
    ("how do i turn on notifications", "salon-notifications"),
    ("can i get notifcations", "salon-notifications"),
    ("who else is in this room rn", "salon-members"),
    ("how do i see who's online", "salon-members"),
    ("can i make this room private now", "salon-private"),  # said of a room made already
    ("how do i invite my friend to a private room", "salon-invite"),
    ("how do I add someone to this room", "salon-invite"),
    ("how do i set up a new room", "salon-create"),
    ("where do i find other rooms", "salon-join"),
    ("how do i get out of this room", "salon-leave"),
    ("i want to close down my room completely", "salon-delete-room"),
    ("can i rename this room", "salon-rename-room"),
    ("how do i change what the room is about", "salon-room-theme"),
    ("can I change the theme of a room after making it", "salon-room-theme"),
    ("the personas talk way too much, how do i shut them up", "salon-chattiness"),
    ("why isnt anyone replying to me", "salon-no-answer"),
    ("is there a cap on how many bot replies i get", "salon-ai-limit"),
    ("can i chat with just one bot by myself", "salon-persona-chat"),
    ("how do i talk to curie privately", "salon-persona-chat"),
    ("which characters can i talk to", "salon-personas"),
    ("are these bots chatgpt or what", "salon-real-ai"),
    ("the bot is rambling, how do i stop a reply halfway", "salon-stop"),
    ("oops i made a typo, can i fix my message", "salon-edit"),
    ("can i unsend something", "salon-edit"),
    ("how do i delete a msg", "salon-edit"),
    ("can i reply to a specific msg", "salon-reply"),
    ("how do i quote someone", "salon-reply"),
    ("how do i like someones message", "salon-react"),
    ("how do i add an emoji reaction", "salon-react"),
    ("where is the search", "salon-search"),
    ("how do i scroll back to older msgs", "salon-history"),
    ("how do i upload a pic", "salon-files"),
    ("can i share a pdf", "salon-files"),
    ("can i send a video", "salon-video"),
    ("can we do a video call", "salon-calls"),
    ("is there voice chat", "salon-calls"),
    ("how do i mute notifications for this room", "salon-mute-room"),
    ("how do i ban a spammer", "salon-moderation"),
    ("how can i make my friend a moderator", "salon-moderation"),
    ("someone is being rude how do i report them", "salon-report"),
    ("how do i block a user", "salon-block"),
    ("how do i dm someone", "salon-direct"),
    ("dark theme pls", "salon-dark-mode"),
    ("how do i switch to light mode", "salon-dark-mode"),
    ("how do i change my name", "salon-profile"),
    ("can i change my username", "salon-username"),
    ("how do i change my pasword", "salon-password"),
    ("how do i reset my pw", "salon-password"),
    ("how do i delete my acount", "salon-delete-account"),
    ("is there an iphone app", "salon-phone"),
    ("can i text messages into salon", "salon-phone"),
    ("is there an api", "salon-api"),
    ("how do i write bold text", "salon-formatting"),
    ("how do i add a new line without sending", "salon-formatting"),
    ("can i see if someone read my message", "salon-read-receipts"),
    ("can i pin a msg", "salon-pin"),
    ("whats the max message length", "salon-message-limit"),
    ("how can i stop getting pinged all the time", "salon-notifications-off"),
    ("is it possible to edit a message after an hour", "salon-edit"),
    ("can I get rid of a message I posted yesterday", "salon-edit"),
    ("can i undo a reaction", "salon-react"),
    ("i got muted, what does that mean", "salon-muted"),
    ("how do i find a message from last week", "salon-search"),
    ("whats the quickest way to find an old message", "salon-search"),
    ("can i send a gif", "salon-files"),
    ("how big can files be", "salon-files"),
    ("how do I let my coworker into my private room", "salon-invite"),
    ("does salon have threads", "salon-reply"),
    ("who can see this room", "salon-visibility"),
    ("is my chat private", "salon-visibility"),
    ("how come einstein didnt answer me", "salon-no-answer"),
]
# Questions about Salon itself, several ways each (lower case, typos, no question mark).
ABOUT_SALON = [
    ("how do i make a new room", "salon-create"),
    ("how can i start my own chat room", "salon-create"),
    ("can i make a room", "salon-create"),
    ("creat a room?", "salon-create"),
    ("who can see a private room", "salon-visibility"),
    ("is this room private", "salon-visibility"),
    ("can other people read my messages", "salon-message-privacy"),
    ("are my messages private", "salon-message-privacy"),
    ("can admins read my private messages", "salon-message-privacy"),
    ("can admins see my dms", "salon-message-privacy"),
    ("are private rooms encrypted", "salon-message-privacy"),
    ("who can read what i write here", "salon-message-privacy"),
    ("how do i export the chat history", "salon-export"),
    ("can i download the chat history", "salon-export"),
    ("export chat to csv", "salon-export"),
    ("can i download my messages as a csv file", "salon-export"),
    ("is there a way to save this conversation", "salon-export"),
    ("how do i backup my messages", "salon-export"),
    ("can i export my data", "salon-export"),
    ("does salon use sqlite or postgresql", "salon-database"),
    ("is this app on sqlite", "salon-database"),
    ("what database does salon use", "salon-database"),
    ("is salon on postgres", "salon-database"),
    ("which db does this app run on", "salon-database"),
    ("does salon need postgresql", "salon-database"),
    ("how do i leave a room", "salon-leave"),
    ("how do i exit this chat", "salon-leave"),
    ("leave room", "salon-leave"),
    ("i want to leave this group", "salon-leave"),
    ("how do i change the theme of a room", "salon-room-theme"),
    ("change room theme", "salon-room-theme"),
    ("can i change the rooms theme", "salon-room-theme"),
    ("how do notifications work", "salon-notifications"),
    ("do i get notified of new messages", "salon-notifications"),
    ("how do unread counts work", "salon-unread"),
    ("what does the number next to a room mean", "salon-unread"),
    ("how do i know if i have unread messages", "salon-unread"),
    ("how do i mark messages as read", "salon-unread"),
    ("delete account", "salon-delete-account"),
    ("can i remove my account and data", "salon-delete-account"),
    ("how do i close my account", "salon-delete-account"),
    ("can personas see private rooms", "salon-persona-privacy"),
    ("can the ai read my private room", "salon-persona-privacy"),
    ("do the bots read private messages", "salon-persona-privacy"),
    ("can einstein see my private room", "salon-persona-privacy"),
    ("do personas read all my messages", "salon-persona-privacy"),
    ("can the bots see what i write", "salon-persona-privacy"),
    ("do the personas remember what i said", "salon-persona-memory"),
    ("how long are messages kept", "salon-retention"),
    ("how long do you keep my messages", "salon-retention"),
    ("how long does salon keep chat history", "salon-retention"),
    ("do messages get deleted after a while", "salon-retention"),
    ("are messages stored forever", "salon-retention"),
    ("whats the message retention", "salon-retention"),
    ("do old messages disappear", "salon-retention"),
    ("what are the personas", "salon-personas"),
    ("what are personas", "salon-personas"),
    ("are the personas real ai", "salon-real-ai"),
    ("are the personas real people", "salon-real-ai"),
    ("are the personas human", "salon-real-ai"),
    ("is einstein a real ai", "salon-real-ai"),
    # The general questions stay general.
    ("which database should I use", "database"),
    ("mongo or postgres", "sql-nosql"),
    ("how long can a message be", "salon-message-limit"),
]
TECH = [
    ("/AIBot whats the difference between a list and a tuple in py", "python-list-tuple"),
    ("are tuples faster than lists", "python-list-tuple"),
    ("how do python dictionaries work", "python-dict"),
    ("how do i get rid of duplicates in a list", "python-set"),
    ("how do i create a virtual env", "python-venv"),
    ("pip install isnt working", "python-pip"),
    ("how do i put a variable inside a string in python", "python-fstring"),
    ("what does @property or @decorator syntax mean", "python-decorator"),
    ("why can't python use all my cpu cores", "python-gil"),
    ("how do i catch an error in python", "python-exceptions"),
    ("what's the point of type annotations", "python-typing"),
    ("why does my function remember the list from last time", "python-mutable-default"),
    ("what's a with statement", "python-with"),
    ("/AIBot explain async await like im five", "async"),
    ("what's an event loop", "event-loop"),
    ("should i use threads or asyncio", "threads-processes"),
    ("how do websockets differ from http", "websocket"),
    ("what's pubsub", "event-driven"),
    ("what's the difference between get and post", "http"),
    ("what does 403 mean", "http-status"),
    ("how does https work", "https"),
    ("mongo or postgres", "sql-nosql"),
    ("my query is super slow", "db-index"),
    ("what does acid stand for", "db-transaction"),
    ("left join vs inner join", "db-join"),
    ("what's the n+1 problem", "orm-n-plus-one"),
    ("how do i commit my changes", "git-basics"),
    ("how do i resolve a merge conflict", "git-merge-conflict"),
    ("how do i undo a git commit", "git-undo"),
    ("git pull vs git fetch", "git-fetch-pull"),
    ("how do i reverse a list in python", "python-list-ops"),
    ("what is asyncio.gather", "async"),
    ("whats a race condition", "race-condition"),
    ("what is a foreign key", "db-keys"),
    ("explain git stash", "git-stash"),
    ("how does a websocket reconnect", "websocket-reconnect"),
    ("what's an api key", "api-keys"),
    ("how do transactions work in postgres", "db-transaction"),
]
# Asked of the house bot last session and rated 1 or 2 of 5, now answered.
RATED_LOW = [
    ("/AIBot how do i mention a persona", "salon-mention"),
    ("/AIBot is there a dark mode", "salon-dark-mode"),
    ("/AIBot how do i add Darwin to this room", "salon-add-persona"),
    ("/AIBot why did nobody answer my message", "salon-no-answer"),
    ("/AIBot how do I delete my account", "salon-delete-account"),
]


# The entries on what other chat apps have (session 24), asked in test_house24.py.
SESSION24 = (
    "salon-delete-message",
    "salon-everyone",
    "salon-schedule",
    "salon-forward",
    "salon-stickers",
    "salon-location",
    "salon-links",
    "salon-room-photo",
    "salon-archive",
    "salon-last-seen",
    "salon-font-size",
    "salon-translate",
    "salon-wallpaper",
    "salon-nickname",
    "salon-room-size",
    "salon-devices",
    "salon-guest",
    "salon-undelete",
    "salon-media",
    "salon-reminders",
    "salon-payments",
)


# Each entry asked casually, as people type to a bot (lower case, typos, chat spelling: u, ur,
# pls, wat): rated answers that went to "I don"t know" were asked like this.
CASUAL = {
    # Session 45: what people ask the house bot about Salon and everyday code.
    "salon-persona-debate": (
        "can two personas talk to each other",
        "can i get two bots to debate",
        "do the personas ever argue with each other",
    ),
    "salon-own-persona": (
        "can i make my own persona",
        "how do i create a custom character",
        "can i build my own bot in here",
    ),
    "salon-persona-memory": (
        "do the bots remember what i said yesterday",
        "will the personas remember me tomorrow",
        "does the ai have a memory",
    ),
    "salon-room-or-direct": (
        "whats the difference between a room and a dm",
        "room vs direct message?",
        "is a dm different from a private room",
    ),
    "js-equality": (
        "what's the difference between == and === in js",
        "double equals vs triple equals",
        "why does everyone say use === in javascript",
    ),
    "git-detached-head": (
        "git says HEAD detached at 3f2a1c, help",
        "what is detached head in git",
        "stuck in a detached head state",
    ),
    "learn-ts-or-js": (
        "ts or plain js first?",
        "do i need typescript as a beginner",
        "learn javascript before typescript?",
    ),
    "first-language": (
        "which coding language should a total beginner pick",
        "first language to learn for programming?",
        "best language for beginners",
    ),
    "js-undefined-property": (
        "TypeError: cannot read properties of undefined (reading 'map')",
        "cannot read property length of undefined",
        "js says undefined is not an object, why",
    ),
    "js-promise": (
        "whats a promise in javascript",
        "how do promises work in js",
        "what does .then do on a promise",
    ),
    "js-fetch": (
        "how do i make an api call in javascript",
        "fetch json from an api in js",
        "fetch data from an api in javascript",
    ),
    "js-array": (
        "how do i add an item to an array in js",
        "push to an array javascript",
        "remove something from an array js",
    ),
    "js-loop": (
        "how do i loop over an array in javascript",
        "for loop in js?",
        "forEach in javascript",
    ),
    "js-null-undefined": (
        "null vs undefined in js",
        "is null the same as undefined in javascript",
        "whats the difference between null and undefined",
    ),
    "react-useeffect": (
        "what does useEffect do in react",
        "why does my useEffect run twice",
        "useeffect dependency array explained",
    ),
    "css-flex-grid": (
        "flexbox vs grid?",
        "should i use grid or flex",
        "when do i use css grid",
    ),
    "css-full-screen": (
        "how do i make a div full screen",
        "make a div fill the whole page css",
        "div full height of the window",
    ),
    "css-rounded": (
        "rounded corners in css",
        "how do i make an image a circle css",
        "border radius for a round button",
    ),
    "html-new-tab": (
        "how do i make a link open in a new tab html",
        "open link in new window",
        "what does target blank do",
    ),
    "sql-count": (
        "how do i count rows in sql",
        "sql count how many users",
        "count the rows of a table",
    ),
    "sql-distinct": (
        "select distinct values sql",
        "how do i get unique values in sql",
        "find duplicates in a sql table",
    ),
    "python-indentation": (
        "why does my python say IndentationError",
        "expected an indented block??",
        "unindent does not match any outer indentation level",
    ),
    "python-syntax-eof": (
        "what does 'SyntaxError: unexpected EOF while parsing' mean",
        "python says invalid syntax",
        "unexpected eof python",
    ),
    "python-module-missing": (
        "ModuleNotFoundError: No module named 'requests'",
        "python says no module named numpy",
        "modulenotfounderror but i installed it",
    ),
    "python-convert": (
        "how do i convert a string to int in python",
        "turn a string into an integer",
        "cast a string to float python",
    ),
    "python-print-end": (
        "how do i print without newline in python",
        "print on the same line python",
        "print without a new line",
    ),
    "python-sort-dicts": (
        "how do i sort a list of dicts by a key in python",
        "sort dictionaries by a field",
        "sorting a dict by value",
    ),
    "recursion": (
        "what's recursion",
        "recursive function explained",
        "how does recursion work",
    ),
    "localhost": (
        "whats localhost",
        "what does localhost 8000 mean",
        "what is localhost 3000",
    ),
    "git-delete-branch": (
        "how to delete a branch in git",
        "delete a remote branch git",
        "remove old git branches",
    ),
    "git-merge-conflict": (
        "how do i fix merge conflict",
        "git says conflict what do i do",
        "resolve merge conflicts",
    ),
    "outside-live": (
        "what's the weather like tomorrow",
        "whats the stock price of tesla",
        "who won the game last night",
    ),
    "outside-errand": (
        "can u order me a pizza",
        "book me a taxi for 8",
        "can you set an alarm for 7",
    ),
    "house-breakup": (
        "how do i get over a breakup",
        "my bf dumped me what do i do",
        "how do you deal with heartbreak",
    ),
    "django-model": (
        "how do i make a django model",
        "add a model in django",
        "django models how",
    ),
    # Session 44 (rate44): code questions of its field.
    "python-index-error": (
        "python says list index out of range??",
        "getting IndexError on my loop",
        "what does list index out of range mean",
    ),
    "python-key-error": (
        "why do i get a KeyError",
        "keyerror when i read my dict",
        "what does key error mean in python",
    ),
    "python-none-attribute": (
        "'NoneType' object has no attribute 'split' help",
        "AttributeError nonetype what does it mean",
        "why is my object nonetype with no attribute",
    ),
    "js-let-const": (
        "let or const in javascript",
        "whats the difference between var and let",
        "when do i use const",
    ),
    "sql-newest-rows": (
        "sql query for the latest 10 orders",
        "select the newest rows by date",
        "how do i get the most recent records in sql",
    ),
    "css-center": (
        "how do i center a div",
        "centre something in css",
        "how to center a div vertically",
    ),
    # Session 24: what other chat apps have, asked of Salon, as test_house24.py asks them.
    **{entry: ASKED24[entry][:3] for entry in SESSION24},
    # Session 25: a group's everyday questions, as test_house25.py asks them.
    **{entry: asked[:3] for entry, asked in ASKED25.items()},
    # Session 28: reactions and spreadsheet formulas, as test_lead28.py asks them.
    **{entry: asked[:3] for entry, asked in ASKED28.items()},
    "salon-file-types": (
        "can i upload a gpx of the route",
        "will it take an .svg",
        "can i send a kml file of the walk",
    ),
    # Session 26 (tests/bots/test_lead26.py): a room sells nothing.
    "salon-selling": (
        "can i sell things directly from this room or is it just for chat",
        "can we sell our candles through salon",
        "is there a checkout so customers can order from the chat",
    ),
    "salon-polls": (
        "can i make a poll in this room so we can vote on the movie?",
        "how do we vote on smth in here",
        "any way to run a vote in a room",
    ),
    "salon-summary": (
        "can u summarise wat we said",
        "tldr pls",
        "i missed the convo, give me a recap",
    ),
    "salon-stop": (
        "how do i make the bot stop talking mid answer",
        "can i cancel a reply thats still writing",
        "stop the persona its rambling",
    ),
    "salon-private": (
        "how do i make a privat room",
        "i want a secret room just for me and my friends",
        "can i make a hidden room",
    ),
    "salon-visibility": (
        "who can see this room",
        "can strangers see our chat",
        "is this room public or wat",
    ),
    "salon-invite": (
        "how do i invite ppl to my room",
        "can i add my friend here",
        "how do i share an invite link",
    ),
    "salon-add-persona": (
        "how do i add darwin to the room",
        "can u bring socrates into our chat",
        "how do i get another ai in here",
    ),
    "salon-mention": (
        "how do i get einstein to talk",
        "how do i reach darwin",
        "what do i type to get lovelace",
        "how do i chat w darwin",
        "how do i get darwin to answer me, do i just type his name",
        "how do i talk to einstein",
        "how do i talk to a persona",
        "how do i get curie to reply to me",
        "how do i call shakespeare",
        "how do i ask lovelace something",
        "do i type @socrates to talk to him",
        "how do i summon a bot",
        "how do i make ada answer me",
        "how do i speak to darwin",
        "does einstein answer if i just say his name",
        "can i talk to the ai",
    ),
    "salon-mention-person": (
        "how do i mention my friend",
        "how do i tag a user so they see it",
        "how do i notify someone about my msg",
    ),
    "salon-create": (
        "how do i make a new room",
        "can u create a room for me",
        "how do i start my own chat room",
    ),
    "salon-join": (
        "how do i join a room",
        "where r the public rooms",
        "how do i find rooms to join",
    ),
    "salon-leave": (
        "how do i leave this room",
        "how do i get out of here",
        "i want to quit this room",
    ),
    "salon-delete-room": (
        "how do i delete my room",
        "can i remove the room i made",
        "delete this room pls",
    ),
    "salon-rename-room": (
        "can i rename this room",
        "how do i change the room name",
        "change room title",
    ),
    "salon-room-theme": (
        "how do i change the room topic",
        "can i change the theme of the room",
        "wat is the room theme for",
    ),
    "salon-chattiness": (
        "the bots talk too much",
        "how do i make the personas quieter",
        "can i make the personas talk more",
    ),
    "salon-no-answer": (
        "why does nobody answer me",
        "why didnt the bot reply",
        "the personas ignore me",
    ),
    "salon-ai-limit": (
        "is there a limit on ai replies",
        "the personas ran out of replies",
        "how many bot replies do i get a day",
    ),
    "salon-persona-chat": (
        "can i talk to a persona alone",
        "how do i chat with einstein privately",
        "can i dm darwin",
    ),
    "salon-personas": (
        "who r the personas",
        "which characters are there",
        "list the personas pls",
    ),
    "salon-real-ai": (
        "are the personas real ai",
        "is this chatgpt",
        "wat model do the bots use",
    ),
    "salon-edit": (
        "how do i edit my msg",
        "i made a typo can i fix it",
        "can i delete a message i sent",
    ),
    "salon-reply": (
        "can i reply in a thread",
        "how do i reply to a msg",
        "can i quote someone",
    ),
    "salon-react": (
        "how do i react to a msg",
        "can i add an emoji",
        "how do i like a message",
    ),
    "salon-search": (
        "how do i search msgs",
        "where is search",
        "find an old message",
    ),
    "salon-history": (
        "how do i see older msgs",
        "how do i scroll back",
        "load earlier messages",
    ),
    "salon-files": (
        "can i send a pic",
        "how do i upload a file",
        "can i attach a pdf",
    ),
    "salon-video": (
        "can i send a video",
        "can i share a voice memo",
        "upload mp4",
    ),
    "salon-calls": (
        "can we do a voice call",
        "is there video chat",
        "can i call someone",
    ),
    "salon-notifications": (
        "how do i get notifications",
        "will i get notified if someone tags me",
        "turn on alerts",
    ),
    "salon-notifications-off": (
        "how do i turn notifications off",
        "too many notifications pls stop",
        "stop pinging me",
    ),
    "salon-mute-room": (
        "how do i mute this room",
        "silence this room",
        "can i mute a noisy room",
    ),
    "salon-moderation": (
        "how do i kick someone",
        "how do i ban a troll",
        "make someone a mod",
    ),
    "salon-muted": (
        "i got muted wat does that mean",
        "why cant i type it says muted",
        "why am i muted",
    ),
    "salon-report": (
        "how do i report someone",
        "someone posted something offensive",
        "report abuse",
    ),
    "salon-block": (
        "how do i block someone",
        "can i unblock a person",
        "block this creep",
    ),
    "salon-safety": (
        "some guy keeps threatening me",
        "how do i stop someone harassing me",
        "getting bullied in a room, what do i do",
    ),
    "salon-direct": (
        "how do i dm someone",
        "can i send a private msg",
        "direct message a person",
    ),
    "salon-members": (
        "who is in this room",
        "whos online",
        "member list",
    ),
    "salon-dark-mode": (
        "is there a dark mode",
        "dark theme pls",
        "light mode",
    ),
    "salon-profile": (
        "how do i change my display name",
        "change my avatar colour",
        "edit my profile",
    ),
    "salon-username": (
        "can i change my username",
        "change username",
        "rename my account",
    ),
    "salon-password": (
        "i forgot my password",
        "how do i change my pasword",
        "reset pw",
    ),
    "salon-email": (
        "how do i change my email",
        "update my email address",
        "add an email to my account",
    ),
    "salon-delete-account": (
        "how do i delete my account",
        "close my acount",
        "remove all my data",
    ),
    "salon-signup": (
        "how do i sign up",
        "how do i log in",
        "create an account",
    ),
    "salon-phone": (
        "is there a mobile app",
        "can i use this on my phone",
        "is there an android app",
    ),
    "salon-api": (
        "is there an api",
        "can my script post messages",
        "how do i get an api token",
    ),
    "salon-formatting": (
        "how do i make text bold",
        "does it support markdown",
        "how do i post a code block",
    ),
    "salon-keyboard": (
        "are there keyboard shortcuts",
        "any hotkeys",
        "shortcuts pls",
    ),
    "salon-read-receipts": (
        "can i see who read my msg",
        "are there read receipts",
        "seen by",
    ),
    "salon-checklists": (
        "can we make a checklist of who brings what",
        "is there a todo list",
        "can i tick off tasks",
    ),
    "python-caesar": (
        "caesar cipher in python",
        "rot13 a word",
        "a cipher to shift letters in python",
    ),
    "python-counting": (
        "count how often each name is in a list",
        "python tally of votes",
        "count each word of a list in python",
    ),
    "python-units": (
        "convert miles to km in python",
        "python fahrenheit conversion",
        "unit converter function",
    ),
    "salon-pin": (
        "can i pin a msg",
        "how do i pin a message",
        "can i bookmark a message",
    ),
    "salon-message-limit": (
        "how long can a msg be",
        "max message length",
        "why was my msg refused for sending too fast",
    ),
    "salon-export": (
        "can i export the chat",
        "download chat history",
        "how do i backup my msgs",
    ),
    "salon-database": (
        "what database does salon use",
        "does this app run on postgres",
        "is salon on sqlite",
    ),
    "salon-message-privacy": (
        "can admins read my msgs",
        "are my messages encrypted",
        "who can read my dms",
    ),
    "salon-persona-privacy": (
        "can the bots read my private room",
        "do personas see my dms",
        "can einstein read wat i write",
    ),
    "salon-retention": (
        "how long are msgs kept",
        "are messages stored forever",
        "do old messages get deleted",
    ),
    "salon-unread": (
        "wat does the number next to a room mean",
        "how do unread counts work",
        "mark all as read",
    ),
    "salon-public": (
        "how do i make a room public",
        "can i make this room public",
        "make my room public",
    ),
    "salon-remove-persona": (
        "how do i remove a persona from the room",
        "how do i kick a bot out",
        "how do i make darwin leave",
    ),
    "salon-about": (
        "wat is salon",
        "whats this app",
        "what is this site",
    ),
    "salon-send": (
        "how do i send a msg",
        "where do i type",
        "how do i post a message",
    ),
    "salon-lobby": (
        "how do i get back to the lobby",
        "where are all my rooms",
        "how do i switch rooms",
    ),
    "salon-logout": (
        "how do i log out",
        "how do i sign out",
        "where is the logout button",
    ),
    "python": (
        "wat is python",
        "should i learn python",
        "is python good for beginners",
        "is python hard to learn",
    ),
    "python-list-tuple": (
        "list vs tuple",
        "whats the diff between a list and a tuple",
        "when do i use a tuple",
    ),
    "python-list-ops": (
        "how do i reverse a list",
        "sort a list in python",
        "how do i append to a list",
    ),
    "python-dict": (
        "how do i loop over a dict",
        "wat is a dict",
        "how do dictionaries work in python",
        "python hashmap",
    ),
    "python-set": (
        "how do i remove duplicates from a list",
        "wats a set in python",
        "unique items in a list",
    ),
    "python-venv": (
        "how do i make a venv",
        "wat is a virtualenv",
        "how do i activate a virtual environment",
    ),
    "python-pip": (
        "how do i install a package",
        "pip install not working",
        "wat is requirements.txt",
    ),
    "python-fstring": (
        "wat is an fstring",
        "how do i format a string in python",
        "put a variable in a string",
    ),
    "python-decorator": (
        "wat is a decorator",
        "what does @ above a function do",
        "how do decorators work",
    ),
    "python-gil": (
        "wat is the gil",
        "why are python threads slow",
        "global interpreter lock",
    ),
    "python-exceptions": (
        "how do i handle errors in python",
        "try except how",
        "how do i catch an exception",
    ),
    "python-typing": (
        "wat are type hints",
        "should i use mypy",
        "python type annotations",
    ),
    "python-comprehension": (
        "wat is a list comprehension",
        "one line for loop python",
        "how do comprehensions work",
    ),
    "python-generator": (
        "wat does yield do",
        "wats a generator",
        "how do iterators work",
    ),
    "python-args": (
        "wat are args and kwargs",
        "wat does **kwargs mean",
        "variable number of arguments",
    ),
    "python-is-equals": (
        "is vs == in python",
        "when should i use is instead of ==",
        "difference between is and ==",
    ),
    "python-mutable-default": (
        "why does my default list keep old values",
        "mutable default argument",
        "my function remembers the list from last time",
    ),
    "python-class": (
        "how do classes work in python",
        "wat is self",
        "wats a dataclass",
    ),
    "python-with": (
        "wat is a context manager",
        "wat does the with statement do",
        "how do i open a file safely",
    ),
    "python-json": (
        "how do i read json in python",
        "parse json python",
        "how do i load a json file",
        "wat is json",
    ),
    "python-csv": (
        "how do i read a csv in python",
        "parse a csv file in python",
        "how do i write a csv with python",
        "python read csv into list of dicts",
    ),
    "python-imports": (
        "modulenotfounderror help",
        "how do imports work",
        "wat is __init__.py",
    ),
    "python-lambda": (
        "wat is a lambda",
        "anonymous function python",
        "how do lambdas work",
    ),
    "python-requests": (
        "how do i make an http request in python",
        "call an api from python",
        "how do i download a page with python",
    ),
    "python-testing": (
        "how do i test my python code",
        "pytest or unittest",
        "how do i write unit tests",
    ),
    "python-loop": (
        "how do i loop thru a list",
        "wat does range do",
        "how do i get the index in a for loop",
    ),
    "python-function": (
        "how do i make a function",
        "wat does def mean",
        "how do i return a value from a function",
    ),
    "python-files": (
        "how do i read a file",
        "how do i write to a txt file",
        "read file line by line python",
    ),
    "python-random": (
        "how do i pick something random from a list in python",
        "python: shuffle a list?",
        "quick way to randomly pick a winner from names in python",
    ),
    "python-average": (
        "whats the average of my scores in python",
        "python: am i getting faster? list of 5k times",
        "mean of a list of numbers py",
    ),
    "python-csv-sum": (
        "how do i total a column in a csv with python",
        "add up the cost column from my spreadsheet, python",
        "python sum of the amount column csv",
    ),
    "python-sort-dates": (
        "how do i sort a list by date in python",
        "python put my rows in order by date, newest first",
        "sort dates oldest first py",
    ),
    "python-split-weighted": (
        "python to split the rent by room size, weighted",
        "how do i split a bill where one person pays double in python",
        "share costs in proportion to income python",
    ),
    "python-timezones": (
        "how do i convert timezones in python",
        "python datetime to another time zone?",
        "converting utc to local time in python",
    ),
    "python-strings": (
        "how do i split a string",
        "how do i replace text in a string python",
        "how do i make a string lowercase",
    ),
    "python-basics": (
        "wat is a variable",
        "how do i use if else",
        "how do i print something",
    ),
    "debugging": (
        "my code doesnt work",
        "how do i debug python",
        "my script keeps crashing",
    ),
    "django": (
        "wat is django",
        "django vs flask",
        "how does salon work under the hood",
    ),
    "async": (
        "whats the deal with await",
        "how do i fetch two urls at the same time with asyncio",
        "wat is a coroutine",
        "how does async work",
        "explain asyncio pls",
        "how do i run two things at once with async",
        "asyncio gather vs taskgroup",
        "how do i make concurrent requests with asyncio",
        "how do i do 10 http requests concurrently",
        "whats await even for",
    ),
    "event-loop": (
        "wat is an event loop",
        "how does the event loop work",
        "event loop explained",
        "event loop blocked by time.sleep",
    ),
    "threads-processes": (
        "threads vs processes",
        "should i use multiprocessing",
        "threading or asyncio",
    ),
    "race-condition": (
        "wat is a race condition",
        "two requests update the same row",
        "how do i avoid race conditions",
    ),
    "websocket": (
        "wat is a websocket",
        "how do websockets work",
        "websocket vs http",
        "how do i send messages over a websocket",
    ),
    "websocket-reconnect": (
        "my websocket keeps dropping",
        "why does my websocket disconnect",
        "how do i reconnect a websocket",
    ),
    "polling-sse": (
        "polling vs websockets",
        "wat is sse",
        "long polling",
    ),
    "event-driven": (
        "wat is event driven design",
        "pub sub",
        "message queue",
        "how do events work",
        "wats kafka",
    ),
    "http": (
        "how does http work",
        "get vs post",
        "wat are http methods",
    ),
    "http-status": (
        # (house48) "wat does 404 mean" gets 404's own answer: tests/bots/test_house48.py
        "wat are the status codes",
        # (house49) "500 error" gets 500's own answer: tests/bots/test_house49.py
        "what do the status code numbers mean",
        "http status codes",
    ),
    "rest-api": (
        "wat makes an api restful",
        "wat is a rest api",
        "how do i design an api",
    ),
    "https": (
        "wat is https",
        "how does tls work",
        "ssl certificate",
    ),
    "cookies-sessions": (
        "cookies vs sessions",
        "wat is a jwt",
        "how does login stay remembered",
    ),
    "cors": (
        "wat is cors",
        "cors error",
        "cors error in the browser",
    ),
    "api-keys": (
        "where do i keep api keys",
        "wat is an api key",
        "how do i store secrets",
    ),
    "database": (
        "postgres or sqlite for a side project?",
        "should i use postgres or sqlite for a small side project",
        "which database should i use",
        "sqlite vs postgres",
        "wat db should i use for my app",
        "mysql or postgres for my website",
        "is sqlite good enough for a small app",
        "wat is a database",
    ),
    "sql-nosql": (
        "sql vs nosql",
        "should i use mongodb",
        "mongo or postgres",
    ),
    "db-index": (
        "wat is an index",
        "my query is slow",
        "when do i add an index",
        "help my postgres is slow",
    ),
    "db-transaction": (
        "wat is a transaction",
        "wat does acid mean",
        "commit and rollback",
    ),
    "db-join": (
        "wat is a join",
        "inner vs left join",
        "how do sql joins work",
    ),
    "db-keys": (
        "wat is a primary key",
        "wats a foreign key",
        "uuid or int for primary key",
    ),
    "orm-n-plus-one": (
        "n+1 problem",
        "how does an orm work",
        "select_related vs prefetch_related",
    ),
    "migrations": (
        "how do i change a tables columns in django",
        "wat are migrations",
        "makemigrations",
    ),
    "async-blocking": (
        "my async app freezes when i call a slow function",
        "how do i run blocking code in asyncio",
        "requests.get hangs my async view",
    ),
    "async-gather-wait": (
        "asyncio.wait or gather?",
        "whats the diff between gather and wait",
        "asyncio.wait with a timeout, how",
    ),
    "db-timezones": (
        "timestamptz or timestamp",
        "how do i store dates with timezones",
        "should i keep datetimes in utc",
    ),
    "sqlite-locked": (
        "sqlite says database is locked",
        "why is my sqlite db locked",
        "sqlite busy error when two things write",
    ),
    "redis": (
        "wat is redis",
        "wat is a cache",
        "should i cache with redis",
    ),
    "git-basics": (
        "how do i use git",
        "wat is a commit",
        "git basics pls",
    ),
    "git-branch": (
        "merge vs rebase",
        "what does a merge do in git",
        "how do branches work",
    ),
    "git-undo": (
        "how do i undo my last commit",
        "git revert",
        "discard my local changes",
    ),
    "git-fetch-pull": (
        "git fetch vs pull",
        "wat is gitignore",
        "how do i clone a repo",
    ),
    "git-stash": (
        "wat does git stash do",
        "git stash",
        "put my changes aside",
    ),
    "regex": (
        "wat is a regex",
        "regular expressions python",
        "how do i match digits with regex",
    ),
    "big-o": (
        "wat is big o",
        "time complexity",
        "wat does o(n) mean",
    ),
    "docker": (
        "wat is docker",
        "containers vs vms",
        "how do i use docker",
    ),
}
# Outside Salon and code, asked just as casually: still owned up to.
# ("what's 5 times 7" is worked now, as "5 * 7" was: tests/bots/test_review37.py; "tell me a
# joke" gets one of its jokes: tests/bots/test_house38.py)
CASUAL_UNKNOWN = (
    "whats the weather in paris",
    "how many km is a half marathon",
    "why is the sky blue",
    "wats the capital of france",
    "how do i cook pasta",
    "where can i get the best pizza in town",
    "what is machine learning",
    "how tall is everest",
    "how do i fix my bike",
)


@pytest.mark.parametrize(("question", "entry"), SALON + ABOUT_SALON + TECH + RATED_LOW)
def test_a_question_in_ones_own_words_gets_its_answer(question, entry):
    assert house_intent(question) == entry
    reply = ask(question)
    if "private now" in question:
        assert reply == HOUSE_PRIVATE_LATER
    else:
        assert reply in ENTRIES[entry].answers, reply


@pytest.mark.parametrize(
    "question",
    [
        "/AIBot why is the sky blue",
        "/AIBot what time zone is tokyo in",
        "how do i make a souffle",
        "what is machine learning",
        "what's a linked list",
        "who won the world cup",
        "recommend a movie",
        "who is the president",
        "What's a good name for a puppy?",
    ],
)
def test_a_question_it_has_no_answer_for_is_owned_up_to(question):
    assert house_intent(question) == "default"
    reply = ask(question)
    assert reply in HOUSE_UNKNOWN, reply


def test_its_i_dont_know_says_what_it_can_help_with():
    # (house48) said plainly in one line, never its menu
    for line in HOUSE_UNKNOWN:
        assert "Salon" not in line and "code" not in line and "programming" not in line, line
        assert "\n" not in line and len(line) <= 140, line
    # A question about Salon that the FAQ has no answer for: no guess either.
    assert ask("can I change the ringtone in this room?") in HOUSE_SALON_UNKNOWN
    assert ask("/AIBot what can you do") in HOUSE_DEFAULT


def test_the_seeds_intents_are_kept():
    for intent in ("python", "async", "websocket", "event-driven", "database"):
        assert len(ENTRIES[intent].answers) >= 2, intent
    assert house_intent("") == "default"


def test_the_faq_is_well_formed_and_each_entry_is_found_by_its_own_question():
    assert len(ENTRIES) == len(RAW)
    salon = [i for i in ENTRIES if i.startswith("salon-")]
    assert len(salon) >= 40 and 40 <= len(ENTRIES) - len(salon) <= 150
    for entry in ENTRIES.values():
        for answer in entry.answers:
            assert len(answer) <= AIBOT.max_reply_chars, (entry.id, answer)
        assert house_intent(RAW[entry.id]["asks"][0]) == entry.id, entry.id


def test_replies_are_deterministic_and_cheap():
    questions = [q for q, _ in SALON + ABOUT_SALON + TECH]
    questions += ["why is the sky blue?", "hello there"]
    ask("warm up")  # the FAQ is read and indexed once per process (about 10 ms)
    assert [ask(q, seed=4) for q in questions] == [ask(q, seed=4) for q in questions]
    start = time.process_time()
    for seed in range(3):
        for question in questions:
            ask(question, seed=seed)
    per_reply = (time.process_time() - start) / (3 * len(questions))
    assert per_reply < 0.002, f"{per_reply * 1000:.2f} ms of CPU per reply"


def read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


# What an answer names, and where Salon shows it under that name.
LABELS = [
    ("salon-stop", "Stop", "templates/rooms/frames.html"),
    ("salon-create", "Create a room", "templates/rooms/lobby.html"),
    ("salon-create", "Create room", "templates/rooms/lobby.html"),
    ("salon-join", "Public rooms", "templates/rooms/lobby.html"),
    ("salon-join", "Join room", "templates/rooms/room.html"),
    ("salon-leave", "Leave", "templates/rooms/room.html"),
    ("salon-invite", "Invite", "templates/rooms/room.html"),
    ("salon-invite", "Invitations", "templates/rooms/_invites.html"),
    ("salon-invite", "Join room", "templates/rooms/invite.html"),
    ("salon-add-persona", "Room settings", "templates/bots/room_personas.html"),
    ("salon-add-persona", "Personas in this room", "templates/bots/room_personas.html"),
    ("salon-add-persona", "AI personas", "templates/bots/room_personas.html"),
    ("salon-room-theme", "Chat settings", "templates/bots/room_personas.html"),
    ("salon-room-theme", "Save", "templates/bots/room_personas.html"),
    ("salon-persona-chat", "Chat with a persona", "templates/rooms/lobby.html"),
    ("salon-edit", "Edit", "templates/rooms/room.html"),
    ("salon-edit", "Delete", "templates/rooms/room.html"),
    ("salon-reply", "Reply", "templates/rooms/room.html"),
    ("salon-react", "React", "templates/rooms/room.html"),
    ("salon-search", "Search messages", "templates/base.html"),
    ("salon-history", "Load older messages", "templates/rooms/room.html"),
    ("salon-history", "Jump to latest", "templates/rooms/room.html"),
    ("salon-history", "New messages", "static/js/where_you_left.js"),
    ("salon-files", "📎", "templates/rooms/room.html"),
    ("salon-notifications", "Turn on notifications", "templates/base.html"),
    ("salon-notifications-off", "Turn off notifications", "static/js/unread.js"),
    ("salon-muted", "You are muted in this room until", "templates/rooms/_moderation.html"),
    ("salon-visibility", "Private", "templates/rooms/room.html"),
    ("salon-moderation", "Manage", "templates/rooms/room.html"),
    ("salon-moderation", "⋯", "templates/rooms/room.html"),
    ("salon-moderation", "Remove from room", "templates/rooms/_moderation.html"),
    ("salon-moderation", "Make moderator", "templates/rooms/_moderation.html"),
    ("salon-moderation", "Make owner", "templates/rooms/_moderation.html"),
    ("salon-mute-room", "Manage", "templates/rooms/room.html"),
    ("salon-report", "Report", "templates/rooms/_moderation.html"),
    ("salon-block", "Blocked people", "templates/rooms/lobby.html"),
    ("salon-block", "Message someone directly", "templates/rooms/lobby.html"),
    ("salon-block", "Unblock", "templates/rooms/blocks.html"),
    ("salon-safety", "Report", "templates/rooms/_moderation.html"),
    ("salon-safety", "Blocked people", "templates/rooms/lobby.html"),
    ("salon-safety", "Message someone directly", "templates/rooms/lobby.html"),
    ("salon-direct", "Message someone directly", "templates/rooms/lobby.html"),
    ("salon-direct", "✉", "templates/rooms/room.html"),
    ("salon-direct", "Direct messages", "templates/rooms/lobby.html"),
    ("salon-members", "Members", "templates/rooms/room.html"),
    ("salon-members", "Personas in the room", "static/css/salon.css"),
    ("salon-dark-mode", "Theme", "templates/accounts/profile.html"),
    ("salon-profile", "Avatar colour", "templates/accounts/profile.html"),
    ("salon-profile", "Save profile", "templates/accounts/profile.html"),
    ("salon-password", "Change your password", "templates/accounts/profile.html"),
    ("salon-password", "Forgot your password?", "templates/registration/login.html"),
    ("salon-signup", "Create an account", "templates/registration/login.html"),
    ("salon-signup", "Log out", "templates/base.html"),
    ("salon-logout", "Log out", "templates/base.html"),
    ("salon-public", "Public rooms", "templates/rooms/lobby.html"),
    ("salon-remove-persona", "Personas in this room", "templates/bots/room_personas.html"),
    ("salon-remove-persona", "Room settings", "templates/bots/room_personas.html"),
    ("salon-remove-persona", "AI personas", "templates/bots/room_personas.html"),
    ("salon-remove-persona", "Save", "templates/bots/room_personas.html"),
    ("salon-invite", "Decline", "templates/rooms/_invites.html"),
    ("salon-send", "Send", "templates/rooms/room.html"),
    ("salon-send", "Join room", "templates/rooms/room.html"),
    ("salon-lobby", "Salon", "templates/base.html"),
    ("salon-lobby", "Your rooms", "templates/rooms/lobby.html"),
    ("salon-lobby", "Direct messages", "templates/rooms/lobby.html"),
    ("salon-lobby", "Public rooms", "templates/rooms/lobby.html"),
    ("salon-lobby", "Rooms", "templates/rooms/_room_switcher.html"),
    ("salon-phone", "Chat by text message", "templates/accounts/profile.html"),
    ("salon-phone", "JOIN", "templates/sms/phone.html"),
    ("salon-api", "API tokens", "templates/accounts/profile.html"),
    ("salon-message-limit", "Sending in a moment…", "static/js/salon.js"),
]


@pytest.mark.parametrize(("entry", "label", "path"), LABELS)
def test_what_an_answer_names_is_what_salon_shows(entry, label, path):
    assert any(label in answer for answer in ENTRIES[entry].answers), (entry, label)
    assert label in read(path), (label, path)


def test_the_settings_and_limits_the_answers_give_are_salons():
    def says(entry: str, *words: str) -> None:
        for word in words:
            assert word in ENTRIES[entry].answers[0], (entry, word)

    says("salon-private", RoomForm.Meta.labels["is_private"])
    says("salon-create", RoomForm.Meta.labels["name"], RoomForm.Meta.labels["topic"])
    form = RoomPersonasForm()
    says("salon-add-persona", form.fields["ai_join_on_mention"].label)
    says("salon-chattiness", form.fields["ai_chattiness"].label)
    shown = dict(form.fields["ai_chattiness"].choices)
    assert set(shown) == {"silent", "mentions", "normal", "lively"}
    says("salon-chattiness", *shown.values())
    says("salon-room-theme", form.fields["topic"].label, ChatThemeForm().fields["topic"].label)
    says("salon-edit", f"{settings.SALON_EDIT_WINDOW_SECONDS // 60} minutes")
    says("salon-ai-limit", str(settings.SALON_AI_REPLIES_PER_PERSON_DAILY))
    says("salon-no-answer", str(settings.SALON_AI_REPLIES_PER_PERSON_DAILY))
    says("salon-message-limit", str(MESSAGE_MAX_LENGTH), "burst of 5")
    # The tests raise the limit; the default is what people meet.
    assert 'os.environ.get("MESSAGE_BURST", "5")' in read("chatsite/settings.py")
    says("salon-files", f"{settings.SALON_ATTACHMENT_MAX_BYTES // 2**20} MB", "PDF", "ZIP")
    assert {"jpg", "png", "gif", "webp", "pdf", "zip", "docx"} <= set(
        settings.SALON_ATTACHMENT_TYPES
    )
    says("salon-dark-mode", *Theme.labels)
    says("salon-profile", ProfileForm.base_fields["display_name"].label or "Display name")
    personas = seeded()
    says("salon-personas", *(p["name"] for p in personas if not p.get("is_house_bot")))
    assert Room._meta.get_field("ai_chattiness").default == Room.Chattiness.NORMAL
    # A Silent room answers /AIBot and nothing else, mentions included.
    curie, house = Candidate("curie", "Marie Curie", 45), Candidate("aibot", "AIBot", 0, True)
    silent = RoomState(chattiness=SILENT, present=(curie,), house_bot=house)
    assert plan_for_human(silent, "@curie hello?", seed=1) == Plan()
    assert plan_for_human(silent, "/AIBot hello?", seed=1).slugs == ("aibot",)
    says("salon-no-answer", "Silent room only /AIBot")
    says("salon-chattiness", "Outside a Silent room a mention")
    says("salon-add-persona", "unless the room is Silent")


def url_routes() -> list[tuple[str, str]]:
    """Every URL of Salon: its name and its route."""

    def walk(patterns, prefix: str):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield pattern.name or "", prefix + str(pattern.pattern)

    return list(walk(get_resolver().url_patterns, ""))


def test_what_the_answers_say_of_data_and_privacy_is_salons():
    def says(entry: str, *words: str) -> None:
        for word in words:
            assert word in ENTRIES[entry].answers[0], (entry, word)

    # No export of a room's history; the API pages through it.
    routes = url_routes()
    for name, route in routes:
        for word in ("export", "csv", "backup", "transcript"):
            assert word not in name.lower() and word not in route.lower(), (name, route)
    assert any(route.endswith("rooms/<slug>/messages") for _, route in routes), routes
    says("salon-export", "no export", "CSV", "/api/rooms/<slug>/messages", "next_before")
    assert '"next_before": next_before' in read("api/routes.py")
    # SQLite unless DATABASE_URL names a PostgreSQL.
    says("salon-database", "SQLite", "db.sqlite3", "DATABASE_URL", "PostgreSQL")
    assert 'os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / \'db.sqlite3\'}"' in read(
        "chatsite/settings.py"
    )
    says("salon-database", "several server processes runs on PostgreSQL and Redis")
    assert "## Running on PostgreSQL and Redis with several processes" in read("README.md")
    assert "`postgres://salon:secret@" in read("README.md")
    # Staff read messages in the admin; bodies are stored as they were written.
    assert admin.site.is_registered(Message)
    assert isinstance(Message._meta.get_field("body"), models.TextField)
    says("salon-message-privacy", "staff", "admin", "not end-to-end encrypted")
    # A persona reads the room it is in, the last HISTORY_LENGTH messages, and nobody is it.
    says("salon-persona-privacy", f"last {HISTORY_LENGTH} messages", "Room settings", "/AIBot")
    assert "user.set_unusable_password()" in read("bots/services.py")
    # Nothing expires: a message goes when it is deleted, or with its room.
    assert Message._meta.get_field("room").remote_field.on_delete is models.CASCADE
    kept_for = ("RETENTION", "EXPIRE", "PRUNE", "PURGE", "MESSAGE_TTL", "KEEP")
    assert not [
        n for n in dir(settings) if n.startswith("SALON_") and any(w in n for w in kept_for)
    ]
    says("salon-retention", "nothing expires", "message deleted")
    assert "<em>message deleted</em>" in read("templates/rooms/room.html")
    # Unread: the lobby's counts, the tab title, and what you scrolled down to.
    says("salon-unread", "2 new", "@1", "tab title")
    assert "membership.unread_count }} new" in read("templates/rooms/lobby.html")
    assert '"@" + room.mentions' in read("static/js/unread.js")
    assert 'document.title = total ? "(" + total + ") "' in read("static/js/unread.js")
    assert "if (!newSinceRead || !atBottom()) return;" in read("static/js/salon.js")
    # The personas are characters, not people.
    says("salon-real-ai", "not people", "LLM_BASE_URL")
    says("salon-personas", "not people")


def test_a_question_whether_a_room_is_private_is_not_told_how_to_make_it_so():
    assert ask("is this room private?") == ENTRIES["salon-visibility"].answers[0]
    assert ask("can i make this room private") == HOUSE_PRIVATE_LATER


def test_what_the_answers_say_salon_lacks_it_lacks():
    # No videos or audio among the uploads.
    assert not {"mp4", "mov", "webm", "mp3", "wav", "ogg"} & set(settings.SALON_ATTACHMENT_TYPES)
    # A room's name is set once: the owner's settings change its theme, personas, chattiness.
    assert "name" not in RoomPersonasForm.base_fields
    # The profile changes the display name, never the username.
    assert "username" not in ProfileForm.base_fields
    # No page deletes one's own account, and no call, pin or read-receipt feature exists.
    for name in ("account_delete", "user_delete", "call", "message_pin", "read_receipts"):
        with pytest.raises(NoReverseMatch):
            reverse(name)
    with pytest.raises(Resolver404):
        resolve("/accounts/delete/")
    room_page = read("templates/rooms/room.html")
    assert "Pin" not in room_page and "Seen by" not in room_page
    # Notifications come only for mentions and direct messages.
    assert "(mentioned || room.direct)" in read("static/js/unread.js")


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("profile", {}),
        ("password_change", {}),
        ("password_reset", {}),
        ("signup", {}),
        ("blocks", {}),
        ("api_tokens", {}),
        ("message_search", {}),
        ("sms_phone", {}),
        ("room_ai_settings", {"slug": "tea"}),
        ("room_invites", {"slug": "tea"}),
        ("room_leave", {"slug": "tea"}),
        ("persona_chat", {"slug": "curie"}),
        ("direct_open", {}),
    ],
)
def test_the_pages_the_answers_send_people_to_exist(name, kwargs):
    assert resolve(reverse(name, kwargs=kwargs)).url_name == name


@pytest.mark.parametrize(
    "said",
    [
        "/AIBot I disagree with Ada, machines will never be creative.",
        "/AIBot darwin is wrong about that",
        "/AIBot i agree with socrates",
    ],
)
def test_a_side_taken_in_a_debate_is_left_to_the_personas(said):
    opinion = [line.format(to=", Maya") for line in HOUSE_SOCIAL["opinion"]]
    assert ask(said) in opinion


@pytest.mark.parametrize(
    ("question", "entry"), [(q, entry) for entry, asked in CASUAL.items() for q in asked]
)
def test_a_question_asked_casually_gets_its_answer(question, entry):
    assert house_intent(question) == entry
    assert ask(question) in ENTRIES[entry].answers


def test_every_entry_is_asked_casually_three_ways():
    assert {entry for entry, asked in CASUAL.items() if len(asked) >= 3} == set(ENTRIES)


@pytest.mark.parametrize("question", CASUAL_UNKNOWN)
def test_a_casual_question_outside_salon_and_code_is_owned_up_to(question):
    assert house_intent(question) == "default"
    # (house48) cooking, medicine and history owned up to in a line of their own
    assert ask(question) in HOUSE_UNKNOWN or owned_up48(ask(question))


def test_running_two_fetches_at_once_is_answered_with_gather_or_a_taskgroup():
    for question in (
        "/AIBot how do i fetch two urls at the same time with asyncio",
        "how do i do 10 http requests concurrently",
        "how do i run two things at once with async",
    ):
        reply = ask(question)
        assert "asyncio.gather(" in reply and "asyncio.TaskGroup()" in reply, reply
        assert "tg.create_task(" in reply and "httpx.AsyncClient" in reply, reply
    # "What's await?" is told what await does, not handed the recipe for several at once.
    for seed in range(4):
        assert "asyncio.TaskGroup" not in ask("whats the deal with await", seed=seed)


def test_choosing_a_database_gets_the_practical_answer_and_salons_own_use():
    for question in (
        "/AIBot should i use postgres or sqlite for a small side project",
        "postgres or sqlite for a side project?",
        "which database should I use",
        "sqlite vs postgres",
    ):
        reply = ask(question)
        assert reply in ENTRIES["database"].answers, reply
        for said in ("small side project", "SQLite", "several processes", "Salon does both"):
            assert said in reply, (question, said)
    # What Salon runs on is what the settings and the README say.
    assert 'os.environ.get("DATABASE_URL") or f"sqlite:///' in read("chatsite/settings.py")
    assert "## Running on PostgreSQL and Redis with several processes" in read("README.md")


def test_asking_how_to_get_a_persona_to_answer_is_told_how_to_mention_it():
    reply = ask("/AIBot how do i get darwin to answer me, do i just type his name")
    assert reply == ENTRIES["salon-mention"].answers[0]
    assert "@" in reply and "or its name" in reply
    # What the answer says the room does: "@darwin" and "Darwin" alone both summon him.
    darwin = Candidate("darwin", "Charles Darwin", 50)
    room = RoomState(chattiness="mentions", present=(darwin,))
    assert plan_for_human(room, "@darwin what about finches?", seed=1).slugs == ("darwin",)
    assert plan_for_human(room, "Darwin, what about finches?", seed=1).slugs == ("darwin",)


# Asked of the house bot in a blind rating this session, rated 1 or 2 of 5; asked here in other
# words: the question's own answer, not a neighbour's.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "/AIBot how do i call a slow sync function from async code without blocking the loop",
            ("await asyncio.to_thread(", "run_in_executor", "sync_to_async"),
        ),
        ("/AIBot my async view hangs when i call requests.get", ("asyncio.to_thread(",)),
        ("/AIBot asyncio.wait vs asyncio.gather?", ("(done, pending)", "FIRST_COMPLETED")),
        ("/AIBot should i use timestamp or timestamptz in postgres", ("`timestamptz`", "UTC")),
        ("/AIBot how should i store dates with timezones in my db", ("UTC", "USE_TZ = True")),
        ("/AIBot why do i get 'database is locked' with sqlite", ("one connection write", "WAL")),
        ("/AIBot my websocket closes after a minute behind nginx", ("proxy_read_timeout", "ping")),
        ("/AIBot how do i tag someone so they get notified", ("@ and their username",)),
        ("/AIBot how do i mention einstein so he actually replies", ("Write @ and a persona",)),
    ],
)
def test_a_programming_or_salon_question_gets_its_own_answer_not_a_neighbours(question, said):
    reply = ask(question)
    for words in said:
        assert words in reply, (question, reply)


def test_asked_to_write_a_poem_or_a_letter_it_says_it_cannot_and_who_can():
    assert ask("/AIBot write a poem about my cat", seed=2) == (
        "Writing a poem isn't something I can do, Maya: I only know Salon and a little code."
        " For verse, Shakespeare is the one to ask, if he is in the room: mention him with @."
    )
    for request, thing in (
        ("can you write a best man speech for me", "speech"),
        ("pls write my sister a birthday toast", "toast"),
        ("could u come up with a limerick about ducks", "limerick"),
    ):
        reply = ask(request)
        assert f"a {thing}" in reply and "Shakespeare is the one to ask" in reply, reply
        assert "@shakespeare" not in reply  # named, not summoned to answer the bot itself
    reply = ask("/AIBot draft a cover letter for a barista job")
    assert reply.startswith(("Writing a letter isn't", "I can't write a letter")), reply
    assert reply.endswith("The personas will gladly talk it over with you: mention one with @.")
    # Code is what it writes about: a request for code is no request for prose.
    assert house_intent("write a python function to reverse a list") == "python-list-ops"
    assert "I can't write" not in ask("write a python function to reverse a list")
