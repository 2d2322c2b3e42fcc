"""Hooks other apps subscribe to in their `AppConfig.ready()`: rooms never call into them."""

from __future__ import annotations

from django.dispatch import Signal

# A person's message was saved and broadcast (not a retry). Sent on the event loop of the
# process that saved it, with `message`; receivers must return at once (schedule tasks).
human_message_saved = Signal()

# Someone asked a persona's reply in the room to stop (`events.turn_stop_asked`). Sent on the
# event loop of every process that holds sockets of the room, with `turn_id`: the process
# writing that reply stops it at once.
turn_stop_asked = Signal()
