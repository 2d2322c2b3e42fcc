from __future__ import annotations

from django.contrib import admin
from django.db.models import Count
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from rooms import moderation, services
from rooms.models import (
    Attachment,
    Membership,
    Message,
    MessageReport,
    ModerationAction,
    Room,
    Sanction,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user", "last_read_message"]
    fields = ["user", "role", "joined_at", "last_read_message"]
    readonly_fields = ["joined_at"]


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_private", "created_by", "member_count", "created_at"]
    list_filter = ["is_private", "created_at"]
    search_fields = ["name", "slug", "topic"]
    list_select_related = ["created_by"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["created_by"]
    date_hierarchy = "created_at"
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_member_count=Count("memberships"))

    @admin.display(description="Members", ordering="_member_count")
    def member_count(self, room: Room) -> int:
        return room._member_count


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "room", "role", "joined_at", "muted_until"]
    list_filter = ["role", "room__is_private"]
    search_fields = ["user__username", "room__name", "room__slug"]
    list_select_related = ["user", "room"]
    raw_id_fields = ["user", "room", "last_read_message"]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """Messages are read here and deleted through the same tombstone as in the room, so open
    pages and catch-up see it; they are never edited or hard-deleted behind the room's back."""

    list_display = ["id", "room", "kind", "author", "short_body", "created_at", "edited", "deleted"]
    list_filter = ["kind", "created_at", "deleted_at"]
    search_fields = ["body", "author__username", "room__name", "room__slug"]
    list_select_related = ["room", "author"]
    date_hierarchy = "created_at"
    actions = ["delete_for_everyone"]
    # Big tables: skip the full COUNT(*) that the unfiltered change list would show.
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields] + ["mentions"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Delete for everyone (leaves a tombstone)")
    def delete_for_everyone(self, request, queryset) -> None:
        ids = list(queryset.filter(deleted_at__isnull=True).values_list("pk", flat=True))
        for message_id in ids:
            services.message_delete_by_staff(message_id=message_id)
        self.message_user(request, f"Deleted {len(ids)} message{'s' if len(ids) != 1 else ''}.")

    @admin.display(description="Message")
    def short_body(self, message: Message) -> str:
        return Truncator(message.body).chars(80)

    @admin.display(description="Edited", boolean=True)
    def edited(self, message: Message) -> bool:
        return message.is_edited

    @admin.display(description="Deleted", boolean=True)
    def deleted(self, message: Message) -> bool:
        return message.is_deleted


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by the room's services only: read here, never added, changed or deleted
    behind the room's back (actions, where there are any, go through the services)."""

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ModerationAction)
class ModerationActionAdmin(ReadOnlyAdmin):
    """The audit log of moderation: who did what to whom, when, in which room."""

    list_display = ["created_at", "room_name", "actor", "kind", "target", "detail"]
    list_filter = ["kind", "created_at"]
    search_fields = ["room_name", "actor__username", "target__username", "detail"]
    list_select_related = ["actor", "target"]
    date_hierarchy = "created_at"
    show_full_result_count = False


@admin.register(MessageReport)
class MessageReportAdmin(ReadOnlyAdmin):
    """Reports of messages, open ones first. Staff see who reported; nobody else does."""

    list_display = [
        "id",
        "status",
        "room",
        "reported_author",
        "reported_message",
        "reason",
        "reporter",
        "created_at",
    ]
    list_filter = ["status", "created_at"]
    search_fields = ["reason", "message__body", "room__name", "reporter__username"]
    list_select_related = ["room", "reporter", "message__author"]
    actions = ["resolve", "dismiss"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        # Open first (the order of Status: open, resolved, dismissed), then the newest.
        return super().get_queryset(request).order_by("-status", "-created_at")

    def has_moderate_permission(self, request) -> bool:
        return request.user.has_perm("rooms.change_messagereport")

    @admin.action(
        description="Resolve (the message's other open reports too)", permissions=["moderate"]
    )
    def resolve(self, request, queryset) -> None:
        self._handle(request, queryset, MessageReport.Status.RESOLVED, "Resolved")

    @admin.action(
        description="Dismiss (the message's other open reports too)", permissions=["moderate"]
    )
    def dismiss(self, request, queryset) -> None:
        self._handle(request, queryset, MessageReport.Status.DISMISSED, "Dismissed")

    def _handle(self, request, queryset, outcome: str, done: str) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        closed = moderation.reports_handle_by_staff(
            report_ids=ids, actor=request.user, outcome=outcome
        )
        self.message_user(request, f"{done} {closed} report{'s' if closed != 1 else ''}.")

    @admin.display(description="Author")
    def reported_author(self, report: MessageReport) -> str:
        return str(report.message.author or "")

    @admin.display(description="Message")
    def reported_message(self, report: MessageReport) -> str:
        return Truncator(report.message.body).chars(80) or "(deleted)"


@admin.register(Sanction)
class SanctionAdmin(ReadOnlyAdmin):
    """Bans and mutes, made in the rooms; staff can lift them (as a moderator would)."""

    list_display = ["user", "room", "kind", "until", "reason", "created_by", "created_at"]
    list_filter = ["kind", "created_at"]
    search_fields = ["user__username", "room__name", "room__slug", "reason"]
    list_select_related = ["user", "room", "created_by"]
    actions = ["lift"]

    def has_moderate_permission(self, request) -> bool:
        return request.user.has_perm("rooms.change_sanction")

    @admin.action(description="Lift (unban, unmute)", permissions=["moderate"])
    def lift(self, request, queryset) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        lifted = moderation.sanctions_lift_by_staff(sanction_ids=ids, actor=request.user)
        what = "ban or mute" if lifted == 1 else "bans or mutes"
        self.message_user(request, f"Lifted {lifted} {what}.")


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAdmin):
    """Uploads: what, by whom, where, with which message. The link opens the file through the
    same membership-checked view as in the room (staff who are not members get a 404); it is
    removed by deleting its message (Messages, "Delete for everyone")."""

    list_display = [
        "name",
        "kind",
        "shown_size",
        "room",
        "uploader",
        "message_id",
        "created_at",
        "removed_at",
        "open_link",
    ]
    list_filter = ["kind", "created_at", "removed_at"]
    search_fields = ["name", "token", "uploader__username", "room__name", "room__slug"]
    list_select_related = ["room", "uploader"]
    raw_id_fields = ["room", "uploader", "message"]
    date_hierarchy = "created_at"
    show_full_result_count = False

    @admin.display(description="Size", ordering="size")
    def shown_size(self, attachment: Attachment) -> str:
        return filesizeformat(attachment.size)

    @admin.display(description="File")
    def open_link(self, attachment: Attachment) -> str:
        if attachment.message_id is None or attachment.removed_at is not None:
            return "-"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">open</a>',
            reverse("attachment", args=[attachment.token]),
        )
