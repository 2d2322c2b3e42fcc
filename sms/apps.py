from __future__ import annotations

from django.apps import AppConfig


class SmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sms"
    verbose_name = "SMS bridge"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save

        from rooms.signals import messages_created
        from sms import watch
        from sms.models import Phone

        # Texts for mentions and persona replies: a look at a per-process set, no query, for
        # messages that concern nobody with a phone linked (sms.watch).
        messages_created.connect(watch.messages_created, dispatch_uid="sms.outbound")
        for signal in (post_save, post_delete):
            signal.connect(watch.phone_changed, sender=Phone, dispatch_uid=f"sms.phone.{signal}")
        post_save.connect(watch.user_saved, sender=get_user_model(), dispatch_uid="sms.user")
