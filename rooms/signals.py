"""Hooks other apps subscribe to in their `AppConfig.ready()`: rooms never call into them."""

from __future__ import annotations

from django.dispatch import Signal

# A person's message was saved and broadcast (not a retry). Sent on the event loop of the
# process that saved it, with `message`; receivers must return at once (schedule tasks).
human_message_saved = Signal()

# Someone asked a persona's reply in the room to stop (`events.turn_stop_asked`). Sent on the
# event loop of every process that holds sockets, with `turn_id`: the process writing that
# reply stops it at once.
turn_stop_asked = Signal()

# Messages of one room were saved together (people's and personas', not Salon's own lines),
# sent once their transaction commits, with `messages` (the saved Message objects, their
# `room` and `author` loaded and `mention_names` set). Receivers run on the thread that
# committed, before the room sees them: they must cost nothing for messages that do not
# concern them (no query), and defer anything slow.
messages_created = Signal()
