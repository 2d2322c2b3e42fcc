from django.apps import AppConfig


class RoomsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "rooms"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.sessions.models import Session
        from django.db.models.signals import post_delete, post_save

        from rooms import receivers
        from rooms.models import Attachment, Membership, Room

        post_delete.connect(
            receivers.membership_deleted, sender=Membership, dispatch_uid="rooms.revoke"
        )
        post_save.connect(
            receivers.membership_saved, sender=Membership, dispatch_uid="rooms.member"
        )
        post_save.connect(receivers.room_saved, sender=Room, dispatch_uid="rooms.private")
        post_delete.connect(receivers.session_deleted, sender=Session, dispatch_uid="rooms.logout")
        post_delete.connect(
            receivers.attachment_deleted, sender=Attachment, dispatch_uid="rooms.attachment"
        )
        post_save.connect(receivers.user_saved, sender=get_user_model(), dispatch_uid="rooms.user")
