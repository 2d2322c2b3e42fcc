from __future__ import annotations

from django.contrib import admin
from django.db.models import Count
from django.utils.text import Truncator

from rooms import services
from rooms.models import Membership, Message, Room


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
    list_display = ["user", "room", "role", "joined_at"]
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
