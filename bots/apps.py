from __future__ import annotations

from django.apps import AppConfig


class BotsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bots"
    verbose_name = "AI personas"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from bots import cast, house, lexicon, runner
        from bots.models import Persona, RoomPersona
        from rooms.models import Room
        from rooms.signals import human_message_saved, turn_stop_asked

        house.faq()  # read and index the house bot's FAQ now, not in the first reply (~10 ms)
        lexicon.lexicon()  # and the word lists from WordNet (~60 ms together)
        lexicon.kinds()
        human_message_saved.connect(runner.on_human_message, dispatch_uid="bots.answer")
        turn_stop_asked.connect(runner.on_turn_stop_asked, dispatch_uid="bots.stop")
        for signal in (post_save, post_delete):
            signal.connect(cast.room_changed, sender=Room, dispatch_uid=f"bots.cast.room.{signal}")
            signal.connect(
                cast.room_changed, sender=RoomPersona, dispatch_uid=f"bots.cast.seat.{signal}"
            )
            signal.connect(
                cast.persona_changed, sender=Persona, dispatch_uid=f"bots.cast.persona.{signal}"
            )
