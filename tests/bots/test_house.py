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
from bots.policy import SILENT, Candidate, Plan, RoomState, plan_for_human
from bots.selectors import HISTORY_LENGTH
from rooms.forms import RoomForm
from rooms.models import MESSAGE_MAX_LENGTH, Message, Room
from tests.bots.talk import Line, voices

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
    ("do the personas remember what i said", "salon-persona-privacy"),
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
    ("how do i resolve a merge conflict", "git-branch"),
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
        "how many ounces in a pound",
        "what's the weather tomorrow",
        "how do i cook rice",
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
    for line in HOUSE_UNKNOWN:
        assert "Salon" in line, line
        assert any(w in line for w in ("code", "programming")), line
    # A question about Salon that the FAQ has no answer for: no guess either.
    assert ask("can I change the font size in this room?") in HOUSE_SALON_UNKNOWN
    assert ask("/AIBot what can you do") in HOUSE_DEFAULT


def test_the_seeds_intents_are_kept():
    for intent in ("python", "async", "websocket", "event-driven", "database"):
        assert len(ENTRIES[intent].answers) >= 2, intent
    assert house_intent("") == "default"


def test_the_faq_is_well_formed_and_each_entry_is_found_by_its_own_question():
    assert len(ENTRIES) == len(RAW)
    salon = [i for i in ENTRIES if i.startswith("salon-")]
    assert len(salon) >= 40 and 40 <= len(ENTRIES) - len(salon) <= 60
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
    personas = json.loads(read("bots/personas.json"))
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
